"""Write the member-list workbooks the import tests read into tests/fixtures/member_lists/.

    python scripts/make_member_list_fixtures.py [FOLDER]

Each workbook is an office list of a shape the importer must read (exchange.md, vietnamese.md):

- ``office-list.xlsx`` mirrors ``shared/samples/danh-sach-doan-vien-co-quan.xlsx`` cell for
  cell: a title block, a merged two-level header with "Giới tính" over "Nam" | "Nữ" x-marks,
  an STT column, births as date cells, dd/mm/yyyy text and a bare year, phones typed as
  numbers (the leading zero lost) and with spaces, hyphens and dots, a blank row inside the
  table, two people named "Nguyễn Văn Hùng", a totals row and a signature block below;
- ``split-names.xlsx``: separate "Họ đệm" and "Tên" columns, gender in one column, a bare
  year typed as a number, decomposed (NFD) names, the same name typed in NFC and in NFD
  for two people, an international phone, totals and a signature block;
- ``tcvn3.xlsx``: an old list typed in TCVN3 (ABC) with the .VnTime font, title in .VnTimeH;
- ``vni.xlsx``: the same kind of list typed in VNI with the VNI-Times font.

The legacy texts are written out byte for byte here, not made by the app's converter, so the
tests check the converter against them. The files come out the same, byte for byte, on every
run: the timestamps openpyxl writes are fixed. ``tests/services/test_member_list_fixtures.py``
checks the committed files still hold what this script writes.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "member_lists"
_FIXED_TIME = "2026-01-05T00:00:00Z"
_ZIP_TIME = (2026, 1, 5, 0, 0, 0)
_DATE = "dd/mm/yyyy"


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _put(ws, ref: str, value, font: Font | None = None, number_format: str | None = None):
    cell = ws[ref]
    cell.value = value
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _office_list(wb: Workbook) -> None:
    """The shared sample's layout and content (rows 1–28, columns A–J)."""
    ws = wb.active
    ws.title = "DS doan vien"
    _put(ws, "A1", "ĐOÀN XÃ PHƯỚC DÂN")
    _put(ws, "F1", "ĐOÀN TNCS HỒ CHÍ MINH")
    _put(ws, "A2", "CHI ĐOÀN CƠ QUAN UBND")
    title = _put(ws, "A4", "DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN NĂM 2026", Font(bold=True, size=14))
    title.alignment = Alignment(horizontal="center")
    headers = {
        "A6": "STT",
        "B6": "Họ và tên",
        "C6": "Ngày sinh",
        "D6": "Giới tính",
        "F6": "Chức vụ",
        "G6": "Đơn vị công tác",
        "H6": "Ngày vào Đoàn",
        "I6": "Số điện thoại",
        "J6": "Ghi chú",
        "D7": "Nam",
        "E7": "Nữ",
    }
    for ref, value in headers.items():
        _put(ws, ref, value)
    # row: (STT, name, birth, male x, female x, position, department, joined, phone)
    members = [
        (8, 1, "Nguyễn Văn An", datetime(1995, 3, 12), "x", None, "Chuyên viên",
         "Văn phòng HĐND-UBND", "26/03/2012", 912345678),
        (9, 2, "Trần Thị Bích Ngọc", "05/12/1996", None, "x", "Kế toán",
         "Phòng Tài chính - Kế hoạch", datetime(2013, 3, 26), "0987654321"),
        (10, 3, "  Lê Hoàng Phúc ", "1994", "x", None, "Chuyên viên", "Phòng Tư pháp",
         None, None),
        (11, 4, "Phạm Thị Thu Hà", datetime(1998, 11, 2), None, "x", "Văn thư",
         "Văn phòng HĐND-UBND", "09/01/2014", "0905 111 222"),
        (12, 5, "Nguyễn Văn Hùng", datetime(1993, 7, 30), "x", None, "Phó Trưởng phòng",
         "Phòng Nội vụ", "26/3/2010", 358001122),
        (14, 6, "Nguyễn Văn Hùng", datetime(1997, 1, 15), "x", None, "Chuyên viên",
         "Phòng Kinh tế", "26/3/2015", 358001133),
        (15, 7, "Đặng Thị Ánh Tuyết", "31/12/1999", None, "x", "Chuyên viên",
         "Bộ phận một cửa", "19/05/2016", "0369 888 777"),
        (16, 8, "Võ Minh Đức", datetime(1992, 2, 29), "x", None, "Công chức Địa chính",
         "Phòng Tài nguyên - Môi trường", "26/03/2009", None),
        (17, 9, "Huỳnh Ngọc Ẩn", datetime(1996, 6, 6), "x", None, "Chuyên viên",
         "Phòng Văn hóa - Thông tin", None, "091-234-5678"),
        (18, 10, "Bùi Thị Hồng Nhung", datetime(2000, 8, 19), None, "x", "Nhân viên hợp đồng",
         "Bộ phận một cửa", "15/10/2017", "0912.777.888"),
        (19, 11, "Dương Quốc Việt", datetime(1991, 9, 2), "x", None, "Bí thư Chi đoàn",
         "Văn phòng HĐND-UBND", "26/03/2007", "0977123456"),
        (20, 12, "Ngô Thị Yến", datetime(1999, 4, 30), None, "x", "Chuyên viên",
         "Phòng Giáo dục và Đào tạo", "26/03/2015", "0938 246 810"),
    ]  # fmt: skip
    for r, number, name, birth, male, female, position, department, joined, phone in members:
        values = [number, name, birth, male, female, position, department, joined, phone]
        for column, value in zip("ABCDEFGHI", values, strict=True):
            if value is not None:
                date_cell = isinstance(value, datetime)
                _put(ws, f"{column}{r}", value, number_format=_DATE if date_cell else None)
    _put(ws, "A21", "Tổng cộng: 12 đoàn viên")
    _put(ws, "D21", "=COUNTA(D8:D20)")
    _put(ws, "E21", "=COUNTA(E8:E20)")
    _put(ws, "G23", "Phước Dân, ngày 20 tháng 11 năm 2026")
    _put(ws, "B24", "NGƯỜI LẬP BIỂU")
    _put(ws, "G24", "TM. BCH CHI ĐOÀN")
    _put(ws, "G25", "BÍ THƯ")
    _put(ws, "G28", "Dương Quốc Việt")
    for ref in ("A1:D1", "F1:J1", "A2:D2", "A4:J4", "D6:E6", "A21:C21"):
        ws.merge_cells(ref)
    for column in "ABCFGHIJ":
        ws.merge_cells(f"{column}6:{column}7")


def _split_names(wb: Workbook) -> None:
    """Họ đệm and tên apart, gender in one column, NFD names, a same-name pair across forms."""
    ws = wb.active
    ws.title = "Danh sách"
    _put(ws, "A1", "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH")
    _put(ws, "F1", "ĐOÀN TNCS HỒ CHÍ MINH")
    _put(ws, "A2", "CHI ĐOÀN SỞ NỘI VỤ")
    _put(ws, "A4", "DANH SÁCH TRÍCH NGANG ĐOÀN VIÊN", Font(bold=True, size=14))
    header = ["STT", "Họ đệm", "Tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chức vụ", "Số ĐT",
              "Email"]  # fmt: skip
    rows = [
        [1, "Tôn Nữ Thị", "Hà", "Nữ", datetime(1996, 4, 5), "Kinh", "Chuyên viên", 905111222,
         "ha.tnt@snv.gov.vn"],
        [2, "Âu Dương", "Phong", "Nam", "07/08/1995", "Kinh", "Phó Chánh Văn phòng",
         "0912.345.678", None],
        [3, _nfd("Nguyễn Thị"), _nfd("Ánh"), "nữ", 1997, "Chăm", "Văn thư", "0358 001 122",
         None],
        [4, "Lê Thị", "Hoa", "NỮ", "1998", "Kinh", "Kế toán", "091-777-8888", None],
        [5, _nfd("Lê Thị"), _nfd("Hoa"), _nfd("Nữ"), "12/01/2000", "Kinh", "Chuyên viên",
         "+84 912 000 111", None],
        [6, "Đinh Văn", "Đức", "Nam", datetime(1993, 2, 28), "Mường", "Chuyên viên", None,
         None],
    ]  # fmt: skip
    for c, value in enumerate(header, start=1):
        ws.cell(6, c, value)
    for r, values in enumerate(rows, start=7):
        for c, value in enumerate(values, start=1):
            if value is not None:
                cell = ws.cell(r, c, value)
                if isinstance(value, datetime):
                    cell.number_format = _DATE
    _put(ws, "A13", "Tổng số: 6 đoàn viên")
    _put(ws, "F15", "Phan Rang, ngày 05 tháng 01 năm 2026")
    _put(ws, "B16", "NGƯỜI LẬP DANH SÁCH")
    _put(ws, "F16", "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ")
    _put(ws, "B19", "Đinh Văn Đức")
    _put(ws, "F19", "Trần Văn Bảy")
    for ref in ("A1:C1", "F1:I1", "A2:C2", "A4:I4", "A13:C13"):
        ws.merge_cells(ref)


def _legacy_list(wb: Workbook, font: str, title_font: str, texts: dict[str, str]) -> None:
    """A list typed in a legacy encoding: every cell in ``font``, the title in ``title_font``."""
    ws = wb.active
    ws.title = "Danh sach"
    _put(ws, "A1", texts["title"], Font(name=title_font, bold=True, size=14))
    header = ["STT", texts["name"], texts["birth"], texts["gender"], texts["position"],
              texts["phone"]]  # fmt: skip
    rows = [
        [1, texts["an"], "12/03/1995", "Nam", texts["specialist"], "0912345678"],
        [2, texts["ngoc"], "05/12/1996", texts["female"], texts["accountant"], "0987654321"],
        [3, texts["thang"], "1994", "Nam", texts["clerk"], None],
    ]
    cells = [(3, header), *((r, values) for r, values in enumerate(rows, start=4))]
    for r, values in cells:
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(r, c, value).font = Font(name=font, size=13)


# TCVN3 (ABC): each byte of the .VnTime font shows as the Latin-1 character of that number.
_TCVN3 = {
    "title": "danh s\u00b8ch \u00aeo\u00b5n vi\u00aan",  # DANH SÁCH ĐOÀN VIÊN in .VnTimeH
    "name": "H\u00e4 v\u00b5 t\u00aan",  # Họ và tên
    "birth": "Ng\u00b5y sinh",  # Ngày sinh
    "gender": "Gi\u00edi t\u00ddnh",  # Giới tính
    "position": "Ch\u00f8c v\u00f4",  # Chức vụ
    "phone": "\u00a7i\u00d6n tho\u00b9i",  # Điện thoại
    "an": "Nguy\u00d4n V\u00a8n An",  # Nguyễn Văn An
    "ngoc": "Tr\u00c7n Th\u00de B\u00b6o Ng\u00e4c",  # Trần Thị Bảo Ngọc
    "thang": "L\u00aa B\u00b6o Th\u00beng",  # Lê Bảo Thắng
    "female": "N\u00f7",  # Nữ
    "specialist": "Chuy\u00aan vi\u00aan",  # Chuyên viên
    "accountant": "K\u00d5 to\u00b8n",  # Kế toán
    "clerk": "V\u00a8n th\u00ad",  # Văn thư (ư is byte 0xAD)
}
# VNI Windows (VNI-Times): a base letter followed by a modifier byte.
_VNI = {
    "title": "DANH SA\u00d9CH \u00d1OA\u00d8N VIE\u00c2N",  # DANH SÁCH ĐOÀN VIÊN
    "name": "Ho\u00ef va\u00f8 te\u00e2n",  # Họ và tên
    "birth": "Nga\u00f8y sinh",  # Ngày sinh
    "gender": "Gi\u00f4\u00f9i t\u00ednh",  # Giới tính
    "position": "Ch\u00f6\u00f9c vu\u00ef",  # Chức vụ
    "phone": "\u00d1ie\u00e4n thoa\u00efi",  # Điện thoại
    "an": "Nguye\u00e3n Va\u00ean An",  # Nguyễn Văn An
    "ngoc": "Tra\u00e0n Th\u00f2 Ba\u00fbo Ngo\u00efc",  # Trần Thị Bảo Ngọc
    "thang": "Le\u00e2 Ba\u00fbo Tha\u00e9ng",  # Lê Bảo Thắng
    "female": "N\u00f6\u00f5",  # Nữ
    "specialist": "Chuye\u00e2n vie\u00e2n",  # Chuyên viên
    "accountant": "Ke\u00e1 toa\u00f9n",  # Kế toán
    "clerk": "Va\u00ean th\u00f6",  # Văn thư
}

BUILDERS: dict[str, Callable[[Workbook], None]] = {
    "office-list.xlsx": _office_list,
    "split-names.xlsx": _split_names,
    "tcvn3.xlsx": lambda wb: _legacy_list(wb, ".VnTime", ".VnTimeH", _TCVN3),
    "vni.xlsx": lambda wb: _legacy_list(wb, "VNI-Times", "VNI-Times", _VNI),
}


def workbook_bytes(name: str) -> bytes:
    """The fixture ``name`` as .xlsx bytes, the same on every run."""
    wb = Workbook()
    BUILDERS[name](wb)
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving; a fixed one keeps the bytes stable.
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>" + _FIXED_TIME.encode(),
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)
    return out.getvalue()


def write(folder: Path) -> list[Path]:
    """Write every fixture into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in BUILDERS:
        path = folder / name
        path.write_bytes(workbook_bytes(name))
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else FOLDER
    for path in write(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
