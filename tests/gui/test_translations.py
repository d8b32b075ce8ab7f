"""Every GUI string and every error code has a finished Vietnamese text with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bamtrachnhiem.messages import CATALOGUE, text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "bamtrachnhiem_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_gui_string_is_translated():
    """No entry of the Vietnamese .ts is missing, unfinished or obsolete."""
    problems = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(TS)
        if translation is None
        or not (translation.text or "").strip()
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert problems == []


def test_translations_keep_placeholders():
    """A translation keeps exactly the {placeholders} of its English source."""
    dropped = [
        (source, translation.text)
        for _context, source, translation in _messages(TS)
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert dropped == []


def test_ts_file_covers_the_sources(tmp_path):
    """Running lupdate over the GUI sources finds no string the .ts lacks."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src/bamtrachnhiem/gui").rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert {(c, s) for c, s, _ in _messages(copy)} == {(c, s) for c, s, _ in _messages(TS)}


def test_compiled_qm_matches_ts(tmp_path):
    """The committed .qm is what lrelease makes of the committed .ts."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes()


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
