"""The document font prints every character the app puts in a pledge form."""

from __future__ import annotations

import unicodedata

import pytest

from bamtrachnhiem.documents.fonts import (
    BOLD,
    BOLD_ITALIC,
    FAMILY,
    ITALIC,
    REGULAR,
    check_covered,
    register_fonts,
)
from bamtrachnhiem.domain.pledges import COMMITMENT_SUGGESTIONS

VOWELS = "aăâeêioôơuưy"
# none, huyền, hỏi, ngã, sắc, nặng
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
CONSONANTS = "bcdđghklmnpqrstvxfjwz"
PUNCTUATION = "“”‘’–—…«»·•–"


def vietnamese_letters() -> str:
    """Every Vietnamese letter, lower and upper case, with every tone, as NFC."""
    lower = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES]
    lower += list(CONSONANTS)
    assert all(len(ch) == 1 for ch in lower)  # each is one precomposed character
    return "".join(lower) + "".join(ch.upper() for ch in lower)


def test_alphabet_is_complete():
    """The generated alphabet has 12 vowels × 6 tones + 21 consonants, in both cases."""
    letters = vietnamese_letters()
    assert len(set(letters)) == 2 * (12 * 6 + 21)
    assert "Đ" in letters and "ỵ" in letters and "Ỹ" in letters


@pytest.mark.parametrize("face", [REGULAR, BOLD, ITALIC, BOLD_ITALIC])
def test_every_printed_character_is_in_each_face(face):
    """Letters, digits, ASCII punctuation, typographic quotes and dashes all have glyphs."""
    ascii_printable = "".join(chr(c) for c in range(0x20, 0x7F))
    suggestions = " ".join(t for texts in COMMITMENT_SUGGESTIONS.values() for t in texts)
    text = vietnamese_letters() + ascii_printable + PUNCTUATION + suggestions
    assert check_covered(text, face) == set()


def test_missing_characters_are_reported():
    """Characters outside the font are returned, so printing can refuse them."""
    assert check_covered("Nguyễn 中文 🙂") == {"中", "文", "🙂"}


def test_registration_is_idempotent():
    """Registering twice keeps the one family."""
    assert register_fonts() == register_fonts() == FAMILY
