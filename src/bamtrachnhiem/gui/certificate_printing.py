"""Printing what the Khen thưởng page makes: certificate PDFs at 100% scale, and its tables.

A certificate PDF is printed page by page through the system's print dialog with a preview:
each page is rendered at the printer's resolution and drawn over the whole sheet (full-page
mode, no scaling to margins), so a field placed 86 mm from the top lands 86 mm from the top
of the stock, corrected only by the template's dx/dy. Tables print as a plain HTML table.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from bamtrachnhiem.domain.errors import ValidationError


def load_pdf(path: Path, parent=None) -> QPdfDocument:
    document = QPdfDocument(parent)
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise ValidationError("certificate_none")
    return document


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an image at ``dpi`` (points are 1/72 inch)."""
    size = document.pagePointSize(page)
    pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    return document.render(page, pixels)


def setup_printer_for(document: QPdfDocument, printer: QPrinter) -> None:
    """The sheet is the PDF's page, full page, no margins: 100% scale."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setFullPage(True)
    printer.setPageSize(page_size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of ``document`` on ``printer`` at its own size (no fitting)."""
    painter = QPainter(printer)
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            image = render_page(document, page, dpi)
            size = document.pagePointSize(page)
            target = QRectF(0, 0, size.width() * dpi / 72, size.height() * dpi / 72)
            painter.drawImage(target, image)
    finally:
        painter.end()


def preview_and_print_pdf(parent: QWidget, path: Path) -> bool:
    """The system's print dialog, through a preview of every page; True when printed."""
    document = load_pdf(path, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer_for(document, printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("CertificatePrinting", "Print preview — {name}").format(
            name=path.name
        )
    )
    dialog.paintRequested.connect(lambda p: paint_pdf(document, p))
    return bool(dialog.exec())


def table_html(title: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        "<html><body style='font-family: \"Times New Roman\", Tinos, serif; font-size: 11pt'>"
        f"<h3 style='text-align:center'>{escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def print_table(parent: QWidget, title: str, headers: list[str], rows: list[list[str]]) -> bool:
    """A table through the print preview and the system's print dialog (A4 landscape)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(table_html(title, headers, rows))

    def paint(p: QPrinter) -> None:
        document.print_(p)

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())


def preview_image(pdf: Path, width: int, background: QImage | None = None) -> QImage:
    """The first page of ``pdf`` ``width`` pixels wide, over a scan of the stock if given
    (multiplied, so the scan shows through the white paper); the scan is never printed."""
    document = load_pdf(pdf)
    size = document.pagePointSize(0)
    dpi = width * 72 / size.width()
    page = render_page(document, 0, dpi)
    result = QImage(page.size(), QImage.Format.Format_ARGB32)
    result.fill(0xFFFFFFFF)  # the paper
    painter = QPainter(result)
    if background is not None and not background.isNull():
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(page.size())), background)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return result
