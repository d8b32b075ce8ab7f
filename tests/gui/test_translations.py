"""Every GUI string and every error code has a finished Vietnamese text with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
