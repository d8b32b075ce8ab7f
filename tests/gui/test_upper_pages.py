"""The upper level's pages on the demo district: Tổng hợp, Báo cáo, a campaign's results."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.reports import ReportKind
from bamtrachnhiem.gui import printing
from bamtrachnhiem.gui.dialogs.new_report_dialog import NewReportDialog
from bamtrachnhiem.gui.dialogs.report_editor import ReportEditor
from bamtrachnhiem.gui.dialogs.report_periods_dialog import ReportPeriodsDialog
from bamtrachnhiem.gui.dialogs.unit_detail_dialog import UnitDetailDialog
from bamtrachnhiem.gui.pages.campaigns import CampaignsPage
from bamtrachnhiem.gui.pages.consolidation import ConsolidationPage
from bamtrachnhiem.gui.pages.reports import ReportsPage
from tests.documents.reading import pdf_text

YEAR = 2026


@pytest.fixture
def district(full_world, tmp_path):
    """A copy of the demo district, opened."""
    path = tmp_path / "upper.db"
    shutil.copy(full_world.upper_db, path)
    ctx = open_context(path)
    yield ctx
    ctx.close()


def _wait_tasks(qtbot):
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


@pytest.fixture
def consolidation(qtbot, district) -> ConsolidationPage:
    page = ConsolidationPage(district)
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    page.resize(1150, 700)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None)
    return page


def test_every_unit_below_with_a_totals_row_sorted_and_filtered(consolidation, full_world):
    """Tree order with the totals last; sorting keeps the totals last; a level filters."""
    model = consolidation.unit_model
    names = [model.unit_at(r).name for r in range(model.rowCount() - 1)]
    assert sorted(names) == sorted(b.name for b in full_world.branches)
    assert model.is_total(model.rowCount() - 1)
    assert model.index(model.rowCount() - 1, 0).data() == "Tổng cộng"
    members = sum(model.unit_at(r).members for r in range(model.rowCount() - 1))
    assert model.index(model.rowCount() - 1, 2).data() == str(members)
    consolidation.unit_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    counts = [model.unit_at(r).members for r in range(model.rowCount() - 1)]
    assert counts == sorted(counts, reverse=True)
    assert model.is_total(model.rowCount() - 1)
    consolidation.level.setCurrentIndex(consolidation.level.findData("Chi đoàn"))
    assert model.rowCount() == len(full_world.branches) + 1
    consolidation.period.setCurrentIndex(1)  # the first six months
    assert consolidation.table.period.last == 6


def test_a_unit_opens_on_its_members_and_months(qtbot, consolidation):
    """The unit's members with each month's total, read-only; a member's years."""
    unit = consolidation.unit_model.unit_at(0)
    dialog = UnitDetailDialog(consolidation.ctx, unit, consolidation.current_period())
    qtbot.addWidget(dialog)
    assert dialog.members_model.rowCount() >= unit.members
    assert dialog.members_model.headers()[3] == "T1"
    dialog._member_history(dialog.members_model.index(0, 0))
    assert dialog.member_history_model.rowCount() == 1
    assert dialog.history_model.rows[0].year == YEAR
    assert dialog.document().title.startswith("KẾT QUẢ ĐÁNH GIÁ HẰNG THÁNG")


def test_months_ranking_and_history_tabs(qtbot, consolidation, monkeypatch, tmp_path):
    """Each tab fills; a chart saves as a PNG; each tab's table prints."""
    for index in (1, 2, 3):
        consolidation.tabs.setCurrentIndex(index)
        assert consolidation.document() is not None
    assert consolidation.month_model.rowCount() == 12
    assert consolidation.rank_model.rowCount() == 3
    assert consolidation.history_model.rowCount() == 1
    target = tmp_path / "xep-hang.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PNG"))
    )
    consolidation.rank_png.click()
    assert target.stat().st_size > 5_000


def test_the_table_saves_as_excel(qtbot, consolidation, monkeypatch, tmp_path, boxes):
    """In / xuất → Excel writes the by-unit table with numbers as numbers."""
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "xlsx"))
    )
    consolidation.printer.xlsx_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and bool(boxes.texts), timeout=15_000)
    _wait_tasks(qtbot)
    values = [c.value for row in openpyxl.load_workbook(target).active.iter_rows() for c in row]
    assert "Tổng cộng" in values
    assert consolidation.table.total.members in values


def test_a_branch_sees_an_empty_consolidation(qtbot, full_world, tmp_path):
    """At a branch there is no unit below: the page says so instead of an empty grid."""
    path = tmp_path / "b.db"
    shutil.copy(full_world.branches[0].db, path)
    ctx = open_context(path)
    try:
        page = ConsolidationPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.table is not None)
        assert page.empty.isVisible() and not page.unit_view.isVisible()
    finally:
        ctx.close()


def test_a_campaign_at_the_district_shows_its_units_results(qtbot, district, full_world):
    """The district's campaign: each target's total is its branches' sum, per unit and in
    total; the totals cannot be typed over."""
    page = CampaignsPage(district)
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    page.show()
    tab = page.campaigns_tab
    assert tab.rollup_view.isVisible()
    rollup = tab.rollups[tab.selected_campaign().id]
    model = tab.rollup_view.model
    assert model.rowCount() == len(full_world.branches) + 1
    total = model.index(model.rowCount() - 1, 1).data()
    first = rollup.targets[0]
    assert total.startswith(f"{first.total:g}".replace(".", ","))
    assert sum(first.by_unit.values()) == first.total
    assert tab.targets_model.commit is None
    achieved = tab.targets_model.index(0, 2)
    assert not tab.targets_model.flags(achieved) & Qt.ItemFlag.ItemIsEditable
    assert tab.rollup_view.document().title == "KẾT QUẢ ĐỢT THI ĐUA CỦA CÁC ĐƠN VỊ"


@pytest.fixture
def reports(qtbot, district) -> ReportsPage:
    page = ReportsPage(district)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_the_reports_list_has_own_and_received(reports, full_world):
    """The district's report and its branches'; who sent theirs is said under the list."""
    units = {reports.model.row_at(r).unit_code for r in range(reports.model.rowCount())}
    assert units == {full_world.upper_code, *(b.code for b in full_world.branches)}
    assert "3/3 đơn vị đã gửi" in reports.received.text()


def test_new_report_edit_save_issue(qtbot, reports, boxes, monkeypatch):
    """Báo cáo → mới → tổng kết năm: figures and section II written; edited text is kept;
    issuing freezes it and the editor turns read-only; the preview paints its pages."""
    dialog = NewReportDialog(reports.ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.YEAR))
    dialog.year.setValue(YEAR)
    assert (
        "từ tháng 1 đến tháng 11" in dialog.period.text().lower() or "1–11" in dialog.period.text()
    )
    dialog.make()
    made = dialog.made
    assert made is not None and made.parts[1].startswith("1. Công tác triển khai")
    editor = ReportEditor(reports.ctx, made)
    qtbot.addWidget(editor)
    assert editor.editable and not editor.save_button.isHidden()
    editor.sections[2].setPlainText("Ưu điểm: tích cực.")
    editor.number.setText("25")
    assert editor.has_unsaved()
    assert editor.save()
    assert reports.ctx.reports.get(made.id).parts[2] == "Ưu điểm: tích cực."
    seen = []

    def fake_exec(preview_dialog):
        preview = preview_dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append(preview.pageCount())
        return 0

    monkeypatch.setattr(printing, "_exec", fake_exec)
    editor.preview_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    _wait_tasks(qtbot)
    assert seen[0] >= 3  # the report, then the annex in landscape
    editor.issue()
    assert "Ban hành báo cáo 25-BC/HĐTN?" in boxes.texts[-1]
    assert not editor.editable and editor.save_button.isHidden()
    assert editor.sections[0].isReadOnly()
    assert reports.ctx.reports.get(made.id).issued


def test_a_received_report_opens_read_only(qtbot, reports):
    """A branch's report at the district: no save, no issue, every field read-only."""
    received = next(
        reports.model.row_at(r)
        for r in range(reports.model.rowCount())
        if reports.model.row_at(r).unit_code != reports.model.own_code
    )
    editor = ReportEditor(reports.ctx, received)
    qtbot.addWidget(editor)
    assert not editor.editable
    assert editor.save_button.isHidden() and editor.issue_button.isHidden()
    assert editor.summary.isReadOnly() and editor.sections[1].isReadOnly()
    assert "chỉ xem" in editor.notice.text() or "Đã ban hành" in editor.notice.text()
    assert editor.document().annexes


def test_report_periods_are_set_and_saved(qtbot, district):
    """The periods dialog shows each period's due date; a change is saved."""
    dialog = ReportPeriodsDialog(district, YEAR)
    qtbot.addWidget(dialog)
    h1 = next(i for i, p in enumerate(dialog.periods) if p.period == "h1")
    assert dialog.dates[h1].text() == "05/07/2026"  # sent down by the demo district itself
    dialog.dates[h1].setText("10/07/2026")
    dialog.save()
    assert district.configuration.report_period(YEAR, "h1").due_date.day == 10


def test_the_report_pdf_is_what_prints(qtbot, reports, tmp_path, monkeypatch, boxes):
    """Save as PDF from the editor writes the report with its annex."""
    own = next(
        reports.model.row_at(r)
        for r in range(reports.model.rowCount())
        if reports.model.row_at(r).unit_code == reports.model.own_code
    )
    editor = ReportEditor(reports.ctx, own)
    qtbot.addWidget(editor)
    target = tmp_path / "so-ket.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "pdf"))
    )
    editor.printer.pdf_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and bool(boxes.texts), timeout=15_000)
    _wait_tasks(qtbot)
    text = pdf_text(Path(target))
    assert "Số: 18-BC/HĐTN" in text and "PHỤ LỤC" in text
