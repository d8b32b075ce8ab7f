"""Unsaved work is never thrown away by a stray key: Save is the default, Esc stays.

The prompt "Lưu các thay đổi…?" answers Save on Enter and Cancel on Esc; after each choice
the form shows the right state.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog
from bamtrachnhiem.gui.dialogs.member_dialog import MemberDialog
from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.tasks import run_task

YEAR = 2026
ENTER, ESC = Qt.Key.Key_Return, Qt.Key.Key_Escape


@pytest.fixture
def members(ctx):
    return [
        ctx.members.save(Member(given_name=given, family_middle_name="Nguyễn Văn"))
        for given in ("An", "Bình", "Cường", "Dũng")
    ]


@pytest.fixture
def window(qtbot, ctx, members) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


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
