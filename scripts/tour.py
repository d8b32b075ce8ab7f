"""The tour: every page, dialog and wizard in Vietnamese at 1366×768, with screenshots.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/tour.py          # docs/screenshots/
    QT_QPA_PLATFORM=offscreen python scripts/tour.py --out /tmp/tour     # no display needed
    python scripts/tour.py --only members-page pledge-dialog             # some steps only

It builds the first-run wizard's demo world (a district that has merged its branches'
packets, and the branches), opens a branch's and the district's windows, and walks STEPS.
Each step shows something and captures it; every capture is checked, and the tour ends
with exit code 1 listing what it found:

- the window lies within the usable part of the screen (``gui/screen.py``: without the
  taskbar and a title bar);
- no visible text is English: a label, button, title, tab, header, menu entry, placeholder
  or tooltip equal to a source text of ``translations/*.ts`` (ours, and Qt's own in
  ``qt_vi.ts``) whose Vietnamese differs;
- no text is clipped: a label, button, check box, group title or column header narrower
  than its text.

Under Xvfb the screenshot is the whole screen (what a user sees, window placement and
pop-up menus included); offscreen it is the window itself. ``tests/gui/test_tour.py`` runs
every step offscreen with the same checks.

Adding a step (a new page, dialog or wizard): write a function of the ``Tour`` and append
``Step("file-name", function)`` to ``STEPS``. Show a window and ``tour.capture(window,
"name")``; a modal dialog the step opens through the app's own buttons or ``ask()`` is
captured by name with ``with tour.expect("name"): button.click()`` (exec is replaced:
the dialog is shown, captured and closed). Message boxes are captured the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
TRANSLATIONS = ROOT / "translations"
MEMBER_LIST = ROOT / "tests" / "fixtures" / "member_lists" / "office-list.xlsx"


# -- what counts as English ------------------------------------------------------------------
def _normal(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)) if "<" in text else text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text).strip().rstrip("…").rstrip(".").strip()


class English:
    """The source texts whose Vietnamese differs: seeing one means a missing translation."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        patterns: list[str] = []
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            for message in ET.parse(ts).getroot().iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if _normal(source) == _normal(translation) or len(_normal(source)) < 2:
                    continue
                if re.search(r"\{[a-z_]*\}|%\d", source):
                    parts = re.split(r"\{[a-z_]*\}|%\d", _normal(source))
                    if sum(len(p.strip()) for p in parts) >= 6:
                        patterns.append(".+?".join(re.escape(p) for p in parts))
                else:
                    self.exact.add(_normal(source))
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def __contains__(self, text: str) -> bool:
        shown = _normal(text)
        if not shown:
            return False
        if shown in self.exact:
            return True
        return bool(self.pattern and self.pattern.fullmatch(shown))


# -- the tour --------------------------------------------------------------------------------
@dataclass
class Step:
    """One stop of the tour: ``run(tour)`` shows something and captures it."""

    name: str
    run: Callable[[Tour], None]


@dataclass
class Tour:
    app: object
    out: Path | None
    work: Path
    problems: list[str] = field(default_factory=list)
    captured: list[str] = field(default_factory=list)
    _expected: list[str] = field(default_factory=list)
    _contexts: dict[str, object] = field(default_factory=dict)
    _windows: dict[str, object] = field(default_factory=dict)
    _world: object = None

    def __post_init__(self) -> None:
        self.english = English()

    # -- the demo world and its windows -------------------------------------------------
    @property
    def world(self):
        if self._world is None:
            from bamtrachnhiem.demo import DemoSpec, build_world, demo_period, prepare_for_exploring
            from bamtrachnhiem.gui.wizards.first_run import DEMO_MEMBERS, DEMO_UNITS

            now = datetime.now(UTC)
            year, month = demo_period(now.astimezone().date())
            spec = DemoSpec(
                self.work / "demo",
                DEMO_UNITS,
                DEMO_MEMBERS,
                year,
                all_months=True,
                last_month=month,
                now=now,
                full=True,  # as the first-run wizard builds it: the district lived its year
            )
            self._world = build_world(spec, workers=1)
            prepare_for_exploring(self._world)
        return self._world

    def context(self, which: str):
        """``"branch"`` (the demo's first branch) or ``"district"``, opened once."""
        if which not in self._contexts:
            from bamtrachnhiem.bootstrap import open_context

            path = self.world.branches[0].db if which == "branch" else self.world.upper_db
            self._contexts[which] = open_context(path)
        return self._contexts[which]

    def window(self, which: str = "branch"):
        """The main window over ``context(which)``, shown at its own default size."""
        from PySide6.QtGui import QGuiApplication

        if which not in self._windows:
            from bamtrachnhiem.gui.main_window import MainWindow

            window = MainWindow(self.context(which))
            window.show()
            self._windows[which] = window
        window = self._windows[which]
        if QGuiApplication.platformName() != "offscreen":  # it can neither raise nor focus
            window.raise_()
            window.activateWindow()
        self.settle()
        return window

    def page(self, which: str, attribute: str):
        """Show the page ``attribute`` of the window ``which``; returns (window, page)."""
        window = self.window(which)
        page = getattr(window, attribute)
        window.sidebar.setCurrentRow(window.stack.indexOf(page))
        self.settle(0.6)
        return window, page

    def close(self) -> None:
        for window in self._windows.values():
            window.close()
        for ctx in self._contexts.values():
            ctx.close()

    # -- capturing ----------------------------------------------------------------------
    def settle(self, seconds: float = 0.25) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while not condition():
            self.app.processEvents()
            if time.monotonic() > end:
                raise TimeoutError("the screen did not get ready")
            time.sleep(0.01)

    def capture(self, widget, name: str) -> None:
        """Check ``widget``'s window and save its screenshot as ``name``.png."""
        from PySide6.QtGui import QGuiApplication

        self.settle()
        window = widget.window()
        for problem in inspect(window, self.english):
            self.problems.append(f"{name}: {problem}")
        self.captured.append(name)
        if self.out is None:
            return
        self.out.mkdir(parents=True, exist_ok=True)
        if QGuiApplication.platformName() == "xcb":
            picture = QGuiApplication.primaryScreen().grabWindow(0)
        else:
            picture = window.grab()
        picture.save(str(self.out / f"{name}.png"))
        print("wrote", self.out / f"{name}.png")

    @contextlib.contextmanager
    def expect(self, *names: str) -> Iterator[None]:
        """Dialogs opened modally inside the block are captured as ``names``, in order."""
        self._expected = list(names)
        try:
            yield
        finally:
            left, self._expected = self._expected, []
            for name in left:
                self.problems.append(f"{name}: the dialog never opened")

    def _modal(self, dialog) -> int:
        """Stands in for ``QDialog.exec``: show, capture under the expected name, close."""
        from PySide6.QtWidgets import QDialog

        dialog.show()
        self.settle(0.3)
        if self._expected:
            self.capture(dialog, self._expected.pop(0))
        else:
            self.problems.append(f"an unexpected dialog: {dialog.windowTitle()!r}")
        QDialog.done(dialog, 0)
        return 0


# -- checks ----------------------------------------------------------------------------------
def _visible_texts(window) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hover in ``window``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMenu,
        QMenuBar,
        QTabWidget,
        QWidget,
        QWizard,
    )

    yield "title", window.windowTitle()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        kind = type(widget).__name__
        if widget.toolTip():
            yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield kind, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            for section in range(widget.count()):
                yield "header", str(model.headerData(section, orientation) or "")
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                yield "header tooltip", str(tip or "")
        elif isinstance(widget, (QMenuBar, QMenu)):
            for action in widget.actions():
                yield kind, action.text()
                yield f"{kind} tooltip", action.toolTip()
                if action.menu() is not None:
                    for sub in action.menu().actions():
                        yield "menu", sub.text()
    if isinstance(window, QWizard):
        for which in QWizard.WizardButton:
            button = window.button(which)
            if button is not None and button.isVisible():
                yield "wizard button", button.text()


def _clipped(window) -> Iterator[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QHeaderView,
        QLabel,
        QToolButton,
        QWidget,
    )

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 2:
                    yield f"label cut at the bottom: {widget.text()[:60]!r}"
            elif widget.sizeHint().width() > widget.width() + 2:
                yield f"label cut: {widget.text()[:60]!r}"
        elif (
            isinstance(widget, QAbstractButton)
            and not isinstance(widget, QToolButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 2
        ):
            yield f"button cut: {widget.text()!r}"
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                yield f"group title cut: {widget.title()!r}"
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            metrics = widget.fontMetrics()
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                lines = text.split("\n")
                needed = max(metrics.horizontalAdvance(line) for line in lines) + 8
                if needed > widget.sectionSize(section) + 2:
                    yield f"column header cut: {text!r}"


def inspect(window, english: English) -> list[str]:
    """What is wrong with ``window`` as shown: too large, English, clipped text."""
    from bamtrachnhiem.gui import screen

    problems = []
    room = screen.usable_rect(window)
    frame = window.geometry()
    if not room.contains(frame):
        problems.append(
            f"window {frame.width()}×{frame.height()} at ({frame.x()},{frame.y()}) is not "
            f"within the usable {room.width()}×{room.height()} at ({room.x()},{room.y()})"
        )
    seen = set()
    for where, text in _visible_texts(window):
        if text and text in english and (where, text) not in seen:
            seen.add((where, text))
            problems.append(f"English {where}: {text!r}")
    problems += sorted(set(_clipped(window)))
    return problems


# -- the steps -------------------------------------------------------------------------------
def first_run(tour: Tour) -> None:
    from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.show()
    tour.capture(wizard, "first-run-choice")
    wizard.choice_page.demo.setChecked(True)
    tour.capture(wizard, "first-run-demo")
    wizard.choice_page.create.setChecked(True)
    wizard.next()
    form = wizard.unit_page.form
    form.code.setText("CD-UBND-PD")
    form.name.setText("Chi đoàn Cơ quan UBND xã Phước Dân")
    form.parent_code.setText("DX-PD")
    form.parent_name.setText("Đoàn xã Phước Dân")
    tour.capture(wizard, "first-run-unit")
    wizard.close()
    wizard.deleteLater()


def _page_step(which: str, attribute: str, name: str, ready=None) -> Step:
    def run(tour: Tour) -> None:
        window, page = tour.page(which, attribute)
        if ready is not None:
            tour.wait_until(lambda: ready(page))
        tour.capture(window, name)

    return Step(name, run)


def members_search(tour: Tour) -> None:
    window, page = tour.page("branch", "members_page")
    page.search.setText("nguyen")
    tour.settle(0.5)
    tour.capture(window, "members-search")
    page.search.clear()


def _first_member(ctx):
    return sorted(ctx.members.find(), key=lambda m: m.full_name)[0]


def member_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog

    window, _page = tour.page("branch", "members_page")
    with tour.expect("member-dialog"):
        MemberDialog.ask(tour.context("branch"), _first_member(tour.context("branch")), window)


def pledge_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog

    window, page = tour.page("branch", "pledges_page")
    ctx = tour.context("branch")
    with tour.expect("pledges-dialog"):
        PledgeDialog.ask(ctx, _first_member(ctx), page.year.value(), window)


def initiative_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.initiative_dialog import InitiativeDialog

    window, _page = tour.page("branch", "initiatives_page")
    with tour.expect("initiatives-dialog"):
        InitiativeDialog.ask(tour.context("branch"), None, parent=window)


def activity_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.activity_dialog import ActivityDialog

    window, _page = tour.page("branch", "campaigns_page")
    with tour.expect("activities-dialog"):
        ActivityDialog.ask(tour.context("branch"), None, parent=window)


def campaign_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog

    window, _page = tour.page("district", "campaigns_page")
    with tour.expect("campaigns-dialog"):
        CampaignDialog.ask(tour.context("district"), None, window)


def criteria_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.criteria_dialog import CriteriaDialog

    window, _page = tour.page("district", "assessment_page")
    with tour.expect("assessment-criteria"):
        CriteriaDialog.ask(tour.context("district"), datetime.now().year, window)


def export_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.export_dialog import ExportDialog

    window, _page = tour.page("branch", "exchange_page")
    with tour.expect("exchange-export-dialog"):
        ExportDialog.ask(tour.context("branch"), window)


def config_export_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.config_export_dialog import ConfigExportDialog

    window, _page = tour.page("district", "exchange_page")
    with tour.expect("exchange-config-dialog"):
        ConfigExportDialog.ask(tour.context("district"), window)


def deadlines_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.deadlines_dialog import DeadlinesDialog

    window, _page = tour.page("district", "exchange_page")
    with tour.expect("exchange-deadlines-dialog"):
        DeadlinesDialog.ask(tour.context("district"), datetime.now().year, window)


def settings_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.settings_dialog import SettingsDialog

    window = tour.window("branch")
    with tour.expect("settings-dialog"):
        SettingsDialog.ask(tour.context("branch"), window)


def units_dialog(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.unit_dialog import UnitsDialog

    window = tour.window("district")
    with tour.expect("units-dialog"):
        UnitsDialog.show_for(tour.context("district"), window)


def member_import(tour: Tour) -> None:
    from bamtrachnhiem.gui.wizards.member_import import MemberImportWizard

    window = tour.window("branch")
    wizard = MemberImportWizard(tour.context("branch"), window, path=str(MEMBER_LIST))
    wizard.show()
    tour.wait_until(wizard.file_page.isComplete)
    tour.capture(wizard, "import-file")
    wizard.next()
    tour.capture(wizard, "import-columns")
    wizard.next()
    tour.wait_until(wizard.preview_page.isComplete)
    tour.capture(wizard, "import-preview")
    wizard.close()
    wizard.deleteLater()


def error_boxes(tour: Tour) -> None:
    from bamtrachnhiem.domain.errors import StorageError
    from bamtrachnhiem.gui import message_boxes

    window = tour.window("branch")
    with tour.expect("error-expected"):
        message_boxes.show_error(window, StorageError("db_in_use", path="chi-doan.db"))
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        with tour.expect("error-unexpected"):
            message_boxes.show_error(window, exc)


def file_dialog(tour: Tour) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = tour.window("branch")
    dialog = QFileDialog(window, "Mở tệp dữ liệu", str(tour.work), "Tệp dữ liệu (*.db)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    tour.capture(dialog, "file-dialog")
    dialog.reject()
    dialog.deleteLater()


def text_menu(tour: Tour) -> None:
    window, page = tour.page("branch", "members_page")
    page.search.setText("Trần")
    menu = page.search.createStandardContextMenu()
    menu.popup(page.search.mapToGlobal(page.search.rect().bottomLeft()))
    tour.settle(0.3)
    tour.capture(window, "text-menu")
    for problem in inspect(menu, tour.english):
        if "English" in problem:
            tour.problems.append(f"text-menu: {problem}")
    menu.close()
    page.search.clear()


def print_dialogs(tour: Tour) -> None:
    """Đoàn viên → In / xuất → Xem trước khi in: the member list as it prints."""
    _window, page = tour.page("branch", "members_page")
    with tour.expect("print-preview"):
        page.printer.preview_action.trigger()
        tour.wait_until(lambda: not tour._expected)


def report_editor(tour: Tour) -> None:
    """Báo cáo → Mở: the district's own report (its sơ kết, issued), read in the editor."""
    _window, page = tour.page("district", "reports_page")
    own = page.ctx.units.own_unit().code
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    report = next((r for r in rows if r.unit_code == own), rows[0])
    with tour.expect("district-report-editor"):
        page.open_report(report)


def assessment_dialogs(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.unlock_month_dialog import UnlockMonthDialog

    window, page = tour.page("branch", "assessment_page")
    page.branch_button.click()
    tour.settle(0.5)
    tour.capture(window, "assessment-branch")
    page.view.setCurrentIndex(page.model.index(0, 1))
    with tour.expect("assessment-member-chart"):
        page.chart_button.click()
    with tour.expect("assessment-year-summary"):
        page.summary_button.click()
    with tour.expect("assessment-audit-log"):
        page.audit_button.click()
    with tour.expect("assessment-note"):
        page.note_button.click()
    with tour.expect("assessment-unlock"):
        UnlockMonthDialog.ask("tháng 11/2026", "bí thư", window)


def member_status(tour: Tour) -> None:
    from bamtrachnhiem.domain.records import MemberStatus
    from bamtrachnhiem.gui.dialogs.status_dialog import StatusDialog

    window, _page = tour.page("branch", "members_page")
    ctx = tour.context("branch")
    with tour.expect("member-status-dialog"):
        StatusDialog.ask(ctx, _first_member(ctx), MemberStatus.TRANSFERRED, window)


def table_menu(tour: Tour) -> None:
    from bamtrachnhiem.gui.table_tools import TableMenu

    window, page = tour.page("branch", "members_page")
    page.table.selectRow(1)
    menu = page.table.findChild(TableMenu).build()
    menu.popup(
        page.table.viewport().mapToGlobal(page.table.visualRect(page.model.index(1, 1)).center())
    )
    tour.settle(0.3)
    tour.capture(window, "table-menu")
    for problem in inspect(menu, tour.english):
        if "English" in problem:
            tour.problems.append(f"table-menu: {problem}")
    menu.close()


def district_receive(tour: Tour) -> None:
    window, page = tour.page("district", "exchange_page")
    page.tabs.setCurrentWidget(page.receive_tab)
    month = sorted(p for p in (tour.world.spec.folder / "packets").iterdir() if p.is_dir())[-1]
    page.add_paths([month])
    tour.wait_until(lambda: not page.busy and page.preview_model.rowCount() > 0)
    tour.capture(window, "exchange-import-preview")
    page.preview_view.selectRow(0)
    with tour.expect("exchange-details"):
        page.show_details(0)
    page.clear()
    page.tabs.setCurrentWidget(page.status_tab)
    tour.settle(0.5)
    tour.capture(window, "exchange-completeness")
    page.tabs.setCurrentWidget(page.send_tab)


def help_and_about(tour: Tour) -> None:
    from bamtrachnhiem.gui.dialogs.help_dialog import HelpDialog

    window = tour.window("branch")
    with tour.expect("help-guide"):
        HelpDialog.show_for(tour.context("branch"), window)
    with tour.expect("help-about"):
        window._about()


def empty_unit(tour: Tour) -> None:
    """A unit just set up: every page says why it is empty and what to do."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Unit
    from bamtrachnhiem.gui.main_window import MainWindow

    ctx = open_context(tour.work / "moi" / "chi-doan.db", create=True)
    ctx.units.create_own(
        Unit(
            code="CD-UBND-PD",
            name="Chi đoàn Cơ quan UBND xã Phước Dân",
            level="Chi đoàn",
            parent_code="DX-PD",
            parent_name="Đoàn xã Phước Dân",
        )
    )
    tour._contexts["empty"] = ctx
    window = MainWindow(ctx)
    window.show()
    tour._windows["empty"] = window
    tour.settle(0.6)
    tour.capture(window, "empty-overview")
    for attribute, name in (
        ("members_page", "empty-members"),
        ("initiatives_page", "empty-initiatives"),
        ("exchange_page", "empty-exchange"),
    ):
        window.sidebar.setCurrentRow(window.stack.indexOf(getattr(window, attribute)))
        tour.settle(0.5)
        tour.capture(window, name)


def print_dialog(tour: Tour) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QPushButton

    window = tour.window("branch")
    printer = QPrinter()
    dialog = QPrintDialog(printer, window)
    dialog.show()
    tour.capture(dialog, "print-dialog")
    options = [b for b in dialog.findChildren(QPushButton) if ">>" in b.text()]
    if options:
        options[0].click()
        tour.capture(dialog, "print-dialog-options")
    dialog.close()
    dialog.deleteLater()


STEPS: list[Step] = [
    Step("first-run", first_run),
    _page_step("branch", "overview_page", "overview"),
    _page_step("branch", "members_page", "members-page", lambda p: p.model.rowCount() > 0),
    Step("members-search", members_search),
    Step("member-dialog", member_dialog),
    Step("member-status-dialog", member_status),
    Step("table-menu", table_menu),
    _page_step("branch", "pledges_page", "pledges-page"),
    Step("pledges-dialog", pledge_dialog),
    _page_step("branch", "initiatives_page", "initiatives-page"),
    Step("initiatives-dialog", initiative_dialog),
    _page_step("branch", "assessment_page", "assessment-self"),
    Step("assessment-dialogs", assessment_dialogs),
    _page_step("branch", "campaigns_page", "campaigns-page"),
    Step("activities-dialog", activity_dialog),
    _page_step("branch", "exchange_page", "exchange-send"),
    Step("exchange-export-dialog", export_dialog),
    _page_step("branch", "reports_page", "reports-branch"),
    _page_step("branch", "commendations_page", "commendations-branch"),
    _page_step("district", "overview_page", "district-overview"),
    _page_step("district", "assessment_page", "district-assessment"),
    Step("assessment-criteria", criteria_dialog),
    _page_step("district", "campaigns_page", "campaigns-upper"),
    Step("campaigns-dialog", campaign_dialog),
    _page_step("district", "exchange_page", "district-exchange"),
    Step("district-receive", district_receive),
    Step("exchange-config-dialog", config_export_dialog),
    Step("exchange-deadlines-dialog", deadlines_dialog),
    _page_step(
        "district", "consolidation_page", "district-consolidation", lambda p: p.table is not None
    ),
    _page_step("district", "reports_page", "district-reports"),
    Step("district-report-editor", report_editor),
    _page_step("district", "commendations_page", "district-commendations"),
    Step("settings-dialog", settings_dialog),
    Step("units-dialog", units_dialog),
    Step("member-import", member_import),
    Step("error-boxes", error_boxes),
    Step("file-dialog", file_dialog),
    Step("text-menu", text_menu),
    Step("print-preview", print_dialogs),
    Step("print-dialog", print_dialog),
    Step("help", help_and_about),
    Step("empty-unit", empty_unit),
]


# -- running ---------------------------------------------------------------------------------
@contextlib.contextmanager
def touring(out: Path | None) -> Iterator[Tour]:
    """A ``Tour`` in a fresh folder and settings, Vietnamese loaded, dialogs captured."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from bamtrachnhiem.gui import message_boxes, screen
    from bamtrachnhiem.gui.app import STYLE
    from bamtrachnhiem.gui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        old_data = os.environ.get("XDG_DATA_HOME")
        os.environ["XDG_DATA_HOME"] = str(work / "data")
        if not os.environ.get("BAMTRACHNHIEM_TOUR_KEEP_SETTINGS"):
            QSettings.setPath(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "cfg")
            )
        app.setStyleSheet(STYLE)
        install_translators(app, "vi")
        screen.install(app)
        tour = Tour(app, out, work)
        real_exec, real_box = QDialog.exec, message_boxes._exec
        QDialog.exec = lambda dialog: tour._modal(dialog)  # type: ignore[method-assign]
        message_boxes._exec = tour._modal  # type: ignore[assignment]
        try:
            yield tour
        finally:
            QDialog.exec = real_exec  # type: ignore[method-assign]
            message_boxes._exec = real_box
            tour.close()
            app.setStyleSheet("")
            if old_data is None:
                os.environ.pop("XDG_DATA_HOME", None)
            else:
                os.environ["XDG_DATA_HOME"] = old_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the screenshots")
    parser.add_argument("--only", nargs="*", default=[], help="step names to run")
    args = parser.parse_args(argv)
    steps = [s for s in STEPS if not args.only or s.name in args.only]
    with touring(args.out) as tour:
        for step in steps:
            print("step", step.name)
            step.run(tour)
        problems = list(tour.problems)
    for problem in problems:
        print("PROBLEM", problem)
    print(f"{len(steps)} steps, {len(tour.captured)} screenshots, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
