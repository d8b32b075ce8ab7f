"""Member lists cost what their list costs, not what the junk around it costs.

A sheet with a million junk rows used to be loaded whole before the reader said "no header
in the first 30 rows" (35 s, 580 MB). The reader streams: it reads the first rows to find
the header, stops once the table has ended, and refuses a list longer than any office list
(``bench/junk.py`` measures the million-row files). These tests prove where reading stops
with a cell no parser can read placed further down: reached, it would refuse the file as
unreadable.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem import messages
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.exchange import member_list, workbook_stream
from bamtrachnhiem.exchange.member_list import read_member_list

HEADER = ["STT", "Họ và tên", "Ngày sinh"]
MEMBERS = [[1, "Nguyễn Văn An", "05/03/1996"], [2, "Trần Thị Bình", "1997"]]
# A number cell whose value is not a number: openpyxl fails on it when it parses the row.
_BROKEN = '<c r="B{row}"><v>không phải số</v></c>'


def _book(path: Path, rows: list[list[object]], *, broken_at: int | None = None) -> Path:
    """``rows`` from A1; with ``broken_at``, a cell no reader can parse in that row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    for row in rows:
        ws.append(row)
    wb.save(path)
    if broken_at is not None:
        _change_sheet(path, lambda xml: _break_row(xml, broken_at))
    return path


def _change_sheet(path: Path, change) -> None:
    source = path.with_name("orig-" + path.name)
    path.rename(source)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data.decode()).encode()
            zout.writestr(info, data)
    source.unlink()


def _break_row(xml: str, row: int) -> str:
    broken, count = re.subn(
        rf'<row r="{row}"([^>]*)>.*?</row>',
        lambda m: f'<row r="{row}"{m[1]}>{_BROKEN.format(row=row)}</row>',
        xml,
        count=1,
    )
    assert count == 1
    return broken


def _junk(count: int, first: int = 1) -> list[list[object]]:
    return [[None, f"rác {i}", i * 7] for i in range(first, first + count)]


def test_the_broken_cell_is_refused_when_it_is_read(tmp_path: Path) -> None:
    """The probe these tests rely on: a broken cell inside the list refuses the file."""
    path = _book(tmp_path / "ds.xlsx", [HEADER, *MEMBERS, [3, "Lê Văn Cường", "1998"]], broken_at=4)
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    assert info.value.code == "xlsx_unreadable"


def test_no_header_is_said_after_the_first_rows_only(tmp_path: Path) -> None:
    """Thousands of junk rows and no header: the refusal comes from the first rows, with
    the rows below never read (the broken cell far down is not reached)."""
    path = _book(tmp_path / "ds.xlsx", _junk(3000), broken_at=2000)
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    assert info.value.code == "member_import_no_header"


def test_rows_below_the_end_of_the_table_are_not_all_read(tmp_path: Path) -> None:
    """Once the signature block has ended the table, a few rows more are shown as skipped
    and reading stops: the members are imported, the junk below is never parsed."""
    rows = [HEADER, *MEMBERS, [], [None, "Người lập biểu"], *_junk(3000)]
    path = _book(tmp_path / "ds.xlsx", rows, broken_at=2500)
    preview = read_member_list(path)
    assert [r.member.full_name for r in preview.rows if r.action == "create"] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
    ]
    last = max(r.row for r in preview.rows)
    assert last <= 5 + member_list.MAX_ROWS_BELOW_TABLE
    assert {r.skipped_reason for r in preview.rows if r.row > 6} == {
        "member_import_skip_below_table"
    }


def test_a_list_longer_than_any_office_list_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows that never end are refused at the limit, with a message naming the file, the
    sheet and the limit; the rows past the limit are never read."""
    monkeypatch.setattr(member_list, "MAX_LIST_ROWS", 300)
    numbered = [[i, f"Người {i}", "1996"] for i in range(1, 1001)]
    path = _book(tmp_path / "ds.xlsx", [HEADER, *numbered], broken_at=600)
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    error = info.value
    assert error.code == "member_import_too_many_rows"
    assert error.params == {"file": "ds.xlsx", "sheet": "Danh sách", "limit": 300}
    for lang in ("vi", "en"):
        sentence = messages.describe(error, lang)
        assert "ds.xlsx" in sentence and "300" in sentence and "Danh sách" in sentence


def test_a_list_of_exactly_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(member_list, "MAX_LIST_ROWS", 300)
    numbered = [[i, f"Người {i}", "1996"] for i in range(1, 301)]
    preview = read_member_list(_book(tmp_path / "ds.xlsx", [HEADER, *numbered]))
    assert preview.created == 300


@pytest.mark.parametrize("dimension", ['<dimension ref="A1:C2"/>', ""], ids=["lying", "missing"])
def test_the_dimension_record_is_not_trusted(tmp_path: Path, dimension: str) -> None:
    """A dimension that lies (WPS, Google Sheets) or is missing changes nothing."""
    rows = [HEADER, *MEMBERS, [3, "Lê Văn Cường", "1998"], [4, "Phạm Thị Dung", "1999"]]
    path = _book(tmp_path / "ds.xlsx", rows)
    _change_sheet(path, lambda xml: re.sub(r"<dimension [^>]*/>", dimension, xml))
    preview = read_member_list(path)
    assert preview.created == 4


def test_merged_cells_far_down_are_found(tmp_path: Path) -> None:
    """Merged ranges are listed after the rows in the sheet's XML; a department merged
    over three members below a long list is still shared by the three."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Phòng ban"])
    for i in range(1, 401):
        ws.append([i, f"Người {i}", "Văn phòng" if i % 2 else "Phòng Tư pháp"])
    ws.append([401, "Lê Văn A", "Phòng Kinh tế"])
    ws.append([402, "Lê Văn B", None])
    ws.append([403, "Lê Văn C", None])
    ws.merge_cells("C402:C404")
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    preview = read_member_list(path)
    departments = [r.member.department for r in preview.rows[-3:]]
    assert departments == ["Phòng Kinh tế"] * 3


def test_more_merged_ranges_than_any_list_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merged ranges are kept in memory, so there is a limit to them too."""
    monkeypatch.setattr(workbook_stream, "MAX_MERGED_RANGES", 20)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(HEADER)
    for i in range(1, 31):
        ws.append([i, f"Người {i}", None, None])
        ws.merge_cells(f"C{i + 1}:D{i + 1}")
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    assert info.value.code == "xlsx_too_complex"
    assert info.value.params == {"file": "ds.xlsx", "sheet": "Danh sách"}


def test_shared_strings_are_read_as_far_as_the_rows_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table of strings longer than the list needs is not read to its end; a cell that
    points past the limit is refused."""
    monkeypatch.setattr(workbook_stream, "MAX_SHARED_STRINGS", 50)
    path = _book(tmp_path / "ds.xlsx", [HEADER, *MEMBERS])
    _to_shared_strings(path, extra=10_000)
    preview = read_member_list(path)
    assert preview.created == 2
    _change_sheet(path, lambda xml: xml.replace("<v>0</v>", "<v>5000</v>", 1))
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    assert info.value.code == "xlsx_too_complex"


def _to_shared_strings(path: Path, extra: int) -> None:
    """Every inline string of sheet 1 moved to a shared-strings table, ``extra`` unused
    strings after them (as a workbook whose other sheets hold much text has)."""
    strings: list[str] = []

    def shared(match: re.Match[str]) -> str:
        strings.append(match[3])
        return f'<c {match[1]}t="s"{match[2]}><v>{len(strings) - 1}</v></c>'

    def sheet(xml: str) -> str:
        return re.sub(r'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', shared, xml)

    _change_sheet(path, sheet)
    table = "".join(f"<si>{s}</si>" for s in strings)
    table += "".join(f"<si><t>chuỗi {i}</t></si>" for i in range(extra))
    source = path.with_name("inline-" + path.name)
    path.rename(source)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            zout.writestr(info, data)
        zout.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{table}</sst>',
        )
    source.unlink()
