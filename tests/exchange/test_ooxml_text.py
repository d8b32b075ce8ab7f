"""Text as Excel stores it: OOXML escapes decoded on reading, encoded on writing."""

from __future__ import annotations

import random

import pytest

from bamtrachnhiem.exchange.cells import decode_ooxml, encode_ooxml


@pytest.mark.parametrize(
    ("stored", "meant"),
    [
        ("Võ Văn_x000B_Tab", "Võ Văn\x0bTab"),
        ("_x0001_", "\x01"),
        ("a_x000D__x000A_b", "a\r\nb"),
        ("_x0041_", "A"),
        ("_x00e9_ and _x00E9_", "é and é"),
        # An escaped underscore: the literal text "_x000B_", as Excel writes it.
        ("Ghi chú _x005F_x000B_ giữ nguyên", "Ghi chú _x000B_ giữ nguyên"),
        # Left to right, as Excel and python-calamine read it.
        ("_x005F_x005F_x0041_", "_x005FA"),
        ("_x005F_x005F_x005F_x0041_", "_x005F_x0041_"),
        # Not escapes: left alone.
        ("_x41_", "_x41_"),
        ("_X0041_", "_X0041_"),
        ("_x004G_", "_x004G_"),
        ("x0041_", "x0041_"),
        ("_x0041", "_x0041"),
        ("email_x@vi.du", "email_x@vi.du"),
        ("", ""),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        # A character outside the BMP escaped as its two UTF-16 halves, and a lone half.
        ("_xD83D__xDE00_", "\U0001f600"),
        ("_xD83D_ lẻ", "\ufffd lẻ"),
    ],
)
def test_decode_ooxml(stored: str, meant: str) -> None:
    assert decode_ooxml(stored) == meant


def test_plain_text_comes_back_as_the_same_object() -> None:
    """The common case costs one substring test and no copy."""
    text = "Nguyễn Thị Lan" * 10
    assert decode_ooxml(text) is text


def test_decode_undoes_encode() -> None:
    """What the packet writer encodes, the decoder gives back exactly."""
    rng = random.Random(5)
    alphabet = ["_", "x", "0", "0", "5", "F", "D", "b", "_x", "\r", "\n", "\t", "ư", "\x0b", "\x00"]
    samples = [
        "_x0041_",
        "_x005F_x0041_",
        "_x0041__x0042_",
        "dòng 1\r\ndòng 2",
        "chuông \x07",
        *("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(5000)),
    ]
    for text in samples:
        assert decode_ooxml(encode_ooxml(text)) == text, repr(text)


def test_encode_writes_what_xml_can_hold() -> None:
    """No CR (XML would read LF) and no control character survives encoding."""
    encoded = encode_ooxml("a\rb\x0bc\x00d_x0041_")
    assert encoded == "a_x000D_b_x000B_c_x0000_d_x005F_x0041_"
    # The underscore that ends one escape-looking text and starts the next is protected too.
    assert encode_ooxml("_x005F_x0041_") == "_x005F_x005F_x005F_x0041_"
