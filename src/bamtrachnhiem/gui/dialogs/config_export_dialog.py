"""Xuất gói cấu hình: the criteria, campaigns and deadlines of a year, for one unit below."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.exchange import ConfigExportResult
from bamtrachnhiem.gui import file_dialogs, message_boxes
from bamtrachnhiem.gui.dialogs.export_dialog import desktop_folder, safe_file_part
from bamtrachnhiem.gui.tasks import run_task


class ConfigExportDialog(QDialog):
    """Choose the unit below and the year; save the configuration packet addressed to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ConfigExportResult | None = None
        self.setWindowTitle(self.tr("Export configuration for a unit"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The configuration packet carries the unit's place in the tree, the year's "
                "criteria set, your campaigns with their targets and the reporting deadlines. "
                "The unit imports it; its criteria set then cannot be changed there."
            )
        )
        intro.setWordWrap(True)
        self.unit = QComboBox()
        for unit in ctx.units.find():
            if not unit.is_own:
                self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setEnabled(self.unit.count() > 0 and not ctx.database.read_only)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Movement year"), self.year)
        form.addRow(buttons)

    def suggested_path(self) -> Path:
        code = self.unit.currentData() or ""
        return desktop_folder() / f"cau-hinh-{safe_file_part(code)}-{self.year.value()}.xlsx"

    def save(self) -> None:
        unit_code = self.unit.currentData()
        if not unit_code:
            return
        name = file_dialogs.save_file(
            self,
            self.tr("Save configuration packet"),
            str(self.suggested_path()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        year = self.year.value()
        self.save_button.setEnabled(False)

        def done(result: ConfigExportResult) -> None:
            self.result = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            message_boxes.show_error(self, exc)

        run_task(
            self,
            self.tr("Writing the configuration packet…"),
            lambda progress: self.ctx.configuration.export_config(year, unit_code, path),
            ctx=self.ctx,
            on_success=done,
            on_error=failed,
        )

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> ConfigExportResult | None:
        """Show the dialog; the packet written, or None when the user cancelled."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.result
