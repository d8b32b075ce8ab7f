"""Register or edit an initiative, and record a step of its progress (trial … recognised)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import (
    MEASURE_UNITS,
    RECOGNITION_LEVELS,
    Initiative,
    InitiativeState,
    parse_number,
    saved_unit,
)
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.domain.text import fold
from bamtrachnhiem.gui.dialogs.pledge_dialog import EnterLineEdit
from bamtrachnhiem.gui.forms import FormDialog, not_form
from bamtrachnhiem.gui.models.initiative_table import initiative_state_label
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel, save_cancel_buttons


class AuthorPicker(QWidget):
    """Members to tick as authors, filtered as you type (accents optional).

    Authors keep the order in which they were ticked: the first is the main author.
    """

    def __init__(
        self, members: list[Member], chosen: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.filter = EnterLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a member (accents optional)"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        # Room above and below each name: tight rows cut the marks of capitals ("Ẩn" read
        # as "Ān") and let the tick boxes of neighbouring rows touch.
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.list.setSpacing(1)
        self.list.setUniformItemSizes(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.order: list[str] = [member_id for member_id in chosen]
        self._names: dict[str, str] = {}
        self._keys: list[str] = []
        for member in members:
            text = member.full_name
            if member.department:
                text += f" — {member.department}"
            item = QListWidgetItem(text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            checked = member.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._names[member.id] = member.full_name
            self._keys.append(fold(f"{member.full_name} {member.department}"))
        self.list.itemChanged.connect(self._changed)
        self.filter.textChanged.connect(self.apply_filter)
        # Enter in the filter ticks the only (or first) member still shown.
        self.filter.returnPressed.connect(self._tick_first_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self._show_summary()

    def apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            self.list.item(row).setHidden(any(w not in self._keys[row] for w in words))

    def shown_rows(self) -> list[int]:
        return [row for row in range(self.list.count()) if not self.list.item(row).isHidden()]

    def _tick_first_shown(self) -> None:
        shown = self.shown_rows()
        if shown:
            item = self.list.item(shown[0])
            item.setCheckState(Qt.CheckState.Checked)
            self.filter.clear()

    def _changed(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and member_id not in self.order:
            self.order.append(member_id)
        elif item.checkState() != Qt.CheckState.Checked and member_id in self.order:
            self.order.remove(member_id)
        self._show_summary()

    def _show_summary(self) -> None:
        names = [self._names.get(member_id, "?") for member_id in self.order]
        self.summary.setText(
            self.tr("Authors: {names}").format(names=", ".join(names))
            if names
            else self.tr("No author ticked yet.")
        )

    def authors(self) -> list[str]:
        return list(self.order)

    def set_checked(self, member_id: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class InitiativeDialog(FormDialog):
    """The initiative form; ``ask`` returns the saved initiative or None."""

    def __init__(
        self,
        ctx: AppContext,
        initiative: Initiative | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = initiative
        self.saved: Initiative | None = None
        self.setWindowTitle(
            self.tr("Edit initiative") if initiative else self.tr("Register an initiative")
        )
        fit_window(self, 1080, 640)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Online appointments for certification"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or ctx.years.current_year())
        self.registered = DateLineEdit()
        self.registered.set_value(date.today())
        self.field = QComboBox()
        self.field.setEditable(True)
        self.field.addItems(ctx.initiatives.fields())
        self.field.setCurrentIndex(-1)
        self.field.lineEdit().setPlaceholderText(self.tr("Pick or type a field"))
        chosen = initiative.authors if initiative else []
        members = [
            m for m in ctx.members.find() if m.status is MemberStatus.ACTIVE or m.id in chosen
        ]
        self.authors = AuthorPicker(members, chosen)
        self.problem = QPlainTextEdit()
        self.problem.setPlaceholderText(self.tr("What was slow, costly or troublesome?"))
        self.solution = QPlainTextEdit()
        self.solution.setPlaceholderText(self.tr("What was changed, and how?"))
        for box in (self.problem, self.solution):
            box.setTabChangesFocus(True)
        self.measure_unit = QComboBox()
        self.measure_unit.setEditable(True)
        self.measure_unit.addItems(MEASURE_UNITS)
        self.measure_unit.setCurrentIndex(-1)
        self.measure_unit.lineEdit().setPlaceholderText(self.tr("e.g. days per dossier"))
        self.before = QLineEdit()
        self.after = QLineEdit()
        self.dossiers = QLineEdit()
        # Examples say they are examples: a bare grey "3" reads as a value already typed.
        for edit, hint in (
            (self.before, self.tr("e.g. 3")),
            (self.after, self.tr("e.g. 1")),
            (self.dossiers, self.tr("e.g. 120")),
        ):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._show_saving)
        self.measure_unit.currentTextChanged.connect(self._show_saving)
        self.saving = QLabel()
        self.notes = QLineEdit()
        self.error = ErrorLabel()

        general = QGroupBox(self.tr("Initiative"))
        form = QFormLayout(general)
        form.addRow(self.tr("Title"), self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.year)
        dates.addWidget(QLabel(self.tr("Registered on")))
        dates.addWidget(self.registered, 1)
        form.addRow(self.tr("Year"), dates)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Authors"), self.authors)

        content = QGroupBox(self.tr("Problem, solution and effect"))
        right = QFormLayout(content)
        right.addRow(self.tr("Problem"), self.problem)
        right.addRow(self.tr("Solution"), self.solution)
        measure = QGridLayout()
        measure.addWidget(QLabel(self.tr("Unit of measure")), 0, 0)
        measure.addWidget(self.measure_unit, 0, 1, 1, 3)
        measure.addWidget(QLabel(self.tr("Before")), 1, 0)
        measure.addWidget(self.before, 1, 1)
        measure.addWidget(QLabel(self.tr("After")), 1, 2)
        measure.addWidget(self.after, 1, 3)
        measure.addWidget(QLabel(self.tr("Dossiers affected")), 2, 0)
        measure.addWidget(self.dossiers, 2, 1)
        measure.addWidget(self.saving, 2, 2, 1, 2)
        measure.setColumnStretch(3, 1)
        right.addRow(self.tr("Effect"), measure)
        right.addRow(self.tr("Notes"), self.notes)

        buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self._save
        )

        columns = QHBoxLayout()
        columns.addWidget(general, 1)
        columns.addWidget(content, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if initiative:
            self._load(initiative)
        self._show_saving()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        not_form(self.authors.filter)
        self.mark_clean()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        initiative: Initiative | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> Initiative | None:
        """Show the form; the saved initiative, or None if the user cancelled."""
        dialog = cls(ctx, initiative, year, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()  # else every form opened stays a hidden child of the page
        return saved

    def _load(self, initiative: Initiative) -> None:
        self.title.setText(initiative.title)
        self.year.setValue(initiative.year)
        self.registered.set_value(initiative.registered_date)
        self.field.setEditText(initiative.field)
        self.problem.setPlainText(initiative.problem)
        self.solution.setPlainText(initiative.solution)
        self.measure_unit.setEditText(initiative.measure_unit)
        self.before.setText(format_quantity(initiative.before_value))
        self.after.setText(format_quantity(initiative.after_value))
        self.dossiers.setText(
            "" if initiative.dossiers_affected is None else str(initiative.dossiers_affected)
        )
        self.notes.setText(initiative.notes)

    def _show_saving(self) -> None:
        try:
            probe = Initiative(
                title="",
                year=self.year.value(),
                measure_unit=self.measure_unit.currentText(),
                before_value=parse_number(self.before.text()),
                after_value=parse_number(self.after.text()),
                dossiers_affected=parse_number(self.dossiers.text(), whole=True),
            )
        except ValidationError:
            self.saving.setText("")
            return
        saved = probe.time_saved
        self.saving.setText(
            ""
            if saved is None
            else self.tr("Time saved: <b>{amount} {unit}</b>").format(
                amount=format_quantity(saved), unit=saved_unit(probe.measure_unit)
            )
        )

    def initiative_from_form(self) -> Initiative:
        """The form as an initiative; raises ``ValidationError`` naming the bad field."""
        figures = {}
        for name, edit, whole in (
            ("before_value", self.before, False),
            ("after_value", self.after, False),
            ("dossiers_affected", self.dossiers, True),
        ):
            try:
                figures[name] = parse_number(edit.text(), whole=whole)
            except ValidationError:
                edit.setFocus()
                raise
        registered, _ = self.registered.checked_value("initiative_date_invalid")
        base = self.original or Initiative(title="", year=self.year.value())
        return replace(
            base,
            title=self.title.text(),
            year=self.year.value(),
            registered_date=registered,
            field=self.field.currentText(),
            authors=self.authors.authors(),
            problem=self.problem.toPlainText(),
            solution=self.solution.toPlainText(),
            measure_unit=self.measure_unit.currentText(),
            notes=self.notes.text(),
            **figures,
        )

    def form_state(self) -> list:
        return [*super().form_state(), self.authors.authors()]  # the first is the main author

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        self.saved = self.error.attempt(
            lambda: self.ctx.initiatives.save(self.initiative_from_form())
        )
        if self.saved is not None:
            self.accept()


class InitiativeStateDialog(QDialog):
    """Move an initiative one step: the date, or the recognition details, or a reason."""

    def __init__(
        self,
        ctx: AppContext,
        initiative: Initiative,
        state: InitiativeState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.initiative, self.state = ctx, initiative, InitiativeState(state)
        self.saved: Initiative | None = None
        self.setWindowTitle(
            self.tr("{title}: {state}").format(
                title=initiative.title, state=initiative_state_label(self.state)
            )
        )
        self.setMinimumWidth(520)
        self.when = DateLineEdit()
        self.when.set_value(date.today())
        self.level = QComboBox()
        self.level.setEditable(True)
        self.level.addItems(RECOGNITION_LEVELS)
        self.level.setCurrentIndex(-1)
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText("125-QĐ/ĐTN")
        self.decision_date = DateLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.error = ErrorLabel()
        buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self._save
        )

        heading = QLabel(
            self.tr("<b>{title}</b><br>{current} → {target}").format(
                title=initiative.title,
                current=initiative_state_label(initiative.state),
                target=initiative_state_label(self.state),
            )
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        if self.state is InitiativeState.RECOGNISED:
            form.addRow(self.tr("Recognising level"), self.level)
            form.addRow(self.tr("Decision number"), self.decision_number)
            form.addRow(self.tr("Decision date"), self.decision_date)
        elif self.state is InitiativeState.REJECTED:
            form.addRow(self.tr("Reason"), self.reason)
        else:
            form.addRow(self.tr("Since"), self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        initiative: Initiative,
        state: InitiativeState,
        parent: QWidget | None = None,
    ) -> Initiative | None:
        """Show the step; the moved initiative, or None if the user cancelled."""
        dialog = cls(ctx, initiative, state, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()
        return saved

    def _move(self) -> Initiative:
        details: dict[str, object] = {}
        if self.state is InitiativeState.RECOGNISED:
            details.update(
                level=self.level.currentText(),
                decision_number=self.decision_number.text(),
                decision_date=self.decision_date.checked_value("initiative_date_invalid")[0],
            )
        elif self.state is InitiativeState.REJECTED:
            details["reason"] = self.reason.toPlainText()
        else:
            details["on"] = self.when.checked_value("initiative_date_invalid")[0]
        return self.ctx.initiatives.move_to(self.initiative.id, self.state, **details)

    def _save(self) -> None:
        self.saved = self.error.attempt(self._move)
        if self.saved is None:
            self.adjustSize()  # room for the message, which may take two lines
            return
        self.accept()
