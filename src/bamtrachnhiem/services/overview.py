"""The overview (tổng quan): each figure of the landing page from one aggregate query."""

from __future__ import annotations

from collections import defaultdict

from bamtrachnhiem.domain.overview import (
    IN_USE_STATES,
    OverviewSummary,
    TimeSaved,
    saved_time_unit,
)
from bamtrachnhiem.services.activities import month_range
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.campaigns import load_campaigns
from bamtrachnhiem.storage.database import Database

# Read-only aggregates straight over the tables: the page must open fast on a 40,000-member
# database, so nothing here loads rows into objects just to count them.
_ACTIVE_MEMBERS = "SELECT count(*) FROM member WHERE deleted_at IS NULL AND status = 'active'"
_PLEDGES = """
    SELECT p.state, count(*) FROM pledge p JOIN member mb ON mb.id = p.member_id
    WHERE p.year = ? AND p.deleted_at IS NULL
      AND mb.deleted_at IS NULL AND mb.status = 'active'
    GROUP BY p.state"""
_BANDS = """
    SELECT a.band, count(*) FROM assessment a JOIN member mb ON mb.id = a.member_id
    WHERE a.year = ? AND a.month = ? AND a.total IS NOT NULL AND a.deleted_at IS NULL
      AND mb.deleted_at IS NULL AND mb.status = 'active'
    GROUP BY a.band"""
_LOCKED = """
    SELECT locked FROM month_lock
    WHERE unit_code = ? AND year = ? AND month = ? AND deleted_at IS NULL"""
_INITIATIVES = """
    SELECT state, count(*) FROM initiative WHERE year = ? AND deleted_at IS NULL
    GROUP BY state"""
_TIME_SAVED = """
    SELECT measure_unit, sum((before_value - after_value) * dossiers_affected), count(*)
    FROM initiative
    WHERE year = ? AND deleted_at IS NULL AND state IN ({states})
      AND before_value IS NOT NULL AND after_value IS NOT NULL
      AND dossiers_affected IS NOT NULL
    GROUP BY measure_unit""".format(states=", ".join(f"'{s}'" for s in IN_USE_STATES))
_ACTIVITIES = """
    SELECT count(*), coalesce(sum(citizens_helped), 0) FROM activity
    WHERE date >= ? AND date < ? AND deleted_at IS NULL"""
_ACTIVITIES_BY_MONTH = """
    SELECT CAST(strftime('%m', date) AS INTEGER), count(*) FROM activity
    WHERE date >= ? AND date < ? AND deleted_at IS NULL
    GROUP BY 1"""
_PARTICIPATIONS = """
    SELECT count(*) FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id
    WHERE a.date >= ? AND a.date < ? AND a.deleted_at IS NULL"""


class OverviewService(Service):
    """Read-only figures for the overview page."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def summary(self, year: int, month: int) -> OverviewSummary:
        """Everything the overview shows for ``month`` of ``year``."""
        first, after = (d.isoformat() for d in month_range(year, month))
        own = self.own_unit()
        bands = dict(self._rows(_BANDS, [year, month]))
        locked = own is not None and any(
            row[0] for row in self._rows(_LOCKED, [own.code, year, month])
        )
        activities, helped = self._rows(_ACTIVITIES, [first, after])[0]
        by_month = [0] * 12
        year_start, year_end = (d.isoformat() for d in month_range(year, None))
        for month_no, count in self._rows(_ACTIVITIES_BY_MONTH, [year_start, year_end]):
            by_month[month_no - 1] = count
        return OverviewSummary(
            year=year,
            month=month,
            members_active=self._rows(_ACTIVE_MEMBERS)[0][0],
            pledges_by_state=dict(self._rows(_PLEDGES, [year])),
            assessed=sum(bands.values()),
            bands=bands,
            month_locked=locked,
            initiatives_by_state=dict(self._rows(_INITIATIVES, [year])),
            time_saved=self._time_saved(year),
            campaigns=load_campaigns(self.m, year, own.code) if own is not None else [],
            activities=activities,
            activities_by_month=by_month,
            participations=self._rows(_PARTICIPATIONS, [first, after])[0][0],
            citizens_helped=helped,
        )

    def _time_saved(self, year: int) -> list[TimeSaved]:
        # "ngày/hồ sơ" and "ngày / hồ sơ" are both days: add them up under one unit.
        amounts: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        for measure_unit, amount, count in self._rows(_TIME_SAVED, [year]):
            unit = saved_time_unit(measure_unit or "")
            amounts[unit] += amount or 0
            counts[unit] += count
        return [
            TimeSaved(unit=unit, amount=amounts[unit], initiatives=counts[unit])
            for unit in sorted(amounts, key=lambda u: (-counts[u], u))
        ]
