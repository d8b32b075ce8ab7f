"""Broken, hostile and hand-edited packet files: refused with the reason, or read exactly."""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.exchange import FileOutcome, ImportStatus
from bamtrachnhiem.exchange.packet_format import FORMAT_VERSION, META_SHEET
from bamtrachnhiem.exchange.versions import OLDEST_READABLE
from bamtrachnhiem.exchange.workbook_safety import OLE2_MAGIC
from tests.exchange.world import (
    add_units,
    assert_nothing_changed,
    edit_cell,
    import_log,
    open_unit,
    rewrite_parts,
    sheet_part,
    unit_snapshot,
)

FIXTURES = Path(__file__).parent / "fixtures"
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


@pytest.fixture
def refused(upper: AppContext, snapshot) -> Callable[[Path], FileOutcome]:
    """Import one file, expect a refusal, and check that nothing changed but the log line."""

    def run(path: Path) -> FileOutcome:
        db = upper.database.path
        before, log_before = snapshot(db), import_log(db)
        outcome = upper.packet_merge.apply([path]).files[0]
        assert outcome.status is ImportStatus.REFUSED, outcome
        assert outcome.errors
        assert_nothing_changed(before, snapshot(db), log_before, import_log(db))
        assert import_log(db)[-1][2] == "refused"
        return outcome

    return run


def _imported(upper: AppContext, path: Path) -> FileOutcome:
    outcome = upper.packet_merge.apply([path]).files[0]
    assert outcome.status is ImportStatus.IMPORTED, (outcome.errors, outcome.edited_rows)
    assert not outcome.confirmed_edited
    return outcome


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


# --- broken files -----------------------------------------------------------------------------


def _broken(kind: str, packet: bytes) -> bytes:
    parts = _members(packet)
    if kind == "empty":
        return b""
    if kind == "truncated":
        return packet[: len(packet) // 2]
    if kind == "random":
        return os.urandom(5000)
    if kind == "pdf":
        return b"%PDF-1.4\n" + os.urandom(800)
    if kind == "csv":
        return "Mã đoàn viên,Tên\n1,An\n".encode()
    if kind in ("old_xls", "password"):
        return OLE2_MAGIC + os.urandom(4000)
    if kind == "macro":
        parts["xl/vbaProject.bin"] = b"\x00" * 128
        return _zip(parts)
    if kind == "strict":
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        )
        return _zip(parts)
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("empty", "xlsx_not_workbook"),
        ("truncated", "xlsx_not_workbook"),
        ("random", "xlsx_not_workbook"),
        ("pdf", "xlsx_not_workbook"),
        ("csv", "xlsx_not_workbook"),
        ("old_xls", "xlsx_is_ole2"),
        ("password", "xlsx_is_ole2"),
        ("macro", "xlsx_macro"),
        ("strict", "xlsx_strict"),
    ],
)
def test_broken_files_refused(packets, refused, tmp_path, kind, code):
    """Whatever an email client attached, a non-packet is refused with the plain reason."""
    path = tmp_path / f"{kind}.xlsx"
    path.write_bytes(_broken(kind, packets.a[0].read_bytes()))
    outcome = refused(path)
    assert outcome.errors[0].code == code
    assert outcome.errors[0].params["file"] == path.name


def test_ordinary_workbook_is_not_a_packet(refused, tmp_path):
    """A member list or any other workbook is told apart from a packet."""
    wb = openpyxl.Workbook()
    wb.active.append(["STT", "Họ và tên"])
    path = tmp_path / "danh-sach.xlsx"
    wb.save(path)
    assert refused(path).errors[0].code == "packet_not_packet"


def test_configuration_packet_is_not_a_data_packet(upper, refused, tmp_path):
    """A configuration packet given to the data import says which import it belongs to."""
    config = upper.configuration.export_config(2026, "CD-A", tmp_path / "cau-hinh.xlsx")
    assert refused(config.path).errors[0].code == "packet_is_config"


# --- hostile files ----------------------------------------------------------------------------


def _lie_about_sizes(data: bytes, declared: int) -> bytes:
    buf = bytearray(data)
    eocd = buf.rfind(b"PK\x05\x06")
    count, _size, pos = struct.unpack("<HII", buf[eocd + 10 : eocd + 20])
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack("<HHH", buf[pos + 28 : pos + 34])
        (local,) = struct.unpack("<I", buf[pos + 42 : pos + 46])
        struct.pack_into("<I", buf, pos + 24, declared)
        struct.pack_into("<I", buf, local + 22, declared)
        pos += 46 + name_len + extra_len + comment_len
    return bytes(buf)


@pytest.mark.parametrize("lie", [False, True], ids=["bomb", "lying_sizes"])
def test_zip_bomb_refused_fast(packets, refused, tmp_path, lie):
    """A packet carrying a 20 MB run of zeros is refused in well under a second."""
    parts = _members(packets.a[0].read_bytes())
    parts["xl/media/image1.bin"] = b"\x00" * (20 << 20)
    data = _zip(parts)
    path = tmp_path / "bom.xlsx"
    path.write_bytes(_lie_about_sizes(data, 900) if lie else data)
    started = time.perf_counter()
    outcome = refused(path)
    assert time.perf_counter() - started < 1.5
    assert outcome.errors[0].code == "xlsx_too_large"


@pytest.mark.parametrize("where", ["sheet", "shared_strings", "content_types"])
def test_xml_entities_refused(packets, refused, tmp_path, where):
    """Billion laughs or external entities anywhere in the package are refused."""
    source = packets.a[0]
    part = {
        "sheet": sheet_part(source, "Đoàn viên"),
        "shared_strings": "xl/sharedStrings.xml",
        "content_types": "[Content_Types].xml",
    }[where]
    parts = _members(source.read_bytes())
    body = parts.get(part, b'<sst xmlns="x"/>')
    parts[part] = BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>", b"", body)
    path = tmp_path / "entities.xlsx"
    path.write_bytes(_zip(parts))
    outcome = refused(path)
    assert outcome.errors[0].code == "xlsx_xml_entities"
    assert outcome.errors[0].params["part"] == part


def _cell_xml(path: Path, sheet: str, ref: str) -> str:
    with zipfile.ZipFile(path) as zf:
        xml = zf.read(sheet_part(path, sheet)).decode()
    match = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml)
    assert match, ref
    return match.group(0)


def _replace_cell(source: Path, dest: Path, sheet: str, ref: str, new_cell: str) -> None:
    part = sheet_part(source, sheet)
    old = _cell_xml(source, sheet, ref)

    def change(name: str, data: bytes) -> bytes:
        return data.decode().replace(old, new_cell, 1).encode() if name == part else data

    rewrite_parts(source, dest, change)


def test_formula_cell_refused_naming_the_cell(packets, refused, tmp_path):
    """A formula in the data area is refused with its sheet and cell."""
    path = tmp_path / "cong-thuc.xlsx"
    _replace_cell(packets.a[0], path, "Đánh giá tháng 1", "J3", '<c r="J3"><f>1+1</f><v>2</v></c>')
    error = refused(path).errors[0]
    assert (error.code, error.sheet, error.cell) == (
        "packet_formula_cell",
        "Đánh giá tháng 1",
        "J3",
    )


@pytest.mark.parametrize("sheet", ["_bamtrachnhiem", "Thông tin gói"])
def test_formula_outside_the_data_refused_too(packets, refused, tmp_path, sheet):
    """No formula anywhere in a packet: not in the metadata, not on the cover sheet."""
    import openpyxl

    wb = openpyxl.load_workbook(packets.a[0])
    wb[sheet]["Z1"] = "=1+1"
    path = tmp_path / "cong-thuc-ngoai.xlsx"
    wb.save(path)
    error = refused(path).errors[0]
    assert (error.code, error.sheet, error.cell) == ("packet_formula_cell", sheet, "Z1")


def test_error_value_cell_refused(packets, refused, tmp_path):
    """A real Excel error value (not the text "#N/A") is refused, never read as empty."""
    path = tmp_path / "loi.xlsx"
    _replace_cell(packets.a[0], path, "Hoạt động", "I2", '<c r="I2" t="e"><v>#N/A</v></c>')
    error = refused(path).errors[0]
    assert (error.code, error.cell) == ("packet_error_cell", "I2")


def test_formula_and_error_looking_text_round_trip(upper, packets):
    """Text starting with "=" and the text "#N/A" arrive exactly as the branch typed them."""
    _imported(upper, packets.a[0])
    db = upper.database.path
    initiatives = unit_snapshot(db, "CD-A")["initiatives"]
    assert any(row[5] == "=Dán mã QR lên bìa hồ sơ" for row in initiatives)
    activities = unit_snapshot(db, "CD-A")["activities"]
    assert any(row[7] == "#N/A" for row in activities)
    solution = _cell_xml(packets.a[0], "Sáng kiến", "G2")
    assert "<f>" not in solution and 't="inlineStr"' in solution


# --- human edits ------------------------------------------------------------------------------


def test_openpyxl_resave_imports_as_unedited(upper, packets, tmp_path):
    """Opening and saving a packet in another program, without edits, keeps it importable."""
    path = tmp_path / "luu-lai.xlsx"
    openpyxl.load_workbook(packets.a[0]).save(path)
    assert path.read_bytes() != packets.a[0].read_bytes()
    _imported(upper, path)


def _libreoffice_upper(tmp_path: Path) -> AppContext:
    ctx = open_unit(tmp_path / "lo.db", "DX-LO", "Đoàn xã Thử Nghiệm")
    add_units(ctx, "DX-LO", ["CD-LO"])
    return ctx


def test_libreoffice_resaved_fixture_imports_as_unedited(tmp_path):
    """A packet re-saved by LibreOffice Calc (committed fixture) imports normally."""
    ctx = _libreoffice_upper(tmp_path)
    try:
        original = ctx.packet_merge.preview([FIXTURES / "packet-original.xlsx"]).files[0]
        resaved = _imported(ctx, FIXTURES / "packet-libreoffice.xlsx")
        assert original.status is ImportStatus.IMPORTED
        assert resaved.counts["members"].created == original.counts["members"].created > 0
        workbook = (FIXTURES / "packet-libreoffice.xlsx").read_bytes()
        assert b"LibreOffice" in _members(workbook)["docProps/app.xml"]
    finally:
        ctx.close()


def test_hand_edit_in_libreoffice_resaved_packet_names_the_row(tmp_path):
    """One cell changed in a LibreOffice-saved packet is reported as edited, row named."""
    source = FIXTURES / "packet-libreoffice.xlsx"
    path = tmp_path / "sua.xlsx"
    cell = _cell_xml(source, "Đánh giá tháng", "M5")  # the evidence text (a format 6 file)
    style = re.search(r'\bs="(\d+)"', cell)
    styled = f' s="{style.group(1)}"' if style else ""
    _replace_cell(
        source,
        path,
        "Đánh giá tháng",
        "M5",
        f'<c r="M5"{styled} t="inlineStr"><is><t>Minh chứng sửa tay</t></is></c>',
    )
    ctx = _libreoffice_upper(tmp_path)
    try:
        outcome = ctx.packet_merge.preview([path]).files[0]
        assert outcome.status is ImportStatus.EDITED
        assert [(e.sheet, e.row) for e in outcome.edited_rows] == [("Đánh giá tháng", 5)]
    finally:
        ctx.close()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_live_libreoffice_resave_imports(upper, packets, tmp_path):
    """A packet converted by the installed LibreOffice right now still imports unedited."""
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(packets.a[0]),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path / "home")},
    )
    _imported(upper, out / packets.a[0].name)


def test_metadata_edited_in_the_hidden_sheet_refused(packets, refused, tmp_path):
    """Changing the sequence number in the (unhidden) metadata sheet is caught."""
    wb = openpyxl.load_workbook(packets.a[0])
    ws = wb[META_SHEET]
    for row in ws.iter_rows():
        if row[0].value == "seq":
            row[1].value = "9"
    path = tmp_path / "meta.xlsx"
    wb.save(path)
    assert refused(path).errors[0].code == "packet_meta_edited"


def test_metadata_edited_in_document_properties_refused(packets, refused, tmp_path):
    """Document properties that disagree with the hidden sheet are refused."""
    path = tmp_path / "props.xlsx"

    def change(name: str, data: bytes) -> bytes:
        if name == "docProps/custom.xml":
            return re.sub(rb'(bamtrachnhiem_seq"[^>]*><vt:lpwstr>)\d+', rb"\g<1>77", data)
        return data

    rewrite_parts(packets.a[0], path, change)
    error = refused(path).errors[0]
    assert (error.code, error.params["key"]) == ("packet_meta_mismatch", "seq")


def test_rows_pasted_from_another_units_packet_refused(packets, refused, tmp_path):
    """A row copied from CD-B's packet into CD-A's names the row and the unit it belongs to."""
    donor = openpyxl.load_workbook(packets.b)["Đoàn viên"]
    values = [c.value for c in donor[2]]
    wb = openpyxl.load_workbook(packets.a[0])
    wb["Đoàn viên"].append(values)
    path = tmp_path / "dan.xlsx"
    wb.save(path)
    error = refused(path).errors[0]
    assert (error.code, error.row, error.params["unit"]) == ("packet_row_foreign_unit", 8, "CD-B")


def _rebuild_sheet(source: Path, dest: Path, sheet: str, change) -> None:
    wb = openpyxl.load_workbook(source)
    ws = wb[sheet]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    hidden = {k: d.hidden for k, d in ws.column_dimensions.items()}
    rows = change(rows)
    ws.delete_rows(1, ws.max_row)
    for row in rows:
        ws.append(row)
    for key, is_hidden in hidden.items():
        ws.column_dimensions[key].hidden = is_hidden
    wb.save(dest)


def test_columns_reordered_read_by_header(upper, packets, tmp_path):
    """Columns moved around are read by their header: the packet is unedited."""
    path = tmp_path / "dao-cot.xlsx"

    def swap(rows):
        return [[r[0], r[3], r[2], r[1], *r[4:]] for r in rows]

    _rebuild_sheet(packets.a[0], path, "Đoàn viên", swap)
    _imported(upper, path)


@pytest.mark.parametrize("how", ["renamed", "removed"])
def test_column_renamed_or_removed_refused(packets, refused, tmp_path, how):
    """A data column whose header is gone is refused, naming the column: never half read."""
    path = tmp_path / f"{how}.xlsx"

    def change(rows):
        if how == "renamed":
            rows[0][rows[0].index("Ngày sinh")] = "Sinh ngày"
            return rows
        at = rows[0].index("Ngày sinh")
        return [[*r[:at], *r[at + 1 :]] for r in rows]

    _rebuild_sheet(packets.a[0], path, "Đoàn viên", change)
    error = refused(path).errors[0]
    assert (error.code, error.params["column"]) == ("packet_column_missing", "Ngày sinh")


def test_column_added_is_ignored_with_a_warning(upper, packets, tmp_path):
    """A column someone added for their own notes is ignored and named in a warning."""
    path = tmp_path / "them-cot.xlsx"
    _rebuild_sheet(
        packets.a[0],
        path,
        "Đoàn viên",
        lambda rows: [[*rows[0], "Nhận xét của huyện"], *([*r, "tốt"] for r in rows[1:])],
    )
    outcome = _imported(upper, path)
    assert [w.code for w in outcome.warnings] == ["packet_extra_column"]


def test_blank_rows_are_skipped(upper, packets, tmp_path):
    """Blank rows inserted between data rows change nothing."""
    wb = openpyxl.load_workbook(packets.a[0])
    wb["Đánh giá tháng 1"].insert_rows(3, amount=2)
    path = tmp_path / "dong-trong.xlsx"
    wb.save(path)
    assert _imported(upper, path).counts["assessments"].created == 6


def test_merged_cells_refused(packets, refused, tmp_path):
    """Merged cells in a data sheet are refused, naming the range."""
    wb = openpyxl.load_workbook(packets.a[0])
    wb["Đoàn viên"].merge_cells("C3:D3")
    path = tmp_path / "gop-o.xlsx"
    wb.save(path)
    error = refused(path).errors[0]
    assert (error.code, error.params["range"]) == ("packet_merged_cells", "C3:D3")


def test_lying_dimension_record_read_in_full(upper, packets, tmp_path):
    """A dimension record claiming two rows (as WPS writes) does not truncate the read."""
    path = tmp_path / "kich-thuoc.xlsx"
    part = sheet_part(packets.a[0], "Đánh giá tháng 1")

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        if b"<dimension" in data:
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', data)
        return data.replace(b"<sheetViews>", b'<dimension ref="A1:B2"/><sheetViews>', 1)

    rewrite_parts(packets.a[0], path, change)
    assert _imported(upper, path).counts["assessments"].created == 6


def test_id_typed_as_number_refused(packets, refused, tmp_path):
    """An identifier retyped as a number is refused with its cell: it may have been rounded."""
    path = tmp_path / "ma-so.xlsx"
    edit_cell(packets.a[0], path, "Đoàn viên", "Mã đoàn viên", 4, 123456789012345678)
    error = refused(path).errors[0]
    assert (error.code, error.cell) == ("packet_id_not_text", "B4")


def test_phone_typed_as_number_gets_its_zero_back(upper, packets, tmp_path):
    """A phone retyped as a number reads back with its leading zero: the packet is unedited."""
    wb = openpyxl.load_workbook(packets.a[0])
    ws = wb["Đoàn viên"]
    column = next(c.column for c in ws[1] if c.value == "Điện thoại")
    phone = ws.cell(row=2, column=column).value
    assert phone.startswith("09")
    ws.cell(row=2, column=column).value = int(phone)
    path = tmp_path / "so-dt.xlsx"
    wb.save(path)
    _imported(upper, path)
    assert phone in {m.phone for m in upper.members.find(unit_code="CD-A")}


def test_1904_date_system_read_correctly(upper, packets, tmp_path):
    """A workbook saved with the 1904 date system gives the same dates."""
    wb = openpyxl.load_workbook(packets.a[0])
    wb.epoch = CALENDAR_MAC_1904
    path = tmp_path / "1904.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        assert b'date1904="1"' in zf.read("xl/workbook.xml")
    _imported(upper, path)
    births = sorted(str(m.birth_date) for m in upper.members.find(unit_code="CD-A"))
    wb_dates = openpyxl.load_workbook(packets.a[0])["Đoàn viên"]
    column = next(c.column for c in wb_dates[1] if c.value == "Ngày sinh")
    expected = sorted(
        str(row[column - 1].value.date()) if row[column - 1].value else "None"
        for row in wb_dates.iter_rows(min_row=2)
    )
    assert births == expected


def test_nfd_text_is_read_as_nfc(upper, packets, tmp_path):
    """Decomposed Vietnamese (as some Mac tools write it) is the same text: not an edit."""
    wb = openpyxl.load_workbook(packets.a[0])
    ws = wb["Đoàn viên"]
    column = next(c.column for c in ws[1] if c.value == "Họ đệm")
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row=row, column=column)
        cell.value = unicodedata.normalize("NFD", cell.value)
    path = tmp_path / "nfd.xlsx"
    wb.save(path)
    _imported(upper, path)


def test_legacy_text_pasted_in_is_an_edit_with_a_warning(upper, packets, tmp_path):
    """TCVN3 text pasted over a name makes the row edited and is named as legacy text."""
    path = tmp_path / "tcvn3.xlsx"
    edit_cell(packets.a[0], path, "Đoàn viên", "Họ đệm", 2, "NguyÔn V¨n")
    outcome = upper.packet_merge.preview([path]).files[0]
    assert outcome.status is ImportStatus.EDITED
    assert [(e.sheet, e.row) for e in outcome.edited_rows] == [("Đoàn viên", 2)]
    assert any(w.code == "packet_legacy_text" and w.row == 2 for w in outcome.warnings)


def test_missing_sheet_refused_and_extra_sheet_ignored(upper, packets, refused, tmp_path):
    """A deleted data sheet is refused by name; an added sheet only gives a warning."""
    wb = openpyxl.load_workbook(packets.a[0])
    del wb["Chốt tháng"]
    missing = tmp_path / "thieu.xlsx"
    wb.save(missing)
    error = refused(missing).errors[0]
    assert (error.code, error.params["sheet"]) == ("packet_sheet_missing", "Chốt tháng")
    wb = openpyxl.load_workbook(packets.a[0])
    wb.create_sheet("Ghi chú của huyện")
    extra = tmp_path / "them.xlsx"
    wb.save(extra)
    assert [w.code for w in _imported(upper, extra).warnings] == ["packet_extra_sheet"]


@pytest.mark.parametrize(
    ("version", "code", "supported"),
    [
        (FORMAT_VERSION + 1, "packet_format_newer", FORMAT_VERSION),
        (OLDEST_READABLE - 1, "packet_format_older", OLDEST_READABLE),
    ],
)
def test_other_format_versions_get_a_clear_message(
    packets, refused, tmp_path, version, code, supported
):
    """A packet newer than this app, or older than it still reads, is refused with the
    versions named."""
    wb = openpyxl.load_workbook(packets.a[0])
    for row in wb[META_SHEET].iter_rows():
        if row[0].value == "format_version":
            row[1].value = str(version)
    wb.custom_doc_props["bamtrachnhiem_format_version"].value = str(version)
    path = tmp_path / f"v{version}.xlsx"
    wb.save(path)
    error = refused(path).errors[0]
    assert (error.code, error.params["version"], error.params["supported"]) == (
        code,
        version,
        supported,
    )
