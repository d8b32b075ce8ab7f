"""Tests for Vietnamese text rules: NFC, folding, names, collation and phone numbers."""

from __future__ import annotations

import itertools
import random
import sqlite3
import unicodedata

import pytest

from bamtrachnhiem.domain.text import (
    clean_text,
    collation_string,
    fold,
    is_blank,
    join_name,
    name_collation_key,
    name_sort_key,
    nfc,
    normalize_phone,
    sort_key,
    split_full_name,
)

GOLDEN = [
    "Anh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đạt", "Đức", "Lan", "Làn",
    "Lản", "Lãn", "Lán", "Lạn", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Zung",
]  # fmt: skip
ALPHABET = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")


def test_nfc_composes_decomposed_text() -> None:
    """Decomposed input (Unikey "tổ hợp", macOS) becomes the same code points as NFC."""
    decomposed = unicodedata.normalize("NFD", "Trần")
    assert decomposed != "Trần"
    assert nfc(decomposed) == "Trần"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Nguyễn   Văn\tAn ", "Nguyễn Văn An"),
        ("Trần\u00a0Thị", "Trần Thị"),
        ("Lê\u200bHoa", "LêHoa"),
        ("\u00d0ặng \u00f0ức", "Đặng đức"),
        (None, ""),
        (unicodedata.normalize("NFD", "Ánh"), "Ánh"),
    ],
)
def test_clean_text(raw: object, clean: str) -> None:
    """Whitespace is collapsed, invisible characters and Icelandic Ð handled, NFC applied."""
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Võ Văn\x0bTab", "Võ Văn Tab"),  # Word's line break, pasted
        ("Trần\x01Thị\x07 Lan", "Trần Thị Lan"),
        ("\x00An\x1f", "An"),
        ("Hà\x0c\x0eNội", "Hà Nội"),
        ("Lê\ufffeHoa\uffff", "Lê Hoa"),
        ("Mã _x000B_ giữ nguyên", "Mã _x000B_ giữ nguyên"),  # the literal text is text
    ],
)
def test_control_characters_are_spaces(raw: str, clean: str) -> None:
    """A character no spreadsheet cell can hold separates words like a space and is never
    kept (docs/decisions/0010): what the app stores, its packets can carry."""
    assert clean_text(raw) == clean


@pytest.mark.parametrize("query", ["tran", "TRẦN", "Trần", "trần", "  TRAN "])
def test_fold_finds_tran_however_typed(query: str) -> None:
    """Search ignores case and tones: every spelling folds to the same key."""
    assert fold(query) == fold("Trần") == "tran"


def test_fold_maps_d_stroke() -> None:
    """Đ and đ fold to d, which NFD alone does not do."""
    assert fold("Đặng Đình Đức") == "dang dinh duc"


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn Văn", "An")),
        ("Tôn Nữ Thị Ninh", ("Tôn Nữ Thị", "Ninh")),
        ("An", ("", "An")),
        ("  Lê  Lợi ", ("Lê", "Lợi")),
    ],
)
def test_split_full_name_on_last_word(full: str, parts: tuple[str, str]) -> None:
    """A one-string name splits into họ đệm and tên on the last word."""
    assert split_full_name(full) == parts


def test_join_name_round_trips_split() -> None:
    """join_name puts họ đệm and tên back together, and copes with an empty họ đệm."""
    assert join_name(*split_full_name("Âu Dương Phong")) == "Âu Dương Phong"
    assert join_name("", "An") == "An"


def test_golden_list_sorts_in_vietnamese_order() -> None:
    """The golden list from the design sorts exactly in its given order from any start."""
    shuffled = GOLDEN[:]
    random.Random(4).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == GOLDEN
    assert sorted(reversed(GOLDEN), key=sort_key) == GOLDEN


def test_python_default_order_is_wrong() -> None:
    """Plain sorted() puts Đức after Zung, which is why sort_key exists."""
    assert sorted(GOLDEN) != GOLDEN
    assert sort_key("Đức") < sort_key("Zung")


@pytest.mark.parametrize(("earlier", "later"), list(itertools.pairwise(ALPHABET)))
def test_alphabet_order(earlier: str, later: str) -> None:
    """Each letter of the alphabet (f j w z in Latin places) sorts before the next."""
    assert sort_key(earlier) < sort_key(later)
    assert sort_key(earlier.upper()) < sort_key(later)
    assert sort_key(earlier + "z") < sort_key(later)


@pytest.mark.parametrize("base", ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
def test_tones_are_secondary_in_order(base: str) -> None:
    """Tones sort none, huyền, hỏi, ngã, sắc, nặng, and never outweigh a later letter."""
    toned = [nfc(base + mark) for mark in ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]]
    words = [t + "n" for t in toned]
    assert sorted(reversed(words), key=sort_key) == words
    assert sort_key(toned[-1] + "n") < sort_key(base + "nh")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("an", "An"),  # case is the last difference, lower first
        ("An", "àn"),  # a tone outweighs case
        ("Àn", "ăn"),  # a letter outweighs tone and case
        ("Lan Anh", "Lana"),  # space sorts before letters: word by word
        ("Lan Anh", "Lan Ánh"),
        ("Lan Ánh", "Lan Ánh Hồng"),
        ("Hoà", "Hòa"),  # same letters: the first tone decides, as in ICU
        ("Chi đoàn 2", "Chi đoàn A"),  # digits before letters
        ("Tổ 10", "Tổ 9"),  # digit by digit, no numeric mode
        ("Y", "Z"),
        ("Đ", "e"),
        ("Lan-Anh", "Lana"),
        ("dz", "đa"),
    ],
)
def test_sort_key_pairs(earlier: str, later: str) -> None:
    """Pairs whose order users see in member lists."""
    assert sort_key(earlier) < sort_key(later)


def test_sort_key_ignores_normalisation_form() -> None:
    """NFD and NFC spellings of the same name get the same key."""
    for word in GOLDEN:
        assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)


def test_sort_key_ignores_zero_width_characters() -> None:
    """Zero-width space and BOM are ignorable, as in ICU."""
    assert sort_key("Ng\u200buyễn\ufeff") == sort_key("Nguyễn")


def test_collation_string_orders_like_sort_key() -> None:
    """The packed string (for SQL ORDER BY) compares exactly as the tuple key does."""
    rng = random.Random(7)
    pool = [*ALPHABET, "à", "ả", "ẫ", "ự", "Ỹ", "Đ", " ", "-", "1", "9", "“"]
    words = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(400)]
    words += GOLDEN
    assert sorted(words, key=collation_string) == sorted(words, key=sort_key)
    assert all(c < "\ud800" or c > "\udfff" for w in words for c in collation_string(w))


MEMBERS = [
    ("Nguyễn Văn", "An"),
    ("Trần Thị", "An"),
    ("Lê", "Ánh"),
    ("Phạm Thị", "Ân"),
    ("Đỗ", "Bình"),
    ("Nguyễn Thị", "Đào"),
    ("Âu Dương", "Phong"),
    ("Bùi", "Phong"),
    ("Tôn Nữ Thị", "Uyên"),
]


def test_name_sort_key_orders_by_given_name_then_family() -> None:
    """Vietnamese lists sort by tên, and by họ đệm only among equal tên."""
    shuffled = MEMBERS[:]
    random.Random(1).shuffle(shuffled)
    assert sorted(shuffled, key=lambda m: name_sort_key(*m)) == MEMBERS


def test_name_collation_key_orders_like_name_sort_key() -> None:
    """The stored text key gives the same order as the tuple key, in plain string order."""
    shuffled = MEMBERS[::-1]
    assert sorted(shuffled, key=lambda m: name_collation_key(*m)) == MEMBERS
    assert name_collation_key("Trần", "An") < name_collation_key("Nguyễn", "Án")


def test_name_collation_key_sorts_in_sqlite() -> None:
    """ORDER BY on the stored key in SQLite gives Vietnamese list order."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE m (family TEXT, given TEXT, name_key TEXT)")
    rows = [(f, g, name_collation_key(f, g)) for f, g in reversed(MEMBERS)]
    db.executemany("INSERT INTO m VALUES (?, ?, ?)", rows)
    ordered = db.execute("SELECT family, given FROM m ORDER BY name_key").fetchall()
    db.close()
    assert ordered == MEMBERS


@pytest.mark.parametrize(
    ("value", "phone"),
    [
        (912345678, "0912345678"),
        (912345678.0, "0912345678"),
        ("0912345678", "0912345678"),
        ("0905 111 222", "0905111222"),
        ("0912.777.888", "0912777888"),
        ("091-234-5678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("0084912345678", "0912345678"),
        ("84912345678", "0912345678"),
        (2593822111, "02593822111"),  # landline with area code 0259, zero lost
        ("0259 3822 111", "02593822111"),
        ("1900 1234", "19001234"),  # hotline: no digit invented
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_normalize_phone(value: object, phone: str) -> None:
    """Phones come back as digits, with only the leading zero Excel dropped put back."""
    assert normalize_phone(value) == phone


@pytest.mark.parametrize(
    ("value", "blank"),
    [(None, True), ("", True), (" \u00a0\u200b ", True), ("a", False), (0, False)],
)
def test_is_blank(value: object, blank: bool) -> None:
    """Only None and text with nothing visible count as blank; zero is a value."""
    assert is_blank(value) is blank


def test_clean_text_skipping_clean_text_changes_nothing():
    """clean_text looks for what it would change before changing it; on any mix of spaces,
    controls, look-alikes and marks it gives what the plain definition gives."""

    from bamtrachnhiem.domain import text as t

    def plain(value: str) -> str:
        return t._SPACES.sub(" ", t.nfc(value.translate(t._INVISIBLE_TABLE))).strip()

    pieces = list("aăđ e\u0301\u0300\t\n\r\x0b\x1c\x85\u2028\u3000\u00a0\u200b\ufeff\u00d0\x00")
    pieces += [" ", " ", "  ", "Nguyễn"]
    rng = random.Random(31)
    for _ in range(20000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        assert t.clean_text(value) == plain(value), repr(value)
