"""Reading a workbook row by row, at a cost bounded by the rows read (member lists).

openpyxl in read-only mode parses a sheet lazily, but still (a) reads the whole
shared-strings table at opening, (b) parses the whole sheet when it has no dimension record,
and (c) knows nothing of merged cells, which the sheet's XML lists after its last row. Here:
the shared strings are parsed only as far as the cells read refer to them; dimension
records are never read (they may lie, too); merged ranges are found by a bounded scan of the
sheet's bytes. A file that needs more than a member list ever does is refused
(``xlsx_too_complex``), and a parse error met on the way is refused like one met at opening
(``xlsx_unreadable``), naming the file.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from defusedxml.common import DefusedXmlException
from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml import DEFUSEDXML
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.exchange.cells import column_index
from bamtrachnhiem.exchange.workbook_safety import check_workbook_file

# Far above any office list (a few thousand rows, a few hundred merged ranges), far below
# what would cost the reader seconds or hundreds of megabytes.
MAX_SHARED_STRINGS = 1_000_000
MAX_MERGED_RANGES = 100_000
_CHUNK = 1 << 20
_LONGEST_TAG = 4096  # a <mergeCell> split between two chunks is never longer than this
_MERGE_CELL = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?\bref\s*=\s*[\"']"
    rb"([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?[\"'][^>]*>"
)
_SI = f"{{{SHEET_MAIN_NS}}}si"
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"


class _TooComplex(Exception):
    """Raised inside openpyxl's parsing; turned into ``xlsx_too_complex`` by ``rows``."""


@dataclass(frozen=True)
class MergedRange:
    """A merged range, 1-based and inclusive, named as openpyxl names its ranges."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int


@contextlib.contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """The checked workbook at ``path``, its sheets read lazily; closed afterwards.

    The content decides what the file is (``check_workbook_file``), never its name: the
    file is handed to openpyxl open, so a workbook named ``.xls`` is read too.
    """
    name = path.name
    if not DEFUSEDXML:
        raise ValidationError("defusedxml_missing")
    check_workbook_file(path)
    with contextlib.ExitStack() as stack:
        try:
            fh = stack.enter_context(path.open("rb"))
        except OSError as exc:
            raise ValidationError("xlsx_cannot_read", file=name, detail=str(exc)) from exc
        with _translated(name, "?"):
            reader = _StreamingReader(fh)
            stack.callback(reader.close)
            with warnings.catch_warnings():
                # openpyxl warns about features it drops (data validation extensions,
                # default styles); none of them matter for reading values.
                warnings.simplefilter("ignore")
                reader.read()
        if not reader.wb.worksheets:
            raise ValidationError("xlsx_not_workbook", file=name)
        yield reader.wb


def rows(ws: Any, file: str, *, min_row: int, max_col: int, max_row: int | None = None):
    """The cells of ``ws`` row by row from ``min_row``, each row ``max_col`` cells wide
    (missing cells and rows filled with empty cells), to ``max_row`` or the sheet's end."""
    found = ws.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col)
    try:
        while True:
            with _translated(file, ws.title):
                try:
                    row = next(found)
                except StopIteration:
                    return
            yield row
    finally:
        found.close()


def merged_ranges(ws: Any, file: str, below_row: int) -> list[MergedRange]:
    """The merged ranges of ``ws`` that start above ``below_row``.

    They follow the last row in the sheet's XML, so the sheet's bytes are scanned once,
    a chunk at a time (the file passed ``check_workbook_file``: its size is bounded).
    """
    found: list[MergedRange] = []
    tail = b""
    # openpyxl's own handle on the sheet's part of the package (read-only worksheets).
    with _translated(file, ws.title), ws._get_source() as source:
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            if b"mergeCell" in data:
                for match in _MERGE_CELL.finditer(data):
                    merged = _range(match)
                    if merged is None or merged.min_row >= below_row:
                        continue
                    found.append(merged)
                    if len(found) > MAX_MERGED_RANGES:
                        raise _TooComplex
            cut = data.rfind(b"<")
            incomplete = cut > data.rfind(b">") and len(data) - cut <= _LONGEST_TAG
            tail = data[cut:] if incomplete else b""
    return found


def _range(match: re.Match[bytes]) -> MergedRange | None:
    first_col, first_row, last_col, last_row = match.groups()
    top, left = int(first_row), column_index(first_col.decode()) + 1
    bottom = int(last_row) if last_row else top
    right = column_index(last_col.decode()) + 1 if last_col else left
    if not (1 <= top <= bottom and 1 <= left <= right <= 16384):
        return None
    return MergedRange(top, left, bottom, right)


@contextlib.contextmanager
def _translated(file: str, sheet: str) -> Iterator[None]:
    """openpyxl's failures on a hostile or broken file as the refusals users read."""
    try:
        yield
    except ValidationError:
        raise
    except _TooComplex as exc:
        raise ValidationError("xlsx_too_complex", file=file, sheet=sheet) from exc
    except DefusedXmlException as exc:
        raise ValidationError("xlsx_xml_entities", file=file, part="?") from exc
    except Exception as exc:  # a broken file may fail anywhere inside openpyxl
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise ValidationError("xlsx_unreadable", file=file, detail=detail) from exc


class _SharedStrings:
    """The shared-strings table, parsed only as far as the cells read so far refer to it.

    Kept as stored: openpyxl half-decodes OOXML escapes in shared strings (it drops every
    "x005F_") and leaves inline strings as stored; keeping both as stored lets a reader
    decode every text exactly once (``cells.decode_ooxml``).
    """

    def __init__(self, source: IO[bytes] | None) -> None:
        self._source = source
        self._strings: list[str] = []
        self._items = iter(()) if source is None else iterparse(source, events=("start", "end"))
        self._root: Any = None

    def __getitem__(self, index: int) -> str:
        while index >= len(self._strings):
            if index >= MAX_SHARED_STRINGS:
                raise _TooComplex
            if not self._parse_next():
                raise IndexError(f"shared string {index} does not exist")
        return self._strings[index]

    def _parse_next(self) -> bool:
        for event, node in self._items:
            if self._root is None:
                self._root = node
            elif event == "end" and node.tag == _SI:
                runs = (r.findtext(_T) or "" for r in node.iterfind(_R))
                self._strings.append("".join((node.findtext(_T) or "", *runs)))
                self._root.clear()  # the items parsed so far are no longer needed
                return True
        return False

    def close(self) -> None:
        if self._source is not None:
            self._source.close()


class _Sheet(ReadOnlyWorksheet):
    """A read-only sheet whose dimension record is never read: it may lie, and when it is
    missing openpyxl parses the whole sheet to look for it."""

    def _get_size(self) -> None:
        return None


class _StreamingReader(ExcelReader):
    """openpyxl's reader in read-only mode with lazy shared strings and ``_Sheet``s."""

    def __init__(self, fh: IO[bytes]) -> None:
        super().__init__(fh, read_only=True, data_only=True, keep_links=False)
        self.shared_strings = _SharedStrings(None)

    def read_strings(self) -> None:
        part = self.package.find(SHARED_STRINGS)
        if part is not None:
            self.shared_strings = _SharedStrings(self.archive.open(part.PartName[1:]))

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)

    def close(self) -> None:
        self.shared_strings.close()
        self.archive.close()
