"""Start-up of the desktop app: translations, the data file, the main window."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bamtrachnhiem import APP_NAME
from bamtrachnhiem.bootstrap import AppContext, user_data_dir
from bamtrachnhiem.gui import command_line, message_boxes, preferences, screen
from bamtrachnhiem.gui.i18n import install_translators
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.opening import open_data_file
from bamtrachnhiem.gui.tasks import finish_tasks
from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard

STYLE = """
QListWidget#sidebar { background: #F3F5F9; border: none; border-right: 1px solid #D8DDE6;
                      font-size: 10.5pt; padding-top: 8px; }
QListWidget#sidebar::item { padding: 9px 14px; }
QListWidget#sidebar::item:selected { background: #1E4E8C; color: white; }
QListWidget#sidebar::item:disabled { color: #9AA3B0; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1E4E8C; padding: 4px 0 6px 0; }
QToolButton[popupMode="2"] { padding-right: 10px; }
"""


class Application:
    """Owns the open data file and the one main window."""

    def __init__(self, qt_app: QApplication) -> None:
        self.qt_app = qt_app
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None

    def start(self, path: str | None = None) -> bool:
        """Open ``path``, the last data file, or run the first-run wizard.

        A file named on the command line that cannot be opened ends the start (its reason
        shown): the user asked for that file, not for a new unit. So does the last data
        file when another copy of the app has it open: the user already has it on screen,
        and a new unit would make a second data file.
        """
        asked = bool(path)
        path = path or preferences.last_database()
        refused: list[str] = []
        ctx = open_data_file(None, path, refused) if path and Path(path).exists() else None
        if ctx is None and (asked or "db_in_use" in refused):
            return False
        if ctx is None:
            ctx = FirstRunWizard.run()
        if ctx is None:
            return False
        self.show(ctx)
        return True

    def show(self, ctx: AppContext) -> bool:
        """A new window over ``ctx`` in place of the current one, whose file is closed when it
        is another. False (nothing changed) when the user stays with unsaved work."""
        old_window, old_ctx = self.window, self.ctx
        page = None
        if old_window is not None:
            page = old_window.stack.currentIndex() if old_ctx is ctx else None
            if not old_window.close():  # settles unsaved work, then waits for its tasks
                return False
            old_window.deleteLater()
        self.ctx = ctx
        self.window = MainWindow(ctx)
        self.window.open_requested.connect(self.open_other)
        self.window.language_changed.connect(self.change_language)
        self.window.leave_demo_requested.connect(self.leave_demo)
        if page is not None:
            self.window.sidebar.setCurrentRow(page)
        self.window.show()
        if old_ctx is not None and old_ctx is not ctx:
            finish_tasks(old_ctx)
            old_ctx.close()
        return True

    def open_other(self, path: str) -> None:
        """Open another data file in place of this one.

        The window first settles unsaved work into the file it belongs to (Cancel stays);
        the other file is then opened, and only once it is open is this one closed: a file
        that cannot be opened leaves this one open and usable.
        """
        if self.ctx is not None and Path(path).absolute() == self.ctx.database.path:
            return
        if self.window is not None and not self.window.settle():
            return
        ctx = open_data_file(self.window, path)
        if ctx is not None and not self.show(ctx):
            ctx.close()  # not reached after a settle, but never leave a file open unseen

    def leave_demo(self) -> None:
        """From a demo world to the user's own unit: the first-run wizard, then its file."""
        if self.window is not None and not self.window.settle():
            return
        ctx = FirstRunWizard.run(self.window)
        if ctx is not None and not self.show(ctx):
            ctx.close()

    def change_language(self) -> None:
        install_translators(self.qt_app)
        if self.ctx is not None:
            self.show(self.ctx)

    def close(self) -> None:
        if self.ctx is not None:
            finish_tasks(self.ctx)
            self.ctx.close()
            self.ctx = None


def _log_to_file() -> None:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=folder / "app.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _excepthook(kind, value, tb) -> None:
    # Whatever slips through ends in a plain message, never a traceback on screen.
    logging.getLogger(APP_NAME).error("uncaught", exc_info=(kind, value, tb))
    message_boxes.show_error(QApplication.activeWindow(), value)


def write_smoke_report(app: Application, path: str) -> None:
    """Write the main window's title and sidebar entries to ``path``, one a line, then quit.

    The exit code is 1, and nothing is written, unless the window is really on screen.
    """
    window = app.window
    code = 1
    if window is not None and window.isVisible():
        lines = [window.windowTitle()]
        lines += [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
        with contextlib.suppress(OSError):
            Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
            code = 0
    app.qt_app.exit(code)


def _say(qt_app: QApplication | None, message: str, code: int) -> int:
    """Print what the command line answered; without a console, show it in a box."""
    if command_line.has_console():
        print(message, end="", file=sys.stdout if code == 0 else sys.stderr)
        return code
    if qt_app is None:
        qt_app = QApplication([])
        install_translators(qt_app)
    message_boxes.show_info(None, message.strip())
    return code


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the frozen app's worker processes start here
    argv = list(sys.argv if argv is None else argv)
    parsed = command_line.parse(argv[1:], preferences.language())
    if isinstance(parsed, tuple):  # --help, --version, a usage error or a missing file
        return _say(QApplication.instance(), *parsed)  # type: ignore[arg-type]
    _log_to_file()
    qt_app = QApplication(argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setApplicationDisplayName("Ba Trách Nhiệm")
    qt_app.setStyleSheet(STYLE)
    icon = resources.files("bamtrachnhiem.resources") / "icons" / "bamtrachnhiem.png"
    qt_app.setWindowIcon(QIcon(str(icon)))
    install_translators(qt_app)
    screen.install(qt_app)
    sys.excepthook = _excepthook
    app = Application(qt_app)
    if not app.start(str(parsed.path) if parsed.path else None):
        return 0
    smoke_report = os.environ.get("BAMTRACHNHIEM_SMOKE_TEST")
    if smoke_report:
        # Packaging check (packaging/build.py): report the main window, then quit.
        QTimer.singleShot(0, lambda: write_smoke_report(app, smoke_report))
    try:
        return qt_app.exec()
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())
