"""Every GUI string and every error code has a finished Vietnamese text with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from bamtrachnhiem.gui.qt_catalogue import QT_CONTEXTS, qt_source_strings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "bamtrachnhiem_vi.ts"
QT_TS = ROOT / "translations" / "qt_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
QT_PLACEHOLDER = re.compile(r"%[0-9]")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(ts: Path) -> list[str]:
    return [
        f"{context}: {source!r}"
        for context, source, translation in _messages(ts)
        if translation is None
        or not (translation.text or "").strip()
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
    ]


def test_every_gui_string_is_translated():
    """No entry of the Vietnamese .ts is missing, unfinished or obsolete."""
    assert _unfinished(TS) == []


def test_every_qt_string_is_translated():
    """No entry of Qt's own strings (qt_vi.ts) is missing, unfinished or obsolete."""
    assert _unfinished(QT_TS) == []


def test_qt_ts_covers_what_qt_can_show():
    """Every text of the Qt contexts the app shows, as this Qt has them, is in qt_vi.ts.

    The source texts come from the qtbase .qm files PySide6 ships, kept when the installed
    Qt libraries still hold them (gui/qt_catalogue.py); scripts/update_translations.py adds
    new ones when Qt is upgraded.
    """
    root = ET.parse(QT_TS).getroot()
    ours = {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    wanted = qt_source_strings()
    assert {"QFileDialog", "QLineEdit", "QPrintDialog", "QPrintPreviewDialog"} <= {
        context for context, _, _ in wanted
    }
    assert len(wanted) > 400  # the reader found Qt's texts, not an empty set
    assert sorted(wanted - ours) == []
    assert {context for context, _, _ in ours} <= set(QT_CONTEXTS)


def test_qt_translations_keep_placeholders():
    """A translation of a Qt string keeps its %1, %2 markers."""
    dropped = [
        (source, translation.text)
        for _context, source, translation in _messages(QT_TS)
        if sorted(QT_PLACEHOLDER.findall(source))
        != sorted(QT_PLACEHOLDER.findall(translation.text or ""))
    ]
    assert dropped == []


def test_qt_strings_show_in_vietnamese(qapp):
    """With Vietnamese loaded, Qt's own widgets speak it: a text field's menu, a file
    dialog, the message box's details button."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Hoàn tác"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Tìm trong:"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Xem chi tiết…"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") != "Print Preview"


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
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    for ts in (TS, QT_TS):
        fresh = tmp_path / "fresh.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name
