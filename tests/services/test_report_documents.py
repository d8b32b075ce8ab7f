"""The sơ kết 6 tháng report printed: at a branch, at the district and at a province of the demo
world, as PDF (read back with poppler) and as .xlsx (opened by LibreOffice), its figures the
independent count of the branches' files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.consolidation import Period
from bamtrachnhiem.domain.reports import ReportKind
from tests.documents.reading import libreoffice_pdf, page_sizes, page_texts, pdf_text
from tests.services.test_consolidation import H1, _summed, count

YEAR = 2026


@pytest.fixture(scope="module")
def counted(full_world) -> dict[str, dict]:
    return {b.code: count(b.db, H1) for b in full_world.branches}


def _level(full_world, counted, level: str) -> tuple[Path, dict, str]:
    """(database, expected figures, the unit's code) of a level of the demo world."""
    if level == "branch":
        branch = full_world.branches[0]
        return branch.db, counted[branch.code], branch.code
    total = _summed(list(counted.values()))
    if level == "district":
        return full_world.upper_db, total, full_world.upper_code
    return full_world.spec.province_db, total, "TD-QNGAI"


@pytest.mark.parametrize("level", ["branch", "district", "province"])
def test_the_sơ_kết_report_prints_in_the_đoàn_layout(full_world, counted, level, tmp_path):
    """Header, number, place and date, title and trích yếu, the five sections, Nơi nhận,
    the signature; then the annex in landscape (by member at a branch, by unit above), with
    the figures of the independent count."""
    source, expected, code = _level(full_world, counted, level)
    db = tmp_path / source.name
    shutil.copy(source, db)
    ctx = open_context(db)
    try:
        report = ctx.reports.make(ReportKind.H1, YEAR)
        report = ctx.reports.issue(report.id, number="07")
        unit = ctx.units.own_unit()
        pdf = ctx.reports.export(report.id, tmp_path / "r.pdf", "pdf")
        xlsx = ctx.reports.export(report.id, tmp_path / "r.xlsx", "xlsx")
    finally:
        ctx.close()
    assert unit is not None and unit.code == code
    text = pdf_text(pdf)
    pages = page_texts(pdf)
    sizes = page_sizes(pdf)
    for line in (
        unit.issuing_body,
        "ĐOÀN TNCS HỒ CHÍ MINH",
        f"Số: 07-BC/{unit.doc_symbol}",
        f"{unit.place_name}, ngày",
        "BÁO CÁO",
        "Sơ kết 6 tháng đầu năm thực hiện phong trào",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ THỰC HIỆN",
        "III. ĐÁNH GIÁ",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
        "Nơi nhận:",
        "TM. BAN THƯỜNG VỤ" if unit.has_standing_committee else "TM. BAN CHẤP HÀNH",
        unit.signer_name,
        "PHỤ LỤC",
    ):
        assert line in text, line
    pct = f"{round(expected['pledged'] * 100 / expected['members'], 1):g}".replace(".", ",")
    assert f"{expected['pledged']}/{expected['members']} đoàn viên ({pct}%)" in text
    assert f"{expected['assessed']}/{expected['expected']} lượt đoàn viên được đánh giá" in text
    # Portrait body, landscape annex; the annex holds members at a branch, units above.
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]
    annex = pages[-1]
    if level == "branch":
        assert "Họ và tên" in annex
    else:
        shown = " ".join(annex.replace("\u00a0", " ").split())
        for branch in full_world.branches:
            assert branch.name in shown, branch.name
        assert "Tổng cộng" in annex
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Báo cáo", "Phụ lục"]
    values = [c.value for row in book["Phụ lục"].iter_rows() for c in row]
    assert expected["members"] in values  # numbers stay numbers
    # LibreOffice opens the workbook (it refuses to convert one it would have to repair).
    converted = libreoffice_pdf(xlsx, tmp_path)
    lo_text = pdf_text(converted)
    assert f"Số: 07-BC/{unit.doc_symbol}" in lo_text
    assert ("Họ và tên" if level == "branch" else "Tổng cộng") in lo_text


def test_a_received_report_prints_its_recomputed_annex(full_world, tmp_path):
    """At the province the district's report prints with its text as sent and an annex
    computed from the data received, which it says."""
    ctx = open_context(full_world.spec.province_db, read_only=True)
    try:
        report = next(r for r in ctx.reports.find(YEAR) if r.unit_code == full_world.upper_code)
        document = ctx.reports.document(report)
        pdf = ctx.reports.export(report.id, tmp_path / "hd.pdf", "pdf")
    finally:
        ctx.close()
    assert document.annexes[0].subtitle.startswith("(Kèm theo Báo cáo số 18-BC/HĐTN")
    text = pdf_text(pdf)
    assert "Phụ lục do đơn vị nhận báo cáo tính từ dữ liệu các đơn vị đã gửi." in text
    assert report.parts[2].split("\n")[0] in text  # the district's own words arrived


def test_the_consolidation_tables_print(full_world, tmp_path):
    """The by-unit, by-month, ranking and history tables build documents that render."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        period = Period(YEAR, 1, 12)
        table = ctx.consolidation.by_unit(period)
        documents = [
            ctx.consolidation.units_document(table),
            ctx.consolidation.units_document(table, "Chi đoàn"),
            ctx.consolidation.months_document(ctx.consolidation.by_month(YEAR), YEAR),
            ctx.consolidation.ranking_document(
                ctx.consolidation.ranking(period, "mean"), "mean", "Điểm bình quân", period
            ),
            ctx.consolidation.history_document(
                ctx.consolidation.unit_history(), "Huyện đoàn Bình Sơn"
            ),
            ctx.consolidation.rollup_document(ctx.campaigns.rollups(YEAR)[0]),
        ]
        for number, document in enumerate(documents):
            pdf = ctx.documents.write_pdf(document, tmp_path / f"t{number}.pdf")
            ctx.documents.write_xlsx(document, tmp_path / f"t{number}.xlsx")
            assert document.title.split(" ")[0] in pdf_text(pdf)
    finally:
        ctx.close()
    text = pdf_text(tmp_path / "t0.pdf")
    assert "Tổng cộng" in text
    for branch in full_world.branches:
        assert branch.name.split(" ")[-1] in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_report_renders_to_pictures(full_world, tmp_path):
    """Every page of the district's report renders with pdftoppm (what the docs' pictures
    are made with)."""
    ctx = open_context(full_world.upper_db, read_only=True)
    try:
        report = next(r for r in ctx.reports.find(YEAR) if r.unit_code == full_world.upper_code)
        pdf = ctx.reports.export(report.id, tmp_path / "hd.pdf", "pdf")
    finally:
        ctx.close()
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == len(page_sizes(pdf))
