"""The workbook renderer: same content as the PDF, typed values, printable page setup, and a
file LibreOffice opens and converts without repair."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from bamtrachnhiem.documents import xlsx
from bamtrachnhiem.documents.model import (
    Column,
    ColumnKind,
    Document,
    Paragraph,
    Table,
)
from bamtrachnhiem.domain.errors import ValidationError
from tests.documents.reading import (
    LONG_UNIT,
    libreoffice_pdf,
    page_sizes,
    pdf_text,
    sample_report,
    vietnamese_letters,
)


def _values(sheet) -> list[object]:
    return [c.value for row in sheet.iter_rows() for c in row if c.value is not None]


def test_sheets_and_content(tmp_path):
    """The report is one sheet, its annex another; header, numbering and signer are there."""
    path = xlsx.write_xlsx(sample_report(), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["BÁO CÁO", "Phụ lục 1"]
    values = _values(book["BÁO CÁO"])
    for expected in (
        "ĐOÀN KHỐI CÁC CƠ QUAN TỈNH",
        "BCH ĐOÀN CƠ QUAN HUYỆN BÌNH SƠN",
        "***",
        "Số: 12-BC/ĐTN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Bình Sơn, ngày 15 tháng 6 năm 2026",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "1. Công tác triển khai",
        "a) Trách nhiệm với công việc",
        "Nơi nhận:",
        "TM. BAN THƯỜNG VỤ",
        "Nguyễn Thị Ngọc Ánh",
    ):
        assert expected in values, expected
    # The header stands in merged cells: the left and right blocks side by side.
    sheet = book["BÁO CÁO"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    left = next(c for c in sheet["A"] if c.value == "BCH ĐOÀN CƠ QUAN HUYỆN BÌNH SƠN")
    assert any(r.startswith(f"A{left.row}:") for r in merged)
    assert sheet.cell(row=1, column=1).font.name == "Times New Roman"


def test_values_are_typed(tmp_path):
    """Numbers stay numbers with their format, dates stay dates; no formulas anywhere."""
    table = Table(
        (
            Column("Tên"),
            Column("Điểm", kind=ColumnKind.NUMBER, decimals=1),
            Column("Số", kind=ColumnKind.NUMBER),
            Column("Ngày", kind=ColumnKind.DATE),
        ),
        rows=(("=1+1", 93.5, 12, date(2026, 3, 5)),),
    )
    path = xlsx.write_xlsx(Document(title="DANH SÁCH", blocks=(table,)), tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(path).active
    row = next(r for r in sheet.iter_rows() if r[1].value == 93.5)
    assert row[1].number_format == "#,##0.0"
    assert row[2].value == 12 and isinstance(row[2].value, int)
    assert row[3].value == datetime(2026, 3, 5) and row[3].number_format == "DD/MM/YYYY"
    assert row[0].value == "=1+1" and row[0].data_type == "s"  # text, never a formula


def test_page_setup_is_printable(tmp_path):
    """A4, portrait body and landscape annex, fit to width, margins, repeated header rows,
    page numbers at the top from page 2."""
    book = openpyxl.load_workbook(xlsx.write_xlsx(sample_report(), tmp_path / "r.xlsx"))
    body, annex = book["BÁO CÁO"], book["Phụ lục 1"]
    for sheet in (body, annex):
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.HeaderFooter.differentFirst and "&P" in str(sheet.oddHeader.center.text)
    assert body.page_setup.orientation == "portrait"
    assert annex.page_setup.orientation == "landscape"
    assert body.page_margins.left == pytest.approx(30 / 25.4, abs=0.01)
    # The two header rows of the by-unit table repeat on every printed page.
    first = next(c.row for c in annex["A"] if c.value == "STT")
    assert annex.print_title_rows.replace("$", "") == f"{first}:{first + 1}"
    assert annex.cell(row=first, column=6).value == "Xếp loại tháng"
    assert annex.cell(row=first + 1, column=6).value == "Xuất sắc"


def test_long_text_gets_taller_rows(tmp_path):
    """A long unit name wraps: its row is taller than a one-line row."""
    book = openpyxl.load_workbook(xlsx.write_xlsx(sample_report(), tmp_path / "r.xlsx"))
    annex = book["Phụ lục 1"]
    long_row = next(c.row for c in annex["B"] if c.value == LONG_UNIT)
    short_row = next(c.row for c in annex["B"] if c.value == "Chi đoàn Trung tâm Y tế")
    assert annex["B"][long_row - 1].alignment.wrap_text
    assert annex.row_dimensions[long_row].height > annex.row_dimensions[short_row].height


def test_libreoffice_converts_without_repair(tmp_path):
    """LibreOffice headless converts the workbook: portrait then landscape A4 pages, with
    every Vietnamese letter intact."""
    letters = vietnamese_letters()
    document = sample_report(blocks=(Paragraph(letters),))
    path = xlsx.write_xlsx(document, tmp_path / "r.xlsx")
    converted = libreoffice_pdf(path, tmp_path)
    text = pdf_text(converted)
    assert letters in text.replace(" ", "")
    assert "Số: 12-BC/ĐTN" in text and "Tổng cộng" in text
    sizes = page_sizes(converted)
    assert sizes[0][0] < sizes[0][1]  # portrait
    assert sizes[-1][0] > sizes[-1][1]  # the annex, landscape


def test_sheet_names_are_valid_and_unique():
    """Titles with forbidden characters or longer than 31 make valid, distinct sheet names."""
    used: set[str] = set()
    first = xlsx._sheet_name("BÁO CÁO 6/2026: [tổng hợp] của các chi đoàn trực thuộc", used)
    second = xlsx._sheet_name("BÁO CÁO 6/2026: [tổng hợp] của các chi đoàn trực thuộc", used)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert not set("[]:*?/\\") & set(first + second)


def test_write_failure_is_a_clear_error(tmp_path):
    """A folder that does not exist is an xlsx_write_failed naming the path."""
    target = tmp_path / "nowhere" / "r.xlsx"
    with pytest.raises(ValidationError) as refused:
        xlsx.write_xlsx(sample_report(), target)
    assert refused.value.code == "xlsx_write_failed"
    assert refused.value.params["path"] == str(target)
    assert not (tmp_path / "nowhere").exists()
