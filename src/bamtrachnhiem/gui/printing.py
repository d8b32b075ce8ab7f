"""Print, preview and save a document of the Đoàn layout (``documents.model.Document``),
and print a PDF already made (the certificates, their calibration page).

A page gives a ``DocumentPrinter`` a function that builds its document through the services;
the printer renders it to PDF on a worker thread, then:

- **Print preview** (QPrintPreviewDialog) and **Print…** (the system dialog) draw each PDF
  page onto the printer at 100 % scale: one PDF point is 1/72 inch on paper, whatever the
  printer's margins, on paper of the page's own size (A4 for documents; a certificate's
  stock, A4 or A3), so a form or a certificate prints at the size it was designed. Landscape
  annex pages turn the paper for that page. When the chosen printer is "print to file (PDF)",
  the document's own PDF (text and embedded fonts) is written instead of page pictures.
- **Save as PDF…** / **Save as Excel…** write atomically through the documents service.

``print_menu_button`` gives the usual button ("In / xuất ▾") with these four actions.
``preview_pdf_file`` shows the same preview for a PDF on disk; ``page_image`` draws a PDF's
first page as a picture (the certificate template editor's live preview).
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
)
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.text import fold
from bamtrachnhiem.files import atomic_output
from bamtrachnhiem.gui import file_dialogs, message_boxes
from bamtrachnhiem.gui.tasks import run_task

# Page pictures are drawn at the printer's resolution, but never finer than this: 300 dpi
# is sharp on paper, and an A4 page at 300 dpi is already 35 MB of pixels.
T = TypeVar("T")
PRINT_DPI = 300
PREVIEW_DPI = 150


def _exec(dialog: QDialog) -> int:
    """Show ``dialog`` modally; tests replace this to answer without a human."""
    return dialog.exec()


class PdfPages:
    """A rendered PDF held in memory, page by page, for painting onto a printer."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise RuntimeError(f"the PDF could not be read back: {self.document.error()}")

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def is_landscape(self, page: int) -> bool:
        size = self.document.pagePointSize(page)
        return size.width() > size.height()

    def size(self, page: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self.document.pagePointSize(page)

    def image(self, page: int, dpi: float) -> QImage:
        """The page as a picture at ``dpi``."""
        size = self.size(page)
        return self.document.render(
            page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        )

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def _page_layout(size: QSizeF) -> QPageLayout:
    """Paper of the page's own size (A4, A3 … when it is one), turned as the page is."""
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    paper = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))


def _pages_to_print(printer: QPrinter, count: int) -> range:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return range(first - 1, last)
    return range(count)


def paint_pages(pages: PdfPages, printer: QPrinter, max_dpi: int = PRINT_DPI) -> int:
    """Draw the PDF's pages onto ``printer`` at 100 % scale; the number of pages drawn.

    A page whose orientation differs from the paper's turns the paper where the printer
    allows it between pages (PDF and CUPS printers); elsewhere (the preview, Windows
    printers) the page is drawn turned a quarter on the paper, which is what a printer does
    with a landscape page anyway.
    """
    wanted = _pages_to_print(printer, pages.count)
    if not wanted:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(pages.size(wanted[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    can_turn = printer.paintEngine().type() == QPaintEngine.Type.Pdf
    resolution = printer.resolution()
    dpi = min(resolution, max_dpi)
    for drawn, page in enumerate(wanted):
        landscape = pages.is_landscape(page)
        if drawn:
            if can_turn:
                printer.setPageLayout(_page_layout(pages.size(page)))
            printer.newPage()
        paper = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        size = pages.size(page)
        image = pages.image(page, dpi)
        # 100 %: a point is 1/72 inch at the printer's own resolution, from the paper corner.
        width, height = size.width() / 72 * resolution, size.height() / 72 * resolution
        painter.save()
        if landscape != paper:
            # The page's top goes to the paper's left edge.
            painter.translate(0, width)
            painter.rotate(-90)
        painter.drawImage(QRectF(0, 0, width, height), image)
        painter.restore()
    painter.end()
    return len(wanted)


def print_pdf(pages: PdfPages, printer: QPrinter, max_dpi: int = PRINT_DPI) -> int:
    """Print ``pages`` on ``printer``: a PDF file printer gets the document's own PDF (with its
    text), any other printer the pages drawn at 100 %. The number of pages printed."""
    to_file = (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and printer.outputFileName()
        and printer.printRange() == QPrinter.PrintRange.AllPages
    )
    if to_file:
        with atomic_output(printer.outputFileName()) as out:
            out.write(pages.data)
        return pages.count
    return paint_pages(pages, printer, max_dpi)


def _printer(pages: PdfPages, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if pages.count:
        printer.setPageLayout(_page_layout(pages.size(0)))
    printer.setFullPage(True)
    return printer


def _previewing(printer: QPrinter) -> bool:
    """True while the preview draws its pages (its own picture engine), False when the
    preview's Print button sends them to the printer."""
    return printer.paintEngine().type() == QPaintEngine.Type.Picture


def _paint(parent: QWidget, pages: PdfPages, printer: QPrinter, whole: bool = False) -> None:
    """Draw ``pages`` on ``printer`` (``whole``: a PDF file printer gets the PDF itself);
    the preview gets lighter pictures than the paper."""
    try:
        if whole:
            print_pdf(pages, printer, PRINT_DPI)
        else:
            paint_pages(pages, printer, PREVIEW_DPI if _previewing(printer) else PRINT_DPI)
    except OSError as exc:
        message_boxes.show_error(
            parent,
            ValidationError(
                "pdf_write_failed",
                path=printer.outputFileName(),
                reason=exc.strerror or str(exc),
            ),
        )


def _delete_before_printer(dialog: QDialog) -> None:
    """Delete a print dialog now. Its destructor still reads its QPrinter, which Python frees
    as soon as the function that made both returns: a ``deleteLater`` would run after that,
    on freed memory, and crash the app a moment later."""
    Shiboken.delete(dialog)


def show_preview(parent: QWidget, pages: PdfPages, title: str) -> None:
    """The print preview of ``pages``; its Print button prints what it shows, at 100 %."""
    printer = _printer(pages, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.resize(1000, 720)
    dialog.paintRequested.connect(lambda target: _paint(parent, pages, target))
    _exec(dialog)
    _delete_before_printer(dialog)


def show_print_dialog(parent: QWidget, pages: PdfPages, title: str) -> bool:
    """The system print dialog, then the pages at 100 %; True when printed."""
    printer = _printer(pages, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, max(1, pages.count))
    printed = _exec(dialog) == QDialog.DialogCode.Accepted
    if printed:
        _paint(parent, pages, printer, whole=True)
    _delete_before_printer(dialog)
    return printed


def _read_pdf(parent: QWidget, path: Path) -> PdfPages | None:
    try:
        return PdfPages(path.read_bytes())
    except (OSError, RuntimeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        message_boxes.show_error(
            parent, ValidationError("pdf_read_failed", path=path, reason=reason)
        )
        return None


def preview_pdf_file(parent: QWidget, path: Path, title: str = "") -> None:
    """The print preview of a PDF already written (the certificates, a calibration page):
    every page at 100 % on paper of its own size; the preview's Print button prints it."""
    pages = _read_pdf(parent, path)
    if pages is None:
        return
    try:
        show_preview(parent, pages, title or path.stem)
    finally:
        pages.close()


def page_image(data: bytes, width: int, background: QImage | None = None) -> QImage:
    """The first page of the PDF ``data`` ``width`` pixels wide on white paper, over a scan
    of the stock when given (multiplied, so the scan shows through the paper; the scan is
    only ever shown, never printed)."""
    pages = PdfPages(data)
    try:
        page = pages.image(0, width * 72 / pages.size(0).width())
    finally:
        pages.close()
    result = QImage(page.size(), QImage.Format.Format_ARGB32)
    result.fill(0xFFFFFFFF)  # the paper
    painter = QPainter(result)
    if background is not None and not background.isNull():
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(page.size())), background)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.drawImage(0, 0, page)
    painter.end()
    return result


def _weak(function: Callable[[], T]) -> Callable[[], Callable[[], T] | None]:
    """A weak reference to a bound method; a plain function is held as it is."""
    if inspect.ismethod(function):
        return weakref.WeakMethod(function)
    return lambda: function


class DocumentPrinter(QObject):
    """Preview, print and save the document ``build()`` makes (on the GUI thread; None
    when the user stopped it, for instance keeping unsaved edits)."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        build: Callable[[], Document | None],
        file_stem: Callable[[], str] | str,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # No strong reference back to the page: a widget caught in a reference cycle may be
        # freed by a garbage collection that runs on a worker thread, and crash the app.
        self._build = _weak(build)
        self._file_stem = _weak(file_stem) if callable(file_stem) else file_stem
        self.preview_action = QAction(
            QCoreApplication.translate("Printing", "Print preview…"), self
        )
        self.print_action = QAction(QCoreApplication.translate("Printing", "Print…"), self)
        self.pdf_action = QAction(QCoreApplication.translate("Printing", "Save as PDF…"), self)
        self.xlsx_action = QAction(
            QCoreApplication.translate("Printing", "Save as Excel (.xlsx)…"), self
        )
        self.preview_action.triggered.connect(self.preview)
        self.print_action.triggered.connect(self.print_)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.xlsx_action.triggered.connect(self.save_xlsx)

    @property
    def widget(self) -> QWidget:
        """The page or dialog the printer belongs to (its Qt parent)."""
        return cast(QWidget, self.parent())

    def build(self) -> Document | None:
        build = self._build()
        return None if build is None else build()

    def actions(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.pdf_action, self.xlsx_action]

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self.widget)
        menu.addAction(self.preview_action)
        menu.addAction(self.print_action)
        menu.addSeparator()
        menu.addAction(self.pdf_action)
        menu.addAction(self.xlsx_action)
        return menu

    # -- building ----------------------------------------------------------------------
    def _document(self) -> Document | None:
        try:
            return self.build()
        except AppError as exc:
            message_boxes.show_error(self.widget, exc)
            return None

    def _render_then(self, then: Callable[[PdfPages], None]) -> None:
        """Build the document here, render its PDF on a worker, then ``then(pages)``."""
        document = self._document()
        if document is None:
            return
        documents = self.ctx.documents

        def shown(data: bytes) -> None:
            pages = PdfPages(data)
            try:
                then(pages)
            finally:
                pages.close()

        run_task(
            self.widget,
            QCoreApplication.translate("Printing", "Preparing the document…"),
            lambda progress: documents.pdf_bytes(document),
            on_success=shown,
            on_error=self._error,
        )

    def _error(self, error: BaseException) -> None:
        message_boxes.show_error(self.widget, error)

    # -- the four actions -------------------------------------------------------------
    def preview(self) -> None:
        """The print preview; its Print button prints what it shows, at 100 %."""
        self._render_then(lambda pages: show_preview(self.widget, pages, self._stem()))

    def print_(self) -> None:
        """The system print dialog, then the pages at 100 %."""
        self._render_then(lambda pages: show_print_dialog(self.widget, pages, self._stem()))

    def _stem(self) -> str:
        if isinstance(self._file_stem, str):
            return self._file_stem
        stem = self._file_stem()
        return stem() if stem is not None else ""

    def _ask_path(self, caption: str, suffix: str, kind: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        slug = "-".join(fold(self._stem()).split()) or "tai-lieu"
        suggested = str(Path(folder) / f"{slug}{suffix}")
        name = file_dialogs.save_file(self.widget, caption, suggested, kind)
        if name and not name.lower().endswith(suffix):
            name += suffix
        return name

    def save_pdf(self) -> None:
        self._save(
            self._ask_path(
                QCoreApplication.translate("Printing", "Save as PDF"),
                ".pdf",
                QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
            ),
            self.ctx.documents.write_pdf,
        )

    def save_xlsx(self) -> None:
        self._save(
            self._ask_path(
                QCoreApplication.translate("Printing", "Save as Excel"),
                ".xlsx",
                QCoreApplication.translate("Printing", "Excel workbooks (*.xlsx)"),
            ),
            self.ctx.documents.write_xlsx,
        )

    def _save(self, name: str, write: Callable[[Document, str], Path]) -> None:
        if not name:
            return
        document = self._document()
        if document is None:
            return
        run_task(
            self.widget,
            QCoreApplication.translate("Printing", "Writing the document…"),
            lambda progress: write(document, name),
            on_success=self._saved,
            on_error=self._error,
        )

    def _saved(self, path: Path) -> None:
        message_boxes.show_info(
            self.widget,
            QCoreApplication.translate("Printing", "Saved to {path}.").format(path=path),
        )


def add_to_dialog(dialog: QDialog, printer: DocumentPrinter) -> QToolButton:
    """Put the print / export button at the left of ``dialog``'s button box."""
    box = dialog.findChild(QDialogButtonBox)
    button = print_menu_button(printer, dialog)
    if box is not None:
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    dialog.print_button = button  # type: ignore[attr-defined]
    return button


def print_menu_button(printer: DocumentPrinter, parent: QWidget | None = None) -> QToolButton:
    """The "Print / export" button whose menu previews, prints, saves PDF and saves .xlsx."""
    button = QToolButton(parent)
    button.setText(QCoreApplication.translate("Printing", "Print / export"))
    button.setToolTip(
        QCoreApplication.translate(
            "Printing", "Print preview, print at 100 %, or save as PDF or Excel"
        )
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(printer.menu(button))
    return button
