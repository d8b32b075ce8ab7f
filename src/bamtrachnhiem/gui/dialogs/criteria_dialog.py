"""The criteria of the year (bộ tiêu chí): pillars, criteria, bands, bonus, veto, title rule.

Editable only while the year's set is the unit's own (or the default) and unused; a set
from the level above, or one already used for scoring, is shown read-only with the reason.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.criteria import (
    Band,
    CriteriaSet,
    CriteriaSource,
    Criterion,
    Pillar,
)
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.domain.scoring import parse_points
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.widgets import ErrorLabel


def _item(text: str, editable: bool, centred: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if centred:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _spin(value: float, maximum: float, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(90)
    return spin


class CriteriaDialog(FormDialog):
    """``ask`` returns the saved set when the user changed it, else None."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.criteria = ctx.years.peek(year)
        self.saved: CriteriaSet | None = None
        self.editable = not ctx.database.read_only and ctx.years.can_edit(year)
        self.setWindowTitle(self.tr("Criteria of {year}").format(year=year))
        fit_window(self, 980, 720)
        rules = self.criteria.rules

        sources = {
            CriteriaSource.DEFAULT: self.tr("the default set"),
            CriteriaSource.OWN: self.tr("edited by this unit"),
            CriteriaSource.UPPER: self.tr("sent by the level above ({unit})").format(
                unit=self.criteria.source_unit_code
            ),
        }
        self.status = QLabel()
        self.status.setWordWrap(True)
        if self.editable:
            self.status.setText(
                self.tr(
                    "Source: {source}. You can change it until the first score of {year} is saved."
                ).format(source=sources[self.criteria.source], year=year)
            )
        else:
            self.status.setText(
                self.tr("Source: {source}. Read-only: {reason}").format(
                    source=sources[self.criteria.source], reason=self._reason()
                )
            )
            self.status.setStyleSheet("color: #8A4B00;")
        self.name = QLineEdit(self.criteria.name)

        self.pillars = QTableWidget(0, 2)
        self.pillars.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Pillar")])
        for pillar in self.criteria.pillars:
            self._add_pillar_row(pillar)
        self._tidy_table(self.pillars, {0: 60}, stretch=1)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Pillar"), self.tr("Criterion"), self.tr("Max")]
        )
        for criterion in self.criteria.criteria:
            self._add_criterion_row(criterion)
        self._tidy_table(self.table, {0: 60, 1: 60, 3: 70}, stretch=2)
        self.add_button = QPushButton(self.tr("Add criterion"))
        self.remove_button = QPushButton(self.tr("Remove criterion"))
        self.add_button.clicked.connect(lambda: self._add_criterion_row(None, focus=True))
        self.remove_button.clicked.connect(self._remove_criterion)
        self.total_label = QLabel()
        self.table.itemChanged.connect(self._update_total)

        self.bands = QTableWidget(0, 2)
        self.bands.setHorizontalHeaderLabels([self.tr("Band"), self.tr("From (points)")])
        for band in rules.bands:
            row = self.bands.rowCount()
            self.bands.insertRow(row)
            label = _item(band.label, self.editable)
            label.setData(Qt.ItemDataRole.UserRole, band.code)
            self.bands.setItem(row, 0, label)
            self.bands.setItem(row, 1, _item(_number(band.min_total), self.editable, True))
        self._tidy_table(self.bands, {1: 110}, stretch=0)

        self.bonus_cap = _spin(rules.bonus_cap, 100)
        self.total_cap = _spin(rules.total_cap, 1000)
        self.veto = QCheckBox(self.tr("A veto rates the month at the lowest band"))
        self.veto.setChecked(rules.veto_forces_fail)
        self.min_months = QSpinBox()
        self.min_months.setRange(1, 12)
        self.min_months.setValue(rules.yearly_min_months)
        self.title_mean = _spin(rules.title_min_mean, 1000)
        self.title_month = _spin(rules.title_min_month, 1000)
        self.title_initiatives = QSpinBox()
        self.title_initiatives.setRange(0, 99)
        self.title_initiatives.setValue(rules.title_min_initiatives)
        self.title_share = _spin(rules.title_max_share * 100, 100, 0, " %")
        self.participation = QLineEdit(rules.participation_criterion)
        self.participation.setMaximumWidth(90)

        scoring = QGroupBox(self.tr("Monthly scoring"))
        scoring_form = QFormLayout(scoring)
        scoring_form.addRow(self.tr("Bonus at most"), self.bonus_cap)
        scoring_form.addRow(self.tr("Total at most"), self.total_cap)
        scoring_form.addRow(self.veto)
        scoring_form.addRow(self.tr("Activity hint on criterion"), self.participation)
        scoring_form.addRow(self.bands)
        title = QGroupBox(self.tr("Yearly rating and title"))
        title_form = QFormLayout(title)
        title_form.addRow(self.tr("Assessed months for a yearly rating"), self.min_months)
        title_form.addRow(self.tr("Title: yearly mean at least"), self.title_mean)
        title_form.addRow(self.tr("Title: no month below"), self.title_month)
        title_form.addRow(
            self.tr("Title: initiatives applied or recognised"), self.title_initiatives
        )
        title_form.addRow(self.tr("Title: at most this share of the unit"), self.title_share)

        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            self.tr("Cancel") if self.editable else self.tr("Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.discard)

        left = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name")))
        name_row.addWidget(self.name, 1)
        left.addLayout(name_row)
        left.addWidget(QLabel(self.tr("Pillars (responsibilities)")))
        left.addWidget(self.pillars)
        left.addWidget(QLabel(self.tr("Criteria")))
        left.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch()
        row_buttons.addWidget(self.total_label)
        left.addLayout(row_buttons)
        right = QVBoxLayout()
        right.addWidget(scoring)
        right.addWidget(title)
        right.addStretch()
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if not self.editable:
            for widget in (
                self.name,
                self.participation,
            ):
                widget.setReadOnly(True)
            for widget in (
                self.bonus_cap,
                self.total_cap,
                self.min_months,
                self.title_mean,
                self.title_month,
                self.title_initiatives,
                self.title_share,
            ):
                widget.setReadOnly(True)
                widget.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
            self.veto.setEnabled(False)
            self.add_button.hide()
            self.remove_button.hide()
            self.save_button.hide()
            for table in (self.pillars, self.table, self.bands):
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._update_total()
        for table in (self.pillars, self.bands):
            self._fit_height(table)
        self.mark_clean()

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        """A short table as tall as its rows, so no empty band is left under them."""
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(rows + header + 2 * table.frameWidth() + 2)

    def _reason(self) -> str:
        if self.ctx.database.read_only:
            return self.tr("the data file is open read-only.")
        if self.criteria.source is CriteriaSource.UPPER:
            return describe(
                ValidationError(
                    "criteria_from_upper", year=self.year, unit=self.criteria.source_unit_code
                )
            )
        return describe(ValidationError("criteria_in_use", year=self.year))

    @staticmethod
    def _tidy_table(table: QTableWidget, widths: dict[int, int], stretch: int) -> None:
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        for column, width in widths.items():
            # Wide enough for the translated header too ("Trách nhiệm" over the codes).
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, max(width, table.columnWidth(column)))
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _add_pillar_row(self, pillar: Pillar) -> None:
        row = self.pillars.rowCount()
        self.pillars.insertRow(row)
        self.pillars.setItem(row, 0, _item(pillar.code, self.editable, True))
        self.pillars.setItem(row, 1, _item(pillar.name, self.editable))

    def _add_criterion_row(self, criterion: Criterion | None, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            (criterion.code, criterion.pillar_code, criterion.name, _number(criterion.max_points))
            if criterion is not None
            else ("", "", "", "")
        )
        for column, text in enumerate(values):
            self.table.setItem(row, column, _item(text, self.editable, column != 2))
        if focus:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _remove_criterion(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_total()

    def _update_total(self, *_args: object) -> None:
        total = 0.0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            try:
                total += parse_points(item.text() if item else "") or 0
            except ValidationError:
                continue
        self.total_label.setText(
            self.tr("Criteria total: {total} points").format(total=_number(total))
        )

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def edited_set(self) -> CriteriaSet:
        """The set as the form shows it; raises ``ValidationError`` for an unreadable number."""
        pillars = tuple(
            Pillar(self._text(self.pillars, r, 0), self._text(self.pillars, r, 1))
            for r in range(self.pillars.rowCount())
        )
        criteria = []
        for r in range(self.table.rowCount()):
            maximum = parse_points(self._text(self.table, r, 3))
            criteria.append(
                Criterion(
                    self._text(self.table, r, 0),
                    self._text(self.table, r, 1),
                    self._text(self.table, r, 2),
                    maximum if maximum is not None else 0,
                )
            )
        bands = []
        for r in range(self.bands.rowCount()):
            code = self.bands.item(r, 0).data(Qt.ItemDataRole.UserRole)
            start = parse_points(self._text(self.bands, r, 1))
            bands.append(Band(code, self._text(self.bands, r, 0), start or 0))
        rules = replace(
            self.criteria.rules,
            bonus_cap=self.bonus_cap.value(),
            total_cap=self.total_cap.value(),
            bands=tuple(bands),
            veto_forces_fail=self.veto.isChecked(),
            yearly_min_months=self.min_months.value(),
            title_min_mean=self.title_mean.value(),
            title_min_month=self.title_month.value(),
            title_min_initiatives=self.title_initiatives.value(),
            title_max_share=round(self.title_share.value() / 100, 4),
            participation_criterion=self.participation.text().strip(),
        )
        return replace(
            self.criteria,
            name=self.name.text().strip() or self.criteria.name,
            pillars=pillars,
            criteria=tuple(criteria),
            rules=rules,
        )

    @classmethod
    def ask(cls, ctx: AppContext, year: int, parent: QWidget | None = None) -> CriteriaSet | None:
        dialog = cls(ctx, year, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def can_save(self) -> bool:
        return self.editable

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        if not self.editable:
            return
        try:
            self.saved = self.ctx.years.save_own(self.edited_set())
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()
