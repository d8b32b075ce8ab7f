"""Render the Khen thưởng page, its dialogs and the certificates into docs/screenshots/.

Usage: python scripts/commendation_screenshots.py [--out docs/screenshots]
Builds a small demo world with its year-end round (``demo --full``) in a temporary folder,
opens the district's and a branch's data files at 1366×768, and saves each tab; renders the
certificates (blank paper, pre-printed stock, calibration) with pdftoppm. Needs a
Vietnamese-capable UI font (Debian: fonts-croscore or fonts-noto-core) and poppler-utils.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv)
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.demo import DemoSpec, build_world
    from bamtrachnhiem.demo.commendations import run_commendations
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.commendation_dialogs import NominationDialog, RoundDialog
    from bamtrachnhiem.gui.dialogs.template_editor import TemplateEditor
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")
    world = build_world(DemoSpec(tmp / "world", 6, 15, 2026, seed=20260101))
    demo = run_commendations(world)

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        widget.grab().save(str(out / f"{name}.png"))
        print("wrote", out / f"{name}.png")

    def dialog_shot(make, name: str) -> None:
        dialog: QDialog = make()
        dialog.show()
        save(dialog, name)
        dialog.discard() if hasattr(dialog, "discard") else dialog.reject()

    ctx = open_context(world.spec.upper_db)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.sidebar.setCurrentRow(window.stack.indexOf(window.commendations_page))
    page = window.commendations_page
    page.year.setValue(2026)
    settle(app)
    names = ["rounds", "shortlist", "nominations", "decisions", "register", "certificates"]
    for i, name in enumerate(names):
        page.tabs.setCurrentIndex(i)
        if name == "certificates":
            page.verify_input.setText(demo.recipients[0][2])
            page.verify()
        save(window, f"commendations-district-{name}")
    r = ctx.commendations.rounds(2026)[0]
    dialog_shot(lambda: RoundDialog(ctx, r, window), "commendations-round-dialog")
    template = ctx.certificates.template("overlay")
    dialog_shot(lambda: TemplateEditor(ctx, template, window), "commendations-template-editor")
    window.close()
    ctx.close()

    branch = next(b for b in world.branches if b.code == "CD-002")
    bctx = open_context(branch.db)
    bwindow = MainWindow(bctx)
    bwindow.resize(1366, 768)
    bwindow.show()
    bwindow.sidebar.setCurrentRow(bwindow.stack.indexOf(bwindow.commendations_page))
    bpage = bwindow.commendations_page
    for i, name in ((1, "shortlist"), (2, "nominations"), (4, "register")):
        bpage.tabs.setCurrentIndex(i)
        save(bwindow, f"commendations-branch-{name}")
    nomination = bctx.commendations.nominations()[0]
    dialog_shot(lambda: NominationDialog(bctx, nomination, bwindow), "commendations-nomination")
    bwindow.close()
    bctx.close()

    for pdf, name in (
        (demo.certificates, "certificate-full"),
        (demo.overlay, "certificate-overlay"),
    ):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(out / name)],
            check=True,
        )  # fmt: skip
        print("wrote", out / f"{name}.png")
    ctx = open_context(world.spec.upper_db)
    calibration = ctx.certificates.calibrate(tmp / "cal.pdf", "overlay")
    decision = ctx.commendation_documents.decision(demo.decision_id)
    papers = [(ctx.documents.write_pdf(decision, tmp / "qd.pdf"), "commendation-decision")]
    ctx.close()
    bctx = open_context(branch.db)
    round_id = bctx.commendations.rounds(2026)[0].id
    letter = bctx.commendation_documents.proposal_letter(round_id)
    papers.append((bctx.documents.write_pdf(letter, tmp / "tt.pdf"), "commendation-letter"))
    bctx.close()
    for pdf, name in papers:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", str(pdf), str(out / name)], check=True
        )  # pages -1, -2: the document and its annex
        print("wrote", out / f"{name}-*.png")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(calibration),
         str(out / "certificate-calibration")],
        check=True,
    )  # fmt: skip
    print("wrote", out / "certificate-calibration.png")
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
