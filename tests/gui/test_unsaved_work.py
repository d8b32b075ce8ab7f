"""Unsaved work is never thrown away by a stray key: Save is the default, Esc stays.

The prompt "Lưu các thay đổi…?" answers Save on Enter and Cancel on Esc; after each choice
the page (or form) shows the right state. Covered: the assessment grid (changing month,
leaving the page, closing the window) and the forms of the dialogs.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog
from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog
from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.pages.assessment import AssessmentPage
from bamtrachnhiem.gui.tasks import run_task

YEAR, MONTH = 2026, 3
ENTER, ESC = Qt.Key.Key_Return, Qt.Key.Key_Escape


@pytest.fixture
def members(ctx):
    return [
        ctx.members.save(Member(given_name=given, family_middle_name="Nguyễn Văn"))
        for given in ("An", "Bình", "Cường", "Dũng")
    ]


@pytest.fixture
def page(qtbot, ctx, members) -> AssessmentPage:
    """The assessment page alone, on March 2026."""
    widget = AssessmentPage(ctx)
    qtbot.addWidget(widget)
    widget.year_picker.setValue(YEAR)
    widget.month_picker.setCurrentIndex(MONTH - 1)
    widget.resize(1150, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(members))
    return widget


@pytest.fixture
def window(qtbot, ctx, members) -> MainWindow:
    """The main window showing the assessment page of the current month."""
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.sidebar.setCurrentRow(main.stack.indexOf(main.assessment_page))
    qtbot.waitUntil(lambda: main.assessment_page.model.rowCount() == len(members))
    return main


def stored_scores(ctx, page: AssessmentPage, row: int = 0) -> dict:
    grid = ctx.assessments.grid(page.year, page.month)
    return grid.rows[row].assessment.self_scores


def show_page(window: MainWindow, page) -> None:
    window.sidebar.setCurrentRow(window.stack.indexOf(page))


# -- the grid: changing month -------------------------------------------------------------


def test_enter_at_the_prompt_saves_before_the_month_changes(qtbot, ctx, page, boxes):
    page.model.setData(page.model.index(0, 1), "12")
    boxes.answers = [ENTER]
    page.month_picker.setCurrentIndex(MONTH)  # April
    assert len(boxes.texts) == 1
    assert page.model.grid.month == MONTH + 1
    assert ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {"A1": 12}


def test_escape_at_the_prompt_stays_on_the_month_with_the_edits(qtbot, ctx, page, boxes):
    page.model.setData(page.model.index(0, 1), "12")
    page.view.setCurrentIndex(page.model.index(2, 3))
    boxes.answers = [ESC]
    page.month_picker.setCurrentIndex(MONTH)  # April
    assert len(boxes.texts) == 1
    assert page.month == MONTH and page.model.grid.month == MONTH
    assert page.model.is_dirty and page.model.row_at(0).assessment.self_scores == {"A1": 12}
    assert page.dirty_label.text()  # still says there are unsaved changes
    current = page.view.currentIndex()
    assert (current.row(), current.column()) == (2, 3)
    assert ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {}


def test_discarding_when_the_month_changes_stores_nothing(qtbot, ctx, page, boxes):
    page.model.setData(page.model.index(0, 1), "9")
    boxes.answers = ["discard"]
    page.month_picker.setCurrentIndex(MONTH)
    assert page.model.grid.month == MONTH + 1
    assert not page.model.is_dirty and not page.dirty_label.text()
    assert ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {}


# -- the grid: leaving the page ---------------------------------------------------------------


def test_discarding_when_leaving_clears_the_unsaved_mark(qtbot, ctx, window, boxes):
    """After Discard the page no longer claims unsaved changes and shows what is stored."""
    page = window.assessment_page
    page.model.setData(page.model.index(0, 1), "12")
    assert page.dirty_label.text()
    boxes.answers = ["discard"]
    show_page(window, window.members_page)
    assert len(boxes.texts) == 1
    assert window.stack.currentWidget() is window.members_page
    show_page(window, page)
    assert page.dirty_label.text() == ""
    assert not page.save_button.isEnabled()
    assert page.model.row_at(0).assessment.self_scores == {}
    assert stored_scores(ctx, page) == {}


def test_escape_when_leaving_stays_on_the_page(qtbot, ctx, window, boxes):
    page = window.assessment_page
    page.model.setData(page.model.index(0, 1), "12")
    boxes.answers = [ESC]
    show_page(window, window.members_page)
    assert window.stack.currentWidget() is page
    assert window.sidebar.currentRow() == window.stack.indexOf(page)
    assert page.model.is_dirty and page.dirty_label.text()
    assert stored_scores(ctx, page) == {}


def test_enter_when_leaving_saves(qtbot, ctx, window, boxes):
    page = window.assessment_page
    page.model.setData(page.model.index(1, 1), "11")
    boxes.answers = [ENTER]
    show_page(window, window.members_page)
    assert window.stack.currentWidget() is window.members_page
    assert stored_scores(ctx, page, 1) == {"A1": 11}
    show_page(window, page)
    assert page.dirty_label.text() == ""


def test_a_refused_save_keeps_the_page(qtbot, ctx, window, boxes):
    """Save with a value over the maximum still being typed: nothing is lost, nor left."""
    page = window.assessment_page
    page.model.setData(page.model.index(1, 1), "11")
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(view, "9")  # typing opens the cell's editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "9")  # 99: more than the criterion allows
    boxes.answers = [ENTER]
    show_page(window, window.members_page)
    assert window.stack.currentWidget() is page
    assert page.model.is_dirty
    assert stored_scores(ctx, page, 1) == {}


# -- the grid: closing the window -------------------------------------------------------------


def test_closing_the_window_with_escape_keeps_it_open(qtbot, ctx, window, boxes):
    page = window.assessment_page
    page.model.setData(page.model.index(0, 1), "12")
    boxes.answers = [ESC]
    assert not window.close()
    assert window.isVisible()
    assert page.model.is_dirty
    assert stored_scores(ctx, page) == {}


def test_closing_the_window_with_enter_saves_then_closes(qtbot, ctx, window, boxes):
    page = window.assessment_page
    page.model.setData(page.model.index(0, 1), "12")
    boxes.answers = [ENTER]
    assert window.close()
    assert stored_scores(ctx, page) == {"A1": 12}


def test_closing_the_window_and_discarding_stores_nothing(qtbot, ctx, window, boxes):
    page = window.assessment_page
    page.model.setData(page.model.index(0, 1), "12")
    boxes.answers = ["discard"]
    assert window.close()
    assert stored_scores(ctx, page) == {}


def test_closing_the_window_waits_for_its_running_tasks(qtbot, ctx, window):
    """The data file must stay open until background work on it has stopped."""
    started, seen = threading.Event(), {}

    def work(progress):
        started.set()
        stop = threading.Event()
        for _ in range(500):  # at most 5 s; Cancel ends it at once
            if progress.cancelled:
                break
            stop.wait(0.01)
        seen["cancelled"] = progress.cancelled
        seen["members"] = ctx.members.count()  # the file is still open
        return None

    run_task(window, "…", work, ctx=ctx, show_progress=False)
    assert started.wait(5)
    assert window.close()
    assert seen == {"cancelled": True, "members": 4}


# -- dialogs --------------------------------------------------------------------------------


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_member_form_escape_asks_and_cancel_keeps_the_typing(qtbot, ctx, boxes):
    dialog = _shown(qtbot, MemberDialog(ctx, None))
    qtbot.keyClicks(dialog.family_middle, "Tran Thi")
    qtbot.keyClicks(dialog.given, "Hoa")
    boxes.answers = [ESC]
    qtbot.keyClick(dialog, ESC)
    assert len(boxes.texts) == 1
    assert dialog.isVisible() and dialog.given.text() == "Hoa"
    boxes.answers = [ESC]
    dialog.close()  # the title bar's close button
    assert dialog.isVisible() and dialog.given.text() == "Hoa"
    boxes.answers = [ENTER]
    qtbot.keyClick(dialog, ESC)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [m.full_name for m in ctx.members.find()] == ["Tran Thi Hoa"]


def test_member_form_refused_save_stays_open(qtbot, ctx, boxes):
    dialog = _shown(qtbot, MemberDialog(ctx, None))
    qtbot.keyClicks(dialog.family_middle, "Tran Thi")  # no given name: refused
    boxes.answers = [ENTER]
    qtbot.keyClick(dialog, ESC)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert ctx.members.count() == 0


def test_untouched_form_closes_without_asking(qtbot, ctx, boxes):
    dialog = _shown(qtbot, CampaignDialog(ctx, None))
    qtbot.keyClick(dialog, ESC)
    assert not dialog.isVisible() and boxes.texts == []


def test_campaign_form_discard_closes_and_stores_nothing(qtbot, ctx, boxes):
    dialog = _shown(qtbot, CampaignDialog(ctx, None))
    qtbot.keyClicks(dialog.name, "Thang Thanh nien")
    boxes.answers = ["discard"]
    qtbot.keyClick(dialog, ESC)
    assert len(boxes.texts) == 1
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert ctx.campaigns.find(YEAR) == []


def test_pledge_close_button_with_a_ticked_commitment_asks(qtbot, ctx, members, boxes):
    dialog = _shown(qtbot, PledgeDialog(ctx, members[0], YEAR))
    first = next(iter(dialog.pillar_lists.values())).list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    boxes.answers = [ESC]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and first.checkState() == Qt.CheckState.Checked
    assert ctx.pledges.get(members[0].id, YEAR) is None
    boxes.answers = [ENTER]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = ctx.pledges.get(members[0].id, YEAR)
    assert [c.text for c in stored.commitments] == [first.text()]
