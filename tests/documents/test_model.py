"""The document model: numbering, the number line, signatures by committee, table checks."""

from __future__ import annotations

import pytest

from bamtrachnhiem.documents.model import (
    Column,
    ColumnGroup,
    DocumentNumber,
    Paragraph,
    Row,
    Run,
    Table,
    roman,
    section_number,
    unit_signature,
)
from tests.documents.reading import sample_report


def test_sections_number_by_depth():
    """Top level I., II.; below it 1., 2.; below that a), b), … đ) as Vietnamese texts do."""
    assert [section_number(0, n) for n in (1, 2, 4, 9, 14)] == ["I.", "II.", "IV.", "IX.", "XIV."]
    assert [section_number(1, n) for n in (1, 12)] == ["1.", "12."]
    assert [section_number(2, n) for n in (1, 4, 5, 6)] == ["a)", "d)", "đ)", "e)"]
    assert roman(1999) == "MCMXCIX"


def test_number_line_in_party_style():
    """ "Số: 12-BC/HĐTN"; without a number the register's blank stays wide."""
    assert DocumentNumber("BC", "HĐTN", 12).line() == "Số: 12-BC/HĐTN"
    assert DocumentNumber("QĐ", "ĐTN", "125").line() == "Số: 125-QĐ/ĐTN"
    blank = DocumentNumber("BC", "HĐTN").line()
    assert blank.startswith("Số: ") and blank.endswith("-BC/HĐTN")
    assert blank.count("\u00a0") == 6  # kept by every renderer, unlike plain spaces


def test_signature_follows_the_committee():
    """A unit with a standing committee signs TM. BAN THƯỜNG VỤ, one without TM. BAN CHẤP HÀNH."""
    assert list(unit_signature(True, "Bí thư", "A").lines) == ["TM. BAN THƯỜNG VỤ", "BÍ THƯ"]
    assert list(unit_signature(False, "PHÓ BÍ THƯ").lines) == ["TM. BAN CHẤP HÀNH", "PHÓ BÍ THƯ"]
    assert list(unit_signature(False).lines) == ["TM. BAN CHẤP HÀNH", "BÍ THƯ"]


def test_tables_refuse_rows_that_do_not_match_their_columns():
    """A row with the wrong number of cells, or groups not covering the columns, is a bug."""
    columns = (Column("A"), Column("B"), Column("C"))
    Table(columns, rows=(Row(("Tổng", 3), label_span=2), ("x", "y", "z")))
    with pytest.raises(ValueError):
        Table(columns, rows=(("x", "y"),))
    with pytest.raises(ValueError):
        Table(columns, groups=(ColumnGroup("G", 2),))


def test_paragraph_runs_and_document_texts():
    """Runs carry their faces; every printed text is listed for the font check."""
    p = Paragraph((Run("Họ và tên: "), Run("Ánh", bold=True)), italic=True)
    assert [(r.bold, r.italic) for r in p.runs()] == [(False, True), (True, True)]
    assert p.plain() == "Họ và tên: Ánh"
    texts = list(sample_report().texts())
    for expected in (
        "BÁO CÁO",
        "Số: 12-BC/ĐTN",
        "TM. BAN THƯỜNG VỤ",
        "Xếp loại tháng",
        "Tổng cộng",
    ):
        assert expected in texts
