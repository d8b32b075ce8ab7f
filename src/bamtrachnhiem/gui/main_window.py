"""The main window: a sidebar of pages, the File menu, and the data file in the status bar."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem import __version__
from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.demo import PACKETS_DIR, demo_folder_of
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui import file_dialogs, message_boxes, preferences
from bamtrachnhiem.gui.data_changes import data_changes
from bamtrachnhiem.gui.dialogs.help_dialog import HelpDialog
from bamtrachnhiem.gui.dialogs.settings_dialog import SettingsDialog
from bamtrachnhiem.gui.dialogs.unit_dialog import UnitsDialog
from bamtrachnhiem.gui.pages.assessment import AssessmentPage
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.pages.campaigns import CampaignsPage
from bamtrachnhiem.gui.pages.commendations import CommendationsPage
from bamtrachnhiem.gui.pages.exchange import ExchangePage
from bamtrachnhiem.gui.pages.initiatives import InitiativesPage
from bamtrachnhiem.gui.pages.members import MembersPage
from bamtrachnhiem.gui.pages.overview import OverviewPage
from bamtrachnhiem.gui.pages.pledges import PledgesPage
from bamtrachnhiem.gui.screen import fit_window, fits
from bamtrachnhiem.gui.table_tools import install_everywhere
from bamtrachnhiem.gui.tasks import finish_tasks, run_task

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 30 * 60 * 1000
FIRST_BACKUP_CHECK_MS = 60 * 1000


class NotBuiltPage(QWidget):
    """Says plainly that a page is not in this version yet."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr("“{title}” is not available in this version yet.").format(title=title)
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    """Holds one open database; pages come and go with it.

    Every page follows the data file's changes by itself (``Page.on_data_changed``); the
    window settles unsaved work before it is lost: leaving a page, restoring a backup,
    opening another file (``settle``, called by the app), and closing.
    """

    open_requested = Signal(str)
    language_changed = Signal()
    leave_demo_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._show_title()

        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        self.overview_page = OverviewPage(ctx)
        self.members_page = MembersPage(ctx)
        self.pledges_page = PledgesPage(ctx)
        self.initiatives_page = InitiativesPage(ctx)
        self.campaigns_page = CampaignsPage(ctx)
        self.assessment_page = AssessmentPage(ctx)
        self.exchange_page = ExchangePage(ctx)
        self.commendations_page = CommendationsPage(ctx)
        self.pages: list[Page] = [
            self.overview_page,
            self.members_page,
            self.pledges_page,
            self.initiatives_page,
            self.assessment_page,
            self.campaigns_page,
            self.exchange_page,
            self.commendations_page,
        ]
        pages: list[tuple[str, QWidget | None]] = [
            (self.tr("Overview"), self.overview_page),
            (self.tr("Members"), self.members_page),
            (self.tr("Pledges"), self.pledges_page),
            (self.tr("Initiatives"), self.initiatives_page),
            (self.tr("Monthly assessment"), self.assessment_page),
            (self.tr("Campaigns & activities"), self.campaigns_page),
            (self.tr("Data exchange"), self.exchange_page),
            (self.tr("Reports"), None),
            (self.tr("Commendations"), self.commendations_page),
        ]
        for name, page in pages:
            item = QListWidgetItem(name)
            if page is None:
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable
                )
                item.setToolTip(self.tr("Not available in this version yet."))
                page = NotBuiltPage(name)
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._page_picked)
        self.sidebar.setCurrentRow(0)
        data_changes(ctx).changed.connect(self._data_changed)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = self._demo_banner()
        if self.demo_banner is not None:
            outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menu()
        # Every table: right-click to open, copy, export (gui/table_tools.py), named by page.
        install_everywhere(self, title_of=self._table_title)
        where = QLabel(self.tr("Data file: {path}").format(path=ctx.database.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(where, 1)
        # The daily backup is made when a file opens; a window left open for days makes it
        # too: checked soon after start and then every half hour (README's promise).
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.daily_backup)
        if not ctx.database.read_only:
            self._backup_timer.start()
            QTimer.singleShot(FIRST_BACKUP_CHECK_MS, self, self.daily_backup)
        geometry, state = preferences.window_state("main")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_window(self, 1280, 760)
        elif not fits(self):  # saved on a larger screen, or one no longer attached
            fit_window(self, self.width(), self.height())
        if state is not None:
            self.restoreState(state)

    def _table_title(self, view: QWidget) -> str:
        """A table's name for its sheet and file: its page, then the unit."""
        own = self.ctx.units.own_unit()
        for row in range(self.stack.count()):
            if self.stack.widget(row).isAncestorOf(view):
                page = self.sidebar.item(row).text()
                return f"{page} — {own.name}" if own else page
        return self.windowTitle()

    def _show_title(self) -> None:
        own = self.ctx.units.own_unit()
        title = self.tr("Ba Trách Nhiệm")
        if own:
            title = f"{own.name} — {title}"
        if self.ctx.database.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def _demo_banner(self) -> QFrame | None:
        """A band over every page of a demo world: what it is, where it is, how to leave."""
        folder = demo_folder_of(self.ctx.database.path)
        if folder is None:
            return None
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet(
            "QFrame#demoBanner { background: #FFF4D6; border-bottom: 1px solid #E2C46B; }"
        )
        text = QLabel(
            self.tr(
                "<b>Demo data</b>, made up for trying the app: a district and its branches. "
                "The branches' packets are in <i>{packets}</i>. Nothing here is your unit's."
            ).format(packets=folder / PACKETS_DIR)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_folder = QPushButton(self.tr("Open the demo folder"))
        show_folder.setToolTip(str(folder))
        show_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        leave = QPushButton(self.tr("Leave the demo: set up my unit…"))
        leave.setToolTip(
            self.tr("Closes the demo and opens the first-run wizard to create your own data file.")
        )
        leave.clicked.connect(self.leave_demo_requested.emit)
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(text, 1)
        row.addWidget(show_folder)
        row.addWidget(leave)
        return banner

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("units"):
            self._show_title()

    # -- unsaved work ------------------------------------------------------------------------
    def _page_picked(self, row: int) -> None:
        """Show the page picked in the sidebar once the page being left is settled."""
        current = self.stack.currentWidget()
        if row == self.stack.currentIndex():
            return
        if isinstance(current, Page) and not current.settle():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())  # stay, edits and all
            self.sidebar.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def settle(self) -> bool:
        """Every page's unsaved edits are saved or discarded, as the user says (the question
        names them); False when the user chose to stay with them (Cancel)."""
        return all(page.settle() for page in self.pages if page.has_unsaved())

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        actions = [
            (self.tr("&Open data file…"), QKeySequence.StandardKey.Open, self._open_other),
            (self.tr("&Units…"), None, lambda: UnitsDialog.show_for(self.ctx, self)),
            (self.tr("&Back up now…"), None, self._backup),
            (self.tr("&Restore from a backup…"), None, self._restore),
            (self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self._settings),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ]
        for text, shortcut, slot in actions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            if self.ctx.database.read_only and slot in (self._backup, self._restore):
                action.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide: each month, what to send, where the data is"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda: HelpDialog.show_for(self.ctx, self))
        help_menu.addAction(guide)
        help_menu.addSeparator()
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _open_other(self) -> None:
        name = file_dialogs.open_file(
            self,
            self.tr("Open data file"),
            str(self.ctx.database.path.parent),
            self.tr("Data files (*.db)"),
        )
        if name:
            self.open_requested.emit(name)

    def _backup(self) -> None:
        # Dated, so that backups made on different days never overwrite each other.
        day = date.today().strftime("%Y-%m-%d")
        suggested = (
            self.ctx.database.backups_dir / f"{self.ctx.database.path.stem}-sao-luu-{day}.db"
        )
        name = file_dialogs.save_file(
            self, self.tr("Back up to"), str(suggested), self.tr("Data files (*.db)")
        )
        if not name:
            return

        def done(path: Path) -> None:
            message_boxes.show_info(self, self.tr("Backup saved to {path}.").format(path=path))

        run_task(
            self,
            self.tr("Backing up…"),
            lambda progress: self.ctx.database.backup(dest=Path(name)),
            ctx=self.ctx,
            on_success=done,
            on_error=lambda exc: message_boxes.show_error(self, exc),
        )

    def daily_backup(self) -> None:
        """Make the day's automatic backup in the background if it is due; a failure is
        logged and tried again at the next check (it must never interrupt work)."""
        if self.ctx.database.read_only:
            return

        def failed(error: BaseException) -> None:
            log.warning("daily backup failed: %s", error)

        run_task(
            self,
            "",
            lambda progress: self.ctx.database.daily_backup(),
            ctx=self.ctx,
            on_error=failed,
            show_progress=False,
        )

    def _restore(self) -> None:
        name = file_dialogs.open_file(
            self,
            self.tr("Restore from"),
            str(self.ctx.database.backups_dir),
            self.tr("Data files (*.db)"),
        )
        if not name or not self.settle():
            return
        question = self.tr(
            "Replace everything in this data file with the backup {path}? A copy of the "
            "current data is kept first."
        ).format(path=name)
        if not message_boxes.confirm(self, question):
            return
        try:
            safety = self.ctx.database.restore(name)  # every page hears it and reads again
        except AppError as exc:
            message_boxes.show_error(self, exc)
            return
        message_boxes.show_info(
            self, self.tr("Restored. The data from before is kept in {path}.").format(path=safety)
        )

    def _settings(self) -> None:
        if SettingsDialog.ask(self.ctx, self):
            self.language_changed.emit()

    def _about(self) -> None:
        message_boxes.show_info(
            self,
            self.tr("Ba Trách Nhiệm {version}\nData file: {path}\nBackups: {backups}").format(
                version=__version__,
                path=self.ctx.database.path,
                backups=self.ctx.database.backups_dir,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle():
            event.ignore()
            return
        preferences.set_window_state("main", self.saveGeometry(), self.saveState())
        self._backup_timer.stop()
        # Gone from the screen at once; work still running is cancelled and waited for
        # out of sight (the data file may close next: no work may still use it).
        self.hide()
        finish_tasks(self.ctx)
        super().closeEvent(event)
