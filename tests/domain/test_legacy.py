"""Tests for TCVN3 (ABC) and VNI detection and conversion to Unicode."""

from __future__ import annotations

import unicodedata

import pytest

from bamtrachnhiem.domain.legacy import (
    _from_unicode,
    detect_legacy,
    is_upper_font,
    to_unicode,
)

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
LOWER_LETTERS = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
ALL_LETTERS = LOWER_LETTERS + [ch.upper() for ch in LOWER_LETTERS]

# Correct Unicode that must never be taken for a legacy encoding.
UNICODE_PHRASES = [
    "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Đặng Thị Ánh Tuyết", "Huỳnh Ngọc Ẩn",
    "Phòng Tài chính - Kế hoạch", "Bộ phận một cửa", "Lê Văn Tám", "Phạm Minh Chính",
    "Hoàng Thị Thuỷ", "Võ Thị Sáu", "Bùi Xuân Phái", "Đỗ Mười", "Dương Văn Minh",
    "Hồ Chí Minh", "Ngô Bảo Châu", "Trương Tấn Sang", "Lý Thường Kiệt", "Phan Bội Châu",
    "Tôn Nữ Thị Ninh", "Âu Dương Phong", "Vũ Trọng Phụng", "Đinh Bộ Lĩnh", "Lương Thế Vinh",
    "Mai Hắc Đế", "Quách Thị Hồng Nhung", "Tạ Quang Bửu", "Châu Văn Liêm", "Kiều Thị Hằng",
    "Hà Lê Tú", "Lê Hoà", "Tô Hoài", "Hoà Bình", "Xuân Diệu", "Nguyễn Thị Minh Khai",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Tỉnh đoàn Ninh Thuận", "Ban Chấp hành",
    "Ban Thường vụ", "Chi đoàn Sở Y tế", "Trường Đại học Sư phạm", "Ủy ban nhân dân tỉnh",
    "Uỷ ban Mặt trận Tổ quốc", "Sở Giáo dục và Đào tạo", "Bệnh viện Đa khoa tỉnh",
    "Phong trào “3 trách nhiệm”", "Giấy khen", "Giấy chứng nhận", "Thành tích xuất sắc",
    "Khu phố 3, phường Phủ Hà", "Thôn Mỹ Hiệp", "xã Phước Thuận", "huyện Ninh Phước",
    "thành phố Phan Rang - Tháp Chàm", "Cán bộ, công chức", "Nguyễn Thị Thu Hà",
    "Phó Bí thư", "Bí thư Chi đoàn", "Đoàn viên ưu tú", "Tuổi trẻ sáng tạo", "Kỹ năng",
    "Tình nguyện mùa hè xanh", "Hiến máu nhân đạo", "Quyết định khen thưởng",
    "Thùy Dung", "Tuấn", "Huệ", "Giàu", "Khoẻ", "Ngoãn", "Xoè", "Tiên", "Nguyên", "Yến",
    "Uyên", "Toàn", "Hoàng", "Võ Tá Hân", "Lò Văn Giàng", "Mùa A Páo", "Đàng Năng Thọ",
]  # fmt: skip
# Phrases whose legacy bytes differ from their Unicode text and say which encoding they are.
DISTINCT_PHRASES = [p for p in UNICODE_PHRASES if p not in {"Hồ Chí Minh", "Yến"}]
ASCII_PHRASES = ["Nguyen Van An", "Chi doan 3", "", "   ", "ABC-123", "Bo phan mot cua"]


def _tcvn3(text: str) -> str:
    """TCVN3 as typed in .VnTime: toned capitals have no byte, so they go lowercase."""
    return "".join(
        _from_unicode(ch if ch.isascii() or ch in "ĂÂÊÔƠƯĐ" else ch.lower(), "tcvn3")
        for ch in unicodedata.normalize("NFC", text)
    )


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("NguyÔn V¨n An", "Nguyễn Văn An"),
        ("B¶o Th¾ng", "Bảo Thắng"),
        ("§oµn ThÞ Hµ", "Đoàn Thị Hà"),
    ],
)
def test_tcvn3_examples(legacy: str, unicode: str) -> None:
    """The design's TCVN3 examples convert to the names they stand for."""
    assert to_unicode(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [("Nguyeãn", "Nguyễn"), ("chaøo", "chào"), ("Vaên", "Văn"), ("Ñaëng Thò AÙnh", "Đặng Thị Ánh")],
)
def test_vni_examples(legacy: str, unicode: str) -> None:
    """The design's VNI examples convert to the words they stand for."""
    assert to_unicode(legacy, "vni") == unicode


@pytest.mark.parametrize("letter", [*LOWER_LETTERS, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
def test_tcvn3_round_trips_every_letter(letter: str) -> None:
    """Every Vietnamese letter VN3 can hold encodes to one byte and converts back."""
    encoded = _from_unicode(letter, "tcvn3")
    assert len(encoded) == 1
    assert to_unicode(encoded, "tcvn3") == letter


@pytest.mark.parametrize("letter", [ch.upper() for ch in LOWER_LETTERS])
def test_tcvn3_upper_font_gives_capitals(letter: str) -> None:
    """In .VnTimeH the lowercase bytes stand for capitals, toned ones included."""
    encoded = _from_unicode(letter.lower(), "tcvn3")
    assert to_unicode(encoded, "tcvn3", upper=True) == letter


def test_tcvn3_has_no_toned_capitals() -> None:
    """VN3 has no byte for a toned capital, so the encoder refuses instead of guessing."""
    with pytest.raises(ValueError):
        _from_unicode("Ễ", "tcvn3")


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_vni_round_trips_every_letter(letter: str) -> None:
    """Every Vietnamese letter, both cases, survives VNI encoding and conversion back."""
    assert to_unicode(_from_unicode(letter, "vni"), "vni") == letter


def test_legacy_tables_are_one_to_one() -> None:
    """No two letters share a legacy code, so conversion can never merge two letters."""
    for encoding, letters in (("vni", ALL_LETTERS), ("tcvn3", LOWER_LETTERS)):
        codes = [_from_unicode(ch, encoding) for ch in letters]
        assert len(set(codes)) == len(codes), encoding


@pytest.mark.parametrize("phrase", UNICODE_PHRASES)
def test_round_trip_phrases(phrase: str) -> None:
    """Whole names and unit names convert back exactly, in every case form."""
    assert to_unicode(_tcvn3(phrase.lower()), "tcvn3") == phrase.lower()
    assert to_unicode(_tcvn3(phrase.lower()), "tcvn3", upper=True) == phrase.upper()
    for form in (phrase, phrase.upper(), phrase.lower()):
        assert to_unicode(_from_unicode(form, "vni"), "vni") == form


def test_conversion_output_is_nfc() -> None:
    """Converted text is NFC, so it matches names typed in Unicode."""
    converted = to_unicode("NguyÔn", "tcvn3")
    assert converted == unicodedata.normalize("NFC", converted) == "Nguyễn"


def test_unknown_encoding_is_refused() -> None:
    """A typo in the encoding name fails loudly."""
    with pytest.raises(ValueError):
        to_unicode("abc", "viscii")


@pytest.mark.parametrize("phrase", UNICODE_PHRASES)
def test_unicode_is_never_flagged(phrase: str) -> None:
    """Correct Vietnamese Unicode is not legacy text, in any case form."""
    for form in (phrase, phrase.upper(), phrase.lower()):
        assert detect_legacy(form) is None


@pytest.mark.parametrize("phrase", ASCII_PHRASES)
def test_ascii_is_never_flagged(phrase: str) -> None:
    """Plain ASCII needs no conversion, whatever the font says."""
    assert detect_legacy(phrase) is None
    assert detect_legacy(phrase, ".VnTime") is None


@pytest.mark.parametrize("phrase", DISTINCT_PHRASES)
def test_tcvn3_detected_from_characters(phrase: str) -> None:
    """TCVN3 text is recognised without a font name, in title and lower case."""
    assert detect_legacy(_tcvn3(phrase)) == "tcvn3"
    assert detect_legacy(_tcvn3(phrase.lower())) == "tcvn3"


@pytest.mark.parametrize("phrase", DISTINCT_PHRASES)
def test_vni_detected_from_characters(phrase: str) -> None:
    """VNI text is recognised without a font name, in every case form."""
    for form in (phrase, phrase.upper(), phrase.lower()):
        assert detect_legacy(_from_unicode(form, "vni")) == "vni"


@pytest.mark.parametrize(
    ("text", "font", "expected"),
    [
        ("Hoµ", ".VnTime", "tcvn3"),
        ("HOµ", ".VnTimeH", "tcvn3"),
        ("Hoµ", ".VnArial", "tcvn3"),
        ("Tuaán", "VNI-Times", "vni"),
        ("Tuaán", "vni-helve", "vni"),
        ("Hoà", ".VnTime", "tcvn3"),  # the font settles text that reads either way
        ("Hoà", "Times New Roman", None),
        ("Nguyễn", ".VnTime", None),  # already Unicode despite the old font
        ("Nguyễn", "VNI-Times", None),
    ],
)
def test_font_name_decides_first(text: str, font: str, expected: str | None) -> None:
    """A legacy font marks its cell as legacy unless the text is ASCII or true Unicode."""
    assert detect_legacy(text, font) == expected


@pytest.mark.parametrize(
    ("font", "upper"),
    [
        (".VnTimeH", True),
        (".VnArialH", True),
        (".VnTime", False),
        ("VNI-Times", False),
        (None, False),
    ],
)
def test_is_upper_font(font: str | None, upper: bool) -> None:
    """Only the TCVN3 fonts whose name ends in H are all-capitals fonts."""
    assert is_upper_font(font) is upper


def test_detected_upper_font_converts_to_capitals() -> None:
    """A .VnTimeH cell converts to the capitals the user saw on screen."""
    font = ".VnTimeH"
    text = "nguyÔn thÞ hµ"
    encoding = detect_legacy(text, font)
    assert encoding == "tcvn3"
    assert to_unicode(text, encoding, upper=is_upper_font(font)) == "NGUYỄN THỊ HÀ"
