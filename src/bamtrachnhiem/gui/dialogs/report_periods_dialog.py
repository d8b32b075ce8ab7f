"""Kỳ báo cáo: the year's report periods, which are asked for, and when each report is due.

Set here, they go down to the units below in the configuration packet; a unit whose periods
came from above sees them as sent."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.reports import ReportKind, ReportPeriod
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.report_table import kind_label
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel


class ReportPeriodsDialog(FormDialog):
    """One row per period: kind, months, due date, asked for or not."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.saved: list[ReportPeriod] | None = None
        self.setWindowTitle(self.tr("Report periods {year}").format(year=year))
        self.periods = ctx.configuration.report_periods(year)
        intro = QLabel(
            self.tr(
                "When each report is due from the units below. The units receive these "
                "dates with the configuration packet; completeness shows who sent theirs."
            )
        )
        intro.setWordWrap(True)
        upper = QLabel(
            self.tr("These periods came from the level above in its configuration packet.")
        )
        upper.setWordWrap(True)
        upper.setStyleSheet("background: #E8F0FB; border: 1px solid #B9CDEA; padding: 4px 6px;")
        upper.setVisible(any(p.source == "upper" for p in self.periods))

        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Report"), self.tr("Months"), self.tr("Due on"), self.tr("Asked for"))
        ):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, column)
        self.dates: list[DateLineEdit] = []
        self.required: list[QCheckBox] = []
        for row, period in enumerate(self.periods, start=1):
            name = kind_label(period.kind)
            if period.kind is ReportKind.MONTHLY:
                name = self.tr("Month {month}").format(month=period.month_from)
            elif period.kind is ReportKind.QUARTER:
                name = self.tr("Quarter {q}").format(q=period.month_to // 3)
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(QLabel(f"{period.month_from}–{period.month_to}"), row, 1)
            due = DateLineEdit()
            due.set_value(period.due_date)
            due.setMaximumWidth(130)
            grid.addWidget(due, row, 2)
            required = QCheckBox()
            required.setChecked(period.required)
            grid.addWidget(required, row, 3)
            self.dates.append(due)
            self.required.append(required)
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setEnabled(not ctx.database.read_only)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(upper)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 600)
        self.mark_clean()

    def save_form(self) -> None:
        self.save()

    def save(self) -> None:
        periods = []
        for period, due_edit, required in zip(self.periods, self.dates, self.required, strict=True):
            try:
                due, _year = due_edit.value()
            except ValidationError as error:
                self.error.show_message(describe(error))
                due_edit.setFocus()
                return
            if due is None:
                due_edit.setFocus()
                self.error.show_message(self.tr("Type every due date."))
                return
            periods.append(replace(period, due_date=due, required=required.isChecked()))
        try:
            self.saved = self.ctx.configuration.set_report_periods(self.year, periods)
        except AppError as error:
            self.error.show_message(describe(error))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, year: int, parent: QWidget | None = None):
        dialog = cls(ctx, year, parent)
        dialog.exec()
        return dialog.saved
