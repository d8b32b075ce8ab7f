"""Certificate templates (mẫu giấy khen): blocks placed in millimetres on the page.

A template is a page and a list of blocks. Each block has a position (x, y of its box's top
left corner, from the page's top left), a width, an alignment, a face, a size with the
floor it may shrink to, a colour, a number of lines, and whether the stock comes with it
pre-printed. The full design prints every block and the border on blank paper; the overlay
prints only the blocks not pre-printed, shifted by the printer's dx/dy. The grid is
vietnamese.md § "Certificate layout"; docs/decisions/0032 says why these defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

from bamtrachnhiem.domain.errors import ValidationError


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Style(StrEnum):
    REGULAR = "regular"
    BOLD = "bold"
    ITALIC = "italic"
    BOLD_ITALIC = "bold_italic"


class PrintMode(StrEnum):
    FULL = "full"  # blank paper: border and every block
    OVERLAY = "overlay"  # pre-printed stock (phôi): only the variable blocks


RED = "#B22222"
GOLD = "#D4A017"
DARK_BLUE = "#1F3A93"
BLACK = "#000000"

# The fields a block's text may name ({name}); the recipient line is built by the app, so a
# collective is never called "Đồng chí".
FIELDS = (
    "higher_body",
    "issuing_body",
    "title",
    "salutation",
    "position_unit",
    "achievement",
    "decision_number",
    "decision_date",
    "register",
    "place_date",
    "tm_line",
    "signer_title",
    "signer_name",
    "code",
)
# Fields a certificate cannot be printed without.
REQUIRED_FIELDS = ("salutation", "decision_number", "register", "signer_name")


@dataclass(frozen=True)
class Block:
    """One piece of the certificate: where, how big, in what face, and whether pre-printed."""

    key: str
    text: str  # literal text with {field} placeholders; the QR block ignores it
    x: float  # mm from the left edge
    y: float  # mm from the top edge (top of the box)
    width: float  # mm
    align: Align = Align.CENTER
    size: float = 14.0  # pt
    min_size: float = 0.0  # pt it may shrink to; 0: the size itself (never shrinks)
    style: Style = Style.REGULAR
    colour: str = BLACK
    max_lines: int = 1
    preprinted: bool = False
    rule_below: bool = False  # a short rule under the text ("ĐOÀN TNCS HỒ CHÍ MINH")
    qr: bool = False  # the QR code (a square ``width`` mm wide)

    @property
    def floor(self) -> float:
        return self.min_size or self.size

    @property
    def line_height(self) -> float:
        return 1.2  # times the size


@dataclass(frozen=True)
class Template:
    """A certificate template: its page and its blocks."""

    name: str
    blocks: tuple[Block, ...]
    page_width: float = 297.0  # mm, A4 landscape
    page_height: float = 210.0
    border: bool = True  # drawn in full-design mode only
    mode: PrintMode = PrintMode.FULL  # what it prints unless told otherwise
    dx: float = 0.0  # printer offset, mm (added to x)
    dy: float = 0.0  # mm (added to y)
    background_path: str = ""  # a scan of the stock, shown under the editor, never printed
    id: str = ""

    def block(self, key: str) -> Block:
        for block in self.blocks:
            if block.key == key:
                return block
        raise KeyError(key)

    def printed_blocks(self, mode: PrintMode) -> tuple[Block, ...]:
        if mode is PrintMode.FULL:
            return self.blocks
        return tuple(b for b in self.blocks if not b.preprinted)

    def definition_json(self) -> str:
        data = {
            "page_width": self.page_width,
            "page_height": self.page_height,
            "border": self.border,
            "mode": self.mode.value,
            "blocks": [asdict(b) for b in self.blocks],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_definition(
        cls,
        name: str,
        text: str,
        *,
        dx: float = 0.0,
        dy: float = 0.0,
        background_path: str = "",
        id: str = "",
    ) -> Template:
        try:
            data = json.loads(text)
            blocks = tuple(
                replace(
                    Block(**{k: v for k, v in b.items() if k not in ("align", "style")}),
                    align=Align(b.get("align", "center")),
                    style=Style(b.get("style", "regular")),
                )
                for b in data["blocks"]
            )
            template = cls(
                name=name,
                blocks=blocks,
                page_width=float(data.get("page_width", 297.0)),
                page_height=float(data.get("page_height", 210.0)),
                border=bool(data.get("border", True)),
                mode=PrintMode(data.get("mode", "full")),
                dx=dx,
                dy=dy,
                background_path=background_path,
                id=id,
            )
        except (ValueError, TypeError, KeyError) as error:
            raise ValidationError("template_invalid", name=name) from error
        check_template(template)
        return template


PAGE_SIZES = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
MAX_OFFSET = 20.0  # mm: a printer feeding further off needs fixing, not an offset


def check_template(t: Template) -> None:
    """Refuse a template whose blocks leave the page or mean nothing."""
    keys = [b.key for b in t.blocks]
    if len(set(keys)) != len(keys) or not t.blocks:
        raise ValidationError("template_invalid", name=t.name)
    if abs(t.dx) > MAX_OFFSET or abs(t.dy) > MAX_OFFSET:
        raise ValidationError("template_offset_too_large", limit=MAX_OFFSET)
    for b in t.blocks:
        inside = (
            b.x >= 0
            and b.y >= 0
            and b.width > 0
            and b.x + b.width <= t.page_width + 0.01
            and b.y < t.page_height
        )
        sizes = 4 <= b.size <= 120 and (b.min_size == 0 or 4 <= b.min_size <= b.size)
        if not (inside and sizes and 1 <= b.max_lines <= 10):
            raise ValidationError("template_block_invalid", name=t.name, block=b.key)
        if len(b.colour) != 7 or not b.colour.startswith("#"):
            raise ValidationError("template_block_invalid", name=t.name, block=b.key)
        try:
            int(b.colour[1:], 16)
            b.text.format(**dict.fromkeys(FIELDS, ""))
        except (ValueError, KeyError, IndexError):
            raise ValidationError("template_block_invalid", name=t.name, block=b.key) from None


def _blocks(preprinted: frozenset[str]) -> tuple[Block, ...]:
    """The grid of vietnamese.md; the blocks named in ``preprinted`` come on the stock."""
    blocks = [
        Block("higher_body", "{higher_body}", 20, 20, 120, size=13),
        Block("issuing_body", "{issuing_body}", 20, 26, 120, size=13, style=Style.BOLD),
        Block("stars", "***", 20, 32, 120, size=13),
        Block(
            "union",
            "ĐOÀN TNCS HỒ CHÍ MINH",
            157,
            20,
            120,
            size=15,
            style=Style.BOLD,
            rule_below=True,
        ),
        Block("tang", "TẶNG", 20, 45, 257, size=26, style=Style.BOLD, colour=RED),
        Block("title", "{title}", 20, 58, 257, size=46, min_size=30, style=Style.BOLD, colour=RED),
        Block(
            "recipient",
            "{salutation}",
            20,
            86,
            257,
            size=23,
            min_size=16,
            style=Style.BOLD_ITALIC,
            colour=DARK_BLUE,
        ),
        Block(
            "position_unit",
            "{position_unit}",
            20,
            99,
            257,
            size=14.5,
            min_size=11,
            style=Style.ITALIC,
        ),
        Block("achievement", "{achievement}", 35, 111, 227, size=15.5, min_size=13, max_lines=3),
        Block(
            "decision_line",
            "Quyết định số: {decision_number}, ngày {decision_date}",
            25,
            150,
            110,
            align=Align.LEFT,
            size=12,
            min_size=10,
        ),
        Block("register_line", "Số vào sổ: {register}", 25, 156, 110, align=Align.LEFT, size=12),
        Block("qr", "", 25, 164, 22, align=Align.LEFT, qr=True),
        Block("code", "Mã xác thực: {code}", 50, 178, 85, align=Align.LEFT, size=10),
        Block(
            "place_date", "{place_date}", 162, 138, 115, size=14, min_size=11, style=Style.ITALIC
        ),
        Block("tm_line", "{tm_line}", 162, 146, 115, size=14, style=Style.BOLD),
        Block("signer_title", "{signer_title}", 162, 153, 115, size=14, style=Style.BOLD),
        Block(
            "signer_name", "{signer_name}", 162, 178, 115, size=14, min_size=11, style=Style.BOLD
        ),
    ]
    return tuple(replace(b, preprinted=b.key in preprinted) for b in blocks)


FULL_TEMPLATE_ID = "full"
OVERLAY_TEMPLATE_ID = "overlay"
# What stock supplied by a province usually carries: the bodies, the title, the signature
# block's headings (docs/decisions/0032). The overlay template prints everything else.
_STOCK_BLOCKS = frozenset(
    {"higher_body", "issuing_body", "stars", "union", "tang", "title", "tm_line", "signer_title"}
)


def full_template() -> Template:
    """The full design on blank paper (every block printed, with the border)."""
    return Template(
        "Giấy khen in trên giấy trắng",
        _blocks(_STOCK_BLOCKS),
        mode=PrintMode.FULL,
        id=FULL_TEMPLATE_ID,
    )


def overlay_template() -> Template:
    """Only the variable fields, onto pre-printed stock at the same grid."""
    return Template(
        "Giấy khen in trên phôi in sẵn",
        _blocks(_STOCK_BLOCKS),
        border=False,
        mode=PrintMode.OVERLAY,
        id=OVERLAY_TEMPLATE_ID,
    )


def builtin_templates() -> tuple[Template, ...]:
    return (full_template(), overlay_template())


@dataclass
class CertificateData:
    """One certificate to print: what the fields say, and how the user names it."""

    label: str  # "Nguyễn Văn An (số vào sổ 0012)": how refusals name the certificate
    fields: dict[str, str]
    qr_text: str = ""
    individual: bool = True
    register: str = ""

    def text_of(self, block: Block) -> str:
        return block.text.format(**{k: self.fields.get(k, "") for k in FIELDS})


@dataclass
class PrintJob:
    """What a batch printed (the print log)."""

    decision_id: str | None
    template: str
    mode: PrintMode
    registers: list[str] = field(default_factory=list)
    file_name: str = ""
