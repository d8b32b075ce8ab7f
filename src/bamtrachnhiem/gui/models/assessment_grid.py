"""The month grid: one row per member, the criteria of one score kind, then the results.

Columns: member name, the year's criteria (self or branch scores, one kind at a time),
bonus, deduction, veto, total, band, and the activity hint. Edits are checked against the
year's rules before they are taken: a refused value never enters the grid, the model
says why (``value_refused``) and marks the cell until a valid value replaces it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from bamtrachnhiem.domain.assessment import Assessment, GridRow, MonthGrid, ScoreKind
from bamtrachnhiem.domain.criteria import CriteriaSet, Criterion
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.scoring import (
    MonthResult,
    check_bonus,
    check_deduction,
    check_score,
    format_points,
    parse_points,
)
from bamtrachnhiem.gui.i18n import describe

_Index = QModelIndex | QPersistentModelIndex

# Band colours: background and text (amber takes dark text to stay readable).
BAND_COLOURS = {
    "excellent": ("#2E7D32", "#FFFFFF"),  # Xuất sắc: green
    "good": ("#1565C0", "#FFFFFF"),  # Tốt: blue
    "pass": ("#F9A825", "#2B1D00"),  # Đạt: amber
    "fail": ("#C62828", "#FFFFFF"),  # Chưa đạt: red
}
OTHER_BAND_COLOUR = ("#78909C", "#FFFFFF")
# Soft tints telling the three pillars apart (bar above the header, header sections).
PILLAR_TINTS = ("#DCE7F4", "#E6DEF1", "#F4E7D6", "#DDEFE6", "#F1DDE3")
REFUSED_BACKGROUND = "#FFCDD2"
MUTED_TEXT = "#7B8794"


def band_colours(code: str) -> tuple[str, str]:
    """(background, text) colours of a band code."""
    return BAND_COLOURS.get(code, OTHER_BAND_COLOUR)


def pillar_tint(position: int) -> str:
    return PILLAR_TINTS[position % len(PILLAR_TINTS)]


class AssessmentGridModel(QAbstractTableModel):
    """Rows of a ``MonthGrid``; edits are validated in place and tracked until saved."""

    value_refused = Signal(int, int, str)  # row, column, the reason in the user's language
    edited = Signal()  # a value changed (dirty state, counter)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: MonthGrid | None = None
        self.kind = ScoreKind.SELF
        self._rows: list[GridRow] = []
        self._results: list[MonthResult] = []
        self._saved: dict[str, tuple] = {}  # member id -> content as last saved
        self._refused: dict[tuple[int, int], str] = {}
        self._decimal = QLocale().decimalPoint() or ","

    # -- layout ----------------------------------------------------------------------------
    @property
    def criteria(self) -> CriteriaSet | None:
        return self.grid.criteria if self.grid is not None else None

    @property
    def criteria_count(self) -> int:
        return len(self.grid.criteria.criteria) if self.grid is not None else 0

    @property
    def first_criterion_column(self) -> int:
        return 1

    @property
    def bonus_column(self) -> int:
        return self.criteria_count + 1

    @property
    def deduction_column(self) -> int:
        return self.criteria_count + 2

    @property
    def veto_column(self) -> int:
        return self.criteria_count + 3

    @property
    def total_column(self) -> int:
        return self.criteria_count + 4

    @property
    def band_column(self) -> int:
        return self.criteria_count + 5

    @property
    def hint_column(self) -> int:
        return self.criteria_count + 6

    def criterion_at(self, column: int) -> Criterion | None:
        if self.grid is None or not 1 <= column <= self.criteria_count:
            return None
        return self.grid.criteria.criteria[column - 1]

    def column_of(self, code: str) -> int:
        for position, criterion in enumerate(self.criteria.criteria if self.grid else ()):
            if criterion.code == code:
                return position + 1
        return -1

    def is_entry_column(self, column: int) -> bool:
        """Columns a value is typed or pasted into: the criteria, bonus and deduction."""
        return 1 <= column <= self.deduction_column if self.grid is not None else False

    @property
    def editable(self) -> bool:
        return self.grid is not None and self.grid.editable

    # -- data in and out -------------------------------------------------------------------
    def set_grid(self, grid: MonthGrid) -> None:
        """Show ``grid``; what it holds counts as saved."""
        self.beginResetModel()
        self.grid = grid
        self._rows = [
            replace(
                row,
                assessment=replace(
                    row.assessment,
                    self_scores=dict(row.assessment.self_scores),
                    branch_scores=dict(row.assessment.branch_scores),
                ),
            )
            for row in grid.rows
        ]
        self._results = [row.assessment.result(grid.criteria) for row in self._rows]
        self._saved = {row.member_id: row.assessment.content() for row in self._rows}
        self._refused = {}
        self.endResetModel()

    def set_kind(self, kind: ScoreKind) -> None:
        """Show and edit the self scores or the branch's scores."""
        if kind is self.kind:
            return
        self.kind = ScoreKind(kind)
        self._refused = {k: v for k, v in self._refused.items() if not self.criterion_at(k[1])}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 1), self.index(len(self._rows) - 1, self.criteria_count)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, max(self.criteria_count, 1))

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def result_at(self, row: int) -> MonthResult:
        return self._results[row]

    def row_of(self, member_id: str) -> int:
        for position, row in enumerate(self._rows):
            if row.member_id == member_id:
                return position
        return -1

    @property
    def assessed(self) -> int:
        return sum(1 for result in self._results if result.complete)

    def changed_rows(self) -> list[Assessment]:
        """Rows whose content differs from what was last saved."""
        return [
            row.assessment
            for row in self._rows
            if row.assessment.content() != self._saved.get(row.member_id)
        ]

    @property
    def is_dirty(self) -> bool:
        return any(row.assessment.content() != self._saved.get(row.member_id) for row in self._rows)

    def mark_saved(self, written: list[Assessment]) -> None:
        """After a save: the written rows' ids and stored totals; everything is clean."""
        by_member = {a.member_id: a for a in written}
        for row in self._rows:
            stored = by_member.get(row.member_id)
            if stored is not None:
                row.assessment.id = stored.id
                row.assessment.total = stored.total
                row.assessment.band = stored.band
                row.assessment.updated_at = stored.updated_at
            self._saved[row.member_id] = row.assessment.content()
        self.edited.emit()

    # -- checking and applying values ------------------------------------------------------
    def problem(self, column: int, value: float | None) -> ValidationError | None:
        """Why ``value`` cannot go into ``column`` (any row), or None."""
        rules = self.grid.criteria.rules
        criterion = self.criterion_at(column)
        if criterion is not None:
            return check_score(criterion, value)
        if column == self.bonus_column:
            return check_bonus(rules, value or 0)
        if column == self.deduction_column:
            return check_deduction(rules, value or 0)
        return None

    def check_text(self, index: _Index, text: str) -> str:
        """The reason ``text`` is refused in the cell at ``index``, or "" when it is fine."""
        try:
            value = parse_points(text)
        except ValidationError as exc:
            return describe(exc)
        problem = self.problem(index.column(), value)
        return describe(problem) if problem is not None else ""

    def refuse(self, index: _Index, reason: str) -> None:
        """Mark a cell refused and say why."""
        self._refused[(index.row(), index.column())] = reason
        self.dataChanged.emit(index, index)
        self.value_refused.emit(index.row(), index.column(), reason)

    def refusal_at(self, row: int, column: int) -> str:
        return self._refused.get((row, column), "")

    def _apply(self, row: int, column: int, value: float | None) -> None:
        assessment = self._rows[row].assessment
        criterion = self.criterion_at(column)
        if criterion is not None:
            scores = assessment.scores(self.kind)
            if value is None:
                scores.pop(criterion.code, None)
            else:
                scores[criterion.code] = value
        elif column == self.bonus_column:
            assessment.bonus = value or 0.0
        elif column == self.deduction_column:
            assessment.deduction = value or 0.0
        self._refused.pop((row, column), None)

    def _rescore(self, row: int) -> None:
        self._results[row] = self._rows[row].assessment.result(self.grid.criteria)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def paste(self, top: int, left: int, text: str) -> tuple[int, list[str]]:
        """Paste tab-separated rows (as Excel copies them) from (``top``, ``left``).

        A block starting on the name column starts at the first criterion. Cells falling on
        columns that take no typed value (veto, total, band) are skipped, as are rows past
        the last member. Valid cells are taken; refused ones keep their value, are marked,
        and their reasons are returned. Returns (cells taken, reasons).
        """
        if not self.editable:
            return 0, []
        left = max(left, self.first_criterion_column)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # Excel ends the copied block with a line break
        taken, reasons, touched = 0, [], set()
        for offset, line in enumerate(lines):
            row = top + offset
            if row >= len(self._rows):
                break
            for step, cell in enumerate(line.split("\t")):
                column = left + step
                if not self.is_entry_column(column):
                    continue
                index = self.index(row, column)
                reason = self.check_text(index, cell)
                if reason:
                    self._refused[(row, column)] = reason
                    reasons.append(f"{self._rows[row].full_name} — {reason}")
                    touched.add(row)
                    continue
                self._apply(row, column, parse_points(cell))
                taken += 1
                touched.add(row)
        for row in sorted(touched):
            self._rescore(row)
        if taken:
            self.edited.emit()
        if reasons:
            first = min(k for k in self._refused if k[0] in touched)
            self.value_refused.emit(first[0], first[1], reasons[0])
        return taken, reasons

    def clear_cells(self, indexes: list[_Index]) -> int:
        """Empty the entry cells among ``indexes``; returns how many were cleared."""
        if not self.editable:
            return 0
        rows = set()
        for index in indexes:
            if self.is_entry_column(index.column()):
                self._apply(index.row(), index.column(), None)
                rows.add(index.row())
        for row in sorted(rows):
            self._rescore(row)
        if rows:
            self.edited.emit()
        return len(rows)

    def fill_self_scores(self, previous: dict[str, dict[str, float]]) -> int:
        """Put last month's self scores into rows with none yet; returns rows filled."""
        if not self.editable:
            return 0
        filled = 0
        for position, row in enumerate(self._rows):
            scores = previous.get(row.member_id)
            if scores and not row.assessment.self_scores:
                row.assessment.self_scores = dict(scores)
                self._rescore(position)
                filled += 1
        if filled:
            self.edited.emit()
        return filled

    def set_note(self, row: int, evidence: str, veto: bool, veto_reason: str) -> None:
        """The evidence note and the veto of a row (from the note dialog)."""
        assessment = self._rows[row].assessment
        assessment.evidence = evidence.strip()
        assessment.veto = veto
        assessment.veto_reason = veto_reason.strip() if veto else ""
        self._rescore(row)
        self.edited.emit()

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return self.criteria_count + 7

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self.is_entry_column(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.editable
            or not self.is_entry_column(index.column())
        ):
            return False
        text = "" if value is None else str(value)
        reason = self.check_text(index, text)
        if reason:
            self.refuse(index, reason)
            return False
        self._apply(index.row(), index.column(), parse_points(text))
        self._rescore(index.row())
        self.edited.emit()
        return True

    def _points(self, value: float | None) -> str:
        return format_points(value, self._decimal)

    def _fallback(self, row: GridRow, criterion: Criterion) -> float | None:
        """The self score a branch cell falls back to while the branch has not scored."""
        if self.kind is ScoreKind.BRANCH and criterion.code not in row.assessment.branch_scores:
            return row.assessment.self_scores.get(criterion.code)
        return None

    def _hint_text(self, row: GridRow) -> str:
        return QCoreApplication.translate(
            "AssessmentGridModel", "Took part in {attended} of {held} activities this month"
        ).format(attended=row.participation.attended, held=row.participation.held)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.grid is None:
            return None
        row, column = self._rows[index.row()], index.column()
        result = self._results[index.row()]
        criterion = self.criterion_at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            editing = role == Qt.ItemDataRole.EditRole
            if column == 0:
                return row.full_name
            if criterion is not None:
                value = row.assessment.scores(self.kind).get(criterion.code)
                if value is None and not editing:
                    value = self._fallback(row, criterion)
                return self._points(value)
            if column == self.bonus_column:
                return self._points(row.assessment.bonus) if row.assessment.bonus else ""
            if column == self.deduction_column:
                return self._points(row.assessment.deduction) if row.assessment.deduction else ""
            if column == self.veto_column:
                if not row.assessment.veto:
                    return ""
                return QCoreApplication.translate("AssessmentGridModel", "yes")
            if column == self.total_column:
                return self._points(result.total) if result.scored else ""
            if column == self.band_column:
                return result.band.label if result.band else ""
            if column == self.hint_column:
                p = row.participation
                return f"{p.attended}/{p.held}" if p.held else ""
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if (index.row(), column) in self._refused:
                return QBrush(QColor(REFUSED_BACKGROUND))
            if column == self.band_column and result.band is not None:
                return QBrush(QColor(band_colours(result.band.code)[0]))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.band_column and result.band is not None:
                return QBrush(QColor(band_colours(result.band.code)[1]))
            if column == self.veto_column:
                return QBrush(QColor("#C62828"))
            if criterion is not None and (
                row.assessment.scores(self.kind).get(criterion.code) is None
                and self._fallback(row, criterion) is not None
            ):
                return QBrush(QColor(MUTED_TEXT))
            if column == self.total_column and not result.complete:
                return QBrush(QColor(MUTED_TEXT))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column in (self.total_column, self.band_column, self.veto_column):
                font = QFont()
                font.setBold(True)
                return font
            if criterion is not None and self._fallback(row, criterion) is not None:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column, row, result, criterion)
        return None

    def _tooltip(
        self,
        position: int,
        column: int,
        row: GridRow,
        result: MonthResult,
        criterion: Criterion | None,
    ) -> str | None:
        lines: list[str] = []
        refused = self._refused.get((position, column))
        if refused:
            lines.append(refused)
        if column == 0:
            lines.append(row.full_name)
            if row.assessment.evidence:
                lines.append(
                    QCoreApplication.translate("AssessmentGridModel", "Evidence: {text}").format(
                        text=row.assessment.evidence
                    )
                )
            lines.append(
                QCoreApplication.translate(
                    "AssessmentGridModel", "Double-click for the member's year chart."
                )
            )
        elif criterion is not None:
            lines.append(
                QCoreApplication.translate(
                    "AssessmentGridModel", "{code} — {name} (max {max})"
                ).format(
                    code=criterion.code,
                    name=criterion.name,
                    max=self._points(criterion.max_points),
                )
            )
            fallback = self._fallback(row, criterion)
            if fallback is not None:
                lines.append(
                    QCoreApplication.translate(
                        "AssessmentGridModel",
                        "Not scored by the branch: the self score {value} counts.",
                    ).format(value=self._points(fallback))
                )
            elif self.kind is ScoreKind.BRANCH:
                own = row.assessment.self_scores.get(criterion.code)
                if own is not None:
                    lines.append(
                        QCoreApplication.translate(
                            "AssessmentGridModel", "Self score: {value}"
                        ).format(value=self._points(own))
                    )
            hinted = criterion.code == self.grid.criteria.rules.participation_criterion
            if hinted and row.participation.held:
                lines.append(self._hint_text(row))
        elif column == self.veto_column:
            if row.assessment.veto:
                lines.append(
                    QCoreApplication.translate("AssessmentGridModel", "Veto: {reason}").format(
                        reason=row.assessment.veto_reason
                    )
                )
            lines.append(
                QCoreApplication.translate(
                    "AssessmentGridModel", "Space or double-click to set or clear."
                )
            )
        elif column == self.total_column and result.scored and not result.complete:
            lines.append(
                QCoreApplication.translate(
                    "AssessmentGridModel", "Partial: {scored} of {count} criteria scored."
                ).format(scored=result.scored, count=self.criteria_count)
            )
        elif column == self.hint_column and row.participation.held:
            lines.append(self._hint_text(row))
            lines.append(
                QCoreApplication.translate(
                    "AssessmentGridModel", "A hint for scoring, not a score."
                )
            )
        return "\n".join(lines) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        criterion = self.criterion_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("AssessmentGridModel", "Member")
            if criterion is not None:
                return f"{criterion.code}\n{self._points(criterion.max_points)}"
            labels = {
                self.bonus_column: QCoreApplication.translate("AssessmentGridModel", "Bonus"),
                self.deduction_column: QCoreApplication.translate("AssessmentGridModel", "Deduct."),
                self.veto_column: QCoreApplication.translate("AssessmentGridModel", "Veto"),
                self.total_column: QCoreApplication.translate("AssessmentGridModel", "Total"),
                self.band_column: QCoreApplication.translate("AssessmentGridModel", "Band"),
                self.hint_column: QCoreApplication.translate("AssessmentGridModel", "Act."),
            }
            return labels.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion is not None:
                pillar = next(
                    (p.name for p in self.grid.criteria.pillars if p.code == criterion.pillar_code),
                    criterion.pillar_code,
                )
                return QCoreApplication.translate(
                    "AssessmentGridModel", "{pillar}\n{code} — {name} (max {max})"
                ).format(
                    pillar=pillar,
                    code=criterion.code,
                    name=criterion.name,
                    max=self._points(criterion.max_points),
                )
            tips = {
                self.bonus_column: QCoreApplication.translate(
                    "AssessmentGridModel", "Bonus points (at most {cap})"
                ),
                self.deduction_column: QCoreApplication.translate(
                    "AssessmentGridModel", "Points taken off"
                ),
                self.veto_column: QCoreApplication.translate(
                    "AssessmentGridModel",
                    "Veto: discipline or a substantiated complaint; the month is rated fail",
                ),
                self.total_column: QCoreApplication.translate(
                    "AssessmentGridModel", "Total (at most {cap})"
                ),
                self.band_column: QCoreApplication.translate(
                    "AssessmentGridModel", "Band of the month"
                ),
                self.hint_column: QCoreApplication.translate(
                    "AssessmentGridModel", "Activities of the unit this month the member joined"
                ),
            }
            tip = tips.get(section)
            if tip is None:
                return None
            rules = self.grid.criteria.rules
            cap = rules.bonus_cap if section == self.bonus_column else rules.total_cap
            return tip.format(cap=self._points(cap))
        if role == Qt.ItemDataRole.BackgroundRole and criterion is not None:
            codes = [p.code for p in self.grid.criteria.pillars]
            if criterion.pillar_code in codes:
                return QBrush(QColor(pillar_tint(codes.index(criterion.pillar_code))))
        return None
