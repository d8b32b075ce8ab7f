"""The completeness grid: units × months, each cell on time / late / missing / not due."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bamtrachnhiem import messages
from bamtrachnhiem.domain.completeness import MONTHS, CompletenessTable, MonthStatus
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.models.base import AnyIndex

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # a month cell's MonthStatus value ("on_time", …)
# (background, text) per status: green on time, amber late, red missing, grey not due.
COLOURS = {
    MonthStatus.ON_TIME: ("#C8E6C9", "#1B5E20"),
    MonthStatus.LATE: ("#FFE0B2", "#8A4B00"),
    MonthStatus.MISSING: ("#FFCDD2", "#B71C1C"),
    MonthStatus.NOT_DUE: ("#EEF0F3", "#8A94A3"),
}
_FOOTER_BACKGROUND = "#E3EAF5"


def status_mark(status: MonthStatus) -> str:
    """✓, muộn, thiếu or · (the same short marks as ``status`` on the command line)."""
    if status is MonthStatus.ON_TIME:
        return "✓"
    if status is MonthStatus.NOT_DUE:
        return "·"
    code = "cli_status_mark_late" if status is MonthStatus.LATE else "cli_status_mark_missing"
    return messages.text(code, current_language())


def report_label(period: str) -> str:
    """The short name of a report period asked of the units below."""
    if period == "h1":
        return QCoreApplication.translate("CompletenessTableModel", "Six-month\nreport")
    if period == "year":
        return QCoreApplication.translate("CompletenessTableModel", "Year\nreport")
    return period


class CompletenessTableModel(QAbstractTableModel):
    """Rows: the units below (indented by depth), then a footer row "received x/y" per month.
    Columns: the unit, T1 … T12 (the header shows each month's deadline), the latest packet,
    then each report asked of the units (sơ kết, tổng kết) and whether it came."""

    UNIT_COLUMN, LAST_COLUMN = 0, 13
    FIRST_REPORT_COLUMN = 14

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: CompletenessTable | None = None

    def set_table(self, table: CompletenessTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def unit_count(self) -> int:
        return len(self.table.units) if self.table else 0

    def is_footer(self, row: int) -> bool:
        return self.table is not None and row == len(self.table.units)

    def status(self, unit_code: str, month: int) -> MonthStatus | None:
        """The status of one cell, looked up by unit code (for tests and callers)."""
        if self.table is None:
            return None
        unit = next((u for u in self.table.units if u.code == unit_code), None)
        return unit.months[month] if unit else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None or not self.table.units:
            return 0
        return len(self.table.units) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 14 + (len(self.table.report_periods) if self.table is not None else 0)

    def _report_period(self, column: int) -> tuple[str, object] | None:
        if self.table is None or column < self.FIRST_REPORT_COLUMN:
            return None
        periods = self.table.report_periods
        index = column - self.FIRST_REPORT_COLUMN
        return periods[index] if index < len(periods) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        report = self._report_period(section)
        if report is not None:
            period, due = report
            if role == Qt.ItemDataRole.DisplayRole:
                return report_label(period)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "CompletenessTableModel", "The report asked of the units below, due {date}"
                ).format(date=format_date(due))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.UNIT_COLUMN:
                return QCoreApplication.translate("CompletenessTableModel", "Unit")
            if section == self.LAST_COLUMN:
                return QCoreApplication.translate("CompletenessTableModel", "Latest packet")
            label = QCoreApplication.translate("CompletenessTableModel", "M{month}").format(
                month=section
            )
            if self.table is None:
                return label
            return f"{label}\n{format_date(self.table.deadlines[section])[:5]}"
        if role == Qt.ItemDataRole.ToolTipRole and self.table is not None and section in MONTHS:
            total = self.table.totals[section]
            return QCoreApplication.translate(
                "CompletenessTableModel",
                "Month {month}: due {date}; received {received} of {expected}",
            ).format(
                month=section,
                date=format_date(self.table.deadlines[section]),
                received=total.received,
                expected=total.expected,
            )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if self.is_footer(index.row()):
            return self._footer(column, role)
        unit = self.table.units[index.row()]
        if column == self.UNIT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return "    " * (unit.depth - 1) + unit.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{unit.name} ({unit.code})" + (f" — {unit.level}" if unit.level else "")
            return None
        report = self._report_period(column)
        if report is not None:
            return self._report_cell(unit.reports.get(report[0]), report[1], role)
        if column == self.LAST_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole and unit.last_seq is not None:
                return QCoreApplication.translate(
                    "CompletenessTableModel", "No. {seq} (M{month})"
                ).format(seq=unit.last_seq, month=unit.last_month)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        status = unit.months[column]
        if role == STATUS_ROLE:
            return status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return status_mark(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[status][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLOURS[status][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(status, unit.sent_on.get(column), column)
        return None

    def _report_cell(self, receipt, due, role: int):
        if receipt is None:
            return None
        status = receipt.status
        if role == STATUS_ROLE:
            return status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return status_mark(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[status][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLOURS[status][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if receipt.issued_on is not None:
                return QCoreApplication.translate(
                    "CompletenessTableModel", "Report {number} issued on {date}; due {due}"
                ).format(
                    number=receipt.number, date=format_date(receipt.issued_on), due=format_date(due)
                )
            return QCoreApplication.translate(
                "CompletenessTableModel", "No report received; due {due}"
            ).format(due=format_date(due))
        return None

    def _cell_tip(self, status: MonthStatus, sent, month: int) -> str:
        due = format_date(self.table.deadlines[month])
        if sent is not None:
            return QCoreApplication.translate(
                "CompletenessTableModel", "Sent on {sent}; due {due}"
            ).format(sent=format_date(sent), due=due)
        if status is MonthStatus.MISSING:
            return QCoreApplication.translate(
                "CompletenessTableModel", "Not received; it was due {due}"
            ).format(due=due)
        return QCoreApplication.translate(
            "CompletenessTableModel", "Not due yet: due {due}"
        ).format(due=due)

    def _footer(self, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_FOOTER_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if column == self.UNIT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CompletenessTableModel", "Received")
            return None
        report = self._report_period(column)
        if report is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                sent = sum(1 for u in self.table.units if u.reports[report[0]].status.received)
                return f"{sent}/{len(self.table.units)}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if column == self.LAST_COLUMN:
            return None
        total = self.table.totals[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{total.received}/{total.expected}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
