"""Đoàn viên: browse, search, sort, add, edit, transfer and age out members."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.gui import message_boxes, printing
from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog
from bamtrachnhiem.gui.dialogs.status_dialog import StatusDialog
from bamtrachnhiem.gui.models.member_table import MemberTableModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.tasks import run_task
from bamtrachnhiem.gui.wizards.member_import import MemberImportWizard


class MembersPage(Page):
    """The member registry of every unit in this database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setToolTip(self.tr("Search (Ctrl+F); accents optional: “tran” finds “Trần”"))
        self.search.setPlaceholderText(
            self.tr("Search by name, phone, position… (accents optional)")
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active members"), [MemberStatus.ACTIVE])
        self.status_filter.addItem(self.tr("Transferred"), [MemberStatus.TRANSFERRED])
        self.status_filter.addItem(self.tr("Aged out"), [MemberStatus.AGED_OUT])
        self.status_filter.addItem(self.tr("Everyone"), [])
        self.unit_filter = QComboBox()
        self.count = QLabel()
        self.count.setMinimumWidth(160)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = MemberTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr(
                "No member to show. Add one with “Add member”, or bring in the list the "
                "office keeps with “Import from Excel”. (A search that matches no one also "
                "shows nothing: clear the search box.)"
            ),
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((48, 220, 96, 70, 170, 220, 110)):
            self.table.setColumnWidth(column, width)

        self.add_button = QPushButton(self.tr("Add member"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.transfer_button = QPushButton(self.tr("Transferred…"))
        self.aged_out_button = QPushButton(self.tr("Aged out…"))
        self.reactivate_button = QPushButton(self.tr("Active again…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr("Only for a member entered by mistake; members with a history are transferred.")
        )
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.transfer_button.clicked.connect(lambda: self.change_status(MemberStatus.TRANSFERRED))
        self.aged_out_button.clicked.connect(lambda: self.change_status(MemberStatus.AGED_OUT))
        self.reactivate_button.clicked.connect(lambda: self.change_status(MemberStatus.ACTIVE))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_list)
        self.printer = printing.DocumentPrinter(
            self, ctx, self._list_document, "Danh sách đoàn viên"
        )
        self.print_button = printing.print_menu_button(self.printer, self)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        # Filtering is instant in memory, but wait for a pause in typing before redrawing.
        self._filter_timer = QTimer(self, singleShot=True, interval=40)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.search.returnPressed.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.unit_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.unit_filter)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.transfer_button,
            self.aged_out_button,
            self.reactivate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.print_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Members"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._generation = 0
        self.loading = False

    def _list_document(self) -> Document:
        """The list as filtered here (unit and status; the search box does not narrow it)."""
        return self.ctx.documents.member_list(
            unit_code=self.unit_filter.currentData(), statuses=self.status_filter.currentData()
        )

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches("members", "units"):
            self.mark_stale()

    def refresh(self) -> None:
        self._fill_units()
        self.reload(self._selected_id())

    def _fill_units(self) -> None:
        """The unit filter: all units, then each one; the chosen one stays chosen."""
        chosen = self.unit_filter.currentData()
        units = self.ctx.units.find()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for unit in units:
            self.unit_filter.addItem(unit.name, unit.code)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.setVisible(len(units) > 1)
        self.unit_filter.blockSignals(False)

    FIRST_SCREEN = 200

    def reload(self, select_id: str | None = None) -> None:
        """Fetch the members again (after a change), keeping the search applied.

        The first screen comes from a short query at once; a large list follows from a
        background task, so the window is usable while 40,000 members load.
        """
        unit_code, statuses = self.unit_filter.currentData(), self.status_filter.currentData()
        first = self.ctx.members.find(unit_code, statuses, limit=self.FIRST_SCREEN)
        self._generation += 1
        self.loading = len(first) == self.FIRST_SCREEN
        self._show(first, select_id)
        if not self.loading:
            return
        generation = self._generation

        def arrived(members: list[Member]) -> None:
            if generation == self._generation:  # a newer reload has started since
                self.loading = False
                self._show(members, select_id or self._selected_id())

        run_task(
            self,
            self.tr("Loading members…"),
            lambda progress: self.ctx.members.find(unit_code, statuses),
            ctx=self.ctx,
            on_success=arrived,
            on_error=lambda exc: message_boxes.show_error(self, exc),
            show_progress=False,
        )

    def _show(self, members: list[Member], select_id: str | None) -> None:
        self.model.set_rows(members)
        self.model.set_filter(self.search.text())
        self._update_count()
        if select_id:
            self.select(select_id)
        self._update_buttons()

    def _selected_id(self) -> str | None:
        member = self.selected_member()
        return member.id if member else None

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if self.loading:
            self.count.setText(self.tr("Loading members…"))
        else:
            self.count.setText(
                self.tr("{shown} of {total}").format(
                    shown=self.model.rowCount(), total=self.model.total
                )
            )

    def select(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            index = self.model.index(row, 1)
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def selected_member(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        member = self.selected_member()
        editable = not self.ctx.database.read_only
        self.add_button.setEnabled(editable)
        self.import_button.setEnabled(editable)
        self.edit_button.setEnabled(member is not None and editable)
        active = member is not None and member.status is MemberStatus.ACTIVE and editable
        self.transfer_button.setEnabled(active)
        self.aged_out_button.setEnabled(active)
        self.reactivate_button.setEnabled(member is not None and not active and editable)
        self.delete_button.setEnabled(member is not None and editable)

    def add_member(self) -> None:
        saved = MemberDialog.ask(self.ctx, None, self)
        if saved:
            self.reload(saved.id)

    def edit_selected(self) -> None:
        member = self.selected_member()
        if member is None or self.ctx.database.read_only:
            return
        saved = MemberDialog.ask(self.ctx, member, self)
        if saved:
            self.reload(saved.id)

    def delete_selected(self) -> None:
        """Delete a member entered by mistake; the service refuses members with a history."""
        member = self.selected_member()
        if member is None:
            return
        question = self.tr(
            "Delete {name} from the list? Use this only for a member entered by mistake."
        )
        if not message_boxes.confirm(self, question.format(name=member.full_name)):
            return
        try:
            self.ctx.members.delete(member.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.reload()

    def change_status(self, status: MemberStatus) -> None:
        member = self.selected_member()
        if member is None:
            return
        if StatusDialog.ask(self.ctx, member, status, self):
            self.reload()

    def import_list(self) -> None:
        result = MemberImportWizard.run(self.ctx, self)
        if result is None:
            return
        self.reload()
        message_boxes.show_info(
            self,
            self.tr(
                "Import finished: {created} added, {updated} updated, {unchanged} unchanged, {skipped} skipped."
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                skipped=result.skipped,
            ),
        )
