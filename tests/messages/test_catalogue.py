"""The message catalogue: every error code the core raises, in Vietnamese and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bamtrachnhiem.messages import CATALOGUE, text

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_error_messages_in_both_languages(code):
    """Each error code has Vietnamese and English texts with the same placeholders."""
    vi, en = CATALOGUE[code]
    assert vi.strip() and en.strip()
    assert vi != en or code.endswith("_raw")
    assert sorted(PLACEHOLDER.findall(vi)) == sorted(PLACEHOLDER.findall(en))


def test_every_raised_code_has_a_message():
    """Every error code raised anywhere in src/ has an entry in the catalogue."""
    raised = set()
    pattern = re.compile(r"(?:Error|Issue)\(\s*\"([a-z0-9_]+)\"")
    for path in (ROOT / "src/bamtrachnhiem").rglob("*.py"):
        raised.update(pattern.findall(path.read_text(encoding="utf-8")))
    missing = sorted(code for code in raised if code not in CATALOGUE)
    assert missing == []


def test_unknown_code_still_gives_a_sentence():
    """A code without an entry gives a generic sentence naming it, in both languages."""
    assert "no_such_code" in text("no_such_code", "vi")
    assert text("no_such_code", "en").startswith("Unexpected error")
