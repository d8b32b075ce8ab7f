"""The certificate template editor: every block's place and type, the printer offset, and a
live preview drawn by the same code that prints (a scan of the stock may lie under it)."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.certificates import write_certificates
from bamtrachnhiem.domain.certificates import (
    Align,
    Block,
    CertificateData,
    PrintMode,
    Style,
    Template,
)
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import file_dialogs
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.printing import page_image
from bamtrachnhiem.gui.widgets import ErrorLabel, save_cancel_buttons

SAMPLE = CertificateData(
    "Mẫu",
    {
        "higher_body": "TỈNH ĐOÀN QUẢNG NGÃI",
        "issuing_body": "BCH HUYỆN ĐOÀN BÌNH SƠN",
        "title": "GIẤY KHEN",
        "salutation": "Đồng chí: Nguyễn Thị Ngọc Ánh",
        "position_unit": "Chuyên viên, Chi đoàn Văn phòng HĐND-UBND xã Bình Minh",
        "achievement": "Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” "
        "năm 2026.",
        "decision_number": "125-QĐ/HĐTN",
        "decision_date": "20/12/2026",
        "register": "0001",
        "place_date": "Bình Sơn, ngày 20 tháng 12 năm 2026",
        "tm_line": "TM. BAN THƯỜNG VỤ",
        "signer_title": "BÍ THƯ",
        "signer_name": "Nguyễn Thanh Tùng",
        "code": "ABCDE-FGHJK",
    },
    qr_text="BTN1|ABCDE-FGHJK|125-QĐ/HĐTN|0001|2026-12-20|Nguyễn Thị Ngọc Ánh",
)
COLUMNS = ("key", "x", "y", "width", "align", "size", "min_size", "style", "colour",
           "max_lines", "preprinted")  # fmt: skip


class TemplateEditor(FormDialog):
    """Edit one template; the preview follows every change."""

    def __init__(self, ctx: AppContext, template: Template, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.result_template: Template | None = None
        self.setWindowTitle(self.tr("Certificate template: {name}").format(name=template.name))
        self.name = QLineEdit(template.name)
        self.dx = self._offset(template.dx)
        self.dy = self._offset(template.dy)
        self.scan = QLineEdit(template.background_path)
        self.scan.setReadOnly(True)
        self.scan.setPlaceholderText(self.tr("none"))
        choose = QPushButton(self.tr("Scan of the stock…"))
        choose.clicked.connect(self._choose_scan)
        clear = QPushButton(self.tr("No scan"))
        clear.clicked.connect(lambda: self._set_scan(""))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Preview: full design on blank paper"), PrintMode.FULL)
        self.mode.addItem(self.tr("Preview: only what prints on the stock"), PrintMode.OVERLAY)
        self.mode.setCurrentIndex(0 if template.mode is PrintMode.FULL else 1)
        self.blocks = QTableWidget(len(template.blocks), len(COLUMNS))
        self.blocks.setHorizontalHeaderLabels(
            [
                self.tr("Block"),
                self.tr("x (mm)"),
                self.tr("y (mm)"),
                self.tr("Width (mm)"),
                self.tr("Align"),
                self.tr("Size (pt)"),
                self.tr("Shrinks to"),
                self.tr("Style"),
                self.tr("Colour"),
                self.tr("Lines"),
                self.tr("Pre-printed"),
            ]
        )
        self.blocks.verticalHeader().hide()
        self.blocks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, block in enumerate(template.blocks):
            self._fill_row(row, block)
        self.blocks.itemChanged.connect(self._changed)
        self.preview = QLabel()
        self.preview.setMinimumSize(560, 396)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #808080;")
        self.error = ErrorLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for spin in (self.dx, self.dy):
            spin.valueChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        offset = QHBoxLayout()
        offset.addWidget(QLabel("dx"))
        offset.addWidget(self.dx)
        offset.addWidget(QLabel("dy"))
        offset.addWidget(self.dy)
        offset.addStretch()
        form.addRow(self.tr("Printer offset"), offset)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(choose)
        scan_row.addWidget(clear)
        form.addRow(self.tr("Shown under the preview, never printed"), scan_row)
        form.addRow(self.mode)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.blocks, 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        buttons, _save = save_cancel_buttons(
            self,
            QCoreApplication.translate("TemplateEditor", "Save"),
            QCoreApplication.translate("TemplateEditor", "Cancel"),
            self.save_form,
        )
        layout.addWidget(buttons)
        self.resize(1340, 700)
        self.update_preview()
        self.mark_clean()

    @staticmethod
    def _offset(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-20, 20)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def _fill_row(self, row: int, block: Block) -> None:
        values = [
            block.key,
            f"{block.x:g}",
            f"{block.y:g}",
            f"{block.width:g}",
            block.align.value,
            f"{block.size:g}",
            f"{block.min_size:g}",
            block.style.value,
            block.colour,
            str(block.max_lines),
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.blocks.setItem(row, column, item)
        check = QTableWidgetItem()
        check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if block.preprinted else Qt.CheckState.Unchecked)
        self.blocks.setItem(row, len(COLUMNS) - 1, check)

    def _choose_scan(self) -> None:
        name = file_dialogs.open_file(
            self, self.tr("Scan of the stock"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self._set_scan(name)

    def _set_scan(self, path: str) -> None:
        self.scan.setText(path)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def built(self) -> Template:
        blocks = []
        for row, block in enumerate(self.template.blocks):

            def cell(column: int, row: int = row) -> str:
                item = self.blocks.item(row, column)
                return item.text().strip().replace(",", ".") if item else ""

            check = self.blocks.item(row, len(COLUMNS) - 1)
            try:
                blocks.append(
                    replace(
                        block,
                        x=float(cell(1)),
                        y=float(cell(2)),
                        width=float(cell(3)),
                        align=Align(cell(4)),
                        size=float(cell(5)),
                        min_size=float(cell(6) or 0),
                        style=Style(cell(7)),
                        colour=cell(8).upper(),
                        max_lines=int(cell(9)),
                        preprinted=bool(check and check.checkState() == Qt.CheckState.Checked),
                    )
                )
            except ValueError:
                blocks.append(replace(block, width=-1))  # refused by the check, naming it
        return replace(
            self.template,
            name=self.name.text(),
            blocks=tuple(blocks),
            dx=self.dx.value(),
            dy=self.dy.value(),
            background_path=self.scan.text(),
        )

    def update_preview(self) -> None:
        """Draw the sample certificate with the template as it stands, through the printing
        code, over the scan of the stock when one is chosen."""
        try:
            template = self.built()
            from bamtrachnhiem.domain.certificates import check_template

            check_template(template)
            with tempfile.TemporaryDirectory() as folder:
                pdf = write_certificates(
                    Path(folder) / "mau.pdf", template, [SAMPLE], PrintMode(self.mode.currentData())
                )
                data = pdf.read_bytes()
            scan = QImage(template.background_path) if template.background_path else None
            image = page_image(data, max(self.preview.width() - 8, 400), scan)
        except AppError as error:
            self.error.show_message(describe(error))
            return
        self.error.show_message("")
        self.preview.setPixmap(QPixmap.fromImage(image))

    def save_form(self) -> None:
        saved = self.error.attempt(lambda: self.ctx.certificates.save_template(self.built()))
        if saved is not None:
            self.result_template = saved
            self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, template: Template, parent=None) -> Template | None:
        dialog = cls(ctx, template, parent)
        return dialog.result_template if dialog.exec() == QDialog.DialogCode.Accepted else None
