"""Hostile and broken workbook files are refused before any XML parser runs."""

from __future__ import annotations

import io
import os
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.exchange.workbook_safety import (
    OLE2_MAGIC,
    WorkbookLimits,
    check_workbook_file,
)

TRANSITIONAL = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">'
    b"<si><t>&lol2;</t></si></sst>"
)


def _workbook_bytes() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên"])
    ws.append([1, "Nguyễn Văn An"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def _write(tmp_path: Path, data: bytes, name: str = "ds.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refusal(path: Path, limits: WorkbookLimits | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        if limits is None:
            check_workbook_file(path)
        else:
            check_workbook_file(path, limits)
    assert info.value.params["file"] == path.name
    return info.value


def _lie_about_sizes(data: bytes, declared: int) -> bytes:
    """Rewrite every local and central record so it claims ``declared`` uncompressed bytes."""
    buf = bytearray(data)
    eocd = buf.rfind(b"PK\x05\x06")
    count, _size, pos = struct.unpack("<HII", buf[eocd + 10 : eocd + 20])
    for _ in range(count):
        assert buf[pos : pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack("<HHH", buf[pos + 28 : pos + 34])
        (local,) = struct.unpack("<I", buf[pos + 42 : pos + 46])
        struct.pack_into("<I", buf, pos + 24, declared)
        struct.pack_into("<I", buf, local + 22, declared)
        pos += 46 + name_len + extra_len + comment_len
    return bytes(buf)


def test_plain_workbook_passes(tmp_path: Path) -> None:
    """An ordinary openpyxl workbook is accepted."""
    check_workbook_file(_write(tmp_path, _workbook_bytes()))


def test_office_list_passes(office_list: Path) -> None:
    """The office member list (the fixture, and the shared sample when present) is accepted."""
    check_workbook_file(office_list)


def test_ole2_file_refused_with_save_as_hint(tmp_path: Path) -> None:
    """An old .xls or a password-protected .xlsx (both OLE2) is named as such, whatever its name."""
    path = _write(tmp_path, OLE2_MAGIC + os.urandom(4096), "bao-mat.xlsx")
    assert _refusal(path).code == "xlsx_is_ole2"


@pytest.mark.parametrize("how", ["vba_member", "content_type"])
def test_macro_enabled_refused(tmp_path: Path, how: str) -> None:
    """A workbook carrying a VBA project or a macro-enabled content type is refused."""
    members = _members(_workbook_bytes())
    if how == "vba_member":
        members["xl/vbaProject.bin"] = b"\x00" * 64
    else:
        members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
            b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
        )
    path = _write(tmp_path, _zip(members), "macro.xlsx")
    assert _refusal(path).code == "xlsx_macro"


def test_strict_open_xml_refused(tmp_path: Path) -> None:
    """A Strict Open XML workbook is refused with its own code, not read as empty."""
    members = _members(_workbook_bytes())
    members["xl/workbook.xml"] = members["xl/workbook.xml"].replace(TRANSITIONAL, STRICT)
    assert STRICT in members["xl/workbook.xml"]
    assert _refusal(_write(tmp_path, _zip(members))).code == "xlsx_strict"


def test_xlsb_refused(tmp_path: Path) -> None:
    """A binary .xlsb workbook is named as such instead of being mistaken for macros."""
    members = _members(_workbook_bytes())
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.binary.macroEnabled.main",
    )
    assert _refusal(_write(tmp_path, _zip(members))).code == "xlsx_binary"


def _not_workbooks() -> dict[str, bytes]:
    good = _workbook_bytes()
    members = _members(good)
    no_types = {k: v for k, v in members.items() if k != "[Content_Types].xml"}
    word_type = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    docx = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types><Override '
        b'PartName="/word/document.xml" ContentType="' + word_type + b'"/></Types>',
        "_rels/.rels": b"<Relationships/>",
        "word/document.xml": b"<w:document/>",
    }
    damaged = bytearray(good)
    offset = good.find(b"xl/worksheets/sheet1.xml") + 60
    damaged[offset : offset + 16] = b"\xff" * 16
    return {
        "empty": b"",
        "random": os.urandom(20_000),
        "truncated": good[: len(good) // 2],
        "pdf": b"%PDF-1.7\n" + os.urandom(2000),
        "csv": "STT,Họ và tên\n1,Nguyễn Văn An\n".encode(),
        "zip_without_content_types": _zip(no_types),
        "word_document": _zip(docx),
        "damaged_member": bytes(damaged),
    }


@pytest.mark.parametrize("kind", list(_not_workbooks()))
def test_not_a_workbook_refused(tmp_path: Path, kind: str) -> None:
    """Empty, random, truncated, PDF, CSV and non-spreadsheet zips are 'not a workbook'."""
    path = _write(tmp_path, _not_workbooks()[kind])
    assert _refusal(path).code == "xlsx_not_workbook"


def test_missing_file_refused(tmp_path: Path) -> None:
    """A file that cannot be opened gives a read error naming the file."""
    assert _refusal(tmp_path / "khong-co.xlsx").code == "xlsx_cannot_read"


def _bomb(tmp_path: Path, lie: bool) -> Path:
    members = _members(_workbook_bytes())
    members["xl/worksheets/sheet2.xml"] = b"\x00" * (20 << 20)
    data = _zip(members)
    if lie:
        data = _lie_about_sizes(data, 1000)
    return _write(tmp_path, data, "bomb.xlsx")


@pytest.mark.parametrize("lie", [False, True], ids=["declared", "lying_sizes"])
def test_zip_bomb_refused_fast_with_bounded_memory(tmp_path: Path, lie: bool) -> None:
    """A 1000:1 member is refused in well under a second without inflating it into memory."""
    path = _bomb(tmp_path, lie)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = _refusal(path)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "xlsx_too_large"
    assert elapsed < 0.5
    assert peak < 8 << 20


def test_lying_sizes_counted_against_total_cap(tmp_path: Path) -> None:
    """Members whose records understate their size are measured by the bytes really inside."""
    members = _members(_workbook_bytes())
    members["xl/media/image1.bin"] = os.urandom(3 << 20)  # incompressible: ratio stays ~1
    path = _write(tmp_path, _lie_about_sizes(_zip(members), 100))
    limits = WorkbookLimits(max_total_uncompressed=2 << 20)
    assert _refusal(path, limits).code == "xlsx_too_large"


def test_declared_total_over_cap_refused(tmp_path: Path) -> None:
    """Honest records adding up to more than the cap are refused before decompressing."""
    members = _members(_workbook_bytes())
    members["xl/media/image1.bin"] = os.urandom(3 << 20)
    path = _write(tmp_path, _zip(members))
    check_workbook_file(path)  # within the default cap
    limits = WorkbookLimits(max_total_uncompressed=2 << 20)
    assert _refusal(path, limits).code == "xlsx_too_large"


def test_member_count_capped(tmp_path: Path) -> None:
    """A zip with more members than a workbook ever has is refused."""
    members = _members(_workbook_bytes())
    members.update({f"xl/media/p{i}.bin": b"x" for i in range(50)})
    path = _write(tmp_path, _zip(members))
    assert _refusal(path, WorkbookLimits(max_members=20)).code == "xlsx_too_large"


def test_oversized_file_refused(tmp_path: Path) -> None:
    """The file itself is capped before anything is read from it."""
    path = _write(tmp_path, _workbook_bytes())
    assert _refusal(path, WorkbookLimits(max_file_bytes=100)).code == "xlsx_too_large"


@pytest.mark.parametrize(
    ("part", "content"),
    [
        ("xl/sharedStrings.xml", BILLION_LAUGHS),
        (
            "xl/worksheets/sheet1.xml",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<worksheet><sheetData/></worksheet>",
        ),
        ("xl/workbook.xml", None),
        ("[Content_Types].xml", None),
    ],
    ids=["billion_laughs", "external_entity", "utf16_doctype", "content_types"],
)
def test_xml_entity_declarations_refused(tmp_path: Path, part: str, content: bytes | None) -> None:
    """DOCTYPE/ENTITY declarations in any XML part are refused, even in UTF-16, naming the part."""
    members = _members(_workbook_bytes())
    declaration = '<?xml version="1.0" encoding="{}"?><!DOCTYPE d [<!ENTITY e "e">]>'
    if part == "xl/workbook.xml":
        text = declaration.format("UTF-16") + members[part].decode("utf-8")
        members[part] = text.encode("utf-16")
    elif part == "[Content_Types].xml":
        members[part] = declaration.format("UTF-8").encode() + members[part]
    else:
        members[part] = content
    error = _refusal(_write(tmp_path, _zip(members)))
    assert error.code == "xlsx_xml_entities"
    assert error.params["part"] == part


def test_sniffing_comes_before_entity_scan(tmp_path: Path) -> None:
    """A macro workbook that also declares entities is reported as a macro workbook first."""
    members = _members(_workbook_bytes())
    members["xl/vbaProject.bin"] = b"\x00"
    members["xl/sharedStrings.xml"] = BILLION_LAUGHS
    assert _refusal(_write(tmp_path, _zip(members))).code == "xlsx_macro"


def test_size_check_comes_before_sniffing(tmp_path: Path) -> None:
    """A bomb dressed as a macro workbook is reported as too large, the first check."""
    members = _members(_workbook_bytes())
    members["xl/vbaProject.bin"] = b"\x00" * (20 << 20)
    assert _refusal(_write(tmp_path, _zip(members))).code == "xlsx_too_large"
