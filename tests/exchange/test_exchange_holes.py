"""Smaller holes of the exchange: junk rows, one packet id for two files, empty sheets."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.exchange import ImportStatus
from tests.exchange.world import (
    Packets,
    assert_nothing_changed,
    edit_cell,
    import_log,
    rewrite_parts,
    sheet_part,
)


def _with_junk_rows(source: Path, dest: Path, sheet: str, count: int) -> None:
    part = sheet_part(source, sheet)
    junk = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>rác</t></is></c></row>'
        for n in range(5000, 5000 + count)
    )

    def add(name: str, data: bytes) -> bytes:
        return (
            data.replace(b"</sheetData>", junk.encode() + b"</sheetData>") if name == part else data
        )

    rewrite_parts(source, dest, add)


def test_a_sheet_of_junk_rows_is_refused_before_it_is_loaded(
    upper: AppContext, packets: Packets, tmp_path: Path, snapshot
):
    """Thousands of rows the packet does not declare: refused naming the sheet, nothing
    changed (the rows are counted while the file is checked, never loaded)."""
    junk = tmp_path / "rac.xlsx"
    _with_junk_rows(packets.a[0], junk, "Đánh giá tháng 1", 3000)
    db = upper.database.path
    before, log_before = snapshot(db), import_log(db)
    outcome = upper.packet_merge.apply([junk]).files[0]
    assert outcome.status is ImportStatus.REFUSED
    error = outcome.errors[0]
    assert (error.code, error.sheet, error.params["found"]) == (
        "packet_too_many_rows",
        "Đánh giá tháng 1",
        3000 + 6,
    )
    assert_nothing_changed(before, snapshot(db), log_before, import_log(db))


def test_a_few_extra_rows_are_read_and_reported_as_edits(
    upper: AppContext, packets: Packets, tmp_path: Path
):
    """Rows a person added stay an edit to report, not junk to refuse."""
    edited = tmp_path / "them.xlsx"
    edit_cell(packets.a[0], edited, "Đánh giá tháng 1", "Minh chứng", 9, "dòng thêm")
    outcome = upper.packet_merge.preview([edited]).files[0]
    assert outcome.status in (ImportStatus.EDITED, ImportStatus.REFUSED)
    assert all(e.code != "packet_too_many_rows" for e in outcome.errors)


def test_another_file_with_the_same_packet_id_is_a_conflict_naming_both(
    upper: AppContext, packets: Packets, tmp_path: Path
):
    """A file carrying an imported packet's id and sequence but other content is refused,
    naming the file imported before; an honest copy is still "already imported"."""
    first = upper.packet_merge.apply([packets.a[0]]).files[0]
    assert first.status is ImportStatus.IMPORTED
    copy = tmp_path / "ban-sao.xlsx"
    wb = openpyxl.load_workbook(packets.a[0])
    wb.save(copy)  # re-saved, same content: another file, the same packet
    assert upper.packet_merge.apply([copy]).files[0].status is ImportStatus.ALREADY_IMPORTED
    other = tmp_path / "khac.xlsx"
    edit_cell(packets.a[0], other, "Đánh giá tháng 1", "Minh chứng", 2, "khác đi")
    for accept in (False, True):
        outcome = upper.packet_merge.apply([other], accept_edited=accept).files[0]
        assert outcome.status is ImportStatus.REFUSED, outcome
        error = outcome.errors[0]
        assert error.code == "packet_id_conflict"
        assert (error.params["file"], error.params["other"]) == ("khac.xlsx", packets.a[0].name)


def test_a_sheet_emptied_of_its_rows_gives_the_same_answer_dry_and_real(
    upper: AppContext, packets: Packets, tmp_path: Path
):
    """With every row of a sheet deleted, the dry run says what the real run does."""
    emptied = tmp_path / "trong.xlsx"
    part = sheet_part(packets.a[0], "Đoàn viên")

    def empty(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        text = data.decode()
        rows = re.findall(r"<row [^>]*>.*?</row>", text, flags=re.S)
        return text.replace("".join(rows[1:]), "").encode()

    rewrite_parts(packets.a[0], emptied, empty)
    for accept in (False, True):
        dry = upper.packet_merge.preview([emptied], accept_edited=accept).files[0]
        real = upper.packet_merge.apply([emptied], accept_edited=accept).files[0]
        assert dry.status is real.status, (accept, dry.status, real.status, dry.errors)
        assert [e.code for e in dry.errors] == [e.code for e in real.errors]
