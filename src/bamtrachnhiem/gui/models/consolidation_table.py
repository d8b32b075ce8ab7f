"""Tables of the consolidation page: the units below with a totals row, the months, the ranking,
the history; and a unit's members over a period."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bamtrachnhiem.domain.consolidation import (
    ConsolidationTable,
    MemberFigures,
    MonthFigures,
    Ranked,
    UnitFigures,
    YearFigures,
    decimal_text,
    percent_text,
    share,
)
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a number (or text) the column sorts by
TOTAL_BACKGROUND = "#E3EAF5"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def band_name(code: str) -> str:
    names = {
        "excellent": QCoreApplication.translate("Consolidation", "Excellent"),
        "good": QCoreApplication.translate("Consolidation", "Good"),
        "pass": QCoreApplication.translate("Consolidation", "Pass"),
        "fail": QCoreApplication.translate("Consolidation", "Fail"),
    }
    return names.get(code, code)


def _pct(value: float | None) -> str:
    return percent_text(value)


def _on_time(u: UnitFigures) -> str:
    if not u.months_due:
        return "·"
    return f"{u.months_on_time}/{u.months_due}"


class _Column:
    """One column: its header, tooltip, display text, sort key and what the .xlsx gets."""

    def __init__(
        self,
        key: str,
        header: Callable[[], str],
        tip: Callable[[], str],
        text: Callable[[UnitFigures], str],
        value: Callable[[UnitFigures], Any],
        align: int = _RIGHT,
    ) -> None:
        self.key, self.header, self.tip = key, header, tip
        self.text, self.value, self.align = text, value, align


def unit_columns() -> list[_Column]:
    """The by-unit table's columns (headers in the user's language)."""
    return [
        _Column(
            "unit",
            lambda: QCoreApplication.translate("ConsolidationColumns", "Unit"),
            lambda: QCoreApplication.translate(
                "Consolidation", "The unit with every unit below it"
            ),
            lambda u: u.name,
            lambda u: u.name,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        ),
        _Column(
            "level",
            lambda: QCoreApplication.translate("ConsolidationColumns", "Level"),
            lambda: QCoreApplication.translate("Consolidation", "The unit's level"),
            lambda u: u.level,
            lambda u: u.level,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        ),
        _Column(
            "members",
            lambda: QCoreApplication.translate("ConsolidationColumns", "Members"),
            lambda: QCoreApplication.translate(
                "Consolidation", "Members in the unit at the end of the period"
            ),
            lambda u: format_quantity(u.members),
            lambda u: u.members,
        ),
        _Column(
            "pledged",
            lambda: QCoreApplication.translate("Consolidation", "Pledged\n(%)"),
            lambda: QCoreApplication.translate(
                "Consolidation", "Members whose pledge is submitted or approved"
            ),
            lambda u: f"{format_quantity(u.pledged)} ({_pct(u.pledged_pct)})",
            lambda u: u.pledged_pct,
        ),
        _Column(
            "assessed",
            lambda: QCoreApplication.translate("Consolidation", "Assessed\n(member-months)"),
            lambda: QCoreApplication.translate(
                "Consolidation",
                "Member-months with a total, of the member-months expected in the period",
            ),
            lambda u: f"{format_quantity(u.assessed)}/{format_quantity(u.expected)}",
            lambda u: u.assessed_pct,
        ),
        *(
            _Column(
                code,
                lambda code=code: band_name(code),
                lambda code=code: QCoreApplication.translate(
                    "Consolidation", "Member-months rated {band}"
                ).format(band=band_name(code)),
                lambda u, code=code: format_quantity(u.bands.get(code, 0)),
                lambda u, code=code: u.bands.get(code, 0),
            )
            for code in ("excellent", "good", "pass", "fail")
        ),
        _Column(
            "mean",
            lambda: QCoreApplication.translate("Consolidation", "Mean\nscore"),
            lambda: QCoreApplication.translate(
                "Consolidation", "Mean total of the assessed member-months"
            ),
            lambda u: decimal_text(u.mean),
            lambda u: None if u.mean is None else round(u.mean, 2),
        ),
        _Column(
            "initiatives",
            lambda: QCoreApplication.translate("ConsolidationColumns", "Initiatives"),
            lambda: QCoreApplication.translate(
                "Consolidation", "Initiatives of the year registered by the period's end"
            ),
            lambda u: format_quantity(u.initiative_count),
            lambda u: u.initiative_count,
        ),
        _Column(
            "activities",
            lambda: QCoreApplication.translate("ConsolidationColumns", "Activities"),
            lambda: QCoreApplication.translate("Consolidation", "Activities held in the period"),
            lambda u: format_quantity(u.activities),
            lambda u: u.activities,
        ),
        _Column(
            "participations",
            lambda: QCoreApplication.translate("Consolidation", "Taking\npart"),
            lambda: QCoreApplication.translate(
                "Consolidation", "Members taking part in the period's activities"
            ),
            lambda u: format_quantity(u.participations),
            lambda u: u.participations,
        ),
        _Column(
            "campaigns",
            lambda: QCoreApplication.translate("Consolidation", "Campaign\ntargets"),
            lambda: QCoreApplication.translate(
                "Consolidation",
                "Campaign achievement: the mean of the unit's campaigns, each target summed "
                "over the units below",
            ),
            lambda u: _pct(None if u.campaign_pct is None else float(u.campaign_pct)),
            lambda u: u.campaign_pct,
        ),
        _Column(
            "on_time",
            lambda: QCoreApplication.translate("Consolidation", "Packets\non time"),
            lambda: QCoreApplication.translate(
                "Consolidation",
                "Monthly packets sent on time, of the months whose deadline has passed",
            ),
            _on_time,
            lambda u: share(u.months_on_time, u.months_due),
            _CENTRE,
        ),
    ]


class UnitTableModel(QAbstractTableModel):
    """The units below in tree order (or sorted), filtered by level, and a totals row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = unit_columns()
        self.table: ConsolidationTable | None = None
        self.level: str | None = None
        self.units: list[UnitFigures] = []
        self.total: UnitFigures | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # -- content -----------------------------------------------------------------------------
    def set_table(self, table: ConsolidationTable | None, level: str | None = None) -> None:
        self.beginResetModel()
        self.table, self.level = table, level
        self._fill()
        self.endResetModel()

    def set_level(self, level: str | None) -> None:
        self.set_table(self.table, level)

    def _fill(self) -> None:
        if self.table is None:
            self.units, self.total = [], None
            return
        units = list(self.table.units)
        if self.level:
            units = [u for u in units if u.level == self.level]
            total = UnitFigures(self.table.root_code, self.table.root_name)
            for unit in units:
                total.add(unit)
            shares = [u.campaign_pct for u in units if u.campaign_pct is not None]
            total.campaign_pct = round(sum(shares) / len(shares)) if shares else None
        else:
            total = self.table.total
        self.units, self.total = units, total
        if self._sorted is not None:
            self._apply_sort(*self._sorted)

    def unit_at(self, row: int) -> UnitFigures | None:
        """The unit of ``row``; None for the totals row."""
        return self.units[row] if 0 <= row < len(self.units) else None

    def is_total(self, row: int) -> bool:
        return self.total is not None and row == len(self.units)

    def export(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and rows (numbers as numbers) as the .xlsx export writes them."""
        headers = [c.header() for c in self.columns]
        rows: list[list[Any]] = []
        for unit in self.units:
            rows.append([_export_value(c, unit, indent=True) for c in self.columns])
        if self.total is not None:
            total_row = [_export_value(c, self.total) for c in self.columns]
            total_row[0], total_row[1] = QCoreApplication.translate("Consolidation", "Total"), ""
            rows.append(total_row)
        return headers, rows

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.total is None:
            return 0
        return len(self.units) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip()
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.total is None:
            return None
        row, column = index.row(), self.columns[index.column()]
        total = self.is_total(row)
        unit = self.total if total else self.unit_at(row)
        if unit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.key == "unit":
                if total:
                    return QCoreApplication.translate("Consolidation", "Total")
                indent = "    " * (unit.depth - 1) if self._sorted is None else ""
                return indent + unit.name
            if column.key == "level" and total:
                return ""
            return column.text(unit)
        if role == SORT_ROLE:
            return column.value(unit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "unit" and not total:
            return f"{unit.name} ({unit.code})" + (f" — {unit.level}" if unit.level else "")
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(TOTAL_BACKGROUND))
        if total and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the units by a column (the unit column: back to tree order); the totals row
        stays last."""
        self.layoutAboutToBeChanged.emit()
        self._sorted = (
            None
            if column == 0 and order == Qt.SortOrder.AscendingOrder
            else (
                column,
                order,
            )
        )
        self._fill()
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        getter = self.columns[column].value
        descending = order == Qt.SortOrder.DescendingOrder
        if column == 0:
            self.units.reverse()
            return
        present = [u for u in self.units if getter(u) not in (None, "")]
        absent = [u for u in self.units if getter(u) in (None, "")]
        present.sort(key=getter, reverse=descending)
        self.units = present + absent


def _export_value(column: _Column, unit: UnitFigures, indent: bool = False) -> Any:
    if column.key == "unit":
        return ("    " * (unit.depth - 1) if indent else "") + unit.name
    return column.value(unit)


class _ReadOnlyTable(RecordTableModel):
    """A read-only table of ``rows``, each shown as ``values(row)`` under ``headers()``
    (as many columns as headers); columns from ``right_from`` on are aligned right."""

    right_from = 1

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def values(self, row: Any) -> list[Any]:
        raise NotImplementedError

    def export(self) -> tuple[list[str], list[list[Any]]]:
        return list(self.headers()), [self.values(r) for r in self._rows]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def display(self, row: Any, column: int) -> Any:
        """The text of one cell."""
        return self.values(row)[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._record(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.aligned_right(index.column()):
            return _RIGHT
        return None

    def aligned_right(self, column: int) -> bool:
        return column >= self.right_from


class MonthTableModel(_ReadOnlyTable):
    """The twelve months of the year for a unit's subtree."""

    @property
    def months(self) -> list[MonthFigures]:
        return self.rows

    def set_months(self, months: list[MonthFigures]) -> None:
        self.set_rows(months)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Consolidation", "Month"),
            QCoreApplication.translate("Consolidation", "Members"),
            QCoreApplication.translate("Consolidation", "Assessed"),
            band_name("excellent"),
            band_name("good"),
            band_name("pass"),
            band_name("fail"),
            QCoreApplication.translate("Consolidation", "Mean"),
            QCoreApplication.translate("Consolidation", "Activities"),
            QCoreApplication.translate("Consolidation", "Citizens helped"),
            QCoreApplication.translate("Consolidation", "Packets received"),
        ]

    def values(self, m: MonthFigures) -> list[Any]:
        f = m.figures
        return [
            m.month,
            f.members,
            f"{format_quantity(f.assessed)}/{format_quantity(f.expected)}",
            f.bands.get("excellent", 0),
            f.bands.get("good", 0),
            f.bands.get("pass", 0),
            f.bands.get("fail", 0),
            None if f.mean is None else round(f.mean, 2),
            f.activities,
            f.citizens_helped,
            f"{m.units_received}/{m.units_expected}",
        ]

    def display(self, row: MonthFigures, column: int) -> Any:
        value = self.values(row)[column]
        if column == 0:
            return QCoreApplication.translate("Consolidation", "Month {month}").format(month=value)
        if column == 7:
            return decimal_text(value)
        return format_quantity(value) if isinstance(value, int | float) else value


class RankingModel(_ReadOnlyTable):
    """Units ranked on one figure."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text: Callable[[float | None], str] = decimal_text

    def set_ranking(self, rows: list[Ranked], text: Callable[[float | None], str]) -> None:
        self.text = text
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Consolidation", "Rank"),
            QCoreApplication.translate("Consolidation", "Unit"),
            QCoreApplication.translate("Consolidation", "Value"),
        ]

    def values(self, row: Ranked) -> list[Any]:
        return [row.rank or None, row.unit.name, row.value]

    def display(self, row: Ranked, column: int) -> Any:
        return (str(row.rank) if row.rank else "–", row.unit.name, self.text(row.value))[column]

    def aligned_right(self, column: int) -> bool:
        return column != 1


class HistoryModel(_ReadOnlyTable):
    """A unit's (subtree's) or a member's figures year by year."""

    def set_history(self, rows: list[YearFigures]) -> None:
        self.set_rows(rows)

    def headers(self) -> list[str]:
        if self.rows and self.rows[0].member is not None:
            return [
                QCoreApplication.translate("Consolidation", "Year"),
                QCoreApplication.translate("Consolidation", "Months assessed"),
                QCoreApplication.translate("Consolidation", "Mean"),
                QCoreApplication.translate("Consolidation", "Band"),
                QCoreApplication.translate("Consolidation", "Pledge"),
                QCoreApplication.translate("Consolidation", "Initiatives"),
                QCoreApplication.translate("Consolidation", "Participations"),
            ]
        return [
            QCoreApplication.translate("Consolidation", "Year"),
            QCoreApplication.translate("Consolidation", "Members"),
            QCoreApplication.translate("Consolidation", "Pledged"),
            QCoreApplication.translate("Consolidation", "Assessed"),
            QCoreApplication.translate("Consolidation", "Mean"),
            band_name("excellent"),
            QCoreApplication.translate("Consolidation", "Initiatives"),
            QCoreApplication.translate("Consolidation", "Activities"),
        ]

    def values(self, row: YearFigures) -> list[str]:
        if row.member is not None:
            m = row.member
            return [
                str(row.year),
                f"{m.months_assessed}/{m.months_expected}",
                decimal_text(m.mean),
                band_name(m.band) if m.band else "–",
                pledge_state_label(m.pledge_state),
                format_quantity(m.initiatives),
                format_quantity(m.participations),
            ]
        f = row.figures
        assert f is not None
        return [
            str(row.year),
            format_quantity(f.members),
            f"{format_quantity(f.pledged)} ({_pct(f.pledged_pct)})",
            f"{format_quantity(f.assessed)}/{format_quantity(f.expected)}",
            decimal_text(f.mean),
            format_quantity(f.bands.get("excellent", 0)),
            format_quantity(f.initiative_count),
            format_quantity(f.activities),
        ]


def pledge_state_label(state: str) -> str:
    labels = {
        "": QCoreApplication.translate("Consolidation", "none"),
        "draft": QCoreApplication.translate("Consolidation", "draft"),
        "submitted": QCoreApplication.translate("Consolidation", "submitted"),
        "approved": QCoreApplication.translate("Consolidation", "approved"),
    }
    return labels.get(state, state)


class MemberMonthsModel(_ReadOnlyTable):
    """A unit's members over a period with each month's total (read-only: merged data)."""

    right_from = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.months: list[int] = list(range(1, 13))

    def set_members(self, rows: list[MemberFigures], months: list[int]) -> None:
        self.months = list(months)
        self.set_rows(rows)

    def member_at(self, row: int) -> MemberFigures | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Consolidation", "Member"),
            QCoreApplication.translate("Consolidation", "Position"),
            QCoreApplication.translate("Consolidation", "Pledge"),
            *(
                QCoreApplication.translate("Consolidation", "M{month}").format(month=m)
                for m in self.months
            ),
            QCoreApplication.translate("Consolidation", "Mean"),
            QCoreApplication.translate("Consolidation", "Band"),
        ]

    def values(self, m: MemberFigures) -> list[str]:
        return [
            m.full_name,
            m.position,
            pledge_state_label(m.pledge_state),
            *(decimal_text(m.monthly.get(month)) for month in self.months),
            decimal_text(m.mean),
            band_name(m.band) if m.band else "–",
        ]
