"""The pledge list: every active member, their pledge state and progress, who has not pledged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.pledges import (
    PledgeRow,
    PledgeState,
    TargetKind,
    TargetProgress,
)
from bamtrachnhiem.domain.text import fold
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel

NOT_PLEDGED_BACKGROUND = QColor("#FDECEA")  # light red: nothing recorded yet
DRAFT_BACKGROUND = QColor("#FFF6E0")  # light amber: written but not handed in
_STATE_COLOURS = {
    None: QColor("#B71C1C"),
    PledgeState.DRAFT: QColor("#8D6E00"),
    PledgeState.SUBMITTED: QColor("#1E4E8C"),
    PledgeState.APPROVED: QColor("#2E7D32"),
}


def pledge_state_label(state: PledgeState | None) -> str:
    """A pledge state (``None``: not pledged) as shown to the user."""
    if state is None:
        return QCoreApplication.translate("PledgeTableModel", "Not pledged")
    return {
        PledgeState.DRAFT: QCoreApplication.translate("PledgeTableModel", "Draft"),
        PledgeState.SUBMITTED: QCoreApplication.translate("PledgeTableModel", "Submitted"),
        PledgeState.APPROVED: QCoreApplication.translate("PledgeTableModel", "Approved"),
    }[state]


def progress_text(progress: TargetProgress) -> str:
    """ "1/2 sáng kiến": achieved of target in the target's unit (its name when it has none),
    with initiatives still under way; nothing recorded yet counts as 0."""
    target = progress.target
    achieved = format_quantity(progress.achieved or 0)
    text = f"{achieved}/{format_quantity(target.quantity)} {target.measure_unit or target.name}"
    if target.kind is TargetKind.INITIATIVES and progress.registered:
        text += " " + QCoreApplication.translate("PledgeTableModel", "(+{n} under way)").format(
            n=progress.registered
        )
    return text


class PledgeFilter:
    """What the state filter of the page can ask for."""

    ALL = "all"
    NOT_PLEDGED = "not_pledged"  # no pledge, or a draft not yet handed in
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class PledgeTableModel(RecordTableModel):
    """Rows are the year's active members in list order; filters keep that order."""

    COLUMNS = ("number", "name", "department", "state", "commitments", "progress")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PledgeRow] = []
        self._keys: list[str] = []
        self._rows: list[int] = []
        self._query = ""
        self._state_filter = PledgeFilter.ALL

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[PledgeRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._keys = [fold(f"{r.member.full_name} {r.member.department}") for r in rows]
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str = "", state_filter: str = PledgeFilter.ALL) -> None:
        """Keep rows whose folded name or department contain ``text`` and match the state."""
        self.beginResetModel()
        self._query, self._state_filter = fold(text), state_filter
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        words = self._query.split()
        wanted = self._state_filter
        rows = []
        for i, row in enumerate(self._all):
            if any(word not in self._keys[i] for word in words):
                continue
            if wanted == PledgeFilter.NOT_PLEDGED:
                if row.state not in (None, PledgeState.DRAFT):
                    continue
            elif wanted != PledgeFilter.ALL and (row.state is None or row.state.value != wanted):
                continue
            rows.append(i)
        return rows

    def row_at(self, row: int) -> PledgeRow:
        return self._all[self._rows[row]]

    def row_of(self, member_id: str) -> int:
        for row, index in enumerate(self._rows):
            if self._all[index].member.id == member_id:
                return row
        return -1

    # -- Qt interface ---------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PledgeTableModel", "No."),
            QCoreApplication.translate("PledgeTableModel", "Full name"),
            QCoreApplication.translate("PledgeTableModel", "Department"),
            QCoreApplication.translate("PledgeTableModel", "Pledge"),
            QCoreApplication.translate("PledgeTableModel", "Commitments"),
            QCoreApplication.translate("PledgeTableModel", "Personal targets: achieved/target"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._record(index)
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.state is None:
                return QBrush(NOT_PLEDGED_BACKGROUND)
            if row.state is PledgeState.DRAFT:
                return QBrush(DRAFT_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return QBrush(_STATE_COLOURS[row.state])
        if role == Qt.ItemDataRole.FontRole and column == "state":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "progress" and row.progress:
            return "\n".join(f"{p.target.name}: {progress_text(p)}" for p in row.progress)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "commitments"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.member.id
        return None

    def _display(self, row: PledgeRow, column: str, number: int) -> str:
        if column == "number":
            return str(number + 1)
        if column == "name":
            return row.member.full_name
        if column == "department":
            return row.member.department
        if column == "state":
            return pledge_state_label(row.state)
        if column == "commitments":
            return str(len(row.pledge.commitments)) if row.pledge else ""
        return " · ".join(progress_text(p) for p in row.progress)
