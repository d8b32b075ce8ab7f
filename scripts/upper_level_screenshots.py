"""Screenshots of the upper level's pages at 1366×768, and the sơ kết report's pages.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/upper_level_screenshots.py [OUT]

Builds a ``demo --full`` world (3 branches of 20 members) in a temporary folder, opens the
district in the main window at 1366×768 and saves, under OUT (default docs/screenshots),
as ``upper-*.png``:
the consolidation page (by unit, by month), a campaign the district launched with its
branches' results, the reports page, completeness with the reports sent, the report editor on a new sơ kết draft, the issued
report's print preview; then the
district's report drawn by pdftoppm (``report-*.png``) and the branch's annex by member.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEAR = 2026
SIZE = (1366, 768)


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QThreadPool
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.demo import DemoSpec, build_world
    from bamtrachnhiem.domain.reports import ReportKind
    from bamtrachnhiem.gui import printing
    from bamtrachnhiem.gui.dialogs.report_editor import ReportEditor
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow

    app = QApplication([])
    install_translators(app, "vi")
    scratch = Path(tempfile.mkdtemp(prefix="bamtrachnhiem-shots-"))
    try:
        world = build_world(DemoSpec(scratch / "world", 3, 20, YEAR, seed=11, full=True))
        ctx = open_context(world.upper_db)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.showMaximized()

        def settle() -> None:
            for _ in range(20):
                app.processEvents()
            QThreadPool.globalInstance().waitForDone(20_000)
            for _ in range(20):
                app.processEvents()

        def shoot(name: str, widget=None) -> None:
            settle()
            (widget or window).grab().save(str(out / f"upper-{name}"))
            print(out / f"upper-{name}")

        def page(widget) -> None:
            window.sidebar.setCurrentRow(window.stack.indexOf(widget))
            settle()

        consolidation = window.consolidation_page
        page(consolidation)
        consolidation.year.setValue(YEAR)
        consolidation.period.setCurrentIndex(1)  # the first six months
        shoot("consolidation-by-unit.png")
        consolidation.tabs.setCurrentIndex(1)
        shoot("consolidation-by-month.png")
        consolidation.tabs.setCurrentIndex(0)

        campaigns = window.campaigns_page
        page(campaigns)
        campaigns.year.setValue(YEAR)
        shoot("campaign-at-the-district.png")

        reports = window.reports_page
        page(reports)
        shoot("reports.png")

        exchange = window.exchange_page
        page(exchange)
        exchange.tabs.setCurrentIndex(2)
        shoot("completeness-reports.png")

        own = next(r for r in ctx.reports.find(YEAR) if r.unit_code == world.upper_code)
        # Báo cáo → mới → sơ kết 6 tháng: a draft, its section II written from the figures.
        draft = ctx.reports.make(ReportKind.H1, YEAR)
        editor = ReportEditor(ctx, draft, window)
        editor.resize(*SIZE)
        editor.showMaximized()
        editor.tabs.setCurrentIndex(1)
        shoot("report-editor.png", editor)
        editor.close()
        editor = ReportEditor(ctx, own, window)
        editor.resize(*SIZE)
        editor.showMaximized()

        def grab_preview(dialog) -> int:
            dialog.resize(*SIZE)
            dialog.showMaximized()
            preview = dialog.findChild(QPrintPreviewWidget)
            preview.updatePreview()
            settle()
            dialog.grab().save(str(out / "upper-report-preview.png"))
            print(out / "upper-report-preview.png")
            return 0

        printing._exec = grab_preview  # type: ignore[assignment]
        editor.printer.preview()
        settle()
        editor.close()

        pdf = ctx.reports.export(own.id, scratch / "so-ket-huyen.pdf", "pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "upper-report-district")],
            check=True,
        )
        branch = open_context(world.branches[0].db, read_only=True)
        try:
            report = branch.reports.find(YEAR)[0]
            pdf = branch.reports.export(report.id, scratch / "so-ket-chi-doan.pdf", "pdf")
        finally:
            branch.close()
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "upper-report-branch")], check=True
        )
        window.close()
        ctx.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
