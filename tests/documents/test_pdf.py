"""The PDF renderer: the Đoàn layout read back from the file (text, pages, positions)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bamtrachnhiem.documents import pdf
from bamtrachnhiem.documents.model import (
    Annex,
    Column,
    ColumnKind,
    Document,
    DocumentNumber,
    Header,
    Paragraph,
    Row,
    Signature,
    Table,
    unit_signature,
)
from bamtrachnhiem.domain.errors import ValidationError
from tests.documents.reading import (
    LONG_UNIT,
    page_sizes,
    page_texts,
    pdf_text,
    sample_report,
    vietnamese_letters,
    words,
)

A4 = (595.3, 841.9)
MM = 72 / 25.4


def _close(size, expected):
    return abs(size[0] - expected[0]) < 1 and abs(size[1] - expected[1]) < 1


def test_report_reads_back_in_order(tmp_path):
    """Header, number, date, title, trích yếu, numbered sections, Nơi nhận and signer appear
    in the layout's order."""
    path = pdf.write_pdf(sample_report(), tmp_path / "r.pdf")
    text = pdf_text(path)
    order = [
        "ĐOÀN KHỐI CÁC CƠ QUAN TỈNH",
        "BCH ĐOÀN CƠ QUAN HUYỆN BÌNH SƠN",
        "***",
        "Số: 12-BC/ĐTN",
        "BÁO CÁO",
        "Sơ kết 6 tháng đầu năm thực hiện phong trào “3 trách nhiệm”",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác triển khai",
        "2. Kết quả đăng ký",
        "a) Trách nhiệm với công việc",
        "b) Trách nhiệm với nhân dân",
        "III. PHƯƠNG HƯỚNG",
        "Nơi nhận:",
        "- BTV Tỉnh Đoàn (b/c);",
        "PHỤ LỤC",
    ]
    positions = [text.find(s) for s in order]
    assert -1 not in positions, [s for s, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    for expected in (
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Bình Sơn, ngày 15 tháng 6 năm 2026",
        "TM. BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Nguyễn Thị Ngọc Ánh",
    ):
        assert expected in text


def test_the_signature_never_stands_alone_on_a_page(tmp_path):
    """However long the body, the last page holds the last paragraph above the signer."""
    base = sample_report(annexes=())
    checked = 0
    for count in range(1, 60):
        filler = tuple(
            Paragraph(f"Đoạn thứ {n}: " + "nội dung báo cáo " * 12) for n in range(count)
        )
        document = replace(base, blocks=(*base.blocks, *filler, Paragraph("Đoạn cuối cùng.")))
        pages = page_texts(pdf.write_pdf(document, tmp_path / f"r{count}.pdf"))
        if len(pages) < 2:
            continue
        checked += 1
        assert "Đoạn cuối cùng." in pages[-1] and "Nguyễn Thị Ngọc Ánh" in pages[-1]
        if checked >= 12:
            break
    assert checked >= 12


def test_header_columns_and_margins(tmp_path):
    """The issuing body stands in the left column, the Union's name in the right, and no
    word crosses the 30 mm left or 15 mm right margin."""
    path = pdf.write_pdf(sample_report(annexes=()), tmp_path / "r.pdf")
    found = words(path)
    union = next(w for w in found if w.text == "TNCS")
    issuing = next(w for w in found if w.text == "BCH")
    assert issuing.x_max < A4[0] / 2 < union.x_min
    assert abs(union.y_min - issuing.y_min) < 25  # both at the top of the page
    assert min(w.x_min for w in found) >= 30 * MM - 0.5
    assert max(w.x_max for w in found) <= A4[0] - 15 * MM + 0.5
    assert min(w.y_min for w in found) >= 20 * MM - 0.5


def test_landscape_annex_and_page_numbers(tmp_path):
    """The body is portrait A4; the annex pages are landscape A4 and repeat the table header;
    page numbers stand at the top centre from page 2, never on page 1."""
    path = pdf.write_pdf(sample_report(), tmp_path / "r.pdf")
    sizes = page_sizes(path)
    assert len(sizes) >= 3
    assert _close(sizes[0], A4)
    assert all(_close(s, (A4[1], A4[0])) for s in sizes[1:])
    texts = page_texts(path)
    for number, text in enumerate(texts[1:], start=2):
        assert "Xếp loại tháng" in text and "Chưa đạt" in text  # header repeated
        top = [w for w in words(path) if w.page == number and w.y_min < 20 * MM]
        assert [w.text for w in top] == [str(number)]
        assert abs((top[0].x_min + top[0].x_max) / 2 - A4[1] / 2) < 3
    assert not [w for w in words(path) if w.page == 1 and w.y_min < 18 * MM]
    assert "Tổng cộng" in texts[-1]


def test_long_names_wrap_inside_their_cell(tmp_path):
    """A unit name longer than its column wraps onto two lines and stays inside the column."""
    path = pdf.write_pdf(sample_report(), tmp_path / "r.pdf")
    found = [w for w in words(path) if w.page == 2]
    first = next(w for w in found if w.text == "Văn")
    last = next(w for w in found if w.text == "dựng")
    assert last.y_min > first.y_min + 5  # the name took a second line
    # The name column ends before the first number column starts ("40" right-aligned).
    number = next(w for w in found if w.text == "40")
    name_words = [w for w in found if w.y_min <= last.y_min and w.text in LONG_UNIT.split()]
    assert max(w.x_max for w in name_words) < number.x_min
    # A word longer than its whole column is split rather than printed past it.
    narrow = Table(
        (Column("STT", 1), Column("Tên", 2)),
        rows=(("1", "Trách-nhiệm-với-công-việc-trách-nhiệm-với-nhân-dân-và-bản-thân"),),
    )
    doc = Document(title="DANH SÁCH", blocks=(narrow,))
    path = pdf.write_pdf(doc, tmp_path / "narrow.pdf")
    assert max(w.x_max for w in words(path)) <= A4[0] - 15 * MM + 0.5


def test_every_vietnamese_letter_survives(tmp_path):
    """All 134 letters with every tone, in body text, a table and the header, read back
    exactly from the embedded Tinos subset — also from text typed decomposed (NFD)."""
    import unicodedata

    letters = vietnamese_letters()
    table = Table((Column("Chữ"),), rows=((letters,),))
    doc = Document(
        title="KIỂM TRA CHỮ",
        header=Header("ĐOÀN XÃ", unicodedata.normalize("NFD", "BCH CHI ĐOÀN ỦY BAN")),
        blocks=(Paragraph(unicodedata.normalize("NFD", letters)), table),
    )
    path = pdf.write_pdf(doc, tmp_path / "l.pdf")
    text = pdf_text(path).replace(" ", "")
    assert text.count(letters) == 2
    assert "BCHCHIĐOÀNỦYBAN" in text
    data = path.read_bytes()
    assert b"+Tinos" in data and b"Helvetica" not in data


def test_numbers_and_dates_print_the_vietnamese_way(tmp_path):
    """1234.5 prints "1.234,5", a date dd/MM/yyyy, None as an empty cell."""
    table = Table(
        (
            Column("Số", kind=ColumnKind.NUMBER, decimals=1),
            Column("Ngày", kind=ColumnKind.DATE),
            Column("Ghi chú"),
        ),
        rows=((1234.56, date(2026, 3, 5), None),),
    )
    path = pdf.write_pdf(Document(title="SỐ LIỆU", blocks=(table,)), tmp_path / "n.pdf")
    text = pdf_text(path)
    assert "1.234,6" in text and "05/03/2026" in text


def test_blank_number_and_date_for_the_register(tmp_path):
    """Without a number and a date the lines keep room to write them by hand."""
    doc = Document(
        title="QUYẾT ĐỊNH",
        header=Header(
            "TỈNH ĐOÀN", "BAN THƯỜNG VỤ", DocumentNumber("QĐ", "TĐ"), place="Phan Rang", year=2026
        ),
    )
    path = pdf.write_pdf(doc, tmp_path / "q.pdf")
    found = words(path)
    label = next(w for w in found if w.text == "Số:")
    symbol = next(w for w in found if w.text.endswith("-QĐ/TĐ"))
    assert symbol.y_min == label.y_min and symbol.x_min - label.x_max > 15  # room for a number
    text = pdf_text(path)
    assert "Phan Rang, ngày … tháng … năm 2026" in text


def test_unit_without_standing_committee_and_two_signatures(tmp_path):
    """TM. BAN CHẤP HÀNH for a unit without a standing committee; two signatures side by side."""
    doc = Document(
        title="BIÊN BẢN",
        signatures=(
            Signature(("THƯ KÝ",), name="Lê Văn Bình"),
            unit_signature(False, "BÍ THƯ", "Trần Thị Hoa"),
        ),
    )
    path = pdf.write_pdf(doc, tmp_path / "b.pdf")
    found = words(path)
    secretary = next(w for w in found if w.text == "KÝ")
    committee = next(w for w in found if w.text == "CHẤP")
    assert secretary.x_max < A4[0] / 2 < committee.x_min
    assert "TM. BAN CHẤP HÀNH" in pdf_text(path)


def test_letter_has_about_line_and_addressees(tmp_path):
    """A letter prints its "V/v" line under the number and "Kính gửi:" before the text."""
    doc = Document(
        title="",
        header=Header(
            "TỈNH ĐOÀN",
            "BCH ĐOÀN KHỐI",
            DocumentNumber("CV", "ĐTN", 7),
            about="V/v đề nghị khen thưởng năm 2026",
            place="Ninh Thuận",
            date=date(2026, 12, 1),
        ),
        addressees=("Ban Thường vụ Tỉnh Đoàn",),
        blocks=(Paragraph("Căn cứ Hướng dẫn 31-HD/TĐ…"),),
    )
    text = pdf_text(pdf.write_pdf(doc, tmp_path / "cv.pdf"))
    assert text.index("Số: 7-CV/ĐTN") < text.index("V/v đề nghị khen thưởng năm 2026")
    assert text.index("Kính gửi: Ban Thường vụ Tỉnh Đoàn") < text.index("Căn cứ")


def test_annex_may_stay_portrait(tmp_path):
    """An annex that is not landscape starts a new portrait page."""
    annex = Annex("DANH SÁCH", (Paragraph("x"),))
    path = pdf.write_pdf(Document(title="QUYẾT ĐỊNH", annexes=(annex,)), tmp_path / "a.pdf")
    assert [_close(s, A4) for s in page_sizes(path)] == [True, True]


def test_landscape_document(tmp_path):
    """A document marked landscape is landscape from its first page."""
    path = pdf.write_pdf(Document(title="BẢNG ĐIỂM", landscape=True), tmp_path / "l.pdf")
    assert _close(page_sizes(path)[0], (A4[1], A4[0]))


def test_fitting_shrinks_then_refuses(tmp_path):
    """A one-page document shrinks its body to fit; past 11 pt it is refused, no file made."""
    rows = tuple(Row((n, "Nguyễn Văn An")) for n in range(37))
    table = Table((Column("STT", kind=ColumnKind.NUMBER), Column("Họ tên", 4)), rows=rows)
    doc = Document(title="DANH SÁCH", blocks=(table,), max_pages=1)
    size = pdf.fitting_body_size(doc)
    assert size is not None and size < 14
    assert pdf.page_count(doc, 14) == 2 and pdf.page_count(doc, size) == 1
    too_long = replace(doc, blocks=(replace(table, rows=rows * 3),))
    with pytest.raises(ValidationError) as refused:
        pdf.write_pdf(too_long, tmp_path / "x.pdf")
    assert refused.value.code == "document_too_long"
    assert refused.value.params == {"title": "DANH SÁCH", "pages": 1}
    assert list(tmp_path.iterdir()) == []


def test_unprintable_characters_are_refused(tmp_path):
    """Characters missing from Tinos are named before anything is written."""
    doc = Document(title="DANH SÁCH", blocks=(Paragraph("Học tiếng Trung 中文"),))
    with pytest.raises(ValidationError) as refused:
        pdf.write_pdf(doc, tmp_path / "x.pdf")
    assert refused.value.code == "pdf_font_missing_chars"
    assert refused.value.params["chars"] == "中 文"


def test_bytes_match_a_written_file(tmp_path):
    """pdf_bytes gives a whole PDF with the same pages as the written file."""
    data = pdf.pdf_bytes(sample_report())
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    path = tmp_path / "b.pdf"
    path.write_bytes(data)
    assert len(page_sizes(path)) == len(
        page_sizes(pdf.write_pdf(sample_report(), tmp_path / "w.pdf"))
    )


def test_write_failure_is_a_clear_error(tmp_path):
    """A folder that does not exist is a pdf_write_failed naming the path, not a traceback."""
    target = tmp_path / "nowhere" / "r.pdf"
    with pytest.raises(ValidationError) as refused:
        pdf.write_pdf(sample_report(), target)
    assert refused.value.code == "pdf_write_failed"
    assert refused.value.params["path"] == str(target)
