"""Measures of the Đoàn layout shared by the PDF and workbook renderers (in millimetres and
points), and the text of values as printed."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from bamtrachnhiem.documents.model import ColumnKind, Header, Value
from bamtrachnhiem.domain.dates import format_date, place_date_line
from bamtrachnhiem.domain.numbers import format_quantity

# Hướng dẫn 29-HD/TWĐTN-VP: A4, margins top 20, bottom 20, left 30, right 15–20 mm.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
PORTRAIT_MARGINS_MM = (20.0, 15.0, 20.0, 30.0)  # top, right, bottom, left
# A landscape page is bound along its top edge once the sheets are turned, so the wide
# binding margin moves from the left to the top.
LANDSCAPE_MARGINS_MM = (25.0, 15.0, 15.0, 20.0)
# The page number sits centred in the top margin, from page 2 on.
PAGE_NUMBER_FROM_TOP_MM = 10.0

# Type sizes in points (outputs.md § Documents in the Đoàn format).
BODY_SIZE = 14.0
HEADER_SIZE = 13.0  # the higher and the issuing body
MOTTO_SIZE = 15.0  # ĐOÀN TNCS HỒ CHÍ MINH
DATE_SIZE = 14.0
TITLE_SIZE = 15.0
SUBJECT_SIZE = 14.0  # trích yếu
ABOUT_SIZE = 12.0  # "V/v …" under the number
RECIPIENTS_HEAD_SIZE = 12.0
RECIPIENTS_SIZE = 11.0
PAGE_NUMBER_SIZE = 13.0
# The sizes the body may shrink through to stay within a document's max_pages.
BODY_SIZES = (14.0, 13.5, 13.0, 12.5, 12.0, 11.5, 11.0)
# Smallest size a fixed box (the date line, a signer's name) may shrink to before it wraps.
FIT_FLOOR = 11.0

HEADER_LEFT_SHARE = 0.46  # of the frame width, the left header column
MOTTO_RULE_MM = 45.0  # the rule under ĐOÀN TNCS HỒ CHÍ MINH
TITLE_RULE_MM = 30.0  # the short rule under the title
FIRST_LINE_INDENT_MM = 10.0
SIGNATURE_SPACE_MM = 25.0

# The workbook (outputs.md): Times New Roman 13; Tinos has the same metrics, so the
# renderers measure text with Tinos for either.
XLSX_FONT = "Times New Roman"
XLSX_SIZE = 13.0


def margins_mm(landscape: bool) -> tuple[float, float, float, float]:
    return LANDSCAPE_MARGINS_MM if landscape else PORTRAIT_MARGINS_MM


def frame_width_mm(landscape: bool) -> float:
    _, right, _, left = margins_mm(landscape)
    return (PAGE_HEIGHT_MM if landscape else PAGE_WIDTH_MM) - left - right


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def date_line(header: Header) -> str:
    """The italic place and date line; blanks to fill in when the date is not set."""
    place = nfc(header.place) or "……………"
    if header.date is not None:
        return place_date_line(place, header.date)
    year = header.year if header.year else "20…"
    return f"{place}, ngày … tháng … năm {year}"


def cell_text(value: Value, kind: ColumnKind, decimals: int = 0) -> str:
    """A cell as printed: Vietnamese numbers ("1.234,5"), dates dd/MM/yyyy, text as NFC."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and kind is not ColumnKind.NUMBER:
        return str(value)  # a year, a code: never "2.000"
    if isinstance(value, int | float):
        if kind is ColumnKind.NUMBER and isinstance(value, float):
            return format_quantity(round(value, decimals))
        return format_quantity(value)
    return nfc(str(value))
