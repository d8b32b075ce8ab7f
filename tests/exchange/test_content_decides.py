"""What a file is, the content decides, never its name (exchange.md, "Content sniffing").

Email clients and users rename attachments: a genuine workbook named ``.xls`` must be read,
and a genuine old ``.xls`` must be told to be saved as .xlsx whatever it is called.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem import messages
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.exchange.member_list import read_member_list
from bamtrachnhiem.exchange.packet_format import META_SHEET
from bamtrachnhiem.exchange.workbook_safety import calamine_workbook, check_workbook_file
from tests.exchange.world import add_units, make_branch, open_unit


def _member_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["STT", "Họ và tên", "Ngày sinh"])
    ws.append([1, "Nguyễn Văn An", "05/03/1996"])
    ws.append([2, "Trần Thị Bình", "1997"])
    wb.save(path)
    return path


def _real_xls(source: Path, folder: Path) -> Path:
    """``source`` converted to an old binary .xls by LibreOffice, as a user's Excel saves it."""
    folder.mkdir()
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--calc",
            "--convert-to",
            "xls:MS Excel 97",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(folder / "home")},
    )
    made = folder / (source.stem + ".xls")
    assert made.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    return made


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    branch = make_branch(tmp_path / "b", "CD-A", "DX", members=3, months=1, seed=2)
    try:
        return branch.ctx.packet_export.export_packet(2026, 1, tmp_path / "goi.xlsx").path
    finally:
        branch.ctx.close()


@pytest.fixture
def upper(tmp_path: Path):
    ctx = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã")
    add_units(ctx, "DX", ["CD-A"])
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.mark.parametrize("name", ["ds.xls", "ds.XLS", "ds", "ds.csv"])
def test_member_list_named_otherwise_is_read(tmp_path: Path, name: str) -> None:
    """A genuine workbook is read whatever it is called."""
    path = _member_list(tmp_path / "ds.xlsx").rename(tmp_path / name)
    preview = read_member_list(path)
    assert [r.member.full_name for r in preview.rows] == ["Nguyễn Văn An", "Trần Thị Bình"]


def test_member_list_named_xls_imports_through_the_service(tmp_path: Path) -> None:
    path = _member_list(tmp_path / "ds.xlsx").rename(tmp_path / "danh-sach.xls")
    ctx = open_unit(tmp_path / "cd.db", "CD-UBND", "Chi đoàn Cơ quan UBND xã")
    try:
        result = ctx.member_import.apply(ctx.member_import.preview(path))
    finally:
        ctx.close()
    assert result.created == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_real_xls_member_list_told_to_save_as_xlsx(tmp_path: Path) -> None:
    """An old binary workbook, named .xls or .xlsx, gets the "save as .xlsx" message."""
    xls = _real_xls(_member_list(tmp_path / "ds.xlsx"), tmp_path / "xls")
    for path in (xls, Path(shutil.copy(xls, tmp_path / "doi-ten.xlsx"))):
        with pytest.raises(ValidationError) as info:
            read_member_list(path)
        assert info.value.code == "xlsx_is_ole2"
        assert ".xlsx" in messages.describe(info.value) and path.name in messages.describe(
            info.value
        )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_real_xls_packet_told_to_save_as_xlsx(packet: Path, upper, tmp_path: Path) -> None:
    xls = _real_xls(packet, tmp_path / "xls")
    outcome = upper.packet_merge.apply([xls]).files[0]
    assert outcome.status is ImportStatus.REFUSED
    assert [e.code for e in outcome.errors] == ["xlsx_is_ole2"]


def test_calamine_opens_a_packet_by_content(packet: Path, tmp_path: Path) -> None:
    """The opener the packet reader is to use: a packet named .xls opens as what it is."""
    renamed = Path(shutil.copy(packet, tmp_path / "CD-A.xls"))
    check_workbook_file(renamed)
    workbook = calamine_workbook(renamed)
    assert META_SHEET in workbook.sheet_names
    rows = workbook.get_sheet_by_name(META_SHEET).to_python()
    assert rows[0][:2] == ["format", "bamtrachnhiem-packet"]


def test_packet_named_xls_imports(packet: Path, upper, tmp_path: Path) -> None:
    """A genuine packet renamed to .xls by a mail client imports like the original."""
    renamed = Path(shutil.copy(packet, tmp_path / "CD-A.xls"))
    outcome = upper.packet_merge.apply([renamed]).files[0]
    assert outcome.status is ImportStatus.IMPORTED, outcome.errors
