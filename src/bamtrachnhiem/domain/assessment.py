"""Records of the monthly assessment (đánh giá tháng) that services hand to the GUI and CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.scoring import MonthResult, PeriodFigure, TitleVerdict, score_month


class ScoreKind(StrEnum):
    """Which of the two scores of a cell: the member's own or the branch's confirmed one."""

    SELF = "self"  # tự chấm
    BRANCH = "branch"  # chi đoàn chấm


class ReadOnlyReason(StrEnum):
    """Why a month's grid cannot be edited here."""

    LOCKED = "locked"  # the month is confirmed (chốt tháng)
    NOT_OWN_UNIT = "not_own_unit"  # data of a unit below, merged from its packets
    READ_ONLY_FILE = "read_only_file"  # the database was opened read-only


@dataclass
class Assessment:
    """One member's month (đánh giá tháng): self and branch scores per criterion code."""

    member_id: str
    year: int
    month: int
    self_scores: dict[str, float] = field(default_factory=dict)
    branch_scores: dict[str, float] = field(default_factory=dict)
    bonus: float = 0.0  # điểm cộng
    deduction: float = 0.0  # điểm trừ
    veto: bool = False  # vi phạm một phiếu (kỷ luật, khiếu nại có cơ sở)
    veto_reason: str = ""
    evidence: str = ""  # minh chứng
    id: str = ""
    unit_code: str = ""
    total: float | None = None  # stored for reports; None until every criterion is scored
    band: str = ""  # band code, stored with the total
    updated_at: str = ""

    def scores(self, kind: ScoreKind) -> dict[str, float]:
        return self.self_scores if kind is ScoreKind.SELF else self.branch_scores

    def result(self, criteria: CriteriaSet) -> MonthResult:
        return score_month(
            criteria,
            self.self_scores,
            self.branch_scores,
            bonus=self.bonus,
            deduction=self.deduction,
            veto=self.veto,
        )

    def content(self) -> tuple:
        """What the user entered, for telling a changed row from an unchanged one."""
        return (
            tuple(sorted(self.self_scores.items())),
            tuple(sorted(self.branch_scores.items())),
            float(self.bonus),
            float(self.deduction),
            bool(self.veto),
            self.veto_reason,
            self.evidence,
        )

    @property
    def is_blank(self) -> bool:
        return not (
            self.self_scores
            or self.branch_scores
            or self.bonus
            or self.deduction
            or self.veto
            or self.evidence
        )


@dataclass(frozen=True)
class Participation:
    """The C3 hint: activities of the unit this month, and how many the member joined."""

    attended: int
    held: int


@dataclass
class GridRow:
    """A member's line of the month grid."""

    member_id: str
    full_name: str
    name_key: str
    assessment: Assessment
    participation: Participation


@dataclass(frozen=True)
class MonthLockInfo:
    """A confirmed month (chốt tháng): who confirmed it and when (ISO UTC)."""

    unit_code: str
    year: int
    month: int
    locked_at: str
    locked_by: str


@dataclass
class MonthGrid:
    """The assessment of one unit's month: criteria, one row per member, the lock."""

    unit_code: str
    year: int
    month: int
    criteria: CriteriaSet
    rows: list[GridRow]
    lock: MonthLockInfo | None = None
    read_only: ReadOnlyReason | None = None
    activities_held: int = 0

    @property
    def editable(self) -> bool:
        return self.read_only is None

    @property
    def assessed(self) -> int:
        """Rows whose every criterion has a score ("assessed 18/25")."""
        return sum(1 for row in self.rows if row.assessment.result(self.criteria).complete)


@dataclass(frozen=True)
class AuditEntry:
    """A line of the audit log (nhật ký): who did what, when and why."""

    at: str
    who: str
    action: str  # "lock_month" | "unlock_month"
    subject: str
    reason: str
    details: dict


@dataclass(frozen=True)
class MonthFigure:
    """One month of a member's year, as the chart shows it."""

    month: int
    total: float | None  # None: not assessed
    band_code: str
    vetoed: bool


@dataclass
class MemberYear:
    """A member's twelve months with the quarter and year figures of the year's rules."""

    member_id: str
    full_name: str
    year: int
    criteria: CriteriaSet
    months: list[MonthFigure]
    quarters: dict[int, PeriodFigure]
    year_figure: PeriodFigure


@dataclass
class MemberYearSummary:
    """A member's line of the unit's year summary."""

    member_id: str
    full_name: str
    name_key: str
    monthly_totals: dict[int, float]
    quarters: dict[int, PeriodFigure]
    year_figure: PeriodFigure
    vetoed: bool


@dataclass
class UnitYearSummary:
    """Quarter and year figures of every member of a unit for a year."""

    unit_code: str
    year: int
    criteria: CriteriaSet
    members: list[MemberYearSummary]

    def band_counts(self) -> dict[str, int]:
        """Members per yearly band code ("" for no yearly rating)."""
        counts: dict[str, int] = {}
        for row in self.members:
            code = row.year_figure.band.code if row.year_figure.band else ""
            counts[code] = counts.get(code, 0) + 1
        return counts


@dataclass(frozen=True)
class TitleCandidate:
    """A member judged by the yearly title rule."""

    member_id: str
    full_name: str
    verdict: TitleVerdict
