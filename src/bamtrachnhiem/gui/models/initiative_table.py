"""The initiative list: title, authors, field, state, before → after, dossiers, time saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.initiatives import COUNTED_STATES, Initiative, InitiativeState
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel

_STATE_COLOURS = {
    InitiativeState.REGISTERED: QColor("#455A64"),
    InitiativeState.TRIAL: QColor("#8D6E00"),
    InitiativeState.APPLIED: QColor("#1E4E8C"),
    InitiativeState.RECOGNISED: QColor("#2E7D32"),
    InitiativeState.REJECTED: QColor("#B71C1C"),
}


def initiative_state_label(state: InitiativeState) -> str:
    return {
        InitiativeState.REGISTERED: QCoreApplication.translate(
            "InitiativeTableModel", "Registered"
        ),
        InitiativeState.TRIAL: QCoreApplication.translate("InitiativeTableModel", "On trial"),
        InitiativeState.APPLIED: QCoreApplication.translate("InitiativeTableModel", "Applied"),
        InitiativeState.RECOGNISED: QCoreApplication.translate(
            "InitiativeTableModel", "Recognised"
        ),
        InitiativeState.REJECTED: QCoreApplication.translate("InitiativeTableModel", "Rejected"),
    }[state]


def measure_text(initiative: Initiative) -> str:
    """ "3 → 1 ngày/hồ sơ"; "" when neither figure is known."""
    if initiative.before_value is None and initiative.after_value is None:
        return ""
    before = format_quantity(initiative.before_value) or "?"
    after = format_quantity(initiative.after_value) or "?"
    return f"{before} → {after} {initiative.measure_unit}".strip()


def saved_text(initiative: Initiative) -> str:
    saved = initiative.time_saved
    if saved is None:
        return ""
    return f"{format_quantity(saved)} {initiative.saved_unit}".strip()


class InitiativeTableModel(RecordTableModel):
    """Rows are initiatives in the order the service lists them."""

    COLUMNS = ("title", "authors", "field", "state", "measure", "dossiers", "saved")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("InitiativeTableModel", "Initiative"),
            QCoreApplication.translate("InitiativeTableModel", "Authors"),
            QCoreApplication.translate("InitiativeTableModel", "Field"),
            QCoreApplication.translate("InitiativeTableModel", "State"),
            QCoreApplication.translate("InitiativeTableModel", "Before → after"),
            QCoreApplication.translate("InitiativeTableModel", "Dossiers"),
            QCoreApplication.translate("InitiativeTableModel", "Time saved"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        initiative = self._record(index)
        if initiative is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(initiative, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state":
                return QBrush(_STATE_COLOURS[initiative.state])
            if column == "saved" and initiative.state not in COUNTED_STATES:
                return QBrush(QColor("#8A8F98"))  # not saving time yet: not in the total
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                details = [initiative.title, initiative.problem, initiative.solution]
                return "\n".join(text for text in details if text)
            if column == "state":
                return self._state_details(initiative)
            if column == "saved" and initiative.state not in COUNTED_STATES:
                return QCoreApplication.translate(
                    "InitiativeTableModel",
                    "Counted in the total once the initiative is applied.",
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("dossiers", "saved"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return initiative.id
        return None

    def _display(self, initiative: Initiative, column: str) -> str:
        if column == "title":
            return initiative.title
        if column == "authors":
            return ", ".join(initiative.author_names)
        if column == "field":
            return initiative.field
        if column == "state":
            return initiative_state_label(initiative.state)
        if column == "measure":
            return measure_text(initiative)
        if column == "dossiers":
            return format_quantity(initiative.dossiers_affected)
        return saved_text(initiative)

    @staticmethod
    def _state_details(initiative: Initiative) -> str | None:
        if initiative.state is InitiativeState.RECOGNISED:
            return QCoreApplication.translate(
                "InitiativeTableModel", "{level}, decision {number} of {date}"
            ).format(
                level=initiative.recognised_level,
                number=initiative.decision_number,
                date=format_date(initiative.decision_date),
            )
        if initiative.state is InitiativeState.REJECTED:
            return initiative.rejected_reason
        return None
