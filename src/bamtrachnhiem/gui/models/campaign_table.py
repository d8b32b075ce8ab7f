"""Table models of the campaigns tab: the year's campaigns, their targets, and draft targets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.campaigns import (
    Campaign,
    CampaignTarget,
    check_achieved,
    parse_quantity,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1  # whole percent (int) or None, for the bar


def percent_text(value: int | None) -> str:
    return "—" if value is None else f"{value}%"


def period_text(campaign: Campaign) -> str:
    """ "01/03/2026 – 31/03/2026", or the start alone when the end is open."""
    start, end = format_date(campaign.start_date), format_date(campaign.end_date)
    return f"{start} – {end}" if end else start


class CampaignListModel(RecordTableModel):
    """The year's campaigns: name, period, overall progress."""

    COLUMNS = ("name", "period", "progress")

    def replace_target(self, target: CampaignTarget) -> None:
        """Take a target's new achieved value into its campaign's row."""
        for row, campaign in enumerate(self._rows):
            for i, old in enumerate(campaign.targets):
                if old.id == target.id:
                    campaign.targets[i] = target
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
                    return

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CampaignListModel", "Campaign"),
            QCoreApplication.translate("CampaignListModel", "Period"),
            QCoreApplication.translate("CampaignListModel", "Progress"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        campaign = self._record(index)
        if campaign is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                if campaign.from_upper:
                    return QCoreApplication.translate(
                        "CampaignListModel", "{name} (from the level above)"
                    ).format(name=campaign.name)
                return campaign.name
            if column == "period":
                return period_text(campaign)
            return percent_text(campaign.percentage)
        if role == PERCENT_ROLE and column == "progress":
            return campaign.percentage
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            tip = campaign.theme
            if campaign.from_upper:
                upper = QCoreApplication.translate(
                    "CampaignListModel", "Launched by the level above."
                )
                tip = f"{tip}\n{upper}" if tip else upper
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole and campaign.from_upper and column == "name":
            return QBrush(QColor("#1E4E8C"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "progress":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return campaign.id
        return None


class CampaignTargetTableModel(RecordTableModel):
    """A campaign's targets; the achieved column is typed in place and saved at once.

    ``commit(target_id, value)`` stores an achieved value and returns the stored target;
    a refusal (``AppError``) is announced through ``refused`` and the cell keeps its value.
    """

    COLUMNS = ("name", "target", "achieved", "unit", "percent")
    refused = Signal(object)  # the AppError
    recorded = Signal(object)  # the stored CampaignTarget

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.commit: Callable[[str, float], CampaignTarget] | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CampaignTargetTableModel", "Target"),
            QCoreApplication.translate("CampaignTargetTableModel", "Target value"),
            QCoreApplication.translate("CampaignTargetTableModel", "Achieved"),
            QCoreApplication.translate("CampaignTargetTableModel", "Unit of measure"),
            QCoreApplication.translate("CampaignTargetTableModel", "Progress"),
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "achieved" and self.commit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        target = self._record(index)
        if target is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "name":
                return target.name
            if column == "target":
                return format_quantity(target.target_value)
            if column == "achieved":
                return format_quantity(target.achieved_value)
            if column == "unit":
                return target.measure_unit
            return percent_text(target.percentage)
        if role == PERCENT_ROLE and column == "percent":
            return target.percentage
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("target", "achieved"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "achieved" and self.commit:
            return QCoreApplication.translate(
                "CampaignTargetTableModel", "Type the value achieved so far and press Enter."
            )
        if role == Qt.ItemDataRole.BackgroundRole and column == "achieved" and self.commit:
            return QBrush(QColor("#FFFBEA"))
        if role == Qt.ItemDataRole.UserRole:
            return target.id
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.COLUMNS[index.column()] != "achieved"
            or self.commit is None
        ):
            return False
        target = self._rows[index.row()]
        try:
            number = value if isinstance(value, int | float) else parse_quantity(str(value))
            number = check_achieved(target.name, number)
            if number == target.achieved_value:
                return True
            stored = self.commit(target.id, number)
        except AppError as exc:
            self.refused.emit(exc)
            return False
        self._rows[index.row()] = stored
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        self.recorded.emit(stored)
        return True


class TargetDraftModel(RecordTableModel):
    """The targets being defined in the campaign dialog: name, unit of measure, value."""

    COLUMNS = ("name", "unit", "target")
    refused = Signal(object)  # the AppError of a value that is not a number

    def __init__(self, targets: list[CampaignTarget] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CampaignTarget] = [replace(t) for t in targets or []]
        self.read_only = False

    def targets(self) -> list[CampaignTarget]:
        """The rows typed, leaving out rows left completely empty."""
        return [
            replace(t)
            for t in self._rows
            if t.name.strip() or t.measure_unit.strip() or t.target_value or t.id
        ]

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(CampaignTarget(name=""))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TargetDraftModel", "Target"),
            QCoreApplication.translate("TargetDraftModel", "Unit of measure"),
            QCoreApplication.translate("TargetDraftModel", "Target value"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        target = self._record(index)
        if target is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "name":
                return target.name
            if column == "unit":
                return target.measure_unit
            return format_quantity(target.target_value) if target.target_value else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "target":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        target = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        text = "" if value is None else str(value)
        if column == "name":
            target.name = text
        elif column == "unit":
            target.measure_unit = text
        else:
            try:
                target.target_value = parse_quantity(text) if text.strip() else 0.0
            except AppError as exc:
                self.refused.emit(exc)
                return False
        self.dataChanged.emit(index, index)
        return True
