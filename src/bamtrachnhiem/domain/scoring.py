"""Scoring rules of the monthly assessment (chấm điểm): totals, bands, periods, yearly title.

Pure rules over a year's ``CriteriaSet``. Points are added in whole hundredths (``cents``)
and means go through ``Decimal`` built from the shortest text of each number, so a total of
49.99 never turns into 50 (or 69.99 into 70) through binary floating point; scores keep at
most two decimal places.

Decisions (the guidance leaves them open):

- The total of a member-month uses, for each criterion, the branch's confirmed score when
  the branch has scored it, else the member's self score (tự chấm). A month is *assessed*
  once every criterion has one of the two; until then the total shown is partial and the
  month has no band.
- Bonus (điểm cộng) is capped at ``rules.bonus_cap``; the deduction (điểm trừ) is taken off
  after the bonus; the total is capped at ``rules.total_cap`` and floored at 0.
- Bands are "at least": a total of 70 is Tốt, 69.99 is Đạt. A veto (vi phạm kỷ luật,
  khiếu nại có cơ sở) gives the lowest band when ``rules.veto_forces_fail``, whatever the
  total; the total itself is kept as scored.
- Quarter and year figures are the mean of the assessed months (the months with a total).
  A vetoed month counts with its total: the veto shows in that month's band and bars the
  yearly title. Fewer than ``rules.yearly_min_months`` assessed months give no yearly band.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from bamtrachnhiem.domain.criteria import Band, CriteriaSet, Criterion, ScoringRules
from bamtrachnhiem.domain.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal(0)


def as_decimal(value: float | int | str | Decimal) -> Decimal:
    """``value`` as a Decimal from its shortest text (0.1 stays 0.1, not 0.1000000000000000055)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def cents(value: float | int | Decimal) -> int:
    """``value`` in exact hundredths of a point (half up beyond two decimals).

    Scores have at most two decimals, so whole hundredths add up exactly; a float such as
    49.99 becomes 4999 without passing through its binary approximation.
    """
    if isinstance(value, bool):
        return int(value) * 100
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float) and round(value, 2) == value:
        return round(value * 100)
    return int((as_decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_points(value: float | int | Decimal | None, decimal_mark: str = ",") -> str:
    """Points as written in Vietnamese: "7,5", "15", "49,99"; "" for ``None``."""
    if value is None:
        return ""
    d = as_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP).normalize()
    text = f"{d:f}"
    return text.replace(".", decimal_mark)


def parse_points(text: str) -> float | None:
    """A typed or pasted score: "7,5" and "7.5" are both 7.5; blank is ``None``.

    Raises ``ValidationError("score_not_a_number", text=...)`` for anything else.
    """
    raw = text if isinstance(text, str) else str(text)
    cleaned = raw.replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise ValidationError("score_not_a_number", text=raw.strip())
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ValidationError("score_not_a_number", text=raw.strip()) from None
    if not value.is_finite():
        raise ValidationError("score_not_a_number", text=raw.strip())
    return float(value)


def _too_precise(value: Decimal) -> bool:
    return value != value.quantize(CENT, rounding=ROUND_HALF_UP)


def check_score(criterion: Criterion, value: float | None) -> ValidationError | None:
    """Why ``value`` cannot be a score of ``criterion`` (0..max, at most two decimals), or None."""
    if value is None:
        return None
    # The usual case, kept cheap (a grid save checks every cell): a float with at most two
    # decimals compares exactly with a maximum that has at most two decimals.
    plain = isinstance(value, int | float) and round(value, 2) == value
    if plain and 0 <= value <= criterion.max_points:
        return None
    d = as_decimal(value)
    top = as_decimal(criterion.max_points)
    precise = _too_precise(d)
    if ZERO <= d <= top and not precise:
        return None
    shown = str(value).replace(".", ",") if precise else format_points(value)
    if d < 0:
        return ValidationError("score_negative", code=criterion.code, value=shown)
    if d > top:
        return ValidationError(
            "score_above_max", code=criterion.code, max=format_points(top), value=shown
        )
    return ValidationError("score_too_precise", code=criterion.code, value=shown)


def check_bonus(rules: ScoringRules, value: float) -> ValidationError | None:
    """Why ``value`` cannot be a month's bonus (0..bonus cap, two decimals), or None."""
    d = as_decimal(value)
    if d < 0:
        return ValidationError("bonus_negative", value=format_points(value))
    if d > as_decimal(rules.bonus_cap):
        return ValidationError(
            "bonus_above_cap", max=format_points(rules.bonus_cap), value=format_points(value)
        )
    if _too_precise(d):
        return ValidationError("bonus_too_precise", value=str(value).replace(".", ","))
    return None


def check_deduction(rules: ScoringRules, value: float) -> ValidationError | None:
    """Why ``value`` cannot be a month's deduction (0..total cap, two decimals), or None."""
    d = as_decimal(value)
    if d < 0:
        return ValidationError("deduction_negative", value=format_points(value))
    if d > as_decimal(rules.total_cap):
        return ValidationError(
            "deduction_above_max", max=format_points(rules.total_cap), value=format_points(value)
        )
    if _too_precise(d):
        return ValidationError("deduction_too_precise", value=str(value).replace(".", ","))
    return None


def lowest_band(rules: ScoringRules) -> Band:
    """The band a veto forces (Chưa đạt in the default rules)."""
    return min(rules.bands, key=lambda b: as_decimal(b.min_total))


def band_for(rules: ScoringRules, total: float, *, veto: bool = False) -> Band:
    """The band of ``total``: the highest whose threshold the total reaches (≥)."""
    if veto and rules.veto_forces_fail:
        return lowest_band(rules)
    total_cents = cents(total)
    for band in sorted(rules.bands, key=lambda b: cents(b.min_total), reverse=True):
        if total_cents >= cents(band.min_total):
            return band
    return lowest_band(rules)


def effective_scores(
    criteria: CriteriaSet,
    self_scores: Mapping[str, float | None],
    branch_scores: Mapping[str, float | None],
) -> dict[str, float]:
    """For each criterion, the branch's score when given, else the self score (when given)."""
    result: dict[str, float] = {}
    for criterion in criteria.criteria:
        value = branch_scores.get(criterion.code)
        if value is None:
            value = self_scores.get(criterion.code)
        if value is not None:
            result[criterion.code] = value
    return result


@dataclass(frozen=True)
class MonthResult:
    """One member-month scored: the criteria sum, the capped bonus, the total and the band."""

    points: float  # sum of the criteria scores used
    bonus: float  # after the cap
    deduction: float
    total: float  # capped and floored; partial while not complete
    band: Band | None  # None until every criterion has a score
    complete: bool  # every criterion scored (by the branch or by the member)
    scored: int  # criteria with a score
    vetoed: bool


def score_month(
    criteria: CriteriaSet,
    self_scores: Mapping[str, float | None],
    branch_scores: Mapping[str, float | None],
    *,
    bonus: float = 0,
    deduction: float = 0,
    veto: bool = False,
) -> MonthResult:
    """Score one member-month under the year's rules (see the module docstring)."""
    rules = criteria.rules
    used = effective_scores(criteria, self_scores, branch_scores)
    points = sum(cents(v) for v in used.values())
    capped_bonus = min(max(cents(bonus), 0), cents(rules.bonus_cap))
    taken = max(cents(deduction), 0)
    total = min(max(points + capped_bonus - taken, 0), cents(rules.total_cap))
    complete = len(used) == len(criteria.criteria)
    band = band_for(rules, total / 100, veto=veto) if complete else None
    return MonthResult(
        points=points / 100,
        bonus=capped_bonus / 100,
        deduction=taken / 100,
        total=total / 100,
        band=band,
        complete=complete,
        scored=len(used),
        vetoed=veto,
    )


# -- quarters and the year ---------------------------------------------------------------


@dataclass(frozen=True)
class PeriodFigure:
    """A quarter's or a year's figure: the mean of the assessed months and its band."""

    months: int  # assessed months in the period
    mean: float | None  # None when no month is assessed
    band: Band | None  # None: no rating (no month, or too few months for a year)

    @property
    def rated(self) -> bool:
        return self.band is not None


def quarter_of(month: int) -> int:
    """1 for January–March … 4 for October–December."""
    return (month - 1) // 3 + 1


def period_figure(
    rules: ScoringRules, totals: Iterable[float], min_months: int = 1
) -> PeriodFigure:
    """The mean of ``totals`` (assessed months) and its band, if at least ``min_months``."""
    values = [as_decimal(t) for t in totals]
    if not values:
        return PeriodFigure(0, None, None)
    mean = (sum(values, ZERO) / len(values)).quantize(CENT, ROUND_HALF_UP)
    band = band_for(rules, float(mean)) if len(values) >= max(min_months, 1) else None
    return PeriodFigure(len(values), float(mean), band)


def quarter_figures(rules: ScoringRules, monthly: Mapping[int, float]) -> dict[int, PeriodFigure]:
    """Figures of quarters 1–4 from ``{month: total}`` of the assessed months."""
    return {
        q: period_figure(rules, [t for m, t in sorted(monthly.items()) if quarter_of(m) == q])
        for q in range(1, 5)
    }


def year_figure(rules: ScoringRules, monthly: Mapping[int, float]) -> PeriodFigure:
    """The year's figure; no band with fewer than ``rules.yearly_min_months`` assessed months."""
    return period_figure(rules, [t for _m, t in sorted(monthly.items())], rules.yearly_min_months)


# -- the yearly title ---------------------------------------------------------------------


class TitleShortfall(StrEnum):
    """Why a member is not proposed for the yearly title."""

    NO_RATING = "no_rating"  # too few assessed months for a yearly rating
    MEAN_LOW = "mean_low"  # yearly mean below title_min_mean
    MONTH_LOW = "month_low"  # some month below title_min_month
    NO_INITIATIVE = "no_initiative"  # fewer applied/recognised initiatives than required
    VETO = "veto"  # a vetoed month in the year
    SHARE = "share"  # qualifies, but the unit's share is taken by higher means


@dataclass(frozen=True)
class TitleEntry:
    """What the title rule needs to know about one member's year."""

    member_id: str
    sort_key: str  # Vietnamese name order: the last, deterministic tie-break
    monthly_totals: Mapping[int, float]  # assessed months only
    vetoed: bool
    initiatives: int  # applied or recognised initiatives of the year


@dataclass(frozen=True)
class TitleVerdict:
    """The title rule applied to one member: proposed, or the reasons why not."""

    member_id: str
    year: PeriodFigure
    lowest_month: float | None
    initiatives: int
    vetoed: bool
    shortfalls: tuple[TitleShortfall, ...]
    rank: int | None = None  # 1, 2, … among those who meet every condition

    @property
    def proposed(self) -> bool:
        return not self.shortfalls


def title_quota(rules: ScoringRules, unit_size: int) -> int:
    """How many members may be proposed: the share of the unit, rounded down, but at least
    one in a unit that has members (outputs.md: "a unit of three members can still propose
    one"; docs/decisions/0030)."""
    quota = as_decimal(rules.title_max_share) * unit_size
    return max(int(quota.to_integral_value(rounding=ROUND_FLOOR)), min(1, unit_size))


def title_verdicts(
    rules: ScoringRules, entries: Sequence[TitleEntry], unit_size: int
) -> list[TitleVerdict]:
    """Apply the yearly title rule ("thực hiện xuất sắc phong trào 3 trách nhiệm").

    A member qualifies with a yearly rating, a mean ≥ ``title_min_mean``, no month below
    ``title_min_month``, at least ``title_min_initiatives`` initiatives and no veto. At most
    ``title_quota`` qualifiers are proposed: the highest means first; equal means go to the
    higher lowest month, then more initiatives, then Vietnamese name order, then the id.
    Returns the proposed members in rank order, then everybody else by mean.
    """
    judged: list[TitleVerdict] = []
    for entry in entries:
        figure = year_figure(rules, entry.monthly_totals)
        lowest = min(entry.monthly_totals.values()) if entry.monthly_totals else None
        shortfalls: list[TitleShortfall] = []
        if not figure.rated:
            shortfalls.append(TitleShortfall.NO_RATING)
        if figure.mean is None or as_decimal(figure.mean) < as_decimal(rules.title_min_mean):
            shortfalls.append(TitleShortfall.MEAN_LOW)
        if lowest is not None and as_decimal(lowest) < as_decimal(rules.title_min_month):
            shortfalls.append(TitleShortfall.MONTH_LOW)
        if entry.initiatives < rules.title_min_initiatives:
            shortfalls.append(TitleShortfall.NO_INITIATIVE)
        if entry.vetoed:
            shortfalls.append(TitleShortfall.VETO)
        judged.append(
            TitleVerdict(
                member_id=entry.member_id,
                year=figure,
                lowest_month=lowest,
                initiatives=entry.initiatives,
                vetoed=entry.vetoed,
                shortfalls=tuple(shortfalls),
            )
        )
    keys = {e.member_id: e.sort_key for e in entries}

    def merit(v: TitleVerdict) -> tuple:
        mean = as_decimal(v.year.mean) if v.year.mean is not None else Decimal(-1)
        lowest = as_decimal(v.lowest_month) if v.lowest_month is not None else Decimal(-1)
        return (-mean, -lowest, -v.initiatives, keys[v.member_id], v.member_id)

    qualified = sorted((v for v in judged if v.proposed), key=merit)
    others = sorted((v for v in judged if not v.proposed), key=merit)
    quota = title_quota(rules, unit_size)
    proposed: list[TitleVerdict] = []
    for position, verdict in enumerate(qualified, start=1):
        if position <= quota:
            proposed.append(replace(verdict, rank=position))
        else:
            others.append(replace(verdict, shortfalls=(TitleShortfall.SHARE,)))
    return proposed + sorted(others, key=merit)
