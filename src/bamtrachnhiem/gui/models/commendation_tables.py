"""Table models of the Khen thưởng page: rows of records shown as text, sortable by text.

Each model keeps its records and a function giving one record's cells; the page gives the
translated headers. Sorting uses the cells' Vietnamese collation keys (numbers by value).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from bamtrachnhiem.documents.model import Value
from bamtrachnhiem.domain.text import sort_key
from bamtrachnhiem.gui.models.base import RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
Cells = Callable[[Any], Sequence[object]]


class RowsModel(RecordTableModel):
    """Records shown through ``cells(record)``; ``tint(record)`` may grey or colour a row."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        cells: Cells,
        parent=None,
        *,
        tint: Callable[[Any], str | None] | None = None,
        tooltip: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells
        self._tint = tint
        self._tooltip = tooltip
        self.COLUMNS = tuple(str(i) for i in range(len(headers())))

    def headers(self) -> tuple[str, ...]:
        return tuple(self._headers())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_of(self, record_id: str) -> int:
        for r in range(len(self._rows)):
            if (
                getattr(self.row_at(r), "id", None) == record_id
                or getattr(self.row_at(r), "key", None) == record_id
            ):
                return r
        return -1

    def records(self) -> list[Any]:
        return list(self._rows)

    def values(self) -> list[list[Value]]:
        """Every row in the order shown, for printing the table: numbers stay numbers (the
        paper and the workbook format them), everything else as the screen shows it."""
        return [[_value(c) for c in self._cells(r)] for r in self._rows]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self._record(index)
        if record is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells(record)
            value = cells[index.column()] if index.column() < len(cells) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                if self._tooltip is not None:
                    return self._tooltip(record) or None
                return _text(value) if len(_text(value)) > 40 else None
            return _text(value)
        if role == Qt.ItemDataRole.ForegroundRole and self._tint is not None:
            colour = self._tint(record)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            cells = self._cells(record)
            value = cells[index.column()] if index.column() < len(cells) else ""
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()

        def key(record: Any) -> tuple:
            value = self._cells(record)[column]
            if isinstance(value, int | float) and not isinstance(value, bool):
                return (0, float(value), sort_key(""))
            return (1, 0.0, sort_key(_text(value)))

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _value(value: object) -> Value:
    if isinstance(value, bool):
        return "x" if value else ""  # the papers' mark (the print font has no ✓)
    if isinstance(value, int | float):
        return value
    return _text(value)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return str(value)
