"""Add or edit one member, with problems shown in place before anything is saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member
from bamtrachnhiem.domain.text import clean_text, split_full_name
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.models.member_table import birth_text
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel, save_cancel_buttons
from bamtrachnhiem.services.members import same_birth


class MemberDialog(FormDialog):
    """The member form; ``ask`` returns the saved member, or None when cancelled."""

    def __init__(self, ctx: AppContext, member: Member | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.original = member
        self.saved: Member | None = None
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        self.setMinimumWidth(880)

        self.family_middle = QLineEdit()
        self.given = QLineEdit()
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("or type the whole name here"))
        self.full_name.editingFinished.connect(self._split_full_name)
        self.gender = QComboBox()
        self.gender.addItem("", None)
        self.gender.addItem(self.tr("Male"), Gender.MALE)
        self.gender.addItem(self.tr("Female"), Gender.FEMALE)
        self.birth = DateLineEdit(allow_year=True)
        self.ethnicity = QLineEdit()
        self.unit = QComboBox()
        for unit in ctx.units.find():
            self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.position = QLineEdit()
        self.department = QLineEdit()
        self.union_role = QLineEdit()
        self.joined = DateLineEdit()
        self.party = QCheckBox(self.tr("Party member"))
        self.employment = QComboBox()
        self.employment.addItem("", None)
        self.employment.addItem(self.tr("Civil servant"), EmploymentKind.CIVIL_SERVANT)
        self.employment.addItem(self.tr("Public employee"), EmploymentKind.PUBLIC_EMPLOYEE)
        self.employment.addItem(self.tr("Contract"), EmploymentKind.CONTRACT)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.error = ErrorLabel()

        person = QGroupBox(self.tr("Person"))
        grid = QFormLayout(person)
        grid.addRow(self.tr("Family and middle name"), self.family_middle)
        grid.addRow(self.tr("Given name"), self.given)
        grid.addRow(self.tr("Full name"), self.full_name)
        grid.addRow(self.tr("Gender"), self.gender)
        grid.addRow(self.tr("Birth date"), self.birth)
        grid.addRow(self.tr("Ethnicity"), self.ethnicity)
        grid.addRow(self.tr("Phone"), self.phone)
        grid.addRow(self.tr("E-mail"), self.email)

        work = QGroupBox(self.tr("Work and union"))
        form = QFormLayout(work)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Employment"), self.employment)
        form.addRow(self.tr("Union role"), self.union_role)
        form.addRow(self.tr("Joined the union"), self.joined)
        form.addRow("", self.party)
        form.addRow(self.tr("Notes"), self.notes)

        buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self._save
        )

        columns = QGridLayout()
        columns.addWidget(person, 0, 0)
        columns.addWidget(work, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if member:
            self._load(member)
        else:
            self.ethnicity.setText("Kinh")
        self.family_middle.setFocus(Qt.FocusReason.OtherFocusReason)
        self.mark_clean()

    @classmethod
    def ask(
        cls, ctx: AppContext, member: Member | None = None, parent: QWidget | None = None
    ) -> Member | None:
        """Show the form; the saved member, or None if the user cancelled."""
        dialog = cls(ctx, member, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _load(self, member: Member) -> None:
        self.family_middle.setText(member.family_middle_name)
        self.given.setText(member.given_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(member.gender)))
        self.birth.set_value(member.birth_date, member.birth_year)
        self.ethnicity.setText(member.ethnicity)
        self.unit.setCurrentIndex(max(0, self.unit.findData(member.unit_code)))
        self.position.setText(member.position)
        self.department.setText(member.department)
        self.union_role.setText(member.union_role)
        self.joined.set_value(member.joined_union_date)
        self.party.setChecked(member.party_member)
        self.employment.setCurrentIndex(max(0, self.employment.findData(member.employment_kind)))
        self.phone.setText(member.phone)
        self.email.setText(member.email)
        self.notes.setPlainText(member.notes)

    def _split_full_name(self) -> None:
        family_middle, given = split_full_name(self.full_name.text())
        if given:
            self.family_middle.setText(family_middle)
            self.given.setText(given)
            self.full_name.clear()

    def member_from_form(self) -> Member:
        """The form's content as a member; raises ``ValidationError`` naming the bad field."""
        birth_date, birth_year = self.birth.checked_value("member_birth_invalid")
        joined, _ = self.joined.checked_value("member_joined_invalid")
        base = self.original or Member(given_name="")
        return replace(
            base,
            family_middle_name=clean_text(self.family_middle.text()),
            given_name=clean_text(self.given.text()),
            gender=self.gender.currentData(),
            birth_date=birth_date,
            birth_year=birth_year,
            ethnicity=self.ethnicity.text(),
            unit_code=self.unit.currentData() or "",
            position=self.position.text(),
            department=self.department.text(),
            union_role=self.union_role.text(),
            joined_union_date=joined,
            party_member=self.party.isChecked(),
            employment_kind=self.employment.currentData(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        self.saved = self.error.attempt(self._store)
        if self.saved is not None:
            self.accept()

    def _store(self) -> Member | None:
        """The member saved; None when the user goes back to check a possible duplicate."""
        member = self.member_from_form()
        duplicates = self.ctx.members.possible_duplicates(member)
        if duplicates and not self._confirm_duplicate(member, duplicates):
            return None
        return self.ctx.members.save(member)

    def _confirm_duplicate(self, member: Member, duplicates: list[Member]) -> bool:
        if same_birth(duplicates[0], member):
            text = self.tr(
                "{name}, born {born}, is already in the list. Save another member with the "
                "same name and birth date anyway?"
            )
        else:
            text = self.tr(
                "Another member named {name} (born {born}) is already in the list. Is this a "
                "different person?"
            )
        text = text.format(name=duplicates[0].full_name, born=birth_text(duplicates[0]) or "?")
        return message_boxes.confirm(self, text, yes=self.tr("Save anyway"), no=self.tr("Go back"))
