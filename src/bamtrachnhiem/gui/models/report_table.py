"""The reports list: this unit's reports and those the units below sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.reports import Report, ReportKind, ReportState
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def kind_label(kind: ReportKind) -> str:
    labels = {
        ReportKind.MONTHLY: QCoreApplication.translate("Reports", "Monthly report"),
        ReportKind.QUARTER: QCoreApplication.translate("Reports", "Quarterly report"),
        ReportKind.H1: QCoreApplication.translate("Reports", "Six-month review (sơ kết)"),
        ReportKind.YEAR: QCoreApplication.translate("Reports", "Year review (tổng kết)"),
    }
    return labels[ReportKind(kind)]


def state_label(state: ReportState) -> str:
    if state is ReportState.ISSUED:
        return QCoreApplication.translate("Reports", "Issued")
    return QCoreApplication.translate("Reports", "Draft")


def period_label(report: Report) -> str:
    if report.month_from == report.month_to:
        return QCoreApplication.translate("Reports", "Month {month}/{year}").format(
            month=report.month_from, year=report.year
        )
    return QCoreApplication.translate("Reports", "Months {first}–{last}/{year}").format(
        first=report.month_from, last=report.month_to, year=report.year
    )


class ReportListModel(RecordTableModel):
    """Unit, kind, months, number, date, state; received reports greyed a little."""

    COLUMNS = ("unit", "kind", "period", "number", "date", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.own_code = ""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Reports", "Unit"),
            QCoreApplication.translate("Reports", "Kind"),
            QCoreApplication.translate("Reports", "Months"),
            QCoreApplication.translate("Reports", "Number"),
            QCoreApplication.translate("Reports", "Date"),
            QCoreApplication.translate("Reports", "State"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        report: Report | None = self._record(index)
        if report is None:
            return None
        column = self.COLUMNS[index.column()]
        own = report.unit_code == self.own_code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "unit":
                return report.unit_name or report.unit_code
            if column == "kind":
                return kind_label(report.kind)
            if column == "period":
                return period_label(report)
            if column == "number":
                return report.number_line
            if column == "date":
                return format_date(report.report_date)
            return state_label(report.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if own:
                return report.summary
            return QCoreApplication.translate(
                "Reports", "{summary}\nSent by {unit}: read-only here."
            ).format(summary=report.summary, unit=report.unit_name or report.unit_code)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return QBrush(QColor("#1B5E20" if report.issued else "#8A4B00"))
        if role == Qt.ItemDataRole.BackgroundRole and not own:
            return QBrush(QColor("#F4F6FA"))
        return None
