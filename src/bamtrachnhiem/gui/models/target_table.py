"""The personal targets of one pledge, edited in place: name, quantity, unit, achieved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.pledges import (
    TARGET_DEFAULTS,
    PersonalTarget,
    TargetKind,
    format_quantity,
    target_progress,
)
from bamtrachnhiem.domain.text import clean_text
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def target_kind_label(kind: TargetKind) -> str:
    return {
        TargetKind.INITIATIVES: QCoreApplication.translate("PledgeTargetTableModel", "Initiatives"),
        TargetKind.COURSES: QCoreApplication.translate("PledgeTargetTableModel", "Courses"),
        TargetKind.VOLUNTEER_DAYS: QCoreApplication.translate(
            "PledgeTargetTableModel", "Volunteer days"
        ),
        TargetKind.OTHER: QCoreApplication.translate("PledgeTargetTableModel", "Other"),
    }[kind]


def parse_quantity(text: object) -> float | None:
    """A typed number, "1,5" or "1.5"; ``None`` when empty. Raises ``ValueError`` otherwise."""
    cleaned = clean_text(text).replace(",", ".")
    if not cleaned:
        return None
    number = float(cleaned)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(cleaned)
    return number


class PledgeTargetTableModel(RecordTableModel):
    """Editable rows of targets; the kind is chosen when a row is added.

    An initiatives target shows the count of the member's initiatives instead of a typed
    achieved value. Once the pledge is approved only the achieved values stay editable.
    """

    COLUMNS = ("kind", "name", "quantity", "measure_unit", "achieved")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._initiative_counts: dict[str, int] = {}
        self.locked = False

    def set_rows(
        self, rows: Iterable[PersonalTarget], initiative_counts: dict[str, int] | None = None
    ) -> None:
        """Copies of ``rows`` to edit; ``initiative_counts`` feed the initiatives targets."""
        self.beginResetModel()
        self._rows = [replace(t) for t in rows]
        self._initiative_counts = dict(initiative_counts or {})
        self.endResetModel()

    def set_locked(self, locked: bool) -> None:
        self.beginResetModel()
        self.locked = locked
        self.endResetModel()

    def targets(self) -> list[PersonalTarget]:
        return [replace(t) for t in self._rows]

    def add(self, kind: TargetKind) -> int:
        """Append a target of ``kind`` with its usual name and unit; returns its row."""
        name, unit = TARGET_DEFAULTS[kind]
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(PersonalTarget(kind=kind, name=name, quantity=1, measure_unit=unit))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows) and not self.locked:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # -- Qt interface ---------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PledgeTargetTableModel", "Kind"),
            QCoreApplication.translate("PledgeTargetTableModel", "Target"),
            QCoreApplication.translate("PledgeTargetTableModel", "Quantity"),
            QCoreApplication.translate("PledgeTargetTableModel", "Unit of measure"),
            QCoreApplication.translate("PledgeTargetTableModel", "Achieved"),
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        target = self._rows[index.row()]
        if column == "achieved":
            if target.kind is not TargetKind.INITIATIVES:
                flags |= Qt.ItemFlag.ItemIsEditable
        elif column != "kind" and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        target = self._record(index)
        if target is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "kind":
                return target_kind_label(target.kind)
            if column == "quantity":
                return format_quantity(target.quantity)
            if column == "achieved":
                if target.kind is TargetKind.INITIATIVES:
                    progress = target_progress(target, self._initiative_counts)
                    return format_quantity(progress.achieved)
                return format_quantity(target.achieved)
            return getattr(target, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "achieved":
            if target.kind is TargetKind.INITIATIVES:
                return QCoreApplication.translate(
                    "PledgeTargetTableModel",
                    "Counted from this member's initiatives of the year that are applied or "
                    "recognised ({n} more under way).",
                ).format(n=target_progress(target, self._initiative_counts).registered)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not (
            self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("quantity", "achieved"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        target = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        try:
            if column == "quantity":
                number = parse_quantity(value)
                if number is None or number <= 0:
                    return False
                target.quantity = number
            elif column == "achieved":
                number = parse_quantity(value)
                if number is not None and number < 0:
                    return False
                target.achieved = number
            else:
                setattr(target, column, clean_text(value))
        except ValueError:
            return False  # the cell keeps its value; the delegate shows it unchanged
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True
