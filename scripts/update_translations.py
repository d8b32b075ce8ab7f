"""Refresh translations/*.ts from the GUI sources and compile them to .qm.

Run after changing any text in ``tr()``: ``python scripts/update_translations.py``.
Then translate the new entries (Qt Linguist: ``pyside6-linguist translations/bamtrachnhiem_vi.ts``)
and run it again so the .qm matches.

``translations/qt_vi.ts`` holds Qt's own strings (file dialogs, text menus, print dialogs;
``bamtrachnhiem.gui.qt_catalogue``): the texts the installed Qt can show are added to it as
unfinished, texts it no longer has are dropped, and it is compiled to ``qt_vi.qm``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "bamtrachnhiem" / "gui"
TS_FILES = [ROOT / "translations" / "bamtrachnhiem_vi.ts"]
QT_TS = ROOT / "translations" / "qt_vi.ts"


def tool(name: str) -> str:
    """The Qt tool shipped inside the PySide6 wheel, next to this interpreter."""
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))


def update(ts: Path) -> None:
    subprocess.run(
        [tool("lupdate"), *gui_sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def read_ts(ts: Path) -> dict[tuple[str, str, str], tuple[str, bool]]:
    """(context, source, comment) → (translation, finished) of a .ts file."""
    entries: dict[tuple[str, str, str], tuple[str, bool]] = {}
    if not ts.exists():
        return entries
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            finished = translation is not None and translation.get("type") is None
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = (text, finished and bool(text))
    return entries


def write_ts(ts: Path, entries: dict[tuple[str, str, str], tuple[str, bool]]) -> None:
    """Write ``entries`` as a Linguist .ts, contexts and messages sorted."""
    root = ET.Element("TS", version="2.1", language="vi_VN")
    by_context: dict[str, list] = {}
    for key in sorted(entries):
        by_context.setdefault(key[0], []).append(key)
    for name, keys in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for _, source, comment in keys:
            text, finished = entries[(name, source, comment)]
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if not finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update_qt(ts: Path) -> None:
    """Add the Qt texts this Qt can show, unfinished; drop those it no longer has."""
    sys.path.insert(0, str(ROOT / "src"))
    from bamtrachnhiem.gui.qt_catalogue import qt_source_strings

    old = read_ts(ts)
    write_ts(ts, {key: old.get(key, ("", False)) for key in qt_source_strings()})


def main() -> int:
    for ts in TS_FILES:
        update(ts)
        release(ts, ts.with_suffix(".qm"))
    update_qt(QT_TS)
    release(QT_TS, QT_TS.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
