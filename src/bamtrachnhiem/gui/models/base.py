"""The table model boilerplate shared by the list models: rows, columns, headers, lookups."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are records with an ``id``, columns are named in ``COLUMNS``.

    Subclasses give the translated header texts in ``headers()`` (literal
    ``QCoreApplication.translate`` calls, so that lupdate finds them) and their own ``data``.
    A model that filters keeps indexes in ``_rows`` and overrides ``row_at``.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row showing the record ``record_id``; -1 when it is not shown."""
        return next((r for r in range(len(self._rows)) if self.row_at(r).id == record_id), -1)

    def headers(self) -> tuple[str, ...]:
        """The horizontal header texts, one per column, in the user's language."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def _record(self, index: AnyIndex) -> Any:
        """The record of ``index``; None for an invalid index or a row no longer there."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.row_at(index.row())
