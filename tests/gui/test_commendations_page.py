"""The Khen thưởng page driven as a district officer and a branch secretary would, with the
records travelling between them in real packets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog

from bamtrachnhiem.domain.commendations import (
    CommendationRound,
    DecisionState,
    NominationState,
    ReviewVerdict,
)
from bamtrachnhiem.gui import printing
from bamtrachnhiem.gui.app import STYLE
from bamtrachnhiem.gui.dialogs.commendation_dialogs import (
    DecisionDialog,
    NominationDialog,
    ReasonDialog,
    RoundDialog,
)
from bamtrachnhiem.gui.models.commendation_tables import RowsModel
from bamtrachnhiem.gui.pages import commendations as page_module
from bamtrachnhiem.gui.pages.commendations import CommendationsPage
from tests.documents.reading import page_sizes, pdf_text
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
    first = branch.shortlist_model.values()[0]
    assert 95 in first and "Xuất sắc" in first  # the evidence beside the name
    _select_rows(branch.shortlist_table, [0, 1])
    qtbot.mouseClick(branch.nominate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: branch.nominations_model.rowCount() == 2)
    assert branch.tabs.currentIndex() == 2
    # Printed, the shortlist marks the nominated with the papers' "x".
    shortlist = branch._shortlist_table()
    assert [r.cells[-1] for r in shortlist.blocks[0].all_rows()][:2] == ["x", "x"]
    assert branch.ctx.documents.pdf_bytes(shortlist).startswith(b"%PDF")

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


def _wait_tasks(qtbot) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


def _print_to(monkeypatch, out: Path, shown: list) -> None:
    """Answer the system print dialog with "print to this PDF file"; answer the preview by
    printing from it to that file (its Print button), as a user would."""

    def answer(dialog):
        shown.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()
            shown.append(preview.pageCount())
            preview.print_()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "_exec", answer)


def test_tables_print_as_doan_papers(qtbot, world: World, monkeypatch, tmp_path) -> None:
    """Print table prints the table as shown, in the Đoàn layout: the unit's header, the
    title, the rows numbered in the screen's order, numbers kept as numbers."""
    page = _page(qtbot, world.district)
    _open_round_in_dialog(qtbot, page, monkeypatch)
    qtbot.waitUntil(lambda: page.rounds_model.rowCount() == 1)
    page.tabs.setCurrentIndex(0)
    buttons = [
        b for b in page.tabs.currentWidget().findChildren(page_module.QToolButton)
        if b.text() == "In bảng"
    ]  # fmt: skip
    assert len(buttons) == 1
    document = page._rounds_table()
    assert document.title == "DANH SÁCH CÁC ĐỢT XÉT KHEN THƯỞNG"
    assert document.header.issuing_body == "Ban Chấp hành Huyện đoàn Bình Sơn"
    table = document.blocks[0]
    assert [c.title for c in table.columns][:3] == ["STT", "Đợt xét", "Năm"]
    row = table.all_rows()[0].cells
    assert row[:3] == (1, "Khen thưởng năm 2026", YEAR)
    assert table.columns[2].alignment.value == "right"  # a number, shown as on screen
    # The shortlist (the units below, here) as sorted on screen.
    page.tabs.setCurrentIndex(1)
    page.shortlist_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shortlist = page._shortlist_table().blocks[0]
    shown = [page.shortlist_model.row_at(r).name for r in range(page.shortlist_model.rowCount())]
    assert [r.cells[1] for r in shortlist.all_rows()] == shown == ["Chi đoàn 2", "Chi đoàn 1"]
    out, dialogs = tmp_path / "dot-xet.pdf", []
    _print_to(monkeypatch, out, dialogs)
    buttons[0].menu().actions()[1].trigger()  # Print…
    qtbot.waitUntil(out.exists, timeout=15_000)
    _wait_tasks(qtbot)
    assert dialogs == ["In"]
    text = pdf_text(out)
    assert "DANH SÁCH CÁC ĐỢT XÉT KHEN THƯỞNG" in text and "Khen thưởng năm 2026" in text


def _dark(image: QImage) -> set[tuple[int, int]]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return {
        (x, y)
        for y in range(0, grey.height(), 2)
        for x in range(0, grey.width(), 2)
        if (grey.pixel(x, y) & 0xFF) < 128
    }


def _page_image(path: Path, dpi: int = 30) -> QImage:
    pages = printing.PdfPages(path.read_bytes())
    try:
        return pages.image(0, dpi)
    finally:
        pages.close()


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_a_certificate_prints_at_full_scale(qtbot, tmp_path: Path, monkeypatch, paper) -> None:
    """Printed from the preview, a certificate keeps its sheet (A4 or A3 landscape) and every
    mark its place on it: nothing is fitted to the page or moved by the printer's margins."""
    from bamtrachnhiem.documents.certificates import write_certificates
    from bamtrachnhiem.domain.certificates import PAGE_SIZES, PrintMode, full_template
    from bamtrachnhiem.gui.dialogs.template_editor import SAMPLE

    width, height = PAGE_SIZES[paper]
    template = replace(full_template(), page_width=width, page_height=height)
    pdf = write_certificates(tmp_path / "gk.pdf", template, [SAMPLE, SAMPLE], PrintMode.FULL)
    out, shown = tmp_path / "printed.pdf", []
    _print_to(monkeypatch, out, shown)
    holder = page_module.QWidget()
    qtbot.addWidget(holder)
    printing.preview_pdf_file(holder, pdf, "Giấy khen")
    assert shown == ["Xem trước khi in", 2]
    sizes = page_sizes(out)
    points = (round(width / 25.4 * 72), round(height / 25.4 * 72))
    assert len(sizes) == 2
    assert all((round(w), round(h)) == points for w, h in sizes), sizes
    original, printed = _dark(_page_image(pdf)), _dark(_page_image(out))
    assert len(original) > 100, "the certificate has ink"
    assert len(original & printed) / len(original | printed) > 0.8


def test_an_unreadable_certificate_file_is_said_so(qtbot, tmp_path: Path, boxes) -> None:
    """A PDF that cannot be read gives a message saying what to do, not a traceback."""
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"not a pdf")
    holder = page_module.QWidget()
    qtbot.addWidget(holder)
    printing.preview_pdf_file(holder, broken)
    assert "hong.pdf" in boxes.texts[-1] and "tạo lại" in boxes.texts[-1]


def _issued_decision(world: World) -> str:
    """A round, one nomination from CD-2 sent up in a packet, approved, decided, issued."""
    hd = world.district.commendations
    name = f"Khen thưởng thực hiện phong trào “3 trách nhiệm” năm {YEAR}"  # as long as real
    r = hd.save_round(CommendationRound(YEAR, name))
    world.config_down("CD-2")
    cd2 = world.branches["CD-2"].commendations
    entry = next(e for e in cd2.shortlist(r.id) if e.proposed)
    n = cd2.nominate(r.id, entry.key)
    cd2.record_meeting(r.id, f"{YEAR}-12-08", {n.id: (8, 9)})
    cd2.send([n.id])
    world.packet_up("CD-2")
    hd.review([n.id], ReviewVerdict.APPROVED)
    d = hd.create_decision(r.id)
    d = hd.save_decision(replace(d, number=45, decision_date=f"{YEAR}-12-20"))
    return hd.issue(d.id).id


def test_certificates_preview_and_print_from_the_page(
    qtbot, world: World, monkeypatch, tmp_path
) -> None:
    """Preview and print makes the decision's certificates in the background, then the
    preview prints them at 100 %; the calibration page goes the same way."""
    _issued_decision(world)
    page = _page(qtbot, world.district)
    page.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: page.recipients_model.rowCount() == 1)
    out, shown = tmp_path / "in.pdf", []
    _print_to(monkeypatch, out, shown)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=15_000)
    _wait_tasks(qtbot)
    assert shown == ["Xem trước khi in", 1]
    assert [(round(w), round(h)) for w, h in page_sizes(out)] == [(842, 595)]
    out.unlink()
    qtbot.mouseClick(page.calibrate_button, Qt.MouseButton.LeftButton)
    assert out.exists() and len(page_sizes(out)) == 1


def test_the_page_fits_a_1366_screen(qtbot, world: World, monkeypatch) -> None:
    """In the window a 1366×768 screen opens (1280 wide, beside the sidebar), the quota is in
    full view and every column of the rounds, nominations, decisions and register tables is
    inside its table with its header readable."""
    _issued_decision(world)
    page = _page(qtbot, world.district)
    page.setStyleSheet(STYLE)  # the app's type sizes
    page.resize(1280 - 210, 680)
    qtbot.waitUntil(lambda: page.quota.text() != "")
    assert page.width() == 1280 - 210  # not widened by a row that cannot shrink
    right = page.quota.mapTo(page, page.quota.rect().topRight()).x()
    assert right <= page.width() and page.quota.width() >= page.quota.sizeHint().width()
    tables = ((0, page.rounds_table), (2, page.nominations_table), (3, page.decisions_table),
              (4, page.register_table))  # fmt: skip
    for index, table in tables:
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda t=table: t.isVisible() and t.viewport().width() > 0)
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width() + 1, index
        metrics = header.fontMetrics()
        for c in range(header.count()):
            title = table.model().headerData(c, Qt.Orientation.Horizontal)
            assert metrics.horizontalAdvance(title) + 8 <= header.sectionSize(c) + 2, title


def test_quota_use_is_one_line_at_sixty_units(qtbot, world: World) -> None:
    """Sixty units below give totals and the units over their quota, not sixty entries; each
    unit's figures are in the tooltip."""
    page = _page(qtbot, world.district)
    use = [
        {"unit_code": f"CD-{i}", "name": f"Chi đoàn {i}", "quota": 2, "used": 3 if i == 7 else 1}
        for i in range(60)
    ]
    page._show_quota_use(use)
    assert page.quota_use.text() == (
        "Sử dụng chỉ tiêu: 60 đơn vị đã đề nghị 62 trên tổng chỉ tiêu 120. "
        "Vượt chỉ tiêu: Chi đoàn 7 3/2."
    )
    assert len(page.quota_use.toolTip().splitlines()) == 60


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
