"""What every table of the app offers, and what an empty table or chart says.

- ``install_table_menu(view, title)``: a right-click menu — Open (what a double-click does,
  when the view has one), Copy the selected rows (Ctrl+C), Copy the whole table with its
  headers, Export to Excel… (the rows as shown, through ``documents.table_export``).
  ``install_everywhere(window)`` gives it to every table of a window that has none yet;
  the main window calls it, so a new page's tables have it without a line of code. A view
  whose property ``noTableMenu`` is True is left alone (a grid with its own menu).
- ``EmptyState(widget, text)``: a centred sentence over an empty table (or any widget, a
  chart), saying why it is empty and what to do. For a table it follows the model; for
  anything else call ``set_empty(bool)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QTableView,
    QWidget,
)

from bamtrachnhiem.documents.table_export import write_table
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.text import fold
from bamtrachnhiem.gui import file_dialogs, message_boxes
from bamtrachnhiem.gui.screen import ScreenFit

NO_TABLE_MENU = "noTableMenu"
_INSTALLED = "tableMenuInstalled"


def _visible_columns(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    return sorted(columns, key=header.visualIndex)


def _text(view: QTableView, row: int, column: int) -> str:
    model = view.model()
    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    if value is None:
        check = model.index(row, column).data(Qt.ItemDataRole.CheckStateRole)
        if check is not None:
            checked = check in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            return "x" if checked else ""
        return ""
    return str(value).replace("\n", " ")


def table_headers(view: QTableView) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ")
        for c in _visible_columns(view)
    ]


def table_rows(view: QTableView, rows: list[int] | None = None) -> list[list[str]]:
    """The texts shown in ``rows`` (default: every row), visible columns in screen order."""
    columns = _visible_columns(view)
    wanted = range(view.model().rowCount()) if rows is None else rows
    return [[_text(view, r, c) for c in columns] for r in wanted if not view.isRowHidden(r)]


def selected_rows(view: QTableView) -> list[int]:
    selection = view.selectionModel()
    rows = sorted({i.row() for i in selection.selectedIndexes()}) if selection else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def _file_name(title: str) -> str:
    """ "Đoàn viên — Chi đoàn A" → "doan-vien-chi-doan-a": a safe, accent-free file name."""
    words = "".join(c if c.isalnum() else " " for c in fold(title)).split()
    return "-".join(words)[:60] or "bang"


def _tsv(lines: list[list[str]]) -> str:
    return "\n".join("\t".join(cell.replace("\t", " ") for cell in line) for line in lines)


class TableMenu(QObject):
    """The right-click menu of one table view (see the module)."""

    def __init__(
        self,
        view: QTableView,
        title: str,
        *,
        copy: Callable[[], None] | None = None,
        paste: Callable[[], None] | None = None,
    ) -> None:
        """``copy`` and ``paste``: a view that handles Ctrl+C and Ctrl+V itself (an editable
        grid) names its own functions; the menu shows their keys and calls them."""
        super().__init__(view)
        self.view = view
        self.title = title
        self.paste = paste
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show)
        self.copy_action = QAction(QCoreApplication.translate("TableMenu", "&Copy"), view)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(copy or self.copy_selection)
        if copy is None:  # else the view's own key handling does it
            self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            view.addAction(self.copy_action)
        else:
            self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.setProperty(_INSTALLED, True)

    def opens(self) -> bool:
        """True when a double-click does something on this view (it then has "Open")."""
        return self.view.receivers("2doubleClicked(QModelIndex)") > 0

    def build(self) -> QMenu:
        menu = QMenu(self.view)
        index = self.view.currentIndex()
        if self.opens():
            open_action = menu.addAction(QCoreApplication.translate("TableMenu", "&Open"))
            # Shown as "Enter", the key's name on the keyboards here (Return is English).
            open_action.setShortcut(QKeySequence(Qt.Key.Key_Enter))
            open_action.setEnabled(index.isValid())
            open_action.triggered.connect(lambda: self.view.doubleClicked.emit(index))
            menu.addSeparator()
        menu.addAction(self.copy_action)
        self.copy_action.setEnabled(bool(selected_rows(self.view)))
        if self.paste is not None:
            paste = menu.addAction(QCoreApplication.translate("TableMenu", "&Paste"))
            paste.setShortcut(QKeySequence.StandardKey.Paste)
            paste.setEnabled(
                self.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            )
            paste.triggered.connect(self.paste)
        whole = menu.addAction(QCoreApplication.translate("TableMenu", "Copy the &whole table"))
        whole.triggered.connect(self.copy_all)
        menu.addSeparator()
        export = menu.addAction(QCoreApplication.translate("TableMenu", "&Export to Excel…"))
        export.triggered.connect(self.export)
        empty = self.view.model() is None or self.view.model().rowCount() == 0
        whole.setEnabled(not empty)
        export.setEnabled(not empty)
        return menu

    def _show(self, position) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        menu = self.build()
        menu.popup(self.view.viewport().mapToGlobal(position))

    def copy_selection(self) -> None:
        rows = selected_rows(self.view)
        if rows:
            QApplication.clipboard().setText(_tsv(table_rows(self.view, rows)))

    def copy_all(self) -> None:
        lines = [table_headers(self.view), *table_rows(self.view)]
        QApplication.clipboard().setText(_tsv(lines))

    def export(self) -> None:
        name = file_dialogs.save_file(
            self.view,
            QCoreApplication.translate("TableMenu", "Export the table to Excel"),
            str(Path.home() / f"{_file_name(self.title)}.xlsx"),
            QCoreApplication.translate("TableMenu", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            path = write_table(name, self.title, table_headers(self.view), table_rows(self.view))
        except AppError as error:
            message_boxes.show_error(self.view, error)
            return
        message_boxes.show_info(
            self.view,
            QCoreApplication.translate("TableMenu", "The table was saved to {path}.").format(
                path=path
            ),
        )


def install_table_menu(
    view: QTableView,
    title: str,
    *,
    copy: Callable[[], None] | None = None,
    paste: Callable[[], None] | None = None,
) -> TableMenu:
    """Give ``view`` the table menu; ``title`` names the sheet and the suggested file."""
    return TableMenu(view, title, copy=copy, paste=paste)


def install_everywhere(root: QWidget, title_of: Callable[[QTableView], str] | None = None) -> int:
    """Give every table view under ``root`` without a menu of its own the table menu."""
    count = 0
    for view in root.findChildren(QTableView):
        if (
            view.property(_INSTALLED)
            or view.property(NO_TABLE_MENU)
            or view.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu
        ):
            continue
        page = view.window().windowTitle() if title_of is None else title_of(view)
        install_table_menu(view, page)
        count += 1
    return count


class EmptyState(QObject):
    """A sentence shown over ``widget`` while it has nothing to show."""

    def __init__(self, widget: QWidget, text: str = "") -> None:
        super().__init__(widget)
        self.widget = widget
        host = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        self.host = host
        self.label = QLabel(text, host)
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # An opaque card: over a chart it hides the empty axes rather than mixing with them.
        self.label.setStyleSheet(
            "QLabel#emptyState { color: #4A5361; font-size: 10pt; padding: 12px; "
            "background: #FFFFFF; border: 1px solid #D8DDE6; border-radius: 6px; }"
        )
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        host.installEventFilter(self)
        self._empty = False
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
            ):
                signal.connect(self.follow_model)
            self.follow_model()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._place()

    def follow_model(self, *_args: object) -> None:
        model = self.widget.model()
        self.set_empty(model is None or model.rowCount(QModelIndex()) == 0)

    def set_empty(self, empty: bool) -> None:
        self._empty = empty
        self.label.setVisible(empty and bool(self.label.text()))
        self._place()

    def _place(self) -> None:
        rect = self.host.rect()
        width = min(rect.width() - 24, 560)
        height = min(self.label.heightForWidth(width), rect.height()) if width > 0 else 0
        self.label.setGeometry(
            rect.x() + (rect.width() - width) // 2,
            rect.y() + max(0, (rect.height() - height) // 2),
            max(0, width),
            max(0, height),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False


# Every window shown gets the table menu on its tables (gui/screen.py runs the hooks).
ScreenFit.ON_SHOW.append(install_everywhere)
