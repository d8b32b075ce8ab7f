"""Consolidation (tổng hợp) at an upper level: every unit below, by unit, by month, by period.

A unit's figures are its own records and those of every unit below it (its subtree), so a
district row in a province's table holds its branches. The figures of a period count:

- members in the unit at the end of the period (active, or left after it), as the monthly
  grid decides who is assessed: by employment kind, women, Party members;
- pledges of the year submitted or approved (and approved) among those members;
- member-months: *expected* are the members in the unit at the end of each month of the
  period, *assessed* those of them with a total that month; the bands and the mean score
  over the assessed member-months; vetoed member-months;
- initiatives of the year registered by the end of the period, by their state now, and the
  time saved by those in use;
- activities held in the period, participations, citizens helped;
- campaign achievement: the mean of the unit's campaigns of the year (each the mean of its
  targets' shares, capped at 100 %), every target summed over the unit's subtree;
- packet timeliness: the months of the period whose deadline has passed, on time, late or
  missing (docs/decisions/0008).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from bamtrachnhiem.domain.errors import ValidationError

BAND_CODES = ("excellent", "good", "pass", "fail")
# The JSON names of the default bands (outputs.md § "The command line for these outputs").
BAND_JSON = {"excellent": "xuat_sac", "good": "tot", "pass": "dat", "fail": "chua_dat"}
PLEDGED_STATES = ("submitted", "approved")
INITIATIVE_STATES = ("registered", "trial", "applied", "recognised", "rejected")
IN_USE_STATES = ("applied", "recognised")
EMPLOYMENT_KINDS = ("cong_chuc", "vien_chuc", "hop_dong")


def month_end(year: int, month: int) -> date:
    """The last day of ``month``."""
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Months ``first``…``last`` of a movement year."""

    year: int
    first: int
    last: int

    def __post_init__(self) -> None:
        if not 2000 <= self.year <= 2100:
            raise ValidationError("year_out_of_range", year=self.year)
        if not 1 <= self.first <= self.last <= 12:
            raise ValidationError("period_months_invalid", first=self.first, last=self.last)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValidationError("packet_month_invalid", month=month)
        return cls(year, month, month)

    @classmethod
    def named(cls, year: int, name: str) -> Period:
        """``h1`` (months 1–6), ``year`` (1–12), ``q1``…``q4``, ``m01``…``m12``."""
        if name == "h1":
            return cls(year, 1, 6)
        if name == "year":
            return cls(year, 1, 12)
        if len(name) == 2 and name[0] == "q" and name[1] in "1234":
            q = int(name[1])
            return cls(year, 3 * q - 2, 3 * q)
        if len(name) == 3 and name[0] == "m" and name[1:].isdigit():
            return cls.month(year, int(name[1:]))
        raise ValidationError("period_unknown", period=name)

    @property
    def months(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def start(self) -> date:
        return date(self.year, self.first, 1)

    @property
    def end(self) -> date:
        return month_end(self.year, self.last)

    @property
    def key(self) -> str:
        """ "m05", "h1", "year", "q2", or "m01-m04" for other spans."""
        if self.first == self.last:
            return f"m{self.first:02d}"
        if (self.first, self.last) == (1, 6):
            return "h1"
        if (self.first, self.last) == (1, 12):
            return "year"
        if self.first % 3 == 1 and self.last == self.first + 2:
            return f"q{self.last // 3}"
        return f"m{self.first:02d}-m{self.last:02d}"


def share(part: float, whole: float) -> float | None:
    """``part`` of ``whole`` in percent with one decimal, rounded half up; None when whole
    is 0."""
    if whole <= 0:
        return None
    return math.floor(part * 1000 / whole + 0.5) / 10


def percent_text(value: float | None) -> str:
    """92.5 → "92,5%", 90.0 → "90%", None → "–"."""
    if value is None:
        return "–"
    text = f"{value:.1f}".replace(".", ",")
    return (text[:-2] if text.endswith(",0") else text) + "%"


def decimal_text(value: float | None, digits: int = 1) -> str:
    """88.25 → "88,3" (one decimal, half up), None → "–"."""
    if value is None:
        return "–"
    scale = 10**digits
    rounded = math.floor(value * scale + 0.5) / scale
    text = f"{rounded:.{digits}f}".replace(".", ",")
    return text.rstrip("0").rstrip(",") if "," in text else text


# Counts that add up from a unit's own records and those of the units below it.
_SUMMED = (
    "members",
    "cong_chuc",
    "vien_chuc",
    "hop_dong",
    "women",
    "party",
    "pledged",
    "approved",
    "expected",
    "assessed",
    "score_sum",
    "vetoed",
    "activities",
    "participations",
    "citizens_helped",
    "months_due",
    "months_on_time",
    "months_late",
    "months_missing",
    "units_below",
)
_SUMMED_MAPS = ("bands", "initiatives", "time_saved", "activities_by_kind")


@dataclass
class UnitFigures:
    """The figures of one unit and everything below it, for one period."""

    code: str
    name: str
    level: str = ""
    parent_code: str | None = None
    depth: int = 0  # 1: directly below the table's unit; 0: the table's unit (the totals)
    is_pilot: bool = False
    members: int = 0
    cong_chuc: int = 0
    vien_chuc: int = 0
    hop_dong: int = 0
    women: int = 0
    party: int = 0
    pledged: int = 0  # submitted or approved
    approved: int = 0
    expected: int = 0  # member-months
    assessed: int = 0  # member-months with a total
    score_sum: float = 0.0
    bands: dict[str, int] = field(default_factory=dict)  # band code → member-months
    vetoed: int = 0  # member-months with a veto
    initiatives: dict[str, int] = field(default_factory=dict)  # state → count
    time_saved: dict[str, float] = field(default_factory=dict)  # unit of time → amount
    activities: int = 0
    activities_by_kind: dict[str, int] = field(default_factory=dict)
    participations: int = 0
    citizens_helped: int = 0
    campaign_pct: int | None = None
    months_due: int = 0  # months of the period whose packet deadline has passed
    months_on_time: int = 0
    months_late: int = 0
    months_missing: int = 0
    units_below: int = 0  # units in the subtree, this one excluded

    def add(self, other: UnitFigures) -> None:
        """Add ``other``'s counts to these (a unit below, or a unit's own records)."""
        for name in _SUMMED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in _SUMMED_MAPS:
            mine: dict = getattr(self, name)
            for key, value in getattr(other, name).items():
                mine[key] = mine.get(key, 0) + value

    def counts_only(self) -> UnitFigures:
        """A copy holding the summed counts (no campaign share, no place in a tree)."""
        copy = UnitFigures(self.code, self.name, self.level, self.parent_code, self.depth)
        copy.add(self)
        copy.is_pilot = self.is_pilot
        return copy

    @property
    def pledged_pct(self) -> float | None:
        return share(self.pledged, self.members)

    @property
    def approved_pct(self) -> float | None:
        return share(self.approved, self.members)

    @property
    def assessed_pct(self) -> float | None:
        return share(self.assessed, self.expected)

    @property
    def mean(self) -> float | None:
        """The mean total over the assessed member-months."""
        return self.score_sum / self.assessed if self.assessed else None

    def band_pct(self, code: str) -> float | None:
        return share(self.bands.get(code, 0), self.assessed)

    @property
    def initiative_count(self) -> int:
        return sum(self.initiatives.values())

    @property
    def initiatives_in_use(self) -> int:
        return sum(self.initiatives.get(s, 0) for s in IN_USE_STATES)

    @property
    def on_time(self) -> bool | None:
        """Every due month's packet arrived on time (None while none is due)."""
        if not self.months_due:
            return None
        return self.months_on_time == self.months_due

    def json(self) -> dict:
        """The unit's figures as ``summary --json`` prints them."""
        bands = {BAND_JSON.get(code, code): self.bands.get(code, 0) for code in BAND_CODES}
        for code, count in self.bands.items():
            if code not in BAND_JSON:
                bands[code] = count
        return {
            "code": self.code,
            "name": self.name,
            "level": self.level,
            "parent_code": self.parent_code,
            "depth": self.depth,
            "members": self.members,
            "cong_chuc": self.cong_chuc,
            "vien_chuc": self.vien_chuc,
            "hop_dong": self.hop_dong,
            "women": self.women,
            "party_members": self.party,
            "pledged": self.pledged,
            "pledged_pct": self.pledged_pct,
            "approved": self.approved,
            "approved_pct": self.approved_pct,
            "assessed": self.assessed,
            "expected": self.expected,
            "assessed_pct": self.assessed_pct,
            "bands": bands,
            "mean": None if self.mean is None else round(self.mean, 2),
            "vetoed": self.vetoed,
            "initiatives": self.initiative_count,
            "initiatives_by_state": {s: self.initiatives.get(s, 0) for s in INITIATIVE_STATES},
            "time_saved": {k: round(v, 2) for k, v in sorted(self.time_saved.items())},
            "activities": self.activities,
            "participations": self.participations,
            "citizens_helped": self.citizens_helped,
            "campaign_pct": self.campaign_pct,
            "on_time": self.on_time,
            "months_due": self.months_due,
            "months_on_time": self.months_on_time,
            "months_late": self.months_late,
            "months_missing": self.months_missing,
            "is_pilot": self.is_pilot,
        }


COUNT_FIELDS = tuple(f.name for f in fields(UnitFigures) if f.name in _SUMMED)


@dataclass
class ConsolidationTable:
    """Every unit below ``root`` (tree order) for a period, and their totals."""

    period: Period
    root_code: str
    root_name: str
    units: list[UnitFigures]
    total: UnitFigures  # the root's whole subtree: its own records and every unit below
    own: UnitFigures | None = None  # the root's own records, when it has any
    as_of: date | None = None  # the day packet deadlines were judged on

    @property
    def levels(self) -> list[str]:
        """The level names of the units, in the order they first appear."""
        return list(dict.fromkeys(u.level for u in self.units if u.level))

    def leaves(self) -> list[UnitFigures]:
        """Units with no unit below them (the branches)."""
        return [u for u in self.units if not u.units_below]


@dataclass
class MonthFigures:
    """One month of a unit's subtree."""

    month: int
    figures: UnitFigures
    units_received: int = 0  # units whose packet for the month arrived
    units_expected: int = 0  # units below


@dataclass
class MemberFigures:
    """One member over a period: the annex of a branch's report, the drill-down."""

    member_id: str
    full_name: str
    name_key: str
    unit_code: str
    position: str = ""
    department: str = ""
    pledge_state: str = ""  # "" when there is no pledge
    months_expected: int = 0
    months_assessed: int = 0
    score_sum: float = 0.0
    vetoed: bool = False
    band: str = ""  # the band of the mean, by the year's criteria
    monthly: dict[int, float] = field(default_factory=dict)  # month → total
    initiatives: int = 0  # as author, registered by the end of the period
    participations: int = 0  # activities of the period joined

    @property
    def mean(self) -> float | None:
        return self.score_sum / self.months_assessed if self.months_assessed else None


@dataclass
class YearFigures:
    """One movement year of a unit (its subtree) or of a member: the history view."""

    year: int
    figures: UnitFigures | None = None
    member: MemberFigures | None = None


# Figures a ranking can order the units by: key → how to read it from a unit's figures.
RANKINGS: dict[str, Callable[[UnitFigures], float | None]] = {
    "pledged_pct": lambda u: u.pledged_pct,
    "assessed_pct": lambda u: u.assessed_pct,
    "mean": lambda u: u.mean,
    "excellent_pct": lambda u: u.band_pct("excellent"),
    "initiatives": lambda u: float(u.initiative_count),
    "initiatives_per_member": lambda u: u.initiative_count / u.members if u.members else None,
    "activities": lambda u: float(u.activities),
    "participations": lambda u: float(u.participations),
    "citizens_helped": lambda u: float(u.citizens_helped),
    "campaign_pct": lambda u: None if u.campaign_pct is None else float(u.campaign_pct),
    "on_time_pct": lambda u: share(u.months_on_time, u.months_due),
    "members": lambda u: float(u.members),
}


@dataclass(frozen=True)
class Ranked:
    rank: int  # equal values share a rank (1, 2, 2, 4)
    unit: UnitFigures
    value: float | None


def rank_units(units: list[UnitFigures], figure: str) -> list[Ranked]:
    """``units`` from the highest ``figure`` down; units without it last, unranked (rank 0)."""
    read = RANKINGS.get(figure)
    if read is None:
        raise ValidationError("ranking_unknown", figure=figure)
    valued = [(read(u), u) for u in units]
    present = sorted((p for p in valued if p[0] is not None), key=lambda p: -(p[0] or 0))
    result: list[Ranked] = []
    previous: float | None = None
    rank = 0
    for position, (value, unit) in enumerate(present, start=1):
        if value != previous:
            rank, previous = position, value
        result.append(Ranked(rank, unit, value))
    result.extend(Ranked(0, unit, None) for value, unit in valued if value is None)
    return result
