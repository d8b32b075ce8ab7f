"""Sáng kiến: register initiatives, move them through their states, total the time saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.initiatives import (
    INITIATIVE_TRANSITIONS,
    Initiative,
    InitiativeState,
    time_saved_totals,
)
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui import message_boxes, printing
from bamtrachnhiem.gui.dialogs.initiative_dialog import InitiativeDialog, InitiativeStateDialog
from bamtrachnhiem.gui.models.initiative_table import InitiativeTableModel, initiative_state_label
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.widgets import select_table_row


class InitiativesPage(Page):
    """The initiatives of the database, filtered by year, state, field and author."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.initiatives: list[Initiative] = []
        self.year_filter = QComboBox()
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state in InitiativeState:
            self.state_filter.addItem(initiative_state_label(state), state)
        self.field_filter = QComboBox()
        self.author_filter = QComboBox()
        self.author_filter.setMinimumWidth(200)
        self.count = QLabel()

        self.model = InitiativeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr(
                "No initiative this year. Register one with “Register initiative…”: its authors, "
                "the problem, the solution and what it saves."
            ),
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self.edit_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 225, 150, 120, 135, 70)):
            self.table.setColumnWidth(column, width)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setStyleSheet("font-size: 11pt;")

        self.add_button = QPushButton(self.tr("Register initiative…"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Register a new initiative (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.trial_button = QPushButton(self.tr("On trial…"))
        self.applied_button = QPushButton(self.tr("Applied…"))
        self.recognised_button = QPushButton(self.tr("Recognised…"))
        self.rejected_button = QPushButton(self.tr("Rejected…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.state_buttons = {
            InitiativeState.TRIAL: self.trial_button,
            InitiativeState.APPLIED: self.applied_button,
            InitiativeState.RECOGNISED: self.recognised_button,
            InitiativeState.REJECTED: self.rejected_button,
        }
        self.add_button.clicked.connect(self.add_initiative)
        self.edit_button.clicked.connect(self.edit_selected)
        # Bound methods, not lambdas over self: PySide holds lambdas strongly, and a widget in
        # a reference cycle may be freed by a garbage collection on a worker thread.
        self.trial_button.clicked.connect(self.trial_selected)
        self.applied_button.clicked.connect(self.applied_selected)
        self.recognised_button.clicked.connect(self.recognised_selected)
        self.rejected_button.clicked.connect(self.rejected_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        for combo in (self.year_filter, self.state_filter, self.field_filter, self.author_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        filters = QHBoxLayout()
        filters.addWidget(self.year_filter)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.field_filter)
        filters.addWidget(self.author_filter)
        filters.addStretch()
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addSpacing(16)
        for button in self.state_buttons.values():
            actions.addWidget(button)
        actions.addStretch()
        self.printer = printing.DocumentPrinter(
            self, ctx, self._list_document, "Danh sách sáng kiến"
        )
        self.print_button = printing.print_menu_button(self.printer, self)
        actions.addWidget(self.print_button)
        actions.addWidget(self.delete_button)
        title = QLabel(self.tr("Initiatives"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(actions)
        self._loaded = False
        self._update_buttons()

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches("initiatives", "initiative_authors", "members"):
            self.mark_stale()

    def refresh(self) -> None:
        """The filters' choices (years, fields, authors) and the list, read again."""
        self._fill_filters()
        self.reload()

    # -- filters -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        current_year = self.ctx.years.current_year()
        years = sorted({current_year, *self.ctx.initiatives.years()}, reverse=True)
        self._refill(
            self.year_filter,
            [(self.tr("All years"), None)] + [(str(y), y) for y in years],
            default=current_year if not self._loaded else None,
        )
        self._refill(
            self.field_filter,
            [(self.tr("All fields"), None)] + [(f, f) for f in self.ctx.initiatives.fields()],
        )
        self._refill(
            self.author_filter,
            [(self.tr("All authors"), None)]
            + [(m.full_name, m.id) for m in self.ctx.members.find()],
        )
        self._loaded = True

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]], default: object = None) -> None:
        """Replace the items, keeping the current choice when it is still there."""
        keep = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def set_filters(
        self,
        year: int | None = None,
        state: InitiativeState | None = None,
        field: str | None = None,
        author_id: str | None = None,
    ) -> None:
        """Choose the filters (None: all) and reload once."""
        for combo, value in (
            (self.year_filter, year),
            (self.state_filter, state),
            (self.field_filter, field),
            (self.author_filter, author_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)
        self.reload()

    def _filter_changed(self, _index: int) -> None:
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def _list_document(self) -> Document:
        """The list with the filters chosen here."""
        return self.ctx.documents.initiative_list(
            year=self.year_filter.currentData(),
            state=self.state_filter.currentData(),
            field=self.field_filter.currentData(),
            author_id=self.author_filter.currentData(),
        )

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or self._selected_id()
        try:
            self.initiatives = self.ctx.initiatives.find(
                year=self.year_filter.currentData(),
                state=self.state_filter.currentData(),
                field=self.field_filter.currentData(),
                author_id=self.author_filter.currentData(),
            )
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.model.set_rows(self.initiatives)
        if select_id:
            self.select(select_id)
        self.count.setText(self.tr("{n} initiatives").format(n=len(self.initiatives)))
        totals = time_saved_totals(self.initiatives)
        if totals:
            amounts = " · ".join(
                f"<b>{f'{format_quantity(amount)} {unit}'.strip()}</b>"
                for unit, amount in sorted(totals.items())
            )
            self.totals.setText(
                self.tr(
                    "Time saved by the applied and recognised initiatives listed: {amounts}"
                ).format(amounts=amounts)
            )
        else:
            self.totals.setText(self.tr("No time saved measured yet among the initiatives listed."))
        self._update_buttons()

    def select(self, initiative_id: str) -> None:
        select_table_row(self.table, self.model.row_of(initiative_id))

    def selected(self) -> Initiative | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        initiative = self.selected()
        return initiative.id if initiative else None

    def _update_buttons(self) -> None:
        initiative = self.selected()
        editable = not self.ctx.database.read_only
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and initiative is not None)
        self.delete_button.setEnabled(editable and initiative is not None)
        allowed = INITIATIVE_TRANSITIONS[initiative.state] if initiative else frozenset()
        for state, button in self.state_buttons.items():
            button.setEnabled(editable and state in allowed)

    # -- actions -------------------------------------------------------------------------
    def add_initiative(self) -> None:
        year = self.year_filter.currentData() or self.ctx.years.current_year()
        saved = InitiativeDialog.ask(self.ctx, None, year, self)
        if saved:
            self._fill_filters()
            self.reload(saved.id)

    def edit_selected(self) -> None:
        initiative = self.selected()
        if initiative is None or self.ctx.database.read_only:
            return
        saved = InitiativeDialog.ask(self.ctx, initiative, initiative.year, self)
        if saved:
            self._fill_filters()
            self.reload(saved.id)

    def trial_selected(self) -> None:
        self.move_selected(InitiativeState.TRIAL)

    def applied_selected(self) -> None:
        self.move_selected(InitiativeState.APPLIED)

    def recognised_selected(self) -> None:
        self.move_selected(InitiativeState.RECOGNISED)

    def rejected_selected(self) -> None:
        self.move_selected(InitiativeState.REJECTED)

    def move_selected(self, state: InitiativeState) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        moved = InitiativeStateDialog.ask(self.ctx, initiative, state, self)
        if moved:
            self.reload(moved.id)

    def delete_selected(self) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        question = self.tr("Delete the initiative “{title}”?").format(title=initiative.title)
        if not message_boxes.confirm(self, question):
            return
        try:
            self.ctx.initiatives.delete(initiative.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
        self.reload()
