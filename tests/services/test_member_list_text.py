"""Member lists whose text Excel stored with OOXML escapes and control characters.

Excel writes a character XML cannot hold as ``_xHHHH_`` (a line break pasted from Word is
``_x000B_``) and a literal ``_xHHHH_`` typed by someone as ``_x005F_xHHHH_``. The list must be
read as the text people saw, in shared strings and inline strings alike, and no control
character may reach the database: the branch could not export its packet afterwards.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.exchange.member_list import read_member_list

ROWS = [
    ["STT", "Họ và tên", "Ngày_x000D__x000A_sinh", "Ghi chú"],
    [1, "Võ Văn_x000B_Tab", "05/03/1996", "Chuyển đến_x000B_tháng 3"],
    [2, "Trần_x0001_Thị Lan", "1997", "_x0007_"],
    [3, "Lê Văn An", "1998", "Mã _x005F_x000B_ giữ nguyên"],
    [4, "_x0041_nh Đào", "1999", None],
]
EXPECTED = [
    ("Võ Văn", "Tab", "Chuyển đến tháng 3"),
    ("Trần Thị", "Lan", ""),
    ("Lê Văn", "An", "Mã _x000B_ giữ nguyên"),
    ("Anh", "Đào", ""),
]


def _inline_strings_book(path: Path) -> Path:
    """The list with every text inline in the sheet, escapes as stored (openpyxl's way)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        assert b"_x000B_" in zf.read("xl/worksheets/sheet1.xml")
    return path


_SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SHARED_REL = (
    '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
)


def _shared_strings_book(path: Path) -> Path:
    """The same list as Excel saves it: every text a shared string."""
    source = _inline_strings_book(path.with_name("inline-" + path.name))
    strings: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        strings.append(match[3])
        return b"<c " + match[1] + b't="s"' + match[2] + b"><v>%d</v></c>" % (len(strings) - 1)

    with zipfile.ZipFile(source) as zf, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in zf.infolist():
            data = zf.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', shared, data)
                assert b"inlineStr" not in data
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", _SHARED_TYPE.encode() + b"</Types>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", _SHARED_REL.encode() + b"</Relationships>")
            out.writestr(info, data)
        table = b"".join(b"<si>" + s + b"</si>" for s in strings)
        out.writestr(
            "xl/sharedStrings.xml",
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'count="%d" uniqueCount="%d">' % (len(strings), len(strings)) + table + b"</sst>",
        )
    return path


BOOKS = [
    pytest.param(_shared_strings_book, id="shared-strings"),
    pytest.param(_inline_strings_book, id="inline-strings"),
]


@pytest.mark.parametrize("make", BOOKS)
def test_escapes_decoded_and_control_characters_cleaned(tmp_path: Path, make) -> None:
    """``_x000B_`` is the line break it stands for, cleaned to a space like any other;
    ``_x0001_`` too; a literal ``_x005F_x000B_`` stays the text ``_x000B_``; a header
    holding an escaped line break is still recognised."""
    preview = read_member_list(make(tmp_path / "ds.xlsx"))
    assert "birth" in preview.mapping and "notes" in preview.mapping
    read = [
        (r.member.family_middle_name, r.member.given_name, r.member.notes) for r in preview.rows
    ]
    assert read == EXPECTED
    assert [r.action for r in preview.rows] == ["create"] * 4


@pytest.mark.parametrize("make", BOOKS)
def test_imported_list_can_be_sent_upward(ctx: AppContext, tmp_path: Path, make) -> None:
    """What the import stored holds no control character, so the branch's packet exports
    (the writer refuses one, naming the record) and the members travel as stored."""
    preview = ctx.member_import.preview(make(tmp_path / "ds.xlsx"))
    result = ctx.member_import.apply(preview)
    assert result.created == 4
    stored = {m.full_name: m.notes for m in ctx.members.find()}
    assert stored == {
        "Võ Văn Tab": "Chuyển đến tháng 3",
        "Trần Thị Lan": "",
        "Lê Văn An": "Mã _x000B_ giữ nguyên",
        "Anh Đào": "",
    }
    ctx.years.open_year(2026)
    packet = ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx")
    assert packet.counts["members"] == 4
