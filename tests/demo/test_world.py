"""The demo world: its fixed layout, reproducible content, valid rows, and importable packets."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.demo import UPPER_UNIT, DemoSpec, DemoWorld, build_world, demo_period
from bamtrachnhiem.demo.branch import VIETNAM
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.scoring import score_month
from bamtrachnhiem.messages import CATALOGUE

YEAR = 2025
UNITS, MEMBERS = 3, 12
COMPANIONS = (".lock", "-wal", "-shm")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> DemoWorld:
    """A small world with every month's packets."""
    folder = tmp_path_factory.mktemp("demo") / "world"
    spec = DemoSpec(folder, UNITS, MEMBERS, YEAR, seed=11, all_months=True)
    return build_world(spec)


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory, world: DemoWorld) -> DemoWorld:
    """The same seed again, without the monthly packets."""
    folder = tmp_path_factory.mktemp("twin") / "world"
    return build_world(replace(world.spec, folder=folder, all_months=False))


def _files(folder: Path) -> set[str]:
    """Every file under ``folder`` (SQLite and lock companions left out), relative."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(COMPANIONS)
    }


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT family_middle_name, given_name FROM member ORDER BY name_key, birth_date"
        )
        return [f"{a} {b}" for a, b in rows]
    finally:
        conn.close()


# What a branch records, every column but the ids (the services make fresh ones each time).
RECORD_TABLES = (
    "member",
    "pledge",
    "initiative",
    "campaign",
    "campaign_target",
    "activity",
    "assessment",
    "month_lock",
    "audit_log",
)


def _records(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        content = {}
        for table in RECORD_TABLES:
            columns = [
                row[1]
                for row in conn.execute(f"PRAGMA table_info({table})")
                if row[1] != "id" and not row[1].endswith("_id")
            ]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            content[table] = sorted(rows, key=repr)
        return content
    finally:
        conn.close()


def _upper_copy(world: DemoWorld, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "upper.db"
    shutil.copy(world.upper_db, target)
    return target


def test_layout_is_exactly_the_fixed_one(world: DemoWorld):
    """upper.db, branches/<code>.db, packets/<code>.xlsx, packets/<yyyy-mm>/<code>.xlsx."""
    codes = [b.code for b in world.branches]
    expected = {"upper.db"}
    expected |= {f"branches/{c}.db" for c in codes}
    expected |= {f"packets/{c}.xlsx" for c in codes}
    expected |= {f"packets/{YEAR}-{m:02d}/{c}.xlsx" for c in codes for m in range(1, 13)}
    assert _files(world.spec.folder) == expected
    assert codes == ["CD-001", "CD-002", "CD-003"]
    for branch in world.branches:
        assert branch.db == world.spec.folder / "branches" / f"{branch.code}.db"
        assert branch.packet == world.spec.folder / "packets" / f"{branch.code}.xlsx"


def test_without_all_months_only_the_last_month_packets(twin: DemoWorld):
    """Without --all-months the packets folder holds one packet per branch, nothing else."""
    codes = [b.code for b in twin.branches]
    expected = {"upper.db", *(f"branches/{c}.db" for c in codes)}
    expected |= {f"packets/{c}.xlsx" for c in codes}
    assert _files(twin.spec.folder) == expected


def test_upper_knows_its_units_and_has_imported_nothing(world: DemoWorld):
    """The district's database lists every branch below it and has merged no packet."""
    ctx = open_context(world.upper_db, read_only=True)
    try:
        own = ctx.units.own_unit()
        assert own.code == UPPER_UNIT["code"] == world.upper_code
        below = [u for u in ctx.units.find() if not u.is_own]
        assert [u.code for u in below] == [b.code for b in world.branches]
        assert {u.parent_code for u in below} == {own.code}
        assert ctx.import_log.entries() == []
        assert ctx.import_log.merged_states() == []
        assert ctx.members.count() == 0
    finally:
        ctx.close()


def test_each_branch_is_its_own_unit_scoring_the_district_criteria(world: DemoWorld):
    """A branch database was made from the district's configuration: unit, criteria, deadlines."""
    branch = world.branches[0]
    ctx = open_context(branch.db, read_only=True)
    try:
        own = ctx.units.own_unit()
        assert (own.code, own.name, own.parent_code) == (branch.code, branch.name, world.upper_code)
        assert own.name.startswith("Chi đoàn ")
        assert ctx.years.criteria(YEAR).source.value == "upper"
        assert ctx.configuration.deadline_source(YEAR) == "upper"
        members = ctx.members.find(unit_code=branch.code)
        assert len(members) == MEMBERS == branch.members
        assert all(m.family_middle_name and m.given_name for m in members)
        assert all(m.phone == "" or (len(m.phone) == 10 and m.phone[0] == "0") for m in members)
        assert [m.union_role for m in members].count("Bí thư") == 1
        for month in range(1, 13):
            assert ctx.assessments.lock_info(YEAR, month, branch.code) is not None
        campaigns = ctx.campaigns.find(YEAR)
        assert sum(c.from_upper for c in campaigns) == 2
        assert all(t.target_value > 0 for c in campaigns for t in c.targets)
        assert any(t.achieved_value > 0 for c in campaigns for t in c.targets)
    finally:
        ctx.close()


def test_same_seed_same_records_and_row_counts(world: DemoWorld, twin: DemoWorld):
    """A seed gives the same people, records, times and last packet, monthly packets or not."""
    for one, other in zip(world.branches, twin.branches, strict=True):
        assert one.code == other.code and one.name == other.name
        assert _names(one.db) == _names(other.db)
        assert _records(one.db) == _records(other.db)
        assert one.counts == other.counts
    assert world.totals() == twin.totals()
    assert world.totals()["assessments"] > UNITS * MEMBERS * 10


def test_another_seed_other_names(world: DemoWorld, tmp_path: Path):
    """Another seed draws other people."""
    other = build_world(replace(world.spec, folder=tmp_path / "w", seed=12, all_months=False))
    assert _names(other.branches[0].db) != _names(world.branches[0].db)


def test_records_read_back_through_the_services(world: DemoWorld):
    """Every record reads back through its service; totals and bands follow domain.scoring."""
    branch = world.branches[1]
    ctx = open_context(branch.db, read_only=True)
    try:
        criteria = ctx.years.criteria(YEAR)
        for month in range(1, 13):
            grid = ctx.assessments.grid(YEAR, month, branch.code)
            saved = [r for r in grid.rows if r.assessment.id]
            # Everyone in the grid was scored, but for a member on leave that month.
            assert grid.rows and len(saved) >= len(grid.rows) - 2
            assert all(r.assessment.self_scores and r.assessment.branch_scores for r in saved)
        overview = ctx.pledges.overview(YEAR)  # every pledge's JSON reads back
        states = Counter(r.pledge.state.value for r in overview.rows if r.pledge)
        # Handed in and approved in the first months; a few still drafts or waiting.
        assert states.most_common(1)[0][0] == "approved"
        assert ctx.initiatives.find(year=YEAR)
        assert ctx.activities.find(YEAR)
    finally:
        ctx.close()
    conn = sqlite3.connect(branch.db)
    try:
        rows = conn.execute(
            "SELECT self_scores, branch_scores, bonus, deduction, veto, total, band FROM assessment"
        ).fetchall()
    finally:
        conn.close()
    for own, scored, bonus, deduction, veto, total, band in rows:
        own_scores, branch_scores = json.loads(own), json.loads(scored)
        result = score_month(
            criteria, own_scores, branch_scores, bonus=bonus, deduction=deduction, veto=bool(veto)
        )
        assert (total, band) == (result.total, result.band.code)


def _local(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(VIETNAM)


def test_records_carry_their_day_of_the_simulated_year(world: DemoWorld):
    """Each record is stamped on the day it was made in the branch's year, not build time."""
    conn = sqlite3.connect(world.branches[0].db)
    try:
        members = conn.execute("SELECT id, created_at, notes FROM member").fetchall()
        joined = [m for m in members if _local(m[1]).year == YEAR]
        # The registry was typed in the year before; a few joined during the year.
        assert joined and all(_local(m[1]).year == YEAR - 1 for m in members if m not in joined)
        for member_id, created, notes in joined:
            arrived = _local(created).date()
            assert date(YEAR, 2, 1) <= arrived <= date(YEAR, 10, 31) and notes
            scored = conn.execute(
                "SELECT min(month) FROM assessment WHERE member_id = ?", [member_id]
            ).fetchone()[0]
            assert arrived.month <= scored <= arrived.month + 1
            pledged = conn.execute("SELECT count(*) FROM pledge WHERE member_id = ?", [member_id])
            assert pledged.fetchone() == (0,)  # the year's forms were collected before
        arrived = {
            _local(c).date()
            for (c,) in conn.execute("SELECT created_at FROM campaign WHERE from_upper = 1")
        }
        assert len(arrived) == 1 and date(YEAR, 1, 2) <= arrived.pop() <= date(YEAR, 1, 6)
        for month, created, updated in conn.execute(
            "SELECT month, created_at, updated_at FROM assessment"
        ):
            # Self scores entered in the month's last days, the branch's at its last meeting.
            assert (_local(created).month, _local(updated).month) == (month, month)
            assert _local(created) <= _local(updated)
        for month, locked_at in conn.execute("SELECT month, locked_at FROM month_lock"):
            assert _local(locked_at).date() == _month_end(month)
        for day, created in conn.execute("SELECT date, created_at FROM activity"):
            held = date.fromisoformat(day)
            assert (
                held
                <= _local(created).date()
                <= min(held + timedelta(days=2), _month_end(held.month))
            )
        exports = conn.execute("SELECT month, exported_at FROM packet_export WHERE kind = 'data'")
        for month, exported_at in exports:
            sent = _local(exported_at).date()
            assert sent > _month_end(month) and sent.month == month % 12 + 1
    finally:
        conn.close()


def _month_end(month: int) -> date:
    return date(YEAR + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def test_scores_are_plausible(world: DemoWorld):
    """Most member-months are Tốt, some Xuất sắc and Đạt; self scores sit above the branch's."""
    bands: Counter[str] = Counter()
    own_total = branch_total = 0.0
    for branch in world.branches:
        conn = sqlite3.connect(branch.db)
        try:
            for own, scored, band in conn.execute(
                "SELECT self_scores, branch_scores, band FROM assessment"
            ):
                bands[band] += 1
                own_total += sum(json.loads(own).values())
                branch_total += sum(json.loads(scored).values())
        finally:
            conn.close()
    assert bands.most_common(1)[0][0] == "good"
    assert bands["excellent"] > 0 and bands["pass"] > 0
    assert bands["good"] > bands["excellent"] + bands["pass"] + bands["fail"]
    assert branch_total < own_total < branch_total * 1.05


def test_last_month_packets_import_cleanly(twin: DemoWorld, tmp_path: Path):
    """Every branch's packet imports into upper.db with the rows the branch holds."""
    ctx = open_context(_upper_copy(twin, tmp_path / "upper"))
    try:
        report = ctx.packet_merge.import_files([twin.spec.folder / "packets"])
        assert [f.status for f in report.files] == [ImportStatus.IMPORTED] * UNITS
        for outcome, branch in zip(report.files, twin.branches, strict=True):
            assert outcome.unit_code == branch.code
            assert outcome.errors == []
            assert outcome.edited_rows == [] and not outcome.rows_missing and not outcome.rows_extra
            for kind, count in branch.counts.items():
                assert outcome.counts[kind].created == count, kind
        assert ctx.members.count() == UNITS * MEMBERS
        gap = [b for b in twin.branches if b.has_gap]
        assert [b.last_export.seq for b in gap] == [2]
    finally:
        ctx.close()


def test_monthly_packets_show_the_gap_and_the_late_units(world: DemoWorld, tmp_path: Path):
    """Imported month by month, one branch's sequence jumps (a warning); some sent late."""
    packets = world.spec.folder / "packets"
    files = [
        packets / f"{YEAR}-{m:02d}" / f"{b.code}.xlsx" for m in range(1, 13) for b in world.branches
    ]
    ctx = open_context(_upper_copy(world, tmp_path / "upper"))
    try:
        report = ctx.packet_merge.import_files(files)
        assert {f.status for f in report.files} == {ImportStatus.IMPORTED}
        assert all(f.edited_rows == [] and f.errors == [] for f in report.files)
        gaps = {
            f.unit_code for f in report.files if any(w.code == "packet_seq_gap" for w in f.warnings)
        }
        assert gaps == set(world.gap_units) and len(gaps) == 1
        deadlines = ctx.configuration.deadlines(YEAR)
        late: dict[str, set[int]] = {}
        for section in ctx.import_log.received_sections(YEAR):
            sent = (datetime.fromisoformat(section.exported_at) + timedelta(hours=7)).date()
            if sent > deadlines[section.month]:
                late.setdefault(section.unit_code, set()).add(section.month)
        assert set(late) == set(world.late_units) and late
        for branch in world.branches:
            assert late.get(branch.code, set()) == set(branch.late_months)
        assert len(late) < UNITS  # some, not all
    finally:
        ctx.close()


def test_folder_with_files_is_refused_and_left_alone(tmp_path: Path):
    """An existing, non-empty folder is refused before anything is written."""
    (tmp_path / "notes.txt").write_text("giữ nguyên")
    with pytest.raises(ValidationError) as refused:
        build_world(DemoSpec(tmp_path, 1, 2, YEAR))
    assert refused.value.code == "demo_folder_not_empty"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_failed_build_leaves_nothing_behind(tmp_path: Path):
    """A build stopped half-way (here by its progress callback) removes what it made."""
    seen = []

    def stop(done: int, total: int, unit: str) -> None:
        seen.append(unit)
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_world(DemoSpec(tmp_path / "w", 2, 2, YEAR), progress=stop)
    assert seen == ["", UPPER_UNIT["code"], "CD-001"]
    assert not (tmp_path / "w").exists()


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        (DemoSpec(Path("x"), 0, 5, YEAR), "demo_units_invalid"),
        (DemoSpec(Path("x"), 1000, 5, YEAR), "demo_units_invalid"),
        (DemoSpec(Path("x"), 2, 0, YEAR), "demo_members_invalid"),
        (DemoSpec(Path("x"), 2, 5, 1999), "year_out_of_range"),
        (DemoSpec(Path("x"), 2, 5, YEAR, last_month=13), "demo_month_invalid"),
    ],
)
def test_impossible_sizes_are_refused_with_a_message(spec: DemoSpec, code: str):
    """Sizes and periods out of range are refused, each with its Vietnamese sentence."""
    with pytest.raises(ValidationError) as refused:
        spec.check()
    assert refused.value.code == code
    assert code in CATALOGUE


def test_demo_period_ends_with_last_month():
    """The wizard's demo is complete up to last month; this month is the one in progress."""
    assert demo_period(date(2026, 11, 28)) == (2026, 10)
    assert demo_period(date(2026, 1, 3)) == (2025, 12)


def test_world_built_now_holds_no_future_and_this_month_in_progress(tmp_path: Path):
    """Built "now" (the 3rd): nothing is dated later; the current month has some self scores."""
    now = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)  # 09:30 in Vietnam
    spec = DemoSpec(tmp_path / "w", 2, 10, YEAR, all_months=True, last_month=10, now=now)
    built = build_world(spec)
    stamp = now.isoformat(timespec="microseconds")
    for branch in built.branches:
        assert all(e.exported_at < stamp for e in branch.exports)
        assert branch.last_export.month == 10
        conn = sqlite3.connect(branch.db)
        try:
            for table in ("member", "pledge", "initiative", "activity", "assessment"):
                latest = conn.execute(f"SELECT max(updated_at) FROM {table}").fetchone()[0]
                assert latest < stamp, table
            progress = conn.execute(
                "SELECT count(*), sum(branch_scores = '{}'), sum(band != '') FROM assessment "
                "WHERE month = 11"
            ).fetchone()
            locked = conn.execute("SELECT count(*) FROM month_lock WHERE month = 11").fetchone()
        finally:
            conn.close()
        assert 0 < progress[0] < 10 and progress[1] == progress[2] == progress[0]
        assert locked == (0,)
    gap = next(b for b in built.branches if b.has_gap)
    assert [e.delivered for e in gap.exports if e.month == gap.exports[-1].month][-1]
