"""Render the screens of the app offscreen into docs/screenshots/ (and README's picture).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [path/to/member-list.xlsx]
Needs a Vietnamese-capable UI font installed (Debian: fonts-croscore or fonts-noto-core).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SAMPLE = ROOT.parent / "shared" / "samples" / "danh-sach-doan-vien-co-quan.xlsx"


def wait_until(app: QApplication, condition, timeout_s: float = 20) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> int:
    sample = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication(sys.argv)
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog
    from bamtrachnhiem.gui.i18n import install_translators
    from bamtrachnhiem.gui.main_window import MainWindow
    from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard
    from bamtrachnhiem.gui.wizards.member_import import MemberImportWizard

    app.setStyleSheet(STYLE)
    install_translators(app, "vi")

    wizard = FirstRunWizard()
    wizard.show()
    save(wizard, "first-run-choice")
    wizard.next()
    form = wizard.unit_page.form
    form.code.setText("CD-UBND-PD")
    form.name.setText("Chi đoàn Cơ quan UBND xã Phước Dân")
    form.parent_code.setText("DX-PD")
    form.parent_name.setText("Đoàn xã Phước Dân")
    form.higher_body.setText("ĐOÀN XÃ PHƯỚC DÂN")
    form.issuing_body.setText("BCH CHI ĐOÀN CƠ QUAN UBND")
    form.doc_symbol.setText("CĐ")
    form.place_name.setText("Phước Dân")
    wizard.unit_page.path.setText(str(tmp / "chi-doan.db"))
    save(wizard, "first-run-unit")
    wizard.next()
    ctx = wizard.context
    wizard.close()

    importer = MemberImportWizard(ctx, path=str(sample))
    importer.show()
    wait_until(app, importer.file_page.isComplete)
    save(importer, "import-file")
    importer.next()
    save(importer, "import-columns")
    importer.next()
    wait_until(app, importer.preview_page.isComplete)
    save(importer, "import-preview")
    importer.next()
    wait_until(app, lambda: importer.result is not None)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.sidebar.setCurrentRow(1)  # the overview is the landing page; open the members
    wait_until(app, lambda: window.members_page.model.rowCount() > 0)
    save(window, "members-page")
    save(window, "main-window")
    window.members_page.search.setText("tran")
    wait_until(app, lambda: window.members_page.model.rowCount() == 1)
    save(window, "members-search")
    window.members_page.search.clear()
    wait_until(app, lambda: window.members_page.model.rowCount() > 1)

    member = window.members_page.model.row_at(0)
    dialog = MemberDialog(ctx, member, window)
    dialog.show()
    save(dialog, "member-dialog")
    dialog.close()
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
