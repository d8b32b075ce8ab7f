"""Thi đua & hoạt động: peak campaigns with their targets, and the unit's activities."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.campaign_delegates import ProgressBarDelegate
from bamtrachnhiem.gui.dialogs.activity_dialog import ActivityDialog
from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.activity_table import ActivityTableModel, kind_label
from bamtrachnhiem.gui.models.campaign_table import (
    CampaignListModel,
    CampaignTargetTableModel,
    period_text,
)
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.widgets import ErrorLabel


def _fit_rows(view: QTableView) -> None:
    """Rows tall enough for wrapped names, with some air above and below."""
    for row in range(view.model().rowCount()):
        view.setRowHeight(row, max(30, view.sizeHintForRow(row) + 8))


def _keys(view: QTableView, edit, delete) -> None:
    """Enter opens the selected record, Delete removes it, while the table has focus."""
    for key, slot in (
        (Qt.Key.Key_Return, edit),
        (Qt.Key.Key_Enter, edit),
        (Qt.Key.Key_Delete, delete),
    ):
        QShortcut(
            QKeySequence(key), view, activated=slot, context=Qt.ShortcutContext.WidgetShortcut
        )


def _select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


class CampaignsTab(QWidget):
    """The year's campaigns on the left, the chosen one's targets on the right."""

    year_wanted = Signal(int, str)  # a campaign was saved in another year: (year, its id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = date.today().year
        editable = not ctx.database.read_only

        self.list_model = CampaignListModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_empty = EmptyState(
            self.list_view,
            self.tr(
                "No campaign this year. Create one with “New campaign”, or import the "
                "configuration the level above sends (Data exchange)."
            ),
        )
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setMinimumSectionSize(30)
        self.list_view.verticalHeader().setDefaultSectionSize(30)
        self.list_view.setItemDelegateForColumn(2, ProgressBarDelegate(self.list_view))
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 176), (2, 104)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.list_view.setColumnWidth(column, width)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.list_view.doubleClicked.connect(self.edit_selected)

        self.new_button = QPushButton(self.tr("New campaign"))
        self.new_button.setToolTip(self.tr("Define a new peak campaign (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.add_campaign)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.setEnabled(editable)
        _keys(self.list_view, self.edit_selected, self._delete_if_allowed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        left_layout.addLayout(buttons)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.upper_notice = QLabel(
            self.tr(
                "Launched by the level above: its definition is read-only here; record the "
                "achieved values below."
            )
        )
        self.upper_notice.setWordWrap(True)
        self.upper_notice.setStyleSheet(
            "background: #E8F0FB; border: 1px solid #B9CDEA; padding: 4px 6px;"
        )
        self.targets_model = CampaignTargetTableModel(self)
        if editable:
            self.targets_model.commit = self.ctx.campaigns.record_achieved
        self.targets_view = QTableView()
        self.targets_view.setModel(self.targets_model)
        self.targets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.targets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.targets_view.verticalHeader().hide()
        self.targets_view.verticalHeader().setMinimumSectionSize(30)
        self.targets_view.verticalHeader().setDefaultSectionSize(30)
        self.targets_view.setItemDelegateForColumn(4, ProgressBarDelegate(self.targets_view))
        header = self.targets_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 84), (2, 84), (3, 104), (4, 112)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            # Never narrower than the header's own (translated) text.
            needed = header.sectionSizeFromContents(column).width()
            self.targets_view.setColumnWidth(column, max(width, needed))
        self.targets_model.refused.connect(self._refused)
        self.targets_model.recorded.connect(self._recorded)
        self.error = ErrorLabel()
        self.hint = QLabel(
            self.tr("Type in the Achieved column to record progress; Enter saves at once.")
        )
        self.hint.setStyleSheet("color: #555;")
        self.hint.setVisible(editable)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.upper_notice)
        right_layout.addWidget(self.targets_view, 1)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.hint)
        self.empty = QLabel(self.tr("No campaign this year yet. Press “New campaign” to add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666;")
        right_layout.addWidget(self.empty)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([510, 630])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addWidget(splitter)
        self._shown_id: str | None = None
        self._show_current()

    def reload(self, select_id: str | None = None) -> None:
        """Fetch the year's campaigns again, keeping (or moving to) a selection; the same
        campaign shown again keeps the current cell of its targets."""
        shown = self._selected_id()
        select_id = select_id or shown
        cell = self.targets_view.currentIndex()
        target_cell = (cell.row(), cell.column()) if cell.isValid() else None
        self.list_model.set_rows(self.ctx.campaigns.find(self.year))
        _fit_rows(self.list_view)
        row = self.list_model.row_of(select_id) if select_id else -1
        if row < 0 and self.list_model.rowCount():
            row = 0
        if row >= 0:
            _select_row(self.list_view, row)
        self._show_current()
        if target_cell is not None and shown is not None and self._selected_id() == shown:
            row = min(target_cell[0], self.targets_model.rowCount() - 1)
            if row >= 0:
                self.targets_view.setCurrentIndex(self.targets_model.index(row, target_cell[1]))

    def selected_campaign(self) -> Campaign | None:
        index = self.list_view.selectionModel().currentIndex()
        return self.list_model.row_at(index.row()) if index.isValid() else None

    def _selected_id(self) -> str | None:
        campaign = self.selected_campaign()
        return campaign.id if campaign else None

    def _show_current(self, *_args) -> None:
        campaign = self.selected_campaign()
        shown_id = campaign.id if campaign else None
        if shown_id != self._shown_id:  # a refusal stays while its campaign is shown
            self.error.show_message("")
        self._shown_id = shown_id
        has = campaign is not None
        for widget in (self.heading, self.details, self.targets_view):
            widget.setVisible(has)
        self.hint.setVisible(has and not self.ctx.database.read_only)
        self.empty.setVisible(not has)
        editable = has and not campaign.from_upper and not self.ctx.database.read_only
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if not has:
            self.upper_notice.hide()
            self.targets_model.set_rows([])
            return
        self.heading.setText(campaign.name)
        lines = [period_text(campaign)]
        if campaign.theme:
            lines.append(self.tr("Theme: {theme}").format(theme=campaign.theme))
        self.details.setText("\n".join(lines))
        self.upper_notice.setVisible(campaign.from_upper)
        tip = self.tr("Launched by the level above: only achieved values can be recorded.")
        self.edit_button.setToolTip(tip if campaign.from_upper else "")
        self.delete_button.setToolTip(tip if campaign.from_upper else "")
        self.targets_model.set_rows(campaign.targets)
        _fit_rows(self.targets_view)

    def _refused(self, error: AppError) -> None:
        self.error.show_message(describe(error))

    def _recorded(self, target: CampaignTarget) -> None:
        self.error.show_message("")
        self.list_model.replace_target(target)

    def add_campaign(self) -> None:
        saved = CampaignDialog.ask(self.ctx, None, self)
        if saved:
            if saved.year != self.year:
                self.year_wanted.emit(saved.year, saved.id)
            else:
                self.reload(saved.id)

    def edit_selected(self, *_args) -> None:
        campaign = self.selected_campaign()
        if campaign is None or campaign.from_upper or self.ctx.database.read_only:
            return
        saved = CampaignDialog.ask(self.ctx, campaign, self)
        if saved:
            self.reload(saved.id)

    def _delete_if_allowed(self) -> None:
        if self.delete_button.isEnabled():
            self.delete_selected()

    def delete_selected(self) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            return
        question = self.tr("Delete the campaign “{name}” and its targets?").format(
            name=campaign.name
        )
        if not message_boxes.confirm(self, question):
            return
        try:
            self.ctx.campaigns.delete(campaign.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.reload()


class ActivitiesTab(QWidget):
    """The unit's activities, filtered by month and type, with the month's totals."""

    year_wanted = Signal(int, str)  # an activity was saved in another year: (year, its id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = date.today().year
        editable = not ctx.database.read_only

        self.month_filter = QComboBox()
        self.month_filter.addItem(self.tr("All months"), None)
        for month in range(1, 13):
            self.month_filter.addItem(self.tr("Month {month}").format(month=month), month)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All types"), None)
        for kind in ActivityKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.month_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = ActivityTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.empty = EmptyState(
            self.view,
            self.tr(
                "No activity in this month and type. Record one with “New activity”: its "
                "date, type and who took part (they count for the activity criterion)."
            ),
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setMinimumSectionSize(30)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.doubleClicked.connect(self.edit_selected)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 120), (3, 210), (4, 125), (5, 170)):
            self.view.setColumnWidth(column, width)

        self.new_button = QPushButton(self.tr("New activity"))
        self.new_button.setToolTip(self.tr("Record an activity (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.setEnabled(editable)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        _keys(self.view, self.edit_selected, self._delete_if_allowed)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Month")))
        filters.addWidget(self.month_filter)
        filters.addWidget(QLabel(self.tr("Type")))
        filters.addWidget(self.kind_filter)
        filters.addStretch()
        filters.addWidget(self.totals)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self, select_id: str | None = None) -> None:
        """Fetch the activities again for the year, month and type chosen."""
        select_id = select_id or self._selected_id()
        month, kind = self.month_filter.currentData(), self.kind_filter.currentData()
        activities = self.ctx.activities.find(self.year, month, kind)
        self.model.set_rows(activities)
        people = sum(len(a.participants) for a in activities)
        helped = sum(a.citizens_helped for a in activities)
        self.totals.setText(
            self.tr(
                "{activities} activities · {people} participations · {helped} citizens helped"
            ).format(activities=len(activities), people=people, helped=helped)
        )
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            _select_row(self.view, row)
        self._update_buttons()

    def selected_activity(self) -> Activity | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        activity = self.selected_activity()
        return activity.id if activity else None

    def _update_buttons(self, *_args) -> None:
        has = self.selected_activity() is not None and not self.ctx.database.read_only
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _new_date(self) -> date:
        """Today, or the first day of the month being looked at when that is not now."""
        today = date.today()
        month = self.month_filter.currentData()
        if self.year == today.year and month in (None, today.month):
            return today
        return date(self.year, month or 1, 1)

    def add_activity(self) -> None:
        saved = ActivityDialog.ask(self.ctx, None, self, on=self._new_date())
        if saved:
            self._saved(saved)

    def edit_selected(self, *_args) -> None:
        activity = self.selected_activity()
        if activity is None or self.ctx.database.read_only:
            return
        saved = ActivityDialog.ask(self.ctx, activity, self)
        if saved:
            self._saved(saved)

    def _saved(self, activity: Activity) -> None:
        month = self.month_filter.currentData()
        if month is not None and month != activity.date.month:
            # Show the month of what was just saved, so it does not seem to vanish.
            self.month_filter.blockSignals(True)
            self.month_filter.setCurrentIndex(self.month_filter.findData(activity.date.month))
            self.month_filter.blockSignals(False)
        if self.kind_filter.currentData() not in (None, activity.kind):
            self.kind_filter.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.kind_filter.blockSignals(False)
        if activity.year != self.year:
            self.year_wanted.emit(activity.year, activity.id)
        else:
            self.reload(activity.id)

    def _delete_if_allowed(self) -> None:
        if self.delete_button.isEnabled():
            self.delete_selected()

    def delete_selected(self) -> None:
        activity = self.selected_activity()
        if activity is None:
            return
        question = self.tr("Delete the activity “{title}” of {date}?").format(
            title=activity.title, date=format_date(activity.date)
        )
        if not message_boxes.confirm(self, question):
            return
        try:
            self.ctx.activities.delete(activity.id)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.reload()


class CampaignsPage(Page):
    """Thi đua & hoạt động: two tabs sharing one year picker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setToolTip(self.tr("Movement year"))
        self.campaigns_tab = CampaignsTab(ctx)
        self.activities_tab = ActivitiesTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.campaigns_tab, self.tr("Peak campaigns"))
        self.tabs.addTab(self.activities_tab, self.tr("Activities"))
        self.year.valueChanged.connect(self.reload)
        self.campaigns_tab.year_wanted.connect(
            lambda year, campaign_id: self._show_year(year, self.campaigns_tab, campaign_id)
        )
        self.activities_tab.year_wanted.connect(
            lambda year, activity_id: self._show_year(year, self.activities_tab, activity_id)
        )
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._add_on_current_tab)

        title = QLabel(self.tr("Campaigns & activities"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def on_data_changed(self, changes: Changes) -> None:
        # Activities name their campaign and participants: members matter too.
        if changes.touches(
            "campaigns", "campaign_targets", "activities", "activity_participants", "members"
        ):
            self.mark_stale()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Show the chosen year's campaigns and activities."""
        year = self.year.value()
        self.campaigns_tab.year = year
        self.activities_tab.year = year
        self.campaigns_tab.reload()
        self.activities_tab.reload()

    def _show_year(self, year: int, tab: CampaignsTab | ActivitiesTab, record_id: str) -> None:
        self.year.setValue(year)
        tab.reload(record_id)

    def _add_on_current_tab(self) -> None:
        if self.ctx.database.read_only:
            return
        if self.tabs.currentWidget() is self.campaigns_tab:
            self.campaigns_tab.add_campaign()
        else:
            self.activities_tab.add_activity()
