"""Reading a packet's cells: each column's values typed in one pass, every bad cell named.

The types are those of ``docs/packet-format.md`` § "Cell types". Text is read in the
canonical form of the packet's format version (``PacketKind.text``); text a person could
not type (control characters) and text longer than a cell holds are refused, as the app
refuses them from the keyboard.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import orjson

from bamtrachnhiem.domain.dates import from_excel_serial, parse_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.kinds import Column, ColumnType
from bamtrachnhiem.domain.text import normalize_phone
from bamtrachnhiem.exchange.packet_format import EXCEL_CELL_LIMIT, NO, YES, check_finite

# Control characters no one types into a cell; a multi-line text keeps its line breaks
# and tabs. (Excel writes them escaped, as _x000B_; the reader has decoded those already.)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_INTEGER = re.compile(r"\s*-?\d+\s*")
_YES = {YES.casefold(), "x", "true", "1"}
_NO = {NO.casefold(), "false", "0"}


class CellError(Exception):
    """A cell that cannot be read as its column's type: a message code and its facts."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


Converter = Callable[[Any], Any]


def convert_column(convert: Converter, values: list[Any]) -> tuple[list[Any], dict[int, CellError]]:
    """``values`` converted; the cells that could not be, by position (their value None)."""
    try:
        return [convert(v) for v in values], {}
    except CellError:
        pass
    converted: list[Any] = []
    bad: dict[int, CellError] = {}
    for i, value in enumerate(values):
        try:
            converted.append(convert(value))
        except CellError as error:
            converted.append(None)
            bad[i] = error
    return converted, bad


def number_text(value: float | int) -> str:
    """A number a spreadsheet made of typed text, as that text: 912345678.0 → "912345678"."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def converter(column: Column, text: Callable[[str], str], epoch_1904: bool) -> Converter:
    """The function that turns one raw cell value of ``column`` into its canonical value,
    raising ``CellError`` for a value the column cannot hold."""
    t = column.type
    nullable, required = column.nullable, column.required
    empty_text: Any = None if nullable else ""

    def empty() -> Any:
        if required or (not nullable and not column.is_text):
            raise CellError("packet_required_value")
        return empty_text

    if t in (ColumnType.ID, ColumnType.REF):
        is_ref = t is ColumnType.REF

        def convert_id(v: Any) -> Any:
            if type(v) is str:
                if v == "":
                    if is_ref:
                        return None
                    raise CellError("packet_required_value")
                if v.isascii() and v.isprintable():
                    return v
                return _checked_text(text(v))
            if isinstance(v, int | float) and not isinstance(v, bool):
                raise CellError("packet_id_not_text")
            raise CellError("packet_bad_text")

        return convert_id

    if column.is_text:
        is_phone = column.key == "phone"
        choices = frozenset(column.choices)
        check = _TEXT_CHECKS.get(t)

        def convert_text(v: Any) -> Any:
            if type(v) is str:
                if v == "":
                    return empty()
                value = v if v.isascii() and v.isprintable() else _checked_text(text(v))
            elif isinstance(v, int | float) and not isinstance(v, bool):
                value = normalize_phone(v) if is_phone else number_text(v)
            else:
                raise CellError("packet_bad_text")
            if choices and value not in choices:
                raise CellError("packet_bad_choice", allowed=", ".join(column.choices))
            if check is not None:
                check(value)
            return value

        return convert_text

    if t is ColumnType.INT:

        def convert_int(v: Any) -> Any:
            if type(v) is int:
                return v
            if type(v) is float and v.is_integer():
                return int(v)
            if v == "":
                return empty()
            if isinstance(v, str) and _INTEGER.fullmatch(v):
                return int(v)
            raise CellError("packet_bad_integer")

        return convert_int

    if t is ColumnType.FLOAT:

        def convert_float(v: Any) -> Any:
            if type(v) is float:
                if v - v != 0:  # NaN or infinity
                    raise CellError("packet_bad_number")
                return v
            if type(v) is int:
                return float(v)
            if v == "":
                return empty()
            if isinstance(v, str):
                try:
                    number = float(v.strip())
                except ValueError:
                    raise CellError("packet_bad_number") from None
                if not check_finite(number):
                    raise CellError("packet_bad_number")
                return number
            raise CellError("packet_bad_number")

        return convert_float

    if t is ColumnType.BOOL:

        def convert_bool(v: Any) -> Any:
            if isinstance(v, bool):
                return v
            if v == "":
                raise CellError("packet_required_value")
            if isinstance(v, int | float):
                if v in (0, 1):
                    return bool(v)
            elif isinstance(v, str):
                key = text(v).strip().casefold()
                if key in _YES:
                    return True
                if key in _NO:
                    return False
            raise CellError("packet_bad_yes_no")

        return convert_bool

    if t is ColumnType.DATE:

        def convert_date(v: Any) -> Any:
            if type(v) is date:
                return v.isoformat()
            if isinstance(v, datetime):
                return v.date().isoformat()
            if v == "":
                return empty()
            try:
                if isinstance(v, bool):
                    raise CellError("packet_bad_date")
                if isinstance(v, int | float):
                    return from_excel_serial(v, epoch_1904=epoch_1904).isoformat()
                if isinstance(v, str):
                    parsed = parse_date(v)
                    return parsed.isoformat() if parsed else empty()
            except AppError:
                raise CellError("packet_bad_date") from None
            raise CellError("packet_bad_date")

        return convert_date
    raise AssertionError(t)


def _checked_text(value: str) -> str:
    """Text a person could have typed: no control characters, not longer than a cell."""
    if _CONTROL.search(value):
        raise CellError("packet_cell_control_character")
    if len(value) > EXCEL_CELL_LIMIT:
        raise CellError("packet_cell_too_long", limit=EXCEL_CELL_LIMIT)
    return value


def _check_stamp(value: str) -> None:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise CellError("packet_bad_timestamp") from None


def _check_json(value: str) -> None:
    try:
        parsed = orjson.loads(value)
    except orjson.JSONDecodeError:
        raise CellError("packet_bad_json") from None
    if not isinstance(parsed, dict | list):
        raise CellError("packet_bad_json")


def _check_ids(value: str) -> None:
    try:
        parsed = orjson.loads(value)
    except orjson.JSONDecodeError:
        raise CellError("packet_bad_id_list") from None
    if not isinstance(parsed, list) or not all(isinstance(v, str) and v for v in parsed):
        raise CellError("packet_bad_id_list")


_TEXT_CHECKS: dict[ColumnType, Callable[[str], None]] = {
    ColumnType.STAMP: _check_stamp,
    ColumnType.JSON: _check_json,
    ColumnType.IDS: _check_ids,
}
