"""Unlocking a confirmed month: who and why, for the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bamtrachnhiem.gui.widgets import ErrorLabel


@dataclass(frozen=True)
class UnlockRequest:
    """The reason (mandatory) and the name the user typed (optional)."""

    reason: str
    name: str


class UnlockMonthDialog(QDialog):
    """Asks why a confirmed month is opened again; ``ask`` returns the request or None."""

    def __init__(self, month_label: str, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock {month}").format(month=month_label))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr(
                "Unlocking lets the scores of {month} change again. Who unlocked it, when and "
                "why is kept in the audit log."
            ).format(month=month_label)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("e.g. correcting A1 of Nguyễn Văn An as the party cell asked")
        )
        self.reason.setFixedHeight(80)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("your name (optional)"))
        account_label = QLabel(account)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Computer account"), account_label)
        form.addRow(self.error)
        form.addRow(buttons)
        self.request: UnlockRequest | None = None

    @classmethod
    def ask(
        cls, month_label: str, account: str, parent: QWidget | None = None
    ) -> UnlockRequest | None:
        dialog = cls(month_label, account, parent)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.show_message(self.tr("Write why the month is unlocked."))
            self.reason.setFocus()
            return
        self.request = UnlockRequest(reason, self.name.text().strip())
        self.accept()
