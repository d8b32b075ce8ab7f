"""Dialogs holding a form never lose what was typed to a stray Esc or the close button.

``FormDialog`` remembers the form as loaded (``mark_clean``). Closing it with Esc or the
title bar's close button while the form differs asks Save / Don't save / Cancel (Save the
default, Esc = Cancel); the form's own Cancel button still closes at once (``discard``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from bamtrachnhiem.gui import message_boxes

NOT_FORM = "notFormState"  # a widget property: True for search boxes and other helpers


def not_form(*widgets: QWidget) -> None:
    """What ``widgets`` hold is not part of the form (a search box, a "select all" box)."""
    for widget in widgets:
        widget.setProperty(NOT_FORM, True)


def _skipped(widget: QWidget, root: QWidget) -> bool:
    """Marked as not form, part of another widget (a spin box's or combo box's line edit, a
    table's cell editor), or in another window (a message box asked from the form)."""
    if widget.property(NOT_FORM) or widget.isWindow():
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if (
            parent.property(NOT_FORM)
            or parent.isWindow()
            or isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView))
        ):
            return True
        parent = parent.parentWidget()
    return False


def _model_state(view: QAbstractItemView) -> tuple:
    """Every cell's text and tick (a list's model hides its column count: probe it)."""
    model = view.model()
    if model is None:
        return ()
    columns = 0
    while model.hasIndex(0, columns):
        columns += 1
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)
    return tuple(
        tuple(
            str(model.index(row, column).data(role)) for column in range(columns) for role in roles
        )
        for row in range(model.rowCount())
    )


def form_state(root: QWidget) -> list:
    """What the user can have changed in ``root``: texts, choices, ticks and table cells."""
    state: list = []
    for widget in root.findChildren(QWidget):
        if _skipped(widget, root):
            continue
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QAbstractItemView):
            state.append(_model_state(widget))
    return state


class FormDialog(QDialog):
    """A dialog with a form; subclasses call ``mark_clean`` once loaded and say how to save.

    ``save_form`` stores the form and accepts the dialog, or shows why it was refused and
    stays open. ``form_state`` may add what the widgets do not show (the order of authors).
    """

    _clean: list | None = None

    def form_state(self) -> list:
        return form_state(self)

    def mark_clean(self) -> None:
        """The form as it is now counts as saved (after loading, or after a save that stays)."""
        self._clean = self.form_state()

    def can_save(self) -> bool:
        ctx = getattr(self, "ctx", None)
        return ctx is None or not ctx.database.read_only

    def has_unsaved(self) -> bool:
        return self._clean is not None and self.can_save() and self.form_state() != self._clean

    def save_form(self) -> None:
        """Store the form; accept when stored, else show why and stay open."""
        raise NotImplementedError

    def discard(self) -> None:
        """Close without saving and without asking (the form's Cancel button)."""
        super().reject()

    def reject(self) -> None:
        """Esc or the close button: a changed form asks first; Cancel keeps it open."""
        if self.has_unsaved():
            question = QCoreApplication.translate("Forms", "Save the changes to “{title}”?").format(
                title=self.windowTitle()
            )
            choice = message_boxes.ask_save(self, question)
            if choice is message_boxes.CANCEL:
                return
            if choice is message_boxes.SAVE:
                self.save_form()  # closes when stored; a refusal stays, saying why
                return
        super().reject()
