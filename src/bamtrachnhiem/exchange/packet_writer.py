"""Writing packet workbooks: checked before writing, typed cells, atomic on disk."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from bamtrachnhiem.domain.exchange import Issue, PacketError
from bamtrachnhiem.domain.text import XML_UNSAFE
from bamtrachnhiem.exchange.cells import encode_ooxml
from bamtrachnhiem.exchange.packet_format import (
    COVER_SHEET,
    DATE_FORMAT,
    DIGEST_HEADER,
    EXCEL_CELL_LIMIT,
    META_SHEET,
    NO,
    PROPERTY_KEYS,
    PROPERTY_PREFIX,
    ROW_NUMBER_HEADER,
    YES,
    ColumnType,
    PacketKind,
)
from bamtrachnhiem.exchange.readable import Readable
from bamtrachnhiem.files import atomic_output

# Text a spreadsheet would take for a formula if it were typed in.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_ERROR_LOOKING = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_THIN = Side(style="thin", color="9BB7D4")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TITLE_FONT = Font(bold=True, size=14, color="1F4E78")
_LABEL_FONT = Font(bold=True)
_NOTE_FONT = Font(italic=True, color="7F7F7F")
_LEFT = Alignment(horizontal="left")
_NUMBERS = frozenset({int, float})


@dataclass
class DataSheet:
    """One kind's rows as they go into its sheet (canonical values, display order)."""

    kind: PacketKind
    rows: list[tuple]
    digests: list[str]
    readable: Readable = field(default_factory=Readable)


@dataclass
class DisplaySheet:
    """A sheet written for people only; readers ignore it."""

    name: str
    headers: list[str]
    rows: list[list[object]]
    widths: list[float]


@dataclass
class CoverSheet:
    """The first sheet: what the file is, which unit, which period, made when, how many rows."""

    title: str
    facts: list[tuple[str, object]]
    tables: list[tuple[str, list[str], list[list[object]]]]  # (caption, headers, rows)
    note: str


@dataclass
class PacketBook:
    """Everything a packet workbook holds."""

    cover: CoverSheet
    sheets: list[DataSheet]
    meta_rows: list[tuple[str, str]]  # (key, value) rows of the very hidden sheet
    properties: dict[str, str]  # custom document properties
    display_sheets: list[DisplaySheet] = field(default_factory=list)
    title: str = ""


def check_values(sheets: Iterable[DataSheet]) -> None:
    """Refuse text a cell cannot hold, naming the record, before anything is written."""
    issues: list[Issue] = []
    for sheet in sheets:
        text_columns = [i for i, c in enumerate(sheet.kind.columns) if c.is_text]
        for row in sheet.rows:
            for i in text_columns:
                value = row[i]
                if not value:
                    continue
                column = sheet.kind.columns[i]
                record = str(row[sheet.kind.id_index])
                if len(encode_ooxml(value)) > EXCEL_CELL_LIMIT:
                    issues.append(
                        Issue(
                            "packet_text_too_long",
                            {
                                "sheet": sheet.kind.sheet,
                                "record": record,
                                "column": column.header,
                                "length": len(value),
                                "limit": EXCEL_CELL_LIMIT,
                            },
                        )
                    )
                elif XML_UNSAFE.search(value):
                    issues.append(
                        Issue(
                            "packet_control_character",
                            {
                                "sheet": sheet.kind.sheet,
                                "record": record,
                                "column": column.header,
                            },
                        )
                    )
    if issues:
        raise PacketError.of(issues)


def write_packet_book(path: Path, book: PacketBook) -> None:
    """Write ``book`` to ``path`` atomically (temporary file in the same folder, fsync, rename).

    A disk that refuses the file (full, read-only, gone) is ``packet_write_failed`` naming
    it, and leaves nothing behind: no partial file, no temporary file, no late traceback.
    """
    check_values(book.sheets)
    try:
        wb = _build(book)
        try:
            with atomic_output(path) as fh:
                _save(wb, fh)
        except BaseException:
            _discard(wb)
            raise
    except OSError as exc:
        raise PacketError.single(
            "packet_write_failed", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


def _save(wb: Workbook, fh: BinaryIO) -> None:
    """``wb.save(fh)``, with the zip closed whatever happens.

    openpyxl leaves its zip open when a write fails; the interpreter then closes it late,
    onto the file already closed, and prints a traceback ("Exception ignored in ZipFile").
    """
    archive = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).write_data()
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()  # the same full disk may refuse the zip's directory: no matter
        raise
    archive.close()


def _discard(wb: Workbook) -> None:
    """Close a write-only workbook that was not saved, removing openpyxl's temporary files."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            ws._writer.cleanup()


# --- building the workbook ----------------------------------------------------------------


def _build(book: PacketBook) -> Workbook:
    wb = Workbook(write_only=True)
    try:
        _fill(wb, book)
    except BaseException:
        _discard(wb)  # the sheets written so far sit in temporary files
        raise
    return wb


def _fill(wb: Workbook, book: PacketBook) -> None:
    wb.add_named_style(_header_style())
    wb.properties.creator = "bamtrachnhiem"
    wb.properties.title = book.title or book.cover.title
    _write_cover(wb, book.cover)
    for sheet in book.sheets:
        _write_data_sheet(wb, sheet)
    for display in book.display_sheets:
        _write_display_sheet(wb, display)
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    for key, value in book.meta_rows:
        meta.append([_cell(meta, key), _cell(meta, value)])
    for key in PROPERTY_KEYS:
        if key in book.properties:
            wb.custom_doc_props.append(
                StringProperty(name=PROPERTY_PREFIX + key, value=book.properties[key])
            )


_HEADER_STYLE = "Tiêu đề cột"


def _header_style() -> NamedStyle:
    style = NamedStyle(name=_HEADER_STYLE)
    style.font = _HEADER_FONT
    style.fill = _HEADER_FILL
    style.alignment = _HEADER_ALIGN
    style.border = _HEADER_BORDER
    return style


# --- the one path every cell value takes ----------------------------------------------------


def _looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would evaluate if it were typed in, or show as an error."""
    return text.startswith(_FORMULA_START) or text in _ERROR_LOOKING


def _cell(
    ws: Any,
    value: object,
    *,
    style: str | None = None,
    font: Font | None = None,
    align_left: bool = False,
) -> Any:
    """What goes into one cell of any sheet: the only way a value reaches the workbook.

    Text is always a string cell, escaped for OOXML, never a formula or an error cell, and
    formula-looking text carries the quote prefix so that a spreadsheet keeps it as text
    even once edited. Dates are real dates. Other values (numbers) go as they are.
    """
    plain = style is None and font is None and not align_left
    if value is None or (plain and type(value) in _NUMBERS):
        return value  # most cells of a packet: nothing to decide
    quote = False
    if isinstance(value, str):
        if not value:
            return None
        quote = _looks_like_formula(value)
        value = encode_ooxml(value)
        if plain and not quote:
            # openpyxl types a str as text unless it starts with "=" or is an error code,
            # which _looks_like_formula covers; a bare str keeps big sheets fast to write.
            return value
        cell = WriteOnlyCell(ws)
        cell.value = value
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    elif isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
    elif isinstance(value, bool | int | float):
        if plain:
            return value
        cell = WriteOnlyCell(ws, value=value)
    else:
        raise TypeError(f"a packet cell cannot hold {type(value).__name__}")
    if style is not None:
        cell.style = style  # first: a named style replaces the cell's whole format
    if font is not None:
        cell.font = font
    if align_left:
        cell.alignment = _LEFT
    if quote:
        cell.quotePrefix = True  # spreadsheets would evaluate it once edited otherwise
    return cell


def _header_cells(ws: Any, headers: list[str]) -> list[Any]:
    # One named style for every header: building four style objects per cell made small
    # packets slow to write.
    return [_cell(ws, header, style=_HEADER_STYLE) for header in headers]


def _cell_writers(ws: Any, kind: PacketKind) -> list[Callable[[Any], Any]]:
    writers: list[Callable[[Any], Any]] = []
    for column in kind.columns:
        if column.type is ColumnType.DATE:
            writers.append(lambda v: None if v is None else _cell(ws, date.fromisoformat(v)))
        elif column.type is ColumnType.BOOL:
            writers.append(lambda v: _cell(ws, YES if v else NO))
        else:
            writers.append(lambda v: _cell(ws, v))
    return writers


def _write_data_sheet(wb: Workbook, sheet: DataSheet) -> None:
    """The kind's sheet: per column its exact value, and after a column of codes, JSON or
    ids (hidden), the same in words; after ``member_name_after``, the member's name."""
    kind = sheet.kind
    ws = wb.create_sheet(kind.sheet)
    name_at = kind.index(kind.member_name_after) if kind.member_name_after else None
    headers = [ROW_NUMBER_HEADER]
    widths = [6.0]
    hidden = []
    for i, column in enumerate(kind.columns):
        headers.append(column.header)
        widths.append(column.width)
        if column.shown_as:
            hidden.append(len(headers))
            headers.append(column.shown_as)
            widths.append(column.width)
        if i == name_at:
            headers.append("Họ và tên")
            widths.append(24)
    headers.append(DIGEST_HEADER)
    widths.append(20)
    hidden.append(len(headers))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for i in hidden:
        ws.column_dimensions[get_column_letter(i)].hidden = True
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers) - 1)}{len(sheet.rows) + 1}"
    ws.append(_header_cells(ws, headers))
    writers = _cell_writers(ws, kind)
    readable = sheet.readable
    extras = [
        (i, c) for i, c in enumerate(kind.columns) if c.shown_as or i == name_at
    ]  # the columns followed by words, in sheet order
    append = ws.append
    for number, (row, digest) in enumerate(zip(sheet.rows, sheet.digests, strict=True), 1):
        cells = [number, *(w(v) for w, v in zip(writers, row, strict=True)), _cell(ws, digest)]
        for i, column in reversed(extras):  # from the right, so positions stay true
            at = i + 2
            if i == name_at:
                name = readable.member_names.get(row[i], "")
                cells.insert(at, _cell(ws, name))
            if column.shown_as:
                words = readable.words(kind.name, column, row[i])[:EXCEL_CELL_LIMIT]
                cells.insert(at, _cell(ws, words))
        append(cells)


def _write_display_sheet(wb: Workbook, sheet: DisplaySheet) -> None:
    ws = wb.create_sheet(sheet.name)
    for i, width in enumerate(sheet.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(_header_cells(ws, sheet.headers))
    for row in sheet.rows:
        ws.append([_cell(ws, v) for v in row])


def _write_cover(wb: Workbook, cover: CoverSheet) -> None:
    ws = wb.create_sheet(COVER_SHEET)
    for letter, width in zip("ABCDEFG", (30, 62, 14, 14, 14, 14, 14), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append([_cell(ws, cover.title, font=_TITLE_FONT)])
    ws.append([])
    for label, value in cover.facts:
        shown = _cell(ws, value, align_left=not isinstance(value, str))
        ws.append([_cell(ws, label, font=_LABEL_FONT), shown])
    for caption, headers, rows in cover.tables:
        ws.append([])
        ws.append([_cell(ws, caption, font=_LABEL_FONT)])
        ws.append(_header_cells(ws, headers))
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
    ws.append([])
    ws.append([_cell(ws, cover.note, font=_NOTE_FONT)])
