"""Merging packets at the upper level: the nine promises of exchange.md, order and repetition."""

from __future__ import annotations

import itertools
import os
import random
import shutil
from datetime import date

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.exchange import ImportStatus, SectionStatus
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.exchange.packet_reader import file_sha256
from bamtrachnhiem.storage.database import BULK_CACHE_KIB
from tests.exchange.world import (
    add_units,
    assert_nothing_changed,
    content,
    copy_upper,
    edit_cell,
    import_log,
    make_branch,
    open_unit,
    restamp,
    unit_snapshot,
)


def _counts(outcome, kind: str) -> dict[str, int]:
    return outcome.counts[kind].as_dict()


def test_first_import_creates_every_record_and_keeps_the_file(upper: AppContext, packets):
    """A first packet creates the unit's records, logs the import and archives the file."""
    report = upper.packet_merge.apply([packets.a[0]])
    outcome = report.files[0]
    assert outcome.status is ImportStatus.IMPORTED, outcome.errors
    assert _counts(outcome, "members")["created"] == 6
    assert _counts(outcome, "assessments")["created"] == 6
    assert _counts(outcome, "pledges")["created"] == 6
    assert _counts(outcome, "initiatives")["created"] == 1
    assert _counts(outcome, "campaigns")["created"] == 1
    assert _counts(outcome, "activities")["created"] == 1
    assert _counts(outcome, "commendations") == {k: 0 for k in _counts(outcome, "members")}
    assert outcome.archived_path is not None
    assert outcome.archived_path.parent == upper.import_log.received_dir / "CD-A"
    assert outcome.archived_path.name == "2026-01-seq1.xlsx"
    assert file_sha256(outcome.archived_path) == file_sha256(packets.a[0])
    log = upper.import_log.entries()
    assert [(e.outcome, e.unit_code, e.seq) for e in log] == [("imported", "CD-A", 1)]
    assert log[0].archived_path == str(outcome.archived_path)
    members = upper.members.find(unit_code="CD-A")
    assert len(members) == 6 and all(m.unit_code == "CD-A" for m in members)


def test_preview_changes_nothing_and_predicts_the_real_counts(upper: AppContext, packets, snapshot):
    """The dry run leaves the database as it was; the real run's counts equal the preview's."""
    db = upper.database.path
    files = [*packets.a, packets.b]
    before = snapshot(db)
    preview = upper.packet_merge.preview(files)
    assert snapshot(db) == before
    assert not upper.import_log.received_dir.exists()
    assert [f.status for f in preview.files] == [ImportStatus.IMPORTED] * 4
    real = upper.packet_merge.apply(preview)
    for predicted, done in zip(preview.files, real.files, strict=True):
        assert done.status is predicted.status
        assert {k: c.as_dict() for k, c in done.counts.items()} == {
            k: c.as_dict() for k, c in predicted.counts.items()
        }
    # the second and third packets of CD-A see the first one's rows within the same preview
    assert preview.files[1].counts["assessments"].unchanged == 6


def test_same_packet_twice_changes_nothing(upper: AppContext, packets, snapshot):
    """Importing a packet again says when it was imported and changes nothing at all."""
    upper.packet_merge.apply([packets.a[0]])
    before = snapshot(upper.database.path)
    again = upper.packet_merge.apply([packets.a[0]]).files[0]
    assert again.status is ImportStatus.ALREADY_IMPORTED
    assert again.already_imported_at is not None
    assert snapshot(upper.database.path) == before


def test_newer_packet_updates_and_removes(upper: AppContext, packets):
    """A newer snapshot adds the new months, updates edited rows and carries soft deletions."""
    upper.packet_merge.apply([packets.a[0]])
    outcome = upper.packet_merge.apply([packets.a[2]]).files[0]
    assert outcome.status is ImportStatus.IMPORTED
    assert _counts(outcome, "assessments")["created"] == 12
    assert _counts(outcome, "assessments")["unchanged"] == 6
    assert _counts(outcome, "pledges")["updated"] == 1
    assert _counts(outcome, "activities")["removed"] == 1
    assert _counts(outcome, "members")["unchanged"] == 6
    codes = [w.code for w in outcome.warnings]
    assert "packet_seq_gap" in codes  # sequence 2 never arrived


def test_older_packet_after_newer_is_stale(upper: AppContext, packets, snapshot):
    """A packet older than the merged one is stale and changes nothing, not even the log."""
    upper.packet_merge.apply([packets.a[2]])
    before = snapshot(upper.database.path)
    outcome = upper.packet_merge.apply([packets.a[1]]).files[0]
    assert outcome.status is ImportStatus.STALE
    assert outcome.counts["assessments"].stale == 12
    assert [w.code for w in outcome.warnings] == ["packet_stale"]
    assert snapshot(upper.database.path) == before


def test_arrival_order_does_not_matter(packets, tmp_path):
    """Importing the same packets in any order gives the same database as in sequence order."""
    files = [*packets.a, packets.b]
    results = []
    orders = [files, files[::-1], [files[1], files[3], files[2], files[0]]]
    for number, order in enumerate(orders):
        db = copy_upper(packets, tmp_path / f"order{number}")
        ctx = open_context(db)
        try:
            ctx.packet_merge.apply(order)
        finally:
            ctx.close()
        results.append(content(db))
    assert results[1] == results[0]
    assert results[2] == results[0]


def test_snapshot_replaces_only_its_own_units_records(upper: AppContext, packets):
    """The upper level's own records and other units' records are never touched by a packet."""
    own = upper.members.save(Member(given_name="Hùng", family_middle_name="Lê Văn"))
    upper.packet_merge.apply([packets.b])
    b_rows = unit_snapshot(upper.database.path, "CD-B")
    upper.packet_merge.apply([packets.a[0], packets.a[2]])
    assert unit_snapshot(upper.database.path, "CD-B") == b_rows
    assert upper.members.get(own.id).unit_code == "DX"
    assert upper.members.get(own.id).updated_at == own.updated_at


def test_record_of_another_unit_is_refused_even_when_accepted(upper: AppContext, packets, tmp_path):
    """A row claiming a record another unit owns is refused, naming the row; nothing changes."""
    upper.packet_merge.apply([packets.b])
    b_member = upper.members.find(unit_code="CD-B")[0]
    pasted = tmp_path / "pasted.xlsx"
    edit_cell(packets.a[0], pasted, "Đoàn viên", "Mã đoàn viên", 3, b_member.id)
    outcome = upper.packet_merge.apply([pasted], accept_edited=True).files[0]
    assert outcome.status is ImportStatus.REFUSED
    codes = {e.code for e in outcome.errors}
    assert codes <= {"packet_record_other_unit", "packet_unknown_reference"}
    assert any(e.code == "packet_record_other_unit" and e.row == 3 for e in outcome.errors)
    assert upper.members.count(unit_code="CD-A") == 0


def test_unknown_unit_refused_until_added(packets, tmp_path, snapshot):
    """A packet of a unit not in the tree is refused (naming it); once added, it imports."""
    db = tmp_path / "other.db"
    ctx = open_unit(db, "DX", "Đoàn xã Phước Dân")
    try:
        before, log_before = snapshot(db), import_log(db)
        outcome = ctx.packet_merge.apply([packets.a[0]]).files[0]
        assert outcome.status is ImportStatus.REFUSED
        assert outcome.errors[0].code == "packet_unit_unknown"
        assert outcome.errors[0].params["unit"] == "CD-A"
        assert outcome.parent_code == "DX"
        assert_nothing_changed(before, snapshot(db), log_before, import_log(db))
        ctx.units.add(Unit(code="CD-A", name=outcome.unit_name, parent_code=outcome.parent_code))
        assert ctx.packet_merge.apply([packets.a[0]]).files[0].status is ImportStatus.IMPORTED
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("sheet", "header", "value", "reason"),
    [
        ("Đánh giá tháng 1", "Tổng điểm", 150, "assessment_total_inconsistent"),
        ("Đánh giá tháng 1", "Điểm cộng", 999, "bonus_above_cap"),
        ("Đánh giá tháng 1", "Điểm cộng", -5, "bonus_negative"),
        ("Đánh giá tháng 1", "Điểm tự chấm (JSON)", '{"A1": 999, "A2": -7}', "score_above_max"),
        ("Đánh giá tháng 1", "Mã xếp loại", "excellent", "assessment_band_inconsistent"),
        ("Đoàn viên", "Thư điện tử", "không phải thư", "member_email_invalid"),
        ("Đoàn viên", "Ngày sinh", date(2099, 1, 1), "member_birth_date_out_of_range"),
        ("Chỉ tiêu thi đua", "Đã đạt", -3, "campaign_achieved_negative"),
        ("Hoạt động", "Mã loại hoạt động", "tiệc", "activity_kind_invalid"),
        ("Sáng kiến", "Mã tình trạng", "tuyệt mật", "initiative_state_invalid"),
    ],
)
def test_a_value_the_app_refuses_is_refused_even_when_edits_are_accepted(
    upper: AppContext, packets, tmp_path, snapshot, sheet, header, value, reason
):
    """Accepting an edit accepts that a person changed a value, never a value the app
    would refuse from the keyboard: the packet is refused naming the row, and nothing
    changes."""
    edited = tmp_path / "sai.xlsx"
    edit_cell(packets.a[0], edited, sheet, header, 2, value)
    db = upper.database.path
    before, log_before = snapshot(db), import_log(db)
    for accept in (False, True):
        outcome = upper.packet_merge.apply([edited], accept_edited=accept).files[0]
        assert outcome.status is ImportStatus.REFUSED, (accept, outcome)
        error = outcome.errors[0]
        assert (error.code, error.params["reason_code"]) == ("packet_value_refused", reason)
        assert (error.sheet, error.row) == (sheet, 2)
    after_log = import_log(db)
    assert_nothing_changed(before, snapshot(db), log_before, after_log)


def test_own_packet_refused(upper: AppContext, tmp_path):
    """The database's own packet is refused as "your own packet"."""
    own = upper.packet_export.export_packet(2026, 1, tmp_path / "own.xlsx")
    outcome = upper.packet_merge.apply([own.path]).files[0]
    assert outcome.status is ImportStatus.REFUSED
    assert outcome.errors[0].code == "packet_own_unit"


def test_edited_packet_imports_only_on_confirmation(upper: AppContext, packets, tmp_path, snapshot):
    """A hand-edited cell is reported with its row; it imports only when confirmed, and the
    log records the confirmation."""
    edited = tmp_path / "sua-tay.xlsx"
    edit_cell(packets.a[0], edited, "Đánh giá tháng 1", "Minh chứng", 4, "Sửa minh chứng")
    db = upper.database.path
    preview = upper.packet_merge.preview([edited]).files[0]
    assert preview.status is ImportStatus.EDITED
    assert [(e.sheet, e.row) for e in preview.edited_rows] == [("Đánh giá tháng 1", 4)]
    assert preview.counts_if_accepted is not None
    assert preview.counts_if_accepted["assessments"].created == 6

    before, log_before = snapshot(db), import_log(db)
    declined = upper.packet_merge.apply([edited]).files[0]
    assert declined.status is ImportStatus.EDITED
    assert_nothing_changed(before, snapshot(db), log_before, import_log(db))

    accepted = upper.packet_merge.apply([edited], accept_edited=True).files[0]
    assert accepted.status is ImportStatus.IMPORTED and accepted.confirmed_edited
    entry = upper.import_log.entries()[0]
    assert entry.outcome == "imported" and entry.confirmed_edited


def test_folder_batch_with_a_bad_file_and_run_twice(upper: AppContext, packets, tmp_path, snapshot):
    """A folder imports in name order, a bad file stops nothing, and a second run changes
    nothing (the refusal is not logged twice)."""
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    shutil.copy(packets.a[0], folder / "1-CD-A.xlsx")
    (folder / "2-hong.xlsx").write_bytes(os.urandom(3000))
    shutil.copy(packets.b, folder / "3-CD-B.xlsx")
    (folder / "ghi-chu.txt").write_text("không phải gói")
    (folder / "~$1-CD-A.xlsx").write_bytes(b"lock")
    report = upper.packet_merge.apply([folder])
    assert [f.path.name for f in report.files] == ["1-CD-A.xlsx", "2-hong.xlsx", "3-CD-B.xlsx"]
    assert [f.status for f in report.files] == [
        ImportStatus.IMPORTED,
        ImportStatus.REFUSED,
        ImportStatus.IMPORTED,
    ]
    assert report.files[1].errors[0].code == "xlsx_not_workbook"
    before = snapshot(upper.database.path)
    again = upper.packet_merge.apply([folder])
    assert [f.status for f in again.files] == [
        ImportStatus.ALREADY_IMPORTED,
        ImportStatus.REFUSED,
        ImportStatus.ALREADY_IMPORTED,
    ]
    assert snapshot(upper.database.path) == before


def test_two_hundred_packets_with_one_bad_in_the_middle(tmp_path, snapshot):
    """200 packets from 20 units import in one batch despite a broken one; again: no change."""
    folder = tmp_path / "goi"
    folder.mkdir()
    codes = [f"CD-{i:02d}" for i in range(20)]
    for number, code in enumerate(codes):
        branch = make_branch(tmp_path / "branches", code, "DX", members=2, months=1, seed=number)
        first = branch.ctx.packet_export.export_packet(2026, 1, folder / f"{code}-01.xlsx").path
        branch.ctx.close()
        for seq in range(2, 11):
            restamp(first, folder / f"{code}-{seq:02d}.xlsx", seq)
    (folder / "CD-09-05b.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(500))
    db = tmp_path / "huyen.db"
    ctx = open_unit(db, "DX", "Huyện đoàn")
    try:
        add_units(ctx, "DX", codes)
        usual = ctx.database.connection.execute_sql("PRAGMA cache_size").fetchone()[0]
        caches = []

        def progress(done: int, total: int, name: str) -> None:
            caches.append(ctx.database.connection.execute_sql("PRAGMA cache_size").fetchone()[0])

        report = ctx.packet_merge.apply([folder], progress=progress)
        # Every file written with the large cache (Database.bulk); at the end ("all done"),
        # the connection is as it was.
        assert set(caches[:-1]) == {BULK_CACHE_KIB} and caches[-1] == usual
        statuses = [f.status for f in report.files]
        assert len(statuses) == 201
        assert statuses.count(ImportStatus.IMPORTED) == 200
        assert report.files[95].path.name == "CD-09-05b.xlsx"
        assert statuses[95] is ImportStatus.REFUSED
        assert {s.seq for s in ctx.import_log.merged_states(2026)} == {10}
        before = snapshot(db)
        again = ctx.packet_merge.apply([folder])
        assert {f.status for f in again.files} == {
            ImportStatus.ALREADY_IMPORTED,
            ImportStatus.REFUSED,
        }
        assert snapshot(db) == before
    finally:
        ctx.close()


def test_cancel_between_files_and_progress(upper: AppContext, packets):
    """Progress is reported per file; cancelling stops before the next file, not inside one."""
    seen: list[tuple[int, int, str]] = []
    calls = itertools.count()
    report = upper.packet_merge.apply(
        [packets.a[0], packets.b, packets.a[1]],
        progress=lambda done, total, name: seen.append((done, total, name)),
        cancelled=lambda: next(calls) >= 1,
    )
    assert report.cancelled
    assert [f.status for f in report.files] == [
        ImportStatus.IMPORTED,
        ImportStatus.CANCELLED,
        ImportStatus.CANCELLED,
    ]
    assert seen[0] == (0, 3, packets.a[0].name)
    assert upper.import_log.entries()[0].file_name == packets.a[0].name


def test_rollup_branch_to_district_to_province(tmp_path):
    """Branch → district → province: every record arrives with identical content, units
    below the district are created, and importing everything again changes nothing."""
    branches = [
        make_branch(tmp_path, "CD-A", "HD", members=5, months=2, seed=11),
        make_branch(tmp_path, "CD-B", "HD", members=3, months=2, seed=12),
    ]
    branch_packets = []
    for branch in branches:
        branch_packets.append(
            branch.ctx.packet_export.export_packet(2026, 2, tmp_path / f"{branch.code}.xlsx").path
        )
        branch.ctx.close()
    district = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn Ninh Hải", parent="TD")
    add_units(district, "HD", ["CD-A", "CD-B"])
    district.members.save(Member(given_name="Ngân", family_middle_name="Trần Thị"))
    assert {f.status for f in district.packet_merge.apply(branch_packets).files} == {
        ImportStatus.IMPORTED
    }
    rolled = district.packet_export.export_packet(2026, 2, tmp_path / "HD.xlsx")
    assert [(s.unit_code, s.seq) for s in rolled.sections] == [("CD-A", 1), ("CD-B", 1)]
    district.close()

    province = open_unit(tmp_path / "td.db", "TD", "Tỉnh đoàn Ninh Thuận")
    province.units.add(Unit(code="HD", name="Huyện đoàn Ninh Hải", parent_code="TD"))
    outcome = province.packet_merge.apply([rolled.path]).files[0]
    assert outcome.status is ImportStatus.IMPORTED, outcome.errors
    assert [(s.unit_code, s.status) for s in outcome.sections] == [
        ("HD", SectionStatus.APPLIED),
        ("CD-A", SectionStatus.APPLIED),
        ("CD-B", SectionStatus.APPLIED),
    ]
    assert outcome.counts["units"].created == 2
    assert {u.code: u.parent_code for u in province.units.find()} == {
        "TD": None,
        "HD": "TD",
        "CD-A": "HD",
        "CD-B": "HD",
    }
    province_db = province.database.path
    for branch in branches:
        assert unit_snapshot(province_db, branch.code) == unit_snapshot(branch.path, branch.code)
    assert unit_snapshot(province_db, "HD") == unit_snapshot(tmp_path / "hd.db", "HD")

    before = content(province_db)
    again = province.packet_merge.apply([rolled.path, *branch_packets])
    assert [f.status for f in again.files] == [ImportStatus.ALREADY_IMPORTED] * 3
    assert content(province_db) == before
    province.close()


def test_members_follow_the_newest_packet_across_years(tmp_path):
    """Members are not per year: an older year's packet exported earlier never undoes them."""
    branch = make_branch(tmp_path, "CD-A", "DX", members=3, months=1, seed=2)
    old = branch.ctx.packet_export.export_packet(2025, 12, tmp_path / "2025.xlsx")
    renamed = branch.ctx.members.find()[0]
    renamed.given_name = "Khánh"
    branch.ctx.members.save(renamed)
    new = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "2026.xlsx")
    branch.ctx.close()
    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        outcomes = upper.packet_merge.apply([new.path, old.path]).files
        assert [f.status for f in outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
        assert outcomes[1].counts["members"].stale == 3
        assert upper.members.get(renamed.id).given_name == "Khánh"
    finally:
        upper.close()


def test_shuffled_batches_converge(packets, tmp_path):
    """Random arrival orders of a unit's monthly packets all end in the same database."""
    rng = random.Random(4)
    reference = None
    for number in range(3):
        order = [*packets.a]
        rng.shuffle(order)
        db = copy_upper(packets, tmp_path / f"r{number}")
        ctx = open_context(db)
        try:
            ctx.packet_merge.apply(order)
        finally:
            ctx.close()
        state = content(db)
        reference = reference or state
        assert state == reference


def test_a_record_moved_to_another_year_is_updated_not_refused(tmp_path):
    """A packet's new rows are inserted first and the key catches an id held already: a
    record the unit moved into another year (an activity re-dated) is the unit's own, held
    outside the new year's scope, and is updated there with its participants."""
    branch = make_branch(tmp_path, "CD-A", "DX", members=4, months=1, seed=5)
    first = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "2026.xlsx").path
    conn = branch.ctx.database.connection
    activity, participants = conn.execute_sql(
        "SELECT a.id, count(p.member_id) FROM activity a JOIN activity_participant p "
        "ON p.activity_id = a.id GROUP BY a.id ORDER BY a.id LIMIT 1"
    ).fetchone()
    conn.execute_sql(
        "UPDATE activity SET year = 2027, date = '2027-01-05' WHERE id = ?", [activity]
    )
    branch.ctx.years.open_year(2027)
    moved = branch.ctx.packet_export.export_packet(2027, 1, tmp_path / "2027.xlsx").path
    branch.ctx.close()
    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        assert upper.packet_merge.apply([first]).files[0].status is ImportStatus.IMPORTED
        outcome = upper.packet_merge.apply([moved]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        counts = outcome.counts["activities"]
        assert (counts.created, counts.updated) == (0, 1)
        rows = upper.database.connection.execute_sql(
            "SELECT a.year, a.date, count(p.member_id) FROM activity a "
            "LEFT JOIN activity_participant p ON p.activity_id = a.id WHERE a.id = ? "
            "GROUP BY a.id",
            [activity],
        ).fetchall()
        assert rows == [(2027, "2027-01-05", participants)]
    finally:
        upper.close()
