"""Tables of one packet's details: counts per kind, unit sections, problems and edited rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem import messages
from bamtrachnhiem.domain.exchange import (
    COUNTED_KINDS,
    EditedRow,
    Issue,
    KindCounts,
    SectionOutcome,
    SectionStatus,
)
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel
from bamtrachnhiem.gui.models.exchange_preview import changes_text, kind_label

_NUMBER_FIELDS = ("created", "updated", "unchanged", "removed", "stale", "rejected")


@dataclass
class KindRow:
    kind: str
    counts: KindCounts


class KindCountsModel(RecordTableModel):
    """One line per record kind: created, updated, unchanged, removed, stale, rejected."""

    COLUMNS = ("kind", *_NUMBER_FIELDS)

    def set_counts(self, counts: dict[str, KindCounts]) -> None:
        """Kinds with at least one row, in the order of the import report."""
        rows = [
            KindRow(kind, counts[kind])
            for kind in (*COUNTED_KINDS, *(k for k in counts if k not in COUNTED_KINDS))
            if kind in counts and any(counts[kind].as_dict().values())
        ]
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("KindCountsModel", "Kind"),
            QCoreApplication.translate("KindCountsModel", "New"),
            QCoreApplication.translate("KindCountsModel", "Changed"),
            QCoreApplication.translate("KindCountsModel", "Same"),
            QCoreApplication.translate("KindCountsModel", "Removed"),
            QCoreApplication.translate("KindCountsModel", "Older, skipped"),
            QCoreApplication.translate("KindCountsModel", "Not imported"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row: KindRow | None = self._record(index)
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return kind_label(row.kind)
            return str(getattr(row.counts, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "kind":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def section_status_text(status: SectionStatus) -> str:
    return messages.text(f"exchange_section_{status.value}", current_language())


class SectionsModel(RecordTableModel):
    """The unit snapshots a packet holds (its own unit first, then the units riding along)."""

    COLUMNS = ("unit", "month", "seq", "status", "changes")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SectionsModel", "Unit"),
            QCoreApplication.translate("SectionsModel", "Month"),
            QCoreApplication.translate("SectionsModel", "No."),
            QCoreApplication.translate("SectionsModel", "Snapshot"),
            QCoreApplication.translate("SectionsModel", "Changes"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        section: SectionOutcome | None = self._record(index)
        if section is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "unit":
                return f"{section.unit_name} ({section.unit_code})"
            if column == "month":
                return f"{section.month:02d}/{section.year}"
            if column == "seq":
                return str(section.seq)
            if column == "status":
                return section_status_text(section.status)
            return changes_text(section.counts)
        return None


@dataclass
class ProblemRow:
    """An error or a warning of a file, with where it is."""

    issue: Issue
    error: bool


class IssuesModel(RecordTableModel):
    """Errors (the file is refused) and warnings, each with its sheet, cell and row."""

    COLUMNS = ("severity", "sheet", "cell", "row", "message")

    def set_issues(self, errors: list[Issue], warnings: list[Issue]) -> None:
        self.set_rows(
            [ProblemRow(i, True) for i in errors] + [ProblemRow(i, False) for i in warnings]
        )

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("IssuesModel", "Kind"),
            QCoreApplication.translate("IssuesModel", "Sheet"),
            QCoreApplication.translate("IssuesModel", "Cell"),
            QCoreApplication.translate("IssuesModel", "Row"),
            QCoreApplication.translate("IssuesModel", "Message"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        problem: ProblemRow | None = self._record(index)
        if problem is None:
            return None
        column = self.COLUMNS[index.column()]
        issue = problem.issue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "severity":
                return (
                    QCoreApplication.translate("IssuesModel", "Error")
                    if problem.error
                    else QCoreApplication.translate("IssuesModel", "Warning")
                )
            if column == "sheet":
                return issue.sheet or ""
            if column == "cell":
                return issue.cell or ""
            if column == "row":
                return "" if issue.row is None else str(issue.row)
            return messages.text(issue.code, current_language(), **issue.params)
        if role == Qt.ItemDataRole.ForegroundRole and column == "severity":
            return QBrush(QColor("#B71C1C" if problem.error else "#8A6D00"))
        return None


class EditedRowsModel(RecordTableModel):
    """The rows of an edited packet that no longer match what was exported."""

    COLUMNS = ("sheet", "row", "record", "unit", "change")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("EditedRowsModel", "Sheet"),
            QCoreApplication.translate("EditedRowsModel", "Row"),
            QCoreApplication.translate("EditedRowsModel", "Record"),
            QCoreApplication.translate("EditedRowsModel", "Unit"),
            QCoreApplication.translate("EditedRowsModel", "Change"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        edited: EditedRow | None = self._record(index)
        if edited is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "sheet":
                return edited.sheet
            if column == "row":
                return str(edited.row)
            if column == "record":
                return edited.record_id
            if column == "unit":
                return edited.unit_code
            return (
                QCoreApplication.translate("EditedRowsModel", "Added after export")
                if edited.added
                else QCoreApplication.translate("EditedRowsModel", "Changed after export")
            )
        return None
