"""The score grid's view: keyboard entry like a spreadsheet, Excel paste, a pillar header row.

Keys: typing replaces the cell; Tab, Enter and Return all move to the next entry cell on
the right and, after the row's last one (the deduction), to the first criterion of the next
row — so a whole sheet can be typed on the numeric keypad alone. Shift+Tab goes back.
A refused value keeps the editor open on its cell, with the reason shown. Ctrl+V pastes a
block copied from Excel, Ctrl+C copies the selection, Delete clears it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bamtrachnhiem.gui.models.assessment_grid import AssessmentGridModel, pillar_tint

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *_ENTER_KEYS)


class ScoreDelegate(QStyledItemDelegate):
    """A plain line editor that will not let a refused value leave its cell."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setProperty("cell", QPersistentModelIndex(index))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # Only once: marking the cell refused repaints it, and Qt would then put the stored
        # value back into the editor over the text being corrected.
        if editor.property("filled"):
            return
        editor.setProperty("filled", True)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if event.matches(QKeySequence.StandardKey.Paste) and isinstance(editor, QLineEdit):
                text = QGuiApplication.clipboard().text().strip("\r\n")
                if "\t" not in text and "\n" not in text:
                    editor.insert(text.strip())  # one value, as Excel copies it (with "\n")
                    return True
                # A block: it belongs to the grid, not to this one cell.
                view = self.parent()
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                if isinstance(view, ScoreGridView):
                    view.paste_clipboard()
                return True
            if key in _MOVE_KEYS and isinstance(editor, QLineEdit):
                index = editor.property("cell")
                model = index.model() if index is not None else None
                if isinstance(model, AssessmentGridModel) and index.isValid():
                    reason = model.check_text(index, editor.text())
                    if reason:
                        model.refuse(index, reason)
                        editor.selectAll()
                        return True  # the value stays in its cell until it is fixed
                if key in _ENTER_KEYS:
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
                    return True
        return super().eventFilter(editor, event)


class ScoreGridView(QTableView):
    """The grid; see the module docstring for the keys."""

    note_requested = Signal(int)  # row: open the evidence / veto note
    member_requested = Signal(int)  # row: open the member's year
    pasted = Signal(int, list)  # cells taken, reasons of the refused ones

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionsMovable(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.doubleClicked.connect(self._double_clicked)

    def grid_model(self) -> AssessmentGridModel | None:
        model = self.model()
        return model if isinstance(model, AssessmentGridModel) else None

    # -- moving ----------------------------------------------------------------------------
    def next_entry(self, index: QModelIndex, backwards: bool = False) -> QModelIndex:
        """The entry cell after (or before) ``index``, wrapping to the next (previous) row."""
        model = self.grid_model()
        if model is None or model.rowCount() == 0:
            return QModelIndex()
        first, last = model.first_criterion_column, model.deduction_column
        row, column = (index.row(), index.column()) if index.isValid() else (0, first - 1)
        if backwards:
            if column > first:
                return model.index(row, min(column - 1, last))
            return model.index(row - 1, last) if row > 0 else model.index(row, first)
        if column < first:
            return model.index(row, first)
        if column < last:
            return model.index(row, column + 1)
        if row + 1 < model.rowCount():
            return model.index(row + 1, first)
        return model.index(row, column)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self.next_entry(self.currentIndex())
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self.next_entry(self.currentIndex(), backwards=True)
        return super().moveCursor(action, modifiers)

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.grid_model()
        if model is not None:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_clipboard()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            current = self.currentIndex()
            if event.key() in _ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
                self.setCurrentIndex(self.next_entry(current))
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.clear_cells(self.selectionModel().selectedIndexes() or [current])
                return
            on_veto = current.isValid() and current.column() == model.veto_column
            if event.key() == Qt.Key.Key_Space and on_veto:
                self.note_requested.emit(current.row())
                return
        super().keyPressEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        model = self.grid_model()
        if model is None or not index.isValid():
            return
        if index.column() == 0:
            self.member_requested.emit(index.row())
        elif index.column() == model.veto_column:
            self.note_requested.emit(index.row())

    def finish_editing(self) -> bool:
        """Commit an open editor's value; False (editor kept open) when it is refused."""
        model = self.grid_model()
        if model is None or self.state() != QAbstractItemView.State.EditingState:
            return True
        for editor in self.viewport().findChildren(QLineEdit):
            index = editor.property("cell")
            if not editor.isVisible() or index is None or not index.isValid():
                continue
            reason = model.check_text(index, editor.text())
            if reason:
                model.refuse(index, reason)
                editor.setFocus()
                editor.selectAll()
                return False
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def paste_clipboard(self) -> None:
        """Paste the clipboard's text block at the current cell."""
        model = self.grid_model()
        current = self.currentIndex()
        if model is None or not current.isValid() or not self.finish_editing():
            return
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        taken, reasons = model.paste(current.row(), current.column(), text)
        self.pasted.emit(taken, reasons)

    def copy_selection(self) -> None:
        """Copy the selected block as tab-separated rows (pastes into Excel)."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        model = self.model()
        lines = ["\t".join(str(model.index(r, c).data() or "") for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


class PillarBar(QWidget):
    """The header's upper row: each pillar's name over its criteria columns."""

    def __init__(self, view: ScoreGridView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedHeight(QFontMetrics(self.font()).height() + 8)
        header = view.horizontalHeader()
        header.sectionResized.connect(self.update)
        header.geometriesChanged.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        self.setMouseTracking(True)

    def spans(self) -> list[tuple[QRect, str, str, int]]:
        """(rectangle, pillar code, pillar name, position) of each pillar over its columns."""
        model = self.view.grid_model()
        if model is None or model.grid is None:
            return []
        header = self.view.horizontalHeader()
        offset = self.view.frameWidth() + (
            self.view.verticalHeader().width() if self.view.verticalHeader().isVisible() else 0
        )
        result = []
        for position, pillar in enumerate(model.grid.criteria.pillars):
            columns = [
                model.column_of(c.code) for c in model.grid.criteria.criteria_of(pillar.code)
            ]
            if not columns:
                continue
            left = header.sectionViewportPosition(min(columns))
            right = header.sectionViewportPosition(max(columns)) + header.sectionSize(max(columns))
            rect = QRect(offset + left, 0, right - left, self.height())
            result.append((rect, pillar.code, pillar.name, position))
        return result

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        font = painter.font()
        for rect, _code, name, position in self.spans():
            painter.fillRect(rect.adjusted(0, 0, -1, 0), QColor(pillar_tint(position)))
            painter.setPen(QColor("#1F2933"))
            room = rect.width() - 8
            # A long pillar name over few columns gets a slightly smaller font before eliding.
            fitted = QFont(font)
            if QFontMetrics(fitted).horizontalAdvance(name) > room:
                fitted.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(fitted)
            text = QFontMetrics(fitted).elidedText(name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            for rect, code, name, _position in self.spans():
                if rect.contains(event.pos()):
                    self.setToolTip(f"{code}. {name}")
                    break
            else:
                self.setToolTip("")
        return super().event(event)
