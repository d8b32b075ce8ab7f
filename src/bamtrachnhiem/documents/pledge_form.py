"""The pledge form to sign (bản đăng ký): one A4 page in the Youth Union document format."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from bamtrachnhiem.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, check_covered
from bamtrachnhiem.documents.fonts import register_fonts as _register_fonts
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.dates import format_date, place_date_line
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.pledges import Pledge
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.files import atomic_path

# Document format of Hướng dẫn 29-HD/TWĐTN-VP (vietnamese.md).
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
# The body starts at 13 pt and shrinks step by step, never below 11 pt, to stay on one page.
BODY_SIZES = (14.0, 13.5, 13.0, 12.5, 12.0, 11.5, 11.0)
# Room for the signature: about 22 mm at 14 pt, a little less when the type shrinks.
SIGNATURE_SPACE_PER_POINT = 22 * mm / 14
# Tables draw even empty cells in their font; without this it would be Helvetica.
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), REGULAR)
HEADER_LEFT_WIDTH = 80 * mm


def write_pledge_form(
    path: Path,
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
) -> Path:
    """Write the member's pledge form for ``year`` to ``path`` (PDF, one page, atomically).

    With ``pledge`` None the form is blank, with dotted lines to fill in by hand. Refused
    with ``pledge_form_too_long`` when the content cannot fit one page even at 11 pt, and
    with ``pdf_font_missing_chars`` when it holds characters the font cannot print.
    """
    path = Path(path)
    _check_printable(unit, member, pledge, criteria_set)
    size = body_size(unit, member, pledge, criteria_set, year, place_date)
    if size is None:
        raise ValidationError("pledge_form_too_long", name=member.full_name, year=year)
    story = _story(unit, member, pledge, criteria_set, year, place_date, size)
    overflow = ValidationError("pledge_form_too_long", name=member.full_name, year=year)
    title = f"Bản đăng ký 3 trách nhiệm {year} — {member.full_name}"
    _write_atomically(path, story, title, overflow)
    return path


def body_size(
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
) -> float | None:
    """The largest body size in ``BODY_SIZES`` at which the form fits one page, or None."""
    _register_fonts()
    for size in BODY_SIZES:
        story = _story(unit, member, pledge, criteria_set, year, place_date, size)
        if _height(story) <= FRAME_HEIGHT:
            return size
    return None


# -- content ------------------------------------------------------------------------------
def _styles(size: float) -> dict[str, ParagraphStyle]:
    leading = size * 1.25
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_JUSTIFY
    )
    return {
        "body": body,
        "header": ParagraphStyle(
            "header", fontName=REGULAR, fontSize=14, leading=16.5, alignment=TA_CENTER
        ),
        "header_bold": ParagraphStyle(
            "header_bold", fontName=BOLD, fontSize=14, leading=16.5, alignment=TA_CENTER
        ),
        "union": ParagraphStyle(
            "union", fontName=BOLD, fontSize=15, leading=17.5, alignment=TA_CENTER
        ),
        "date": ParagraphStyle(
            "date", fontName=ITALIC, fontSize=14, leading=16.5, alignment=TA_CENTER
        ),
        "title": ParagraphStyle(
            "title",
            fontName=BOLD,
            fontSize=14.5,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=5 * mm,
            spaceAfter=3 * mm,
        ),
        "section": ParagraphStyle(
            "section", parent=body, fontName=BOLD, spaceBefore=size * 0.5, spaceAfter=1
        ),
        "pillar": ParagraphStyle(
            "pillar", parent=body, fontName=BOLD_ITALIC, spaceBefore=size * 0.2
        ),
        "item": ParagraphStyle(
            "item", parent=body, leftIndent=5 * mm, firstLineIndent=-3 * mm, alignment=TA_LEFT
        ),
        "cell": ParagraphStyle("cell", parent=body, alignment=TA_LEFT),
        "cell_center": ParagraphStyle("cell_center", parent=body, alignment=TA_CENTER),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, alignment=TA_CENTER),
        "sign": ParagraphStyle(
            "sign", parent=body, fontName=BOLD, alignment=TA_CENTER, fontSize=size + 0.5
        ),
        "sign_note": ParagraphStyle("sign_note", parent=body, fontName=ITALIC, alignment=TA_CENTER),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _dots(width: float, style: ParagraphStyle) -> str:
    """Dots filling ``width`` points, for a blank to fill in by hand."""
    return "…" * max(3, int(width / stringWidth("…", style.fontName, style.fontSize)) - 1)


def _labelled(label: str, value: str, style: ParagraphStyle, width: float) -> Paragraph:
    if value:
        return Paragraph(f"{escape(label)}: <b>{escape(value)}</b>", style)
    room = width - stringWidth(f"{label}: ", style.fontName, style.fontSize)
    return Paragraph(f"{escape(label)}: {_dots(room, style)}", style)


class _Rule(Flowable):
    """The short rule centred under "ĐOÀN TNCS HỒ CHÍ MINH"."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 11

    def draw(self) -> None:
        # A paragraph's last baseline sits at the bottom of its box, so the rule keeps clear
        # of the letters above by drawing near the bottom of its own box.
        start = (self.width - self.length) / 2
        self.canv.setLineWidth(0.7)
        self.canv.line(start, 4, start + self.length, 4)


def _header(unit: Unit | None, place_date: date, s: dict[str, ParagraphStyle]) -> Table:
    higher = (unit.higher_body if unit else "") or (unit.parent_name.upper() if unit else "")
    issuing = (unit.issuing_body if unit else "") or (unit.name.upper() if unit else "")
    place = unit.place_name if unit and unit.place_name else "……………"
    left: list[Flowable] = []
    if higher:
        left.append(_p(higher, s["header"]))
    left.append(_p(issuing or "BCH CHI ĐOÀN", s["header_bold"]))
    left.append(_p("***", s["header"]))
    right = [
        _p("ĐOÀN TNCS HỒ CHÍ MINH", s["union"]),
        _Rule(45 * mm),
        _p(place_date_line(place, place_date), s["date"]),
    ]
    table = Table([[left, right]], colWidths=[HEADER_LEFT_WIDTH, FRAME_WIDTH - HEADER_LEFT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                _TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _member_block(member: Member, unit: Unit | None, s: dict[str, ParagraphStyle]) -> Table:
    born = format_date(member.birth_date) if member.birth_date else str(member.birth_year or "")
    first, second = FRAME_WIDTH * 0.64, FRAME_WIDTH * 0.36
    cell = s["cell"]
    rows = [
        [
            _labelled("Họ và tên", member.full_name, cell, first),
            _labelled("Ngày sinh", born, cell, second),
        ],
        [_labelled("Chức vụ", member.position, cell, FRAME_WIDTH), ""],
        [_labelled("Đơn vị công tác", member.department, cell, FRAME_WIDTH), ""],
        [_labelled("Sinh hoạt tại", unit.name if unit else "", cell, FRAME_WIDTH), ""],
    ]
    table = Table(rows, colWidths=[first, second])
    table.setStyle(
        TableStyle(
            [
                _TABLE_FONT,
                ("SPAN", (0, 1), (1, 1)),
                ("SPAN", (0, 2), (1, 2)),
                ("SPAN", (0, 3), (1, 3)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _targets_table(pledge: Pledge | None, s: dict[str, ParagraphStyle], size: float) -> Table:
    head = [_p(t, s["cell_head"]) for t in ("TT", "Chỉ tiêu", "Số lượng", "Đơn vị tính")]
    rows = [head]
    targets = pledge.targets if pledge else []
    for number, target in enumerate(targets, start=1):
        rows.append(
            [
                _p(str(number), s["cell_center"]),
                _p(target.name, s["cell"]),
                _p(format_quantity(target.quantity), s["cell_center"]),
                _p(target.measure_unit, s["cell_center"]),
            ]
        )
    if not targets:  # room to write by hand
        rows += [["", "", "", ""] for _ in range(2)]
    table = Table(
        rows,
        colWidths=[11 * mm, FRAME_WIDTH - 11 * mm - 26 * mm - 32 * mm, 26 * mm, 32 * mm],
        rowHeights=[None] + [None if targets else size * 1.9] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                _TABLE_FONT,
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signatures(member: Member, s: dict[str, ParagraphStyle]) -> Table:
    left = [_p("XÁC NHẬN CỦA BCH CHI ĐOÀN", s["sign"])]
    right = [
        _p("NGƯỜI ĐĂNG KÝ", s["sign"]),
        _p("(Ký và ghi rõ họ tên)", s["sign_note"]),
        Spacer(1, SIGNATURE_SPACE_PER_POINT * s["body"].fontSize),
        _p(member.full_name, s["sign"]),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                _TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _story(
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
    size: float,
) -> list[Flowable]:
    s = _styles(size)
    story: list[Flowable] = [
        _header(unit, place_date, s),
        Paragraph(
            f"BẢN ĐĂNG KÝ<br/>THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” NĂM {year}",
            s["title"],
        ),
        _member_block(member, unit, s),
        Spacer(1, size * 0.4),
        _p(
            f"Tôi xin đăng ký thực hiện phong trào “3 trách nhiệm” năm {year} "
            "với những nội dung sau:",
            s["body"],
        ),
        _p("I. NỘI DUNG ĐĂNG KÝ", s["section"]),
    ]
    for number, pillar in enumerate(criteria_set.pillars, start=1):
        story.append(_p(f"{number}. {pillar.name}", s["pillar"]))
        lines = pledge.commitments_of(pillar.code) if pledge else []
        for line in lines:
            story.append(_p(f"- {line}", s["item"]))
        if not lines:  # two lines to write on by hand
            room = FRAME_WIDTH - s["item"].leftIndent
            story.append(_p(f"- {_dots(room - 8, s['item'])}", s["item"]))
            story.append(_p(f"  {_dots(room - 8, s['item'])}", s["item"]))
    story += [
        _p("II. CHỈ TIÊU CÁ NHÂN", s["section"]),
        Spacer(1, 2),
        _targets_table(pledge, s, size),
    ]
    if pledge and pledge.notes:
        story += [Spacer(1, size * 0.4), _p(f"Ghi chú: {pledge.notes}", s["body"])]
    story += [
        Spacer(1, size * 0.5),
        _p(
            "Tôi xin hứa thực hiện nghiêm túc những nội dung đã đăng ký.",
            s["body"],
        ),
        Spacer(1, size * 0.6),
        _signatures(member, s),
    ]
    return story


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _check_printable(
    unit: Unit | None, member: Member, pledge: Pledge | None, criteria_set: CriteriaSet
) -> None:
    texts = [member.full_name, member.position, member.department]
    if unit:
        texts += [unit.name, unit.higher_body, unit.issuing_body, unit.parent_name, unit.place_name]
    texts += [p.name for p in criteria_set.pillars]
    if pledge:
        texts += [c.text for c in pledge.commitments] + [pledge.notes]
        texts += [f"{t.name} {t.measure_unit}" for t in pledge.targets]
    missing = check_covered(" ".join(texts))
    if missing:
        raise ValidationError("pdf_font_missing_chars", chars=" ".join(sorted(missing)))


# -- writing ------------------------------------------------------------------------------
def _write_atomically(
    path: Path, story: list[Flowable], title: str, overflow: ValidationError
) -> None:
    """Draw into a temporary file beside ``path`` and move it into place only when complete."""
    try:
        with atomic_path(path) as temp:
            # The initial font is ours too, or reportlab names Helvetica in every page.
            canvas = Canvas(str(temp), pagesize=A4, initialFontName=REGULAR, initialFontSize=13)
            canvas.setTitle(title)
            canvas.setCreator("Ba Trách Nhiệm")
            frame = Frame(
                MARGIN_LEFT,
                MARGIN_BOTTOM,
                FRAME_WIDTH,
                FRAME_HEIGHT,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            left_over = list(story)
            frame.addFromList(left_over, canvas)
            if left_over:  # the measure said it fits; never print a second page regardless
                raise overflow
            canvas.showPage()
            canvas.save()
    except OSError as exc:
        raise ValidationError("pdf_write_failed", path=str(path), reason=exc.strerror) from exc
