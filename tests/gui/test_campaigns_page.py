"""The campaigns & activities page, driven as a secretary would: define, record, pick people."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.activity_dialog import ActivityDialog
from bamtrachnhiem.gui.dialogs.campaign_dialog import CampaignDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.activity_table import ActivityTableModel, MemberChecklistModel
from bamtrachnhiem.gui.models.campaign_table import (
    PERCENT_ROLE,
    CampaignListModel,
    CampaignTargetTableModel,
    TargetDraftModel,
)
from bamtrachnhiem.gui.pages.campaigns import CampaignsPage

YEAR = 2026
PEOPLE = [
    ("Trần Thị Bích", "Ngọc"),
    ("Trần Quốc", "Dũng"),
    ("Nguyễn Văn", "An"),
    ("Lê Hoàng", "Phúc"),
    ("Võ Minh", "Đức"),
]


@pytest.fixture
def page(qtbot, ctx) -> CampaignsPage:
    """The page for 2026, shown."""
    widget = CampaignsPage(ctx)
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    widget.resize(1150, 700)
    widget.show()
    return widget


def _campaign(ctx, **changes) -> Campaign:
    values = {
        "name": "Tháng Thanh niên 2026",
        "start_date": date(YEAR, 3, 1),
        "end_date": date(YEAR, 3, 31),
        "targets": [
            CampaignTarget("Hồ sơ hỗ trợ người dân", "hồ sơ", 120),
            CampaignTarget("Ngày công tình nguyện", "ngày công", 40),
        ],
    }
    values.update(changes)
    return ctx.campaigns.save(Campaign(**values))


def _type(qtbot, line_edit, text: str) -> None:
    """Type ``text`` into a line edit; QTest only types Latin-1, so accents are inserted."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)


def _type_in_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type ``text`` and press Enter, as at the keyboard."""
    index = view.model().index(row, column)
    if view.indexWidget(index) is None:  # "Add target" opens the new row's editor itself
        view.setCurrentIndex(index)
        view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def test_create_campaign_with_two_targets_through_the_dialog(qtbot, ctx, page, monkeypatch):
    """New campaign: name, dates and two targets typed in the dialog appear on the page."""

    def fill(context, campaign, parent):
        dialog = CampaignDialog(context, campaign, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.name, "Tháng Thanh niên 2026")
        _type(qtbot, dialog.theme, "Tuổi trẻ xung kích cải cách hành chính")
        qtbot.keyClicks(dialog.start, "1/3/2026")
        qtbot.keyClicks(dialog.end, "31/3/2026")
        _type_in_cell(qtbot, dialog.targets, 0, 0, "Hồ sơ hỗ trợ người dân")
        _type_in_cell(qtbot, dialog.targets, 0, 1, "hồ sơ")
        _type_in_cell(qtbot, dialog.targets, 0, 2, "1.200")
        qtbot.mouseClick(dialog.add_target_button, Qt.MouseButton.LeftButton)
        _type_in_cell(qtbot, dialog.targets, 1, 0, "Ngày công tình nguyện")
        _type_in_cell(qtbot, dialog.targets, 1, 1, "ngày công")
        _type_in_cell(qtbot, dialog.targets, 1, 2, "40")
        dialog.save_button.click()
        return dialog.saved

    monkeypatch.setattr(CampaignDialog, "ask", staticmethod(fill))
    qtbot.mouseClick(page.campaigns_tab.new_button, Qt.MouseButton.LeftButton)
    tab = page.campaigns_tab
    assert tab.list_model.rowCount() == 1
    shown = tab.selected_campaign()
    assert shown.name == "Tháng Thanh niên 2026"
    assert (shown.start_date, shown.end_date) == (date(2026, 3, 1), date(2026, 3, 31))
    assert [(t.name, t.measure_unit, t.target_value) for t in shown.targets] == [
        ("Hồ sơ hỗ trợ người dân", "hồ sơ", 1200.0),
        ("Ngày công tình nguyện", "ngày công", 40.0),
    ]
    assert tab.targets_model.rowCount() == 2
    assert [c.name for c in ctx.campaigns.find(YEAR)] == ["Tháng Thanh niên 2026"]


def test_dialog_refuses_a_target_without_value_in_place(qtbot, ctx):
    """Saving a target with no value shows the reason in the dialog and saves nothing."""
    dialog = CampaignDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.name, "Hè tình nguyện")
    qtbot.keyClicks(dialog.start, "1/6/2026")
    _type_in_cell(qtbot, dialog.targets, 0, 0, "Công trình thanh niên")
    dialog.save_button.click()
    assert dialog.saved is None
    assert dialog.error.isVisible()
    assert "Công trình thanh niên" in dialog.error.text()
    assert ctx.campaigns.find(YEAR) == []
    _type_in_cell(qtbot, dialog.targets, 0, 2, "abc")  # not a number: refused in place
    assert "abc" in dialog.error.text()
    assert dialog.targets_model.data(dialog.targets_model.index(0, 2)) == ""


def test_record_progress_by_typing_achieved_values(qtbot, ctx, page):
    """Typing 90 of 120 in the Achieved column stores it and the % turns 75 at once."""
    campaign = _campaign(ctx)
    page.reload()
    tab = page.campaigns_tab
    assert tab.selected_campaign().id == campaign.id
    _type_in_cell(qtbot, tab.targets_view, 0, 2, "90")
    model = tab.targets_model
    assert model.data(model.index(0, 4)) == "75%"
    assert model.data(model.index(0, 4), PERCENT_ROLE) == 75
    assert ctx.campaigns.get(campaign.id).targets[0].achieved_value == 90
    _type_in_cell(qtbot, tab.targets_view, 1, 2, "40")
    assert tab.list_model.data(tab.list_model.index(0, 2)) == "88%"  # (75 + 100) / 2


def test_negative_achieved_value_is_refused_with_the_reason(qtbot, ctx, page):
    """A negative achieved value is refused in place, with a message naming the target."""
    campaign = _campaign(ctx)
    ctx.campaigns.record_achieved(campaign.targets[0].id, 30)
    page.reload()
    tab = page.campaigns_tab
    _type_in_cell(qtbot, tab.targets_view, 0, 2, "-5")
    assert tab.error.isVisible()
    assert "Hồ sơ hỗ trợ người dân" in tab.error.text()
    assert tab.targets_model.data(tab.targets_model.index(0, 2)) == "30"
    assert ctx.campaigns.get(campaign.id).targets[0].achieved_value == 30
    _type_in_cell(qtbot, tab.targets_view, 0, 2, "31")
    assert not tab.error.isVisible()


def test_campaign_from_upper_level_can_only_record_progress(qtbot, ctx, page):
    """A campaign from above cannot be edited or deleted here, but its progress can."""
    adopted = ctx.campaigns.adopt_from_upper(
        Campaign(
            "Đợt cao điểm của Huyện đoàn",
            date(YEAR, 5, 1),
            date(YEAR, 5, 31),
            targets=[CampaignTarget("Lượt người dân được hỗ trợ", "lượt", 50)],
        )
    )
    page.reload()
    tab = page.campaigns_tab
    assert tab.selected_campaign().id == adopted.id
    assert not tab.edit_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    assert tab.upper_notice.isVisible()
    _type_in_cell(qtbot, tab.targets_view, 0, 2, "25")
    assert ctx.campaigns.get(adopted.id).targets[0].percentage == 50


def test_delete_campaign_after_confirming(qtbot, ctx, page, boxes):
    """Delete asks first; saying no keeps the campaign, yes removes it from the list."""
    _campaign(ctx)
    page.reload()
    tab = page.campaigns_tab
    boxes.answer_yes = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.list_model.rowCount() == 1
    boxes.answer_yes = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.list_model.rowCount() == 0
    assert ctx.campaigns.find(YEAR) == []
    assert len(boxes.texts) == 2


def test_record_activity_with_participants_picked_by_accent_blind_search(
    qtbot, ctx, page, monkeypatch
):
    """Typing "tran" finds both Trần members; select all, add Phúc by search + Enter, save."""
    ids = {
        given: ctx.members.save(Member(given_name=given, family_middle_name=family)).id
        for family, given in PEOPLE
    }
    campaign = _campaign(ctx)

    def fill(context, activity, parent, on=None):
        dialog = ActivityDialog(context, activity, parent, on=on)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.date.clear()
        qtbot.keyClicks(dialog.date, "22/3/2026")
        dialog.date.editingFinished.emit()
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.VOLUNTEER))
        _type(qtbot, dialog.title, "Ngày Chủ nhật xanh")
        _type(qtbot, dialog.place, "Bộ phận một cửa xã")
        dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign.id))
        assert dialog.people_model.rowCount() == len(PEOPLE)
        qtbot.keyClicks(dialog.search, "tran")
        qtbot.waitUntil(lambda: dialog.people_model.rowCount() == 2)
        shown = {dialog.people_model.row_at(r).given_name for r in range(2)}
        assert shown == {"Ngọc", "Dũng"}
        dialog.select_all.click()
        assert dialog.select_all.isChecked()
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, "PHUC")
        qtbot.waitUntil(lambda: dialog.people_model.rowCount() == 1)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # ticks the one member found
        assert dialog.saved is None  # Enter in the search box did not save the form
        dialog.citizens.setValue(35)
        dialog.results.setPlainText("Dọn vệ sinh khu vực tiếp dân, hướng dẫn 35 lượt người dân")
        dialog.save_button.click()
        return dialog.saved

    monkeypatch.setattr(ActivityDialog, "ask", staticmethod(fill))
    page.tabs.setCurrentWidget(page.activities_tab)
    tab = page.activities_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    shown = tab.selected_activity()
    assert sorted(shown.participants) == sorted([ids["Ngọc"], ids["Dũng"], ids["Phúc"]])
    assert (shown.citizens_helped, shown.campaign_id) == (35, campaign.id)
    assert tab.model.data(tab.model.index(0, 4)) == "3"
    assert tab.model.data(tab.model.index(0, 0)) == "22/03/2026"
    stored = ctx.activities.find(YEAR, 3)
    assert [a.title for a in stored] == ["Ngày Chủ nhật xanh"]
    assert ctx.activities.participation(ids["Phúc"], YEAR, 3) == (1, 1)


def test_activity_filters_by_month_and_type(qtbot, ctx, page):
    """The month and type filters narrow the table and its totals."""
    for on, kind, helped in [
        (date(YEAR, 3, 2), ActivityKind.CONTEST, 0),
        (date(YEAR, 3, 22), ActivityKind.VOLUNTEER, 20),
        (date(YEAR, 4, 5), ActivityKind.CLUB, 0),
    ]:
        ctx.activities.save(Activity(on, kind, f"Hoạt động {on.day}", citizens_helped=helped))
    page.reload()
    tab = page.activities_tab
    assert tab.model.rowCount() == 3
    tab.month_filter.setCurrentIndex(tab.month_filter.findData(3))
    assert tab.model.rowCount() == 2
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(ActivityKind.VOLUNTEER))
    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).citizens_helped == 20


def test_table_models_obey_the_model_contract(qtmodeltester, ctx):
    """Every table model of the page passes Qt's model tester, filled and filtered."""
    campaign = _campaign(ctx)
    ctx.campaigns.record_achieved(campaign.targets[0].id, 150)
    campaigns = CampaignListModel()
    campaigns.set_rows(ctx.campaigns.find(YEAR))
    qtmodeltester.check(campaigns)
    targets = CampaignTargetTableModel()
    targets.commit = ctx.campaigns.record_achieved
    targets.set_rows(ctx.campaigns.get(campaign.id).targets)
    qtmodeltester.check(targets)
    drafts = TargetDraftModel(campaign.targets)
    drafts.add_row()
    qtmodeltester.check(drafts)
    drafts.remove_row(0)
    qtmodeltester.check(drafts)
    members = [
        ctx.members.save(Member(given_name=given, family_middle_name=family))
        for family, given in PEOPLE
    ]
    activity = ctx.activities.save(
        Activity(date(YEAR, 3, 2), ActivityKind.TALK, "Tọa đàm", participants=[members[0].id])
    )
    activities = ActivityTableModel()
    activities.set_rows(ctx.activities.find(YEAR))
    qtmodeltester.check(activities)
    activities.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(activities)
    checklist = MemberChecklistModel()
    checklist.set_rows(ctx.members.find(), activity.participants)
    qtmodeltester.check(checklist)
    checklist.set_filter("tran")
    qtmodeltester.check(checklist)
    checklist.set_shown_checked(True)
    assert len(checklist.checked_ids()) == 2


def test_negative_refusal_message_is_the_catalogue_sentence(qtbot, ctx, page):
    """The in-place refusal reads exactly as the error catalogue says, in the chosen language."""
    campaign = _campaign(ctx)
    page.reload()
    tab = page.campaigns_tab
    errors = []
    tab.targets_model.refused.connect(errors.append)
    _type_in_cell(qtbot, tab.targets_view, 0, 2, "-1")
    assert [e.code for e in errors] == ["campaign_achieved_negative"]
    assert tab.error.text() == describe(errors[0])
    assert ctx.campaigns.get(campaign.id).targets[0].achieved_value == 0


def test_keyboard_enter_edits_and_delete_removes_an_activity(qtbot, ctx, page, monkeypatch):
    """In the activity table Enter opens the selected activity and Delete removes it."""
    ctx.activities.save(Activity(date(YEAR, 3, 2), ActivityKind.CLUB, "Câu lạc bộ Tiếng Anh"))
    page.tabs.setCurrentWidget(page.activities_tab)
    page.reload()
    tab = page.activities_tab
    opened = []
    monkeypatch.setattr(
        ActivityDialog, "ask", staticmethod(lambda c, a, p, on=None: opened.append(a))
    )
    page.activateWindow()
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert [a.title for a in opened] == ["Câu lạc bộ Tiếng Anh"]
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0
    assert ctx.activities.find(YEAR) == []


def test_activity_type_is_chosen_not_assumed(qtbot, ctx):
    """A new activity has no type until the user picks one ("Khác" among them); saving
    without one says so in place."""
    dialog = ActivityDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentIndex() == -1
    assert "Khác" in [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    dialog.date.setText("22/03/2026")
    _type(qtbot, dialog.title, "Sinh hoạt chuyên đề")
    dialog.save_button.click()
    assert dialog.saved is None
    assert "Hãy chọn loại hoạt động" in dialog.error.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.OTHER))
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.kind is ActivityKind.OTHER
