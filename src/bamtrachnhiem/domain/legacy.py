"""Legacy Vietnamese encodings (TCVN3/ABC and VNI): detection and conversion to Unicode."""

from __future__ import annotations

import re
import unicodedata

TCVN3 = "tcvn3"
VNI = "vni"

# TCVN 5712:1993 VN3, the table behind the ABC fonts (.VnTime, .VnArial): each byte shows up
# in a spreadsheet cell as the Latin-1 character with the same number. VN3 has the plain
# capitals Ă Â Ê Ô Ơ Ư Đ but no toned capitals; those are written with the lowercase bytes in
# an all-capitals font (.VnTimeH).
_TCVN3_LETTERS = {
    "\u00a1": "Ă",
    "\u00a2": "Â",
    "\u00a3": "Ê",
    "\u00a4": "Ô",
    "\u00a5": "Ơ",
    "\u00a6": "Ư",
    "\u00a7": "Đ",
    "\u00a8": "ă",
    "\u00a9": "â",
    "\u00aa": "ê",
    "\u00ab": "ô",
    "\u00ac": "ơ",
    "\u00ad": "ư",
    "\u00ae": "đ",
}
# Toned vowels: the bytes for huyền, hỏi, ngã, sắc, nặng of each base vowel, in that order.
_TCVN3_TONED = {
    "a": "\u00b5\u00b6\u00b7\u00b8\u00b9",
    "ă": "\u00bb\u00bc\u00bd\u00be\u00c6",
    "â": "\u00c7\u00c8\u00c9\u00ca\u00cb",
    "e": "\u00cc\u00ce\u00cf\u00d0\u00d1",
    "ê": "\u00d2\u00d3\u00d4\u00d5\u00d6",
    "i": "\u00d7\u00d8\u00dc\u00dd\u00de",
    "o": "\u00df\u00e1\u00e2\u00e3\u00e4",
    "ô": "\u00e5\u00e6\u00e7\u00e8\u00e9",
    "ơ": "\u00ea\u00eb\u00ec\u00ed\u00ee",
    "u": "\u00ef\u00f1\u00f2\u00f3\u00f4",
    "ư": "\u00f5\u00f6\u00f7\u00f8\u00f9",
    "y": "\u00fa\u00fb\u00fc\u00fd\u00fe",
}
_TONES = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng


def _toned(vowel: str, tone: str) -> str:
    return unicodedata.normalize("NFC", vowel + tone)


_TCVN3_DECODE = dict(_TCVN3_LETTERS)
_TCVN3_DECODE.update(
    (code, _toned(vowel, tone))
    for vowel, codes in _TCVN3_TONED.items()
    for code, tone in zip(codes, _TONES, strict=True)
)
_TCVN3_TABLE = str.maketrans(_TCVN3_DECODE)

# VNI Windows (VNI-Times): a base letter followed by one modifier byte that adds the
# circumflex or breve and the tone together. Lowercase modifiers are listed; each capital
# modifier is the same byte minus 0x20, as in Latin-1.
_VNI_TONE = dict(zip(_TONES, "\u00f8\u00fb\u00f5\u00f9\u00ef", strict=True))  # ø û õ ù ï
_VNI_CIRCUMFLEX = dict(zip(["", *_TONES], "\u00e2\u00e0\u00e5\u00e3\u00e1\u00e4", strict=True))
_VNI_BREVE = dict(zip(["", *_TONES], "\u00ea\u00e8\u00fa\u00fc\u00e9\u00eb", strict=True))
# Letters with a byte of their own; ơ and ư take tone modifiers like a base vowel.
_VNI_SINGLE = {"đ": "\u00f1", "ơ": "\u00f4", "ư": "\u00f6", "ỵ": "\u00ee"}
_VNI_I = dict(zip(_TONES, "\u00ec\u00e6\u00f3\u00ed\u00f2", strict=True))  # ì ỉ ĩ í ị


def _vni_encode_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, mark, modifiers in (
        ("a", "\u0302", _VNI_CIRCUMFLEX),
        ("e", "\u0302", _VNI_CIRCUMFLEX),
        ("o", "\u0302", _VNI_CIRCUMFLEX),
        ("a", "\u0306", _VNI_BREVE),
    ):
        for tone, modifier in modifiers.items():
            table[_toned(base + mark, tone)] = base + modifier
    for base in "aeouy":
        for tone, modifier in _VNI_TONE.items():
            table.setdefault(_toned(base, tone), base + modifier)
    for letter, code in (("ơ", "\u00f4"), ("ư", "\u00f6")):
        for tone, modifier in _VNI_TONE.items():
            table[_toned(letter, tone)] = code + modifier
    for tone, code in _VNI_I.items():
        table[_toned("i", tone)] = code
    table.update(_VNI_SINGLE)  # ỵ has a byte of its own instead of y + ï
    lower = dict(table)
    for letter, code in lower.items():
        table[letter.upper()] = code.upper()
    return table


_VNI_ENCODE = _vni_encode_table()
_VNI_DECODE = {code: letter for letter, code in _VNI_ENCODE.items() if code != letter}
# Capital base with a small modifier, as title case sometimes comes out ("Aùnh" for Ánh).
_VNI_DECODE.update(
    {
        code[0] + code[1].lower(): letter
        for code, letter in _VNI_DECODE.items()
        if len(code) == 2 and code[0].isupper()
    }
)
# Longest first, so "ôù" (ớ) wins over "ô" (ơ) alone.
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI_DECODE), key=len, reverse=True)))

# What correct Vietnamese Unicode can contain inside Latin-1: these never count as evidence.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_VNI_CODES = set("".join(_VNI_DECODE))
_TCVN3_ONLY = set(_TCVN3_DECODE) - _VIETNAMESE_LATIN1 - _VNI_CODES
# Windows-1252 puts these at 0x80-0x9F; a legacy cell read through it may hold them.
_CP1252_EXTRAS = set(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
# Base + modifier pairs that only VNI produces: a pair correct Unicode also has ("oà" in
# Hoàng, "uâ" in Xuân, "yê" in Nguyên) is left out.
_VNI_EVIDENCE = re.compile(
    r"a[âêáàåãäéèúüëùøûõï]|e[âáàåãäùøûõï]|o[âåäùøûõï]|[uyôö][ùøûõï]"
    r"|A[ÂÊÁÀÅÃÄÉÈÚÜËÙØÛÕÏ]|E[ÂÁÀÅÃÄÙØÛÕÏ]|O[ÂÅÄÙØÛÕÏ]|[UYÔÖ][ÙØÛÕÏ]"
    r"|\bA[âêáàåãäéèúüëùøûõï]|\bE[âáàåãäùøûõï]|\bO[âåäùøûõï]|\b[UYÔÖ][ùøûõï]"  # title case
)
# VNI đ starts a word; in TCVN3 the same byte is ủ, which mostly follows a consonant.
_VNI_INITIAL_D = re.compile(r"\b[ñÑ]")
# A TCVN3 toned vowel shows as a capital inside a lowercase word ("NguyÔn", "ViÖt", "MÆt").
_TCVN3_CAPITAL_INSIDE = re.compile(r"[a-z][À-Þ]|[B-DF-HJ-NP-TV-XZ][À-Þ](?=[a-z])")
# Or as a non-Vietnamese Latin-1 letter right after a consonant ("cña" for của). VNI's ư (ö)
# and ỉ (æ) stand there too, so those two prove nothing.
_TCVN3_AFTER_CONSONANT = re.compile(r"[bcdghklmnpqrstvx][äåëîïñøûü]", re.IGNORECASE)


def detect_legacy(text: str, font_name: str | None = None) -> str | None:
    """Which legacy encoding ``text`` reads as: "tcvn3", "vni", or ``None`` for neither.

    The cell's font decides first (".VnTime", ".VnTimeH" → TCVN3; "VNI-Times" → VNI).
    Without it, characters decide: TCVN3 byte look-alikes such as ¨ ¶ ¾ µ, or VNI pairs of
    a vowel and a modifier such as "eã", "aø". Plain ASCII and text that holds any
    character Unicode Vietnamese needs beyond Latin-1 (ă, đ, ơ, ư, ạ, ễ…) are never legacy.
    Pass the raw cell text: ``clean_text`` turns the TCVN3 byte "Ð" (é) into "Đ".
    """
    if not _could_be_legacy(text):
        return None
    font = (font_name or "").strip().lower()
    if font.startswith(".vn"):
        return TCVN3
    if font.startswith("vni"):
        return VNI
    tcvn3 = 2 * sum(ch in _TCVN3_ONLY for ch in text)
    tcvn3 += len(_TCVN3_CAPITAL_INSIDE.findall(text))
    tcvn3 += len(_TCVN3_AFTER_CONSONANT.findall(text))
    vni = 2 * len(_VNI_EVIDENCE.findall(text)) + len(_VNI_INITIAL_D.findall(text))
    if tcvn3 > vni:
        return TCVN3
    if vni > tcvn3:
        return VNI
    return None


def is_upper_font(font_name: str | None) -> bool:
    """True for the all-capitals TCVN3 fonts (".VnTimeH", ".VnArialH")."""
    font = (font_name or "").strip()
    return font.lower().startswith(".vn") and font.endswith("H")


def to_unicode(text: str, encoding: str, upper: bool = False) -> str:
    """``text`` in ``encoding`` ("tcvn3" or "vni") as NFC Unicode.

    ``upper`` is for text shown in an all-capitals font such as .VnTimeH, where the
    lowercase bytes appear as capitals.
    """
    if encoding == TCVN3:
        result = text.translate(_TCVN3_TABLE)
    elif encoding == VNI:
        result = _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group()], text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    result = unicodedata.normalize("NFC", result)
    return result.upper() if upper else result


def _could_be_legacy(text: str) -> bool:
    # Both encodings are single bytes read as Latin-1 or Windows-1252; anything else means
    # the text is already Unicode, and pure ASCII reads the same either way.
    return any(ord(ch) > 0x7F for ch in text) and all(
        ord(ch) <= 0xFF or ch in _CP1252_EXTRAS for ch in text
    )


def _from_unicode(text: str, encoding: str) -> str:
    """Encode Unicode into ``encoding``; the inverse of ``to_unicode``, used by the tests.

    TCVN3 cannot hold toned capitals: encode those in lowercase and decode with ``upper``.
    """
    table = _VNI_ENCODE if encoding == VNI else {v: k for k, v in _TCVN3_DECODE.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ch.isascii() or not ch.isalpha():  # punctuation such as “ ” passes through
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} has no {encoding} code")
    return "".join(out)
