"""Đăng ký: every active member's pledge for the year, who has not pledged, and progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.pledges import PledgeOverview, PledgeRow, PledgeState
from bamtrachnhiem.domain.text import fold
from bamtrachnhiem.gui import file_dialogs, message_boxes, printing
from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog
from bamtrachnhiem.gui.models.pledge_table import PledgeFilter, PledgeTableModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.tasks import run_task
from bamtrachnhiem.gui.widgets import select_table_row

# A pledge row shows the member, the pledge, the year's pillars and the authored initiatives.
_PLEDGE_KINDS = (
    "units",
    "members",
    "pledges",
    "criteria_sets",
    "movement_years",
    "initiatives",
    "initiative_authors",
)


class PledgesPage(Page):
    """The year's pledges; the counter and red rows show at a glance who has not pledged."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: PledgeOverview | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.years.current_year())
        self.year.setPrefix(self.tr("Year "))
        self.search = QLineEdit()
        self.search.setToolTip(self.tr("Search (Ctrl+F); accents optional: “tran” finds “Trần”"))
        self.search.setPlaceholderText(self.tr("Search by name or department (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Everyone"), PledgeFilter.ALL)
        self.state_filter.addItem(self.tr("Not pledged yet"), PledgeFilter.NOT_PLEDGED)
        self.state_filter.addItem(self.tr("Drafts"), PledgeFilter.DRAFT)
        self.state_filter.addItem(self.tr("Submitted"), PledgeFilter.SUBMITTED)
        self.state_filter.addItem(self.tr("Approved"), PledgeFilter.APPROVED)
        self.counter = QLabel()
        self.counter.setObjectName("pledgeCounter")
        self.counter.setStyleSheet("font-size: 11pt;")
        self.counter.setTextFormat(Qt.TextFormat.RichText)

        self.model = PledgeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr(
                "No member to pledge yet. Add the unit's members on the Members page; each "
                "then has a line here for the year's pledge."
            ),
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self.edit_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((48, 210, 200, 120, 100)):
            self.table.setColumnWidth(column, width)

        self.edit_button = QPushButton(self.tr("Open pledge…"))
        self.edit_button.setToolTip(self.tr("Record or change the pledge (Enter)"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("Return for changes"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.delete_button = QPushButton(self.tr("Delete pledge"))
        self.print_button = QPushButton(self.tr("Print form…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(
            self.tr("Preview, print or save as PDF the one-page form to sign (Ctrl+P)")
        )
        self.form_printer = printing.DocumentPrinter(
            self, ctx, self._form_document, self._form_stem
        )
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.form_printer.preview_action)
        print_menu.addAction(self.form_printer.print_action)
        print_menu.addSeparator()
        self.save_form_action = print_menu.addAction(self.tr("Save as PDF…"))
        self.save_form_action.triggered.connect(self.print_selected)
        self.print_button.setMenu(print_menu)
        self.edit_button.clicked.connect(self.edit_selected)
        # Bound methods, not lambdas over self: PySide holds lambdas strongly, and a widget in
        # a reference cycle may be freed by a garbage collection on a worker thread.
        self.submit_button.clicked.connect(self.submit_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        self.year.valueChanged.connect(self._year_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.state_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        filters = QHBoxLayout()
        filters.addWidget(self.year)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state_filter)
        filters.addSpacing(12)
        filters.addWidget(self.counter)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.reopen_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.print_button)
        title = QLabel(self.tr("Pledges"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_PLEDGE_KINDS):
            self.mark_stale()

    def refresh(self) -> None:
        self.reload(self._selected_id())

    # -- loading -------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Read the year's pledges again, keeping the filters and the selection."""
        select_id = select_id or self._selected_id()
        try:
            self.overview = self.ctx.pledges.overview(self.year.value())
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.model.set_rows(self.overview.rows)
        self._apply_filter(select_id)

    def _year_changed(self, _year: int) -> None:
        self.reload()

    def _filter_changed(self, *_args: object) -> None:
        self._apply_filter()

    def _apply_filter(self, select_id: str | None = None) -> None:
        select_id = select_id or self._selected_id()
        self.model.set_filter(self.search.text(), self.state_filter.currentData())
        if select_id:
            self.select(select_id)
        self._update_counter()
        self._update_buttons()

    def _update_counter(self) -> None:
        overview = self.overview
        if overview is None:
            return
        self.counter.setText(
            self.tr(
                "Pledged <b>{pledged}/{total}</b> · not pledged {missing} · drafts {drafts} · "
                "approved {approved}"
            ).format(
                pledged=overview.pledged,
                total=overview.total,
                missing=overview.count(None),
                drafts=overview.count(PledgeState.DRAFT),
                approved=overview.count(PledgeState.APPROVED),
            )
        )

    # -- selection -----------------------------------------------------------------------
    def select(self, member_id: str) -> None:
        select_table_row(self.table, self.model.row_of(member_id), column=1)

    def selected_row(self) -> PledgeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        row = self.selected_row()
        return row.member.id if row else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        editable = not self.ctx.database.read_only
        state = row.state if row else None
        self.edit_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        self.submit_button.setEnabled(editable and state is PledgeState.DRAFT)
        self.approve_button.setEnabled(editable and state is PledgeState.SUBMITTED)
        self.return_button.setEnabled(editable and state is PledgeState.SUBMITTED)
        self.reopen_button.setEnabled(editable and state is PledgeState.APPROVED)
        self.delete_button.setEnabled(
            editable and state in (PledgeState.DRAFT, PledgeState.SUBMITTED)
        )

    # -- actions -------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        PledgeDialog.ask(self.ctx, row.member, self.year.value(), self)
        # Even a cancelled editor may have submitted or approved before closing.
        self.reload(row.member.id)

    def submit_selected(self) -> None:
        self.move_selected("submit")

    def approve_selected(self) -> None:
        self.move_selected("approve")

    def return_selected(self) -> None:
        self.move_selected("return_to_draft")

    def reopen_selected(self) -> None:
        self.move_selected("reopen")

    def move_selected(self, action: str) -> None:
        row = self.selected_row()
        if row is None or row.pledge is None:
            return
        try:
            getattr(self.ctx.pledges, action)(row.pledge.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
        self.reload(row.member.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.pledge is None:
            return
        question = self.tr("Delete the {year} pledge of {name}?").format(
            year=row.pledge.year, name=row.member.full_name
        )
        if not message_boxes.confirm(self, question):
            return
        try:
            self.ctx.pledges.delete(row.pledge.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
        self.reload(row.member.id)

    def _show_error(self, error: BaseException) -> None:
        message_boxes.show_error(self, error)

    def print_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        year = self.year.value()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        slug = "-".join(fold(row.member.full_name).split())
        suggested = str(Path(folder) / f"dang-ky-3-trach-nhiem-{year}-{slug}.pdf")
        name = file_dialogs.save_file(
            self, self.tr("Save the pledge form"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        member_id, pledges = row.member.id, self.ctx.pledges
        run_task(
            self,
            self.tr("Writing the pledge form…"),
            lambda progress: pledges.write_form(member_id, year, name),
            ctx=self.ctx,
            on_success=self._printed,
            on_error=self._show_error,
        )

    def _form_document(self) -> Document:
        row = self.selected_row()
        if row is None:
            raise AppError("pledge_not_found")
        return self.ctx.pledges.form_document(row.member.id, self.year.value())

    def _form_stem(self) -> str:
        row = self.selected_row()
        name = row.member.full_name if row else ""
        return f"Đăng ký 3 trách nhiệm {self.year.value()} {name}"

    def _printed(self, path: Path) -> None:
        message_boxes.show_info(self, self.tr("The form was saved to {path}.").format(path=path))
