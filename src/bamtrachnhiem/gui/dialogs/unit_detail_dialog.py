"""A unit below, opened from the consolidation page: its members and their months, the units
below it, its history across years; read-only (the unit's own data, merged here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.consolidation import Period, UnitFigures
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.models.consolidation_table import (
    HistoryModel,
    MemberMonthsModel,
    UnitTableModel,
)
from bamtrachnhiem.gui.printing import DocumentPrinter, add_to_dialog


def _view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    return view


class UnitDetailDialog(QDialog):
    """One unit: members × months for the period, the units below it, its years."""

    def __init__(
        self, ctx: AppContext, unit: UnitFigures, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.unit, self.period = ctx, unit, period
        self.setWindowTitle(unit.name)
        heading = QLabel(
            f"<b>{unit.name}</b> ({unit.code})" + (f" — {unit.level}" if unit.level else "")
        )
        note = QLabel(
            self.tr("Data received from the unit in its packets: it can be read here, not changed.")
        )
        note.setStyleSheet("color: #555;")

        self.members_model = MemberMonthsModel(self)
        self.members_view = _view(self.members_model)
        self.members_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.members_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members_view.doubleClicked.connect(self._member_history)
        self.member_history_model = HistoryModel(self)
        self.member_history_view = _view(self.member_history_model)
        self.member_history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.member_title = QLabel(self.tr("Double-click a member to see their years."))
        self.member_title.setStyleSheet("color: #555;")
        members = QWidget()
        members_layout = QVBoxLayout(members)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.members_view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.member_title)
        lower_layout.addWidget(self.member_history_view)
        split.addWidget(lower)
        split.setSizes([380, 160])
        members_layout.addWidget(split)

        self.below_model = UnitTableModel(self)
        self.below_view = _view(self.below_model)
        self.below_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history_model = HistoryModel(self)
        self.history_view = _view(self.history_model)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.tabs = QTabWidget()
        self.tabs.addTab(members, self.tr("Members and months"))
        if unit.units_below:
            self.tabs.addTab(self.below_view, self.tr("Units below"))
        self.tabs.addTab(self.history_view, self.tr("History"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.printer = DocumentPrinter(self, ctx, self.document, unit.name)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1120, 640)
        add_to_dialog(self, self.printer)
        self.load()

    def load(self) -> None:
        """Read the unit's members, the units below it and its history."""
        year_months = Period(self.period.year, 1, 12)
        self.members_model.set_members(
            self.ctx.consolidation.members(year_months, self.unit.code),
            list(year_months.months),
        )
        if self.unit.units_below:
            self.below_model.set_table(self.ctx.consolidation.by_unit(self.period, self.unit.code))
        self.history_model.set_history(self.ctx.consolidation.unit_history(self.unit.code))

    def document(self) -> Document:
        """The members' months, the units below, or the history: the tab shown."""
        tab = self.tabs.currentWidget()
        consolidation = self.ctx.consolidation
        if tab is self.history_view:
            return consolidation.history_document(self.history_model.rows, self.unit.name)
        if tab is self.below_view and self.below_model.table is not None:
            return consolidation.units_document(self.below_model.table)
        return consolidation.members_document(
            self.members_model.rows, self.members_model.months, self.unit.name, self.period.year
        )

    def _member_history(self, index) -> None:
        member = self.members_model.member_at(index.row())
        if member is None:
            return
        try:
            history = self.ctx.consolidation.member_history(member.member_id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.member_title.setText(self.tr("{name}: year by year").format(name=member.full_name))
        self.member_history_model.set_history(history)

    @classmethod
    def show_for(
        cls, ctx: AppContext, unit: UnitFigures, period: Period, parent: QWidget | None = None
    ) -> None:
        try:
            dialog = cls(ctx, unit, period, parent)
        except AppError as exc:
            message_boxes.show_error(parent, exc)
            return
        dialog.exec()
