"""Tests for Vietnamese dates: display, day-first parsing, birth years and Excel serials."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bamtrachnhiem.domain.dates import (
    format_date,
    from_excel_serial,
    parse_birth,
    parse_date,
    place_date_line,
)
from bamtrachnhiem.domain.errors import ValidationError

TODAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("d", "text"),
    [(date(1996, 3, 5), "05/03/1996"), (date(2026, 12, 31), "31/12/2026"), (None, "")],
)
def test_format_date_is_dd_mm_yyyy(d: date | None, text: str) -> None:
    """Dates show as dd/MM/yyyy with leading zeros, never Qt's d/M/yy."""
    assert format_date(d) == text


@pytest.mark.parametrize(
    "value",
    [
        "5/3/1996",
        "05/03/1996",
        "5-3-1996",
        "5.3.1996",
        "05/03/96",
        " 05 / 03 / 1996 ",
        "1996-03-05",
        "1996-03-05 00:00:00",
        "05/03/1996 08:30",
        date(1996, 3, 5),
        datetime(1996, 3, 5, 14, 0),
    ],
)
def test_parse_date_reads_day_first(value: object) -> None:
    """Every accepted spelling of 5 March 1996 reads as 5 March, never as 3 May."""
    assert parse_date(value, today=TODAY) == date(1996, 3, 5)


@pytest.mark.parametrize("value", [None, "", "   ", "\u00a0"])
def test_parse_date_empty_is_none(value: object) -> None:
    """An empty cell is no date, not an error."""
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/01/00", date(2000, 1, 1)),
        ("01/01/26", date(2026, 1, 1)),  # this year's two digits: this century
        ("01/01/27", date(1927, 1, 1)),  # above them: last century
        ("01/01/99", date(1999, 1, 1)),
    ],
)
def test_two_digit_year_pivots_on_current_year(text: str, expected: date) -> None:
    """A two-digit year above today's two digits is 19xx, otherwise 20xx."""
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "value",
    ["31/02/2000", "abc", "13/13/2000", "29/02/2001", "00/01/2000", "5/3", "1/1/1899", "1/1/2101"],
)
def test_parse_date_refuses_invalid(value: str) -> None:
    """Impossible or unreadable dates raise invalid_date carrying the text the user typed."""
    with pytest.raises(ValidationError) as raised:
        parse_date(value)
    assert raised.value.code == "invalid_date"
    assert raised.value.params == {"value": value}


def test_parse_date_refuses_month_first_reading() -> None:
    """12/31/2000 is refused instead of being read month first."""
    with pytest.raises(ValidationError):
        parse_date("12/31/2000")


def test_parse_date_refuses_numbers_unless_column_is_dates() -> None:
    """A bare number is only an Excel serial when the caller says the column holds dates."""
    with pytest.raises(ValidationError):
        parse_date(35129)
    assert parse_date(35129, excel_serial=True) == date(1996, 3, 5)
    assert parse_date(35129.75, excel_serial=True) == date(1996, 3, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1994, (None, 1994)),
        (1994.0, (None, 1994)),
        ("1994", (None, 1994)),
        (" 1994 ", (None, 1994)),
        ("05/03/1996", (date(1996, 3, 5), 1996)),
        (date(1996, 3, 5), (date(1996, 3, 5), 1996)),
        (None, (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_birth_accepts_bare_year(value: object, expected: tuple) -> None:
    """A birth column takes a full date or just the year."""
    assert parse_birth(value) == expected


@pytest.mark.parametrize("value", [1850, "1850", 2200, "2200", "94", 1994.5, "abc"])
def test_parse_birth_refuses_implausible_years(value: object) -> None:
    """Years outside 1900..2100 and partial years are invalid dates."""
    with pytest.raises(ValidationError) as raised:
        parse_birth(value)
    assert raised.value.code == "invalid_date"


def test_parse_birth_reads_serial_only_when_asked() -> None:
    """A large number in a date column is an Excel serial; a year-sized one stays a year."""
    assert parse_birth(35129, excel_serial=True) == (date(1996, 3, 5), 1996)
    assert parse_birth(1996, excel_serial=True) == (None, 1996)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # Excel's phantom 29/02/1900 is serial 60
        (35129, date(1996, 3, 5)),
        (46027, date(2026, 1, 5)),
        (46027.99, date(2026, 1, 5)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_from_excel_serial_1900_system(serial: float, expected: date) -> None:
    """Serials convert with Excel's 1900 leap-year bug accounted for."""
    assert from_excel_serial(serial) == expected


def test_from_excel_serial_1904_system() -> None:
    """Old Mac workbooks count from 01/01/1904."""
    assert from_excel_serial(0, epoch_1904=True) == date(1904, 1, 1)
    assert from_excel_serial(33667, epoch_1904=True) == date(1996, 3, 5)


@pytest.mark.parametrize("serial", [0, 60, -5, 2958466, float("nan"), float("inf")])
def test_from_excel_serial_refuses_impossible(serial: float) -> None:
    """Serial 60 (29/02/1900), zero, negatives and values past 9999 are invalid dates."""
    with pytest.raises(ValidationError):
        from_excel_serial(serial)


@pytest.mark.parametrize(
    ("d", "line"),
    [
        (date(2026, 1, 5), "Ninh Thuận, ngày 05 tháng 01 năm 2026"),
        (date(2026, 7, 5), "Ninh Thuận, ngày 05 tháng 7 năm 2026"),
        (date(2026, 2, 15), "Ninh Thuận, ngày 15 tháng 02 năm 2026"),
        (date(2026, 3, 10), "Ninh Thuận, ngày 10 tháng 3 năm 2026"),
        (date(2025, 12, 31), "Ninh Thuận, ngày 31 tháng 12 năm 2025"),
    ],
)
def test_place_date_line_leading_zeros(d: date, line: str) -> None:
    """Day has a leading zero below 10, month only for January and February."""
    assert place_date_line("Ninh Thuận", d) == line
