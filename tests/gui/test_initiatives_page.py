"""The initiatives page as a secretary drives it: register, move to applied, refusals, filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.pledges import PersonalTarget, Pledge, TargetKind
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.initiative_dialog import InitiativeDialog, InitiativeStateDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.initiative_table import InitiativeTableModel
from bamtrachnhiem.gui.pages.initiatives import InitiativesPage
from bamtrachnhiem.gui.pages.pledges import PledgesPage

S = InitiativeState
YEAR = date.today().year
NAMES = [("Nguyễn Văn", "Bảo"), ("Lê Thị", "Cúc"), ("Trần Minh", "Đạt"), ("Phạm Thu", "Hà")]


@pytest.fixture
def members(ctx):
    return [
        ctx.members.save(Member(given_name=given, family_middle_name=family))
        for family, given in NAMES
    ]


def _page(qtbot, ctx) -> InitiativesPage:
    page = InitiativesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def _click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _step(qtbot, fill=None):
    """An ``ask`` that fills the state dialog with ``fill``, presses Save and keeps the
    message the dialog showed (empty when it accepted)."""
    messages: list[str] = []

    def ask(ctx, initiative, state, parent):
        dialog = InitiativeStateDialog(ctx, initiative, state, parent)  # the page owns it
        dialog.show()
        if fill:
            fill(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.error.text() if dialog.error.isVisible() else "")
        if dialog.saved is None:
            dialog.reject()
        return dialog.saved

    return ask, messages


def test_register_and_move_to_applied(qtbot, ctx, members, monkeypatch):
    """Two authors, 3 → 1 ngày/hồ sơ over 120 dossiers, then trial and applied: 240 ngày saved."""
    cuc = members[1]
    pledge = ctx.pledges.save(
        Pledge(
            member_id=cuc.id,
            year=YEAR,
            targets=[PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến")],
        )
    )
    page = _page(qtbot, ctx)

    def register(context, initiative, year, parent):
        dialog = InitiativeDialog(context, initiative, year, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.title.insert("Hẹn lịch chứng thực qua Zalo")
        qtbot.keyClicks(dialog.authors.filter, "cuc")
        assert dialog.authors.shown_rows() == [1]
        qtbot.keyClick(dialog.authors.filter, Qt.Key.Key_Return)  # ticks Lê Thị Cúc
        qtbot.keyClicks(dialog.authors.filter, "bao")
        qtbot.keyClick(dialog.authors.filter, Qt.Key.Key_Return)
        dialog.field.setEditText("Cải cách hành chính")
        dialog.problem.insertPlainText("Người dân phải chờ lâu để chứng thực.")
        dialog.solution.insertPlainText("Hẹn giờ trước qua Zalo của xã.")
        dialog.measure_unit.setEditText("ngày/hồ sơ")
        qtbot.keyClicks(dialog.before, "3")
        qtbot.keyClicks(dialog.after, "1")
        qtbot.keyClicks(dialog.dossiers, "120")
        assert "240" in dialog.saving.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(InitiativeDialog, "ask", staticmethod(register))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    registered = page.selected()
    assert registered.author_names == ["Lê Thị Cúc", "Nguyễn Văn Bảo"]
    assert (registered.before_value, registered.after_value) == (3, 1)
    assert registered.dossiers_affected == 120
    assert page.trial_button.isEnabled() and not page.applied_button.isEnabled()
    assert "240" not in page.totals.text()  # not in use yet

    ask, _shown = _step(qtbot)
    monkeypatch.setattr(InitiativeStateDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.trial_button, Qt.MouseButton.LeftButton)
    assert page.selected().state is S.TRIAL
    qtbot.mouseClick(page.applied_button, Qt.MouseButton.LeftButton)
    applied = page.selected()
    assert applied.state is S.APPLIED and applied.applied_date == date.today()
    assert "240" in page.totals.text() and "ngày" in page.totals.text()
    saved_column = InitiativeTableModel.COLUMNS.index("saved")
    assert page.model.index(0, saved_column).data() == "240 ngày"
    assert page.recognised_button.isEnabled() and not page.trial_button.isEnabled()

    pledges = PledgesPage(ctx)
    qtbot.addWidget(pledges)
    pledges.year.setValue(YEAR)
    pledges.show()
    row = next(r for r in pledges.overview.rows if r.member.id == cuc.id)
    assert row.pledge.id == pledge.id
    assert row.progress[0].achieved == 1 and row.progress[0].done


def test_recognised_without_decision_is_refused_in_place(qtbot, ctx, members, monkeypatch):
    """Recognised with only the level shows the Vietnamese reason; nothing changes."""
    saved = ctx.initiatives.save(Initiative(title="Một cửa số", year=YEAR, authors=[members[0].id]))
    ctx.initiatives.move_to(saved.id, S.TRIAL)
    ctx.initiatives.move_to(saved.id, S.APPLIED)
    page = _page(qtbot, ctx)
    _click_row(qtbot, page.table, 0)

    def only_level(dialog):
        dialog.level.setEditText("Cấp tỉnh")

    ask, shown = _step(qtbot, only_level)
    monkeypatch.setattr(InitiativeStateDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.recognised_button, Qt.MouseButton.LeftButton)
    expected = describe(ValidationError("initiative_decision_number_required", title="Một cửa số"))
    assert shown == [expected]
    assert "số quyết định" in expected  # the catalogue's Vietnamese sentence
    assert ctx.initiatives.get(saved.id).state is S.APPLIED

    def complete(dialog):
        dialog.level.setEditText("Cấp tỉnh")
        dialog.decision_number.insert("125-QĐ/ĐTN")
        qtbot.keyClicks(dialog.decision_date, "15/10/2026")

    ask, shown = _step(qtbot, complete)
    monkeypatch.setattr(InitiativeStateDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.recognised_button, Qt.MouseButton.LeftButton)
    recognised = ctx.initiatives.get(saved.id)
    assert recognised.state is S.RECOGNISED
    assert recognised.decision_date == date(2026, 10, 15)
    assert not any(b.isEnabled() for b in page.state_buttons.values())


def test_rejection_needs_a_reason(qtbot, ctx, members, monkeypatch):
    """Rejecting without a reason is refused; with one, the initiative is rejected."""
    saved = ctx.initiatives.save(Initiative(title="Ý tưởng", year=YEAR, authors=[members[2].id]))
    page = _page(qtbot, ctx)
    _click_row(qtbot, page.table, 0)
    ask, shown = _step(qtbot)
    monkeypatch.setattr(InitiativeStateDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.rejected_button, Qt.MouseButton.LeftButton)
    assert shown == [describe(ValidationError("initiative_reason_required", title="Ý tưởng"))]
    ask, _ = _step(qtbot, lambda dialog: dialog.reason.insertPlainText("Trùng sáng kiến đã có"))
    monkeypatch.setattr(InitiativeStateDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.rejected_button, Qt.MouseButton.LeftButton)
    assert ctx.initiatives.get(saved.id).rejected_reason == "Trùng sáng kiến đã có"


def test_dialog_refuses_bad_figures_and_missing_authors(qtbot, ctx, members):
    """Letters in a figure, or no author ticked, are explained in place."""
    dialog = InitiativeDialog(ctx, None, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.insert("Số hóa")
    qtbot.keyClicks(dialog.before, "ba")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == describe(
        ValidationError("initiative_value_not_number", value="ba")
    )
    dialog.before.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == describe(
        ValidationError("initiative_author_required", title="Số hóa")
    )
    assert dialog.saved is None


def test_author_filter_is_accent_blind(qtbot, ctx, members):
    """Typing without tone marks finds Đạt; authors keep the order they were ticked."""
    dialog = InitiativeDialog(ctx, None, YEAR)
    qtbot.addWidget(dialog)
    picker = dialog.authors
    qtbot.keyClicks(picker.filter, "DAT")
    assert picker.shown_rows() == [2]
    picker.filter.clear()
    picker.set_checked(members[3].id)
    picker.set_checked(members[0].id)
    assert picker.authors() == [members[3].id, members[0].id]
    picker.set_checked(members[3].id, False)
    assert picker.authors() == [members[0].id]


def test_filters(qtbot, ctx, members):
    """State, field, year and author filters narrow the list."""
    bao, cuc, dat, _ha = members
    first = ctx.initiatives.save(
        Initiative(title="A", year=YEAR, authors=[bao.id], field="Chuyển đổi số")
    )
    ctx.initiatives.save(Initiative(title="B", year=YEAR, authors=[cuc.id, dat.id]))
    ctx.initiatives.save(Initiative(title="C", year=YEAR - 1, authors=[dat.id]))
    ctx.initiatives.move_to(first.id, S.TRIAL)
    page = _page(qtbot, ctx)

    def titles():
        return [page.model.row_at(r).title for r in range(page.model.rowCount())]

    assert sorted(titles()) == ["A", "B"]  # this year by default
    page.set_filters(year=None, author_id=dat.id)
    assert sorted(titles()) == ["B", "C"]
    page.set_filters(year=YEAR, state=S.TRIAL)
    assert titles() == ["A"]
    page.field_filter.setCurrentIndex(page.field_filter.findData("Chuyển đổi số"))
    assert titles() == ["A"]
    page.set_filters(year=YEAR - 1)
    assert titles() == ["C"]


def test_model_passes_the_model_tester(qtmodeltester, ctx, members):
    """The initiative table is a well-formed Qt model."""
    ctx.initiatives.save(
        Initiative(
            title="Số hóa",
            year=YEAR,
            authors=[members[0].id],
            measure_unit="giờ/hồ sơ",
            before_value=2,
            after_value=0.5,
            dossiers_affected=40,
        )
    )
    model = InitiativeTableModel()
    model.set_rows(ctx.initiatives.find())
    qtmodeltester.check(model)
    assert model.index(0, InitiativeTableModel.COLUMNS.index("measure")).data() == (
        "2 → 0,5 giờ/hồ sơ"
    )


def test_author_rows_have_room_for_vietnamese_marks(qtbot, ctx):
    """Each author row is taller than a line of text, so "Ẩn" keeps its marks and the tick
    boxes of neighbouring rows do not touch."""
    from PySide6.QtWidgets import QListWidget

    from bamtrachnhiem.domain.records import Member
    from bamtrachnhiem.gui.dialogs.initiative_dialog import AuthorPicker

    members = [
        ctx.members.save(Member(given_name=given, family_middle_name="Lê Thị"))
        for given in ("Ẩn", "Ổn", "Ngọc")
    ]
    picker = AuthorPicker(members, [])
    qtbot.addWidget(picker)
    picker.show()
    view: QListWidget = picker.list
    line = view.fontMetrics().height()
    first, second = view.visualItemRect(view.item(0)), view.visualItemRect(view.item(1))
    assert first.height() >= line + 6
    assert second.top() > first.bottom()
