"""Table models of the activities tab: the activity list and the participant checklist."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.domain.text import fold, name_collation_key
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def kind_label(kind: ActivityKind) -> str:
    """The activity type as shown to the user."""
    return {
        ActivityKind.CONTEST: QCoreApplication.translate("ActivityKind", "Contest"),
        ActivityKind.FORUM: QCoreApplication.translate("ActivityKind", "Forum"),
        ActivityKind.SEMINAR: QCoreApplication.translate("ActivityKind", "Seminar"),
        ActivityKind.TALK: QCoreApplication.translate("ActivityKind", "Talk"),
        ActivityKind.TRAINING: QCoreApplication.translate("ActivityKind", "Training"),
        ActivityKind.VOLUNTEER: QCoreApplication.translate("ActivityKind", "Volunteer day"),
        ActivityKind.CLUB: QCoreApplication.translate("ActivityKind", "Club"),
        ActivityKind.OTHER: QCoreApplication.translate("ActivityKind", "Other"),
    }[ActivityKind(kind)]


class ActivityTableModel(RecordTableModel):
    """Activities: date, type, title, place, participants, citizens helped; sortable."""

    COLUMNS = ("date", "kind", "title", "place", "participants", "citizens")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Iterable[Activity]) -> None:
        """Replace the activities, keeping the chosen sort order."""
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_order()
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ActivityTableModel", "Date"),
            QCoreApplication.translate("ActivityTableModel", "Type"),
            QCoreApplication.translate("ActivityTableModel", "Title"),
            QCoreApplication.translate("ActivityTableModel", "Place"),
            QCoreApplication.translate("ActivityTableModel", "Participants"),
            QCoreApplication.translate("ActivityTableModel", "Citizens helped"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        activity = self._record(index)
        if activity is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            lines = [activity.title]
            if activity.results:
                lines.append(activity.results)
            if activity.prizes:
                lines.append(activity.prizes)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("participants", "citizens"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return activity.id
        return None

    @staticmethod
    def _display(activity: Activity, column: str) -> str:
        if column == "date":
            return format_date(activity.date)
        if column == "kind":
            return kind_label(activity.kind)
        if column == "participants":
            return str(len(activity.participants))
        if column == "citizens":
            return str(activity.citizens_helped)
        return getattr(activity, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self._apply_order()
        self.layoutChanged.emit()

    def _apply_order(self) -> None:
        column, order = self._order
        name = self.COLUMNS[column]
        if name == "date":
            key = lambda a: (a.date, name_collation_key("", a.title))  # noqa: E731
        elif name == "participants":
            key = lambda a: (len(a.participants), a.date)  # noqa: E731
        elif name == "citizens":
            key = lambda a: (a.citizens_helped, a.date)  # noqa: E731
        else:
            key = lambda a: (name_collation_key("", self._display(a, name)), a.date)  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class MemberChecklistModel(RecordTableModel):
    """Members to tick as participants, narrowed by accent-blind search (domain.text.fold)."""

    COLUMNS = ("name", "department")
    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Member] = []
        self._keys: list[str] = []
        self._rows: list[int] = []  # indexes into _all that match the search
        self._checked: set[str] = set()
        self._query = ""

    def set_rows(self, rows: Iterable[Member], checked: list[str] | None = None) -> None:
        """Members in list order (the service's Vietnamese order); ``checked`` ids ticked."""
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [fold(f"{m.full_name} {m.department} {m.position}") for m in self._all]
        self._checked = set(checked or [])
        self._rows = self._matching()
        self.endResetModel()
        self.checked_changed.emit()

    def set_filter(self, text: str) -> None:
        query = fold(text)
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._rows = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int]:
        words = self._query.split()
        return [i for i, key in enumerate(self._keys) if all(w in key for w in words)]

    def checked_ids(self) -> list[str]:
        """Ticked members, in list order."""
        return [m.id for m in self._all if m.id in self._checked]

    def row_at(self, row: int) -> Member:
        return self._all[self._rows[row]]

    def shown_state(self) -> Qt.CheckState:
        """Whether every, some or none of the members shown are ticked."""
        ticked = sum(1 for i in self._rows if self._all[i].id in self._checked)
        if ticked == 0:
            return Qt.CheckState.Unchecked
        if ticked == len(self._rows):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked

    def set_shown_checked(self, checked: bool) -> None:
        """Tick (or untick) every member the search shows."""
        ids = {self._all[i].id for i in self._rows}
        if checked:
            self._checked |= ids
        else:
            self._checked -= ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def toggle(self, row: int) -> None:
        index = self.index(row, 0)
        checked = self.row_at(row).id in self._checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("MemberChecklistModel", "Member"),
            QCoreApplication.translate("MemberChecklistModel", "Department"),
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        member = self._record(index)
        if member is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return member.full_name if column == "name" else member.department
        if role == Qt.ItemDataRole.CheckStateRole and column == "name":
            return Qt.CheckState.Checked if member.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and member.status is not MemberStatus.ACTIVE:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        member_id = self.row_at(index.row()).id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == Qt.CheckState.Checked:
            self._checked.add(member_id)
        else:
            self._checked.discard(member_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True
