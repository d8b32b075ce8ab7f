"""Tổng quan: the branch at a glance — members, pledges, this month's ratings, initiatives,
campaign targets and activities."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.campaigns import Campaign
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.overview import BANDS, INITIATIVE_STATES, OverviewSummary
from bamtrachnhiem.domain.records import MemberStatus
from bamtrachnhiem.gui import charts, message_boxes
from bamtrachnhiem.gui.charts import BAND_COLOURS
from bamtrachnhiem.gui.models.campaign_table import percent_text, period_text
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.tasks import run_task

NOT_ASSESSED_COLOUR = "#B0B7C3"
INITIATIVE_COLOUR = "#1E4E8C"
MONTH_COLOUR = "#7FA7D9"
SELECTED_MONTH_COLOUR = "#1E4E8C"


def band_label(code: str) -> str:
    """A rating band (xếp loại) as shown to the user."""
    labels = {
        "excellent": QCoreApplication.translate("Overview", "Excellent"),
        "good": QCoreApplication.translate("Overview", "Good"),
        "pass": QCoreApplication.translate("Overview", "Pass"),
        "fail": QCoreApplication.translate("Overview", "Fail"),
    }
    return labels.get(code, code or "?")


def initiative_state_label(state: str) -> str:
    """An initiative state as shown to the user."""
    labels = {
        "registered": QCoreApplication.translate("Overview", "Registered"),
        "trial": QCoreApplication.translate("Overview", "On trial"),
        "applied": QCoreApplication.translate("Overview", "Applied"),
        "recognised": QCoreApplication.translate("Overview", "Recognised"),
        "rejected": QCoreApplication.translate("Overview", "Rejected"),
    }
    return labels.get(state, state)


def _count(value: int) -> str:
    return format_quantity(value)


class Tile(QFrame):
    """One figure in large type with a caption under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "QFrame#tile { background: #FFFFFF; border: 1px solid #D8DDE6; border-radius: 6px; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #4A5568; font-weight: 600;")
        self.value = QLabel("–")
        self.value.setStyleSheet("color: #1E4E8C; font-size: 22pt; font-weight: 700;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(112)

    def show_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


def _chart_view(made: QChart) -> QChartView:
    """The app's chart view, sized by the page's grid and drawn over the card's colour."""
    view = charts.chart_view(made)
    view.setMinimumHeight(0)
    view.setStyleSheet("background: transparent;")
    return view


# Every figure of the page comes from one of these.
_SUMMARY_KINDS = (
    "units",
    "members",
    "pledges",
    "assessments",
    "month_locks",
    "criteria_sets",
    "movement_years",
    "initiatives",
    "initiative_authors",
    "campaigns",
    "campaign_targets",
    "activities",
    "activity_participants",
)


class OverviewPage(Page):
    """The landing page; figures come from ``OverviewService.summary``."""

    loaded = Signal(object)  # the OverviewSummary shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: OverviewSummary | None = None
        self.loading = False
        self._generation = 0
        today = date.today()

        title = QLabel(self.tr("Overview"))
        title.setObjectName("pageTitle")
        self.unit_name = QLabel()
        self.unit_name.setStyleSheet("color: #555; font-size: 11pt;")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("Month {month}").format(month=month), month)
        self.month.setCurrentIndex(today.month - 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.setShortcut(Qt.Key.Key_F5)
        self.status = QLabel()
        self.status.setStyleSheet("color: #666;")
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.unit_name)
        top.addStretch()
        top.addWidget(self.status)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.refresh_button)

        self.tiles = {
            "members": Tile(self.tr("Members")),
            "pledged": Tile(self.tr("Pledged")),
            "assessed": Tile(self.tr("Assessed this month")),
            "activities": Tile(self.tr("Activities this month")),
            "initiatives": Tile(self.tr("Initiatives this year")),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        # Ratings of the month: a doughnut in the band colours.
        self.band_series = QPieSeries()
        self.band_series.setHoleSize(0.45)
        self.band_series.setPieSize(0.85)
        self.band_chart = charts.chart(self.tr("Ratings this month"))
        self.band_chart.addSeries(self.band_series)
        # Names and counts go in the legend at the side: slice labels get clipped in a
        # third of a 1366-pixel screen. Qt elides a legend entry wider than its share.
        self.band_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.band_chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeCircle)
        self.band_view = _chart_view(self.band_chart)

        # Initiatives of the year by state: horizontal bars, counts at the bar ends.
        self.initiative_set = QBarSet(self.tr("Initiatives"))
        self.initiative_set.setColor(QColor(INITIATIVE_COLOUR))
        self.initiative_set.setLabelColor(QColor("#222222"))
        self.initiative_series = QHorizontalBarSeries()
        self.initiative_series.append(self.initiative_set)
        self.initiative_series.setLabelsVisible(True)
        self.initiative_series.setLabelsPosition(
            QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd
        )
        self.initiative_series.setBarWidth(0.6)
        self.initiative_chart = charts.chart(self.tr("Initiatives by state"))
        self.initiative_chart.addSeries(self.initiative_series)
        self.initiative_chart.legend().hide()
        self.state_axis = QBarCategoryAxis()
        self.state_axis.append([initiative_state_label(s) for s in reversed(INITIATIVE_STATES)])
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setMinorTickCount(0)
        self.initiative_chart.addAxis(self.state_axis, Qt.AlignmentFlag.AlignLeft)
        self.initiative_chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignBottom)
        self.initiative_series.attachAxis(self.state_axis)
        self.initiative_series.attachAxis(self.count_axis)
        self.initiative_view = _chart_view(self.initiative_chart)
        # State names are short sentences: give them their room instead of "Được công nh…".
        self.state_axis.setTruncateLabels(False)
        self.initiative_empty = EmptyState(
            self.initiative_view,
            self.tr(
                "No initiative registered this year. Register them on the Initiatives page; "
                "applied ones count toward the members' pledges."
            ),
        )

        # Campaign targets: one progress bar per target, grouped by campaign.
        self.campaign_box = QWidget()
        self.campaign_grid = QGridLayout(self.campaign_box)
        self.campaign_grid.setContentsMargins(10, 6, 10, 6)
        self.campaign_grid.setHorizontalSpacing(8)
        self.campaign_grid.setVerticalSpacing(3)
        self.campaign_grid.setColumnStretch(0, 1)
        self.progress_bars: list[QProgressBar] = []
        self.campaign_box.setObjectName("campaignBox")
        self.campaign_box.setStyleSheet("QWidget#campaignBox { background: #FFFFFF; }")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.campaign_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        campaigns_title = QLabel(self.tr("Campaign targets"))
        campaigns_title.setStyleSheet("font-weight: 700; font-size: 10.5pt;")
        campaigns_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        campaigns = QFrame()
        campaigns.setObjectName("campaigns")
        campaigns.setStyleSheet(
            "QFrame#campaigns { background: #FFFFFF; border: 1px solid #D8DDE6; "
            "border-radius: 6px; }"
        )
        campaigns_layout = QVBoxLayout(campaigns)
        campaigns_layout.setContentsMargins(2, 8, 2, 2)
        campaigns_layout.addWidget(campaigns_title)
        campaigns_layout.addWidget(scroll, 1)

        # Activities of each month of the year; the month shown is picked out.
        self.month_set = QBarSet(self.tr("Activities"))
        self.month_set.setColor(QColor(MONTH_COLOUR))
        self.month_set.setSelectedColor(QColor(SELECTED_MONTH_COLOUR))
        self.month_set.setLabelColor(QColor("#222222"))
        self.month_series = QBarSeries()
        self.month_series.append(self.month_set)
        self.month_series.setLabelsVisible(True)
        self.month_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.month_series.setBarWidth(0.6)
        self.month_chart = charts.chart(self.tr("Activities by month"))
        self.month_chart.addSeries(self.month_series)
        self.month_chart.legend().hide()
        self.month_axis = QBarCategoryAxis()
        self.month_axis.append([self.tr("M{month}").format(month=n) for n in range(1, 13)])
        self.month_count_axis = QValueAxis()
        self.month_count_axis.setLabelFormat("%d")
        self.month_count_axis.setMinorTickCount(0)
        self.month_chart.addAxis(self.month_axis, Qt.AlignmentFlag.AlignBottom)
        self.month_chart.addAxis(self.month_count_axis, Qt.AlignmentFlag.AlignLeft)
        self.month_series.attachAxis(self.month_axis)
        self.month_series.attachAxis(self.month_count_axis)
        self.month_view = _chart_view(self.month_chart)
        self.month_axis.setTruncateLabels(False)
        self.month_empty = EmptyState(
            self.month_view,
            self.tr(
                "No activity recorded this year. Record them under Campaigns & activities: "
                "who took part counts for the monthly assessment."
            ),
        )
        self.band_empty = EmptyState(
            self.band_view,
            self.tr(
                "No member yet. Add members, or import the list from Excel, on the Members page."
            ),
        )

        chart_grid = QGridLayout()
        chart_grid.setSpacing(10)
        chart_grid.addWidget(self.band_view, 0, 0)
        chart_grid.addWidget(self.initiative_view, 0, 1)
        chart_grid.addWidget(self.month_view, 1, 0, 1, 2)
        chart_grid.addWidget(campaigns, 0, 2, 2, 1)
        chart_grid.setColumnStretch(0, 6)
        chart_grid.setColumnStretch(1, 4)
        chart_grid.setColumnStretch(2, 5)
        chart_grid.setRowStretch(0, 3)
        chart_grid.setRowStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(chart_grid, 1)
        self.setStyleSheet("OverviewPage { background: #F6F8FB; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_SUMMARY_KINDS):
            self.mark_stale()

    def refresh(self) -> None:
        own = self.ctx.units.own_unit()
        self.unit_name.setText(own.name if own else "")
        self.reload()

    # OverviewService.summary took about 190 ms on a 40,000-member database with a year of
    # records (bench/overview.py) and a few ms for a branch: large databases read it on a
    # worker thread, small ones at once.
    BACKGROUND_FROM_MEMBERS = 5_000

    def reload(self) -> None:
        """Read the summary for the chosen month (off the GUI thread when large); show it."""
        year, month = self.year.value(), self.month.currentData()
        self._generation += 1
        generation = self._generation
        self.loading = True

        def arrived(summary: OverviewSummary) -> None:
            if generation == self._generation:  # a newer reload has started since
                self.show_summary(summary)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.status.setText("")
                message_boxes.show_error(self, exc)

        members = (
            self.summary.members_active
            if self.summary is not None
            else self.ctx.members.count(statuses=[MemberStatus.ACTIVE])
        )
        if members < self.BACKGROUND_FROM_MEMBERS:
            try:
                summary = self.ctx.overview.summary(year, month)
            except AppError as exc:
                failed(exc)
                return
            arrived(summary)
            return
        self.status.setText(self.tr("Loading…"))
        run_task(
            self,
            self.tr("Reading the figures…"),
            lambda progress: self.ctx.overview.summary(year, month),
            ctx=self.ctx,
            on_success=arrived,
            on_error=failed,
            show_progress=False,
        )

    def show_summary(self, summary: OverviewSummary) -> None:
        """Put every figure of ``summary`` on the page."""
        self.summary = summary
        self._show_tiles(summary)
        self._show_bands(summary)
        self._show_initiatives(summary)
        self._show_months(summary)
        self._show_campaigns(summary.campaigns)
        self.loading = False
        self.status.setText("")
        self.loaded.emit(summary)

    def _show_tiles(self, s: OverviewSummary) -> None:
        self.tiles["members"].show_figure(_count(s.members_active), self.tr("active members"))
        pledged = s.pledged_percent
        drafts = s.pledges_by_state.get("draft", 0)
        caption = self.tr("{pledged} of {members} members").format(
            pledged=_count(s.pledged), members=_count(s.members_active)
        )
        if drafts:
            caption += " · " + self.tr("{n} drafts").format(n=_count(drafts))
        self.tiles["pledged"].show_figure(percent_text(pledged), caption)
        locked = (
            self.tr("month confirmed (locked)")
            if s.month_locked
            else self.tr("month not confirmed yet")
        )
        self.tiles["assessed"].show_figure(
            f"{_count(s.assessed)}/{_count(s.members_active)}",
            self.tr("Month {month}/{year}").format(month=s.month, year=s.year) + " · " + locked,
        )
        self.tiles["activities"].show_figure(
            _count(s.activities),
            self.tr("{people} participations · {helped} citizens helped").format(
                people=_count(s.participations), helped=_count(s.citizens_helped)
            ),
        )
        if s.time_saved:
            saved = ", ".join(f"{format_quantity(t.amount)} {t.unit}" for t in s.time_saved)
            caption = self.tr("time saved: {saved}").format(saved=saved)
        else:
            caption = self.tr("no time saved measured yet")
        self.tiles["initiatives"].show_figure(_count(s.initiatives), caption)

    def _show_bands(self, s: OverviewSummary) -> None:
        """A slice per band in its colour, and a grey one for members not yet assessed."""
        self.band_series.clear()
        self.band_chart.setTitle(
            self.tr("Ratings, month {month}/{year}").format(month=s.month, year=s.year)
        )
        pieces = [(band_label(code), s.bands.get(code, 0), BAND_COLOURS[code]) for code in BANDS]
        pieces.append(
            (self.tr("Not assessed"), max(0, s.members_active - s.assessed), NOT_ASSESSED_COLOUR)
        )
        total = sum(count for _label, count, _colour in pieces)
        self.band_empty.set_empty(total == 0)
        for label, count, colour in pieces:
            if not count:
                continue
            # The count only: Qt caps the legend at about a third of the chart and cuts what
            # is longer ("Chưa đánh giá: 60 (100%" at 1366×768); the doughnut shows the share.
            piece = QPieSlice(f"{label}: {count}", count)
            piece.setColor(QColor(colour))
            piece.setBorderColor(QColor("#FFFFFF"))
            self.band_series.append(piece)

    def _show_initiatives(self, s: OverviewSummary) -> None:
        # Bars are drawn bottom-up: reverse so the first state is at the top.
        counts = [s.initiatives_by_state.get(state, 0) for state in reversed(INITIATIVE_STATES)]
        if self.initiative_set.count():
            self.initiative_set.remove(0, self.initiative_set.count())
        self.initiative_set.append(counts)
        self.initiative_empty.set_empty(not any(counts))
        top = max(counts, default=0)
        # Room at the right for the count printed past the longest bar.
        self.count_axis.setRange(0, max(4, top + max(1, top // 5)))
        self.count_axis.setTickCount(5)
        self.count_axis.applyNiceNumbers()

    def _show_months(self, s: OverviewSummary) -> None:
        if self.month_set.count():
            self.month_set.remove(0, self.month_set.count())
        self.month_set.append([float(n) for n in s.activities_by_month])
        self.month_set.deselectAllBars()
        self.month_set.selectBar(s.month - 1)
        self.month_empty.set_empty(not any(s.activities_by_month))
        top = max(s.activities_by_month, default=0)
        self.month_count_axis.setRange(0, max(4, top + max(1, top // 4)))
        self.month_count_axis.setTickCount(5)
        self.month_count_axis.applyNiceNumbers()
        self.month_chart.setTitle(self.tr("Activities by month, {year}").format(year=s.year))

    def _show_campaigns(self, campaigns: list[Campaign]) -> None:
        while self.campaign_grid.count():
            item = self.campaign_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.progress_bars = []
        for old_row in range(self.campaign_grid.rowCount()):
            self.campaign_grid.setRowStretch(old_row, 0)
            self.campaign_grid.setRowMinimumHeight(old_row, 0)
        row = 0
        if not campaigns:
            empty = QLabel(
                self.tr(
                    "No campaign this year. Add one under Campaigns & activities, or import "
                    "the configuration the level above sends."
                )
            )
            empty.setWordWrap(True)
            empty.setStyleSheet("color: #666;")
            self.campaign_grid.addWidget(empty, 0, 0, 1, 2)
            row = 1
        for campaign in campaigns:
            heading = QLabel(f"{campaign.name}  ·  {period_text(campaign)}")
            heading.setStyleSheet("font-weight: 600; color: #1E4E8C; padding-top: 4px;")
            heading.setWordWrap(True)
            heading.setToolTip(campaign.theme)
            self.campaign_grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for target in campaign.targets:
                # Name and amounts on one line, the bar under them across the panel.
                name = QLabel(target.name)
                name.setWordWrap(True)
                amount = QLabel(
                    f"{format_quantity(target.achieved_value)}/"
                    f"{format_quantity(target.target_value)} {target.measure_unit}".strip()
                )
                amount.setStyleSheet("color: #555;")
                amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setValue(max(0, min(target.percentage or 0, 100)))
                bar.setFormat(percent_text(target.percentage))
                bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
                bar.setFixedHeight(16)
                self.campaign_grid.addWidget(name, row, 0)
                self.campaign_grid.addWidget(amount, row, 1)
                self.campaign_grid.addWidget(bar, row + 1, 0, 1, 2)
                self.progress_bars.append(bar)
                self.campaign_grid.setRowMinimumHeight(row + 2, 5)  # air between targets
                row += 3
        self.campaign_grid.setRowStretch(row, 1)
