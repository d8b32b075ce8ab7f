"""The printed lists built from the records: what each document says, drawn as PDF and .xlsx."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.documents.model import Document, Section, Table
from bamtrachnhiem.domain.initiatives import Initiative
from bamtrachnhiem.domain.records import Gender, MemberStatus
from tests.documents.reading import page_sizes, pdf_text
from tests.services.test_assessments import YEAR, add_members, fill
from tests.services.test_completeness import build_packets, copy_upper

ON = date(2026, 6, 15)


@pytest.fixture
def unit_ctx(ctx: AppContext) -> AppContext:
    """The own unit with the lines its documents print, and no standing committee."""
    unit = ctx.units.own_unit()
    assert unit is not None
    ctx.units.update(
        replace(
            unit,
            higher_body="ĐOÀN XÃ PHƯỚC DÂN",
            issuing_body="BCH CHI ĐOÀN CƠ QUAN UBND",
            place_name="Phước Dân",
            signer_title="Bí thư",
            signer_name="Trần Thị Bích",
        )
    )
    return ctx


def _tables(document: Document) -> list[Table]:
    return [b for b in document.blocks if isinstance(b, Table)]


def _check_both(ctx: AppContext, document: Document, folder: Path) -> str:
    """Write the document both ways; the PDF's text."""
    pdf = ctx.documents.write_pdf(document, folder / "d.pdf")
    xlsx = ctx.documents.write_xlsx(document, folder / "d.xlsx")
    assert openpyxl.load_workbook(xlsx).sheetnames
    return pdf_text(pdf)


def test_member_list(unit_ctx, tmp_path):
    """Active members in Vietnamese order with birth date, women and Party members marked,
    totals, and the unit's signature (TM. BAN CHẤP HÀNH: no standing committee)."""
    ctx = unit_ctx
    an, bich, *_ = add_members(ctx)
    ctx.members.save(
        replace(
            ctx.members.get(bich.id),
            gender=Gender.FEMALE,
            party_member=True,
            birth_date=date(1995, 2, 3),
            position="Chuyên viên",
        )
    )
    ctx.members.set_status(an.id, MemberStatus.TRANSFERRED, date(2026, 3, 1), "")
    document = ctx.documents.member_list(on=ON)
    assert document.title == "DANH SÁCH ĐOÀN VIÊN"
    rows = _tables(document)[0].all_rows()
    assert [r.cells[1] for r in rows] == [
        "Trần Thị Bích",
        "Võ Quốc Dũng",
        "Lê Minh Đức",
        "Phạm Thu Hà",
    ]
    assert rows[0].cells[2] == date(1995, 2, 3) and rows[0].cells[3] == "x"
    text = _check_both(ctx, document, tmp_path)
    for expected in (
        "ĐOÀN XÃ PHƯỚC DÂN",
        "Phước Dân, ngày 15 tháng 6 năm 2026",
        "03/02/1995",
        "Tổng số: 4 đoàn viên; trong đó nữ: 1, đảng viên: 1.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Trần Thị Bích",
    ):
        assert expected in text, expected
    everyone = ctx.documents.member_list(statuses=list(MemberStatus), on=ON)
    assert len(_tables(everyone)[0].all_rows()) == 5
    assert "Đã chuyển sinh hoạt" in pdf_text(ctx.documents.write_pdf(everyone, tmp_path / "e.pdf"))


def test_scoring_sheet(unit_ctx, tmp_path):
    """A month's sheet: one column per criterion grouped by pillar, totals and bands of the
    assessed, blanks for the others, a column to sign; landscape A4."""
    ctx = unit_ctx
    members = add_members(ctx)
    fill(ctx, 3, members[:2], total=92.0, kind="branch")
    fill(ctx, 3, members[2:3], total=75.0)
    document = ctx.documents.scoring_sheet(YEAR, 3, on=ON)
    table = _tables(document)[0]
    criteria = ctx.years.criteria(YEAR)
    assert len(table.columns) == 2 + len(criteria.criteria) + 5
    assert [g.title for g in table.groups if g.title] == [p.name for p in criteria.pillars]
    by_name = {r.cells[1]: r.cells for r in table.all_rows()}
    assert by_name["Nguyễn Văn An"][-3:-1] == (92.0, "Xuất sắc")
    assert by_name["Võ Quốc Dũng"][-3:-1] == (75.0, "Tốt")
    assert by_name["Phạm Thu Hà"][-3] is None
    text = _check_both(ctx, document, tmp_path)
    assert "THÁNG 3 NĂM 2026" in text and "Ký tên" in text
    assert "Đã đánh giá 3/5 đoàn viên. Xếp loại — Xuất sắc: 2; Tốt: 1; Đạt: 0; Chưa đạt: 0." in text
    width, height = page_sizes(tmp_path / "d.pdf")[0]
    assert width > height


def test_member_year_fits_one_page(unit_ctx, tmp_path):
    """A member's twelve months, quarters and year on one page, signed by both."""
    ctx = unit_ctx
    an = add_members(ctx)[0]
    for month in (1, 2, 3):
        fill(ctx, month, [an], total=90.0)
    document = ctx.documents.member_year(an.id, YEAR, on=ON)
    text = _check_both(ctx, document, tmp_path)
    assert "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM 2026" in text
    assert "Họ và tên: Nguyễn Văn An" in text
    periods = [b for s in document.blocks if isinstance(s, Section) for b in s.blocks][1]
    assert isinstance(periods, Table)
    assert periods.all_rows()[0].cells == ("Quý 1", 3, 90.0, "Xuất sắc")
    assert "Chưa đánh giá" in text
    assert len(page_sizes(tmp_path / "d.pdf")) == 1


def test_year_summary(unit_ctx, tmp_path):
    """The unit's year: quarter means per member, the year's band counts."""
    ctx = unit_ctx
    members = add_members(ctx)
    for month in (1, 2, 3):
        fill(ctx, month, members[:2], total=85.0)
    document = ctx.documents.year_summary(YEAR, on=ON)
    rows = _tables(document)[0].all_rows()
    assert {r.cells[1]: r.cells[2] for r in rows}["Nguyễn Văn An"] == 85.0
    text = _check_both(ctx, document, tmp_path)
    assert "Điểm bình quân quý" in text and "NĂM 2026" in text


def test_initiative_list(unit_ctx, tmp_path):
    """Initiatives with authors, state in Vietnamese and the time they save."""
    ctx = unit_ctx
    an, bich, *_ = add_members(ctx)
    ctx.initiatives.save(
        Initiative(
            title="Số hóa hồ sơ một cửa",
            year=YEAR,
            authors=[an.id, bich.id],
            field="Cải cách hành chính",
            measure_unit="ngày/hồ sơ",
            before_value=3,
            after_value=1,
            dossiers_affected=120,
        )
    )
    document = ctx.documents.initiative_list(year=YEAR, on=ON)
    text = _check_both(ctx, document, tmp_path)
    for expected in (
        "DANH SÁCH SÁNG KIẾN, GIẢI PHÁP NĂM 2026",
        "Số hóa hồ sơ một cửa",
        "Nguyễn Văn An,",
        "Đã đăng ký",
        "240 ngày",
        "Tổng số: 1 sáng kiến, giải pháp.",
    ):
        assert expected in text, expected


def test_completeness_grid(tmp_path_factory, tmp_path):
    """The upper unit's grid: its units, a mark per month, the totals row."""
    packets = build_packets(tmp_path_factory.mktemp("packets"))
    upper = open_context(copy_upper(packets, tmp_path / "upper"))
    try:
        upper.packet_merge.import_files([packets.a[1]])
        document = upper.documents.completeness_grid(2026, on=date(2026, 12, 31))
        table = _tables(document)[0]
        rows = table.all_rows()
        assert rows[-1].bold and rows[-1].cells[0] == "Đã nhận"
        text = _check_both(upper, document, tmp_path)
        assert "TÌNH HÌNH NỘP DỮ LIỆU" in text and "thiếu" in text
    finally:
        upper.close()


def test_screen_table(unit_ctx, tmp_path):
    """A page's table as a paper: numbered rows in the order given, the screen's widths as
    shares, number columns kept as numbers with the decimals they need, landscape when
    wide; the PDF and the workbook both carry it."""
    ctx = unit_ctx
    headers = ["Họ và tên", "Năm", "Điểm", "Số tháng", "Ghi chú", "Đề nghị"]
    rows = [
        ["Trần Thị Bích", 2026, 92.5, 12, "", "x"],
        ["Lê Minh Đức", 2026, 88.25, 11, "Chuyển đến", ""],
        ["Võ Quốc Dũng", 2026, None, "", "", "x"],
    ]
    document = ctx.documents.screen_table(
        "Danh sách xét chọn",
        headers,
        rows,
        widths=[200, 50, 50, 50, 100, 50],
        subject="Năm 2026",
        on=ON,
    )
    assert document.title == "DANH SÁCH XÉT CHỌN" and document.landscape
    table = _tables(document)[0]
    assert [c.title for c in table.columns] == ["STT", *headers]
    assert [(c.kind.value, c.decimals) for c in table.columns[1:5]] == [
        ("text", 0), ("text", 0), ("number", 2), ("text", 0)
    ]  # fmt: skip
    assert table.columns[2].alignment.value == "right"  # whole numbers, as on screen
    assert table.columns[6].alignment.value == "center"  # a column of "x" marks
    assert table.columns[1].width == 4 * table.columns[2].width  # 200 px against 50 px
    assert [r.cells[:2] for r in table.all_rows()] == [
        (1, "Trần Thị Bích"), (2, "Lê Minh Đức"), (3, "Võ Quốc Dũng")
    ]  # fmt: skip
    text = _check_both(ctx, document, tmp_path)
    for expected in ("DANH SÁCH XÉT CHỌN", "Năm 2026", "88,25", "92,5", "Tổng số: 3 dòng."):
        assert expected in text, expected
    assert "2.026" not in text  # a year is not a quantity
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert 88.25 in values and 2026 in values  # numbers stay numbers in the workbook
    narrow = ctx.documents.screen_table("Đợt xét", ["Tên", "Năm"], [["Đợt 1", 2026]])
    assert not narrow.landscape and _tables(narrow)[0].columns[1].width == 1.0
