"""Render the print previews of the printed lists into docs/screenshots/ (1366×768).

Usage: xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_printing.py
(or QT_QPA_PLATFORM=offscreen). Builds a small demo world first, in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bamtrachnhiem.cli",
            "demo",
            "--out",
            str(tmp / "demo"),
            "--units",
            "2",
            "--members-per-unit",
            "24",
            "--year",
            "2026",
            "--seed",
            "7",
        ],
        check=True,
        capture_output=True,
    )
    app = QApplication(sys.argv)
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.gui import printing
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow
    from bamtrachnhiem.gui.pages.assessment import AssessmentPage
    from bamtrachnhiem.gui.pages.members import MembersPage

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    ctx = open_context(tmp / "demo" / "branches" / "CD-001.db")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    shots: list[str] = []

    def grab(dialog: QDialog) -> int:
        dialog.resize(1366, 768)
        dialog.show()
        dialog.findChild(QPrintPreviewWidget).updatePreview()
        settle(app, 1.0)
        name = shots.pop(0)
        OUT.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")
        dialog.close()
        return 0

    printing._exec = grab  # type: ignore[assignment]
    for page_class, attribute, name in (
        (AssessmentPage, "sheet_printer", "printing-preview-scoring-sheet"),
        (MembersPage, "printer", "printing-preview-member-list"),
    ):
        page = window.findChild(page_class)
        if page is None:
            raise SystemExit(f"no {page_class.__name__} in the window")
        if page_class is AssessmentPage:
            page.month_picker.setCurrentIndex(page.month_picker.findData(3))
        shots.append(name)
        getattr(page, attribute).preview_action.trigger()
        end = time.monotonic() + 30
        while shots and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
