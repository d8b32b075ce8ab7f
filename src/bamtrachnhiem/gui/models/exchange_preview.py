"""The files of a packet import, one line each: unit, month, sequence, outcome and changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem import messages
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.exchange import (
    COUNTED_KINDS,
    FileOutcome,
    ImportReport,
    ImportStatus,
    KindCounts,
    notices,
)
from bamtrachnhiem.gui.i18n import current_language
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the FileOutcome of the line
# Line colours by outcome: what will change, what is left as it is, what needs the user.
_BACKGROUND = {
    ImportStatus.IMPORTED: "#E6F4EA",
    ImportStatus.ALREADY_IMPORTED: "#F1F3F4",
    ImportStatus.STALE: "#F1F3F4",
    ImportStatus.EDITED: "#FFF3CD",
    ImportStatus.REFUSED: "#FDE2E1",
    ImportStatus.CANCELLED: "#F1F3F4",
}
# The kinds a line's change summary adds up: the records people work with, not the tree.
SUMMED_KINDS = tuple(k for k in COUNTED_KINDS if k != "units")


def kind_label(kind: str) -> str:
    """A record kind as the user calls it (Đoàn viên, Phiếu đánh giá tháng, ...)."""
    return messages.text(f"cli_kind_{kind}", current_language())


def edited_row_count(outcome: FileOutcome) -> int:
    """Rows changed, added or missing since the export."""
    return (
        len(outcome.edited_rows)
        + sum(outcome.rows_missing.values())
        + sum(outcome.rows_extra.values())
    )


def shown_counts(outcome: FileOutcome) -> dict[str, KindCounts]:
    """What the line's changes column sums: for an edited packet, what confirming it would do."""
    if outcome.status is ImportStatus.EDITED and outcome.counts_if_accepted is not None:
        return outcome.counts_if_accepted
    return outcome.counts


def outcome_text(outcome: FileOutcome, *, dry_run: bool, confirmed: bool = False) -> str:
    """The outcome of a file in words: will import, already imported on …, stale, edited, refused
    and why (Vietnamese by default, from the message catalogue)."""
    lang = current_language()
    status = outcome.status
    if status is ImportStatus.IMPORTED:
        if dry_run:
            return messages.text("exchange_outcome_will_import", lang)
        if outcome.confirmed_edited:
            return messages.text("exchange_outcome_imported_confirmed", lang)
        return messages.text("exchange_outcome_imported", lang)
    if status is ImportStatus.ALREADY_IMPORTED:
        if outcome.already_imported_at is None:
            return messages.text("exchange_outcome_already_undated", lang)
        day = format_date(outcome.already_imported_at.astimezone().date())
        return messages.text("exchange_outcome_already", lang, date=day)
    if status is ImportStatus.STALE:
        stale = next((w for w in outcome.warnings if w.code == "packet_stale"), None)
        if stale is None:
            return messages.text("exchange_outcome_stale_plain", lang)
        return messages.text("exchange_outcome_stale", lang, **stale.params)
    if status is ImportStatus.EDITED:
        if not dry_run:
            return messages.text("exchange_outcome_edited_left", lang)
        code = "exchange_outcome_edited_confirmed" if confirmed else "exchange_outcome_edited"
        return messages.text(code, lang, rows=edited_row_count(outcome))
    if status is ImportStatus.REFUSED:
        reason = (
            messages.text(outcome.errors[0].code, lang, **outcome.errors[0].params)
            if outcome.errors
            else ""
        )
        return messages.text("exchange_outcome_refused", lang, reason=reason)
    return messages.text("exchange_outcome_cancelled", lang)


def notice_texts(outcome: FileOutcome) -> list[str]:
    """The sentences of what deserves a look in a file that is not refused (a sequence gap,
    a packet dated in the future)."""
    if outcome.status in (ImportStatus.REFUSED, ImportStatus.CANCELLED):
        return []
    lang = current_language()
    return [
        messages.text(issue.code, lang, **issue.params)
        for issue in notices(outcome, datetime.now(UTC))
    ]


def changes_text(counts: dict[str, KindCounts]) -> str:
    """ "120 new · 3 changed · 40 same · 2 removed" over the record kinds; "—" for none."""
    total = KindCounts()
    for kind in SUMMED_KINDS:
        if kind in counts:
            total.add(counts[kind])
    if not (total.changed or total.unchanged):
        return "—"
    return QCoreApplication.translate(
        "ExchangePreviewModel",
        "{created} new · {updated} changed · {unchanged} same · {removed} removed",
    ).format(
        created=total.created,
        updated=total.updated,
        unchanged=total.unchanged,
        removed=total.removed,
    )


def changes_tooltip(counts: dict[str, KindCounts]) -> str:
    """One line per kind that has rows: new, changed, same, removed."""
    lines = []
    for kind in COUNTED_KINDS:
        c = counts.get(kind)
        if c is None or not (c.changed or c.unchanged):
            continue
        lines.append(
            QCoreApplication.translate(
                "ExchangePreviewModel",
                "{kind}: {created} new, {updated} changed, {unchanged} same, {removed} removed",
            ).format(
                kind=kind_label(kind),
                created=c.created,
                updated=c.updated,
                unchanged=c.unchanged,
                removed=c.removed,
            )
        )
    return "\n".join(lines)


def unit_text(outcome: FileOutcome, names: dict[str, str] | None = None) -> str:
    """ "Name (code)"; a file known by its bytes alone carries no name: ``names`` gives it."""
    if not outcome.unit_code:
        return ""
    name = outcome.unit_name or (names or {}).get(outcome.unit_code, "")
    return f"{name} ({outcome.unit_code})" if name else outcome.unit_code


def month_text(outcome: FileOutcome) -> str:
    if outcome.month is None or outcome.year is None:
        return ""
    return f"{outcome.month:02d}/{outcome.year}"


class ExchangePreviewModel(RecordTableModel):
    """One line per file of a preview (what would happen) or of a finished import (what did).

    In a preview, an edited packet's line has a check box: ticking it confirms the edits, so
    the file is imported with ``accept_edited``.
    """

    COLUMNS = ("file", "unit", "month", "seq", "outcome", "changes", "confirm")
    CONFIRM_COLUMN = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.dry_run = True
        self._confirmed: set[Path] = set()
        self.unit_names: dict[str, str] = {}  # code -> name of the units this file knows

    def set_report(self, report: ImportReport) -> None:
        """Show ``report``; confirmations of files still edited in a new preview are kept."""
        self.beginResetModel()
        self.dry_run = report.dry_run
        self._rows = list(report.files)
        still_edited = {f.path for f in report.files if f.status is ImportStatus.EDITED}
        self._confirmed &= still_edited if report.dry_run else set()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._confirmed = set()
        self.dry_run = True
        self.endResetModel()

    def outcome(self, row: int) -> FileOutcome:
        return self._rows[row]

    def outcomes(self) -> list[FileOutcome]:
        return list(self._rows)

    def row_of_path(self, path: Path) -> int:
        return next((r for r, o in enumerate(self._rows) if o.path == path), -1)

    def is_confirmed(self, row: int) -> bool:
        return self._rows[row].path in self._confirmed

    def confirmed_paths(self) -> set[Path]:
        """The edited files the user confirmed, to be imported with ``accept_edited``."""
        return set(self._confirmed)

    def can_confirm(self, row: int) -> bool:
        return self.dry_run and self._rows[row].status is ImportStatus.EDITED

    def set_confirmed(self, row: int, confirmed: bool) -> None:
        """Confirm (or withdraw the confirmation of) an edited file's line."""
        if not self.can_confirm(row):
            return
        path = self._rows[row].path
        if confirmed:
            self._confirmed.add(path)
        else:
            self._confirmed.discard(path)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.CONFIRM_COLUMN))

    def importable(self) -> int:
        """Files a real run would import now: those that will import and confirmed edits."""
        return sum(
            1
            for row, o in enumerate(self._rows)
            if o.status is ImportStatus.IMPORTED
            or (o.status is ImportStatus.EDITED and self.is_confirmed(row))
        )

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ExchangePreviewModel", "File"),
            QCoreApplication.translate("ExchangePreviewModel", "Unit"),
            QCoreApplication.translate("ExchangePreviewModel", "Month"),
            QCoreApplication.translate("ExchangePreviewModel", "No."),
            QCoreApplication.translate("ExchangePreviewModel", "Outcome"),
            QCoreApplication.translate("ExchangePreviewModel", "Changes"),
            QCoreApplication.translate("ExchangePreviewModel", "Confirm edits"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == 3
        ):
            return QCoreApplication.translate(
                "ExchangePreviewModel", "The packet's sequence number: it grows with every export"
            )
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.CONFIRM_COLUMN
            and self.can_confirm(index.row())
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        outcome = self._record(index)
        if outcome is None:
            return None
        column = self.COLUMNS[index.column()]
        row = index.row()
        if role == OUTCOME_ROLE:
            return outcome
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(outcome, column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "changes":
                return changes_tooltip(shown_counts(outcome)) or None
            if column == "file":
                return str(outcome.path)
            return self._text(outcome, column, row) or None
        if role == Qt.ItemDataRole.CheckStateRole and column == "confirm" and self.can_confirm(row):
            return Qt.CheckState.Checked if self.is_confirmed(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            status = outcome.status
            if status is ImportStatus.EDITED and self.is_confirmed(row):
                status = ImportStatus.IMPORTED
            return QBrush(QColor(_BACKGROUND[status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("month", "seq"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.CONFIRM_COLUMN
            or not self.can_confirm(index.row())
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_confirmed(index.row(), checked)
        return True

    def _text(self, outcome: FileOutcome, column: str, row: int) -> str:
        if column == "file":
            return outcome.file_name
        if column == "unit":
            return unit_text(outcome, self.unit_names)
        if column == "month":
            return month_text(outcome)
        if column == "seq":
            return "" if outcome.seq is None else str(outcome.seq)
        if column == "outcome":
            text = outcome_text(outcome, dry_run=self.dry_run, confirmed=self.is_confirmed(row))
            return " ⚠ ".join([text, *notice_texts(outcome)])
        if column == "changes":
            if outcome.status in (ImportStatus.REFUSED, ImportStatus.CANCELLED) or (
                outcome.status is ImportStatus.EDITED and not self.dry_run
            ):
                return "—"
            return changes_text(shown_counts(outcome))
        return ""
