"""A member-month's evidence note (minh chứng) and veto (vi phạm) with its reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.widgets import ErrorLabel


@dataclass(frozen=True)
class MonthNote:
    """What the dialog returns."""

    evidence: str
    veto: bool
    veto_reason: str


class AssessmentNoteDialog(FormDialog):
    """Edit the evidence and the veto of one member's month; ``ask`` returns the note or None."""

    def __init__(
        self,
        member_name: str,
        month_label: str,
        note: MonthNote,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence and veto — {month}").format(month=month_label))
        self.setMinimumWidth(520)
        self.evidence = QPlainTextEdit(note.evidence)
        self.evidence.setPlaceholderText(
            self.tr("e.g. handled 120 dossiers on time; led the youth volunteer Sunday")
        )
        self.evidence.setTabChangesFocus(True)
        self.veto = QCheckBox(
            self.tr("Veto: discipline or a substantiated citizen complaint (rated fail)")
        )
        self.veto.setChecked(note.veto)
        self.reason = QLineEdit(note.veto_reason)
        self.reason.setPlaceholderText(self.tr("e.g. disciplinary decision no. 12/QĐ"))
        self.reason.setEnabled(note.veto)
        self.veto.toggled.connect(self.reason.setEnabled)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.discard)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._accept)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{member_name}</b>"))
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.veto)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(buttons)
        if read_only:
            self.evidence.setReadOnly(True)
            self.veto.setEnabled(False)
            self.reason.setReadOnly(True)
            self.ok_button.setEnabled(False)
        self.result_note: MonthNote | None = None
        self.read_only = read_only
        self.mark_clean()

    def can_save(self) -> bool:
        return not self.read_only

    def save_form(self) -> None:
        self._accept()

    @classmethod
    def ask(
        cls,
        member_name: str,
        month_label: str,
        note: MonthNote,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> MonthNote | None:
        dialog = cls(member_name, month_label, note, read_only, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_note
        return None

    def _accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if self.veto.isChecked() and not self.reason.text().strip():
            self.error.show_message(self.tr("A veto needs a reason."))
            self.reason.setFocus()
            return
        self.result_note = MonthNote(
            self.evidence.toPlainText().strip(),
            self.veto.isChecked(),
            self.reason.text().strip() if self.veto.isChecked() else "",
        )
        self.accept()
