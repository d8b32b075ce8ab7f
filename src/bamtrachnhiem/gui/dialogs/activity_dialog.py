"""Record an activity (hoạt động): what, when, where, who took part, and what came of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.gui.forms import FormDialog, not_form
from bamtrachnhiem.gui.models.activity_table import MemberChecklistModel, kind_label
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel, save_cancel_buttons


class ActivityDialog(FormDialog):
    """The activity form; ``ask`` returns the saved activity, or None when cancelled."""

    def __init__(
        self,
        ctx: AppContext,
        activity: Activity | None,
        parent: QWidget | None = None,
        *,
        on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = activity
        self.saved: Activity | None = None
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))
        self.setMinimumSize(1000, 600)

        self.date = DateLineEdit()
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(kind_label(kind), kind)
        # No type is assumed: a new activity says "choose" until the user does.
        self.kind.setPlaceholderText(self.tr("Choose the type…"))
        self.kind.setCurrentIndex(-1)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Green Sunday at the one-stop office"))
        self.place = QLineEdit()
        self.campaign = QComboBox()
        self._campaign_year: int | None = None
        self.citizens = QSpinBox()
        self.citizens.setRange(0, 1_000_000)
        self.citizens.setGroupSeparatorShown(True)
        self.results = QPlainTextEdit()
        self.results.setTabChangesFocus(True)
        self.results.setPlaceholderText(self.tr("What came of it"))
        self.prizes = QPlainTextEdit()
        self.prizes.setTabChangesFocus(True)
        self.prizes.setFixedHeight(64)
        self.prizes.setPlaceholderText(self.tr("Prizes won, if any"))
        self.date.editingFinished.connect(self._date_changed)
        self.date.setMaximumWidth(140)
        self.citizens.setMaximumWidth(140)

        details = QGroupBox(self.tr("Activity"))
        form = QFormLayout(details)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Activity title"), self.title)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Citizens helped"), self.citizens)
        form.addRow(self.tr("Results"), self.results)
        form.addRow(self.tr("Prizes"), self.prizes)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search members (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.select_all = QCheckBox(self.tr("Select all shown"))
        self.select_all.setTristate(False)
        self.chosen = QLabel()
        self.people_model = MemberChecklistModel(self)
        self.people = QTableView()
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().hide()
        self.people.setAlternatingRowColors(True)
        self.people.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.search.textChanged.connect(self._filter)
        self.select_all.clicked.connect(self._select_all_clicked)
        self.people_model.checked_changed.connect(self._update_chosen)
        self.people_model.modelReset.connect(self._update_chosen)

        participants = QGroupBox(self.tr("Participants"))
        right = QVBoxLayout(participants)
        right.addWidget(self.search)
        tools = QHBoxLayout()
        tools.addWidget(self.select_all)
        tools.addStretch()
        tools.addWidget(self.chosen)
        right.addLayout(tools)
        right.addWidget(self.people, 1)

        columns = QHBoxLayout()
        columns.addWidget(details, 5)
        columns.addWidget(participants, 4)
        self.error = ErrorLabel()
        buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self._save
        )
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._load(activity, on or date.today())
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        # The search narrows the list shown; the people ticked are what the form holds.
        not_form(self.search, self.select_all, self.people)
        self.mark_clean()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        activity: Activity | None = None,
        parent: QWidget | None = None,
        *,
        on: date | None = None,
    ) -> Activity | None:
        """Show the form (a new one dated ``on``); the saved activity, or None if cancelled."""
        dialog = cls(ctx, activity, parent, on=on)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- filling -----------------------------------------------------------------------
    def _load(self, activity: Activity | None, on: date) -> None:
        picked = activity.participants if activity else []
        self.people_model.set_rows(self._members(picked), picked)
        if activity is None:
            self.date.set_value(on)
            self._fill_campaigns(on.year, None)
            return
        self.date.set_value(activity.date)
        self.kind.setCurrentIndex(max(0, self.kind.findData(activity.kind)))
        self.title.setText(activity.title)
        self.place.setText(activity.place)
        self.citizens.setValue(activity.citizens_helped)
        self.results.setPlainText(activity.results)
        self.prizes.setPlainText(activity.prizes)
        self._fill_campaigns(activity.year, activity.campaign_id)

    def _members(self, picked: list[str]) -> list[Member]:
        """The own unit's active members, plus anyone already picked who has since left."""
        own = self.ctx.units.own_unit()
        members = self.ctx.members.find(own.code if own else None, [MemberStatus.ACTIVE])
        known = {m.id for m in members}
        for member_id in picked:
            if member_id not in known:
                try:
                    members.append(self.ctx.members.get(member_id))
                except AppError:
                    continue  # deleted since: saving will say so if it is still ticked
        return members

    def _fill_campaigns(self, year: int, selected: str | None) -> None:
        self._campaign_year = year
        self.campaign.clear()
        self.campaign.addItem(self.tr("(none)"), None)
        for campaign in self.ctx.campaigns.find(year):
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(selected)))

    def _date_changed(self) -> None:
        try:
            on, _ = self.date.value()
        except ValidationError:
            return
        if on is not None and on.year != self._campaign_year:
            self._fill_campaigns(on.year, self.campaign.currentData())

    # -- participants ------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.people_model.set_filter(text)
        self._update_chosen()

    def _select_all_clicked(self, checked: bool) -> None:
        self.people_model.set_shown_checked(checked)

    def _update_chosen(self) -> None:
        count = len(self.people_model.checked_ids())
        self.chosen.setText(self.tr("{n} selected").format(n=count))
        state = self.people_model.shown_state()
        self.select_all.blockSignals(True)
        self.select_all.setCheckState(
            Qt.CheckState.Checked if state == Qt.CheckState.Checked else Qt.CheckState.Unchecked
        )
        self.select_all.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box ticks the one member found (or moves into the list)
        # instead of saving the form.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.people_model.rowCount() == 1:
                self.people_model.toggle(0)
                self.search.selectAll()
            elif self.people_model.rowCount() > 1:
                self.people.setFocus()
                self.people.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- saving ------------------------------------------------------------------------
    def activity_from_form(self) -> Activity:
        """The form as an activity; raises ``ValidationError`` naming the bad field."""
        on, _ = self.date.checked_value("activity_date_invalid")
        if self.kind.currentIndex() < 0:
            self.kind.setFocus()
            raise ValidationError("activity_kind_required")
        base = self.original or Activity(date=None, kind=ActivityKind.VOLUNTEER, title="")
        return replace(
            base,
            date=on,
            kind=self.kind.currentData(),
            title=self.title.text(),
            place=self.place.text(),
            participants=self.people_model.checked_ids(),
            citizens_helped=self.citizens.value(),
            results=self.results.toPlainText(),
            prizes=self.prizes.toPlainText(),
            campaign_id=self.campaign.currentData(),
        )

    def form_state(self) -> list:
        return [*super().form_state(), sorted(self.people_model.checked_ids())]

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        self.saved = self.error.attempt(lambda: self.ctx.activities.save(self.activity_from_form()))
        if self.saved is not None:
            self.accept()
