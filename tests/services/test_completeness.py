"""Completeness of the packets received: on time, late, missing and not due, units × months."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.services.completeness import export_day
from tests.exchange.world import (
    Packets,
    add_units,
    build_packets,
    copy_upper,
    edit_cell,
    open_unit,
)

YEAR = 2026
ON, LATE, MISSING, NOT_DUE = (
    MonthStatus.ON_TIME,
    MonthStatus.LATE,
    MonthStatus.MISSING,
    MonthStatus.NOT_DUE,
)


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Packets:
    """CD-A's packets of months 1, 2, 3 and CD-B's of month 2; DX knows both units."""
    return build_packets(tmp_path_factory.mktemp("packets"))


@pytest.fixture
def upper(packets: Packets, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_context(copy_upper(packets, tmp_path / "upper"))
    try:
        yield ctx
    finally:
        ctx.close()


def _exported_on(ctx: AppContext, unit_code: str) -> date:
    """The local day the unit's latest merged snapshot was exported."""
    state = next(s for s in ctx.import_log.merged_states(YEAR) if s.unit_code == unit_code)
    return export_day(state.exported_at)


def _unit(table, code: str):
    return next(u for u in table.units if u.code == code)


def test_a_snapshot_covers_every_earlier_month(upper: AppContext, packets: Packets):
    """CD-A's month-3 packet alone marks months 1-3 received; later months wait or are missing."""
    assert upper.packet_merge.apply([packets.a[2]]).files[0].status is ImportStatus.IMPORTED
    sent = _exported_on(upper, "CD-A")
    upper.configuration.set_deadlines(YEAR, {1: sent, 2: sent, 3: sent})
    due_april = upper.configuration.deadlines(YEAR)[4]
    table = upper.completeness.table(YEAR, today=due_april + timedelta(days=1))
    a = _unit(table, "CD-A")
    assert [a.months[m] for m in (1, 2, 3)] == [ON, ON, ON]
    assert a.months[4] is MISSING
    assert a.months[5] is NOT_DUE
    assert a.sent_on[1] == a.sent_on[3] == sent
    assert (a.last_seq, a.last_month) == (3, 3)
    b = _unit(table, "CD-B")
    assert b.months[1] is NOT_DUE and b.months[4] is MISSING
    assert b.last_seq is None and b.last_month is None


def test_the_deadline_day_itself_is_on_time_the_day_after_late(upper: AppContext, packets):
    """Exported on the deadline: on time; a deadline one day before the export: late."""
    upper.packet_merge.apply([packets.a[2]])
    sent = _exported_on(upper, "CD-A")
    upper.configuration.set_deadlines(YEAR, {1: sent, 2: sent, 3: sent - timedelta(days=1)})
    a = _unit(upper.completeness.table(YEAR, today=sent), "CD-A")
    assert (a.months[1], a.months[2], a.months[3]) == (ON, ON, LATE)


def test_not_due_until_the_deadline_has_passed(upper: AppContext):
    """Nothing received: not due up to and including the deadline day, missing the day after."""
    due = upper.configuration.deadlines(YEAR)[6]
    on_the_day = upper.completeness.table(YEAR, today=due)
    assert _unit(on_the_day, "CD-A").months[6] is NOT_DUE
    day_after = upper.completeness.table(YEAR, today=due + timedelta(days=1))
    assert _unit(day_after, "CD-A").months[6] is MISSING
    assert _unit(day_after, "CD-A").months[7] is NOT_DUE


def test_the_first_covering_packet_decides(upper: AppContext, packets: Packets):
    """Month 1 sent early on its own stays on time although the month-3 packet came late."""
    upper.packet_merge.apply([packets.a[0], packets.a[2]])
    sent = _exported_on(upper, "CD-A")
    early = sent - timedelta(days=40)
    conn = sqlite3.connect(upper.database.path)
    with conn:  # as if the month-1 packet had been exported 40 days before the others
        conn.execute(
            "UPDATE packet_import_section SET exported_at = ? WHERE unit_code = 'CD-A' "
            "AND month = 1",
            [f"{early.isoformat()}T05:00:00+00:00"],
        )
    conn.close()
    deadline = sent - timedelta(days=30)
    upper.configuration.set_deadlines(YEAR, {1: deadline, 2: deadline, 3: deadline})
    a = _unit(upper.completeness.table(YEAR, today=sent), "CD-A")
    assert (a.months[1], a.months[2], a.months[3]) == (ON, LATE, LATE)
    assert a.sent_on[1] == early and a.sent_on[2] == sent


def test_totals_count_received_units_per_month(upper: AppContext, packets: Packets):
    """Received x of y per month: y is every unit below, x those whose data of it came."""
    upper.packet_merge.apply([packets.a[0], packets.b])
    table = upper.completeness.table(YEAR, today=date(YEAR, 12, 31))
    assert (table.totals[1].received, table.totals[1].expected) == (2, 2)
    assert (table.totals[2].received, table.totals[2].expected) == (1, 2)
    assert table.totals[3].received == 0


def test_an_edited_packet_left_out_counts_for_nothing(upper: AppContext, packets, tmp_path):
    """A packet edited after export and not confirmed does not make its months received."""
    edited = tmp_path / "CD-B-sua.xlsx"
    edit_cell(packets.b, edited, "Đoàn viên", "Tên", 2, "Sửa tay")
    report = upper.packet_merge.apply([edited])
    assert report.files[0].status is ImportStatus.EDITED
    b = _unit(upper.completeness.table(YEAR, today=date(YEAR, 12, 31)), "CD-B")
    assert b.months[1] is MISSING and b.sent_on == {}
    upper.packet_merge.apply([edited], accept_edited=True)
    b = _unit(upper.completeness.table(YEAR, today=date(YEAR, 12, 31)), "CD-B")
    assert b.months[2].received and not b.months[3].received


def test_only_units_below_appear_in_tree_order(upper: AppContext):
    """The own unit is left out; siblings in name order, each followed by the units below it."""
    upper.units.add(Unit(code="DCS-YT", name="Đoàn cơ sở Trạm Y tế", parent_code="DX"))
    upper.units.add(Unit(code="CD-YT1", name="Chi đoàn Y tế 1", parent_code="DCS-YT"))
    upper.units.add(Unit(code="AA-VP", name="Chi đoàn Văn phòng", parent_code="DX"))
    table = upper.completeness.table(YEAR, today=date(YEAR, 1, 15))
    assert [(u.code, u.depth) for u in table.units] == [
        ("CD-A", 1),
        ("CD-B", 1),
        ("AA-VP", 1),
        ("DCS-YT", 1),
        ("CD-YT1", 2),
    ]
    assert table.as_of == date(YEAR, 1, 15) and table.totals[1].expected == 5


def test_a_roll_up_counts_each_branch_by_its_own_export(packets: Packets, tmp_path: Path):
    """The province sees the branches inside the commune's packet, each as sent by itself."""
    commune = open_context(copy_upper(packets, tmp_path / "dx"))
    try:
        commune.packet_merge.apply([packets.a[1], packets.b])
        rollup = commune.packet_export.export_packet(YEAR, 2, tmp_path / "DX-02.xlsx").path
    finally:
        commune.close()
    province = open_unit(tmp_path / "tinh.db", "TD", "Tỉnh đoàn", level="Tỉnh đoàn")
    try:
        add_units(province, "TD", ["DX"])
        assert province.packet_merge.apply([rollup]).files[0].status is ImportStatus.IMPORTED
        table = province.completeness.table(YEAR, today=date(YEAR, 12, 31))
        assert [(u.code, u.depth) for u in table.units] == [
            ("DX", 1),
            ("CD-A", 2),
            ("CD-B", 2),
        ]
        assert all(_unit(table, code).months[2].received for code in ("DX", "CD-A", "CD-B"))
        assert _unit(table, "CD-A").last_seq == 2 and _unit(table, "CD-B").last_month == 2
        assert not _unit(table, "DX").months[3].received
    finally:
        province.close()


def test_refusals(upper: AppContext, tmp_path: Path):
    """A year out of range and a database without its own unit are refused with their codes."""
    with pytest.raises(ValidationError) as error:
        upper.completeness.table(1999)
    assert error.value.code == "year_out_of_range"
    bare = open_context(tmp_path / "trong.db", create=True)
    try:
        with pytest.raises(ValidationError) as error:
            bare.completeness.table(YEAR)
        assert error.value.code == "own_unit_missing"
    finally:
        bare.close()


@pytest.fixture
def vietnam_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process runs on Vietnam time (UTC+7) for one test."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones can only be switched where time.tzset exists")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_export_day_is_the_local_calendar_day(vietnam_time):
    """An export at 20:00 UTC is the next morning in Vietnam; a naive time is read as UTC."""
    assert export_day("2026-03-04T20:00:00+00:00") == date(2026, 3, 5)
    assert export_day("2026-03-04T16:59:59+00:00") == date(2026, 3, 4)
    assert export_day("2026-03-04T20:00:00") == date(2026, 3, 5)
