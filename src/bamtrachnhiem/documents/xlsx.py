"""Draw a ``model.Document`` as an .xlsx workbook with openpyxl: the same content as the PDF.

One sheet for the document and one per annex (landscape where the annex is). The sheet's
columns are the first table's columns (widths in proportion, as on paper), or an even grid
when the part has no table; text blocks are merged across the width with wrapping, and each
row's height is measured with the font's metrics, since neither Excel nor LibreOffice grows
a merged row by itself. Values only: numbers stay numbers, dates stay dates, no formulas.
Page setup: A4, the Đoàn margins, fit to the page width, table headers repeated on every
page, page numbers at the top centre from page 2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.pdfmetrics import stringWidth

from bamtrachnhiem.documents import layout as L
from bamtrachnhiem.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from bamtrachnhiem.documents.model import (
    Align,
    Blank,
    Block,
    ColumnKind,
    Document,
    FieldRow,
    PageBreak,
    Paragraph,
    Row,
    Section,
    Signature,
    Table,
    Value,
    section_number,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.files import atomic_path

_MM_PER_INCH = 25.4
_THIN = Side(style="thin", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_H = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "justify"}
_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
# Points of the default font's (Calibri 11) column unit: a character is 7 px plus 5 px of
# padding per column, at 96 px to the inch.
_PT_PER_PX = 0.75
_EVEN_GRID = 8  # columns of a sheet without a table


def write_xlsx(document: Document, path: str | Path) -> Path:
    """Write ``document`` to ``path`` as .xlsx, atomically; ``xlsx_write_failed`` when the
    file cannot be written."""
    path = Path(path)
    workbook = build_workbook(document)
    try:
        with atomic_path(path) as temp:
            workbook.save(str(temp))
    except OSError as exc:
        raise ValidationError(
            "xlsx_write_failed", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    return path


def build_workbook(document: Document) -> Workbook:
    """The workbook of ``document`` (not yet saved)."""
    register_fonts()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    used: set[str] = set()
    sheet.title = _sheet_name(document.sheet_name or document.title, used)
    _Sheet(sheet, document.landscape, document.blocks).document(document)
    for number, annex in enumerate(document.annexes, start=1):
        name = _sheet_name(annex.sheet_name or f"Phụ lục {number}", used)
        part = _Sheet(workbook.create_sheet(name), annex.landscape, annex.blocks)
        part.title(annex.title, L.SUBJECT_SIZE - 1)
        if annex.subtitle:
            part.text(annex.subtitle, italic=True)
        part.gap()
        part.blocks(annex.blocks)
        part.finish()
    return workbook


def _sheet_name(text: str, used: set[str]) -> str:
    base = _FORBIDDEN_IN_SHEET_NAMES.sub(" ", " ".join(L.nfc(text).split())).strip("' ")
    base = (base or "Trang")[:31]
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _store(cell: Cell, value: Value) -> None:
    """Values only: text that looks like a formula ("=1+1") stays text."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _first_table(blocks: Sequence[Block]) -> Table | None:
    for block in blocks:
        if isinstance(block, Table):
            return block
        if isinstance(block, Section) and (found := _first_table(block.blocks)):
            return found
    return None


def _lines(text: str, font: str, size: float, width_pt: float) -> int:
    """How many lines ``text`` wraps to in ``width_pt`` (greedy, on spaces)."""
    count = 0
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        count += 1
        line = 0.0
        for word in paragraph.split(" "):
            w = stringWidth(word, font, size)
            if line and line + space + w > width_pt:
                count += 1
                line = w
            else:
                line += (space if line else 0) + w
            while line > width_pt:  # a word longer than the line breaks inside
                count += 1
                line -= width_pt
    return count


class _Sheet:
    """Lays one part of a document out on one worksheet, row by row."""

    def __init__(self, sheet: Worksheet, landscape: bool, blocks: Sequence[Block]) -> None:
        self.ws = sheet
        self.landscape = landscape
        self.row = 1
        width_pt = L.frame_width_mm(landscape) / _MM_PER_INCH * 72
        table = _first_table(blocks)
        weights = [c.width for c in table.columns] if table else [1.0] * _EVEN_GRID
        total = sum(weights) or 1
        self.widths = [width_pt * w / total for w in weights]  # points
        self.n = len(self.widths)
        self.title_rows: tuple[int, int] | None = None
        for index, points in enumerate(self.widths, start=1):
            chars = max(1.0, (points / _PT_PER_PX - 5) / 7)
            self.ws.column_dimensions[get_column_letter(index)].width = round(chars, 2)

    # -- cells ------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False, italic: bool = False, **kw: object) -> Font:
        return Font(name=L.XLSX_FONT, size=size, bold=bold, italic=italic, **kw)

    def _span_width(self, first: int, last: int) -> float:
        # A little padding inside the cells, and room for a fallback font a little wider
        # than Times New Roman where it is not installed.
        return (sum(self.widths[first - 1 : last]) - 4) * 0.92

    def put(
        self,
        text: str,
        first: int,
        last: int,
        *,
        size: float = L.XLSX_SIZE,
        bold: bool = False,
        italic: bool = False,
        align: Align = Align.LEFT,
        indent: bool = False,
        underline: bool = False,
        row: int | None = None,
    ) -> int:
        """Put ``text`` in the current row over columns ``first``..``last`` (merged); the
        number of lines it needs there."""
        row = self.row if row is None else row
        text = L.nfc(text)
        cell = self.ws.cell(row=row, column=first)
        _store(cell, text or None)
        cell.font = self._font(size, bold, italic, underline="single" if underline else None)
        cell.alignment = Alignment(
            horizontal=_H[align], vertical="top", wrap_text=True, indent=2 if indent else 0
        )
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        face = {
            (False, False): REGULAR,
            (True, False): BOLD,
            (False, True): ITALIC,
            (True, True): BOLD_ITALIC,
        }[(bold, italic)]
        lead = "    " if indent else ""
        return _lines(lead + text, face, size, self._span_width(first, last)) if text else 1

    def height(self, lines: int, size: float = L.XLSX_SIZE, row: int | None = None) -> None:
        self.ws.row_dimensions[self.row if row is None else row].height = round(
            lines * size * 1.28 + 3, 1
        )

    def text(
        self,
        text: str,
        *,
        size: float = L.XLSX_SIZE,
        bold: bool = False,
        italic: bool = False,
        align: Align = Align.CENTER,
        indent: bool = False,
    ) -> None:
        """A full-width line of text (wrapped, merged over every column)."""
        lines = self.put(
            text, 1, self.n, size=size, bold=bold, italic=italic, align=align, indent=indent
        )
        self.height(lines, size)
        self.row += 1

    def gap(self) -> None:
        self.ws.row_dimensions[self.row].height = 8
        self.row += 1

    # -- parts ------------------------------------------------------------------------
    def document(self, document: Document) -> None:
        if document.header:
            self.header(document)
        if document.title:
            self.title(document.title, L.TITLE_SIZE - 1)
        if document.subject:
            self.title(document.subject, L.XLSX_SIZE)
        self.gap()
        for line in document.addressees:
            self.text(f"Kính gửi: {line}")
        self.blocks(document.blocks)
        if document.recipients or document.signatures:
            self.gap()
            self.closing(document.recipients, document.signatures)
        self.finish()

    def title(self, text: str, size: float) -> None:
        self.text(text, size=size, bold=True)

    def _split(self, share: float) -> int:
        """The last column of a left part taking about ``share`` of the width."""
        total = sum(self.widths)
        running = 0.0
        for index, width in enumerate(self.widths, start=1):
            running += width
            if running >= total * share:
                return max(1, min(index, self.n - 1))
        return max(1, self.n - 1)

    def header(self, document: Document) -> None:
        header = document.header
        assert header is not None
        split = self._split(L.HEADER_LEFT_SHARE)
        size = L.XLSX_SIZE
        left: list[tuple[str, bool, bool]] = []
        if header.higher_body:
            left.append((header.higher_body, False, False))
        if header.issuing_body:
            left.append((header.issuing_body, True, False))
        left.append(("***", False, False))
        if header.number:
            left.append((header.number.line(), False, False))
        if header.about:
            left.append((header.about, False, True))
        right: list[tuple[str, bool, bool]] = [
            (header.motto, True, False),
            ("", False, False),
            (L.date_line(header), False, True),
        ]
        for index in range(max(len(left), len(right))):
            lines = 1
            if index < len(left):
                text, bold, italic = left[index]
                lines = self.put(
                    text, 1, split, size=size, bold=bold, italic=italic, align=Align.CENTER
                )
            if index < len(right):
                text, bold, italic = right[index]
                lines = max(
                    lines,
                    self.put(
                        text,
                        split + 1,
                        self.n,
                        size=size,
                        bold=bold,
                        italic=italic,
                        align=Align.CENTER,
                        underline=index == 0,
                    ),
                )
            self.height(lines, size)
            self.row += 1
        self.gap()

    def blocks(self, blocks: Sequence[Block], depth: int = 0) -> None:
        counter = 0
        for block in blocks:
            if isinstance(block, Section):
                label = ""
                if block.numbered:
                    counter += 1
                    label = section_number(depth, counter) + " "
                self.text(
                    label + block.title,
                    bold=True,
                    italic=depth >= 2,
                    align=Align.LEFT,
                    indent=True,
                )
                self.blocks(block.blocks, depth + 1)
            elif isinstance(block, Paragraph):
                runs = block.runs()
                self.text(
                    block.plain(),
                    bold=bool(runs) and all(r.bold for r in runs),
                    italic=bool(runs) and all(r.italic for r in runs),
                    align=block.align,
                    indent=block.indent,
                )
            elif isinstance(block, FieldRow):
                self.field_row(block)
            elif isinstance(block, Blank):
                for _ in range(max(1, block.lines)):
                    self.text(block.lead + "…" * 60, align=Align.LEFT)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, PageBreak):
                self.ws.row_breaks.append(Break(id=self.row - 1))

    def field_row(self, block: FieldRow) -> None:
        total = sum(f.width for f in block.fields) or 1
        column, lines = 1, 1
        for position, f in enumerate(block.fields):
            span = max(1, round(self.n * f.width / total))
            last = self.n if position == len(block.fields) - 1 else min(self.n, column + span - 1)
            if column > self.n:
                break
            value = f.value or "…" * 20
            lines = max(lines, self.put(f"{f.label}: {value}", column, last))
            column = last + 1
        self.height(lines)
        self.row += 1

    def table(self, table: Table) -> None:
        size = table.font_size
        columns = list(table.columns)
        first_header = self.row
        head = self._font(size, bold=True)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if table.groups:
            start = 1
            lines_top, lines_bottom = 1, 1
            for group in table.groups:
                end = start + group.span - 1
                if group.title:
                    lines_top = max(
                        lines_top, self._grid_cell(self.row, start, end, group.title, head, centre)
                    )
                    for offset, column in enumerate(columns[start - 1 : end]):
                        c = start + offset
                        lines_bottom = max(
                            lines_bottom,
                            self._grid_cell(self.row + 1, c, c, column.title, head, centre),
                        )
                else:
                    for offset, column in enumerate(columns[start - 1 : end]):
                        c = start + offset
                        self._grid_cell(self.row, c, c, column.title, head, centre, rows=2)
                start = end + 1
            self.height(lines_top, size)
            self.height(lines_bottom, size, row=self.row + 1)
            self.row += 2
        else:
            lines = max(
                self._grid_cell(self.row, i, i, c.title, head, centre)
                for i, c in enumerate(columns, start=1)
            )
            self.height(lines, size)
            self.row += 1
        self.title_rows = self.title_rows or (first_header, self.row - 1)
        for row in table.all_rows():
            self._data_row(table, row)
        for _ in range(table.blank_rows):
            for i in range(1, len(columns) + 1):
                self.ws.cell(row=self.row, column=i).border = _GRID
            self.height(2, size)
            self.row += 1
        self.gap()

    def _grid_cell(
        self,
        row: int,
        first: int,
        last: int,
        value: Value,
        font: Font,
        alignment: Alignment,
        rows: int = 1,
    ) -> int:
        cell = self.ws.cell(row=row, column=first)
        _store(cell, L.nfc(value) if isinstance(value, str) else value)
        cell.font = font
        cell.alignment = alignment
        for r in range(row, row + rows):
            for c in range(first, last + 1):
                self.ws.cell(row=r, column=c).border = _GRID
        if last > first or rows > 1:
            self.ws.merge_cells(
                start_row=row, start_column=first, end_row=row + rows - 1, end_column=last
            )
        if not isinstance(value, str) or not value:
            return 1
        face = BOLD if font.b else REGULAR
        return _lines(
            L.nfc(value), face, float(font.sz or L.XLSX_SIZE), self._span_width(first, last)
        )

    def _data_row(self, table: Table, row: Row) -> None:
        columns = list(table.columns)
        span = max(1, row.label_span)
        font = self._font(table.font_size, bold=row.bold)
        lines = 1
        for position, value in enumerate(row.cells):
            first = 1 if position == 0 else position + span
            last = span if position == 0 else first
            column = columns[first - 1]
            align = Align.CENTER if position == 0 and span > 1 else column.alignment
            alignment = Alignment(horizontal=_H[align], vertical="center", wrap_text=True)
            stored: Value = value
            if isinstance(value, datetime):
                stored = value.date()
            if column.kind is ColumnKind.TEXT and isinstance(value, int | float) and span == 1:
                stored = value  # a number in a text column stays a number
            lines = max(lines, self._grid_cell(self.row, first, last, stored, font, alignment))
            cell = self.ws.cell(row=self.row, column=first)
            if isinstance(stored, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(stored, float):
                cell.number_format = "#,##0" + (
                    "." + "0" * column.decimals if column.decimals else ""
                )
            elif isinstance(stored, int) and not isinstance(stored, bool):
                cell.number_format = "#,##0" if abs(stored) >= 10000 else "0"
        self.height(lines, table.font_size)
        self.row += 1

    def closing(self, recipients: Sequence[str], signatures: Sequence[Signature]) -> None:
        """Nơi nhận in the left columns, the signature(s) in the right ones."""
        parts: list[list[tuple[str, bool, bool, Align, float]]] = []
        if recipients:
            part = [("Nơi nhận:", True, True, Align.LEFT, 11.0)]
            part += [(line, False, False, Align.LEFT, 11.0) for line in recipients]
            parts.append(part)
        elif len(signatures) == 1:
            parts.append([])
        for signature in signatures:
            part = [(line, True, False, Align.CENTER, L.XLSX_SIZE) for line in signature.lines]
            if signature.note:
                part.append((signature.note, False, True, Align.CENTER, L.XLSX_SIZE - 1))
            part += [("", False, False, Align.CENTER, L.XLSX_SIZE)] * 4
            part.append((signature.name, True, False, Align.CENTER, L.XLSX_SIZE))
            parts.append(part)
        bounds: list[tuple[int, int]] = []
        if len(parts) == 2 and recipients:
            split = self._split(0.45)
            bounds = [(1, split), (split + 1, self.n)]
        else:
            step = self.n / len(parts)
            for i in range(len(parts)):
                first = round(i * step) + 1
                last = max(first, round((i + 1) * step))
                bounds.append((first, min(last, self.n)))
        for index in range(max(len(p) for p in parts)):
            lines, size = 1, L.XLSX_SIZE
            for part, (first, last) in zip(parts, bounds, strict=True):
                if index < len(part):
                    text, bold, italic, align, size = part[index]
                    lines = max(
                        lines,
                        self.put(
                            text, first, last, size=size, bold=bold, italic=italic, align=align
                        ),
                    )
            self.height(lines)
            self.row += 1

    def finish(self) -> None:
        """A4, margins, fit to width, headers repeated, page numbers from page 2."""
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if self.landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        top, right, bottom, left = (m / _MM_PER_INCH for m in L.margins_mm(self.landscape))
        ws.page_margins.top = round(top, 3)
        ws.page_margins.bottom = round(bottom, 3)
        ws.page_margins.left = round(left, 3)
        ws.page_margins.right = round(right, 3)
        ws.page_margins.header = round(L.PAGE_NUMBER_FROM_TOP_MM / _MM_PER_INCH / 1.5, 3)
        ws.page_margins.footer = 0.2
        ws.print_options.horizontalCentered = True
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = L.XLSX_FONT
        ws.oddHeader.center.size = 13
        if self.title_rows:
            first, last = self.title_rows
            ws.print_title_rows = f"{first}:{last}"
        ws.sheet_view.showGridLines = False
        ws.print_area = f"A1:{get_column_letter(self.n)}{max(1, self.row - 1)}"
