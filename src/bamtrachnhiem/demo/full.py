"""``demo --full``: the year at the upper levels, where the plain demo stops.

The plain demo's district has imported nothing. Here it lives its year too, on the days
things happen (the database's clock set to each moment):

- the morning after a branch sends a packet, the district imports it (so each month's
  punctuality is the branch's own, not one December packet marking every month late);
- on the 10th of each month it sends its own packet for the month before to the province
  (``upper-packets/<yyyy-mm>/<code>.xlsx``), carrying its branches' latest snapshots;
- on 8 July it makes and issues its sơ kết 6 tháng report from the merged data; the June
  packet it sends two days later carries it;
- the province (``province.db``, the district's parent) imports each district packet the
  morning after it is sent, and issues its own sơ kết report on 20 July.

Each branch issued its own report on 30 June (``demo.branch``), so every level holds one.
Nothing after ``DemoSpec.now`` happens.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.demo.branch import VIETNAM, write_report
from bamtrachnhiem.demo.records import DemoExport, DemoLevel, DemoWorld
from bamtrachnhiem.demo.vocabulary import PROVINCE_UNIT, UPPER_UNIT
from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.records import Unit

DISTRICT_SENDS_ON = 10  # the district sends each month's packet on the 10th of the next
PROVINCE_DUE_DAY = 15  # the province wants the districts' packets by the 15th
DISTRICT_REPORT = (7, 8)  # the district issues its sơ kết report on 8 July
PROVINCE_REPORT = (7, 20)


@dataclass(order=True)
class _Event:
    at: datetime
    order: int
    act: Callable[[], None] = field(compare=False)


def complete_world(world: DemoWorld) -> None:
    """Live the district's and the province's year in ``world`` (``DemoSpec.full``)."""
    spec = world.spec
    year = spec.year
    district_ctx = open_context(spec.upper_db)
    province_ctx = _new_province(world)
    district = DemoLevel(world.upper_code, world.upper_name, spec.upper_db)
    province = DemoLevel(PROVINCE_UNIT["code"], PROVINCE_UNIT["name"], spec.province_db)
    cutoff = spec.now - timedelta(minutes=10) if spec.now is not None else None
    queue: list[_Event] = []

    def plan(at: datetime, act: Callable[[], None]) -> None:
        if cutoff is None or at < cutoff:  # nothing happens after the world is built
            heapq.heappush(queue, _Event(at, next(order), act))

    order = itertools.count()

    def at_district(at: datetime) -> AppContext:
        district_ctx.database.clock = SetClock(at)
        return district_ctx

    def at_province(at: datetime) -> AppContext:
        province_ctx.database.clock = SetClock(at)
        return province_ctx

    def merge(level: DemoLevel, ctx: AppContext, paths: list[Path]) -> None:
        report = ctx.packet_merge.apply(paths)
        level.imported += sum(1 for f in report.files if f.status is ImportStatus.IMPORTED)

    def send(month: int, at: datetime) -> None:
        path = spec.upper_packet(district.code, month)
        path.parent.mkdir(parents=True, exist_ok=True)
        result = at_district(at).packet_export.export_packet(year, month, path)
        due = _first_of_next(year, month).replace(day=PROVINCE_DUE_DAY)
        district.exports.append(DemoExport(month, result.seq, result.exported_at, due, path))
        morning = _morning_after(at)
        plan(morning, lambda: merge(province, at_province(morning), [path]))

    def issue(ctx: AppContext, level: DemoLevel, number: str) -> None:
        issued = ctx.reports.issue(write_report(ctx, year).id, number=number)
        level.report_id, level.report_number = issued.id, issued.number_line

    try:
        # The branches' packets, each imported the morning after it was sent.
        arrivals: dict[datetime, list[DemoExport]] = {}
        for branch in world.branches:
            for export in branch.exports:
                if export.delivered and export.path is not None:
                    morning = _morning_after(datetime.fromisoformat(export.exported_at))
                    arrivals.setdefault(morning, []).append(export)
        for morning, exports in sorted(arrivals.items()):
            paths = [e.path for e in sorted(exports, key=lambda e: (e.month, str(e.path)))]
            plan(
                morning,
                lambda m=morning, p=paths: merge(district, at_district(m), [x for x in p if x]),
            )
        # The district's own packet of each month, on the 10th of the next.
        for month in range(1, spec.last_month + 1):
            sent = _first_of_next(year, month).replace(day=DISTRICT_SENDS_ON)
            at = datetime.combine(sent, time(10), VIETNAM)
            plan(at, lambda month=month, at=at: send(month, at))
        # The sơ kết 6 tháng reports.
        if spec.last_month >= 6:
            at_d = datetime(year, *DISTRICT_REPORT, 14, tzinfo=VIETNAM)
            plan(at_d, lambda: issue(at_district(at_d), district, "18"))
            at_p = datetime(year, *PROVINCE_REPORT, 14, tzinfo=VIETNAM)
            plan(at_p, lambda: issue(at_province(at_p), province, "45"))
        while queue:
            heapq.heappop(queue).act()
    finally:
        district_ctx.close()
        province_ctx.close()
    world.district = district
    world.province = province


def _morning_after(moment: datetime) -> datetime:
    """08:00 the day after ``moment`` (Vietnam time)."""
    day = moment.astimezone(VIETNAM).date() + timedelta(days=1)
    return datetime.combine(day, time(8), VIETNAM)


def _first_of_next(year: int, month: int) -> date:
    """The first day of the month after ``month``."""
    return date(year + (month == 12), month % 12 + 1, 1)


def _new_province(world: DemoWorld) -> AppContext:
    """The province's database: its own unit and the district below it, prepared in the
    last days of the year before, like the district's."""
    spec = world.spec
    ctx = open_context(spec.province_db, create=True)
    ctx.database.clock = SetClock(datetime(spec.year - 1, 12, 29, 8, tzinfo=VIETNAM))
    own = ctx.units.create_own(Unit(**PROVINCE_UNIT, has_standing_committee=True))
    ctx.units.add(
        Unit(
            code=world.upper_code,
            name=world.upper_name,
            level=UPPER_UNIT["level"],
            parent_code=own.code,
            parent_name=own.name,
            higher_body=UPPER_UNIT["higher_body"],
            issuing_body=UPPER_UNIT["issuing_body"],
            doc_symbol=UPPER_UNIT["doc_symbol"],
            place_name=UPPER_UNIT["place_name"],
            has_standing_committee=True,
        )
    )
    ctx.configuration.set_deadline_day(spec.year, PROVINCE_DUE_DAY)
    # The districts report their first half with the June packet: due on 15 July.
    h1 = ctx.configuration.report_period(spec.year, "h1")
    ctx.configuration.set_report_periods(spec.year, [replace(h1, due_date=date(spec.year, 7, 15))])
    return ctx
