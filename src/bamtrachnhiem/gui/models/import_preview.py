"""Rows of a member-list import preview, with each row's problems marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem import messages
from bamtrachnhiem.domain.exchange import Issue
from bamtrachnhiem.exchange.member_list import ImportRow
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel
from bamtrachnhiem.gui.models.member_table import birth_text


def issue_text(issue: Issue) -> str:
    """One problem of a row as a sentence in the chosen language."""
    return messages.text(issue.code, current_language(), **issue.params)


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("ImportPreviewModel", "Add"),
        "update": QCoreApplication.translate("ImportPreviewModel", "Update"),
        "unchanged": QCoreApplication.translate("ImportPreviewModel", "Unchanged"),
        "skip": QCoreApplication.translate("ImportPreviewModel", "Skipped"),
        "error": QCoreApplication.translate("ImportPreviewModel", "Error"),
    }.get(action, action)


class ImportPreviewModel(RecordTableModel):
    """One line per sheet row: what will happen to it, and why."""

    COLUMNS = ("row", "action", "full_name", "born", "gender", "phone", "problems")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportPreviewModel", "Row"),
            QCoreApplication.translate("ImportPreviewModel", "Action"),
            QCoreApplication.translate("ImportPreviewModel", "Full name"),
            QCoreApplication.translate("ImportPreviewModel", "Born"),
            QCoreApplication.translate("ImportPreviewModel", "Gender"),
            QCoreApplication.translate("ImportPreviewModel", "Phone"),
            QCoreApplication.translate("ImportPreviewModel", "Problems"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._record(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(QColor("#FDE2E1"))
            if row.warnings:
                return QBrush(QColor("#FFF3CD"))
            if row.action == "skip":
                return QBrush(QColor("#F0F0F0"))
        return None

    def _text(self, row: ImportRow, column: int) -> str:
        member = row.member
        if column == 0:
            return str(row.row)
        if column == 1:
            return action_label(row.action)
        if column == 6:
            problems = [issue_text(i) for i in row.errors + row.warnings]
            if row.skipped_reason:
                problems.insert(0, messages.text(row.skipped_reason, current_language()))
            return " ".join(problems)
        if member is None:
            return ""
        if column == 2:
            return member.full_name
        if column == 3:
            return birth_text(member)
        if column == 4:
            return member.gender.value if member.gender else ""
        return member.phone
