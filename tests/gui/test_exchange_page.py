"""The data exchange page, driven as a district officer and a branch secretary would."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.criteria import CriteriaSource
from bamtrachnhiem.domain.exchange import FileOutcome, ImportReport, ImportStatus, Issue
from bamtrachnhiem.gui.dialogs.config_export_dialog import ConfigExportDialog
from bamtrachnhiem.gui.dialogs.deadlines_dialog import DeadlinesDialog
from bamtrachnhiem.gui.dialogs.export_dialog import ExportDialog, default_period, desktop_folder
from bamtrachnhiem.gui.dialogs.packet_details_dialog import PacketDetailsDialog
from bamtrachnhiem.gui.models.completeness_table import STATUS_ROLE, CompletenessTableModel
from bamtrachnhiem.gui.models.exchange_preview import ExchangePreviewModel
from bamtrachnhiem.gui.models.import_log import ImportLogModel
from bamtrachnhiem.gui.models.packet_details import (
    EditedRowsModel,
    IssuesModel,
    KindCountsModel,
    SectionsModel,
)
from bamtrachnhiem.gui.pages import exchange as exchange_page
from bamtrachnhiem.gui.pages.exchange import ExchangePage
from tests.exchange.world import add_units, edit_cell, make_branch, open_unit

YEAR = 2026
BRANCHES = ("CD-A", "CD-B", "CD-C")


@dataclass
class World:
    """Branch databases, a folder of packets as a district receives them, and the district."""

    folder: Path  # CD-A, CD-B, CD-C packets, CD-D's edited by hand, one broken file
    branches: dict[str, Path]
    upper: Path  # DX knowing CD-A … CD-D; nothing imported
    stranger: Path  # a packet of CD-E, a unit DX does not know


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("exchange-page")
    folder = root / "nhan-thang-2"
    folder.mkdir()
    branches = {}
    for seed, code in enumerate((*BRANCHES, "CD-D", "CD-E")):
        branch = make_branch(root, code, "DX", members=3, months=2, seed=seed + 11)
        target = folder / f"{code}-2026-02.xlsx" if code in BRANCHES else root / f"{code}.xlsx"
        branch.ctx.packet_export.export_packet(YEAR, 2, target)
        branch.ctx.close()
        branches[code] = branch.path
    edit_cell(root / "CD-D.xlsx", folder / "CD-D-2026-02-sua.xlsx", "Đoàn viên", "Tên", 2, "Sửa")
    (folder / "hong.xlsx").write_bytes(b"PK\x03\x04 this attachment was cut short" * 8)
    upper = open_unit(root / "dx.db", "DX", "Đoàn xã Phước Dân", level="Đoàn xã")
    add_units(upper, "DX", [*BRANCHES, "CD-D"])
    upper.close()
    return World(folder, branches, root / "dx.db", root / "CD-E.xlsx")


def _fresh(source: Path, folder: Path) -> AppContext:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copy(source, target)
    return open_context(target)


@pytest.fixture
def upper(world: World, tmp_path: Path):
    """The district's data file, with every 2026 deadline still ahead of today."""
    ctx = _fresh(world.upper, tmp_path / "upper")
    ahead = date.today() + timedelta(days=30)
    ctx.configuration.set_deadlines(YEAR, {m: max(ahead, date(YEAR, m, 1)) for m in range(1, 13)})
    yield ctx
    ctx.close()


@pytest.fixture
def page(qtbot, upper: AppContext) -> ExchangePage:
    widget = ExchangePage(upper)
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    widget.resize(1150, 700)
    widget.show()
    return widget


def _drop(page: ExchangePage, *paths: Path) -> bool:
    """Drag ``paths`` over the page and drop them, as the file manager does; True if accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(page, drop)
    return drop.isAccepted()


def _statuses(page: ExchangePage) -> dict[str, ImportStatus]:
    return {o.file_name: o.status for o in page.preview_model.outcomes()}


def test_drop_a_folder_preview_confirm_and_see_it_received(qtbot, page, upper, world, monkeypatch):
    """Drop a folder: one line per file with its outcome; the edited one names its edited row
    and imports once confirmed; the grid turns green and the import log grows."""
    assert page.status_model.status("CD-A", 1) is MonthStatus.NOT_DUE
    assert page.log_model.rowCount() == 0
    folder = world.folder
    assert _drop(page, folder)
    qtbot.waitUntil(lambda: not page.busy and page.preview_model.rowCount() == 5, timeout=15000)
    assert _statuses(page) == {
        "CD-A-2026-02.xlsx": ImportStatus.IMPORTED,
        "CD-B-2026-02.xlsx": ImportStatus.IMPORTED,
        "CD-C-2026-02.xlsx": ImportStatus.IMPORTED,
        "CD-D-2026-02-sua.xlsx": ImportStatus.EDITED,
        "hong.xlsx": ImportStatus.REFUSED,
    }
    model = page.preview_model
    refused = model.outcome(model.row_of_path(folder / "hong.xlsx"))
    assert refused.errors[0].code == "xlsx_not_workbook"
    first = model.outcome(0)
    assert (first.unit_code, first.month, first.seq) == ("CD-A", 2, 1)
    assert first.counts["members"].created == 3 and first.counts["assessments"].created == 6
    assert model.importable() == 3 and page.import_button.isEnabled()

    seen: dict[str, object] = {}

    def ask(outcome, *, confirmed, dry_run, parent):
        dialog = PacketDetailsDialog(outcome, confirmed=confirmed, dry_run=dry_run, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        edited = dialog.edited_model
        seen["rows"] = [
            (edited.index(r, 0).data(), edited.index(r, 1).data(), edited.index(r, 2).data())
            for r in range(edited.rowCount())
        ]
        seen["tab"] = dialog.tabs.currentIndex() == dialog.edited_tab
        qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)  # tick "import anyway"
        return dialog.confirmed

    monkeypatch.setattr(PacketDetailsDialog, "ask", ask)
    edited_row = model.row_of_path(folder / "CD-D-2026-02-sua.xlsx")
    page.preview_view.selectRow(edited_row)
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    edited = model.outcome(edited_row)
    assert seen["tab"] is True
    assert [(s, r) for s, r, _id in seen["rows"]] == [("Đoàn viên", "2")]
    assert seen["rows"][0][2] == edited.edited_rows[0].record_id
    assert model.is_confirmed(edited_row) and model.importable() == 4

    with qtbot.waitSignal(page.data_imported, timeout=15000) as signal:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    report = signal.args[0]
    assert [f.status for f in report.files].count(ImportStatus.IMPORTED) == 4
    assert not model.dry_run and not page.import_button.isEnabled()
    assert _statuses(page)["CD-D-2026-02-sua.xlsx"] is ImportStatus.IMPORTED
    assert _statuses(page)["hong.xlsx"] is ImportStatus.REFUSED
    for code in (*BRANCHES, "CD-D"):
        assert page.status_model.status(code, 1) is MonthStatus.ON_TIME
        assert page.status_model.status(code, 2) is MonthStatus.ON_TIME
        assert page.status_model.status(code, 3) is MonthStatus.NOT_DUE
    footer = page.status_model.rowCount() - 1
    assert page.status_model.index(footer, 2).data() == "4/4"
    assert page.log_model.rowCount() == 5
    log = upper.import_log.entries()
    assert [e.confirmed_edited for e in log if e.unit_code == "CD-D"] == [True]


def test_a_unit_not_in_the_tree_can_be_added_from_its_line(qtbot, page, upper, world, boxes):
    """A packet from an unknown unit is refused with "add this unit"; adding it re-previews."""
    assert _drop(page, world.stranger)
    qtbot.waitUntil(lambda: not page.busy and page.preview_model.rowCount() == 1, timeout=15000)
    outcome = page.preview_model.outcome(0)
    assert outcome.status is ImportStatus.REFUSED
    assert outcome.errors[0].code == "packet_unit_unknown"
    page.preview_view.selectRow(0)
    assert page.add_unit_button.isVisibleTo(page) and page.add_unit_button.isEnabled()
    assert not page.import_button.isEnabled()
    qtbot.mouseClick(page.add_unit_button, Qt.MouseButton.LeftButton)
    assert boxes.texts  # the user was asked first
    qtbot.waitUntil(
        lambda: not page.busy and page.preview_model.outcome(0).status is ImportStatus.IMPORTED,
        timeout=15000,
    )
    added = upper.units.get("CD-E")
    assert added.parent_code == "DX" and added.name == "Chi đoàn CD-E"
    assert page.status_model.status("CD-E", 1) is MonthStatus.NOT_DUE
    assert page.import_button.isEnabled()


def test_export_dialog_saves_to_the_desktop_and_the_page_offers_the_folder(
    qtbot, world, tmp_path, monkeypatch, boxes
):
    """Pick the month, see the counts and the next number, save (Desktop suggested), then the
    page offers to open the folder for the email attachment."""
    branch = _fresh(world.branches["CD-A"], tmp_path / "branch")
    try:
        asked: dict[str, str] = {}
        target = tmp_path / "gui" / "goi-thang-2.xlsx"
        target.parent.mkdir()

        def save_name(parent, title, suggested, filters, *options):
            asked["suggested"] = suggested
            return str(target), filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
        dialog = ExportDialog(branch)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.period == default_period(branch)
        dialog.year.setValue(YEAR)
        dialog.month.setCurrentIndex(1)
        qtbot.waitUntil(
            lambda: not dialog.loading and dialog.summary is not None and dialog.summary.month == 2
        )
        assert dialog.summary.next_seq == 2  # the world exported number 1 already
        assert dialog.count_labels["members"].text() == "3"
        assert dialog.count_labels["assessments"].text() == "6"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
        assert Path(asked["suggested"]) == desktop_folder() / "CD-A-2026-02.xlsx"
        assert target.is_file() and dialog.result.seq == 2 and dialog.result.month == 2

        opened: list[QUrl] = []
        monkeypatch.setattr(ExportDialog, "ask", lambda ctx, parent=None: dialog.result)
        monkeypatch.setattr(exchange_page.QDesktopServices, "openUrl", opened.append)
        page = ExchangePage(branch)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert opened == [QUrl.fromLocalFile(str(target.parent))]
        assert len(boxes.texts) == 1 and page.export_note.isVisibleTo(page)
        boxes.answer_yes = False
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1  # "Close" leaves the folder alone
    finally:
        branch.close()


def test_configuration_goes_down_and_makes_the_criteria_read_only(
    qtbot, upper, world, tmp_path, monkeypatch, boxes
):
    """The district exports a unit's configuration; the branch imports it after seeing what
    changes, and its criteria set is from then on the upper level's, read-only."""
    target = tmp_path / "cau-hinh-CD-B.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "Excel (*.xlsx)")
    )
    dialog = ConfigExportDialog(upper)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("CD-B"))
    dialog.year.setValue(YEAR)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    assert target.is_file() and dialog.result.unit_code == "CD-B"

    branch = _fresh(world.branches["CD-B"], tmp_path / "branch")
    try:
        assert branch.years.peek(YEAR).source is not CriteriaSource.UPPER
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *args: (str(target), "Excel (*.xlsx)")
        )
        page = ExchangePage(branch)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.config_import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=15000)  # the question, then done
        assert "DX" in boxes.texts[0]
        assert branch.years.peek(YEAR).source is CriteriaSource.UPPER
        assert not branch.years.can_edit(YEAR)
        assert "DX" in page.criteria_label.text()
        assert branch.configuration.deadline_source(YEAR) == "upper"
    finally:
        branch.close()


def test_deadlines_dialog_sets_every_month_or_refuses_a_bad_date(qtbot, upper):
    """Same day of the following month for all; a typed date that is no date is refused."""
    dialog = DeadlinesDialog(upper, YEAR)
    qtbot.addWidget(dialog)
    dialog.day.setValue(10)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    dialog.edits[3].setText("31/02/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None and dialog.error.isVisibleTo(dialog)
    assert upper.configuration.deadlines(YEAR)[3] != date(YEAR, 4, 10)
    dialog.edits[3].setText("10/04/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert upper.configuration.deadlines(YEAR)[1] == date(YEAR, 2, 10)
    assert upper.configuration.deadlines(YEAR)[12] == date(YEAR + 1, 1, 10)


def test_read_only_file_shows_status_but_accepts_no_drop(qtbot, world, tmp_path):
    """Opened read-only, the page shows the grid and refuses to send or receive anything."""
    copy = tmp_path / "ro" / "dx.db"
    copy.parent.mkdir()
    shutil.copy(world.upper, copy)
    ctx = open_context(copy, read_only=True)
    try:
        page = ExchangePage(ctx)
        qtbot.addWidget(page)
        page.year.setValue(YEAR)
        assert page.status_model.unit_count() == 4
        assert not page.export_button.isEnabled() and not page.files_button.isEnabled()
        assert not _drop(page, world.folder)
        assert page.preview_model.rowCount() == 0
    finally:
        ctx.close()


def test_models_pass_the_model_tester(qtmodeltester, upper, world):
    """Every table model of the page holds to Qt's model contract, filled with real data."""
    report = upper.packet_merge.preview([world.folder])
    preview = ExchangePreviewModel()
    preview.set_report(report)
    edited_row = next(i for i, o in enumerate(report.files) if o.status is ImportStatus.EDITED)
    preview.set_confirmed(edited_row, True)
    qtmodeltester.check(preview)
    assert (
        preview.index(edited_row, preview.CONFIRM_COLUMN).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    upper.packet_merge.apply([world.folder], accept_edited=True)
    status = CompletenessTableModel()
    status.set_table(upper.completeness.table(YEAR))
    qtmodeltester.check(status)
    assert status.index(0, 1).data(STATUS_ROLE) == MonthStatus.ON_TIME
    log = ImportLogModel()
    log.set_rows(upper.import_log.entries())
    qtmodeltester.check(log)
    edited = next(o for o in report.files if o.status is ImportStatus.EDITED)
    refused = next(o for o in report.files if o.status is ImportStatus.REFUSED)
    counts = KindCountsModel()
    counts.set_counts(edited.counts_if_accepted)
    qtmodeltester.check(counts)
    sections = SectionsModel()
    sections.set_rows(report.files[0].sections)
    qtmodeltester.check(sections)
    issues = IssuesModel()
    issues.set_issues(refused.errors, edited.warnings)
    qtmodeltester.check(issues)
    rows = EditedRowsModel()
    rows.set_rows(edited.edited_rows)
    qtmodeltester.check(rows)
    assert rows.rowCount() == 1 and counts.rowCount() > 0 and issues.rowCount() >= 1


def test_a_branch_sees_only_what_it_sends(qtbot, world, tmp_path):
    """A branch at the lowest level has no receiving tabs and takes no dropped files; its
    send tab lists the packets it sent, with their numbers."""
    branch = _fresh(world.branches["CD-A"], tmp_path / "branch")
    try:
        page = ExchangePage(branch)
        qtbot.addWidget(page)
        page.show()
        tabs = page.tabs
        assert tabs.isTabVisible(tabs.indexOf(page.send_tab))
        assert not tabs.isTabVisible(tabs.indexOf(page.receive_tab))
        assert not tabs.isTabVisible(tabs.indexOf(page.status_tab))
        assert not page.acceptDrops()
        assert page.sent_model.rowCount() == 1
        assert page.sent_model.index(0, 2).data() == "02/2026"
        assert page.sent_model.index(0, 3).data() == "1"
        assert not page.sent_empty.isVisibleTo(page)
    finally:
        branch.close()


def test_a_district_without_units_yet_still_receives(qtbot, tmp_path):
    """A district whose tree is still empty is not the lowest level: it may receive."""
    district = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn Bình Sơn", level="Huyện đoàn")
    try:
        page = ExchangePage(district)
        qtbot.addWidget(page)
        assert page.tabs.isTabVisible(page.tabs.indexOf(page.receive_tab))
        assert page.sent_model.rowCount() == 0 and page.sent_empty.isVisibleTo(page)
    finally:
        district.close()


def test_a_packet_meant_for_another_district_is_not_adopted(qtbot, page, tmp_path):
    """A packet whose unit reports to a unit outside this tree is refused without the
    offer to add its unit here."""
    foreign = make_branch(tmp_path, "CD-X", "HD-KHAC", members=2, months=1, seed=5)
    target = tmp_path / "CD-X.xlsx"
    foreign.ctx.packet_export.export_packet(YEAR, 1, target)
    foreign.ctx.close()
    assert _drop(page, target)
    qtbot.waitUntil(lambda: not page.busy and page.preview_model.rowCount() == 1, timeout=15000)
    assert page.preview_model.outcome(0).errors[0].code == "packet_unit_unknown"
    page.preview_view.selectRow(0)
    assert not page.add_unit_button.isVisibleTo(page)


def test_gap_and_future_date_are_shown_on_the_line(qtbot):
    """A sequence gap and a packet dated in the future are said on the file's line."""
    outcome = FileOutcome(
        path=Path("CD-A.xlsx"),
        status=ImportStatus.IMPORTED,
        unit_code="CD-A",
        seq=4,
        exported_at=(datetime.now(UTC) + timedelta(days=40)).isoformat(),
        warnings=[
            Issue("packet_seq_gap", {"file": "CD-A.xlsx", "unit": "CD-A", "seq": 4, "last": 2})
        ],
    )
    model = ExchangePreviewModel()
    model.set_report(ImportReport([outcome], dry_run=True))
    text = model.index(0, ExchangePreviewModel.COLUMNS.index("outcome")).data()
    assert "có gói ở giữa chưa nhận được" in text
    assert "sau hôm nay" in text
