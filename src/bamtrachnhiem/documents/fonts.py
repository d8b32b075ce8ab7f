"""The Vietnamese-capable serif (Tinos, Times-compatible metrics) registered in reportlab once.

reportlab's bundled fonts lack most Vietnamese letters, so every PDF uses Tinos, shipped in
``resources/fonts`` with its licence and embedded as a subset in each file.
"""

from __future__ import annotations

import threading
import unicodedata
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "Tinos"
REGULAR = "Tinos"
BOLD = "Tinos-Bold"
ITALIC = "Tinos-Italic"
BOLD_ITALIC = "Tinos-BoldItalic"
_FILES = {
    REGULAR: "Tinos-Regular.ttf",
    BOLD: "Tinos-Bold.ttf",
    ITALIC: "Tinos-Italic.ttf",
    BOLD_ITALIC: "Tinos-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four Tinos faces and their family (once per process); the family name."""
    global _registered
    with _lock:
        if not _registered:
            folder = resources.files("bamtrachnhiem.resources") / "fonts"
            for name, filename in _FILES.items():
                with resources.as_file(folder / filename) as path:
                    # Subset embedding is reportlab's default for TrueType fonts.
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # Paragraph markup (<b>, <i>) looks faces up through these mappings.
            for bold, italic, name in (
                (0, 0, REGULAR),
                (1, 0, BOLD),
                (0, 1, ITALIC),
                (1, 1, BOLD_ITALIC),
            ):
                addMapping(FAMILY, bold, italic, name)
            _registered = True
    return FAMILY


def check_covered(text: str, face: str = REGULAR) -> set[str]:
    """The characters of ``text`` (taken as NFC) that ``face`` has no glyph for.

    Line breaks and other control characters are ignored: they are never drawn.
    """
    register_fonts()
    cmap = pdfmetrics.getFont(face).face.charToGlyph
    return {
        ch
        for ch in unicodedata.normalize("NFC", text)
        if ord(ch) not in cmap and unicodedata.category(ch) not in ("Cc", "Cf")
    }
