"""Writing packet workbooks: checked before writing, typed cells, atomic on disk."""

from __future__ import annotations

import contextlib
import io
import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils.datetime import to_excel
from openpyxl.writer.excel import ExcelWriter

from bamtrachnhiem.domain.exchange import Issue, PacketError
from bamtrachnhiem.domain.text import XML_UNSAFE
from bamtrachnhiem.exchange.cells import column_letter, encode_ooxml
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
        packet = _Packet()
        try:
            _fill(packet, book)
            with atomic_output(path) as fh:
                packet.save(fh)
        finally:
            packet.discard()
    except OSError as exc:
        raise PacketError.single(
            "packet_write_failed", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


# --- the workbook: openpyxl writes the package, the rows are ours -----------------------------


class _Packet:
    """A write-only workbook whose sheets' rows are written by ``_Sheet``.

    openpyxl writes the package: workbook, styles, properties, and each sheet's frame
    (columns, frozen panes, filter, visibility). The rows of every sheet are written here,
    as worksheet XML, into a temporary file per sheet, and spliced into the sheet's part
    when the archive is written: openpyxl's cell objects were two thirds of an export's time
    (decision 0016).
    """

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.sheets: list[_Sheet] = []
        self._styles: dict[tuple, str] = {}

    def sheet(self, title: str) -> _Sheet:
        sheet = _Sheet(self, self.wb.create_sheet(title))
        self.sheets.append(sheet)
        return sheet

    def style(self, key: tuple) -> str:
        """The `` s="N"`` attribute of cells formatted as ``key`` ("" for the default)."""
        attribute = self._styles.get(key)
        if attribute is None:
            named, font, align_left, quote, is_date = key
            cell = WriteOnlyCell(self.wb.worksheets[0])
            if named is not None:
                cell.style = named  # first: a named style replaces the cell's whole format
            if font is not None:
                cell.font = font
            if align_left:
                cell.alignment = _LEFT
            if quote:
                cell.quotePrefix = True  # spreadsheets would evaluate it once edited otherwise
            if is_date:
                cell.number_format = DATE_FORMAT
            index = cell.style_id if cell.has_style else 0
            attribute = self._styles[key] = f' s="{index}"' if index else ""
        return attribute

    def save(self, fh: BinaryIO) -> None:
        """Write the package into ``fh``, the zip closed whatever happens.

        openpyxl leaves its zip open when a write fails; the interpreter then closes it late,
        onto the file already closed, and prints a traceback ("Exception ignored in ZipFile").
        """
        archive = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            self.wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
            rows = {}
            for number, sheet in enumerate(self.sheets, start=1):
                sheet.ws._id = number  # as openpyxl numbers them when it writes them
                rows[sheet.ws.path[1:]] = sheet
            spliced = _Splicing(archive, rows)
            ExcelWriter(self.wb, spliced).write_data()
            if rows:  # openpyxl wrote a sheet elsewhere than where it says: never half a file
                raise RuntimeError(f"worksheet parts not written: {sorted(rows)}")
        except BaseException:
            with contextlib.suppress(Exception):
                archive.close()  # the same full disk may refuse the zip's directory
            raise
        archive.close()

    def discard(self) -> None:
        """Remove the temporary files (of openpyxl's frames and of our rows)."""
        for sheet in self.sheets:
            sheet.discard()


# How openpyxl writes a sheet without rows: et_xmlfile's form, or lxml's when it is installed.
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")


class _Splicing:
    """The zip as openpyxl sees it: a worksheet part gets its rows spliced into sheetData."""

    def __init__(self, archive: zipfile.ZipFile, rows: dict[str, _Sheet]) -> None:
        self._archive = archive
        self._rows = rows

    def __getattr__(self, name: str) -> Any:
        return getattr(self._archive, name)

    def write(self, filename: str, arcname: str) -> None:
        sheet = self._rows.pop(arcname, None)
        if sheet is None:
            self._archive.write(filename, arcname)
            return
        frame = Path(filename).read_bytes()
        empty = _EMPTY_SHEET_DATA.search(frame)
        if empty is None:
            raise RuntimeError(f"no empty sheetData in the frame of {arcname}")
        with self._archive.open(arcname, "w", force_zip64=True) as out:
            out.write(frame[: empty.start()])
            out.write(b"<sheetData>")
            sheet.copy_rows(out)
            out.write(b"</sheetData>")
            out.write(frame[empty.end() :])


class _Sheet:
    """One worksheet: its frame in openpyxl, its rows as XML in a temporary file."""

    def __init__(self, packet: _Packet, ws: Any) -> None:
        self.packet = packet
        self.ws = ws
        # Closed (and so removed) by discard(), whether the packet was saved or not.
        raw = tempfile.TemporaryFile()  # noqa: SIM115
        self._rows = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        self._count = 0

    def append(self, values: Sequence[object]) -> None:
        """The next row; a value is a cell's value, or ``_Formatted`` for a formatted one."""
        self._count += 1
        number = str(self._count)
        cells = []
        for letter, value in zip(_letters(len(values)), values, strict=False):
            if value is None:
                continue
            if type(value) is _Formatted:
                cells.append(_cell(self.packet, letter + number, value.value, value.key))
            else:
                cells.append(_cell(self.packet, letter + number, value, _PLAIN))
        self._rows.write(f'<row r="{number}">{"".join(cells)}</row>')

    def widths(self, widths: Sequence[float]) -> None:
        """Column widths, from column A."""
        for letter, width in zip(_letters(len(widths)), widths, strict=False):
            self.ws.column_dimensions[letter].width = width

    def copy_rows(self, out: IO[bytes]) -> None:
        self._rows.flush()
        raw = self._rows.buffer
        raw.seek(0)
        shutil.copyfileobj(raw, out, 1 << 20)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            if not self.ws.closed:
                self.ws.close()
        with contextlib.suppress(Exception):
            self.ws._writer.cleanup()
        with contextlib.suppress(Exception):
            self._rows.close()


_LETTERS = [column_letter(i) for i in range(52)]  # grown by _letters as needed


def _letters(count: int) -> list[str]:
    """The letters of columns A onwards, at least ``count`` of them."""
    while len(_LETTERS) < count:
        _LETTERS.append(column_letter(len(_LETTERS)))
    return _LETTERS


def _fill(packet: _Packet, book: PacketBook) -> None:
    wb = packet.wb
    wb.add_named_style(_header_style())
    wb.properties.creator = "bamtrachnhiem"
    wb.properties.title = book.title or book.cover.title
    _write_cover(packet, book.cover)
    for sheet in book.sheets:
        _write_data_sheet(packet, sheet)
    for display in book.display_sheets:
        _write_display_sheet(packet, display)
    meta = packet.sheet(META_SHEET)
    meta.ws.sheet_state = "veryHidden"
    for key, value in book.meta_rows:
        meta.append([key, value])
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

# A cell's format: (named style, font, left-aligned); quote prefix and date format are added
# by _cell from the value.
_PLAIN: tuple = (None, None, False)


@dataclass(frozen=True, slots=True)
class _Formatted:
    value: object
    key: tuple


def _formatted(
    value: object, *, style: str | None = None, font: Font | None = None, align_left: bool = False
) -> _Formatted:
    return _Formatted(value, (style, font, align_left))


def _looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would evaluate if it were typed in, or show as an error."""
    return text.startswith(_FORMULA_START) or text in _ERROR_LOOKING


def _cell(packet: _Packet, ref: str, value: object, key: tuple) -> str:
    """The XML of one cell of any sheet: the only way a value reaches the workbook.

    Text is always an inline string, escaped for OOXML and for XML, never a formula or an
    error cell, and formula-looking text carries the quote prefix so that a spreadsheet keeps
    it as text even once edited. Dates are real dates (a serial number in the date format).
    Numbers are numbers. Nothing else is a cell.
    """
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        if not text:
            return ""
        quote = _looks_like_formula(text)
        style = packet.style((*key, quote, False)) if quote or key is not _PLAIN else ""
        text = encode_ooxml(text)
        if "&" in text or "<" in text or ">" in text:
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
    if kind is int or kind is float:
        number: float = value  # type: ignore[assignment]
        if not math.isfinite(number):
            raise ValueError(f"a packet cell cannot hold {number!r}")
        style = packet.style((*key, False, False)) if key is not _PLAIN else ""
        return f'<c r="{ref}"{style} t="n"><v>{number:.16g}</v></c>'
    if kind is bool:
        style = packet.style((*key, False, False)) if key is not _PLAIN else ""
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'  # type: ignore[call-overload]
    if kind is date:
        style = packet.style((*key, False, True))
        return f'<c r="{ref}"{style} t="n"><v>{to_excel(value):.16g}</v></c>'
    raise TypeError(f"a packet cell cannot hold {kind.__name__}")


def _header_row(headers: list[str]) -> list[_Formatted]:
    # One named style for every header.
    return [_formatted(header, style=_HEADER_STYLE) for header in headers]


def _column_writers(kind: PacketKind) -> list[Callable[[Any], Any]]:
    """Per column, its canonical value → the cell's value (a date, YES/NO, as it is)."""
    writers: list[Callable[[Any], Any]] = []
    for column in kind.columns:
        if column.type is ColumnType.DATE:
            writers.append(lambda v: None if v is None else date.fromisoformat(v))
        elif column.type is ColumnType.BOOL:
            writers.append(lambda v: YES if v else NO)
        else:
            writers.append(lambda v: v)
    return writers


def _write_data_sheet(packet: _Packet, sheet: DataSheet) -> None:
    """The kind's sheet: per column its exact value, and after a column of codes, JSON or
    ids (hidden), the same in words; after ``member_name_after``, the member's name."""
    kind = sheet.kind
    out = packet.sheet(kind.sheet)
    ws = out.ws
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
    out.widths(widths)
    letters = _letters(len(headers))
    for i in hidden:  # counted from 1
        ws.column_dimensions[letters[i - 1]].hidden = True
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{letters[len(headers) - 2]}{len(sheet.rows) + 1}"
    out.append(_header_row(headers))
    writers = _column_writers(kind)
    readable = sheet.readable
    extras = [
        (i, c) for i, c in enumerate(kind.columns) if c.shown_as or i == name_at
    ]  # the columns followed by words, in sheet order
    append = out.append
    for number, (row, digest) in enumerate(zip(sheet.rows, sheet.digests, strict=True), 1):
        cells = [number, *(w(v) for w, v in zip(writers, row, strict=True)), digest]
        for i, column in reversed(extras):  # from the right, so positions stay true
            at = i + 2
            if i == name_at:
                cells.insert(at, readable.member_names.get(row[i], ""))
            if column.shown_as:
                cells.insert(at, readable.words(kind.name, column, row[i])[:EXCEL_CELL_LIMIT])
        append(cells)


def _write_display_sheet(packet: _Packet, sheet: DisplaySheet) -> None:
    out = packet.sheet(sheet.name)
    out.widths(sheet.widths)
    out.ws.freeze_panes = "A2"
    out.append(_header_row(sheet.headers))
    for row in sheet.rows:
        out.append(row)


def _write_cover(packet: _Packet, cover: CoverSheet) -> None:
    out = packet.sheet(COVER_SHEET)
    out.widths((30, 62, 14, 14, 14, 14, 14))
    out.append([_formatted(cover.title, font=_TITLE_FONT)])
    out.append([])
    for label, value in cover.facts:
        shown = _formatted(value, align_left=not isinstance(value, str))
        out.append([_formatted(label, font=_LABEL_FONT), shown])
    for caption, headers, rows in cover.tables:
        out.append([])
        out.append([_formatted(caption, font=_LABEL_FONT)])
        out.append(_header_row(headers))
        for row in rows:
            out.append(row)
    out.append([])
    out.append([_formatted(cover.note, font=_NOTE_FONT)])
