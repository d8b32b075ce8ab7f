"""Pieces shared by forms and pages: day-first dates, inline errors, buttons, row selection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from bamtrachnhiem.domain.dates import format_date, parse_birth, parse_date
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.gui.i18n import describe

T = TypeVar("T")


class DateLineEdit(QLineEdit):
    """Typed dates read day first (5/3/1996 is 5 March); optionally a bare birth year."""

    def __init__(self, parent: QWidget | None = None, *, allow_year: bool = False) -> None:
        super().__init__(parent)
        self.allow_year = allow_year
        self.setPlaceholderText(
            QCoreApplication.translate("Widgets", "dd/mm/yyyy or year")
            if allow_year
            else QCoreApplication.translate("Widgets", "dd/mm/yyyy")
        )
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: date | None, year: int | None = None) -> None:
        if value is not None:
            self.setText(format_date(value))
        elif year is not None and self.allow_year:
            self.setText(str(year))
        else:
            self.clear()

    def value(self) -> tuple[date | None, int | None]:
        """(date, year); raises ``ValidationError`` for text that is not a date."""
        text = self.text().strip()
        if self.allow_year:
            return parse_birth(text)
        parsed = parse_date(text)
        return parsed, parsed.year if parsed else None

    def checked_value(self, code: str) -> tuple[date | None, int | None]:
        """``value()``; text that is not a date takes the focus and raises ``code``."""
        try:
            return self.value()
        except ValidationError as exc:
            self.setFocus()
            raise ValidationError(code, value=self.text()) from exc

    def _tidy(self) -> None:
        try:
            parsed, year = self.value()
        except ValidationError:
            self.setProperty("invalid", True)
            self.setStyleSheet("border: 1px solid #C62828;")
            return
        self.setProperty("invalid", False)
        self.setStyleSheet("")
        self.set_value(parsed, year)


class ErrorLabel(QLabel):
    """A red message under a form, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #B71C1C;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def attempt(self, action: Callable[[], T]) -> T | None:
        """``action()``; when it is refused (``AppError``), None with the reason shown here."""
        try:
            return action()
        except AppError as exc:
            self.show_message(describe(exc))
            return None


def save_cancel_buttons(
    dialog: QDialog, save_text: str, cancel_text: str, on_save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """A form's buttons: the first calls ``on_save``, the second closes ``dialog`` without
    asking (Esc and the close button of a ``FormDialog`` ask about unsaved changes)."""
    buttons = QDialogButtonBox()
    save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(getattr(dialog, "discard", dialog.reject))
    return buttons, save_button


def select_table_row(table: QTableView, row: int, column: int = 0) -> None:
    """Select the whole ``row`` (-1: nothing), make ``column`` of it current and show it."""
    if row < 0:
        return
    index = table.model().index(row, column)
    table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.setCurrentIndex(index)
    table.scrollTo(index)
