"""Báo cáo: this unit's periodic reports (drafts and issued) and those the units below sent.

New → a draft with its figures and section II written; open → the editor; issue → frozen,
and the next data packet carries it up. Who below has sent which report is shown too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.reports import Report
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.dialogs.new_report_dialog import NewReportDialog
from bamtrachnhiem.gui.dialogs.report_editor import ReportEditor
from bamtrachnhiem.gui.dialogs.report_periods_dialog import ReportPeriodsDialog
from bamtrachnhiem.gui.models.report_table import ReportListModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.widgets import select_table_row

_KINDS = ("reports", "report_periods", "units", "packet_imports", "packets_merged")


class ReportsPage(Page):
    """The list of reports and what to do with them; the editor opens in its own window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        editable = not ctx.database.read_only
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self._fill())
        self.new_button = QPushButton(self.tr("New report…"))
        self.new_button.setToolTip(self.tr("Make a report from the data held here (Ctrl+N)"))
        self.new_button.setEnabled(editable)
        self.open_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.periods_button = QPushButton(self.tr("Report periods…"))
        self.periods_button.setToolTip(
            self.tr("When each report is due from the units below (sent down to them)")
        )
        self.new_button.clicked.connect(self.new_report)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.periods_button.clicked.connect(self.edit_periods)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_if_allowed)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.periods_button)

        self.model = ReportListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.open_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.view,
                activated=self.open_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.empty = QLabel(
            self.tr(
                "No report yet. “New report…” makes one from the data held here, with its "
                "figures computed and the results written in sentences."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 8px;")
        self.received = QLabel()
        self.received.setWordWrap(True)
        self.received.setStyleSheet(
            "background: #FFFFFF; border: 1px solid #D8DDE6; padding: 6px 8px;"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.received)
        self.reports: list[Report] = []

    # -- following the data ---------------------------------------------------------------------
    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_KINDS):
            self.mark_stale()

    def refresh(self) -> None:
        own = self.ctx.units.own_unit()
        self.model.own_code = own.code if own else ""
        self.reports = self.ctx.reports.find()
        years = sorted(
            {r.year for r in self.reports} | {self.ctx.database.clock.today().year}, reverse=True
        )
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(
            max(0, self.year.findData(current if current is not None else years[0]))
        )
        self.year.blockSignals(False)
        self._fill()

    def _fill(self, select_id: str | None = None) -> None:
        year = self.year.currentData()
        shown = [r for r in self.reports if year is None or r.year == year]
        selected = select_id or self._selected_id()
        self.model.set_rows(shown)
        self.view.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        row = self.model.row_of(selected) if selected else -1
        select_table_row(self.view, row if row >= 0 else (0 if shown else -1))
        self._show_received(year or self.ctx.database.clock.today().year)
        self._enable()

    def _show_received(self, year: int) -> None:
        """Which units below sent the reports they were asked for."""
        try:
            table = self.ctx.completeness.table(year, today=self.ctx.database.clock.today())
        except AppError:
            self.received.hide()
            return
        if not table.units or not table.report_periods:
            self.received.hide()
            return
        lines = []
        for period, due in table.report_periods:
            sent = [u for u in table.units if u.reports[period].status.received]
            late = [u.name for u in table.units if u.reports[period].status is MonthStatus.LATE]
            missing = [
                u.name for u in table.units if u.reports[period].status is MonthStatus.MISSING
            ]
            name = (
                self.tr("Six-month review")
                if period == "h1"
                else self.tr("Year review")
                if period == "year"
                else period
            )
            line = self.tr("{report} {year} (due {due}): {sent} of {units} units sent it").format(
                report=name,
                year=year,
                due=format_date(due),
                sent=len(sent),
                units=len(table.units),
            )
            if late:
                line += self.tr("; late: {units}").format(units=", ".join(late))
            if missing:
                line += self.tr("; overdue: {units}").format(units=", ".join(missing))
            lines.append(line + ".")
        self.received.setText("\n".join(lines))
        self.received.show()

    # -- actions --------------------------------------------------------------------------------
    def selected(self) -> Report | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected_id(self) -> str | None:
        report = self.selected()
        return report.id if report else None

    def _enable(self) -> None:
        report = self.selected()
        own = report is not None and report.unit_code == self.model.own_code
        self.open_button.setEnabled(report is not None)
        self.delete_button.setEnabled(
            own and report is not None and not report.issued and not self.ctx.database.read_only
        )

    def _new_if_allowed(self) -> None:
        if self.new_button.isEnabled():
            self.new_report()

    def new_report(self) -> None:
        made = NewReportDialog.ask(self.ctx, self)
        if made is None:
            return
        self.open_report(made)

    def open_selected(self, *_args) -> None:
        report = self.selected()
        if report is not None:
            self.open_report(report)

    def open_report(self, report: Report) -> None:
        ReportEditor.ask(self.ctx, report, self)
        self.stale = True
        self.refresh()
        self._fill(report.id)

    def delete_selected(self) -> None:
        report = self.selected()
        if report is None or report.issued:
            return
        question = self.tr("Delete the draft “{summary}”?").format(summary=report.summary)
        if not message_boxes.confirm(self, question):
            return
        try:
            self.ctx.reports.delete(report.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)

    def edit_periods(self) -> None:
        year = self.year.currentData() or self.ctx.database.clock.today().year
        ReportPeriodsDialog.ask(self.ctx, year, self)
