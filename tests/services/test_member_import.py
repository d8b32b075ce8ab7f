"""Importing office member lists: reading, preview, matching and the atomic apply."""

from __future__ import annotations

import re
import sqlite3
import string
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from bamtrachnhiem import messages
from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.legacy import _from_unicode
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member
from bamtrachnhiem.exchange.member_list import (
    FIELDS,
    ImportRow,
    MemberListPreview,
    read_member_list,
)
from bamtrachnhiem.exchange.workbook_safety import OLE2_MAGIC
from bamtrachnhiem.messages.member_import import MESSAGES
from bamtrachnhiem.services import member_import
from tests import member_lists as lists


def _book(
    tmp_path: Path,
    rows: list[list[Any]],
    *,
    fonts: dict[str, str] | None = None,
    epoch_1904: bool = False,
    name: str = "ds.xlsx",
) -> Path:
    """Write ``rows`` (from A1) to a workbook; ``fonts`` maps cell refs to font names."""
    wb = openpyxl.Workbook()
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Danh sách"
    for row in rows:
        ws.append(row)
    for ref, font in (fonts or {}).items():
        ws[ref].font = Font(name=font)
    path = tmp_path / name
    wb.save(path)
    return path


def _members(preview: MemberListPreview) -> dict[str, Member]:
    return {r.member.full_name: r.member for r in preview.rows if r.action == "create"}


def _row(preview: MemberListPreview, number: int) -> ImportRow:
    return next(r for r in preview.rows if r.row == number)


def _stored(ctx: AppContext) -> dict[str, list[Member]]:
    found: dict[str, list[Member]] = {}
    for member in ctx.members.find():
        found.setdefault(member.full_name, []).append(member)
    return found


# --- the office list: the committed fixture, and the shared sample when present -----------


def test_office_list_gives_exactly_its_twelve_members(office_list: Path) -> None:
    """The office list yields its 12 members, header and columns recognised, no errors."""
    preview = read_member_list(office_list)
    assert preview.sheet == lists.OFFICE_SHEET
    assert preview.header_row == lists.OFFICE_HEADER_ROW
    assert preview.counts["create"] == lists.OFFICE_COUNT
    assert preview.counts["error"] == 0
    assert len([r for r in preview.rows if r.member is not None]) == lists.OFFICE_COUNT
    assert sorted(r.member.full_name for r in preview.rows if r.member) == sorted(
        lists.OFFICE_ORDER
    )
    assert preview.mapping["full_name"] == 1
    assert (preview.mapping["male_mark"], preview.mapping["female_mark"]) == (3, 4)


def test_office_list_birth_dates_read_day_first(office_list: Path) -> None:
    """Text and real dates are day-first; a bare year gives a birth year without a date."""
    found = _members(read_member_list(office_list))
    for name, (born, year, _phone) in lists.OFFICE_MEMBERS.items():
        assert (found[name].birth_date, found[name].birth_year) == (born, year), name
    assert found["Trần Thị Bích Ngọc"].birth_date == date(1996, 12, 5)  # not 12 May
    assert found["Nguyễn Văn An"].joined_union_date == date(2012, 3, 26)


def test_office_list_same_name_is_two_people_both_flagged(office_list: Path) -> None:
    """Both "Nguyễn Văn Hùng" rows are imported and each is flagged as a possible duplicate."""
    preview = read_member_list(office_list)
    name, rows = lists.OFFICE_DUPLICATE
    hung = [r for r in preview.rows if r.member and r.member.full_name == name]
    assert [r.row for r in hung] == rows
    assert all(r.action == "create" for r in hung)
    assert all(r.is_possible_duplicate for r in hung)
    assert hung[0].warnings[0].code == "possible_duplicate_in_file"  # births differ
    assert hung[0].warnings[0].params["other_rows"] == str(rows[1])
    assert "30/07/1993" in messages.text(hung[0].warnings[0].code, **hung[0].warnings[0].params)
    others = [r for r in preview.rows if r.member and r not in hung]
    assert not any(r.is_possible_duplicate for r in others)


def test_office_list_phones_keep_their_leading_zero(office_list: Path) -> None:
    """Phones typed as numbers, with spaces, hyphens or dots come out as 0-led digits."""
    preview = read_member_list(office_list)
    found = _members(preview)
    for name, (_born, _year, phone) in lists.OFFICE_MEMBERS.items():
        assert found[name].phone == phone, name
    assert _row(preview, 12).member.phone == "0358001122"  # the number 358001122
    assert _row(preview, 14).member.phone == "0358001133"


def test_office_list_totals_and_signature_rows_not_imported(office_list: Path) -> None:
    """The totals row (21) and the signature block (23–28) are skipped, with reasons."""
    preview = read_member_list(office_list)
    totals = lists.OFFICE_TOTALS_ROW
    assert _row(preview, totals).skipped_reason == "member_import_skip_totals"
    for number in lists.OFFICE_SIGNATURE_ROWS:
        row = _row(preview, number)
        assert row.action == "skip" and row.member is None and row.skipped_reason
    names = [r.member.full_name for r in preview.rows if r.member]
    assert names.count("Dương Quốc Việt") == 1  # also the signer, on row 28
    assert not any("lập biểu" in n.lower() or "tổng" in n.lower() for n in names)
    assert all(r.row < totals for r in preview.rows if r.member)
    for row in preview.rows:
        if row.skipped_reason:
            assert row.skipped_reason in MESSAGES


def test_office_list_x_mark_genders(office_list: Path) -> None:
    """An x under "Nam" or "Nữ" of the two-level "Giới tính" header gives the gender."""
    found = _members(read_member_list(office_list))
    for name, member in found.items():
        expected = Gender.FEMALE if name in lists.OFFICE_FEMALE else Gender.MALE
        assert member.gender is expected, name
    assert sum(m.gender is Gender.FEMALE for m in found.values()) == len(lists.OFFICE_FEMALE)


def test_office_list_names_cleaned_and_split(office_list: Path) -> None:
    """Names are trimmed ("  Lê Hoàng Phúc ") and one-column names split on the last word."""
    found = _members(read_member_list(office_list))
    phuc = found["Lê Hoàng Phúc"]
    assert (phuc.family_middle_name, phuc.given_name) == ("Lê Hoàng", "Phúc")
    assert found["Trần Thị Bích Ngọc"].given_name == "Ngọc"


# --- split-names.xlsx: họ đệm and tên apart, one gender column, NFD names -----------------


def test_split_names_list_read_as_written() -> None:
    """Separate họ đệm/tên columns, a one-column gender, and every birth and phone shape."""
    preview = read_member_list(lists.SPLIT_NAMES)
    assert preview.header_row == lists.SPLIT_HEADER_ROW
    assert preview.counts["error"] == 0
    found = {
        r.row: (
            r.member.family_middle_name,
            r.member.given_name,
            r.member.gender.value,
            r.member.birth_date,
            r.member.birth_year,
            r.member.phone,
        )
        for r in preview.rows
        if r.action == "create"
    }
    assert found == lists.SPLIT_MEMBERS
    for row in preview.rows:
        if row.member:
            names = row.member.family_middle_name + row.member.given_name
            assert unicodedata.is_normalized("NFC", names)


def test_split_names_same_name_in_nfc_and_nfd_both_flagged() -> None:
    """ "Lê Thị Hoa" typed in NFC and in NFD is one name: both rows are possible duplicates."""
    preview = read_member_list(lists.SPLIT_NAMES)
    flagged = [r.row for r in preview.rows if r.is_possible_duplicate]
    assert flagged == lists.SPLIT_DUPLICATE_ROWS


def test_split_names_totals_and_signature_not_imported() -> None:
    """The totals row and the signature block, with a member's name in it, are skipped."""
    preview = read_member_list(lists.SPLIT_NAMES)
    assert _row(preview, lists.SPLIT_TOTALS_ROW).skipped_reason == "member_import_skip_totals"
    assert all(_row(preview, r).action == "skip" for r in lists.SPLIT_BELOW_TABLE)
    names = [r.member.full_name for r in preview.rows if r.member]
    assert names.count("Đinh Văn Đức") == 1


def test_split_names_stored_in_nfc(ctx: AppContext) -> None:
    """Importing the list stores every name in NFC; importing it again changes nothing."""
    result = ctx.member_import.apply(ctx.member_import.preview(lists.SPLIT_NAMES))
    assert result.created == len(lists.SPLIT_MEMBERS)
    stored = ctx.members.find()
    assert all(unicodedata.is_normalized("NFC", m.full_name) for m in stored)
    assert len(_stored(ctx)["Lê Thị Hoa"]) == 2
    assert ctx.member_import.preview(lists.SPLIT_NAMES).unchanged == len(lists.SPLIT_MEMBERS)


# --- preview and apply against the database -----------------------------------------------


def test_office_list_imported_then_reimported_changes_nothing(
    ctx: AppContext, office_list: Path
) -> None:
    """A second import of the same file creates nothing: all 12 rows are unchanged."""
    count = lists.OFFICE_COUNT
    first = ctx.member_import.apply(ctx.member_import.preview(office_list))
    assert (first.created, first.updated, first.unchanged) == (count, 0, 0)
    second_preview = ctx.member_import.preview(office_list)
    assert second_preview.counts["unchanged"] == count
    assert second_preview.counts["create"] == 0
    second = ctx.member_import.apply(second_preview)
    assert (second.created, second.updated, second.unchanged) == (0, 0, count)
    assert ctx.members.count() == count
    stored = _stored(ctx)
    assert len(stored["Nguyễn Văn Hùng"]) == 2
    assert all(len(v) == 1 for k, v in stored.items() if k != "Nguyễn Văn Hùng")
    assert stored["Nguyễn Văn An"][0].phone == "0912345678"
    assert stored["Nguyễn Văn An"][0].unit_code == "CD-UBND"


def test_preview_counts_equal_apply_counts(ctx: AppContext, office_list: Path) -> None:
    """Creates, updates and unchanged rows counted by the preview are what apply does."""
    ctx.member_import.apply(ctx.member_import.preview(office_list))
    ngoc = _stored(ctx)["Trần Thị Bích Ngọc"][0]
    ngoc.phone = "0999999999"
    ctx.members.save(ngoc)
    ctx.members.save(Member(family_middle_name="Lê Văn", given_name="Tám"))
    preview = ctx.member_import.preview(office_list)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 1, lists.OFFICE_COUNT - 1)
    result = ctx.member_import.apply(preview)
    counts = (result.created, result.updated, result.unchanged, result.skipped)
    assert counts == (preview.created, preview.updated, preview.unchanged, preview.skipped)
    assert _stored(ctx)["Trần Thị Bích Ngọc"][0].phone == "0987654321"
    assert ctx.members.count() == lists.OFFICE_COUNT + 1


def test_apply_backs_up_before_writing(ctx: AppContext, office_list: Path) -> None:
    """The backup is taken before the import, so it holds the database as it was."""
    result = ctx.member_import.apply(ctx.member_import.preview(office_list))
    assert result.backup_path is not None and result.backup_path.exists()
    assert "before-member-import" in result.backup_path.name
    with sqlite3.connect(result.backup_path) as con:
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 0


def test_apply_is_atomic(
    ctx: AppContext, office_list: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way through leaves the database exactly as before."""
    ctx.members.save(Member(family_middle_name="Lê Văn", given_name="Tám"))
    preview = ctx.member_import.preview(office_list)
    real = member_import.member_row_values
    calls = []

    def failing(member: Member) -> dict:
        calls.append(member)
        if len(calls) == 6:
            raise RuntimeError("disk pulled out")
        return real(member)

    monkeypatch.setattr(member_import, "member_row_values", failing)
    with pytest.raises(RuntimeError):
        ctx.member_import.apply(preview)
    assert len(calls) == 6
    assert [m.full_name for m in ctx.members.find()] == ["Lê Văn Tám"]


def test_apply_refuses_a_stale_preview(ctx: AppContext, office_list: Path) -> None:
    """If members changed after the preview so a row would now differ, nothing is written."""
    preview = ctx.member_import.preview(office_list)
    ctx.members.save(
        Member(family_middle_name="Ngô Thị", given_name="Yến", birth_date=date(1999, 4, 30))
    )
    with pytest.raises(ValidationError) as info:
        ctx.member_import.apply(preview)
    assert info.value.code == "member_import_preview_stale"
    assert ctx.members.count() == 1


def test_update_keeps_values_the_file_leaves_blank(ctx: AppContext, tmp_path: Path) -> None:
    """A blank cell never clears a stored value; a filled one replaces it."""
    stored = ctx.members.save(
        Member(
            family_middle_name="Nguyễn Văn",
            given_name="An",
            birth_date=date(1995, 3, 12),
            email="an@ubnd.gov.vn",
            phone="0911111111",
        )
    )
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Ngày sinh", "Điện thoại", "Email"],
            [1, "Nguyễn Văn An", "12/03/1995", "0912 345 678", None],
        ],
    )
    preview = ctx.member_import.preview(path)
    row = _row(preview, 2)
    assert (row.action, row.existing_id) == ("update", stored.id)
    ctx.member_import.apply(preview)
    after = ctx.members.get(stored.id)
    assert (after.phone, after.email) == ("0912345678", "an@ubnd.gov.vn")


def test_existing_same_name_other_birth_flagged(ctx: AppContext, tmp_path: Path) -> None:
    """A new row named like a stored member born on another day is added, with a warning."""
    ctx.members.save(
        Member(family_middle_name="Nguyễn Văn", given_name="An", birth_date=date(1990, 1, 1))
    )
    path = _book(tmp_path, [["STT", "Họ và tên", "Ngày sinh"], [1, "NGUYỄN VĂN AN", "12/03/1995"]])
    row = _row(ctx.member_import.preview(path), 2)
    assert row.action == "create"
    assert [w.code for w in row.warnings] == ["possible_duplicate_existing"]
    sentence = messages.text(row.warnings[0].code, **row.warnings[0].params)
    assert "12/03/1995" in sentence and "01/01/1990" in sentence


# --- generated workbooks: layouts and cell types ------------------------------------------


def test_separate_family_and_given_name_columns(tmp_path: Path) -> None:
    """Separate "Họ đệm" and "Tên" columns are taken as they are, without re-splitting."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ đệm", "Tên", "Năm sinh"],
            [1, "Tôn Nữ Thị", "Hà", 1996],
            [2, "Âu Dương", "Phong", 1995],
        ],
    )
    preview = read_member_list(path)
    names = [(r.member.family_middle_name, r.member.given_name) for r in preview.rows]
    assert names == [("Tôn Nữ Thị", "Hà"), ("Âu Dương", "Phong")]
    assert preview.mapping == {"family_middle_name": 1, "given_name": 2, "birth": 3}


def test_gender_in_one_column(tmp_path: Path) -> None:
    """A "Giới tính" column reads Nam/Nữ in any case; anything else is a row error."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Giới tính"],
            [1, "Nguyễn Văn An", "Nam"],
            [2, "Trần Thị Bình", "NỮ"],
            [3, "Lê Văn Cường", "x"],
            [4, "Phạm Thị Dung", None],
        ],
    )
    preview = read_member_list(path)
    genders = [r.member.gender for r in preview.rows]
    assert genders[:2] == [Gender.MALE, Gender.FEMALE]
    assert genders[3] is None
    bad = _row(preview, 4)
    assert bad.action == "error"
    assert (bad.errors[0].code, bad.errors[0].cell) == ("member_import_gender_unknown", "C4")


def test_dates_as_text_real_dates_years_and_serials(tmp_path: Path) -> None:
    """Birth as dd/mm/yyyy text, a real date, a bare year (number or text) or a serial."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Ngày sinh", "Ngày vào Đoàn"],
            [1, "Nguyễn Văn An", "05/03/1996", "26/3/2012"],
            [2, "Trần Văn Bình", datetime(1996, 3, 5), date(2012, 3, 26)],
            [3, "Lê Văn Cường", 1994, None],
            [4, "Phạm Văn Dũng", "1994", None],
            [5, "Hoàng Văn Em", 35129, 40994],
        ],
    )
    rows = read_member_list(path).rows
    births = [(r.member.birth_date, r.member.birth_year) for r in rows]
    assert births == [
        (date(1996, 3, 5), 1996),
        (date(1996, 3, 5), 1996),
        (None, 1994),
        (None, 1994),
        (date(1996, 3, 5), 1996),
    ]
    joined = [r.member.joined_union_date for r in rows]
    assert joined == [date(2012, 3, 26), date(2012, 3, 26), None, None, date(2012, 3, 26)]


def test_year_typed_into_a_date_formatted_cell(tmp_path: Path) -> None:
    """1994 typed into a dd/mm/yyyy cell (shown as 1905) is read as the birth year 1994."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Ngày sinh"])
    ws.append([1, "Nguyễn Văn An", 1994])
    ws["C2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    member = read_member_list(path).rows[0].member
    assert (member.birth_date, member.birth_year) == (None, 1994)


def test_excel_serials_honour_the_1904_date_system(tmp_path: Path) -> None:
    """A serial in a 1904-based workbook is counted from 1904, not from 1900."""
    path = _book(
        tmp_path,
        [["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", 35129 - 1462]],
        epoch_1904=True,
    )
    member = read_member_list(path).rows[0].member
    assert member.birth_date == date(1996, 3, 5)


def test_invalid_date_is_a_row_error_naming_the_cell(tmp_path: Path) -> None:
    """An impossible date stops its own row, named by cell, and never the rest of the file."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Ngày sinh"],
            [1, "Nguyễn Văn An", "05/03/1996"],
            [2, "Trần Văn Bình", "31/02/1996"],
            [3, "Lê Văn Cường", "12/13/1996"],
        ],
    )
    preview = read_member_list(path)
    assert [r.action for r in preview.rows] == ["create", "error", "error"]
    issue = _row(preview, 3).errors[0]
    assert (issue.code, issue.row, issue.cell) == ("member_import_invalid_date", 3, "C3")
    sentence = messages.text(issue.code, **issue.params)
    assert "Dòng 3, ô C3" in sentence and "31/02/1996" in sentence
    assert "ngày/tháng/năm" in sentence
    assert _row(preview, 4).errors[0].params["value"] == "12/13/1996"


def test_nfd_names_stored_as_nfc(ctx: AppContext, tmp_path: Path) -> None:
    """Decomposed names (macOS, Unikey tổ hợp) are stored in NFC and match NFC searches."""
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert nfd != "Nguyễn Thị Ánh"
    path = _book(tmp_path, [["STT", "Họ và tên", "Năm sinh"], [1, nfd, 1996]])
    ctx.member_import.apply(ctx.member_import.preview(path))
    stored = ctx.members.find()[0]
    assert stored.full_name == "Nguyễn Thị Ánh"
    assert unicodedata.is_normalized("NFC", stored.given_name + stored.family_middle_name)
    # The same list typed in NFC is the same person.
    again = _book(
        tmp_path, [["STT", "Họ và tên", "Năm sinh"], [1, "Nguyễn Thị Ánh", 1996]], name="b.xlsx"
    )
    assert ctx.member_import.preview(again).counts["unchanged"] == 1


def _legacy_book(tmp_path: Path) -> Path:
    return _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Chức vụ"],
            [1, "NguyÔn V¨n An", "Chuyên viên"],
            [2, _from_unicode("Trần Thị Bảo Ngọc", "vni"), "Kế toán"],
            [3, "Lê Văn Cường", "Văn thư"],
        ],
        fonts={"B2": ".VnTime", "B3": "VNI-Times"},
    )


def test_legacy_text_converted_only_when_asked(tmp_path: Path) -> None:
    """TCVN3 (.VnTime) and VNI (VNI-Times) names become Unicode with convert_legacy=True."""
    preview = read_member_list(_legacy_book(tmp_path), convert_legacy=True)
    names = [r.member.full_name for r in preview.rows]
    assert names == ["Nguyễn Văn An", "Trần Thị Bảo Ngọc", "Lê Văn Cường"]
    assert preview.convert_legacy and preview.legacy_count == 2
    assert not any(r.warnings for r in preview.rows)


def test_legacy_text_warned_not_converted_by_default(tmp_path: Path) -> None:
    """Without conversion the preview names the encoding, gives samples and warns per row."""
    preview = read_member_list(_legacy_book(tmp_path))
    assert preview.legacy_encoding in ("tcvn3", "vni")
    assert ("NguyÔn V¨n An", "Nguyễn Văn An") in preview.legacy_samples
    first, second, third = preview.rows
    assert first.member.full_name == "NguyÔn V¨n An"  # kept as read, but never silently
    assert [w.code for w in first.warnings] == ["legacy_encoding_suspected"]
    assert first.warnings[0].params["encoding"] == "TCVN3"
    assert second.warnings[0].params["encoding"] == "VNI"
    assert second.warnings[0].params["converted"] == "Trần Thị Bảo Ngọc"
    assert first.warnings[0].cell == "B2"
    assert not third.warnings


def test_tcvn3_header_row_recognised(tmp_path: Path) -> None:
    """Headers typed in TCVN3 are still recognised, since they are matched after decoding."""
    path = _book(
        tmp_path,
        [["STT", "Hä vµ tªn", "Ngµy sinh"], [1, "Nguyễn Văn An", "05/03/1996"]],
        fonts={"B1": ".VnTime", "C1": ".VnTime"},
    )
    preview = read_member_list(path)
    assert preview.mapping == {"full_name": 1, "birth": 2}
    assert preview.rows[0].member.birth_date == date(1996, 3, 5)


def test_header_below_a_title_block(tmp_path: Path) -> None:
    """The header is found under title lines, and a column-number row under it is skipped."""
    path = _book(
        tmp_path,
        [
            ["ĐOÀN XÃ PHƯỚC DÂN", None, "ĐOÀN TNCS HỒ CHÍ MINH"],
            ["CHI ĐOÀN CƠ QUAN"],
            [],
            ["DANH SÁCH ĐOÀN VIÊN NĂM 2026"],
            ["TT", "Họ tên", "Ngày tháng năm sinh", "Dân tộc", "Chức danh", "SĐT", "Đảng viên"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            [1, "Nguyễn Văn An", "05/03/1996", "Kinh", "Chuyên viên", 912345678, "x"],
            ["I", "Phòng Nội vụ"],
            [2, "Trần Văn Bình", "06/04/1997", "Chăm", "Văn thư", "0905 111 222", None],
        ],
    )
    preview = read_member_list(path)
    assert preview.header_row == 5
    assert _row(preview, 6).skipped_reason == "member_import_skip_numbering"
    assert _row(preview, 8).skipped_reason == "member_import_skip_section"
    an, binh = (r.member for r in preview.rows if r.member)
    assert (an.ethnicity, an.position, an.phone, an.party_member) == (
        "Kinh",
        "Chuyên viên",
        "0912345678",
        True,
    )
    assert (binh.ethnicity, binh.party_member) == ("Chăm", False)


def test_unmerged_two_level_gender_header(tmp_path: Path) -> None:
    """Sub-headers "Nam" | "Nữ" under an unmerged "Giới tính" still make x-mark columns."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Giới tính", None, "Ngày sinh"],
            [None, None, "Nam", "Nữ", None],
            [1, "Nguyễn Văn An", "x", None, "05/03/1996"],
            [2, "Trần Thị Bình", None, "X", "06/04/1997"],
        ],
    )
    preview = read_member_list(path)
    assert (preview.mapping["male_mark"], preview.mapping["female_mark"]) == (2, 3)
    assert [r.member.gender for r in preview.rows] == [Gender.MALE, Gender.FEMALE]


def test_list_without_row_numbers_keeps_look_alike_members(tmp_path: Path) -> None:
    """Without an STT column, names like Tống/Công and the position "Bí thư" stay members."""
    path = _book(
        tmp_path,
        [
            ["Họ và tên", "Chức vụ"],
            ["Tống Văn An", "Bí thư Chi đoàn"],
            ["Công Thị Hoa", "Chuyên viên"],
            ["Cộng: 2 đoàn viên", None],
            [None, "Phước Dân, ngày 20 tháng 11 năm 2026"],
            ["NGƯỜI LẬP BIỂU", "BÍ THƯ"],
            ["Trần Văn Lập", "Tống Văn An"],
        ],
    )
    preview = read_member_list(path)
    assert [r.member.full_name for r in preview.rows if r.member] == [
        "Tống Văn An",
        "Công Thị Hoa",
    ]
    assert _row(preview, 4).skipped_reason == "member_import_skip_totals"
    assert _row(preview, 5).skipped_reason == "member_import_skip_signature"
    assert _row(preview, 7).skipped_reason == "member_import_skip_below_table"


def test_birth_written_under_gender_columns(tmp_path: Path) -> None:
    """With "Ngày sinh" over "Nam" | "Nữ", the column holding the date gives the gender."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Ngày sinh", None])
    ws.append([None, None, "Nam", "Nữ"])
    ws.append([1, "Nguyễn Văn An", "05/03/1996", None])
    ws.append([2, "Trần Thị Bình", None, "06/04/1997"])
    for ref in ("A1:A2", "B1:B2", "C1:D1"):
        ws.merge_cells(ref)
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    an, binh = (r.member for r in read_member_list(path).rows)
    assert (an.gender, an.birth_date) == (Gender.MALE, date(1996, 3, 5))
    assert (binh.gender, binh.birth_date) == (Gender.FEMALE, date(1997, 4, 6))


def test_employment_kind_and_department_merged_down(tmp_path: Path) -> None:
    """Kinds are matched folded; a department merged over rows belongs to each of them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Phòng ban", "Công chức/viên chức/hợp đồng"])
    ws.append([1, "Nguyễn Văn An", "Phòng Nội vụ", "Công chức"])
    ws.append([2, "Trần Văn Bình", None, "VIEN CHUC"])
    ws.append([3, "Lê Văn Cường", "Phòng Tư pháp", "HĐ 68"])
    ws.append([4, "Phạm Văn Dũng", None, "thực tập"])
    ws.merge_cells("C2:C3")
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    preview = read_member_list(path)
    kinds = [r.member.employment_kind for r in preview.rows]
    assert kinds == [
        EmploymentKind.CIVIL_SERVANT,
        EmploymentKind.PUBLIC_EMPLOYEE,
        EmploymentKind.CONTRACT,
        None,
    ]
    assert [r.member.department for r in preview.rows][:2] == ["Phòng Nội vụ"] * 2
    assert _row(preview, 5).warnings[0].code == "member_import_employment_kind_unknown"


def test_user_corrected_mapping_is_used(tmp_path: Path) -> None:
    """A mapping passed by the user replaces the detected one."""
    path = _book(
        tmp_path,
        [
            ["STT", "Họ và tên", "Ngày sinh", "Ghi chú"],
            [1, "Nguyễn Văn An", None, "05/03/1996"],
        ],
    )
    assert read_member_list(path).rows[0].member.birth_date is None
    mapping = {"full_name": 1, "birth": 3}
    preview = read_member_list(path, mapping=mapping)
    assert preview.mapping == mapping
    assert preview.rows[0].member.birth_date == date(1996, 3, 5)
    assert preview.rows[0].member.notes == ""


def test_unrecognised_headers_need_a_header_row_and_mapping(tmp_path: Path) -> None:
    """Headers nobody recognises refuse the file, naming the expected ones, until mapped."""
    path = _book(tmp_path, [["No.", "Member", "Born"], [1, "Nguyễn Văn An", "05/03/1996"]])
    with pytest.raises(ValidationError) as info:
        read_member_list(path)
    assert info.value.code == "member_import_no_header"
    sentence = messages.describe(info.value)
    assert "ds.xlsx" in sentence and "Danh sách" in sentence and "Họ và tên" in sentence
    preview = read_member_list(path, mapping={"full_name": 1, "birth": 2}, header_row=1)
    assert preview.rows[0].member.birth_date == date(1996, 3, 5)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"sheet": "Không có"}, "member_import_sheet_not_found"),
        ({"mapping": {"birth": 2}}, "member_import_no_name_column"),
        ({"mapping": {"full_name": 1, "tuổi": 2}}, "member_import_bad_mapping"),
        ({"mapping": {"full_name": -1}}, "member_import_bad_mapping"),
    ],
)
def test_file_level_problems_refused(tmp_path: Path, kwargs: dict, code: str) -> None:
    """A missing sheet or an unusable mapping refuses the file with a message naming it."""
    path = _book(tmp_path, [["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", None]])
    with pytest.raises(ValidationError) as info:
        read_member_list(path, **kwargs)
    assert info.value.code == code
    assert "ds.xlsx" in messages.describe(info.value)


def test_hostile_file_refused_before_reading(ctx: AppContext, tmp_path: Path) -> None:
    """An OLE2 file named .xlsx is refused by the safety check; nothing is written."""
    path = tmp_path / "ds.xlsx"
    path.write_bytes(OLE2_MAGIC + b"\x00" * 1024)
    with pytest.raises(ValidationError) as info:
        ctx.member_import.preview(path)
    assert info.value.code == "xlsx_is_ole2"
    assert ctx.members.count() == 0


def test_every_issue_has_a_complete_message(tmp_path: Path, office_list: Path) -> None:
    """Every code raised has Vietnamese and English text whose placeholders its params fill."""
    paths = [office_list, lists.SPLIT_NAMES, lists.TCVN3_LIST, lists.VNI_LIST]
    paths.append(_legacy_book(tmp_path))
    paths.append(
        _book(
            tmp_path,
            [
                ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Email", "Điện thoại"],
                [1, "Nguyễn Văn An", "?", "31/02/1996", "an@", "12345"],
                [2, None, "Nam", "1996", None, None],
                [3, "Lê Văn Cường", "Nam", "01/01/2099", None, None],
            ],
            name="bad.xlsx",
        )
    )
    codes = set()
    for path in paths:
        for row in read_member_list(path).rows:
            for issue in row.errors + row.warnings:
                codes.add(issue.code)
                for lang in ("vi", "en"):
                    sentence = messages.text(issue.code, lang, **issue.params)
                    assert "{" not in sentence, sentence
                    assert f"{issue.row}" in sentence
    assert {
        "member_import_gender_unknown",
        "member_import_invalid_date",
        "member_import_phone_suspect",
        "member_import_name_missing",
        "member_import_birth_out_of_range",
        "member_import_email_invalid",
        "legacy_encoding_suspected",
        "possible_duplicate_in_file",
    } <= codes


def test_message_placeholders_agree_between_languages() -> None:
    """The Vietnamese and English sentences of each code use the same placeholders."""
    fields = string.Formatter()
    for code, (vi, en) in MESSAGES.items():
        vi_names = {f for _, f, _, _ in fields.parse(vi) if f}
        en_names = {f for _, f, _, _ in fields.parse(en) if f}
        assert vi_names == en_names, code
        if code.startswith("member_import_skip_"):
            assert not vi_names, code  # shown without parameters
    assert set(FIELDS) >= {"full_name", "male_mark", "female_mark", "birth", "phone"}
    assert not [c for c in MESSAGES if not re.fullmatch(r"[a-z0-9_]+", c)]


# --- legacy lists: never stored unconverted ---------------------------------------------------


@pytest.mark.parametrize("encoding", sorted(lists.LEGACY_LISTS))
def test_legacy_fixture_converted_when_asked(encoding: str) -> None:
    """The TCVN3 (.VnTime) and VNI (VNI-Times) lists, headers too, convert to Unicode."""
    preview = read_member_list(lists.LEGACY_LISTS[encoding], convert_legacy=True)
    assert (preview.legacy_encoding, preview.header_row) == (encoding, 3)
    found = {
        r.row: (r.member.full_name, r.member.gender.value, r.member.position)
        for r in preview.rows
        if r.action == "create"
    }
    assert found == lists.LEGACY_MEMBERS


@pytest.mark.parametrize("encoding", sorted(lists.LEGACY_LISTS))
def test_apply_refuses_unconverted_legacy_text(
    ctx: AppContext, snapshot: Any, encoding: str
) -> None:
    """A preview that found legacy text and did not convert it is refused, before any backup."""
    preview = ctx.member_import.preview(lists.LEGACY_LISTS[encoding])
    before = snapshot(ctx.database.path)
    with pytest.raises(ValidationError) as info:
        ctx.member_import.apply(preview)
    assert info.value.code == "member_import_legacy_not_converted"
    params = info.value.params
    assert (params["encoding"], params["cell"], params["row"]) == (
        encoding.upper(),
        lists.LEGACY_FIRST_CELL,
        4,
    )
    assert params["column"] == "Họ và tên"
    sentence = messages.describe(info.value)
    assert lists.LEGACY_LISTS[encoding].name in sentence and lists.LEGACY_SHEET in sentence
    assert snapshot(ctx.database.path) == before
    assert ctx.members.count() == 0
    assert not list(ctx.database.path.parent.glob("*-backups/*"))


def test_legacy_refusal_only_for_unconverted_legacy_text(ctx: AppContext) -> None:
    """No refusal for a Unicode list, nor for a legacy list read with conversion."""
    assert member_import.legacy_refusal(ctx.member_import.preview(lists.SPLIT_NAMES)) is None
    converted = ctx.member_import.preview(lists.TCVN3_LIST, convert_legacy=True)
    assert member_import.legacy_refusal(converted) is None
    result = ctx.member_import.apply(converted)
    assert result.created == len(lists.LEGACY_MEMBERS)
    assert "Nguyễn Văn An" in _stored(ctx)
