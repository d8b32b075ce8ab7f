"""Read-only tables of the assessment: the unit's year summary with the title, the audit log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from bamtrachnhiem.domain.assessment import TitleCandidate, UnitYearSummary
from bamtrachnhiem.domain.criteria import ScoringRules
from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.scoring import PeriodFigure, TitleShortfall, format_points
from bamtrachnhiem.gui.models.assessment_grid import band_colours
from bamtrachnhiem.gui.models.base import AnyIndex, RecordTableModel


def shortfall_text(shortfall: TitleShortfall, rules: ScoringRules) -> str:
    """Why a member is not proposed for the yearly title, in the user's language."""
    decimal = QLocale().decimalPoint() or ","
    texts = {
        TitleShortfall.NO_RATING: QCoreApplication.translate(
            "YearSummaryModel", "fewer than {months} months"
        ).format(months=rules.yearly_min_months),
        TitleShortfall.MEAN_LOW: QCoreApplication.translate(
            "YearSummaryModel", "mean below {points}"
        ).format(points=format_points(rules.title_min_mean, decimal)),
        TitleShortfall.MONTH_LOW: QCoreApplication.translate(
            "YearSummaryModel", "a month below {points}"
        ).format(points=format_points(rules.title_min_month, decimal)),
        TitleShortfall.NO_INITIATIVE: QCoreApplication.translate(
            "YearSummaryModel", "no initiative applied"
        ),
        TitleShortfall.VETO: QCoreApplication.translate("YearSummaryModel", "veto in the year"),
        TitleShortfall.SHARE: QCoreApplication.translate(
            "YearSummaryModel", "beyond {share}% of the unit"
        ).format(share=format_points(rules.title_max_share * 100, decimal)),
    }
    return texts[shortfall]


class YearSummaryModel(RecordTableModel):
    """One row per member: quarter means, months assessed, yearly mean and band, the title."""

    COLUMNS = ("member", "q1", "q2", "q3", "q4", "months", "year", "band", "title")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary: UnitYearSummary | None = None
        self._titles: dict[str, TitleCandidate] = {}
        self._decimal = QLocale().decimalPoint() or ","

    def set_summary(self, summary: UnitYearSummary, titles: list[TitleCandidate]) -> None:
        self.beginResetModel()
        self.summary = summary
        self._rows = summary.members
        self._titles = {t.member_id: t for t in titles}
        self.endResetModel()

    def _figure(self, figure: PeriodFigure) -> str:
        return format_points(figure.mean, self._decimal) if figure.mean is not None else "—"

    def title_text(self, member_id: str) -> str:
        candidate = self._titles.get(member_id)
        if candidate is None:
            return ""
        verdict = candidate.verdict
        if verdict.proposed:
            return QCoreApplication.translate("YearSummaryModel", "Proposed (#{rank})").format(
                rank=verdict.rank
            )
        rules = self.summary.criteria.rules
        return "; ".join(shortfall_text(s, rules) for s in verdict.shortfalls)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._record(index)
        if row is None:
            return None
        column = index.column()
        figure = row.year_figure
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.full_name
            if 1 <= column <= 4:
                return self._figure(row.quarters[column])
            if column == 5:
                return str(figure.months)
            if column == 6:
                return self._figure(figure)
            if column == 7:
                return figure.band.label if figure.band else ""
            return self.title_text(row.member_id)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return self.title_text(row.member_id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (0, 8):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == 7 and figure.band is not None:
            background, text = band_colours(figure.band.code)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
        if column == 8 and role == Qt.ItemDataRole.ForegroundRole:
            candidate = self._titles.get(row.member_id)
            if candidate is not None and candidate.verdict.proposed:
                return QBrush(QColor("#2E7D32"))
            return QBrush(QColor("#52606D"))
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("YearSummaryModel", "Member"),
            QCoreApplication.translate("YearSummaryModel", "Q1"),
            QCoreApplication.translate("YearSummaryModel", "Q2"),
            QCoreApplication.translate("YearSummaryModel", "Q3"),
            QCoreApplication.translate("YearSummaryModel", "Q4"),
            QCoreApplication.translate("YearSummaryModel", "Months"),
            QCoreApplication.translate("YearSummaryModel", "Year"),
            QCoreApplication.translate("YearSummaryModel", "Band"),
            QCoreApplication.translate("YearSummaryModel", "Yearly title"),
        )


class AuditLogModel(RecordTableModel):
    """The audit log, newest first: when, who, what, which month, why."""

    COLUMNS = ("at", "who", "action", "subject", "reason")

    @staticmethod
    def action_text(action: str) -> str:
        return {
            "lock_month": QCoreApplication.translate("AuditLogModel", "Month confirmed"),
            "unlock_month": QCoreApplication.translate("AuditLogModel", "Month unlocked"),
        }.get(action, action)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self._record(index)
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                format_timestamp(entry.at),
                entry.who,
                self.action_text(entry.action),
                entry.subject,
                entry.reason,
            )[index.column()]
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AuditLogModel", "When"),
            QCoreApplication.translate("AuditLogModel", "Who"),
            QCoreApplication.translate("AuditLogModel", "What"),
            QCoreApplication.translate("AuditLogModel", "Month"),
            QCoreApplication.translate("AuditLogModel", "Reason"),
        )
