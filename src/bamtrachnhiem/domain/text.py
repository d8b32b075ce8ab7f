"""Vietnamese text rules: NFC, clean-up, folded search key, name split and sort key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INVISIBLE = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00d0": "\u0110",  # Icelandic Ð, common in converted legacy data, is Vietnamese Đ
    "\u00f0": "\u0111",
}
_INVISIBLE_TABLE = str.maketrans(_INVISIBLE)
# Characters no XML document, so no spreadsheet cell, can hold: the C0 controls but tab, LF
# and CR, the non-characters U+FFFE and U+FFFF, and lone surrogates.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# White space, and the characters above: pasted from other programs (Word's line break is
# U+000B), they separate words and are never kept (docs/decisions/0010).
_SPACES = re.compile("(?:\\s|[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff])+")
# What clean_text changes, found first: most text is already clean, and searching is cheaper
# than rewriting. A run of _SPACES other than one plain space: two spaces, or one of the rest.
_HAS_INVISIBLE = re.compile("[" + "".join(_INVISIBLE) + "]")
_UNTIDY_SPACE = re.compile("  |[^\\S ]|[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: object) -> str:
    """NFC, look-alikes mapped, whitespace trimmed and collapsed; ``None`` gives ``""``.

    A control character (``XML_UNSAFE``) counts as white space: what the app stores, its
    packets can carry.
    """
    if text is None:
        return ""
    s = str(text)
    if _HAS_INVISIBLE.search(s):
        s = s.translate(_INVISIBLE_TABLE)
    s = nfc(s)
    if _UNTIDY_SPACE.search(s):
        s = _SPACES.sub(" ", s)
    return s.strip()


def clean_lines(text: object) -> str:
    """Multi-line text: each line cleaned (``clean_text``), lines kept, blank ends dropped."""
    if text is None:
        return ""
    return "\n".join(clean_text(line) for line in str(text).splitlines()).strip("\n")


def fold(text: str) -> str:
    """Search key: no tone marks, đ→d, case-folded, whitespace collapsed ("Trần" → "tran")."""
    s = unicodedata.normalize("NFD", clean_text(text))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("đ", "d").replace("Đ", "D").casefold()


def split_full_name(full_name: str) -> tuple[str, str]:
    """Split a one-string name into (họ đệm, tên) on the last word."""
    s = clean_text(full_name)
    if " " not in s:
        return "", s
    family_middle, given = s.rsplit(" ", 1)
    return family_middle, given


def join_name(family_middle: str, given: str) -> str:
    """The full name as printed: họ đệm then tên."""
    return clean_text(f"{family_middle} {given}")


# ICU's Vietnamese tailoring (CLDR vi): tones are secondary, in this order.
_TONE_WEIGHTS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER_MARK_BASE = 16  # other accents (é's is a tone, ç's cedilla is not) sort after tones
# Marks that make a new letter of the alphabet rather than a secondary difference.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# ICU's root order for whitespace, punctuation and symbols (read from QCollator), then
# digits, then the Vietnamese alphabet with f j w z in their Latin places.
_BEFORE_DIGITS = "\t\n\v\f\r _-–—,;:!¡?¿.·'\"«»()[]{}§¶@*/\\&#%•`´^¯¨¸°©®+±÷×<=>¬|¦~$₫€"
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY = {ch: i + 1 for i, ch in enumerate(_BEFORE_DIGITS)}
# Characters ICU sorts as another one with a tertiary difference: typographic quotes, the
# wide spaces and NBSP (other spaces fall back to the last of these).
_TERTIARY_VARIANTS = {
    "\u3000": (" ", 1),
    "\u2009": (" ", 2),
    "\u00a0": (" ", 3),
    "‘": ("'", 1),
    "’": ("'", 2),
    "“": ('"', 1),
    "”": ('"', 2),
}
_UNKNOWN_SYMBOL = 0x100  # + code point: other punctuation and symbols, before digits
_DIGIT = 0x120000
_PRIMARY.update({str(d): _DIGIT + d for d in range(10)})
_PRIMARY.update({ch: _DIGIT + 0x10 + i for i, ch in enumerate(_ALPHABET)})
_UNKNOWN_LETTER = 0x130000  # + code point: letters of other scripts, after z
# Letters without a decomposition that ICU sorts as a Latin letter plus an accent.
_VARIANT_LETTERS = {"ð": "d", "ø": "o", "ł": "l", "ı": "i"}
_LEVEL_SEPARATOR = "\x01"

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def sort_key(text: str) -> SortKey:
    """Vietnamese collation key that orders like ``QCollator(QLocale("vi_VN"))`` (ICU).

    Levels, compared one after the other over the whole string as ICU does:
    primary = letters of the alphabet a ă â b c d đ e ê … y (space and punctuation before
    digits, digits before letters); secondary = tones (none, huyền, hỏi, ngã, sắc, nặng);
    tertiary = case (lower before upper). Characters outside ASCII and Vietnamese are
    placed approximately (other symbols before digits, other scripts after z).
    """
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    s = unicodedata.normalize("NFD", text)
    i = 0
    while i < len(s):
        ch = s[i]
        i += 1
        marks: list[str] = []
        while i < len(s) and unicodedata.category(s[i]).startswith("M"):
            marks.append(s[i])
            i += 1
        category = unicodedata.category(ch)
        if category.startswith("M"):  # a stray mark with no base letter
            secondary.extend(_mark_weight(m) for m in [ch, *marks])
            continue
        if category in ("Cc", "Cf") and ch not in _PRIMARY:
            continue  # ICU ignores control and format characters (zero-width space, BOM)
        if ch == "…":  # ICU expands the ellipsis to three full stops
            primary.extend([_PRIMARY["."]] * 3)
            secondary.extend([0] * 3)
            tertiary.extend([1] * 3)
            continue
        lower = ch.lower() if len(ch.lower()) == 1 else ch
        case = 1 if ch != lower else 0
        letter = lower
        if ch in _TERTIARY_VARIANTS:
            letter, case = _TERTIARY_VARIANTS[ch]
        elif category == "Zs" and ch != " ":
            letter, case = " ", 3
        elif lower in _VARIANT_LETTERS:
            letter = _VARIANT_LETTERS[lower]
            marks.insert(0, "\uffff")  # an accent after every real one
        for mark in marks:
            if (letter, mark) in _LETTER_MARKS:
                # ICU matches ậ (a, dot below, circumflex in NFD) as â plus a tone too.
                letter = _LETTER_MARKS[letter, mark]
                marks.remove(mark)
                break
        if letter in _PRIMARY:
            weight = _PRIMARY[letter]
        elif category.startswith("L"):
            weight = _UNKNOWN_LETTER + ord(letter)
        else:
            weight = _UNKNOWN_SYMBOL + ord(letter)
        primary.append(weight)
        secondary.append(0)
        secondary.extend(_mark_weight(m) for m in marks)
        tertiary.append(case)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def _mark_weight(mark: str) -> int:
    return _TONE_WEIGHTS.get(mark) or _OTHER_MARK_BASE + ord(mark)


@lru_cache(maxsize=65536)
def collation_string(text: str) -> str:
    """``sort_key`` packed into a string whose code-point order is the same order.

    Cached: a district's 40,000 members share a few thousand given and family names.
    """
    primary, secondary, tertiary = sort_key(text)
    # Primary weights go beyond one code point, so each takes two fixed-width characters.
    packed = "".join(_char(w >> 16) + _char(w & 0xFFFF) for w in primary)
    packed += _LEVEL_SEPARATOR + "".join(_char(w) for w in secondary)
    return packed + _LEVEL_SEPARATOR + "".join(_char(w) for w in tertiary)


def _char(weight: int) -> str:
    code = 0x20 + weight  # above the separator
    if code >= 0xD800:
        code += 0x800  # surrogates cannot be stored as UTF-8
    return chr(min(code, 0x10FFFF))


def name_sort_key(family_middle: str, given: str) -> tuple[SortKey, SortKey]:
    """Vietnamese list order: by tên (given name) first, then họ đệm."""
    return sort_key(clean_text(given)), sort_key(clean_text(family_middle))


def name_collation_key(family_middle: str, given: str) -> str:
    """A text key whose code-point order is Vietnamese list order; stored for ORDER BY.

    SQLite's BINARY collation compares UTF-8 bytes, which is code-point order, so the
    column sorts like ``name_sort_key`` without a custom collation.
    """
    given_key = collation_string(clean_text(given))
    return given_key + _LEVEL_SEPARATOR + collation_string(clean_text(family_middle))


def is_blank(value: object) -> bool:
    """True for ``None`` and for text that is empty once cleaned (spaces, NBSP, zero-width)."""
    return value is None or (isinstance(value, str) and not clean_text(value))


_NON_DIGITS = re.compile(r"\D")


def normalize_phone(value: object) -> str:
    """Digits only, with the leading 0 Excel drops from numbers restored; "" when empty.

    "+84 912 345 678" and "0912.345.678" give "0912345678". A number stored as 912345678
    (mobile, 9 digits after the 0) or 2593822111 (landline, 10 digits starting with the 2 of
    the area code) gets back its 0; no other digit is ever added.
    """
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 912345678.0 from a spreadsheet cell
    text = clean_text(value)
    international = text.startswith("+") or text.startswith("00")
    digits = _NON_DIGITS.sub("", text)
    if international and digits.startswith("0084"):
        digits = digits[2:]
    if digits.startswith("84") and (international or len(digits) in (11, 12)):
        # 84 + 9 mobile digits or 84 + 10 landline digits: the country code replaced the 0
        # (some write it anyway, as in "+84 (0) 912 345 678").
        rest = digits[2:]
        digits = rest if rest.startswith("0") else "0" + rest
    elif (len(digits) == 9 and digits[0] != "0") or (len(digits) == 10 and digits[0] == "2"):
        digits = "0" + digits
    return digits
