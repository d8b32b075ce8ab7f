"""Báo cáo → mới: the kind, the year and (monthly, quarterly) the month; the period and its
due date shown before the report is made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.reports import Report, ReportKind
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.report_table import kind_label
from bamtrachnhiem.gui.widgets import ErrorLabel


class NewReportDialog(QDialog):
    """Choose what to report on; ``ask`` makes the draft and returns it (or None)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made: Report | None = None
        self.setWindowTitle(self.tr("New report"))
        today = ctx.database.clock.today()
        self.kind = QComboBox()
        for kind in (ReportKind.H1, ReportKind.YEAR, ReportKind.MONTHLY, ReportKind.QUARTER):
            self.kind.addItem(kind_label(kind), kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("Month {month}").format(month=month), month)
        self.month.setCurrentIndex(max(0, today.month - 2))
        self.month_label = QLabel(self.tr("Month"))
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.period.setStyleSheet("color: #444;")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.month_label, self.month)
        self.error = ErrorLabel()
        intro = QLabel(
            self.tr(
                "The report opens with its figures computed from the data held here and "
                "section II written from them; the other sections start from your previous "
                "report."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(
            self.tr("Make the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.period)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for widget in (self.kind, self.month):
            widget.currentIndexChanged.connect(lambda _i: self._show_period())
        self.year.valueChanged.connect(lambda _v: self._show_period())
        self.setMinimumWidth(460)
        self._show_period()

    def _key(self) -> str:
        kind: ReportKind = self.kind.currentData()
        month = self.month.currentData()
        if kind is ReportKind.MONTHLY:
            return f"m{month:02d}"
        if kind is ReportKind.QUARTER:
            return f"q{(month + 2) // 3}"
        return "h1" if kind is ReportKind.H1 else "year"

    def _show_period(self) -> None:
        kind: ReportKind = self.kind.currentData()
        monthly = kind in (ReportKind.MONTHLY, ReportKind.QUARTER)
        self.month.setVisible(monthly)
        self.month_label.setVisible(monthly)
        try:
            period = self.ctx.configuration.report_period(self.year.value(), self._key())
        except AppError as exc:
            self.period.setText(describe(exc))
            return
        due = period.due_date
        late = due < self.ctx.database.clock.today()
        text = self.tr("Months {first}–{last} of {year}; due {due}.").format(
            first=period.month_from, last=period.month_to, year=period.year, due=format_date(due)
        )
        if late:
            text += " " + self.tr("The due date has passed.")
        self.period.setText(text)

    def make(self) -> None:
        kind: ReportKind = self.kind.currentData()
        month = (
            self.month.currentData() if kind in (ReportKind.MONTHLY, ReportKind.QUARTER) else None
        )
        try:
            self.made = self.ctx.reports.make(kind, self.year.value(), month=month)
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> Report | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.made
