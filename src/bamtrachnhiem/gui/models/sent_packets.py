"""The packets this unit has sent (sổ gửi gói): when, which month, which number, which file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.exchange import SentPacket
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


class SentPacketsModel(RecordTableModel):
    """The export log, newest first."""

    COLUMNS = ("exported_at", "kind", "month", "seq", "file", "rows")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SentPacketsModel", "Exported"),
            QCoreApplication.translate("SentPacketsModel", "Packet"),
            QCoreApplication.translate("SentPacketsModel", "Month"),
            QCoreApplication.translate("SentPacketsModel", "No."),
            QCoreApplication.translate("SentPacketsModel", "File"),
            QCoreApplication.translate("SentPacketsModel", "Rows"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        packet: SentPacket | None = self._record(index)
        if packet is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(packet, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("month", "seq", "rows"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, packet: SentPacket, column: str) -> str:
        if column == "exported_at":
            return format_timestamp(packet.exported_at)
        if column == "kind":
            if packet.kind == "config":
                return QCoreApplication.translate(
                    "SentPacketsModel", "Configuration for {unit}"
                ).format(unit=packet.unit_code)
            return QCoreApplication.translate("SentPacketsModel", "Data")
        if column == "month":
            if packet.month is None:
                return str(packet.year)
            return f"{packet.month:02d}/{packet.year}"
        if column == "seq":
            return "" if packet.seq is None else str(packet.seq)
        if column == "file":
            return packet.file_name
        if column == "rows":
            rows = sum(v for v in packet.counts.values() if isinstance(v, int))
            return str(rows) if rows else ""
        return ""
