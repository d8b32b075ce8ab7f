"""Draw a ``model.Document`` as PDF with reportlab: A4, the Đoàn layout, Tinos embedded.

``write_pdf(document, path)`` writes atomically; ``pdf_bytes(document)`` returns the file.
Text wraps inside its column and never runs past it: table cells wrap (a word longer than its
column is split), fixed one-line boxes (the date line, a signer's name) shrink down to
``FIT_FLOOR`` first. A document with ``max_pages`` shrinks its body type until it fits.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as _PageBreak
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table
from reportlab.platypus.doctemplate import LayoutError

from bamtrachnhiem.documents import layout as L
from bamtrachnhiem.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, check_covered
from bamtrachnhiem.documents.fonts import register_fonts as _register_fonts
from bamtrachnhiem.documents.model import (
    Align,
    Annex,
    Blank,
    Block,
    Document,
    Field,
    FieldRow,
    PageBreak,
    Paragraph,
    Row,
    Run,
    Section,
    Signature,
    Table,
    section_number,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.files import atomic_path

CREATOR = "Ba Trách Nhiệm"
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}
_ALIGN[Align.JUSTIFY] = TA_JUSTIFY
_TABLE_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT"}
_TABLE_ALIGN[Align.JUSTIFY] = "LEFT"
_NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    # Tables draw even empty cells in their font; without this it would be Helvetica.
    ("FONT", (0, 0), (-1, -1), REGULAR),
]


def write_pdf(document: Document, path: str | Path) -> Path:
    """Write ``document`` to ``path`` as PDF, atomically (the old file stays on failure).

    Refused with ``pdf_font_missing_chars`` for characters Tinos cannot print,
    ``document_too_long`` when it cannot fit its ``max_pages``, and ``pdf_write_failed``
    when the file cannot be written.
    """
    path = Path(path)
    size = _checked_size(document)
    try:
        with atomic_path(path) as temp:
            _build(document, size, str(temp))
    except OSError as exc:
        raise ValidationError(
            "pdf_write_failed", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    return path


def pdf_bytes(document: Document) -> bytes:
    """The PDF file of ``document`` (same checks as ``write_pdf``)."""
    out = io.BytesIO()
    _build(document, _checked_size(document), out)
    return out.getvalue()


def page_count(document: Document, body_size: float = L.BODY_SIZE) -> int:
    """How many pages ``document`` takes with its body at ``body_size`` (laid out, not saved)."""
    return _build(document, body_size, io.BytesIO(), canvasmaker=_MeasuringCanvas)


def fitting_body_size(document: Document) -> float | None:
    """The largest body size at which ``document`` keeps within its ``max_pages`` (the full
    size when it has no limit), or None when even the smallest is too long."""
    if document.max_pages is None:
        return L.BODY_SIZE
    for size in L.BODY_SIZES:
        if page_count(document, size) <= document.max_pages:
            return size
    return None


def _checked_size(document: Document) -> float:
    missing: set[str] = set()
    for face in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        missing |= check_covered(" ".join(document.texts()), face)
    if missing:
        raise ValidationError("pdf_font_missing_chars", chars=" ".join(sorted(missing)))
    size = fitting_body_size(document)
    if size is None:
        raise ValidationError(
            "document_too_long",
            title=_one_line(document.title),
            pages=document.max_pages,
        )
    return size


def _one_line(text: str) -> str:
    return " ".join(L.nfc(text).split())


# -- pages ------------------------------------------------------------------------------
class _Canvas(Canvas):
    """The canvas the documents draw on (tests reach ``Canvas.save`` through it)."""


def _page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def _frame(is_landscape: bool) -> Frame:
    top, right, bottom, left = (m * mm for m in L.margins_mm(is_landscape))
    width, height = _page_size(is_landscape)
    return Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="landscape" if is_landscape else "portrait",
    )


def _number_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Page numbers at the top centre, from page 2 on."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(REGULAR, L.PAGE_NUMBER_SIZE)
    canvas.drawCentredString(width / 2, height - L.PAGE_NUMBER_FROM_TOP_MM * mm, str(page))
    canvas.restoreState()


class _MeasuringCanvas(_Canvas):
    """Lays pages out without writing a file: measuring is faster and touches no disk."""

    def save(self) -> None:
        pass


def _build(
    document: Document, body_size: float, target: Any, canvasmaker: type[Canvas] = _Canvas
) -> int:
    """Lay ``document`` out into ``target`` (a file name or a binary stream); its page count."""
    _register_fonts()
    templates = [
        PageTemplate(
            id=name,
            frames=[_frame(is_landscape)],
            onPage=_number_page,
            pagesize=_page_size(is_landscape),
        )
        for name, is_landscape in (("portrait", False), ("landscape", True))
    ]
    if document.landscape:
        templates.reverse()  # the first template is the first page's
    doc = BaseDocTemplate(
        target,
        pagesize=_page_size(document.landscape),
        pageTemplates=templates,
        title=_one_line(document.file_title or document.title),
        creator=CREATOR,
        author=CREATOR,
        allowSplitting=1,
        # The initial font is ours too, or reportlab names Helvetica in every page.
        initialFontName=REGULAR,
        initialFontSize=L.BODY_SIZE,
    )
    story = _Story(body_size).document(document)
    try:
        doc.build(story, canvasmaker=canvasmaker)
    except LayoutError as exc:
        raise ValidationError("document_layout_failed", title=_one_line(document.title)) from exc
    return int(doc.page)


# -- the story --------------------------------------------------------------------------
class _Rule(Flowable):
    """A short centred rule (under ĐOÀN TNCS HỒ CHÍ MINH and under the title)."""

    def __init__(self, length: float, height: float = 8, at: float = 4) -> None:
        super().__init__()
        self.length = length
        self.rule_height = height
        self.at = at

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.rule_height

    def draw(self) -> None:
        start = (self.width - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(start, self.at, start + self.length, self.at)


def _markup(runs: Sequence[Run]) -> str:
    out = []
    for run in runs:
        text = escape(L.nfc(run.text)).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _fit(text: str, font: str, size: float, width: float, floor: float = L.FIT_FLOOR) -> float:
    """The largest size from ``size`` down to ``floor`` at which one line of ``text`` fits
    ``width``; ``floor`` when none does (the text then wraps)."""
    current = size
    while current > floor and stringWidth(text, font, current) > width:
        current -= 0.5
    return max(current, floor)


class _Story:
    """Turns the model into reportlab flowables for one body size."""

    def __init__(self, body_size: float) -> None:
        _register_fonts()
        self.size = body_size
        self.scale = body_size / L.BODY_SIZE
        # Space between paragraphs goes first when a document shrinks to fit its pages:
        # full at 14 pt, none at the smallest size.
        smallest = L.BODY_SIZES[-1]
        self.airy = max(0.0, min(1.0, (body_size - smallest) / (L.BODY_SIZE - smallest)))
        self.width = 0.0  # the frame width of the part being laid out
        self.styles = self._styles()

    def _style(self, name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", REGULAR)
        kw.setdefault("fontSize", self.size)
        kw.setdefault("leading", kw["fontSize"] * 1.22)
        kw.setdefault("alignment", TA_CENTER)
        kw.setdefault("splitLongWords", 1)
        return ParagraphStyle(name, **kw)

    def _styles(self) -> dict[str, ParagraphStyle]:
        s = self.size
        indent = L.FIRST_LINE_INDENT_MM * mm
        return {
            "higher": self._style("higher", fontSize=L.HEADER_SIZE),
            "issuing": self._style("issuing", fontSize=L.HEADER_SIZE, fontName=BOLD),
            "number": self._style("number", fontSize=L.HEADER_SIZE),
            "about": self._style("about", fontSize=L.ABOUT_SIZE, fontName=ITALIC),
            "motto": self._style("motto", fontSize=L.MOTTO_SIZE, fontName=BOLD),
            "title": self._style("title", fontSize=L.TITLE_SIZE, fontName=BOLD, leading=19),
            "subject": self._style("subject", fontSize=L.SUBJECT_SIZE, fontName=BOLD),
            "body": self._style(
                "body",
                alignment=TA_JUSTIFY,
                firstLineIndent=indent,
                leading=s * 1.25,
                spaceAfter=s * 0.3 * self.airy,
            ),
            "heading": self._style(
                "heading",
                alignment=TA_JUSTIFY,
                firstLineIndent=indent,
                leading=s * 1.25,
                spaceBefore=s * 0.3 * self.airy,
                spaceAfter=s * 0.2 * self.airy,
                keepWithNext=1,
            ),
            "field": self._style("field", alignment=TA_LEFT, leading=s * 1.3),
            "addressee": self._style("addressee", alignment=TA_LEFT, leading=s * 1.3),
            "recipients_head": self._style(
                "recipients_head",
                fontSize=L.RECIPIENTS_HEAD_SIZE,
                fontName=BOLD_ITALIC,
                alignment=TA_LEFT,
            ),
            "recipients": self._style(
                "recipients", fontSize=L.RECIPIENTS_SIZE, alignment=TA_LEFT, leading=13
            ),
            "sign": self._style("sign", fontName=BOLD),
            "sign_note": self._style("sign_note", fontName=ITALIC, fontSize=s - 1),
            "annex_title": self._style(
                "annex_title", fontSize=L.SUBJECT_SIZE, fontName=BOLD, leading=18
            ),
            "annex_subtitle": self._style("annex_subtitle", fontName=ITALIC, fontSize=s - 1),
        }

    def _p(self, text: str, style: str | ParagraphStyle) -> _Paragraph:
        if isinstance(style, str):
            style = self.styles[style]
        return _Paragraph(escape(L.nfc(text)).replace("\n", "<br/>"), style)

    # -- the whole --------------------------------------------------------------------
    def document(self, document: Document) -> list[Flowable]:
        self.width = L.frame_width_mm(document.landscape) * mm
        story: list[Flowable] = []
        if document.header:
            story.append(self.header(document))
        if document.title:
            story += [
                Spacer(1, 5 * mm if document.header else 0),
                self._p(document.title, "title"),
            ]
        if document.subject:
            story.append(self._p(document.subject, "subject"))
        if document.title or document.subject:
            story.append(_Rule(L.TITLE_RULE_MM * mm, height=14, at=6))
        story.append(Spacer(1, 3 * mm))
        if document.addressees:
            story += self.addressees(document.addressees)
        body = self.blocks(document.blocks)
        if document.recipients or document.signatures:
            # The signature never stands alone on a page: the body's last paragraph goes
            # with it (a signature under no text signs nothing).
            last = [body.pop()] if body and isinstance(body[-1], _Paragraph) else []
            story += body
            story.append(KeepTogether([*last, Spacer(1, self.size * 0.3), self.closing(document)]))
        else:
            story += body
        for annex in document.annexes:
            story += self.annex(annex)
        return story

    def header(self, document: Document) -> _Table:
        header = document.header
        assert header is not None
        left_width = self.width * L.HEADER_LEFT_SHARE
        right_width = self.width - left_width
        left: list[Flowable] = []
        if header.higher_body:
            left.append(self._p(header.higher_body, "higher"))
        if header.issuing_body:
            left.append(
                self._p(
                    header.issuing_body, self._one_line_if_close(header.issuing_body, left_width)
                )
            )
        left.append(self._p("***", "higher"))
        if header.number:
            left.append(self._p(header.number.line(), "number"))
        if header.about:
            left.append(Spacer(1, 1 * mm))
            left.append(self._p(header.about, "about"))
        line = L.date_line(header)
        size = _fit(line, ITALIC, L.DATE_SIZE, right_width)
        date_style = self._style("date", fontName=ITALIC, fontSize=size)
        right: list[Flowable] = [
            self._p(header.motto, "motto"),
            _Rule(L.MOTTO_RULE_MM * mm, height=8, at=3),
            Spacer(1, 4 * mm),
            self._p(line, date_style),
        ]
        table = _Table([[left, right]], colWidths=[left_width, right_width])
        table.setStyle(TableStyle(_NO_PADDING))
        return table

    def _one_line_if_close(self, text: str, width: float) -> ParagraphStyle:
        """The issuing body in bold: a little smaller when that keeps it on one line,
        else at full size over two lines (as offices set it)."""
        style = self.styles["issuing"]
        size = _fit(L.nfc(text), BOLD, style.fontSize, width, floor=style.fontSize - 1.5)
        if stringWidth(L.nfc(text), BOLD, size) > width:
            return style
        return ParagraphStyle("issuing_fit", parent=style, fontSize=size, leading=size * 1.22)

    def addressees(self, lines: Sequence[str]) -> list[Flowable]:
        """ "Kính gửi: X" centred for one addressee; a list under "Kính gửi:" for several."""
        if len(lines) == 1:
            return [
                self._p(f"Kính gửi: {lines[0]}", self._style("kg", leading=self.size * 1.3)),
                Spacer(1, 3 * mm),
            ]
        rows = [[self._p("Kính gửi:", "addressee"), self._p(f"- {lines[0]}", "addressee")]]
        rows += [["", self._p(f"- {line}", "addressee")] for line in lines[1:]]
        label = stringWidth("Kính gửi: ", REGULAR, self.size)
        table = _Table(rows, colWidths=[self.width * 0.3, self.width * 0.7 - label])
        table.setStyle(TableStyle([*_NO_PADDING, ("ALIGN", (0, 0), (0, -1), "RIGHT")]))
        return [table, Spacer(1, 3 * mm)]

    def closing(self, document: Document) -> _Table:
        """Nơi nhận at the bottom left, the signature(s) at the right."""
        cells: list[list[Flowable]] = []
        signatures = list(document.signatures)
        if document.recipients:
            recipients: list[Flowable] = [self._p("Nơi nhận:", "recipients_head")]
            recipients += [self._p(line, "recipients") for line in document.recipients]
            cells.append(recipients)
        elif len(signatures) == 1:
            cells.append([])  # a lone signature stands at the right
        count = len(cells) + len(signatures)
        widths = [self.width / count] * count
        if count == 2 and document.recipients:
            widths = [self.width * 0.45, self.width * 0.55]
        for signature, width in zip(signatures, widths[len(cells) :], strict=True):
            cells.append(self.signature(signature, width))
        table = _Table([cells], colWidths=widths)
        table.setStyle(TableStyle(_NO_PADDING))
        return table

    def signature(self, signature: Signature, width: float) -> list[Flowable]:
        out: list[Flowable] = [self._p(line, "sign") for line in signature.lines]
        if signature.note:
            out.append(self._p(signature.note, "sign_note"))
        # A one-page form that shrinks its type gives up a little of the signing room too.
        out.append(Spacer(1, signature.space_mm * mm * self.scale))
        if signature.name:
            size = _fit(signature.name, BOLD, self.size, width)
            out.append(self._p(signature.name, self._style("signer", fontName=BOLD, fontSize=size)))
        return out

    def annex(self, annex: Annex) -> list[Flowable]:
        self.width = L.frame_width_mm(annex.landscape) * mm
        story: list[Flowable] = [
            NextPageTemplate("landscape" if annex.landscape else "portrait"),
            _PageBreak(),
            self._p(annex.title, "annex_title"),
        ]
        if annex.subtitle:
            story.append(self._p(annex.subtitle, "annex_subtitle"))
        story.append(Spacer(1, 4 * mm))
        story += self.blocks(annex.blocks)
        return story

    # -- blocks -----------------------------------------------------------------------
    def blocks(self, blocks: Sequence[Block], depth: int = 0) -> list[Flowable]:
        out: list[Flowable] = []
        counter = 0
        for block in blocks:
            if isinstance(block, Section):
                label = ""
                if block.numbered:
                    counter += 1
                    label = section_number(depth, counter) + " "
                out.append(self.heading(label + L.nfc(block.title), depth))
                out += self.blocks(block.blocks, depth + 1)
            elif isinstance(block, Paragraph):
                out.append(self.paragraph(block))
            elif isinstance(block, FieldRow):
                out.append(self.field_row(block))
            elif isinstance(block, Blank):
                out += self.blank(block)
            elif isinstance(block, Table):
                out += [Spacer(1, 2), self.table(block), Spacer(1, self.size * 0.4)]
            elif isinstance(block, PageBreak):
                out.append(_PageBreak())
        return out

    def heading(self, text: str, depth: int) -> _Paragraph:
        face = BOLD_ITALIC if depth >= 2 else BOLD
        style = ParagraphStyle(f"heading{depth}", parent=self.styles["heading"], fontName=face)
        return _Paragraph(escape(text), style)

    def paragraph(self, block: Paragraph) -> _Paragraph:
        style = ParagraphStyle(
            "p",
            parent=self.styles["body"],
            alignment=_ALIGN[block.align],
            firstLineIndent=self.styles["body"].firstLineIndent if block.indent else 0,
        )
        return _Paragraph(_markup(block.runs()), style)

    def _dots(self, width: float, style: ParagraphStyle) -> str:
        return "…" * max(3, int(width / stringWidth("…", style.fontName, style.fontSize)) - 1)

    def field_row(self, row: FieldRow) -> _Table:
        total = sum(f.width for f in row.fields) or 1
        widths = [self.width * f.width / total for f in row.fields]
        cells = [self.field(f, w) for f, w in zip(row.fields, widths, strict=True)]
        table = _Table([cells], colWidths=widths)
        table.setStyle(TableStyle([*_NO_PADDING, ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    def field(self, f: Field, width: float) -> _Paragraph:
        style = self.styles["field"]
        label = escape(L.nfc(f.label))
        if f.value:
            return _Paragraph(f"{label}: <b>{escape(L.nfc(f.value))}</b>", style)
        room = width - stringWidth(f"{L.nfc(f.label)}: ", style.fontName, style.fontSize) - 4
        return _Paragraph(f"{label}: {self._dots(room, style)}", style)

    def blank(self, block: Blank) -> list[Flowable]:
        """Dotted lines starting where a paragraph's first line starts."""
        indent = self.styles["body"].firstLineIndent
        style = ParagraphStyle("blank", parent=self.styles["field"], leftIndent=indent)
        lead = L.nfc(block.lead)
        room = self.width - indent - stringWidth(lead, style.fontName, style.fontSize) - 6
        return [
            _Paragraph(escape(lead) + self._dots(room, style), style)
            for _ in range(max(1, block.lines))
        ]

    def table(self, table: Table) -> _Table:
        size = min(table.font_size, table.font_size * self.scale + 0.5)
        leading = size * 1.2
        total = sum(c.width for c in table.columns) or 1
        widths = [self.width * c.width / total for c in table.columns]
        head_style = self._style("th", fontName=BOLD, fontSize=size, leading=leading)
        cell_styles = {
            a: self._style(f"td-{a}", fontSize=size, leading=leading, alignment=_ALIGN[a])
            for a in Align
        }
        bold_styles = {
            a: ParagraphStyle(f"tb-{a}", parent=s, fontName=BOLD) for a, s in cell_styles.items()
        }
        data: list[list[Any]] = []
        commands: list[Any] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if table.groups:
            top: list[Any] = []
            bottom: list[Any] = []
            start = 0
            for group in table.groups:
                columns = table.columns[start : start + group.span]
                end = start + group.span - 1
                if group.title:
                    top += [self._p(group.title, head_style)] + [""] * (group.span - 1)
                    bottom += [self._p(c.title, head_style) for c in columns]
                    if group.span > 1:
                        commands.append(("SPAN", (start, 0), (end, 0)))
                else:
                    for offset, column in enumerate(columns):
                        top.append(self._p(column.title, head_style))
                        bottom.append("")
                        commands.append(("SPAN", (start + offset, 0), (start + offset, 1)))
                start = end + 1
            data += [top, bottom]
        else:
            data.append([self._p(c.title, head_style) for c in table.columns])
        for row in table.all_rows():
            data.append(self._row(table, row, cell_styles, bold_styles, commands, len(data)))
        blank_height = size * 1.9
        data += [[""] * len(table.columns) for _ in range(table.blank_rows)]
        heights: list[float | None] = [None] * (len(data) - table.blank_rows)
        heights += [blank_height] * table.blank_rows
        result = _Table(
            data,
            colWidths=widths,
            rowHeights=heights,
            repeatRows=table.header_rows,
            splitInRow=1,
        )
        result.setStyle(TableStyle(commands))
        return result

    def _row(
        self,
        table: Table,
        row: Row,
        styles: dict[Align, ParagraphStyle],
        bold_styles: dict[Align, ParagraphStyle],
        commands: list[Any],
        index: int,
    ) -> list[Any]:
        chosen = bold_styles if row.bold else styles
        cells: list[Any] = []
        columns = list(table.columns)
        span = max(1, row.label_span)
        for position, value in enumerate(row.cells):
            column = columns[0 if position == 0 else position + span - 1]
            align = column.alignment
            if position == 0 and span > 1:
                align = Align.CENTER
            text = L.cell_text(value, column.kind, column.decimals)
            cells.append(self._p(text, chosen[align]))
            if position == 0 and span > 1:
                cells += [""] * (span - 1)
        if span > 1:
            commands.append(("SPAN", (0, index), (span - 1, index)))
        return cells
