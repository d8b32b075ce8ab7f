"""Completeness of the packets received (tình hình nộp gói dữ liệu): units × months of a year.

A unit's snapshot for month m covers every month up to m. A month is received **on time**
when the first snapshot covering it was exported (by the unit itself, the export time the
packet records) on or before that month's deadline, **late** when only snapshots exported
after the deadline cover it, **missing** when its deadline has passed and nothing covers it,
and **not due** while its deadline has not passed yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

MONTHS = range(1, 13)


class MonthStatus(StrEnum):
    """Where one unit stands for one month."""

    ON_TIME = "on_time"  # nộp đúng hạn
    LATE = "late"  # nộp muộn
    MISSING = "missing"  # quá hạn, chưa nộp
    NOT_DUE = "not_due"  # chưa đến hạn

    @property
    def received(self) -> bool:
        return self in (MonthStatus.ON_TIME, MonthStatus.LATE)


@dataclass(frozen=True)
class ReceivedSnapshot:
    """A unit's snapshot that arrived here: it covers months 1..``month``."""

    month: int
    exported_on: date  # the day the unit exported it (local time)


@dataclass(frozen=True)
class ReportReceipt:
    """A unit's report of one period, as it arrived (or did not) by its due date."""

    period: str  # h1, year, m05, …
    status: MonthStatus  # on time, late, missing or not due, like a month's packet
    issued_on: date | None = None  # the day the unit issued it (its export of it)
    number: str = ""  # "18-BC/HĐTN"
    report_id: str = ""


@dataclass
class UnitCompleteness:
    """One unit below this database's own unit, month by month."""

    code: str
    name: str
    level: str
    parent_code: str | None
    depth: int  # 1 for a unit directly below the own unit, 2 for the units below those, ...
    months: dict[int, MonthStatus]
    sent_on: dict[int, date] = field(default_factory=dict)  # month -> first covering export
    last_seq: int | None = None  # the latest snapshot merged for the year
    last_month: int | None = None
    reports: dict[str, ReportReceipt] = field(default_factory=dict)  # period → its report


@dataclass
class MonthTotal:
    """How many units' data of a month arrived, out of how many units are expected."""

    received: int
    expected: int


@dataclass
class CompletenessTable:
    """Every unit below the own unit for ``year``, judged as of the day ``as_of``."""

    year: int
    as_of: date
    deadlines: dict[int, date]
    deadline_source: str  # "own" (set here or the default) or "upper" (configuration packet)
    units: list[UnitCompleteness]
    totals: dict[int, MonthTotal]
    # The periods whose report the units below must send, with the day each is due.
    report_periods: list[tuple[str, date]] = field(default_factory=list)


def month_statuses(
    snapshots: Iterable[ReceivedSnapshot], deadlines: dict[int, date], today: date
) -> tuple[dict[int, MonthStatus], dict[int, date]]:
    """Each month's status for one unit, and the export day of the first snapshot covering it."""
    received = list(snapshots)
    statuses: dict[int, MonthStatus] = {}
    sent_on: dict[int, date] = {}
    for month in MONTHS:
        due = deadlines[month]
        covering = [s.exported_on for s in received if s.month >= month]
        if covering:
            first = min(covering)
            sent_on[month] = first
            statuses[month] = MonthStatus.ON_TIME if first <= due else MonthStatus.LATE
        elif today > due:
            statuses[month] = MonthStatus.MISSING
        else:
            statuses[month] = MonthStatus.NOT_DUE
    return statuses, sent_on


def report_status(issued_on: date | None, due: date, today: date) -> MonthStatus:
    """A report's status as a month's packet's: on time by its due date, late after it,
    missing once the due date has passed without it, not due before."""
    if issued_on is not None:
        return MonthStatus.ON_TIME if issued_on <= due else MonthStatus.LATE
    return MonthStatus.MISSING if today > due else MonthStatus.NOT_DUE


def month_totals(units: Iterable[UnitCompleteness]) -> dict[int, MonthTotal]:
    """Received x out of y per month, y being every unit of the table."""
    rows = list(units)
    return {
        month: MonthTotal(sum(1 for u in rows if u.months[month].received), len(rows))
        for month in MONTHS
    }
