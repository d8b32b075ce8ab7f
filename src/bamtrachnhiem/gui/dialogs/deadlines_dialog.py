"""Hạn nộp: the day each month's data packet is due from the units below."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.gui.forms import FormDialog, not_form
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel
from bamtrachnhiem.services.configuration import DEFAULT_DUE_DAY, default_deadline


class DeadlinesDialog(FormDialog):
    """Twelve due dates, typed day first, or all set at once to a day of the following month."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.saved: dict[int, date] | None = None
        self.setWindowTitle(self.tr("Deadlines {year}").format(year=year))
        intro = QLabel(
            self.tr(
                "The day each month's data packet is due from the units below. A packet "
                "exported on or before its day counts as on time."
            )
        )
        intro.setWordWrap(True)
        self.upper_note = QLabel(
            self.tr(
                "These deadlines came from the level above in its configuration packet. "
                "Change them only for your own units below."
            )
        )
        self.upper_note.setWordWrap(True)
        self.upper_note.setStyleSheet(
            "background: #E8F0FB; border: 1px solid #B9CDEA; padding: 4px 6px;"
        )
        self.upper_note.setVisible(ctx.configuration.deadline_source(year) == "upper")

        self.day = QSpinBox()
        self.day.setRange(1, 28)
        self.day.setValue(DEFAULT_DUE_DAY)
        self.fill_button = QPushButton(self.tr("Set every month"))
        self.fill_button.clicked.connect(self.fill_day)
        same_day = QHBoxLayout()
        same_day.addWidget(QLabel(self.tr("Due on day")))
        same_day.addWidget(self.day)
        same_day.addWidget(QLabel(self.tr("of the following month")))
        same_day.addWidget(self.fill_button)
        same_day.addStretch()

        current = ctx.configuration.deadlines(year)
        self.edits: dict[int, DateLineEdit] = {}
        grid = QGridLayout()
        for month in range(1, 13):
            edit = DateLineEdit()
            edit.set_value(current[month])
            self.edits[month] = edit
            form = QFormLayout()
            form.addRow(self.tr("Month {month}").format(month=month), edit)
            grid.addLayout(form, (month - 1) % 6, (month - 1) // 6)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(not ctx.database.read_only)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.discard)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.upper_note)
        layout.addLayout(same_day)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        not_form(self.day)  # the day "Set every month" uses; the dates are the form
        self.mark_clean()

    def save_form(self) -> None:
        self.save()

    def fill_day(self) -> None:
        """Every month due on the chosen day of the month after it."""
        for month, edit in self.edits.items():
            edit.set_value(default_deadline(self.year, month, self.day.value()))

    def save(self) -> None:
        deadlines: dict[int, date] = {}
        for month, edit in self.edits.items():
            try:
                due, _year = edit.value()
            except ValidationError as error:
                self.error.show_message(describe(error))
                edit.setFocus()
                return
            if due is None:
                self.error.show_message(
                    self.tr("Type the deadline of month {month}.").format(month=month)
                )
                edit.setFocus()
                return
            deadlines[month] = due
        try:
            self.saved = self.ctx.configuration.set_deadlines(self.year, deadlines)
        except AppError as error:
            self.error.show_message(describe(error))
            return
        self.accept()

    @classmethod
    def ask(
        cls, ctx: AppContext, year: int, parent: QWidget | None = None
    ) -> dict[int, date] | None:
        """The deadlines saved, or None when the user cancelled."""
        dialog = cls(ctx, year, parent)
        dialog.exec()
        return dialog.saved
