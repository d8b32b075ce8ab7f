"""Mark a member transferred or aged out, with the date and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel


class StatusDialog(QDialog):
    """Asks for the date and a note; ``ask`` returns the updated member or None."""

    def __init__(
        self, ctx: AppContext, member: Member, status: MemberStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member, self.status = ctx, member, status
        self.saved: Member | None = None
        titles = {
            MemberStatus.TRANSFERRED: self.tr("Transfer to another branch"),
            MemberStatus.AGED_OUT: self.tr("Aged out of the union"),
            MemberStatus.ACTIVE: self.tr("Active again"),
        }
        self.setWindowTitle(titles[status])
        self.setMinimumWidth(460)
        self.when = DateLineEdit()
        self.when.setText(format_date(date.today()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. moved to the commune union of Phước Hải"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{member.full_name}</b>"))
        if status is not MemberStatus.ACTIVE:
            form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)

    @classmethod
    def ask(
        cls, ctx: AppContext, member: Member, status: MemberStatus, parent: QWidget | None = None
    ) -> Member | None:
        dialog = cls(ctx, member, status, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _save(self) -> None:
        try:
            try:
                when, _ = self.when.value()
            except ValidationError as exc:
                raise ValidationError("status_date_invalid", value=self.when.text()) from exc
            self.saved = self.ctx.members.set_status(
                self.member.id, self.status, when, self.note.text()
            )
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()
