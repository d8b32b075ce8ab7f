"""The member table: accent-blind filtering and Vietnamese sorting over a service list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.records import Member, MemberStatus
from bamtrachnhiem.domain.text import fold, name_collation_key
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def status_label(status: MemberStatus) -> str:
    """The status as shown to the user."""
    return {
        MemberStatus.ACTIVE: QCoreApplication.translate("MemberTableModel", "Active"),
        MemberStatus.TRANSFERRED: QCoreApplication.translate("MemberTableModel", "Transferred"),
        MemberStatus.AGED_OUT: QCoreApplication.translate("MemberTableModel", "Aged out"),
    }[status]


def birth_text(member: Member) -> str:
    if member.birth_date:
        return format_date(member.birth_date)
    return str(member.birth_year) if member.birth_year else ""


class MemberTableModel(RecordTableModel):
    """Rows are members; ``set_filter`` narrows them without another database query."""

    COLUMNS = ("number", "name", "birth", "gender", "position", "department", "phone", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Member] = []
        self._keys: list[str] = []
        self._rows: list[int] = []  # indexes into _all, in display order
        self._query = ""
        self._order: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.AscendingOrder)

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[Member]) -> None:
        """Replace the rows (members arrive in Vietnamese name order from the service)."""
        self.beginResetModel()
        self._all = rows
        self._keys = [m.search_text for m in rows]
        self._rows = self._filtered(range(len(rows)))
        self._apply_order()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep rows whose folded name, phone, position or department contain ``text``."""
        query = fold(text)
        if query == self._query:
            return
        # Typing on narrows the rows already shown; anything else starts from all rows.
        narrowing = self._query and query.startswith(self._query)
        self.beginResetModel()
        self._query = query
        self._rows = self._filtered(self._rows if narrowing else range(len(self._all)))
        if not narrowing:
            self._apply_order()
        self.endResetModel()

    def _filtered(self, candidates) -> list[int]:
        keys = self._keys
        rows = list(candidates)
        for word in self._query.split():  # one pass per word: cheaper than all() per row
            rows = [i for i in rows if word in keys[i]]
        return rows

    @property
    def total(self) -> int:
        """Members loaded, before filtering."""
        return len(self._all)

    def row_at(self, row: int) -> Member:
        return self._all[self._rows[row]]

    # -- Qt interface ---------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("MemberTableModel", "No."),
            QCoreApplication.translate("MemberTableModel", "Full name"),
            QCoreApplication.translate("MemberTableModel", "Born"),
            QCoreApplication.translate("MemberTableModel", "Gender"),
            QCoreApplication.translate("MemberTableModel", "Position"),
            QCoreApplication.translate("MemberTableModel", "Department"),
            QCoreApplication.translate("MemberTableModel", "Phone"),
            QCoreApplication.translate("MemberTableModel", "Status"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        member = self._record(index)
        if member is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column, index.row())
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == "name"
            and member.possible_duplicate_of
        ):
            return QCoreApplication.translate(
                "MemberTableModel",
                "Possible duplicate: another member of this unit has the same name.",
            )
        if role == Qt.ItemDataRole.ForegroundRole and member.status is not MemberStatus.ACTIVE:
            return QBrush(QColor("#777777"))
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == "name"
            and member.possible_duplicate_of
        ):
            return QBrush(QColor("#FFF3CD"))
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        return None

    def _display(self, member: Member, column: str, row: int) -> str:
        if column == "number":
            return str(row + 1)
        if column == "name":
            mark = " ⚠" if member.possible_duplicate_of else ""
            return member.full_name + mark
        if column == "birth":
            return birth_text(member)
        if column == "gender":
            return member.gender.value if member.gender else ""
        if column == "status":
            return status_label(member.status)
        return getattr(member, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self._apply_order()
        self.layoutChanged.emit()

    def _apply_order(self) -> None:
        column, order = self._order
        name = self.COLUMNS[column]
        members = self._all
        if name in ("number", "name"):
            # The service returns Vietnamese order, and filtering keeps it.
            if order == Qt.SortOrder.AscendingOrder:
                self._rows.sort()
                return
            key = lambda i: i  # noqa: E731
        elif name == "birth":
            key = lambda i: (str(members[i].birth_date or members[i].birth_year or ""), i)  # noqa: E731
        else:
            key = lambda i: (name_collation_key("", self._display(members[i], name, 0)), i)  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
