"""Refresh translations/*.ts from the GUI sources and compile them to .qm.

Run after changing any text in ``tr()``: ``python scripts/update_translations.py``.
Then translate the new entries (Qt Linguist: ``pyside6-linguist translations/bamtrachnhiem_vi.ts``)
and run it again so the .qm matches.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "bamtrachnhiem" / "gui"
TS_FILES = [ROOT / "translations" / "bamtrachnhiem_vi.ts"]


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


def main() -> int:
    for ts in TS_FILES:
        update(ts)
        release(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
