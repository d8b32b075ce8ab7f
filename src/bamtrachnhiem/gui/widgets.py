"""Small input widgets shared by forms: day-first date entry and inline error labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bamtrachnhiem.domain.dates import format_date, parse_birth, parse_date
from bamtrachnhiem.domain.errors import ValidationError


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
