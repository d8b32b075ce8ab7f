"""Writing packets: a tidy report for people, exact values for the reader, never half a file."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.writer.excel import ExcelWriter
from python_calamine import CalamineWorkbook

from bamtrachnhiem.domain.exchange import ImportStatus, PacketError
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.exchange import packet_writer
from bamtrachnhiem.exchange.packet_format import (
    COVER_SHEET,
    DIGEST_HEADER,
    MEMBERS,
    META_SHEET,
    PROPERTY_PREFIX,
    canonical_text,
    row_digest,
)
from tests.exchange.world import (
    Branch,
    add_units,
    make_branch,
    open_unit,
    rewrite_parts,
    sheet_part,
    unit_snapshot,
)

TRICKY = [
    "=SUM(A1:A3)",
    "+84 912 345 678",
    "-5 điểm",
    "@chi đoàn",
    "\tthụt đầu dòng",
    "\rxuống dòng kiểu cũ",
    "\nxuống dòng",
    "#N/A",
    "#REF!",
    "_x0041_ không phải chữ A",
    "dòng 1\r\ndòng 2",
    "  khoảng trắng hai đầu  ",
    "<b>Đoàn & Hội</b> > \"chi đoàn\" 'A'",
    "]]> &amp; &#x41; <!-- không phải chú thích -->",
]


@pytest.fixture
def branch(tmp_path: Path):
    made = make_branch(tmp_path, "CD-A", "DX", members=3, months=1, seed=9)
    try:
        yield made
    finally:
        made.ctx.close()


def _add_notes(branch: Branch, notes: list[str]) -> list[str]:
    ids = []
    for note in notes:
        member = branch.ctx.members.save(Member(given_name="Thử", family_middle_name="Trần"))
        # Notes straight into storage: the member service tidies whitespace, a packet must not.
        branch.ctx.database.connection.execute_sql(
            "UPDATE member SET notes = ? WHERE id = ?", [note, member.id]
        )
        ids.append(member.id)
    return ids


def test_tricky_text_round_trips_unchanged(branch: Branch, tmp_path: Path):
    """Formula-, error- and escape-looking text and edge spaces arrive exactly as typed;
    line ends arrive as LF (the canonical form of format version 3)."""
    ids = _add_notes(branch, TRICKY)
    packet = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx").path
    wb = openpyxl.load_workbook(packet)
    ws = wb["Đoàn viên"]
    notes_column = next(c.column for c in ws[1] if c.value == "Ghi chú")
    formula_cells = [
        ws.cell(row=r, column=notes_column)
        for r in range(2, ws.max_row + 1)
        if str(ws.cell(row=r, column=notes_column).value or "").startswith("=")
    ]
    assert formula_cells and all(c.data_type == "s" and c.quotePrefix for c in formula_cells)
    branch_rows = unit_snapshot(branch.path, "CD-A")["members"]
    branch.ctx.close()

    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        outcome = upper.packet_merge.apply([packet]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        stored = dict(
            upper.database.connection.execute_sql(
                "SELECT id, notes FROM member WHERE unit_code = 'CD-A'"
            ).fetchall()
        )
        assert [stored[i] for i in ids] == [canonical_text(note) for note in TRICKY]
        assert unit_snapshot(upper.database.path, "CD-A")["members"] == [
            tuple(canonical_text(v) if isinstance(v, str) else v for v in row)
            for row in branch_rows
        ]
    finally:
        upper.close()


def test_line_ends_resaved_as_lf_leave_the_packet_unedited(branch: Branch, tmp_path: Path):
    """A spreadsheet that re-saves CRLF text with LF line ends (LibreOffice does) does not
    make the packet look edited."""
    _add_notes(branch, ["dòng 1\r\ndòng 2", "\rcũ"])
    packet = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx").path
    branch.ctx.close()
    resaved = tmp_path / "resaved.xlsx"
    part = sheet_part(packet, "Đoàn viên")

    def as_lf(name: str, data: bytes) -> bytes:
        return (
            data.replace(b"_x000D_\n", b"\n").replace(b"_x000D_", b"\n") if name == part else data
        )

    rewrite_parts(packet, resaved, as_lf)
    assert resaved.read_bytes() != packet.read_bytes()
    upper = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(upper, "DX", ["CD-A"])
    try:
        outcome = upper.packet_merge.apply([resaved]).files[0]
        assert outcome.status is ImportStatus.IMPORTED, outcome.errors
        assert not outcome.edited_rows
    finally:
        upper.close()


@pytest.mark.parametrize(
    ("text", "code"),
    [("x" * 32768, "packet_text_too_long"), ("chuông \x07 kêu", "packet_control_character")],
    ids=["too_long", "control_character"],
)
def test_text_a_cell_cannot_hold_is_refused_before_writing(branch: Branch, tmp_path, text, code):
    """Over-long text and control characters are refused naming the record; no file, no
    temporary file, no sequence number used up."""
    (member_id,) = _add_notes(branch, [text])
    target = tmp_path / "out" / "goi.xlsx"
    target.parent.mkdir()
    with pytest.raises(PacketError) as info:
        branch.ctx.packet_export.export_packet(2026, 1, target)
    error = info.value
    assert error.code == code
    assert error.params["record"] == member_id
    assert error.params["sheet"] == "Đoàn viên" and error.params["column"] == "Ghi chú"
    assert list(target.parent.iterdir()) == []
    assert branch.ctx.packet_export.export_summary(2026, 1).next_seq == 1


def test_a_cell_of_exactly_the_limit_is_written(branch: Branch, tmp_path):
    """32,767 characters fit in a cell and are written whole."""
    _add_notes(branch, ["ư" * 32767])
    packet = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx").path
    rows = CalamineWorkbook.from_path(str(packet)).get_sheet_by_name("Đoàn viên").to_python()
    assert any(cell == "ư" * 32767 for row in rows for cell in row)


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(branch, tmp_path, monkeypatch):
    """A write that fails half way leaves the previous packet intact and nothing else."""
    target = tmp_path / "goi.xlsx"
    target.write_bytes(b"the packet sent last month")

    def broken_write(self):
        self._archive.writestr("xl/half.xml", b"half a packet")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "write_data", broken_write)
    with pytest.raises(PacketError) as info:
        branch.ctx.packet_export.export_packet(2026, 1, target)
    assert info.value.code == "packet_write_failed"
    assert target.read_bytes() == b"the packet sent last month"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("CD-A.db")] == ["goi.xlsx"]


def test_packet_reads_like_a_report(branch: Branch, tmp_path):
    """Cover sheet first, Vietnamese headers, frozen header row, real dates, IDs as text,
    metadata very hidden and in the document properties."""
    result = branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx")
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[0] == COVER_SHEET
    cover = [[c.value for c in row] for row in wb[COVER_SHEET].iter_rows()]
    facts = {row[0]: row[1] for row in cover[2:12]}
    assert facts["Đơn vị"] == "Chi đoàn CD-A"
    assert facts["Số liệu đến hết tháng"] == "01/2026"
    assert facts["Số thứ tự gói"] == 1
    assert ["Đoàn viên", "Danh sách đoàn viên", 3] in [row[:3] for row in cover]

    ws = wb["Đoàn viên"]
    assert ws.freeze_panes == "B2"
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["STT", "Mã đoàn viên", "Họ đệm", "Tên"]
    assert ws[1][1].font.bold
    digest_letter = openpyxl.utils.get_column_letter(headers.index(DIGEST_HEADER) + 1)
    assert ws.column_dimensions[digest_letter].hidden
    birth = headers.index("Ngày sinh")
    dated = [row[birth] for row in ws.iter_rows(min_row=2) if row[birth].value]
    assert dated and all(c.is_date and c.number_format == "DD/MM/YYYY" for c in dated)
    assert all(isinstance(row[1].value, str) for row in ws.iter_rows(min_row=2))
    phones = [row[headers.index("Điện thoại")].value for row in ws.iter_rows(min_row=2)]
    assert all(isinstance(p, str) and p.startswith("0") for p in phones)

    assert wb[META_SHEET].sheet_state == "veryHidden"
    meta = {row[0].value: row[1].value for row in wb[META_SHEET].iter_rows()}
    props = {p.name: p.value for p in wb.custom_doc_props}
    for key in ("packet_uuid", "unit_code", "year", "month", "seq", "content_hash"):
        assert props[PROPERTY_PREFIX + key] == meta[key]
    assert meta["packet_uuid"] == result.packet_uuid and meta["seq"] == "1"
    with zipfile.ZipFile(result.path) as zf:
        assert b'state="veryHidden"' in zf.read("xl/workbook.xml")


def test_row_digest_is_independent_of_column_order_and_normalisation():
    """The digest is over canonical values in key order: it is the spec's, not the sheet's."""
    row = tuple(
        {
            "id": "m-1",
            "family_middle_name": "Nguyễn Văn",
            "given_name": "An",
            "birth_date": "1996-03-05",
            "party_member": True,
            "status": "active",
            "unit_code": "CD-A",
        }.get(c.key, None if c.nullable else ("" if c.is_text else 0))
        for c in MEMBERS.columns
    )
    expected = row_digest(MEMBERS, row)
    assert expected == row_digest(MEMBERS, list(row))
    assert len(expected) == 64
    changed = tuple("An " if v == "An" else v for v in row)
    assert row_digest(MEMBERS, changed) != expected


def test_dates_are_written_as_real_dates(tmp_path):
    """A date column holds date cells a spreadsheet can sort and filter."""
    book = packet_writer.PacketBook(
        cover=packet_writer.CoverSheet("Thử", [("Ngày", date(2026, 3, 5))], [], "ghi chú"),
        sheets=[],
        meta_rows=[("format", "x")],
        properties={},
    )
    path = tmp_path / "thu.xlsx"
    packet_writer.write_packet_book(path, book)
    cell = openpyxl.load_workbook(path)[COVER_SHEET]["B3"]
    assert cell.is_date and cell.value.date() == date(2026, 3, 5)


def test_specification_example_digest():
    """The worked example of docs/packet-format.md gives the digest the document prints."""
    from bamtrachnhiem.exchange.packet_format import MONTH_LOCKS

    stamp = "2026-04-02T01:30:00.000000+00:00"
    row = (
        "5b0c6f4e-1d2a-4c3b-9e8f-0a1b2c3d4e5f",
        2026,
        3,
        True,
        stamp,
        "Nguyễn Thị Lan",
        "CD-A",
        stamp,
        stamp,
        None,
    )
    digest = "b40f922d827ad44c0d311526e9c2e605081d36eff05ac6e11e3cadbaa0fa2959"
    assert row_digest(MONTH_LOCKS, row) == digest
    spec = (Path(__file__).resolve().parents[2] / "docs" / "packet-format.md").read_text()
    assert digest in spec


def test_packet_format_document_lists_the_columns_the_code_writes() -> None:
    """docs/packet-format.md's column tables are what scripts/update_packet_doc.py makes."""
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "update_packet_doc", root / "scripts" / "update_packet_doc.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (root / "docs" / "packet-format.md").read_text(encoding="utf-8")
    assert module.rewritten(text) == text, "run python scripts/update_packet_doc.py"


def test_every_cell_of_a_wide_sheet_is_written(tmp_path):
    """Rows are written as XML by the writer itself; columns past Z, AZ and ZZ keep their
    cells, in their places, whatever the type."""
    from python_calamine import CalamineWorkbook

    width = 760  # past "ZZ" (702 columns)
    row = [f"ô {i}" if i % 3 else i * 1.5 for i in range(width)]
    row[5] = date(2026, 3, 5)
    book = packet_writer.PacketBook(
        cover=packet_writer.CoverSheet("Thử", [], [], "ghi chú"),
        sheets=[],
        meta_rows=[("format", "x")],
        properties={},
        display_sheets=[
            packet_writer.DisplaySheet("Rộng", [f"Cột {i}" for i in range(width)], [row], [8])
        ],
    )
    path = tmp_path / "rong.xlsx"
    packet_writer.write_packet_book(path, book)
    header, values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Rộng").to_python()
    assert header == [f"Cột {i}" for i in range(width)]
    assert values[5] == date(2026, 3, 5)
    assert values[:5] + values[6:] == row[:5] + row[6:]
    sheet = openpyxl.load_workbook(path)["Rộng"]
    assert sheet["AAF2"].value == row[707] and sheet["ZZ1"].value == "Cột 701"
    assert sheet.cell(2, width).value == row[-1]


@pytest.mark.parametrize(
    "empty", [b"<sheetData></sheetData>", b"<sheetData/>", b"<sheetData />"], ids=str
)
def test_rows_are_spliced_into_either_form_of_an_empty_sheet(tmp_path, empty):
    """openpyxl writes a sheet without rows as et_xmlfile or lxml (when installed) does; the
    writer's rows go into either form, and a frame without one refuses to be half written."""
    import zipfile

    class Rows:
        def copy_rows(self, out):
            out.write(b'<row r="1"><c r="A1" t="n"><v>1</v></c></row>')

    frame = tmp_path / "frame.xml"
    frame.write_bytes(b"<worksheet><cols/>" + empty + b"<autoFilter ref='A1'/></worksheet>")
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        packet_writer._Splicing(archive, {part: Rows()}).write(str(frame), part)
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert archive.read(part) == (
            b'<worksheet><cols/><sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row>'
            b"</sheetData><autoFilter ref='A1'/></worksheet>"
        )
    frame.write_bytes(b"<worksheet><sheetData><row r='1'/></sheetData></worksheet>")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as archive, pytest.raises(RuntimeError):
        packet_writer._Splicing(archive, {part: Rows()}).write(str(frame), part)
