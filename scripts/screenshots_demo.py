"""Screenshots of the first-run wizard's demo choice and of a demo branch opened in the app.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_demo.py
Writes docs/screenshots/first-run-demo.png and demo-branch-*.png (pages at 1366×768).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def wait_until(app: QApplication, condition, timeout_s: float = 30) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv)
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.demo import DemoSpec, build_world, demo_period
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow
    from bamtrachnhiem.gui.wizards.first_run import DEMO_MEMBERS, DEMO_UNITS, FirstRunWizard

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")

    wizard = FirstRunWizard()
    wizard.show()
    wizard.choice_page.demo.setChecked(True)
    settle(app, 0.2)
    save(wizard, "first-run-demo")
    wizard.close()

    # The world the wizard builds, opened on a branch as the wizard does.
    now = datetime.now(UTC)
    year, month = demo_period(now.astimezone().date())
    spec = DemoSpec(
        tmp / "demo", DEMO_UNITS, DEMO_MEMBERS, year, all_months=True, last_month=month, now=now
    )
    world = build_world(spec, workers=1)
    ctx = open_context(world.branches[0].db)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    settle(app, 1.5)
    save(window, "demo-branch-overview")
    window.sidebar.setCurrentRow(1)
    wait_until(app, lambda: window.members_page.model.rowCount() > 0)
    settle(app)
    save(window, "demo-branch-members")
    window.sidebar.setCurrentRow(4)
    settle(app, 1.5)
    save(window, "demo-branch-assessment")
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
