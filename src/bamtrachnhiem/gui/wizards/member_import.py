"""Import the member list an office already keeps in Excel: file, columns, preview, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.exchange.cells import column_letter
from bamtrachnhiem.exchange.member_list import FIELDS, MemberListPreview
from bamtrachnhiem.gui import file_dialogs, message_boxes
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.import_preview import ImportPreviewModel
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.tasks import run_task
from bamtrachnhiem.gui.widgets import ErrorLabel
from bamtrachnhiem.services.member_import import ImportResult, legacy_refusal


class MemberImportWizard(QWizard):
    """Reads in the background; nothing is saved until the user confirms the preview."""

    FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: MemberListPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import the member list from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.file_page = _FilePage(self, path)
        self.mapping_page = _MappingPage(self)
        self.preview_page = _PreviewPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.PREVIEW_PAGE, self.preview_page)
        fit_window(self, 1000, 680)

    @classmethod
    def run(cls, ctx: AppContext, parent: QWidget | None = None) -> ImportResult | None:
        wizard = cls(ctx, parent)
        wizard.exec()
        return wizard.result

    def load_preview(
        self,
        path: str,
        sheet: str | None = None,
        mapping: dict[str, int] | None = None,
        convert_legacy: bool = False,
        then=None,
    ) -> None:
        """Read the file off the GUI thread; ``then()`` runs once the preview is in."""

        def work(progress):
            return self.ctx.member_import.preview(
                Path(path), sheet=sheet, mapping=mapping, convert_legacy=convert_legacy
            )

        def done(preview: MemberListPreview) -> None:
            self.preview = preview
            if then:
                then()

        def failed(exc: BaseException) -> None:
            self.preview = None
            if isinstance(exc, AppError):
                self.file_page.error.show_message(describe(exc))
            else:
                message_boxes.show_error(self, exc)
            self.file_page.status.clear()
            self.file_page.completeChanged.emit()

        self.busy = run_task(
            self, self.tr("Reading the file…"), work, ctx=self.ctx, on_success=done, on_error=failed
        )


class _FilePage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard, path: str) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the Excel file"))
        self.setSubTitle(
            self.tr(
                "The list your office keeps (.xlsx). Title lines, two-row headers, totals and "
                "signature blocks are recognised. Nothing is saved before you confirm."
            )
        )
        self.path = QLineEdit(path)
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_changed)
        self.status = QLabel()
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch()
        if path:
            self.read(path)

    def _browse(self) -> None:
        # Any file may be chosen: what it is, its content decides (a list mailed as .xls).
        name = file_dialogs.open_file(
            self,
            self.tr("Member list"),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.read(name)

    def read(self, path: str, sheet: str | None = None) -> None:
        self.path.setText(path)
        self.error.show_message("")
        self.status.setText(self.tr("Reading the file…"))
        self.wizard_.preview = None
        self.completeChanged.emit()
        self.wizard_.load_preview(path, sheet=sheet, then=self._read_done)

    def _sheet_changed(self) -> None:
        if self.path.text():
            self.read(self.path.text(), self.sheet.currentText())

    def _read_done(self) -> None:
        preview = self.wizard_.preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(preview.sheet_names)
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.status.setText(
            self.tr("Header found on row {row}; {count} rows of members below it.").format(
                row=preview.header_row, count=sum(1 for r in preview.rows if r.action != "skip")
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.preview is not None


class _MappingPage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each piece of information and the column it was found in. Correct any that are wrong."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        labels = {
            "full_name": self.tr("Full name (one column)"),
            "family_middle_name": self.tr("Family and middle name"),
            "given_name": self.tr("Given name"),
            "gender": self.tr("Gender (Nam/Nữ)"),
            "male_mark": self.tr("Male (x-mark column)"),
            "female_mark": self.tr("Female (x-mark column)"),
            "birth": self.tr("Birth date or year"),
            "ethnicity": self.tr("Ethnicity"),
            "position": self.tr("Position"),
            "department": self.tr("Department"),
            "union_role": self.tr("Union role"),
            "joined_union_date": self.tr("Joined the union"),
            "party_member": self.tr("Party member"),
            "employment_kind": self.tr("Employment"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "notes": self.tr("Notes"),
        }
        self.samples: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for number, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setMinimumWidth(230)
            self.combos[field] = combo
            # What the chosen column holds, so a wrong column shows at a glance.
            sample = QLabel()
            sample.setStyleSheet("color: #5B6472; font-size: 9pt;")
            self.samples[field] = sample
            combo.currentIndexChanged.connect(lambda _i, f=field: self._show_sample(f))
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(combo)
            cell.addWidget(sample)
            (left if number < 9 else right).addRow(labels[field], cell)
        columns.addLayout(left)
        columns.addSpacing(24)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch()

    def initializePage(self) -> None:
        preview = self.wizard_.preview
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), -1)
            for index, header in preview.columns:
                combo.addItem(f"{column_letter(index)}: {header}", index)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(field, -1))))
            self._show_sample(field)

    def _show_sample(self, field: str) -> None:
        """The first values of the column chosen for ``field``, or nothing."""
        preview = self.wizard_.preview
        column = self.combos[field].currentData()
        label = self.samples[field]
        values = preview.samples.get(column, []) if preview and column not in (None, -1) else []
        text = "; ".join(values)
        shown = label.fontMetrics().elidedText(
            self.tr("e.g. {values}").format(values=text), Qt.TextElideMode.ElideRight, 300
        )
        label.setText(shown if values else "")
        label.setToolTip(text)

    def mapping(self) -> dict[str, int]:
        return {
            f: c.currentData() for f, c in self.combos.items() if c.currentData() not in (None, -1)
        }


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: MemberImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Every row and what will happen to it. Rows with an error are not imported.")
        )
        self.legacy = QCheckBox()
        self.legacy.toggled.connect(self._reload)
        self.legacy_samples = QLabel()
        self.legacy_samples.setWordWrap(True)
        self.summary = QLabel()
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legacy)
        layout.addWidget(self.legacy_samples)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._ready = False

    def initializePage(self) -> None:
        self._reload()

    def _reload(self) -> None:
        self._ready = False
        self.completeChanged.emit()
        wizard = self.wizard_
        wizard.load_preview(
            wizard.file_page.path.text(),
            sheet=wizard.file_page.sheet.currentText() or None,
            mapping=wizard.mapping_page.mapping(),
            convert_legacy=self.legacy.isChecked(),
            then=self._show,
        )

    def _show(self) -> None:
        preview = self.wizard_.preview
        encoding = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}.get(preview.legacy_encoding or "", "")
        self.legacy.setVisible(bool(encoding))
        self.legacy_samples.setVisible(bool(encoding))
        if encoding:
            self.legacy.blockSignals(True)
            self.legacy.setChecked(preview.convert_legacy)
            self.legacy.blockSignals(False)
            self.legacy.setText(
                self.tr(
                    "Text in the old {encoding} encoding was found. Convert it to Unicode"
                ).format(encoding=encoding)
            )
            samples = "; ".join(f"{a} → {b}" for a, b in preview.legacy_samples[:4])
            text = self.tr("For example: {samples}").format(samples=samples)
            if not preview.convert_legacy:
                # Stored unconverted, the names would stay garbled: Import waits for the tick.
                text += "\n" + self.tr(
                    "The list cannot be imported until this text is converted: tick the box above."
                )
            self.legacy_samples.setText(text)
        counts = {
            a: sum(1 for r in preview.rows if r.action == a)
            for a in ("create", "update", "unchanged", "skip", "error")
        }
        warnings = sum(1 for r in preview.rows if r.warnings)
        self.summary.setText(
            self.tr(
                "{create} to add, {update} to update, {unchanged} unchanged, {skip} skipped, "
                "{error} with errors, {warnings} with warnings."
            ).format(warnings=warnings, **counts)
        )
        self.model.set_rows(preview.rows)
        self.table.resizeRowsToContents()
        self._ready = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.wizard_.preview
        return (
            self._ready
            and preview is not None
            and legacy_refusal(preview) is None
            and any(r.action in ("create", "update") for r in preview.rows)
        )

    def validatePage(self) -> bool:
        wizard = self.wizard_
        if wizard.result is not None:
            return True
        preview = wizard.preview
        self._ready = False
        self.completeChanged.emit()

        def saved(result: ImportResult) -> None:
            wizard.result = result
            wizard.accept()

        def failed(exc: BaseException) -> None:
            message_boxes.show_error(self, exc)
            self._ready = True
            self.completeChanged.emit()

        wizard.busy = run_task(
            self,
            self.tr("Saving the members…"),
            lambda progress: wizard.ctx.member_import.apply(preview),
            ctx=wizard.ctx,
            on_success=saved,
            on_error=failed,
        )
        return False
