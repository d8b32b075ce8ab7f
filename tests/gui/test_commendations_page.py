"""The Khen thưởng page driven as a district officer and a branch secretary would, with the
records travelling between them in real packets."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from bamtrachnhiem.domain.commendations import DecisionState, NominationState
from bamtrachnhiem.gui import certificate_printing
from bamtrachnhiem.gui.dialogs.commendation_dialogs import (
    DecisionDialog,
    NominationDialog,
    ReasonDialog,
    RoundDialog,
)
from bamtrachnhiem.gui.models.commendation_tables import RowsModel
from bamtrachnhiem.gui.pages import commendations as page_module
from bamtrachnhiem.gui.pages.commendations import CommendationsPage
from tests.services.commendation_world import YEAR, World, build


@pytest.fixture
def world(tmp_path: Path):
    w = build(tmp_path / "w")
    yield w
    w.close()


def _page(qtbot, ctx) -> CommendationsPage:
    page = CommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.year.setValue(YEAR)
    qtbot.waitUntil(lambda: not page.stale)
    return page


def _select_rows(table, rows: list[int]) -> None:
    model = table.model()
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _open_round_in_dialog(qtbot, page: CommendationsPage, monkeypatch) -> None:
    """New round… opens the round dialog; the officer types a name and saves."""

    def ask(ctx, round_, parent=None):
        dialog = RoundDialog(ctx, round_, parent)
        qtbot.addWidget(dialog)
        dialog.name.setText("Khen thưởng năm 2026")
        dialog.quotas.item(0, 2).setText("2")  # CD-1 may send two
        dialog.save_form()
        assert dialog.result(), dialog.error.text()
        return dialog.result_round

    monkeypatch.setattr(page_module.RoundDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.new_round_button, Qt.MouseButton.LeftButton)


def test_the_december_flow_from_the_page(qtbot, world: World, boxes, monkeypatch, tmp_path):
    """Round → shortlist → nominations with votes → sent up → approved and returned →
    decision issued → certificates saved → verified; every step from the page's buttons."""
    district = _page(qtbot, world.district)
    _open_round_in_dialog(qtbot, district, monkeypatch)
    qtbot.waitUntil(lambda: district.round_choice.count() == 1)
    assert district.rounds_model.rowCount() == 1
    world.config_down("CD-1")

    branch = _page(qtbot, world.branches["CD-1"])
    qtbot.waitUntil(lambda: branch.round_choice.count() == 1)
    branch.tabs.setCurrentIndex(1)
    names = [branch.shortlist_model.row_at(r).name for r in range(2)]
    assert names == ["Nguyễn Thị Ngọc Ánh", "Trần Văn Bình"]
    text = " ".join(branch.shortlist_model.text_rows()[0])
    assert "95" in text and "Xuất sắc" in text  # the evidence beside the name
    _select_rows(branch.shortlist_table, [0, 1])
    qtbot.mouseClick(branch.nominate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: branch.nominations_model.rowCount() == 2)
    assert branch.tabs.currentIndex() == 2

    def votes(ctx, nomination, parent=None):
        dialog = NominationDialog(ctx, nomination, parent)
        qtbot.addWidget(dialog)
        assert "Bình quân năm" in dialog.summary.toPlainText()  # pre-filled from the figures
        dialog.meeting.setText(f"10/12/{YEAR}")
        dialog.votes_for.setValue(9)
        dialog.votes_present.setValue(10)
        dialog.save_form()
        assert dialog.result(), dialog.error.text()
        return dialog.result_nomination

    monkeypatch.setattr(page_module.NominationDialog, "ask", staticmethod(votes))
    for row in range(2):
        _select_rows(branch.nominations_table, [row])
        qtbot.mouseClick(branch.edit_nomination_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(n.votes_for == 9 for n in branch.nominations_model.records()))
    _select_rows(branch.nominations_table, [0, 1])
    qtbot.mouseClick(branch.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: {n.state for n in branch.nominations_model.records()} == {NominationState.SENT}
    )
    world.packet_up("CD-1")

    qtbot.waitUntil(lambda: district.nominations_model.rowCount() == 2)
    by_name = {n.nominee_name: i for i, n in enumerate(district.nominations_model.records())}
    _select_rows(district.nominations_table, [by_name["Nguyễn Thị Ngọc Ánh"]])
    qtbot.mouseClick(district.approve_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        page_module.ReasonDialog, "ask", staticmethod(lambda *a, **k: "Thiếu minh chứng")
    )
    _select_rows(district.nominations_table, [by_name["Trần Văn Bình"]])
    qtbot.mouseClick(district.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            {n.state for n in district.nominations_model.records()}
            == {NominationState.APPROVED, NominationState.RETURNED}
        )
    )

    def number(ctx, decision, parent=None):
        dialog = DecisionDialog(ctx, decision, parent)
        qtbot.addWidget(dialog)
        assert dialog.awards.rowCount() == 1
        dialog.number.setValue(45)
        dialog.date.setText(f"20/12/{YEAR}")
        dialog.save_form()
        assert dialog.result(), dialog.error.text()
        return dialog.result_decision

    monkeypatch.setattr(page_module.DecisionDialog, "ask", staticmethod(number))
    qtbot.mouseClick(district.new_decision_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: district.decisions_model.rowCount() == 1)
    _select_rows(district.decisions_table, [0])
    qtbot.mouseClick(district.issue_button, Qt.MouseButton.LeftButton)
    assert "45-QĐ/HĐTN" in boxes.texts[-1]
    qtbot.waitUntil(lambda: district.decisions_model.row_at(0).state is DecisionState.ISSUED)

    district.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: district.recipients_model.rowCount() == 1)
    award = district.recipients_model.row_at(0)
    target = tmp_path / "giay-khen.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(district.save_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and district.log_model.rowCount() == 1, timeout=10000)
    qtbot.keyClicks(district.verify_input, award.code)
    qtbot.keyClick(district.verify_input, Qt.Key.Key_Return)
    assert district.verify_result.text().startswith("HỢP LỆ — Nguyễn Thị Ngọc Ánh")

    # The papers in the Đoàn layout build from the page's choices.
    assert "45-QĐ/HĐTN" in district.decision_printer.build().header.number.line()
    assert district.register_printer.build().title == "SỔ KHEN THƯỞNG"
    letter = branch.letter_printer.build()
    assert letter.addressees and "02 cá nhân" in letter.blocks[0].plain()
    assert branch.list_printer.build().title == "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
    assert branch.minutes_printer.build().title == "BIÊN BẢN"
    world.config_down("CD-1")
    branch.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: branch.register_model.rowCount() == 1)
    assert branch.register_model.row_at(0).register_text == "0001"
    # Enter on a register row shows that member's awards across the years.
    _select_rows(branch.register_table, [0])
    branch.register_table.setCurrentIndex(branch.register_model.index(0, 0))
    branch.register_table.setFocus()
    qtbot.keyClick(branch.register_table, Qt.Key.Key_Return)
    assert branch.register_filter.text() == "Nguyễn Thị Ngọc Ánh"
    assert [a.decision_number for a in branch.register_model.records()] == ["45-QĐ/HĐTN"]


def test_tabs_are_reached_from_the_keyboard(qtbot, world: World) -> None:
    """Ctrl+1…6 switch tabs from a focused field; typing in the register filter is safe."""
    page = _page(qtbot, world.district)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.year.setFocus()
    for i in (1, 2, 3, 4, 5, 0):
        qtbot.keyClick(page.year, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert page.tabs.currentIndex() == i
    page.tabs.setCurrentIndex(4)
    qtbot.keyClicks(page.register_filter, "ngoc anh")  # no register yet: nothing, no error
    assert page.register_model.rowCount() == 0


def test_a_refusal_is_shown_with_its_reason(qtbot, world: World, boxes, monkeypatch) -> None:
    """Nominating a vetoed member shows the refusal's sentence, nothing else happens."""
    page = _page(qtbot, world.district)
    _open_round_in_dialog(qtbot, page, monkeypatch)
    world.config_down("CD-1")
    branch = _page(qtbot, world.branches["CD-1"])
    qtbot.waitUntil(lambda: branch.round_choice.count() == 1)
    row = next(
        r
        for r in range(branch.shortlist_model.rowCount())
        if branch.shortlist_model.row_at(r).name == "Lê Minh Cường"
    )
    _select_rows(branch.shortlist_table, [row])
    qtbot.mouseClick(branch.nominate_button, Qt.MouseButton.LeftButton)
    assert "vi phạm" in boxes.texts[-1]
    assert branch.nominations_model.rowCount() == 0


def test_tables_print_through_the_print_preview(qtbot, world: World, monkeypatch) -> None:
    """Print table… hands the table's headers and every row to the printing helper."""
    page = _page(qtbot, world.district)
    printed = []
    monkeypatch.setattr(page_module, "print_table", lambda *args: printed.append(args))
    page.tabs.setCurrentIndex(0)
    button = next(
        b for b in page.tabs.currentWidget().findChildren(page_module.QPushButton)
        if b.text() == "&In bảng…"
    )  # fmt: skip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert printed and printed[0][2][0] == "Đợt xét"


def test_a_certificate_pdf_prints_at_full_scale(qtbot, tmp_path: Path) -> None:
    """Printed through Qt, a certificate keeps its A4 landscape sheet (no fitting)."""
    from bamtrachnhiem.documents.certificates import write_certificates
    from bamtrachnhiem.domain.certificates import PrintMode, full_template
    from bamtrachnhiem.gui.dialogs.template_editor import SAMPLE

    pdf = write_certificates(tmp_path / "gk.pdf", full_template(), [SAMPLE], PrintMode.FULL)
    document = certificate_printing.load_pdf(pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    certificate_printing.setup_printer_for(document, printer)
    certificate_printing.paint_pdf(document, printer)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True
    ).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    assert "841.89 x 595.276" in size or "842 x 595" in size


def test_models_pass_the_model_tester(qtmodeltester, world: World, qtbot) -> None:
    """The page's table models keep Qt's model rules."""
    page = _page(qtbot, world.district)
    for model in (page.rounds_model, page.register_model, page.shortlist_model):
        assert isinstance(model, RowsModel)
        qtmodeltester.check(model)


def test_reason_dialog_needs_text(qtbot) -> None:
    """OK with an empty reason keeps the dialog open."""
    dialog = ReasonDialog("Trả lại", "Lý do:")
    qtbot.addWidget(dialog)
    dialog._done()
    assert not dialog.result()
    dialog.text.setPlainText("Thiếu minh chứng")
    dialog._done()
    assert dialog.result()


def test_template_editor_previews_saves_and_refuses(qtbot, ctx, tmp_path) -> None:
    """Moving a block redraws the preview (over a scan of the stock when chosen); a block
    off the page is refused in place; saving stores the template with its offset."""
    from PySide6.QtGui import QColor, QImage

    from bamtrachnhiem.gui.dialogs.template_editor import TemplateEditor

    editor = TemplateEditor(ctx, ctx.certificates.template("overlay"))
    qtbot.addWidget(editor)
    editor.show()
    before = editor.preview.pixmap().toImage()
    row = [editor.blocks.item(r, 0).text() for r in range(editor.blocks.rowCount())].index(
        "recipient"
    )
    editor.blocks.item(row, 2).setText("120")  # y of the name, mm
    editor.update_preview()
    assert editor.preview.pixmap().toImage() != before
    scan = QImage(297, 210, QImage.Format.Format_RGB32)
    scan.fill(QColor("#F3E2B0"))  # the stock's colour
    scan_path = tmp_path / "phoi.png"
    scan.save(str(scan_path))
    editor._set_scan(str(scan_path))
    editor.update_preview()
    corner = editor.preview.pixmap().toImage().pixelColor(5, 5)
    assert (corner.red(), corner.green(), corner.blue()) == (0xF3, 0xE2, 0xB0)
    editor.blocks.item(row, 1).setText("290")  # x: off the page
    editor.update_preview()
    assert "recipient" in editor.error.text()
    editor.blocks.item(row, 1).setText("20")
    editor.dx.setValue(1.5)
    editor.save_form()
    assert editor.result()
    stored = ctx.certificates.template("overlay")
    assert stored.block("recipient").y == 120 and stored.dx == 1.5
    assert stored.background_path == str(scan_path)
