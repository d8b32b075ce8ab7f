"""The import log (sổ nhận gói): every packet received here, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem import messages
from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.exchange import ImportLogEntry
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def log_outcome_text(entry: ImportLogEntry) -> str:
    if entry.outcome == "imported":
        if entry.kind == "config":
            return QCoreApplication.translate("ImportLogModel", "Configuration imported")
        if entry.confirmed_edited:
            return QCoreApplication.translate("ImportLogModel", "Imported (edits confirmed)")
        return QCoreApplication.translate("ImportLogModel", "Imported")
    if entry.outcome == "edited":
        return QCoreApplication.translate("ImportLogModel", "Edited after export, not imported")
    return QCoreApplication.translate("ImportLogModel", "Refused")


class ImportLogModel(RecordTableModel):
    """When, which file, which unit and month, and what became of it."""

    COLUMNS = ("imported_at", "file", "unit", "month", "seq", "outcome")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportLogModel", "Received"),
            QCoreApplication.translate("ImportLogModel", "File"),
            QCoreApplication.translate("ImportLogModel", "Unit"),
            QCoreApplication.translate("ImportLogModel", "Month"),
            QCoreApplication.translate("ImportLogModel", "No."),
            QCoreApplication.translate("ImportLogModel", "Outcome"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry: ImportLogEntry | None = self._record(index)
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "outcome" and entry.errors:
                first = entry.errors[0]
                # Logs written before the parameters had their own key hold them flat.
                params = first.get("params") or {k: v for k, v in first.items() if k != "code"}
                return messages.text(str(first.get("code", "")), current_language(), **params)
            if column == "file" and entry.archived_path:
                return QCoreApplication.translate("ImportLogModel", "Kept as {path}").format(
                    path=entry.archived_path
                )
            return self._text(entry, column) or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "outcome"
            and entry.outcome != "imported"
        ):
            return QBrush(QColor("#B71C1C"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("month", "seq"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, entry: ImportLogEntry, column: str) -> str:
        if column == "imported_at":
            return format_timestamp(entry.imported_at)
        if column == "file":
            return entry.file_name
        if column == "unit":
            return entry.unit_code or ""
        if column == "month":
            if entry.year is None:
                return ""
            return f"{entry.month:02d}/{entry.year}" if entry.month else str(entry.year)
        if column == "seq":
            return "" if entry.seq is None else str(entry.seq)
        return log_outcome_text(entry)
