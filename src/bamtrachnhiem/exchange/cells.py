"""Spreadsheet cells as people name them (column letters) and text as OOXML stores it."""

from __future__ import annotations

import re

from bamtrachnhiem.domain.text import XML_UNSAFE

# OOXML's escape for a character XML would lose: "_x000B_" is U+000B. An underscore that
# starts a literal "_xHHHH_" is itself escaped ("_x005F_"), so one pass left to right
# decodes both: "_x005F_x000B_" gives "_" and then the plain text "x000B_".
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
# An underscore that would start an escape once the text is encoded: followed by "xHHHH" and
# an underscore, or by a character that is written as an escape (which starts with one).
# A lookahead: the underscore ending one such text may start the next ("_x005F_x0041_").
_ESCAPE_START = re.compile("_(?=x[0-9A-Fa-f]{4}(?:[_\\r]|" + XML_UNSAFE.pattern + "))")
_SURROGATE = re.compile("[\ud800-\udfff]")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of ``column_letter``."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


def decode_ooxml(text: str) -> str:
    """A cell's text as stored in the file → the text it means.

    "_x000B_" → U+000B, "_x005F_x000B_" → the literal "_x000B_" (the inverse of
    ``encode_ooxml``). A character outside the BMP escaped as two UTF-16 halves is joined;
    a lone half becomes U+FFFD. Text without "_x" is returned as it is, at once.
    Decode exactly once: python-calamine already decodes the cells it returns.
    """
    if "_x" not in text:
        return text
    decoded = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _SURROGATE.search(decoded):
        decoded = decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return decoded


def encode_ooxml(text: str) -> str:
    """``text`` as an OOXML cell holds it: a literal "_xHHHH_" protected by escaping its
    underscore (as Excel does), CR written "_x000D_" (XML would read a raw CR as LF), and
    any character XML cannot hold written as its escape."""
    if "_x" in text:
        text = _ESCAPE_START.sub("_x005F_", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    if XML_UNSAFE.search(text):
        text = XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text
