"""Format 7: a sheet per month of assessments, and sheets merged before not read again.

Each packet is a snapshot of the year so far, so in November a district already holds
months 1-10 of every branch. Those months (and any other sheet that did not change) arrive
byte for byte as before; the merge proves that (the sheet's bytes, their context and the
rows the database still holds) and does not parse them (docs/decisions/0015). Anything
else is read cell by cell.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.exchange import packet_reader
from bamtrachnhiem.exchange.packet_format import ASSESSMENTS, rows_fingerprint
from bamtrachnhiem.services.packet_merge import PacketMergeService
from tests.exchange.world import Packets, rewrite_parts, sheet_part, unit_snapshot


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets the reader parses from now on, by name."""
    seen: list[str] = []
    real = packet_reader._read_sheet

    def read_sheet(kind, *args, **kwargs):
        seen.append(kind.sheet)
        return real(kind, *args, **kwargs)

    monkeypatch.setattr(packet_reader, "_read_sheet", read_sheet)
    return seen


def _months(seen: list[str]) -> list[str]:
    return [s for s in seen if ASSESSMENTS.month_of(s)]


def _part_bytes(path: Path, sheet: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(sheet_part(path, sheet))


def test_assessments_are_written_a_sheet_per_month(packets: Packets):
    """March's packet has "Đánh giá tháng 1" to "… 3", each numbered from 1, no year sheet;
    the metadata counts them all as one kind; the cover lists each."""
    wb = openpyxl.load_workbook(packets.a[2], read_only=True)
    names = wb.sheetnames
    assert "Đánh giá tháng" not in names
    months = [n for n in names if ASSESSMENTS.month_of(n)]
    assert months == ["Đánh giá tháng 1", "Đánh giá tháng 2", "Đánh giá tháng 3"]
    total = 0
    for month, name in enumerate(months, start=1):
        rows = list(wb[name].iter_rows(min_row=2, values_only=True))
        assert [r[0] for r in rows] == list(range(1, len(rows) + 1))  # STT
        header = next(wb[name].iter_rows(max_row=1, values_only=True))
        assert {r[header.index("Tháng")] for r in rows} == {month}
        total += len(rows)
    cover = [r for r in wb["Thông tin gói"].iter_rows(values_only=True) if r and r[0] in months]
    assert [r[0] for r in cover] == months
    meta = dict(wb["_bamtrachnhiem"].iter_rows(values_only=True))
    wb.close()
    assert total == sum(r[2] for r in cover) == json.loads(meta["row_counts"])["assessments"]


def test_a_month_already_merged_arrives_byte_for_byte(packets: Packets):
    """A later export leaves a finished month's sheet exactly as it was: what the skip needs."""
    for month in (1, 2):
        sheet = f"Đánh giá tháng {month}"
        assert _part_bytes(packets.a[1], sheet) == _part_bytes(packets.a[2], sheet)


def test_months_merged_before_are_not_read_again(upper: AppContext, packets, monkeypatch):
    """February's packet merged, March's reads only "Đánh giá tháng 3"; the database ends
    exactly as when every sheet is read."""
    upper.packet_merge.apply([packets.a[1]])
    seen = _parsed(monkeypatch)
    outcome = upper.packet_merge.apply([packets.a[2]]).files[0]
    assert outcome.status is ImportStatus.IMPORTED
    assert _months(seen) == ["Đánh giá tháng 3"]
    assert "Đoàn viên" not in seen  # no member changed: the members' sheet is held too
    assert outcome.counts["assessments"].unchanged > 0
    assert outcome.counts["assessments"].created > 0
    skipping = unit_snapshot(upper.database.path, "CD-A")
    counts = {k: vars(c) for k, c in outcome.counts.items()}

    full = _fresh_copy(upper, packets)
    try:
        monkeypatch.setattr(PacketMergeService, "_held", lambda self, *a: None)
        full.packet_merge.apply([packets.a[1]])
        seen.clear()
        again = full.packet_merge.apply([packets.a[2]]).files[0]
        assert _months(seen) == ["Đánh giá tháng 1", "Đánh giá tháng 2", "Đánh giá tháng 3"]
        assert "Đoàn viên" in seen
        assert {k: vars(c) for k, c in again.counts.items()} == counts
        assert unit_snapshot(full.database.path, "CD-A") == skipping
    finally:
        full.close()


def _fresh_copy(upper: AppContext, packets: Packets) -> AppContext:
    from bamtrachnhiem.bootstrap import open_context
    from tests.exchange.world import copy_upper

    return open_context(copy_upper(packets, upper.database.path.parent.parent / "full"))


def test_the_dry_run_skips_the_same_and_counts_the_same(upper: AppContext, packets, monkeypatch):
    upper.packet_merge.apply([packets.a[1]])
    seen = _parsed(monkeypatch)
    preview = upper.packet_merge.preview([packets.a[2]]).files[0]
    assert _months(seen) == ["Đánh giá tháng 3"]
    real = upper.packet_merge.apply([packets.a[2]]).files[0]
    assert {k: vars(c) for k, c in preview.counts.items()} == {
        k: vars(c) for k, c in real.counts.items()
    }


def test_a_month_edited_in_its_sheet_is_read_and_named(
    upper: AppContext, packets, tmp_path, monkeypatch
):
    """One cell of January changed in the file: January is read, the others are not, and
    the edit is reported in its own sheet and row."""
    upper.packet_merge.apply([packets.a[1]])
    path = tmp_path / "sua-thang-1.xlsx"
    part = sheet_part(packets.a[2], "Đánh giá tháng 1")

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        text = data.decode()
        start = text.index('<c r="O3"')
        end = text.index("</c>", start) + len("</c>")
        return (
            text[:start] + '<c r="O3" t="inlineStr"><is><t>sửa tay</t></is></c>' + text[end:]
        ).encode()

    rewrite_parts(packets.a[2], path, change)
    seen = _parsed(monkeypatch)
    outcome = upper.packet_merge.preview([path]).files[0]
    assert _months(seen) == ["Đánh giá tháng 1", "Đánh giá tháng 3"]
    assert outcome.status is ImportStatus.EDITED
    assert [(e.sheet, e.row) for e in outcome.edited_rows] == [("Đánh giá tháng 1", 3)]


def test_a_resaved_file_is_read_in_full(upper: AppContext, packets, tmp_path, monkeypatch):
    """Saved again by a spreadsheet (shared strings, new bytes): every month is read, and
    the unchanged packet still imports as unedited."""
    upper.packet_merge.apply([packets.a[1]])
    path = tmp_path / "luu-lai.xlsx"
    openpyxl.load_workbook(packets.a[2]).save(path)
    seen = _parsed(monkeypatch)
    outcome = upper.packet_merge.apply([path]).files[0]
    assert _months(seen) == ["Đánh giá tháng 1", "Đánh giá tháng 2", "Đánh giá tháng 3"]
    assert outcome.status is ImportStatus.IMPORTED


def test_rows_changed_since_are_read_again(upper: AppContext, packets, monkeypatch):
    """A month whose rows in the database are not those its sheet gave (here one row's
    cells key changed behind the merge's back) is read cell by cell."""
    upper.packet_merge.apply([packets.a[1]])
    upper.database.connection.execute_sql(
        "UPDATE assessment SET received_key = 'khac' WHERE id = "
        "(SELECT id FROM assessment WHERE unit_code = 'CD-A' AND month = 2 LIMIT 1)"
    )
    seen = _parsed(monkeypatch)
    outcome = upper.packet_merge.apply([packets.a[2]]).files[0]
    assert _months(seen) == ["Đánh giá tháng 2", "Đánh giá tháng 3"]
    assert outcome.status is ImportStatus.IMPORTED


def test_a_month_removed_from_the_database_is_read_again(upper: AppContext, packets, monkeypatch):
    """Rows of a month gone from the database (a unit's data cleared, say) break the proof."""
    upper.packet_merge.apply([packets.a[1]])
    upper.database.connection.execute_sql(
        "DELETE FROM assessment WHERE unit_code = 'CD-A' AND month = 1"
    )
    seen = _parsed(monkeypatch)
    outcome = upper.packet_merge.apply([packets.a[2]]).files[0]
    assert "Đánh giá tháng 1" in _months(seen)
    assert outcome.counts["assessments"].created > 0


def test_the_fingerprint_is_of_the_rows_not_their_order():
    rows = [("CD-A", "1", "k1"), ("CD-A", "2", "k2")]
    assert rows_fingerprint(rows) == rows_fingerprint(reversed(rows))
    assert rows_fingerprint(rows) != rows_fingerprint([("CD-A", "1", "k1"), ("CD-A", "2", "k3")])
    assert rows_fingerprint(rows) != rows_fingerprint([("CD-A", "1", "k1"), ("CD-A", "2", None)])


def test_the_reading_worker_proves_months_the_same_way(upper: AppContext, packets):
    """The read-ahead worker asks the database through a plain sqlite3 connection
    (``held_rows``): months 1-2 of March's packet are held, month 3 is not."""
    from bamtrachnhiem.exchange.packet_format import DATA_FORMAT, TABLE_KINDS, UNITS
    from bamtrachnhiem.services.packet_merge import held_rows

    upper.packet_merge.apply([packets.a[1]])
    asked: list[tuple] = []

    def ask(*sheet):
        asked.append(sheet)

    packet_reader.read_raw(packets.a[2], DATA_FORMAT, (*TABLE_KINDS, UNITS), held=ask)
    asked = [a for a in asked if a[0] == "assessments"]
    assert [a[4] for a in asked] == [1, 2, 3]
    conn = sqlite3.connect(upper.database.path)
    try:

        def rows(sql, params):
            return conn.execute(sql, params).fetchall()

        found = [held_rows(rows, *a) for a in asked]
    finally:
        conn.close()
    assert found[0] is not None and found[1] is not None and found[2] is None
    held_ids = {rid for _unit, rid, _key, _digest in found[0][1]}
    assert held_ids == {
        r[0]
        for r in upper.database.connection.execute_sql(
            "SELECT id FROM assessment WHERE unit_code = 'CD-A' AND month = 1"
        )
    }
