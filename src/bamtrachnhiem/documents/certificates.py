"""Certificates (giấy khen) as PDF: the full design or the overlay, the calibration page.

Every certificate of a batch is checked before the first page is drawn: its required
fields, every character in the embedded Tinos, each block's text fitting its box (shrinking
down to the block's floor). A refusal names the certificate and what to change. Pages are
drawn straight on a reportlab canvas: one page per recipient, in the order given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from bamtrachnhiem.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, check_covered
from bamtrachnhiem.documents.fonts import register_fonts as _register_fonts
from bamtrachnhiem.domain.certificates import (
    GOLD,
    RED,
    REQUIRED_FIELDS,
    Align,
    Block,
    CertificateData,
    PrintMode,
    Style,
    Template,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.files import atomic_path

FACES = {
    Style.REGULAR: REGULAR,
    Style.BOLD: BOLD,
    Style.ITALIC: ITALIC,
    Style.BOLD_ITALIC: BOLD_ITALIC,
}
SHRINK_STEP = 0.5  # pt
Progress = Callable[[int, int], bool | None]  # (done, total) → False to stop


@dataclass(frozen=True)
class PlacedText:
    """A block's text as it will be drawn: its size and its lines."""

    block: Block
    size: float
    lines: tuple[str, ...]


@lru_cache(maxsize=65536)
def _width(text: str, face: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, face, size)


def wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines at most ``width`` points wide (a word too long
    for a line stays whole on its own line, and so overflows)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and _width(candidate, face, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def fit(block: Block, text: str) -> PlacedText | None:
    """The largest size from the block's size down to its floor at which ``text`` fits in
    ``max_lines`` lines of the block's width; None when even the floor is too big."""
    face = FACES[block.style]
    width = block.width * mm
    size = block.size
    while size >= block.floor - 1e-9:
        lines = wrap(text, face, size, width)
        if len(lines) <= block.max_lines and all(
            _width(line, face, size) <= width for line in lines
        ):
            return PlacedText(block, size, tuple(lines))
        size = round(size - SHRINK_STEP, 2)
    return None


def prepare(
    template: Template, certificates: Sequence[CertificateData], mode: PrintMode
) -> list[list[PlacedText]]:
    """Check every certificate and place its texts; refuse the batch at the first problem,
    naming the certificate (``certificate_*`` codes)."""
    _register_fonts()
    blocks = [b for b in template.printed_blocks(mode) if not b.qr]
    placed_all = []
    for cert in certificates:
        for key in REQUIRED_FIELDS:
            if not cert.fields.get(key, "").strip():
                raise ValidationError(
                    "certificate_field_missing", certificate=cert.label, field=key
                )
        name = cert.fields.get("salutation", "")
        if not cert.individual and name.casefold().startswith("đồng chí"):
            raise ValidationError("certificate_collective_salutation", certificate=cert.label)
        placed = []
        for block in blocks:
            text = cert.text_of(block)
            missing = check_covered(text, FACES[block.style])
            if missing:
                raise ValidationError(
                    "certificate_glyph_missing",
                    certificate=cert.label,
                    chars=" ".join(sorted(missing)),
                )
            if not text.strip():
                continue
            result = fit(block, text)
            if result is None:
                raise ValidationError(
                    "certificate_text_too_long",
                    certificate=cert.label,
                    block=block.key,
                    floor=block.floor,
                    lines=block.max_lines,
                )
            placed.append(result)
        placed_all.append(placed)
    return placed_all


def write_certificates(
    path: Path,
    template: Template,
    certificates: Sequence[CertificateData],
    mode: PrintMode,
    *,
    title: str = "Giấy khen",
    progress: Progress | None = None,
) -> Path:
    """One PDF page per certificate, in order, atomically; checked whole before drawing."""
    path = Path(path)
    if not certificates:
        raise ValidationError("certificate_none")
    placed_all = prepare(template, certificates, mode)
    qr_block = next((b for b in template.printed_blocks(mode) if b.qr), None)
    total = len(certificates)
    with atomic_path(path) as temp:
        canvas = _canvas(temp, template, title)
        for index, (cert, placed) in enumerate(zip(certificates, placed_all, strict=True)):
            if mode is PrintMode.FULL and template.border:
                _border(canvas, template)
            for item in placed:
                _draw_text(canvas, template, item)
            if qr_block is not None and cert.qr_text:
                _draw_qr(canvas, template, qr_block, cert.qr_text)
            canvas.showPage()
            if progress is not None and progress(index + 1, total) is False:
                raise ValidationError("certificate_cancelled")
        canvas.save()
    return path


def write_calibration(path: Path, template: Template) -> Path:
    """A page with a millimetre grid and a labelled cross at each printed block's anchor
    (where its text starts: the box's top left, top centre or top right). Printed on the
    stock, it shows how far the printer's feed is off: measure, then set dx/dy."""
    _register_fonts()
    path = Path(path)
    with atomic_path(path) as temp:
        canvas = _canvas(temp, template, "Trang căn chỉnh")
        w, h = template.page_width, template.page_height
        dx, dy = template.dx, template.dy
        for x in range(0, int(w) + 1):
            major = x % 10 == 0
            canvas.setStrokeColor(HexColor("#9AA5B1" if major else "#D9DEE3"))
            canvas.setLineWidth(0.4 if major else 0.15)
            canvas.line((x + dx) * mm, 0, (x + dx) * mm, h * mm)
        for y in range(0, int(h) + 1):
            major = y % 10 == 0
            canvas.setStrokeColor(HexColor("#9AA5B1" if major else "#D9DEE3"))
            canvas.setLineWidth(0.4 if major else 0.15)
            canvas.line(0, (h - y - dy) * mm, w * mm, (h - y - dy) * mm)
        canvas.setFillColor(HexColor("#5A6570"))
        canvas.setFont(REGULAR, 6)
        for x in range(10, int(w), 10):
            canvas.drawString((x + dx) * mm + 1, (h - 5 - dy) * mm, str(x))
        for y in range(10, int(h), 10):
            canvas.drawString((3 + dx) * mm, (h - y - dy) * mm + 1, str(y))
        canvas.setStrokeColor(HexColor(RED))
        canvas.setFillColor(HexColor(RED))
        canvas.setLineWidth(0.5)
        for block in template.blocks:
            ax = block.x + (block.width / 2 if block.align is Align.CENTER else 0)
            ax = block.x + block.width if block.align is Align.RIGHT else ax
            px, py = (ax + dx) * mm, (h - block.y - dy) * mm
            canvas.line(px - 4 * mm, py, px + 4 * mm, py)
            canvas.line(px, py - 4 * mm, px, py + 4 * mm)
            canvas.setFont(REGULAR, 7)
            canvas.drawString(px + 1.2 * mm, py + 1.2 * mm, f"{block.key} ({ax:g}; {block.y:g})")
        canvas.setFillColor(HexColor("#000000"))
        canvas.setFont(BOLD, 11)
        canvas.drawString(
            (20 + dx) * mm,
            (h - 200 - dy) * mm,
            f"TRANG CĂN CHỈNH — {template.name} — độ lệch dx = {dx:g} mm, dy = {dy:g} mm",
        )
        canvas.showPage()
        canvas.save()
    return path


def _canvas(path: Path, template: Template, title: str) -> Canvas:
    canvas = Canvas(
        str(path),
        pagesize=(template.page_width * mm, template.page_height * mm),
        initialFontName=REGULAR,
        initialFontSize=13,
    )
    canvas.setTitle(title)
    canvas.setCreator("Ba Trách Nhiệm")
    return canvas


def _border(canvas: Canvas, t: Template) -> None:
    w, h = t.page_width * mm, t.page_height * mm
    ox, oy = t.dx * mm, -t.dy * mm
    canvas.setStrokeColor(HexColor(RED))
    canvas.setLineWidth(1.2 * mm)
    canvas.rect(10 * mm + ox, 10 * mm + oy, w - 20 * mm, h - 20 * mm)
    canvas.setStrokeColor(HexColor(GOLD))
    canvas.setLineWidth(0.5 * mm)
    canvas.rect(14 * mm + ox, 14 * mm + oy, w - 28 * mm, h - 28 * mm)


def _ascent(face: str, size: float) -> float:
    return pdfmetrics.getFont(face).face.ascent / 1000 * size


def _draw_text(canvas: Canvas, t: Template, item: PlacedText) -> None:
    block = item.block
    face = FACES[block.style]
    canvas.setFont(face, item.size)
    canvas.setFillColor(HexColor(block.colour))
    top = (t.page_height - block.y - t.dy) * mm
    left = (block.x + t.dx) * mm
    width = block.width * mm
    baseline = top - _ascent(face, item.size)
    for line in item.lines:
        if block.align is Align.CENTER:
            canvas.drawCentredString(left + width / 2, baseline, line)
        elif block.align is Align.RIGHT:
            canvas.drawRightString(left + width, baseline, line)
        else:
            canvas.drawString(left, baseline, line)
        baseline -= item.size * block.line_height
    if block.rule_below:
        canvas.setStrokeColor(HexColor(block.colour))
        canvas.setLineWidth(0.6)
        rule = min(width, _width(item.lines[0], face, item.size)) * 0.6
        y = baseline + item.size * block.line_height - item.size * 0.5
        centre = left + width / 2
        canvas.line(centre - rule / 2, y, centre + rule / 2, y)


# Every mask pattern gives a valid code (a reader finds the mask in the format bits);
# choosing the "best" of eight costs eight encodings, most of a certificate's time.
QR_MASK = 2


@lru_cache(maxsize=4096)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of ``text``'s QR code (UTF-8 bytes, error correction M).

    reportlab's encoder lays out the symbol; the error-correction bytes are computed here
    with table arithmetic and a cached generator (reportlab rebuilds the generator
    polynomial for every block, which is most of the time of a certificate).
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QR8bitByte(text))  # UTF-8 bytes
    code.version = code.calculate_version()
    code.dataCache = _codewords(code.version, code.errorCorrectLevel, code.dataList)
    code.makeImpl(False, QR_MASK)
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))


def _codewords(version: int, level: int, data_list: list) -> list[int]:
    """Data and error-correction codewords, interleaved (ISO/IEC 18004 § 7.6)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError("QR payload too long")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (0xEC, 0x11)
    i = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[i % 2], 8)
        i += 1
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = list(buffer.buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_rs_remainder(chunk, block.totalCount - block.dataCount))
    result: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            result.extend(b[i] for b in group if i < len(b))
    return result


_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _i in range(255):
    _EXP[_i] = _value
    _LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=64)
def _generator(degree: int) -> tuple[int, ...]:
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(poly)


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    generator = _generator(degree)
    logs = [_LOG[g] for g in generator[1:]]
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            lf = _LOG[factor]
            for j, lg in enumerate(logs):
                rem[j] ^= _EXP[lf + lg]
    return rem


def _draw_qr(canvas: Canvas, t: Template, block: Block, text: str) -> None:
    """The QR code as one filled path of runs of dark modules, written as PDF operators
    (reportlab's path object formats each number through Python: ten times slower)."""
    modules = qr_modules(text)
    count = len(modules)
    cell = block.width * mm / count
    left = (block.x + t.dx) * mm
    top = (t.page_height - block.y - t.dy) * mm
    ops = ["0 g"]
    for r, row in enumerate(modules):
        c = 0
        y = top - (r + 1) * cell
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(
                    f"{left + start * cell:.2f} {y:.2f} {(c - start) * cell:.2f} {cell:.2f} re"
                )
            else:
                c += 1
    ops.append("f")
    canvas.saveState()
    canvas.addLiteral("\n".join(ops))
    canvas.restoreState()
