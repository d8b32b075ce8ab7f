"""``demo --full``: the district and a province live their year; every level issues a report."""

from __future__ import annotations

import sqlite3
from datetime import date

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.demo import PROVINCE_DB, UPPER_PACKETS_DIR
from bamtrachnhiem.domain.completeness import MonthStatus

YEAR = 2026


def test_the_layout_adds_the_province_and_the_district_packets(full_world) -> None:
    """province.db, and upper-packets/<yyyy-mm>/<district>.xlsx for every month."""
    folder = full_world.spec.folder
    assert (folder / PROVINCE_DB).is_file()
    sent = sorted(
        p.relative_to(folder).as_posix() for p in (folder / UPPER_PACKETS_DIR).rglob("*.xlsx")
    )
    assert sent == [
        f"{UPPER_PACKETS_DIR}/{YEAR}-{m:02d}/{full_world.upper_code}.xlsx" for m in range(1, 13)
    ]
    assert full_world.province is not None and full_world.province.imported == 12


def test_each_month_is_judged_by_its_own_packet(full_world) -> None:
    """The district imported every month's packet the day after it came: a month is late
    only when the branch sent that month late, not because one December packet covers it."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        table = ctx.completeness.table(YEAR, today=date(YEAR + 1, 2, 1))
    finally:
        ctx.close()
    late = {
        u.code: sorted(m for m, s in u.months.items() if s is MonthStatus.LATE) for u in table.units
    }
    assert late == {b.code: b.late_months for b in full_world.branches}
    on_time = sum(1 for u in table.units for s in u.months.values() if s is MonthStatus.ON_TIME)
    assert on_time > len(table.units) * 12 // 2


def test_every_level_issued_its_sơ_kết_report_and_sent_it_up(full_world) -> None:
    """Each branch, the district and the province hold an issued sơ kết 6 tháng report; the
    province holds the district's and the branches' too, arrived through the packets."""
    codes = {b.code for b in full_world.branches}
    for branch in full_world.branches:
        ctx = open_context(branch.db, read_only=True)
        try:
            own = [(r.unit_code, r.kind.value, r.state.value) for r in ctx.reports.find(YEAR)]
        finally:
            ctx.close()
        assert own == [(branch.code, "h1", "issued")]
    ctx = open_context(full_world.spec.province_db, read_only=True)
    try:
        reports = ctx.reports.find(YEAR)
    finally:
        ctx.close()
    by_unit = {r.unit_code: r for r in reports}
    assert set(by_unit) == {*codes, full_world.upper_code, "TD-QNGAI"}
    assert all(r.issued and r.kind.value == "h1" for r in reports)
    district = by_unit[full_world.upper_code]
    assert district.number_line == "Số: 18-BC/HĐTN"
    assert district.parts[1].startswith("1. Công tác triển khai")
    assert district.figures["units_below"] == 3


def test_the_districts_campaigns_add_up_its_branches(full_world) -> None:
    """Every target of the district's campaigns is the sum of what the branches recorded."""
    recorded: dict[str, float] = {}
    for branch in full_world.branches:
        conn = sqlite3.connect(branch.db)
        try:
            for name, achieved in conn.execute(
                "SELECT t.name, t.achieved_value FROM campaign_target t JOIN campaign c "
                "ON c.id = t.campaign_id WHERE c.from_upper = 1 AND t.deleted_at IS NULL"
            ):
                recorded[name] = recorded.get(name, 0.0) + achieved
        finally:
            conn.close()
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        rollups = ctx.campaigns.rollups(YEAR)
    finally:
        ctx.close()
    totals = {t.target.name: t.total for r in rollups for t in r.targets}
    assert totals == recorded
    assert all(t.total > 0 for r in rollups for t in r.targets)
    assert all(r.launched_by == full_world.upper_code for r in rollups)


def test_completeness_shows_who_sent_the_sơ_kết_report(full_world) -> None:
    """Each branch issued its report on 30 June, due 5 July (sent down by the district):
    on time; the province sees the district's, issued 8 July and due 15 July, on time."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        table = ctx.completeness.table(YEAR, today=date(YEAR, 7, 20))
    finally:
        ctx.close()
    assert ("h1", date(YEAR, 7, 5)) in table.report_periods
    receipts = [u.reports["h1"] for u in table.units]
    assert [r.status for r in receipts] == [MonthStatus.ON_TIME] * len(table.units)
    assert all(r.issued_on == date(YEAR, 6, 30) and r.number == "06-BC/CĐ" for r in receipts)
    assert all(u.reports["year"].status is MonthStatus.NOT_DUE for u in table.units)
    ctx = open_context(full_world.spec.province_db, read_only=True)
    try:
        table = ctx.completeness.table(YEAR, today=date(YEAR, 7, 20))
    finally:
        ctx.close()
    district = next(u for u in table.units if u.code == full_world.upper_code)
    assert district.reports["h1"].status is MonthStatus.ON_TIME
    assert district.reports["h1"].issued_on == date(YEAR, 7, 8)
