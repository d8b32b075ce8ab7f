"""What a printed document says, apart from how it is drawn.

A service fills a ``Document`` with plain values; ``documents.pdf`` and ``documents.xlsx``
draw the same object in the Đoàn layout (Hướng dẫn 29-HD/TWĐTN-VP, see
``docs/decisions/0013-doan-documents.md``). Callers never touch reportlab or openpyxl, and
nothing here knows about them: the classes hold text, numbers and dates only.

The order on paper is fixed by the layout, not by the caller:

    header (issuing body, number | ĐOÀN TNCS HỒ CHÍ MINH, place and date)
    title, trích yếu, a short rule
    "Kính gửi: …" (letters)
    the blocks: paragraphs, numbered sections (I., 1., a)), tables, fields, blanks
    "Nơi nhận:" at the bottom left | the signature(s) at the right
    annexes, each on a new page, portrait or landscape

Sections number themselves by depth: "I." at the top level, "1." below it, "a)" below that.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# What a table cell holds: the renderers format numbers and dates the Vietnamese way in the
# PDF and keep them as numbers and dates in the workbook.
Value = str | int | float | date | None

UNION_NAME = "ĐOÀN TNCS HỒ CHÍ MINH"
STANDING_COMMITTEE = "TM. BAN THƯỜNG VỤ"
EXECUTIVE_COMMITTEE = "TM. BAN CHẤP HÀNH"
SIGN_NOTE = "(Ký và ghi rõ họ tên)"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class ColumnKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph in its own face: ``Run("Họ và tên: "), Run(name, bold=True)``."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified, its first line indented, wrapped to the page.

    ``text`` is plain text or a sequence of runs; a line break inside it is kept.
    """

    text: str | Sequence[Run]
    bold: bool = False
    italic: bool = False
    align: Align = Align.JUSTIFY
    indent: bool = True

    def runs(self) -> tuple[Run, ...]:
        if isinstance(self.text, str):
            return (Run(self.text, self.bold, self.italic),)
        return tuple(Run(r.text, r.bold or self.bold, r.italic or self.italic) for r in self.text)

    def plain(self) -> str:
        return "".join(r.text for r in self.runs())


@dataclass(frozen=True)
class Field:
    """ "Label: value" on a form; an empty value prints as dots to fill in by hand."""

    label: str
    value: str = ""
    width: float = 1.0  # share of the line, against the other fields of its row


@dataclass(frozen=True)
class FieldRow:
    """One line of fields side by side ("Họ và tên: …    Ngày sinh: …")."""

    fields: Sequence[Field]


@dataclass(frozen=True)
class Blank:
    """Dotted lines to write on by hand, each starting with ``lead`` ("- ")."""

    lines: int = 1
    lead: str = ""


@dataclass(frozen=True)
class Section:
    """A numbered heading and what stands under it. Depth gives the numbering: I., 1., a).

    ``numbered=False`` prints the title alone and does not count.
    """

    title: str
    blocks: Sequence[Block] = ()
    numbered: bool = True


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the width, what its cells hold.

    Numbers print with Vietnamese separators ("1.234,5") and at most ``decimals`` decimals;
    in the workbook they stay numbers. Alignment defaults by kind: text left, numbers right,
    dates centred.
    """

    title: str
    width: float = 1.0
    kind: ColumnKind = ColumnKind.TEXT
    decimals: int = 0
    align: Align | None = None

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        return {
            ColumnKind.TEXT: Align.LEFT,
            ColumnKind.NUMBER: Align.RIGHT,
            ColumnKind.DATE: Align.CENTER,
        }[self.kind]


@dataclass(frozen=True)
class ColumnGroup:
    """A header spanning ``span`` columns above their own headers; "" leaves them ungrouped
    (their headers then fill both header rows)."""

    title: str
    span: int


@dataclass(frozen=True)
class Row:
    """A table row; ``bold`` for a totals row; the first cell may span ``label_span`` columns
    ("Tổng cộng" over STT and name)."""

    cells: Sequence[Value]
    bold: bool = False
    label_span: int = 1


@dataclass(frozen=True)
class Table:
    """A grid table whose header rows repeat on every page it runs over."""

    columns: Sequence[Column]
    rows: Sequence[Row | Sequence[Value]] = ()
    groups: Sequence[ColumnGroup] = ()
    blank_rows: int = 0  # empty rows to fill in by hand
    font_size: float = 12.0

    def __post_init__(self) -> None:
        if self.groups and sum(g.span for g in self.groups) != len(self.columns):
            raise ValueError("column groups must cover every column exactly once")
        for row in self.all_rows():
            if len(row.cells) + row.label_span - 1 != len(self.columns):
                raise ValueError(f"row has {len(row.cells)} cells for {len(self.columns)} columns")

    def all_rows(self) -> list[Row]:
        return [r if isinstance(r, Row) else Row(tuple(r)) for r in self.rows]

    @property
    def header_rows(self) -> int:
        return 2 if self.groups else 1


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (a new sheet row block in the workbook)."""


Block = Paragraph | FieldRow | Blank | Section | Table | PageBreak


@dataclass(frozen=True)
class Signature:
    """A signature column: bold lines ("TM. BAN THƯỜNG VỤ", "BÍ THƯ"), an italic note,
    about 25 mm for the signature and seal, then the signer's name."""

    lines: Sequence[str]
    name: str = ""
    note: str = ""
    space_mm: float = 25.0


@dataclass(frozen=True)
class DocumentNumber:
    """The number line in the Đoàn (Party) style: "Số: 12-BC/HĐTN".

    Without a number the office's register fills it in by hand: "Số:      -BC/HĐTN".
    """

    kind: str  # BC, QĐ, TTr, DS, BB, CV ...
    symbol: str  # HĐTN, ĐTN, TĐ ...
    number: int | str | None = None

    def line(self) -> str:
        number = str(self.number) if self.number not in (None, "") else "\u00a0" * 6
        suffix = f"-{self.kind}/{self.symbol}" if self.kind else f"/{self.symbol}"
        return f"Số: {number}{suffix}"


@dataclass(frozen=True)
class Header:
    """The two header columns: issuing bodies and number at the left, the Union's name and
    the place and date at the right. A letter adds its "V/v …" line under the number."""

    higher_body: str = ""
    issuing_body: str = ""
    number: DocumentNumber | None = None
    about: str = ""  # "V/v đề nghị khen thưởng …" (công văn, tờ trình)
    place: str = ""
    date: date | None = None  # None: "ngày … tháng … năm {year}" to fill in by hand
    year: int | None = None
    motto: str = UNION_NAME


@dataclass(frozen=True)
class Annex:
    """A part after the signature, on its own page (its own sheet in the workbook);
    wide tables go in a landscape annex."""

    title: str
    blocks: Sequence[Block] = ()
    subtitle: str = ""  # "(Kèm theo Báo cáo số 12-BC/ĐTN ngày 15/6/2026 …)"
    landscape: bool = False
    sheet_name: str = ""


@dataclass(frozen=True)
class Document:
    """One printed document in the Đoàn layout (see the module docstring for the order)."""

    title: str  # may hold line breaks
    header: Header | None = None
    subject: str = ""  # trích yếu, under the title
    addressees: Sequence[str] = ()  # "Kính gửi: …"
    blocks: Sequence[Block] = ()
    recipients: Sequence[str] = ()  # "Nơi nhận:" lines
    signatures: Sequence[Signature] = ()
    annexes: Sequence[Annex] = ()
    landscape: bool = False
    # The body type shrinks step by step (14 pt down to 11 pt) to stay within this many
    # pages; past that the document is refused (document_too_long).
    max_pages: int | None = None
    file_title: str = ""  # PDF metadata; defaults to the title
    sheet_name: str = ""  # the workbook's first sheet

    def texts(self) -> Iterator[str]:
        """Every piece of text the document prints (for the font check)."""
        if self.header:
            h = self.header
            yield from (h.higher_body, h.issuing_body, h.about, h.place, h.motto)
            if h.number:
                yield h.number.line()
        yield from (self.title, self.subject, *self.addressees, *self.recipients)
        for signature in self.signatures:
            yield from (*signature.lines, signature.name, signature.note)
        yield from _block_texts(self.blocks)
        for annex in self.annexes:
            yield from (annex.title, annex.subtitle)
            yield from _block_texts(annex.blocks)


def _block_texts(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.plain()
        elif isinstance(block, FieldRow):
            for f in block.fields:
                yield from (f.label, f.value)
        elif isinstance(block, Blank):
            yield block.lead
        elif isinstance(block, Section):
            yield block.title
            yield from _block_texts(block.blocks)
        elif isinstance(block, Table):
            yield from (c.title for c in block.columns)
            yield from (g.title for g in block.groups)
            for row in block.all_rows():
                yield from (c for c in row.cells if isinstance(c, str))


def section_number(depth: int, index: int) -> str:
    """The label of the ``index``-th (1-based) section at ``depth`` (0-based): I., 1., a)."""
    if depth == 0:
        return f"{roman(index)}."
    if depth == 1:
        return f"{index}."
    return f"{_letters(index)})"


def roman(n: int) -> str:
    """1 → "I", 4 → "IV", 14 → "XIV"."""
    out = []
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


# Points are lettered in the Vietnamese alphabet, as legal texts do: a) b) c) d) đ) e) g) …
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, len(_LETTERS))
        out = _LETTERS[rest] + out
    return out


def unit_signature(
    has_standing_committee: bool, title: str = "", name: str = "", *, on_behalf: bool = True
) -> Signature:
    """The unit's signature: "TM. BAN THƯỜNG VỤ" (or "TM. BAN CHẤP HÀNH" for a unit without
    a standing committee), the signer's title ("BÍ THƯ" by default), the name."""
    lines: list[str] = []
    if on_behalf:
        lines.append(STANDING_COMMITTEE if has_standing_committee else EXECUTIVE_COMMITTEE)
    lines.append((title or "BÍ THƯ").upper())
    return Signature(lines=tuple(lines), name=name)
