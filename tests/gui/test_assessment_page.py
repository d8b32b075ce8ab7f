"""The monthly assessment page, driven from the keyboard as a branch secretary would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from bamtrachnhiem.domain.assessment import ScoreKind
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui.dialogs.assessment_note_dialog import AssessmentNoteDialog, MonthNote
from bamtrachnhiem.gui.dialogs.criteria_dialog import CriteriaDialog
from bamtrachnhiem.gui.dialogs.member_year_dialog import MemberYearDialog
from bamtrachnhiem.gui.dialogs.unlock_month_dialog import UnlockMonthDialog, UnlockRequest
from bamtrachnhiem.gui.dialogs.year_summary_dialog import YearSummaryDialog
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.models.assessment_grid import AssessmentGridModel
from bamtrachnhiem.gui.models.assessment_summary import AuditLogModel, YearSummaryModel
from bamtrachnhiem.gui.pages.assessment import AssessmentPage

YEAR, MONTH = 2026, 3
FAMILIES = ["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Thu", "Võ Quốc"]
GIVEN = ["An", "Bích", "Cường", "Dũng", "Đức"]
# Typed for the first two rows: 13 criteria, then bonus and deduction.
ROW_ONE = ["14", "7,5", "6", "4", "5", "9", "7", "6", "4", "7", "8", "7", "5", "2", ""]
ROW_TWO = ["12", "6", "5", "3", "4", "8", "6", "5", "3", "6", "7", "6", "4", "", "1"]


@pytest.fixture
def members(ctx):
    """Twenty-five members with Vietnamese names."""
    return [
        ctx.members.save(Member(given_name=f"{given} {n}", family_middle_name=family))
        for n in range(1, 6)
        for family, given in zip(FAMILIES, GIVEN, strict=True)
    ]


@pytest.fixture
def page(qtbot, ctx, members):
    """The page on March 2026, shown and focused."""
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


def focused_editor() -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


def type_row(qtbot, page: AssessmentPage, row: int, values: list[str]) -> None:
    """Type a row from its first criterion: Tab between cells, Enter after the last."""
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, page.model.first_criterion_column))
    first = values[0]
    qtbot.keyClicks(view, first[0])  # typing into a cell opens its editor
    qtbot.keyClicks(focused_editor(), first[1:])
    qtbot.keyClick(focused_editor(), Qt.Key.Key_Tab)
    for value in values[1:-1]:
        editor = focused_editor()
        editor.selectAll()
        qtbot.keyClicks(editor, value) if value else qtbot.keyClick(editor, Qt.Key.Key_Delete)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = focused_editor()
    if values[-1]:
        qtbot.keyClicks(editor, values[-1])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def tsv_rows(count: int) -> str:
    """Rows as Excel copies them: tab-separated, decimal commas, a final line break."""
    lines = []
    for n in range(count):
        half = "7,5" if n % 2 else "7"
        lines.append("\t".join(["13", "7", "6", "4", "4", "9", "7", "6", "4", half, "7", "7", "5"]))
    return "\r\n".join(lines) + "\r\n"


def test_type_paste_save_confirm_and_see_the_lock(qtbot, ctx, page, members, boxes):
    """Type two rows, paste 23 from Excel, save with Ctrl+S, confirm: the month is locked."""
    type_row(qtbot, page, 0, ROW_ONE)
    # Enter after the deduction moved to the next row's first criterion.
    assert page.view.currentIndex().row() == 1
    assert page.view.currentIndex().column() == page.model.first_criterion_column
    type_row(qtbot, page, 1, ROW_TWO)
    first = page.model.row_at(0).assessment
    assert first.self_scores["A2"] == 7.5 and first.bonus == 2
    assert page.model.row_at(1).assessment.deduction == 1

    page.view.setCurrentIndex(page.model.index(2, page.model.first_criterion_column))
    QApplication.clipboard().setText(tsv_rows(23))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.assessed == 25
    assert "25/25" in page.counter.text()
    assert page.model.row_at(3).assessment.self_scores["C1"] == 7.5
    assert page.model.is_dirty and page.save_button.isEnabled()

    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.model.is_dirty)
    stored = ctx.assessments.grid(YEAR, MONTH)
    assert stored.assessed == 25
    by_id = {r.member_id: r.assessment for r in stored.rows}
    assert by_id[page.model.row_at(0).member_id].total == 91.5  # 89.5 + bonus 2
    assert by_id[page.model.row_at(1).member_id].total == 74  # 75 - deduction 1

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts) == 1  # asked before locking
    assert ctx.assessments.lock_info(YEAR, MONTH) is not None
    assert not page.banner.isHidden()
    assert page.unlock_button.isVisible() and not page.confirm_button.isVisible()
    index = page.model.index(0, page.model.first_criterion_column)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.view.setCurrentIndex(index)
    qtbot.keyClicks(page.view, "3")
    assert not isinstance(QApplication.focusWidget(), QLineEdit)  # no editor opens
    assert not page.model.setData(index, "3")
    page.view.setCurrentIndex(page.model.index(4, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not page.model.is_dirty and not page.save_button.isEnabled()
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, MONTH, [page.model.row_at(0).assessment])
    assert refused.value.code == "month_locked"


def test_out_of_range_value_is_refused_in_place(qtbot, page):
    """16 in A1 (max 15) keeps the editor on A1, says why, and is never taken."""
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(view, "1")
    qtbot.keyClicks(focused_editor(), "6")
    qtbot.keyClick(focused_editor(), Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 1  # did not move on
    assert focused_editor().text() == "16"
    reason = page.model.refusal_at(0, 1)
    assert "A1" in reason and "15" in reason
    assert page.message.text() == reason
    assert "A1" not in page.model.row_at(0).assessment.self_scores
    assert not page.model.is_dirty
    editor = focused_editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "15")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 2
    assert page.model.row_at(0).assessment.self_scores["A1"] == 15
    assert page.model.refusal_at(0, 1) == ""


def test_text_and_bonus_over_the_cap_are_refused(qtbot, page):
    """Letters and a bonus above the cap are refused; a decimal comma is read."""
    model = page.model
    assert not model.setData(model.index(0, 2), "abc")
    assert not model.setData(model.index(0, model.bonus_column), "12")
    assert model.refusal_at(0, model.bonus_column)
    assert model.setData(model.index(0, 2), "7,25")
    assert model.row_at(0).assessment.self_scores["A2"] == 7.25


def test_paste_takes_valid_cells_and_marks_refused_ones(qtbot, page):
    """A pasted block with one value over its maximum takes the others and marks that one."""
    page.view.setCurrentIndex(page.model.index(0, 0))  # on the name: starts at A1
    QApplication.clipboard().setText("15\t8\t3\n16\t8\t7\n")
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    model = page.model
    assert model.row_at(0).assessment.self_scores == {"A1": 15, "A2": 8, "A3": 3}
    assert model.row_at(1).assessment.self_scores == {"A2": 8, "A3": 7}
    assert model.refusal_at(1, 1)
    assert "15" in page.message.text()


def test_paste_while_a_cell_is_being_typed(qtbot, page):
    """Ctrl+V in an open cell: one value goes into the cell, a block goes to the grid."""
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(5, 1))
    qtbot.keyClicks(view, "1")
    QApplication.clipboard().setText("2\r\n")  # one cell copied from Excel
    editor = focused_editor()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "2"
    QApplication.clipboard().setText("9\t5\n")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.row_at(5).assessment.self_scores == {"A1": 9, "A2": 5}
    assert view.state() != view.State.EditingState


def test_switching_to_branch_scores(qtbot, page):
    """Branch scores are typed separately; where the branch has not scored, self counts."""
    model = page.model
    model.setData(model.index(0, 1), "14")
    model.setData(model.index(0, 2), "8")
    qtbot.keyClick(page.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert model.kind is ScoreKind.BRANCH and page.branch_button.isChecked()
    assert model.index(0, 1).data() == "14"  # the self score, shown as the fallback
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == ""
    model.setData(model.index(0, 1), "12")
    assessment = model.row_at(0).assessment
    assert assessment.branch_scores == {"A1": 12} and assessment.self_scores["A1"] == 14
    assert model.result_at(0).points == 20
    page.self_button.click()
    assert model.kind is ScoreKind.SELF
    assert model.index(0, 1).data() == "14"


def test_grid_model_passes_the_model_tester(qtmodeltester, ctx, members):
    """The grid model keeps Qt's model contract, with scores, refusals and both kinds."""
    model = AssessmentGridModel()
    model.set_grid(ctx.assessments.grid(YEAR, MONTH))
    model.setData(model.index(0, 1), "10")
    model.setData(model.index(1, 1), "99")
    model.set_note(2, "Minh chứng", True, "Kỷ luật")
    qtmodeltester.check(model)
    model.set_kind(ScoreKind.BRANCH)
    qtmodeltester.check(model)


def test_copy_last_month_and_leaving_with_unsaved_changes(qtbot, ctx, page, members, boxes):
    """Copied self scores are unsaved edits; changing month asks, and yes saves them."""
    february = ctx.assessments.grid(YEAR, MONTH - 1)
    ctx.assessments.save_grid(
        YEAR,
        MONTH - 1,
        [replace(row.assessment, self_scores={"A1": 11}) for row in february.rows[:3]],
    )
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.model.is_dirty
    assert [page.model.row_at(r).assessment.self_scores for r in range(4)] == [
        {"A1": 11},
        {"A1": 11},
        {"A1": 11},
        {},
    ]
    page.month_picker.setCurrentIndex(MONTH)  # April
    assert len(boxes.texts) == 1
    assert page.model.grid.month == MONTH + 1
    march = ctx.assessments.grid(YEAR, MONTH)
    assert sum(1 for r in march.rows if r.assessment.self_scores == {"A1": 11}) == 3


def test_leaving_and_discarding_keeps_the_database_unchanged(qtbot, ctx, page, boxes):
    """Answering "Don't save" when leaving throws the edits away."""
    page.model.setData(page.model.index(0, 1), "9")
    boxes.answers = ["discard"]
    page.month_picker.setCurrentIndex(MONTH)
    assert not page.model.is_dirty
    assert ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {}


def test_unlock_asks_for_a_reason(qtbot, ctx, page, monkeypatch):
    """Unlock… records the reason in the audit log and makes the grid editable again."""
    ctx.assessments.confirm_month(YEAR, MONTH)
    page.reload()
    assert not page.model.editable
    monkeypatch.setattr(UnlockMonthDialog, "ask", classmethod(lambda cls, *a, **k: None))
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert ctx.assessments.lock_info(YEAR, MONTH) is not None  # cancelled: still locked
    request = UnlockRequest("Sửa điểm theo ý kiến chi ủy", "Hà")
    monkeypatch.setattr(UnlockMonthDialog, "ask", classmethod(lambda cls, *a, **k: request))
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert ctx.assessments.lock_info(YEAR, MONTH) is None
    assert page.model.editable and page.banner.isHidden()
    entry = ctx.assessments.audit_log()[0]
    assert entry.reason == "Sửa điểm theo ý kiến chi ủy" and entry.who.startswith("Hà")


def test_unlock_dialog_refuses_an_empty_reason(qtbot):
    """The unlock dialog will not accept without a reason."""
    dialog = UnlockMonthDialog("tháng 3/2026", "may-van-phong")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.request is None and not dialog.error.isHidden()
    dialog.reason.setPlainText("Sửa A1")
    dialog._accept()
    assert dialog.request == UnlockRequest("Sửa A1", "")


def test_veto_and_evidence_note(qtbot, page, monkeypatch):
    """A veto set in the note dialog rates the row at the lowest band."""
    model = page.model
    for column in range(1, model.criteria_count + 1):
        model.setData(model.index(0, column), str(model.criterion_at(column).max_points))
    assert model.result_at(0).band.code == "excellent"
    note = MonthNote("Giải quyết 120 hồ sơ", True, "Quyết định kỷ luật 12/QĐ")
    monkeypatch.setattr(AssessmentNoteDialog, "ask", classmethod(lambda cls, *a, **k: note))
    page.view.setCurrentIndex(model.index(0, model.veto_column))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assessment = model.row_at(0).assessment
    assert assessment.veto and assessment.evidence == "Giải quyết 120 hồ sơ"
    assert model.result_at(0).band.code == "fail"
    assert model.index(0, model.band_column).data() == "Chưa đạt"


def test_note_dialog_needs_a_reason_for_a_veto(qtbot):
    """Ticking veto without a reason is refused in the dialog."""
    dialog = AssessmentNoteDialog("Nguyễn Văn An", "tháng 3/2026", MonthNote("", False, ""))
    qtbot.addWidget(dialog)
    dialog.veto.setChecked(True)
    dialog._accept()
    assert dialog.result_note is None
    dialog.reason.setText("Kỷ luật")
    dialog._accept()
    assert dialog.result_note == MonthNote("", True, "Kỷ luật")


def test_c3_hint_is_shown_not_scored(qtbot, ctx, page, members):
    """The activity hint shows "k/n" beside the row and in the C3 tooltip, never as a score."""
    for day, people in ((3, members[:2]), (17, members[:1])):
        ctx.activities.save(
            Activity(
                date=date(YEAR, MONTH, day),
                kind=ActivityKind.VOLUNTEER,
                title="Ngày Chủ nhật xanh",
                participants=[m.id for m in people],
            )
        )
    page.reload()
    model = page.model
    row = model.row_of(members[0].id)
    assert model.index(row, model.hint_column).data() == "2/2"
    c3 = model.index(row, model.column_of("C3"))
    assert "2" in c3.data(Qt.ItemDataRole.ToolTipRole)
    assert c3.data() == ""
    page.view.setCurrentIndex(c3)
    assert "C3" in page.message.text()


def test_member_chart_shows_twelve_months(qtbot, ctx, page, members, monkeypatch):
    """Double-clicking a name opens the member's year; the chart has a bar per month."""
    model = page.model
    for column in range(1, model.criteria_count + 1):
        model.setData(model.index(0, column), str(model.criterion_at(column).max_points))
    asked = []
    monkeypatch.setattr(MemberYearDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    page.view.member_requested.emit(0)
    assert not page.model.is_dirty  # saved first, so the chart shows it
    assert asked and asked[0][1] == model.row_at(0).member_id
    dialog = MemberYearDialog(ctx.assessments.member_year(asked[0][1], YEAR))
    qtbot.addWidget(dialog)
    excellent = dialog.bar_sets["excellent"]
    assert excellent.count() == 12 and excellent.at(MONTH - 1) == 100
    assert dialog.bar_sets["good"].at(MONTH - 1) == 0
    assert dialog.mean_line is not None


def test_criteria_dialog_edits_then_freezes(qtbot, ctx, page):
    """While unused, the criteria can change; after a saved score the dialog is read-only."""
    dialog = CriteriaDialog(ctx, YEAR)
    qtbot.addWidget(dialog)
    assert dialog.editable
    dialog.table.item(12, 3).setText("10")
    dialog.table.item(0, 3).setText("11")
    dialog._save()
    assert dialog.saved is not None
    page.reload()
    assert page.model.headerData(13, Qt.Orientation.Horizontal) == "C4\n10"
    page.model.setData(page.model.index(0, 1), "11")
    assert page.save()
    frozen = CriteriaDialog(ctx, YEAR)
    qtbot.addWidget(frozen)
    assert not frozen.editable and frozen.save_button.isHidden()
    assert "2026" in frozen.status.text()


def test_thirteen_criteria_fit_at_1366_by_768(qtbot, ctx, members):
    """In the main window at 1366×768 the grid needs no horizontal scrolling."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.assessment_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == len(members))
    assert page.model.criteria_count == 13
    assert page.view.horizontalScrollBar().maximum() == 0
    name_width = page.view.columnWidth(0)
    assert name_width >= 150  # names stay readable


def test_summary_models_pass_the_model_tester(qtmodeltester, ctx, members):
    """The year summary (with the title) and the audit log keep Qt's model contract."""
    grid = ctx.assessments.grid(YEAR, MONTH)
    full = {c.code: c.max_points for c in grid.criteria.criteria}
    ctx.assessments.save_grid(
        YEAR, MONTH, [replace(r.assessment, self_scores=full) for r in grid.rows[:3]]
    )
    ctx.assessments.confirm_month(YEAR, MONTH)
    ctx.assessments.unlock_month(YEAR, MONTH, "Sửa điểm")
    summary = YearSummaryModel()
    summary.set_summary(
        ctx.assessments.unit_year_summary(YEAR), ctx.assessments.title_candidates(YEAR)
    )
    qtmodeltester.check(summary)
    assert summary.rowCount() == len(members)
    assert summary.index(0, 6).data() == "100"
    log = AuditLogModel()
    log.set_rows(ctx.assessments.audit_log())
    qtmodeltester.check(log)
    assert log.rowCount() == 2 and log.index(0, 4).data() == "Sửa điểm"


def test_year_summary_dialog_lists_every_member(qtbot, ctx, members):
    """The year summary dialog opens on the unit's members with the title column."""
    dialog = YearSummaryDialog(
        ctx.assessments.unit_year_summary(YEAR), ctx.assessments.title_candidates(YEAR)
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(members)
    assert dialog.model.title_text(members[0].id)  # a reason why not proposed


def test_leaving_the_page_with_unsaved_changes_asks(qtbot, ctx, members, boxes):
    """Switching to another sidebar page with unsaved scores asks, and yes saves them."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.assessment_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == len(members))
    page.model.setData(page.model.index(0, 1), "12")
    window.sidebar.setCurrentRow(window.stack.indexOf(window.members_page))
    assert len(boxes.texts) == 1
    assert not page.model.is_dirty
    stored = ctx.assessments.grid(page.year, page.month).rows[0].assessment
    assert stored.self_scores == {"A1": 12}
