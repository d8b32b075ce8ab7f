"""The member-list workbooks the import tests read, and what each of them holds.

The committed fixtures (``tests/fixtures/member_lists/``, written by
``scripts/make_member_list_fixtures.py``) are always there. The office sample in
``../shared/samples`` is added as a second case when it is beside the repository: the choice
is made when tests are collected, so a plain checkout runs every test on the fixtures and
skips none.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "member_lists"
SCRIPT = ROOT / "scripts" / "make_member_list_fixtures.py"
SAMPLE = ROOT.parent / "shared" / "samples" / "danh-sach-doan-vien-co-quan.xlsx"

OFFICE_LIST = FIXTURES / "office-list.xlsx"
SPLIT_NAMES = FIXTURES / "split-names.xlsx"
TCVN3_LIST = FIXTURES / "tcvn3.xlsx"
VNI_LIST = FIXTURES / "vni.xlsx"


def office_list_params() -> list:
    """The office-shaped lists: the committed fixture, then the shared sample if present."""
    params = [pytest.param(OFFICE_LIST, id="fixture")]
    if SAMPLE.is_file():
        params.append(pytest.param(SAMPLE, id="shared-sample"))
    return params


def fixture_script() -> ModuleType:
    """``scripts/make_member_list_fixtures.py`` loaded as a module."""
    spec = importlib.util.spec_from_file_location("make_member_list_fixtures", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- what the office list holds (the fixture mirrors the shared sample cell for cell) -------

OFFICE_SHEET = "DS doan vien"
OFFICE_HEADER_ROW = 6
OFFICE_COUNT = 12
OFFICE_TOTALS_ROW = 21
OFFICE_SIGNATURE_ROWS = (23, 24, 25, 28)
OFFICE_DUPLICATE = ("Nguyễn Văn Hùng", [12, 14])
# Vietnamese display order: by tên, then họ đệm.
OFFICE_ORDER = [
    "Nguyễn Văn An",
    "Huỳnh Ngọc Ẩn",
    "Võ Minh Đức",
    "Phạm Thị Thu Hà",
    "Nguyễn Văn Hùng",
    "Nguyễn Văn Hùng",
    "Trần Thị Bích Ngọc",
    "Bùi Thị Hồng Nhung",
    "Lê Hoàng Phúc",
    "Đặng Thị Ánh Tuyết",
    "Dương Quốc Việt",
    "Ngô Thị Yến",
]
OFFICE_FEMALE = {
    "Trần Thị Bích Ngọc",
    "Phạm Thị Thu Hà",
    "Đặng Thị Ánh Tuyết",
    "Bùi Thị Hồng Nhung",
    "Ngô Thị Yến",
}
# Unique names: birth date (None with a bare year), birth year, phone.
OFFICE_MEMBERS = {
    "Nguyễn Văn An": (date(1995, 3, 12), 1995, "0912345678"),  # a date cell; phone a number
    "Trần Thị Bích Ngọc": (date(1996, 12, 5), 1996, "0987654321"),  # "05/12/1996" text
    "Lê Hoàng Phúc": (None, 1994, ""),  # "1994" text
    "Phạm Thị Thu Hà": (date(1998, 11, 2), 1998, "0905111222"),  # "0905 111 222"
    "Đặng Thị Ánh Tuyết": (date(1999, 12, 31), 1999, "0369888777"),
    "Võ Minh Đức": (date(1992, 2, 29), 1992, ""),
    "Huỳnh Ngọc Ẩn": (date(1996, 6, 6), 1996, "0912345678"),  # "091-234-5678"
    "Bùi Thị Hồng Nhung": (date(2000, 8, 19), 2000, "0912777888"),  # "0912.777.888"
    "Dương Quốc Việt": (date(1991, 9, 2), 1991, "0977123456"),
    "Ngô Thị Yến": (date(1999, 4, 30), 1999, "0938246810"),
}

# --- split-names.xlsx ------------------------------------------------------------------------

SPLIT_HEADER_ROW = 6
SPLIT_TOTALS_ROW = 13
# row: (họ đệm, tên, gender, birth date, birth year, phone), all NFC as stored.
SPLIT_MEMBERS = {
    7: ("Tôn Nữ Thị", "Hà", "Nữ", date(1996, 4, 5), 1996, "0905111222"),
    8: ("Âu Dương", "Phong", "Nam", date(1995, 8, 7), 1995, "0912345678"),
    9: ("Nguyễn Thị", "Ánh", "Nữ", None, 1997, "0358001122"),  # NFD in the file
    10: ("Lê Thị", "Hoa", "Nữ", None, 1998, "0917778888"),
    11: ("Lê Thị", "Hoa", "Nữ", date(2000, 1, 12), 2000, "0912000111"),  # NFD in the file
    12: ("Đinh Văn", "Đức", "Nam", date(1993, 2, 28), 1993, ""),
}
SPLIT_DUPLICATE_ROWS = [10, 11]
SPLIT_BELOW_TABLE = range(14, 20)

# --- tcvn3.xlsx and vni.xlsx -----------------------------------------------------------------

LEGACY_LISTS = {"tcvn3": TCVN3_LIST, "vni": VNI_LIST}
LEGACY_SHEET = "Danh sach"
LEGACY_FIRST_CELL = "B4"
LEGACY_FIRST_TEXT = {"tcvn3": "NguyÔn V¨n An", "vni": "Nguyeãn Vaên An"}
# row: (full name, gender, position) once converted.
LEGACY_MEMBERS = {
    4: ("Nguyễn Văn An", "Nam", "Chuyên viên"),
    5: ("Trần Thị Bảo Ngọc", "Nữ", "Kế toán"),
    6: ("Lê Bảo Thắng", "Nam", "Văn thư"),
}
