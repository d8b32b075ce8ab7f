"""The pledge page as a secretary drives it: fill, submit, approve, see who is missing, print."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QTableView

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.pledges import (
    COMMITMENT_SUGGESTIONS,
    Commitment,
    PersonalTarget,
    Pledge,
    PledgeState,
    TargetKind,
)
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.pledge_dialog import PledgeDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.pledge_table import (
    NOT_PLEDGED_BACKGROUND,
    PledgeFilter,
    PledgeTableModel,
)
from bamtrachnhiem.gui.models.target_table import PledgeTargetTableModel
from bamtrachnhiem.gui.pages.pledges import PledgesPage

YEAR = 2026
NAMES = [("Nguyễn Văn", "Bảo"), ("Lê Thị", "Cúc"), ("Trần Minh", "Đạt")]


@pytest.fixture
def members(ctx):
    return [
        ctx.members.save(
            Member(given_name=given, family_middle_name=family, department="Văn phòng")
        )
        for family, given in NAMES
    ]


def _page(qtbot, ctx) -> PledgesPage:
    page = PledgesPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    page.resize(1100, 600)
    page.show()
    return page


def _click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _states(page: PledgesPage) -> list[PledgeState | None]:
    return [page.model.row_at(r).state for r in range(page.model.rowCount())]


def test_secretary_fills_submits_and_approves_a_pledge(qtbot, ctx, members, monkeypatch):
    """Pick a suggestion, type a commitment, add an initiative target, save, submit, approve."""
    page = _page(qtbot, ctx)
    assert (page.overview.pledged, page.overview.total) == (0, 3)
    assert "0/3" in page.counter.text()
    suggestion = COMMITMENT_SUGGESTIONS["A"][1]

    def fill(context, member, year, parent):
        dialog = PledgeDialog(context, member, year, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        pillar_a = dialog.pillar_lists["A"]
        pillar_a.list.setFocus()
        pillar_a.list.setCurrentRow(1)
        qtbot.keyClick(pillar_a.list, Qt.Key.Key_Space)  # tick the second suggestion
        own = dialog.pillar_lists["C"].input
        # QTest types ASCII only; Vietnamese arrives whole, as from an input method.
        own.insert("Học tiếng Anh giao tiếp")
        qtbot.keyClick(own, Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter added the line; it did not press Save
        dialog.kind.setCurrentIndex(dialog.kind.findData(TargetKind.INITIATIVES))
        qtbot.mouseClick(dialog.add_target_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(PledgeDialog, "ask", staticmethod(fill))
    _click_row(qtbot, page.table, 1)  # Lê Thị Cúc
    assert page.selected_row().member.given_name == "Cúc"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)

    stored = ctx.pledges.get(members[1].id, YEAR)
    assert stored.commitments == [
        Commitment("A", suggestion),
        Commitment("C", "Học tiếng Anh giao tiếp"),
    ]
    assert [(t.kind, t.quantity, t.measure_unit) for t in stored.targets] == [
        (TargetKind.INITIATIVES, 1, "sáng kiến")
    ]
    assert _states(page) == [None, PledgeState.DRAFT, None]
    assert page.overview.pledged == 0  # a draft is not handed in yet

    assert page.submit_button.isEnabled() and not page.approve_button.isEnabled()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert _states(page)[1] is PledgeState.SUBMITTED
    assert "1/3" in page.counter.text()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert ctx.pledges.get(members[1].id, YEAR).state is PledgeState.APPROVED
    assert page.overview.count(PledgeState.APPROVED) == 1
    assert page.reopen_button.isEnabled() and not page.delete_button.isEnabled()


def test_not_pledged_rows_stand_out_and_filter(qtbot, ctx, members):
    """Members without a pledge are tinted and the filter shows only those still missing."""
    done = ctx.pledges.save(Pledge(member_id=members[0].id, year=YEAR, commitments=[("A", "x")]))
    ctx.pledges.submit(done.id)
    ctx.pledges.save(Pledge(member_id=members[2].id, year=YEAR))  # a draft
    page = _page(qtbot, ctx)
    background = page.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == NOT_PLEDGED_BACKGROUND
    assert page.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    page.state_filter.setCurrentIndex(page.state_filter.findData(PledgeFilter.NOT_PLEDGED))
    assert [page.model.row_at(r).member.given_name for r in range(page.model.rowCount())] == [
        "Cúc",
        "Đạt",
    ]
    qtbot.keyClicks(page.search, "dat")
    assert page.model.rowCount() == 1
    assert re.search(r"1/3", page.counter.text())  # the counter ignores filters


def test_editor_state_buttons_and_lock(qtbot, ctx, members):
    """In the editor, submit then approve lock the pledge; only achieved values stay open."""
    member = members[0]
    ctx.pledges.save(
        Pledge(
            member_id=member.id,
            year=YEAR,
            commitments=[Commitment("B", "Giúp dân làm thủ tục trực tuyến")],
            targets=[
                PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến"),
                PersonalTarget(TargetKind.VOLUNTEER_DAYS, "Tình nguyện", 4, "ngày"),
            ],
        )
    )
    dialog = PledgeDialog(ctx, member, YEAR)
    qtbot.addWidget(dialog)
    own = dialog.pillar_lists["B"]
    assert own.commitments() == [Commitment("B", "Giúp dân làm thủ tục trực tuyến")]
    assert not dialog.approve_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.pledge.state is PledgeState.SUBMITTED
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.saved.state is PledgeState.APPROVED
    assert own.input.isHidden()
    model = dialog.targets_model
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable  # name locked
    assert model.flags(model.index(1, 4)) & Qt.ItemFlag.ItemIsEditable  # achieved open
    assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable  # counted
    assert model.setData(model.index(1, 4), "2,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.pledges.get(member.id, YEAR).targets[1].achieved == 2.5


def test_editor_shows_refusals_in_place(qtbot, ctx, members):
    """Submitting an empty pledge shows the Vietnamese reason and keeps the dialog open."""
    dialog = PledgeDialog(ctx, members[0], YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == describe(ValidationError("pledge_empty"))
    assert dialog.pledge.state is PledgeState.DRAFT


def test_pillar_names_come_from_the_year(qtbot, ctx, members):
    """The editor titles each group with the year's pillar names and offers suggestions."""
    from bamtrachnhiem.domain.criteria import Pillar

    criteria = ctx.years.criteria(YEAR)
    renamed = replace(
        criteria,
        pillars=(
            criteria.pillars[0],
            Pillar("B", "Trách nhiệm với cộng đồng"),
            criteria.pillars[2],
        ),
    )
    ctx.years.save_own(renamed)
    dialog = PledgeDialog(ctx, members[0], YEAR)
    qtbot.addWidget(dialog)
    titles = [editor.parent().title() for editor in dialog.pillar_lists.values()]
    assert titles[1] == "2. Trách nhiệm với cộng đồng"
    assert dialog.pillar_lists["B"].item_texts() == list(COMMITMENT_SUGGESTIONS["B"])


def test_progress_follows_initiatives(qtbot, ctx, members):
    """An applied initiative of the member shows as done against their initiative target."""
    member = members[0]
    ctx.pledges.save(
        Pledge(
            member_id=member.id,
            year=YEAR,
            targets=[PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến")],
        )
    )
    initiative = ctx.initiatives.save(Initiative(title="Một cửa", year=YEAR, authors=[member.id]))
    page = _page(qtbot, ctx)
    progress_column = PledgeTableModel.COLUMNS.index("progress")
    assert "0/1" in page.model.index(0, progress_column).data()
    ctx.initiatives.move_to(initiative.id, InitiativeState.TRIAL)
    ctx.initiatives.move_to(initiative.id, InitiativeState.APPLIED)
    page.hide()
    page.show()  # coming back to the page reads the progress again
    assert "1/1" in page.model.index(0, progress_column).data()


def test_print_form_writes_the_pdf(qtbot, ctx, members, monkeypatch, tmp_path, boxes):
    """Print form's "Save as PDF" asks where to save, writes the PDF in the background and
    says so; the same menu previews and prints."""
    target = tmp_path / "dang-ky.pdf"
    asked = []

    def choose(parent, caption, suggested, filters, *options):
        asked.append(suggested)
        return str(target.with_suffix("")), filters  # the extension is added when missing

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    page = _page(qtbot, ctx)
    _click_row(qtbot, page.table, 2)
    menu = page.print_button.menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Xem trước khi in…",
        "In…",
        "Lưu thành PDF…",
    ]
    page.save_form_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and bool(boxes.texts), timeout=10_000)
    # The worker still signals "finished" after the result: let it end before the page goes.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    assert asked[0].endswith("dang-ky-3-trach-nhiem-2026-tran-minh-dat.pdf")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", target.read_bytes())) == 1
    assert str(target) in boxes.texts[-1]


def test_models_pass_the_model_tester(qtmodeltester, ctx, members):
    """The pledge list and the target table behave as well-formed Qt models."""
    ctx.pledges.save(
        Pledge(
            member_id=members[0].id,
            year=YEAR,
            commitments=[("A", "x")],
            targets=[PersonalTarget(TargetKind.COURSES, "Tin học", 1, "khóa", 0.5)],
        )
    )
    pledges = PledgeTableModel()
    pledges.set_rows(ctx.pledges.overview(YEAR).rows)
    qtmodeltester.check(pledges)
    targets = PledgeTargetTableModel()
    targets.set_rows(ctx.pledges.get(members[0].id, YEAR).targets)
    targets.add(TargetKind.VOLUNTEER_DAYS)
    qtmodeltester.check(targets)


def test_save_keeps_the_pledge_open(qtbot, ctx, members):
    """ "Lưu" stores the pledge and the dialog stays open, saying when; Close closes."""
    dialog = PledgeDialog(ctx, members[0], YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pillar_lists["A"].list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ctx.pledges.get(members[0].id, YEAR) is not None
    assert dialog.saved_note.isVisible() and "Đã lưu" in dialog.saved_note.text()
    assert not dialog.has_unsaved()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
