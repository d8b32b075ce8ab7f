"""Tổng hợp: every unit below in tree order with a totals row, by month, ranked, across years.

The figures are the merged data of the units below (read-only here); a unit opens on its
members and their months, or on the units below it. Charts save as PNG for a meeting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.consolidation import (
    RANKINGS,
    ConsolidationTable,
    Period,
    decimal_text,
    percent_text,
    rank_units,
)
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.records import MemberStatus
from bamtrachnhiem.gui import charts, message_boxes
from bamtrachnhiem.gui.dialogs.unit_detail_dialog import UnitDetailDialog
from bamtrachnhiem.gui.models.consolidation_table import (
    HistoryModel,
    MonthTableModel,
    RankingModel,
    UnitTableModel,
    band_name,
)
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.printing import DocumentPrinter, print_menu_button
from bamtrachnhiem.gui.tasks import run_task

# Every figure of the page comes from one of these.
_KINDS = (
    "units",
    "members",
    "pledges",
    "assessments",
    "initiatives",
    "initiative_authors",
    "campaigns",
    "campaign_targets",
    "activities",
    "activity_participants",
    "packet_imports",
    "packet_import_sections",
    "packets_merged",
    "deadlines",
)


def period_choices() -> list[tuple[str, tuple[int, int]]]:
    """The periods offered: the year, six months, the quarters, each month."""
    choices = [
        (QCoreApplication.translate("Consolidation", "Whole year"), (1, 12)),
        (QCoreApplication.translate("Consolidation", "First six months"), (1, 6)),
    ]
    for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
        choices.append(
            (
                QCoreApplication.translate("Consolidation", "Quarter {q}").format(q=roman),
                (3 * q - 2, 3 * q),
            )
        )
    for m in range(1, 13):
        choices.append(
            (QCoreApplication.translate("Consolidation", "Month {month}").format(month=m), (m, m))
        )
    return choices


def ranking_choices() -> list[tuple[str, str]]:
    labels = {
        "pledged_pct": QCoreApplication.translate("Consolidation", "Pledged (%)"),
        "assessed_pct": QCoreApplication.translate("Consolidation", "Assessed (%)"),
        "mean": QCoreApplication.translate("Consolidation", "Mean score"),
        "excellent_pct": QCoreApplication.translate("Consolidation", "Rated excellent (%)"),
        "initiatives": QCoreApplication.translate("Consolidation", "Initiatives"),
        "initiatives_per_member": QCoreApplication.translate(
            "Consolidation", "Initiatives per member"
        ),
        "activities": QCoreApplication.translate("Consolidation", "Activities"),
        "participations": QCoreApplication.translate("Consolidation", "Participations"),
        "citizens_helped": QCoreApplication.translate("Consolidation", "Citizens helped"),
        "campaign_pct": QCoreApplication.translate("Consolidation", "Campaign achievement (%)"),
        "on_time_pct": QCoreApplication.translate("Consolidation", "Packets on time (%)"),
        "members": QCoreApplication.translate("Consolidation", "Members"),
    }
    return [(labels[key], key) for key in RANKINGS]


def _table(view: QTableView | None = None) -> QTableView:
    view = view or QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ConsolidationPage(Page):
    """The units below, by unit, by month, ranked, across years; read-only."""

    # Above this many members the figures are read on a worker thread (about 0.5 s for
    # 40,000 members, bench/consolidation.py).
    BACKGROUND_FROM_MEMBERS = 5_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table: ConsolidationTable | None = None
        self.loading = False
        self._generation = 0

        title = QLabel(self.tr("Consolidation"))
        title.setObjectName("pageTitle")
        self.unit_name = QLabel()
        self.unit_name.setStyleSheet("color: #555; font-size: 11pt;")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.period = QComboBox()
        for label, months in period_choices():
            self.period.addItem(label, months)
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), None)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut(Qt.Key.Key_F5)
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.unit_name)
        top.addStretch()
        top.addWidget(self.status)
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.refresh_button)
        # Print, preview, PDF or .xlsx of the table of the tab shown.
        self.printer = DocumentPrinter(self, ctx, self.document, self.file_stem)
        self.print_button = print_menu_button(self.printer, self)
        top.addWidget(self.print_button)

        # -- by unit
        self.unit_model = UnitTableModel(self)
        self.unit_view = _table()
        self.unit_view.setModel(self.unit_model)
        self.unit_view.setSortingEnabled(True)
        self.unit_view.setWordWrap(True)
        self.unit_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = self.unit_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        self.unit_view.doubleClicked.connect(self._open_unit)
        self.open_button = QPushButton(self.tr("Open unit…"))
        self.open_button.setToolTip(self.tr("The unit's members and their months (Enter)"))
        self.open_button.clicked.connect(self._open_unit)
        self.empty = QLabel(
            self.tr(
                "No unit below yet. Units appear here once they are added (File → Units) "
                "or arrive with a packet."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 8px;")
        by_unit = QWidget()
        by_unit_layout = QVBoxLayout(by_unit)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Level")))
        filters.addWidget(self.level)
        filters.addStretch()
        self.hint = QLabel(
            self.tr("Click a column to sort; double-click a unit to open it. Read-only.")
        )
        self.hint.setStyleSheet("color: #666;")
        filters.addWidget(self.hint)
        filters.addWidget(self.open_button)
        by_unit_layout.addLayout(filters)
        by_unit_layout.addWidget(self.unit_view, 1)
        by_unit_layout.addWidget(self.empty)

        # -- by month
        self.month_model = MonthTableModel(self)
        self.month_view = _table()
        self.month_view.setModel(self.month_model)
        self.month_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.month_view.horizontalHeader().setStretchLastSection(True)
        self.month_chart = charts.chart(self.tr("Ratings by month"))
        self.month_chart_view = charts.chart_view(self.month_chart)
        self.month_png = QPushButton(self.tr("Save chart as PNG…"))
        self.month_png.clicked.connect(
            lambda: charts.save_chart(self, self.month_chart_view, self._png_name("thang"))
        )
        by_month = QWidget()
        month_layout = QVBoxLayout(by_month)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.month_view)
        split.addWidget(self.month_chart_view)
        split.setSizes([260, 260])
        month_layout.addWidget(split, 1)
        month_buttons = QHBoxLayout()
        month_buttons.addStretch()
        month_buttons.addWidget(self.month_png)
        month_layout.addLayout(month_buttons)

        # -- ranking
        self.figure = QComboBox()
        for label, key in ranking_choices():
            self.figure.addItem(label, key)
        self.figure.setCurrentIndex(self.figure.findData("mean"))
        self.rank_level = QComboBox()
        self.rank_level.addItem(self.tr("Branches (units with none below)"), None)
        self.rank_model = RankingModel(self)
        self.rank_view = _table()
        self.rank_view.setModel(self.rank_model)
        rank_header = self.rank_view.horizontalHeader()
        rank_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rank_chart = charts.chart(self.tr("Ranking"))
        self.rank_chart_view = charts.chart_view(self.rank_chart)
        self.rank_png = QPushButton(self.tr("Save chart as PNG…"))
        self.rank_png.clicked.connect(
            lambda: charts.save_chart(self, self.rank_chart_view, self._png_name("xep-hang"))
        )
        self.figure.currentIndexChanged.connect(lambda _i: self._show_ranking())
        self.rank_level.currentIndexChanged.connect(lambda _i: self._show_ranking())
        ranking = QWidget()
        rank_layout = QVBoxLayout(ranking)
        rank_top = QHBoxLayout()
        rank_top.addWidget(QLabel(self.tr("Rank by")))
        rank_top.addWidget(self.figure)
        rank_top.addWidget(QLabel(self.tr("Among")))
        rank_top.addWidget(self.rank_level)
        rank_top.addStretch()
        rank_top.addWidget(self.rank_png)
        rank_layout.addLayout(rank_top)
        rank_split = QSplitter()
        rank_split.addWidget(self.rank_view)
        rank_split.addWidget(self.rank_chart_view)
        rank_split.setSizes([380, 620])
        rank_layout.addWidget(rank_split, 1)

        # -- history
        self.history_unit = QComboBox()
        self.history_unit.currentIndexChanged.connect(lambda _i: self._show_history())
        self.history_model = HistoryModel(self)
        self.history_view = _table()
        self.history_view.setModel(self.history_model)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_top = QHBoxLayout()
        history_top.addWidget(QLabel(self.tr("Unit")))
        history_top.addWidget(self.history_unit, 1)
        history_top.addStretch()
        history_layout.addLayout(history_top)
        history_layout.addWidget(self.history_view, 1)
        history_note = QLabel(
            self.tr("Whole-year figures of the unit with every unit below it, newest first.")
        )
        history_note.setStyleSheet("color: #666;")
        history_layout.addWidget(history_note)

        self.tabs = QTabWidget()
        self.tabs.addTab(by_unit, self.tr("By unit"))
        self.tabs.addTab(by_month, self.tr("By month"))
        self.tabs.addTab(ranking, self.tr("Ranking"))
        self.tabs.addTab(history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.level.currentIndexChanged.connect(lambda _i: self._level_chosen())
        self.refresh_button.clicked.connect(self.reload)
        self._month_year: int | None = None
        self._history_code: str | None = None

    # -- following the data -------------------------------------------------------------------
    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_KINDS):
            self._month_year = None
            self._history_code = None
            self.mark_stale()

    def refresh(self) -> None:
        own = self.ctx.units.own_unit()
        self.unit_name.setText(own.name if own else "")
        self.reload()

    def current_period(self) -> Period:
        first, last = self.period.currentData() or (1, 12)
        return Period(self.year.value(), first, last)

    def reload(self) -> None:
        """Read the by-unit table for the chosen period (off the GUI thread when large)."""
        period = self.current_period()
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._month_year = None

        def arrived(table: ConsolidationTable) -> None:
            if generation == self._generation:
                self.show_table(table)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.status.setText("")
                message_boxes.show_error(self, exc)

        members = (
            self.table.total.members
            if self.table is not None
            else self.ctx.members.count(statuses=[MemberStatus.ACTIVE])
        )
        if members < self.BACKGROUND_FROM_MEMBERS:
            try:
                table = self.ctx.consolidation.by_unit(period)
            except AppError as exc:
                failed(exc)
                return
            arrived(table)
            return
        self.status.setText(self.tr("Loading…"))
        run_task(
            self,
            self.tr("Reading the figures…"),
            lambda progress: self.ctx.consolidation.by_unit(period),
            ctx=self.ctx,
            on_success=arrived,
            on_error=failed,
            show_progress=False,
        )

    def show_table(self, table: ConsolidationTable) -> None:
        self.table = table
        level = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        self.rank_level.blockSignals(True)
        self.rank_level.clear()
        self.rank_level.addItem(self.tr("Branches (units with none below)"), None)
        for name in table.levels:
            self.level.addItem(name, name)
            self.rank_level.addItem(name, name)
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.level.blockSignals(False)
        self.rank_level.blockSignals(False)
        self.unit_model.set_table(table, self.level.currentData())
        # The level column only when there is more than one level to tell apart.
        self.unit_view.setColumnHidden(1, len(table.levels) <= 1)
        fit_columns(self.unit_view, first=1)
        self.unit_view.resizeRowsToContents()
        has_units = bool(table.units)
        self.unit_view.setVisible(has_units)
        self.empty.setVisible(not has_units)
        self.open_button.setEnabled(has_units)
        self.loading = False
        self.status.setText("")
        self._fill_history_units()
        self._show_tab()

    def _show_tab(self) -> None:
        if self.table is None:
            return
        index = self.tabs.currentIndex()
        if index == 1 and self._month_year != self.year.value():
            self._show_months()
        elif index == 2:
            self._show_ranking()
        elif index == 3:
            self._show_history()

    # -- the tabs ---------------------------------------------------------------------------
    def _show_months(self) -> None:
        year = self.year.value()
        try:
            months = self.ctx.consolidation.by_month(year)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self._month_year = year
        self.month_model.set_months(months)
        categories = [self.tr("M{month}").format(month=m.month) for m in months]
        bands = {
            code: [m.figures.bands.get(code, 0) for m in months]
            for code in ("excellent", "good", "pass", "fail")
        }
        labels = {code: band_name(code) for code in bands}
        self.month_chart.setTitle(self.tr("Ratings by month, {year}").format(year=year))
        charts.stacked_bands(self.month_chart, categories, bands, labels)

    def _show_ranking(self) -> None:
        if self.table is None:
            return
        level = self.rank_level.currentData()
        units = (
            [u for u in self.table.units if u.level == level]
            if level is not None
            else self.table.leaves()
        )
        figure = self.figure.currentData()
        ranked = rank_units(units, figure)
        percent = figure.endswith("_pct")

        def text(value: float | None) -> str:
            if percent:
                return percent_text(value)
            if figure in ("mean", "initiatives_per_member"):
                return decimal_text(value, 2 if figure == "initiatives_per_member" else 1)
            return format_quantity(value) if value is not None else "–"

        self.rank_model.set_ranking(ranked, text)
        top = [r for r in ranked if r.value is not None][:15]
        self.rank_chart.setTitle(
            self.tr("{figure}: the first {n}").format(figure=self.figure.currentText(), n=len(top))
        )
        charts.horizontal_bars(
            self.rank_chart,
            [_short(r.unit.name) for r in top],
            [round(r.value or 0.0, 2) for r in top],
            self.figure.currentText(),
        )

    def _fill_history_units(self) -> None:
        if self.table is None:
            return
        current = self.history_unit.currentData()
        self.history_unit.blockSignals(True)
        self.history_unit.clear()
        self.history_unit.addItem(self.table.root_name, self.table.root_code)
        for unit in self.table.units:
            self.history_unit.addItem("    " * unit.depth + unit.name, unit.code)
        self.history_unit.setCurrentIndex(max(0, self.history_unit.findData(current)))
        self.history_unit.blockSignals(False)

    def _show_history(self) -> None:
        code = self.history_unit.currentData()
        if code is None or code == self._history_code:
            return
        try:
            history = self.ctx.consolidation.unit_history(code)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self._history_code = code
        self.history_model.set_history(history)

    def _level_chosen(self) -> None:
        self.unit_model.set_level(self.level.currentData())
        self.unit_view.resizeRowsToContents()

    # -- actions ----------------------------------------------------------------------------
    def _open_unit(self, *_args) -> None:
        index = self.unit_view.currentIndex()
        unit = self.unit_model.unit_at(index.row()) if index.isValid() else None
        if unit is None:
            return
        UnitDetailDialog.show_for(self.ctx, unit, self.current_period(), self)

    def document(self) -> Document | None:
        """The table of the tab shown, as printed."""
        if self.table is None:
            return None
        index = self.tabs.currentIndex()
        consolidation = self.ctx.consolidation
        if index == 1:
            self._show_months()
            return consolidation.months_document(self.month_model.months, self.year.value())
        if index == 2:
            return consolidation.ranking_document(
                self.rank_model.rows,
                self.figure.currentData(),
                self.figure.currentText(),
                self.current_period(),
            )
        if index == 3:
            return consolidation.history_document(
                self.history_model.rows, self.history_unit.currentText().strip()
            )
        return consolidation.units_document(self.table, self.level.currentData())

    def file_stem(self) -> str:
        names = ("theo don vi", "theo thang", "xep hang", "qua cac nam")
        return f"tong hop {names[self.tabs.currentIndex()]} {self.year.value()}"

    def _png_name(self, what: str) -> str:
        return f"tong-hop-{what}-{self.year.value()}.png"


def fit_columns(view: QTableView, first: int = 0, padding: int = 12) -> None:
    """Each column from ``first`` as wide as its widest header line or cell, no wider."""
    model = view.model()
    bold = QFont(view.font())
    bold.setBold(True)
    heads = QFontMetrics(bold)
    for column in range(first, model.columnCount()):
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max((heads.horizontalAdvance(line) for line in header.split("\n")), default=0)
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            if text:
                width = max(width, heads.horizontalAdvance(str(text)))
        view.setColumnWidth(column, width + padding)


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
