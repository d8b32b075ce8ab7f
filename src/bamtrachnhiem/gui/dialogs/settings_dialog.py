"""Settings: interface language and the level names offered for units."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import message_boxes, preferences
from bamtrachnhiem.gui.forms import FormDialog


class SettingsDialog(FormDialog):
    """``ask`` returns True when the language changed (the window is then rebuilt)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))
        self.levels = QPlainTextEdit("\n".join(ctx.units.level_labels()))
        self.levels.setEnabled(not ctx.database.read_only)
        hint = QLabel(self.tr("One per line, from the top of the tree down."))
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.discard)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Unit levels"), self.levels)
        form.addRow("", hint)
        form.addRow(buttons)
        self.language_changed = False
        self.mark_clean()

    def can_save(self) -> bool:
        return True  # the language is saved even when the data file is read-only

    def save_form(self) -> None:
        self._save()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.language_changed

    def _save(self) -> None:
        try:
            if not self.ctx.database.read_only:
                self.ctx.units.set_level_labels(self.levels.toPlainText().splitlines())
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        chosen = self.language.currentData()
        self.language_changed = chosen != preferences.language()
        preferences.set_language(chosen)
        self.accept()
