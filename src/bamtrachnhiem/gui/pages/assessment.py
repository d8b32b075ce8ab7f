"""Đánh giá tháng: the monthly three-responsibility assessment grid of the unit.

One score kind at a time (self or branch), so the thirteen default criteria fit beside the
sidebar on a 1366×768 screen. Keys are in ``score_grid``; Ctrl+S saves, Ctrl+E opens the
evidence and veto of the current member, Ctrl+1 / Ctrl+2 switch self / branch scores.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.assessment import ReadOnlyReason, ScoreKind
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import message_boxes, printing
from bamtrachnhiem.gui.dialogs.assessment_note_dialog import AssessmentNoteDialog, MonthNote
from bamtrachnhiem.gui.dialogs.criteria_dialog import CriteriaDialog
from bamtrachnhiem.gui.dialogs.member_year_dialog import MemberYearDialog
from bamtrachnhiem.gui.dialogs.unlock_month_dialog import UnlockMonthDialog
from bamtrachnhiem.gui.dialogs.year_summary_dialog import AuditLogDialog, YearSummaryDialog
from bamtrachnhiem.gui.models.assessment_grid import AssessmentGridModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.pages.score_grid import PillarBar, ScoreGridView
from bamtrachnhiem.gui.table_tools import install_table_menu

_BANNER_STYLE = (
    "QLabel { background: #FFF4E5; border: 1px solid #F0B429; border-radius: 3px; "
    "color: #7A4100; padding: 5px 8px; }"
)
_SEGMENT_STYLE = (
    "QPushButton { padding: 4px 12px; border: 1px solid #9AA5B1; background: #FFFFFF; }"
    "QPushButton:checked { background: #1E4E8C; color: white; border-color: #1E4E8C; }"
)


# What the grid shows: the unit's members, their scores and notes, the month's lock, the
# year's criteria, and the activities behind the participation hint.
_GRID_KINDS = (
    "members",
    "assessments",
    "month_locks",
    "criteria_sets",
    "movement_years",
    "units",
    "activities",
    "activity_participants",
)


class AssessmentPage(Page):
    """The month grid with its pickers, switch, counter, lock banner and actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.unit_picker = QComboBox()
        self.year_picker = QSpinBox()
        self.year_picker.setRange(2000, 2100)
        self.year_picker.setValue(today.year)
        self.year_picker.setToolTip(self.tr("Movement year"))
        self.month_picker = QComboBox()
        for month in range(1, 13):
            self.month_picker.addItem(self.tr("Month {month}").format(month=month), month)
        self.month_picker.setCurrentIndex(today.month - 1)

        self.self_button = QPushButton(self.tr("Self scores"))
        self.branch_button = QPushButton(self.tr("Branch scores"))
        self.self_button.setToolTip(self.tr("Scores the members gave themselves (Ctrl+1)"))
        self.branch_button.setToolTip(
            self.tr(
                "Scores the branch confirmed (Ctrl+2); where the branch has not scored, the "
                "self score counts and is shown in grey"
            )
        )
        self.kind_group = QButtonGroup(self)
        for button in (self.self_button, self.branch_button):
            button.setCheckable(True)
            button.setStyleSheet(_SEGMENT_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.kind_group.addButton(button)
        self.self_button.setChecked(True)
        self.counter = QLabel()
        self.counter.setObjectName("assessedCounter")
        self.dirty_label = QLabel()
        self.dirty_label.setStyleSheet("color: #B54708;")
        self.criteria_button = QPushButton(self.tr("Criteria of the year…"))

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()

        self.model = AssessmentGridModel(self)
        self.view = ScoreGridView()
        self.view.setModel(self.model)
        install_table_menu(
            self.view,
            self.tr("Monthly assessment"),
            copy=self.view.copy_selection,
            paste=self.view.paste_clipboard,
        )
        self.pillar_bar = PillarBar(self.view)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(QFontMetrics(self.message.font()).height() + 4)

        self.copy_button = QPushButton(self.tr("Copy last month's self scores"))
        self.note_button = QPushButton(self.tr("Evidence / veto…"))
        self.note_button.setToolTip(
            self.tr("Evidence note and veto of the current member (Ctrl+E)")
        )
        self.chart_button = QPushButton(self.tr("Member's year…"))
        self.chart_button.setToolTip(
            self.tr("The current member's twelve months as a chart (or double-click the name)")
        )
        self.summary_button = QPushButton(self.tr("Year summary…"))
        self.audit_button = QPushButton(self.tr("Audit log…"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changed rows (Ctrl+S)"))
        self.confirm_button = QPushButton(self.tr("Confirm month"))
        self.confirm_button.setToolTip(
            self.tr("Lock the month: its scores can no longer change unless unlocked with a reason")
        )
        self.unlock_button = QPushButton(self.tr("Unlock…"))

        self.unit_picker.currentIndexChanged.connect(self._picked)
        self.year_picker.valueChanged.connect(self._picked)
        self.month_picker.currentIndexChanged.connect(self._picked)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.criteria_button.clicked.connect(self.edit_criteria)
        self.copy_button.clicked.connect(self.copy_last_month)
        self.note_button.clicked.connect(lambda: self.edit_note())
        self.chart_button.clicked.connect(lambda: self.show_member_year())
        self.summary_button.clicked.connect(self.show_year_summary)
        self.audit_button.clicked.connect(lambda: AuditLogDialog.ask(self.ctx, self))
        self.save_button.clicked.connect(self.save)
        self.confirm_button.clicked.connect(self.confirm_month)
        self.unlock_button.clicked.connect(self.unlock_month)
        self.model.edited.connect(self._update_state)
        self.model.value_refused.connect(self._refused)
        self.view.note_requested.connect(self.edit_note)
        self.view.member_requested.connect(self.show_member_year)
        self.view.pasted.connect(self._pasted)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=lambda: self.edit_note())
        QShortcut(QKeySequence("Ctrl+1"), self, activated=self.self_button.click)
        QShortcut(QKeySequence("Ctrl+2"), self, activated=self.branch_button.click)

        title = QLabel(self.tr("Monthly assessment"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.criteria_button)
        pickers = QHBoxLayout()
        pickers.addWidget(self.unit_picker)
        pickers.addWidget(self.month_picker)
        pickers.addWidget(self.year_picker)
        pickers.addSpacing(12)
        segment = QHBoxLayout()
        segment.setSpacing(0)
        segment.addWidget(self.self_button)
        segment.addWidget(self.branch_button)
        pickers.addLayout(segment)
        pickers.addSpacing(12)
        pickers.addWidget(self.counter)
        pickers.addSpacing(8)
        pickers.addWidget(self.dirty_label)
        pickers.addStretch()
        grid_box = QVBoxLayout()
        grid_box.setSpacing(0)
        grid_box.addWidget(self.pillar_bar)
        grid_box.addWidget(self.view, 1)
        self.sheet_printer = printing.DocumentPrinter(
            self, ctx, self._sheet_document, self._sheet_stem
        )
        self.print_button = printing.print_menu_button(self.sheet_printer, self)
        # The short column names explained once, under the grid (hover a header for more).
        self.legend = QLabel(
            self.tr(
                "Act. = activities of the unit this month that the member took part in (a hint "
                "for the activity criterion) · Bonus, Deduct. = points added, taken off · "
                "Veto = discipline or a substantiated complaint: the month is rated fail."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5B6472; font-size: 9pt; padding-top: 3px;")
        grid_box.addWidget(self.legend)
        actions = QHBoxLayout()
        for button in (
            self.copy_button,
            self.note_button,
            self.chart_button,
            self.summary_button,
            self.audit_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.save_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pickers)
        layout.addWidget(self.banner)
        layout.addLayout(grid_box, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)

        self._loaded_key: tuple[str | None, int, int] | None = None
        self._fill_units()

    # -- loading ---------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.year_picker.value()

    @property
    def month(self) -> int:
        return int(self.month_picker.currentData())

    @property
    def unit_code(self) -> str | None:
        return self.unit_picker.currentData()

    def _sheet_document(self) -> Document | None:
        """The month's scoring sheet as stored: unsaved edits are saved (or dropped) first."""
        if not self.settle():
            return None
        return self.ctx.documents.scoring_sheet(self.year, self.month, self.unit_code)

    def _sheet_stem(self) -> str:
        return f"Bảng đánh giá tháng {self.month} năm {self.year}"

    def month_label(self) -> str:
        return self.tr("month {month}/{year}").format(month=self.month, year=self.year)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_GRID_KINDS):
            self.mark_stale()

    def refresh(self) -> None:
        """The data file changed: read the units and the month again, keeping the place.

        Unsaved edits are kept (restore, import and open settle them first); the month is
        read again once they are saved or discarded.
        """
        if self.has_unsaved():
            self.stale = True
            return
        self._fill_units()
        self.reload(keep_place=True)

    def _fill_units(self) -> None:
        """The own unit first, then the units below; the chosen one stays chosen."""
        chosen = self.unit_picker.currentData()
        units = self.ctx.units.find()
        own = self.ctx.units.own_unit()
        self.unit_picker.blockSignals(True)
        self.unit_picker.clear()
        if own is not None:
            self.unit_picker.addItem(own.name, own.code)
        for unit in units:
            if own is None or unit.code != own.code:
                self.unit_picker.addItem(unit.name, unit.code)
        self.unit_picker.setCurrentIndex(max(self.unit_picker.findData(chosen), 0))
        self.unit_picker.setVisible(self.unit_picker.count() > 1)
        self.unit_picker.blockSignals(False)

    def reload(self, keep_place: bool = False) -> None:
        """Fetch the month's grid again (discarding unsaved edits).

        ``keep_place``: the same month read again keeps the current cell, the scrolling and
        the message under the grid.
        """
        key = (self.unit_code, self.year, self.month)
        try:
            grid = self.ctx.assessments.grid(self.year, self.month, self.unit_code)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        keep_place = keep_place and key == self._loaded_key
        place = self._place() if keep_place else None
        self.model.set_grid(grid)
        self._loaded_key = key
        self._fit_columns()
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if grid.editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        if place is not None:
            self._go_back_to(place)
        else:
            self.message.clear()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, self.model.first_criterion_column))
        self._update_state()
        self.pillar_bar.update()

    def _place(self) -> tuple[str | None, int, int, int, str, str]:
        """Where the user is: the current member and column, the scrolling, the message."""
        index = self.view.currentIndex()
        member_id = self.model.row_at(index.row()).member_id if index.isValid() else None
        return (
            member_id,
            index.column(),
            self.view.verticalScrollBar().value(),
            self.view.horizontalScrollBar().value(),
            self.message.text(),
            self.message.styleSheet(),
        )

    def _go_back_to(self, place: tuple[str | None, int, int, int, str, str]) -> None:
        member_id, column, down, across, text, style = place
        row = self.model.row_of(member_id) if member_id is not None else -1
        if row >= 0 and 0 <= column < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(row, column))
        self.view.verticalScrollBar().setValue(down)
        self.view.horizontalScrollBar().setValue(across)
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _fit_columns(self) -> None:
        """Narrow number columns, the name taking the rest: 13 criteria fit at 1366×768."""
        header = self.view.horizontalHeader()
        metrics = QFontMetrics(self.view.font())
        header_metrics = QFontMetrics(header.font())
        number = metrics.horizontalAdvance("00,00") + 12
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        model = self.model
        for column in range(1, model.columnCount()):
            label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                (header_metrics.horizontalAdvance(p) for p in label.split("\n")), default=0
            )
            width = max(number, widest + 14)
            if column == model.band_column:
                width = max(width, metrics.horizontalAdvance("Chưa đạt") + 16)
            self.view.setColumnWidth(column, width)

    # -- state -----------------------------------------------------------------------------
    def _update_state(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        editable = grid.editable
        dirty = self.model.is_dirty
        self.counter.setText(
            self.tr("Assessed {assessed}/{total}").format(
                assessed=self.model.assessed, total=self.model.rowCount()
            )
        )
        self.dirty_label.setText(self.tr("• unsaved changes") if dirty else "")
        self.save_button.setEnabled(editable and dirty)
        self.copy_button.setEnabled(editable)
        self.confirm_button.setVisible(grid.lock is None)
        self.confirm_button.setEnabled(editable and self.model.rowCount() > 0)
        own_lock = grid.read_only is ReadOnlyReason.LOCKED and not self.ctx.database.read_only
        self.unlock_button.setVisible(grid.lock is not None)
        self.unlock_button.setEnabled(own_lock)
        has_rows = self.model.rowCount() > 0
        self.note_button.setEnabled(has_rows)
        self.chart_button.setEnabled(has_rows)
        if grid.read_only is ReadOnlyReason.LOCKED and grid.lock is not None:
            self.banner.setText(
                self.tr(
                    "Confirmed on {at} by {who}. This month is locked: its scores cannot "
                    "change. To correct it, use Unlock… and give the reason."
                ).format(at=format_timestamp(grid.lock.locked_at), who=grid.lock.locked_by)
            )
        elif grid.read_only is ReadOnlyReason.NOT_OWN_UNIT:
            self.banner.setText(
                self.tr(
                    "These scores belong to {unit} and arrive in its packets: view only."
                ).format(unit=self.unit_picker.currentText())
            )
        elif grid.read_only is ReadOnlyReason.READ_ONLY_FILE:
            self.banner.setText(self.tr("The data file is open read-only: view only."))
        self.banner.setVisible(grid.read_only is not None)

    def _kind_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            kind = ScoreKind.SELF if button is self.self_button else ScoreKind.BRANCH
            self.model.set_kind(kind)

    def _refused(self, row: int, column: int, reason: str) -> None:
        self.message.setStyleSheet("color: #B71C1C;")
        self.message.setText(reason)

    def _pasted(self, taken: int, reasons: list[str]) -> None:
        if reasons:
            self.message.setStyleSheet("color: #B71C1C;")
            self.message.setText(
                self.tr("Pasted {taken} values; {refused} refused, marked in red: {first}").format(
                    taken=taken, refused=len(reasons), first=reasons[0]
                )
            )
        else:
            self.message.setStyleSheet("color: #3E4C59;")
            self.message.setText(self.tr("Pasted {taken} values.").format(taken=taken))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.model.grid is None:
            return
        refusal = self.model.refusal_at(current.row(), current.column())
        if refusal:
            self._refused(current.row(), current.column(), refusal)
            return
        row = self.model.row_at(current.row())
        self.message.setStyleSheet("color: #3E4C59;")
        criterion = self.model.criterion_at(current.column())
        parts = [row.full_name]
        if criterion is not None:
            parts.append(f"{criterion.code} — {criterion.name}")
        rules = self.model.grid.criteria.rules
        if row.participation.held and rules.participation_criterion:
            parts.append(
                self.tr(
                    "took part in {attended} of {held} activities this month (hint for {code})"
                ).format(
                    attended=row.participation.attended,
                    held=row.participation.held,
                    code=rules.participation_criterion,
                )
            )
        self.message.setText(" · ".join(parts))

    def _current_row(self, row: int | None) -> int | None:
        if row is None or isinstance(row, bool):
            index = self.view.currentIndex()
            row = index.row() if index.isValid() else None
        if row is None or not 0 <= row < self.model.rowCount():
            return None
        return row

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the changed rows; True when there is nothing left unsaved."""
        grid = self.model.grid
        if grid is None:
            return True
        if not self.view.finish_editing():
            return False
        if not self.model.is_dirty:
            return True
        changed = self.model.changed_rows()
        try:
            written = self.ctx.assessments.save_grid(grid.year, grid.month, changed, grid.unit_code)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return False
        self.model.mark_saved(written)
        self.message.setStyleSheet("color: #3E4C59;")
        self.message.setText(self.tr("Saved {count} rows.").format(count=len(written)))
        self._update_state()
        return True

    # -- unsaved edits ---------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """Changed rows not saved yet, or a value still being typed in a cell."""
        return self.model.is_dirty or self.view.state() == QAbstractItemView.State.EditingState

    def settle(self) -> bool:
        """Before leaving the month, the page or the file: Save (the default), Don't save, or
        Cancel (Esc) to stay with the edits; True when it may go on."""
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.finish_editing()  # a valid value joins the edits; a refused one stays
        if not self.has_unsaved():
            return True
        grid = self.model.grid
        question = self.tr("Save the changes to the scores of {month}?").format(
            month=self.tr("month {month}/{year}").format(month=grid.month, year=grid.year)
        )
        choice = message_boxes.ask_save(self, question)
        if choice is message_boxes.SAVE:
            return self.save()
        if choice is message_boxes.DISCARD:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Throw the unsaved edits away: the grid shows the month as stored."""
        grid = self.model.grid
        if grid is None:
            return
        self.model.set_grid(grid)  # the rows as read, before any edit; closes an open editor
        self.message.clear()
        self._update_state()
        self.pillar_bar.update()
        if self.stale:  # the file changed meanwhile: read the month again
            self.mark_stale()

    def _picked(self, *_args: object) -> None:
        key = (self.unit_code, self.year, self.month)
        if self._loaded_key is None or key == self._loaded_key:
            return  # not shown yet (the first show loads), or nothing changed
        if not self.settle():
            unit, year, month = self._loaded_key
            for widget in (self.unit_picker, self.year_picker, self.month_picker):
                widget.blockSignals(True)
            self.unit_picker.setCurrentIndex(max(self.unit_picker.findData(unit), 0))
            self.year_picker.setValue(year)
            self.month_picker.setCurrentIndex(month - 1)
            for widget in (self.unit_picker, self.year_picker, self.month_picker):
                widget.blockSignals(False)
            return
        self.reload()

    def copy_last_month(self) -> None:
        """Fill rows without self scores from last month (unsaved until Save)."""
        grid = self.model.grid
        if grid is None or not grid.editable:
            return
        try:
            previous = self.ctx.assessments.last_month_self_scores(
                grid.year, grid.month, grid.unit_code
            )
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        filled = self.model.fill_self_scores(previous)
        self.message.setStyleSheet("color: #3E4C59;")
        if filled:
            self.message.setText(
                self.tr(
                    "Copied last month's self scores into {count} rows. Check, then save."
                ).format(count=filled)
            )
        else:
            self.message.setText(
                self.tr("Nothing to copy: no row without self scores has scores last month.")
            )
        self._update_state()

    def edit_note(self, row: int | None = None) -> None:
        row = self._current_row(row)
        if row is None:
            return
        grid_row = self.model.row_at(row)
        a = grid_row.assessment
        note = AssessmentNoteDialog.ask(
            grid_row.full_name,
            self.month_label(),
            MonthNote(a.evidence, a.veto, a.veto_reason),
            read_only=not self.model.editable,
            parent=self,
        )
        if note is not None and self.model.editable:
            self.model.set_note(row, note.evidence, note.veto, note.veto_reason)

    def show_member_year(self, row: int | None = None) -> None:
        row = self._current_row(row)
        if row is None:
            return
        if self.model.is_dirty and not self.save():
            return
        MemberYearDialog.ask(self.ctx, self.model.row_at(row).member_id, self.year, self)

    def show_year_summary(self) -> None:
        if self.model.is_dirty and not self.save():
            return
        YearSummaryDialog.ask(self.ctx, self.year, self.unit_code, self)

    def edit_criteria(self) -> None:
        if self.model.is_dirty and not self.save():
            return
        CriteriaDialog.ask(self.ctx, self.year, self)  # a saved set refreshes the grid

    def confirm_month(self) -> None:
        """Lock the month after saving; asks first, saying how many are assessed."""
        grid = self.model.grid
        if grid is None or not grid.editable or not self.save():
            return
        question = self.tr(
            "Confirm {month}? Its scores then cannot change unless someone unlocks it and "
            "gives the reason."
        ).format(month=self.month_label())
        if self.model.assessed < self.model.rowCount():
            question = (
                self.tr("Only {assessed} of {total} members are fully assessed.").format(
                    assessed=self.model.assessed, total=self.model.rowCount()
                )
                + "\n\n"
                + question
            )
        if not message_boxes.confirm(self, question, self.tr("Confirm month"), self.tr("Cancel")):
            return
        try:
            self.ctx.assessments.confirm_month(grid.year, grid.month)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.reload()

    def unlock_month(self) -> None:
        """Open a confirmed month again, with the reason for the audit log."""
        grid = self.model.grid
        if grid is None or grid.lock is None:
            return
        request = UnlockMonthDialog.ask(
            self.month_label(), self.ctx.assessments.account_name(), self
        )
        if request is None:
            return
        try:
            self.ctx.assessments.unlock_month(grid.year, grid.month, request.reason, request.name)
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        self.reload()
