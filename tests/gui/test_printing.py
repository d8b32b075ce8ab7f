"""Printing documents: pages drawn at 100 % (landscape pages turned), a file printer gets the
document's own PDF, and every list page previews, prints and saves PDF and Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog

from bamtrachnhiem.documents.pdf import pdf_bytes
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.gui import printing
from bamtrachnhiem.gui.dialogs.member_year_dialog import MemberYearDialog
from bamtrachnhiem.gui.pages.assessment import AssessmentPage
from bamtrachnhiem.gui.pages.exchange import ExchangePage
from bamtrachnhiem.gui.pages.initiatives import InitiativesPage
from bamtrachnhiem.gui.pages.members import MembersPage
from tests.documents.reading import page_sizes, pdf_text, sample_report

A4 = (595.3, 841.9)


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _render(path_or_data: Path | bytes, page: int, dpi: int = 40) -> QImage:
    pages = printing.PdfPages(
        path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    )
    size = pages.document.pagePointSize(page)
    image = pages.document.render(
        page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
    )
    pages.close()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _dark_pixels(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if (image.pixel(x, y) & 0xFF) < 128
    }


def test_pages_are_drawn_at_full_size_and_turned(qtbot, tmp_path):
    """Drawn onto a printer, each page keeps its size and place on the paper (100 %), and the
    landscape annex pages come out on landscape paper."""
    data = pdf_bytes(sample_report())
    out = tmp_path / "printed.pdf"
    pages = printing.PdfPages(data)
    assert printing.paint_pages(pages, _file_printer(out), max_dpi=100) == pages.count
    pages.close()
    sizes = page_sizes(out)
    assert len(sizes) == 3
    assert abs(sizes[0][0] - A4[0]) < 1 and abs(sizes[0][1] - A4[1]) < 1
    assert all(abs(w - A4[1]) < 1 and abs(h - A4[0]) < 1 for w, h in sizes[1:])
    for page in (0, 1):
        original, printed = _dark_pixels(_render(data, page)), _dark_pixels(_render(out, page))
        assert original, "the page has ink"
        # The same ink at the same places: nothing shrunk to fit or moved by margins.
        assert len(original & printed) / len(original | printed) > 0.8


def test_preview_of_mixed_pages_turns_landscape_pages(qtbot):
    """Where the paper cannot turn between pages (the preview), the landscape annex pages
    are drawn turned on the portrait paper: every page is there, nothing is refused."""
    pages = printing.PdfPages(pdf_bytes(sample_report()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painted = []
    preview.paintRequested.connect(lambda p: painted.append(printing.paint_pages(pages, p, 50)))
    preview.updatePreview()
    assert painted == [3] and preview.pageCount() == 3
    pages.close()


def test_a_pdf_file_printer_gets_the_documents_own_pdf(tmp_path):
    """Printing to a PDF file writes the document itself, with its text, not page pictures."""
    out = tmp_path / "to-file.pdf"
    pages = printing.PdfPages(pdf_bytes(sample_report()))
    assert printing.print_pdf(pages, _file_printer(out)) == 3
    pages.close()
    assert "Số: 12-BC/ĐTN" in pdf_text(out)
    printer = _file_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    pages = printing.PdfPages(pdf_bytes(sample_report()))
    assert printing.print_pdf(pages, printer) == 2  # a page range is drawn page by page
    pages.close()


@pytest.fixture
def unit_ctx(ctx):
    unit = ctx.units.own_unit()
    from dataclasses import replace

    ctx.units.update(
        replace(
            unit, higher_body="ĐOÀN XÃ PHƯỚC DÂN", place_name="Phước Dân", signer_name="Lê Văn Tám"
        )
    )
    for family, given in (("Nguyễn Thị Ngọc", "Ánh"), ("Trần Văn", "Bảo"), ("Lê Thị", "Cúc")):
        ctx.members.save(Member(given_name=given, family_middle_name=family))
    return ctx


def _wait_tasks(qtbot):
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


def _answer_print_dialog(monkeypatch, out: Path, shown: list):
    def fake_exec(dialog):
        shown.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "_exec", fake_exec)


def test_member_list_prints_through_the_print_dialog(qtbot, unit_ctx, monkeypatch, tmp_path):
    """Print… on the members page shows the system dialog and prints the list."""
    page = MembersPage(unit_ctx)
    qtbot.addWidget(page)
    page.show()
    texts = [a.text() for a in page.print_button.menu().actions() if not a.isSeparator()]
    assert texts == [
        "Xem trước khi in…",
        "In…",
        "Lưu thành PDF…",
        "Lưu thành Excel (.xlsx)…",
    ]
    out, shown = tmp_path / "members.pdf", []
    _answer_print_dialog(monkeypatch, out, shown)
    page.printer.print_action.trigger()
    qtbot.waitUntil(out.exists, timeout=15_000)
    _wait_tasks(qtbot)
    assert shown == ["In"]
    text = pdf_text(out)
    assert "DANH SÁCH ĐOÀN VIÊN" in text and "Nguyễn Thị Ngọc Ánh" in text
    assert "Lê Văn Tám" in text


def test_preview_paints_every_page(qtbot, unit_ctx, monkeypatch, tmp_path):
    """The preview shows the scoring sheet's pages, landscape."""
    page = AssessmentPage(unit_ctx)
    qtbot.addWidget(page)
    page.show()
    seen = []

    def fake_exec(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append((preview.pageCount(), dialog.printer().pageLayout().orientation()))
        return 0

    monkeypatch.setattr(printing, "_exec", fake_exec)
    page.sheet_printer.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    _wait_tasks(qtbot)
    count, orientation = seen[0]
    assert count == 1
    assert orientation.name == "Landscape"


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_initiative_list_saves_pdf_and_excel(qtbot, unit_ctx, monkeypatch, tmp_path, boxes, suffix):
    """Save as PDF / Excel ask where, write in the background and say where it went."""
    page = InitiativesPage(unit_ctx)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / f"sang-kien{suffix}"
    asked = []

    def choose(parent, caption, suggested, filters, *options):
        asked.append(suggested)
        return str(target.with_suffix("")), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    action = page.printer.pdf_action if suffix == ".pdf" else page.printer.xlsx_action
    action.trigger()
    qtbot.waitUntil(lambda: target.exists() and bool(boxes.texts), timeout=15_000)
    _wait_tasks(qtbot)
    assert asked[0].endswith(f"danh-sach-sang-kien{suffix}")
    assert str(target) in boxes.texts[-1]
    if suffix == ".pdf":
        assert "DANH SÁCH SÁNG KIẾN, GIẢI PHÁP" in pdf_text(target)
    else:
        sheet = openpyxl.load_workbook(target).active
        values = [c.value for row in sheet.iter_rows() for c in row if c.value]
        assert "Tên sáng kiến, giải pháp" in values


def test_member_year_dialog_has_the_print_button(qtbot, unit_ctx, monkeypatch, tmp_path):
    """The member's year dialog carries the print button, which prints that member's year."""
    member = unit_ctx.members.find()[0]
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    MemberYearDialog.ask(unit_ctx, member.id, date.today().year)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "In / xuất"
    out, shown = tmp_path / "year.pdf", []
    _answer_print_dialog(monkeypatch, out, shown)
    printer = dialog.print_button.menu().actions()[1]
    printer.trigger()
    qtbot.waitUntil(out.exists, timeout=15_000)
    _wait_tasks(qtbot)
    assert member.full_name in pdf_text(out)


def test_completeness_grid_document(qtbot, unit_ctx):
    """The exchange page's status tab builds the completeness grid for its year."""
    page = ExchangePage(unit_ctx)
    qtbot.addWidget(page)
    document = page._status_document()
    assert document.title.startswith("TÌNH HÌNH NỘP DỮ LIỆU")
    assert page.status_print_button.menu() is not None


def test_the_printer_keeps_no_page_alive(qtbot, unit_ctx):
    """A printer holds its page weakly: dropping the page frees it without the cycle
    collector, which could otherwise free it later on a worker thread and crash."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    class Holder(QWidget):
        def document(self):
            return unit_ctx.documents.member_list()

    gc.collect()
    gc.disable()
    try:
        holder = Holder()
        holder.printer = printing.DocumentPrinter(holder, unit_ctx, holder.document, "x")
        holder.button = printing.print_menu_button(holder.printer, holder)
        assert holder.printer.build().title == "DANH SÁCH ĐOÀN VIÊN"
        alive = weakref.ref(holder)
        del holder
        assert alive() is None
    finally:
        gc.enable()
