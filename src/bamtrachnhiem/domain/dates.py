"""Vietnamese dates: dd/MM/yyyy display, day-first parsing, birth years, Excel serials."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.text import clean_text

# A time of day after the date, as text copied from a date-time cell carries; ignored.
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
# Day first, always: "5/3/1996" is 5 March. Separators / - . may be mixed as typed.
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})" + _TIME)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_YEAR = re.compile(r"\d{4}")
# Excel's day 0 is 1899-12-31, but it also counts 29 Feb 1900, which never existed.
_EXCEL_1900_DAY_ZERO = date(1899, 12, 31)
_EXCEL_1904_DAY_ZERO = date(1904, 1, 1)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
MIN_YEAR = 1900
MAX_YEAR = 2100


def format_date(d: date | None) -> str:
    """``d`` as dd/MM/yyyy ("05/03/1996"); "" for ``None``."""
    return "" if d is None else f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_timestamp(stamp: str | None) -> str:
    """An ISO time (as records store it) on this computer's clock: "dd/MM/yyyy HH:mm";
    "" when missing, the text itself when it is not a time."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{format_date(moment.date())} {moment:%H:%M}"


def parse_date(
    value: object, *, excel_serial: bool = False, today: date | None = None
) -> date | None:
    """A date from a cell or typed text, day first; ``None`` when empty.

    Accepts ``date``/``datetime``, "5/3/1996", "05-03-1996", "5.3.1996", ISO "1996-03-05"
    and two-digit years: with today in 2026, "05/03/26" is 2026 and "05/03/27" is 1927 (a
    two-digit year above this year's is taken as last century). Numbers are refused unless
    the caller knows the column holds dates and passes ``excel_serial=True``.

    Raises ``ValidationError("invalid_date", value=...)`` for anything else, including
    impossible days such as 31/02/2000 and any year outside 1900..2100.
    """
    if isinstance(value, date):
        d = value.date() if isinstance(value, datetime) else value
        return _checked_date(d.year, d.month, d.day, format_date(d))
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not excel_serial:
            raise ValidationError("invalid_date", value=str(value))
        return from_excel_serial(value)
    text = clean_text(value)
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year = _full_year(year, today or date.today())
    else:
        raise ValidationError("invalid_date", value=text)
    return _checked_date(year, month, day, text)


def parse_birth(
    value: object, *, excel_serial: bool = False, today: date | None = None
) -> tuple[date | None, int | None]:
    """(birth date, birth year) from a cell where a bare year is allowed.

    1994, 1994.0 and "1994" give ``(None, 1994)``; a full date gives ``(date, date.year)``;
    empty gives ``(None, None)``. A number outside 1900..2100 is an Excel serial when
    ``excel_serial`` is true and invalid otherwise.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if MIN_YEAR <= value <= MAX_YEAR:
            return None, value
    elif isinstance(value, str) and _YEAR.fullmatch(year_text := clean_text(value)):
        year = int(year_text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError("invalid_date", value=year_text)
        return None, year
    born = parse_date(value, excel_serial=excel_serial, today=today)
    return born, None if born is None else born.year


def from_excel_serial(serial: float, epoch_1904: bool = False) -> date:
    """The date of an Excel serial day number (any time of day is dropped).

    In the default 1900 system Excel believes 1900 was a leap year: serial 60 is the
    non-existent 29/02/1900, so it is refused, and serials after it are one day ahead.
    """
    try:
        whole = int(serial)
    except (ValueError, OverflowError):  # NaN or infinity from a broken cell
        raise ValidationError("invalid_date", value=str(serial)) from None
    if epoch_1904:
        if not 0 <= whole <= _EXCEL_MAX_SERIAL - 1462:
            raise ValidationError("invalid_date", value=str(serial))
        return _EXCEL_1904_DAY_ZERO + timedelta(days=whole)
    if not 1 <= whole <= _EXCEL_MAX_SERIAL or whole == 60:
        raise ValidationError("invalid_date", value=str(serial))
    return _EXCEL_1900_DAY_ZERO + timedelta(days=whole if whole < 60 else whole - 1)


def place_date_line(place: str, d: date) -> str:
    """The document date line: "Ninh Thuận, ngày 05 tháng 01 năm 2026".

    As Decree 30/2020 asks, the day takes a leading zero only below 10 and the month only
    for January and February ("ngày 05 tháng 7", "ngày 15 tháng 02").
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{clean_text(place)}, ngày {d.day:02d} tháng {month} năm {d.year}"


def _full_year(two_digits: int, today: date) -> int:
    # A two-digit year can only be in the past century or this one up to now.
    this_century = today.year // 100 * 100
    if two_digits > today.year % 100:
        return this_century - 100 + two_digits
    return this_century + two_digits


def _checked_date(year: int, month: int, day: int, text: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("invalid_date", value=text)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("invalid_date", value=text) from None
