"""Consolidation at every level equals an independent count of the branches' own files."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.consolidation import Period, rank_units
from bamtrachnhiem.domain.reports import ReportKind
from bamtrachnhiem.domain.text import sort_key

YEAR = 2026
H1 = Period(YEAR, 1, 6)


def _month_end(month: int) -> str:
    return (date(YEAR + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).isoformat()


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def count(db: Path, period: Period) -> dict:
    """The period's figures of one branch, counted row by row from its own file."""
    end = _month_end(period.last)
    members = {r["id"]: r for r in _rows(db, "SELECT * FROM member") if r["deleted_at"] is None}

    def here(member_id: str, day: str) -> bool:
        m = members.get(member_id)
        if m is None:
            return False
        return m["status"] == "active" or (m["status_date"] is not None and m["status_date"] > day)

    in_unit = [mid for mid in members if here(mid, end)]
    pledges = [
        p
        for p in _rows(db, "SELECT * FROM pledge")
        if p["deleted_at"] is None and p["year"] == period.year and p["member_id"] in in_unit
    ]
    expected = sum(1 for m in period.months for mid in members if here(mid, _month_end(m)))
    bands: Counter = Counter()
    points = 0.0
    for a in _rows(db, "SELECT * FROM assessment"):
        if (
            a["deleted_at"] is None
            and a["year"] == period.year
            and period.first <= a["month"] <= period.last
            and a["total"] is not None
            and here(a["member_id"], _month_end(a["month"]))
        ):
            bands[a["band"]] += 1
            points += a["total"]
    start = date(period.year, period.first, 1).isoformat()
    held = {
        a["id"]
        for a in _rows(db, "SELECT * FROM activity")
        if a["deleted_at"] is None and start <= a["date"] <= end
    }
    joined = sum(1 for p in _rows(db, "SELECT * FROM activity_participant") if p[0] in held)
    initiatives = [
        i
        for i in _rows(db, "SELECT * FROM initiative")
        if i["deleted_at"] is None
        and i["year"] == period.year
        and (i["registered_date"] is None or i["registered_date"] <= end)
    ]
    return {
        "members": len(in_unit),
        "pledged": sum(1 for p in pledges if p["state"] in ("submitted", "approved")),
        "approved": sum(1 for p in pledges if p["state"] == "approved"),
        "expected": expected,
        "assessed": sum(bands.values()),
        "bands": {k: bands.get(k, 0) for k in ("excellent", "good", "pass", "fail")},
        "points": round(points, 2),
        "activities": len(held),
        "participations": joined,
        "initiatives": len(initiatives),
    }


def _figures(fig) -> dict:
    return {
        "members": fig.members,
        "pledged": fig.pledged,
        "approved": fig.approved,
        "expected": fig.expected,
        "assessed": fig.assessed,
        "bands": {k: fig.bands.get(k, 0) for k in ("excellent", "good", "pass", "fail")},
        "points": round(fig.score_sum, 2),
        "activities": fig.activities,
        "participations": fig.participations,
        "initiatives": fig.initiative_count,
    }


def _summed(counts: list[dict]) -> dict:
    total: dict = {}
    for c in counts:
        for key, value in c.items():
            if isinstance(value, dict):
                inner = total.setdefault(key, {})
                for k, v in value.items():
                    inner[k] = inner.get(k, 0) + v
            else:
                total[key] = round(total.get(key, 0) + value, 2)
    return total


@pytest.fixture(scope="module")
def counted(full_world) -> dict[str, dict]:
    """Each branch's first half-year, counted from its own file."""
    return {b.code: count(b.db, H1) for b in full_world.branches}


def test_the_district_table_counts_each_branch(full_world, counted) -> None:
    """Each unit row of the district's table is its branch's own count; the totals add up."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        table = ctx.consolidation.by_unit(H1)
    finally:
        ctx.close()
    assert [u.name for u in table.units] == sorted((u.name for u in table.units), key=sort_key)
    assert {u.code: _figures(u) for u in table.units} == counted
    assert _figures(table.total) == _summed(list(counted.values()))
    assert all(u.depth == 1 and u.units_below == 0 for u in table.units)


def test_the_province_reads_the_branches_through_the_district(full_world, counted) -> None:
    """The province's table has the district (its branches summed) and the branches below."""
    ctx = open_context(full_world.spec.province_db, read_only=True)
    try:
        table = ctx.consolidation.by_unit(H1)
    finally:
        ctx.close()
    district = table.units[0]
    assert (district.code, district.depth, district.units_below) == (full_world.upper_code, 1, 3)
    assert _figures(district) == _summed(list(counted.values())) == _figures(table.total)
    assert {u.code: _figures(u) for u in table.units[1:]} == counted
    assert {u.depth for u in table.units[1:]} == {2}


def test_months_add_up_to_the_period(full_world) -> None:
    """The by-month view's assessed and expected member-months add up to the period's."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        months = ctx.consolidation.by_month(YEAR)
        whole = ctx.consolidation.by_unit(H1).total
    finally:
        ctx.close()
    first_half = [m for m in months if m.month <= 6]
    assert sum(m.figures.assessed for m in first_half) == whole.assessed
    assert sum(m.figures.expected for m in first_half) == whole.expected
    assert all(m.units_expected == 3 for m in months)


@pytest.mark.parametrize("level", ["branch", "district", "province"])
def test_a_new_sơ_kết_report_has_the_counted_figures(full_world, counted, level, tmp_path) -> None:
    """A sơ kết 6 tháng report made now, at a branch, the district and the province, has
    figures equal to the count of the branches' own files."""
    if level == "branch":
        source, expected = full_world.branches[0].db, counted[full_world.branches[0].code]
    elif level == "district":
        source, expected = full_world.upper_db, _summed(list(counted.values()))
    else:
        source, expected = full_world.spec.province_db, _summed(list(counted.values()))
    db = tmp_path / source.name
    shutil.copy(source, db)
    ctx = open_context(db)
    try:
        report = ctx.reports.make(ReportKind.H1, YEAR)
    finally:
        ctx.close()
    f = report.figures
    assert (f["members"], f["pledged"], f["assessed"], f["expected"]) == (
        expected["members"],
        expected["pledged"],
        expected["assessed"],
        expected["expected"],
    )
    assert f["bands"] == {
        "xuat_sac": expected["bands"]["excellent"],
        "tot": expected["bands"]["good"],
        "dat": expected["bands"]["pass"],
        "chua_dat": expected["bands"]["fail"],
    }
    pct = f"{round(expected['pledged'] * 100 / expected['members'], 1):g}".replace(".", ",")
    assert f"{expected['pledged']}/{expected['members']} đoàn viên ({pct}%)" in report.parts[1]
    assert report.months == [1, 2, 3, 4, 5, 6]


def test_rankings_order_the_branches(full_world) -> None:
    """A ranking lists the branches from the best figure down, ties sharing a rank."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        ranked = ctx.consolidation.ranking(H1, "pledged_pct")
        table = ctx.consolidation.by_unit(H1)
    finally:
        ctx.close()
    values = [r.value for r in ranked]
    assert values == sorted(values, reverse=True)
    assert ranked[0].rank == 1
    assert [r.unit.code for r in rank_units(table.units, "pledged_pct")] == [
        r.unit.code for r in ranked
    ]


def test_history_has_the_year(full_world) -> None:
    """A unit's and a member's history across years hold the demo's year."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        history = ctx.consolidation.unit_history(full_world.branches[0].code)
        member = ctx.members.find()[0]
        member_history = ctx.consolidation.member_history(member.id)
    finally:
        ctx.close()
    assert [h.year for h in history] == [YEAR]
    assert history[0].figures is not None and history[0].figures.members > 0
    assert [h.year for h in member_history] == [YEAR]
    assert member_history[0].member is not None
    assert member_history[0].member.months_expected == 12
