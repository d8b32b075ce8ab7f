"""The pure-Python Vietnamese sort key orders exactly like QCollator(QLocale("vi_VN"))."""

from __future__ import annotations

import itertools
import random
import unicodedata

import pytest
from PySide6.QtCore import QCollator, QLocale

from bamtrachnhiem.domain.text import collation_string, sort_key

GOLDEN = [
    "Anh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đạt", "Đức", "Lan", "Làn",
    "Lản", "Lãn", "Lán", "Lạn", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Zung",
]  # fmt: skip

# fmt: off
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Âu", "Tôn Nữ", "Ưng", "Ông", "Ơn", "Zơ Râm"]
MIDDLE = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Đức", "Xuân", "Thùy", "Quốc", ""]
GIVEN = ["An", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đạt", "Đức", "Lan", "Làn", "Lản", "Lãn",
         "Lán", "Lạn", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Zung", "Hoà", "Hòa", "Thuỷ", "Thủy",
         "Yến", "Khoa", "Phước", "Nhung", "Giang", "Quý", "Fương", "Jenny", "Wơn"]
VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
CONSONANTS = ["b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh",
              "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", ""]
# fmt: on


def _syllable(rng: random.Random) -> str:
    vowel = unicodedata.normalize("NFC", rng.choice(VOWELS) + rng.choice(TONES))
    return rng.choice(CONSONANTS) + vowel + rng.choice(["", "n", "ng", "nh", "m", "c", "t", "i"])


def _case(rng: random.Random, word: str) -> str:
    return rng.choice([word, word, word.capitalize(), word.upper(), word.lower()])


def _generated_names(count: int) -> list[str]:
    rng = random.Random(20260105)
    names: set[str] = set()
    while len(names) < count:
        kind = rng.randrange(5)
        if kind == 0:
            parts = [rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)]
            name = " ".join(p for p in parts if p)
        elif kind == 1:
            name = " ".join(_case(rng, _syllable(rng)) for _ in range(rng.randint(1, 4)))
        elif kind == 2:
            name = f"{rng.choice(['Chi đoàn', 'Tổ', 'Khu phố', 'Đội'])} {rng.randint(0, 120)}"
        elif kind == 3:
            name = _case(rng, rng.choice(GIVEN)) + rng.choice(["", " ", "-", " 2"]) + _syllable(rng)
        else:
            name = unicodedata.normalize("NFD", f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}")
        names.add(name)
    return sorted(names)  # a fixed starting order, code-point sorted, far from Vietnamese


@pytest.fixture(scope="module")
def collator() -> QCollator:
    """ICU's Vietnamese collation with Qt's defaults (case sensitive, punctuation counts)."""
    return QCollator(QLocale("vi_VN"))


def test_golden_list_matches_design_and_qt(collator: QCollator) -> None:
    """Both sort keys give the golden order of the design document."""
    shuffled = GOLDEN[::-1]
    assert sorted(shuffled, key=sort_key) == GOLDEN
    assert sorted(shuffled, key=collator.sortKey) == GOLDEN


def test_generated_names_sort_the_same(collator: QCollator) -> None:
    """300 realistic names and words (tones, đ, case, spaces, digits) sort identically."""
    names = _generated_names(300)
    ours = sorted(names, key=sort_key)
    assert ours == sorted(names, key=collator.sortKey)
    assert ours == sorted(names, key=collation_string)


def test_neighbours_compare_the_same(collator: QCollator) -> None:
    """Adjacent names differ in the same direction, so ties are not hiding disagreements."""
    ours = sorted(_generated_names(300), key=sort_key)
    for earlier, later in itertools.pairwise(ours):
        expected = collator.compare(earlier, later)
        assert (sort_key(earlier) > sort_key(later)) - (sort_key(earlier) < sort_key(later)) == (
            (expected > 0) - (expected < 0)
        ), (earlier, later)


def test_every_toned_letter_sorts_the_same(collator: QCollator) -> None:
    """All toned vowels, both cases, with ASCII neighbours, order as ICU orders them."""
    letters = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES]
    letters += [w.upper() for w in letters] + ["d", "đ", "Đ", "D", "f", "j", "w", "z", "0", " "]
    words = [letter + tail for letter in letters for tail in ("", "a", "n")]
    assert sorted(words, key=sort_key) == sorted(words, key=collator.sortKey)
