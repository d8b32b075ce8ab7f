"""The report editor: number, date, place, trích yếu, signer, Nơi nhận, the five sections and
the figures; a draft is saved and issued here, an issued or received report only read."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.consolidation import BAND_JSON, decimal_text, percent_text, share
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.reports import Report
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.forms import FormDialog, not_form
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.consolidation_table import band_name, pledge_state_label
from bamtrachnhiem.gui.models.report_table import kind_label, period_label, state_label
from bamtrachnhiem.gui.printing import DocumentPrinter, add_to_dialog
from bamtrachnhiem.gui.screen import fit_window, scrolling
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel


def _count(value: Any) -> str:
    return format_quantity(value or 0)


class AnnexModel(QAbstractTableModel):
    """The report's annex as stored: by unit (an upper level) or by member (a branch)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.by = "unit"
        self.rows: list[dict] = []

    def set_annex(self, annex: dict) -> None:
        self.beginResetModel()
        self.by = annex.get("by", "unit")
        self.rows = list(annex.get("rows", []))
        self.endResetModel()

    def headers(self) -> list[str]:
        if self.by == "member":
            return [
                self.tr("Member"),
                self.tr("Position"),
                self.tr("Pledge"),
                self.tr("Months assessed"),
                self.tr("Mean"),
                self.tr("Band"),
                self.tr("Initiatives"),
                self.tr("Participations"),
            ]
        return [
            self.tr("Unit"),
            self.tr("Members"),
            self.tr("Pledged"),
            self.tr("Assessed"),
            band_name("excellent"),
            band_name("good"),
            band_name("pass"),
            band_name("fail"),
            self.tr("Mean"),
            self.tr("Initiatives"),
            self.tr("Activities"),
        ]

    def values(self, row: dict) -> list[str]:
        if self.by == "member":
            return [
                row.get("name", ""),
                row.get("position", ""),
                pledge_state_label(row.get("pledge_state", "")),
                f"{row.get('months_assessed', 0)}/{row.get('months_expected', 0)}",
                decimal_text(row.get("mean")),
                band_name(row["band"]) if row.get("band") else "–",
                _count(row.get("initiatives")),
                _count(row.get("participations")),
            ]
        bands = row.get("bands", {})
        return [
            "    " * max(0, int(row.get("depth", 1)) - 1) + row.get("name", ""),
            _count(row.get("members")),
            f"{_count(row.get('pledged'))} ({percent_text(row.get('pledged_pct'))})",
            f"{_count(row.get('assessed'))}/{_count(row.get('expected'))}",
            *(_count(bands.get(BAND_JSON[code])) for code in ("excellent", "good", "pass", "fail")),
            decimal_text(row.get("mean")),
            _count(row.get("initiatives")),
            _count(row.get("activities")),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportEditor(FormDialog):
    """One report. ``ask`` returns the report as it was left (saved or issued), or None."""

    def __init__(self, ctx: AppContext, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.result_report: Report | None = None
        own = ctx.units.own_unit()
        self.editable = (
            not report.issued
            and own is not None
            and report.unit_code == own.code
            and not ctx.database.read_only
        )
        self.setWindowTitle(report.summary or kind_label(report.kind))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #E8F0FB; border: 1px solid #B9CDEA; padding: 4px 6px;"
        )

        # -- the header fields
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("blank: the office fills it in"))
        self.symbol = QLabel()
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self.symbol)
        self.date = DateLineEdit()
        self.place = QLineEdit()
        self.as_of = DateLineEdit()
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(64)
        self.sign_for = QComboBox()
        self.sign_for.setEditable(True)
        self.sign_for.addItems(["TM. BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH"])
        self.signer_title = QComboBox()
        self.signer_title.setEditable(True)
        self.signer_title.addItems(["BÍ THƯ", "PHÓ BÍ THƯ"])
        self.signer_name = QLineEdit()
        self.recipients = QPlainTextEdit()
        self.recipients.setFixedHeight(64)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Number"), number_row)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Figures as of"), self.as_of)
        form.addRow(self.tr("Document type"), self.title)
        form.addRow(self.tr("Subject (trích yếu)"), self.summary)
        form.addRow(self.tr("Signs for"), self.sign_for)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer"), self.signer_name)
        form.addRow(self.tr("Recipients (Nơi nhận)"), self.recipients)

        # -- the figures
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.figures.setStyleSheet("background: #FFFFFF; border: 1px solid #D8DDE6; padding: 6px;")
        figures_title = QLabel(self.tr("Figures"))
        figures_title.setStyleSheet("font-weight: 600;")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(figures_title)
        left_layout.addWidget(self.figures, 1)

        # -- the sections and the annex
        self.sections: list[QPlainTextEdit] = []
        self.tabs = QTabWidget()
        names = (
            self.tr("I. Situation"),
            self.tr("II. Results"),
            self.tr("III. Assessment"),
            self.tr("IV. Directions"),
            self.tr("V. Proposals"),
        )
        for name in names:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            self.sections.append(edit)
            self.tabs.addTab(edit, name)
        self.annex_model = AnnexModel(self)
        self.annex_view = QTableView()
        self.annex_view.setModel(self.annex_model)
        self.annex_view.verticalHeader().hide()
        self.annex_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.annex_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.annex_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.annex_view, self.tr("Annex"))
        self.refresh_button = QPushButton(self.tr("Update figures"))
        self.refresh_button.setToolTip(
            self.tr("Compute the figures again from the data as it is now")
        )
        self.rewrite_button = QPushButton(self.tr("Rewrite section II from the figures"))
        self.refresh_button.clicked.connect(self.update_figures)
        self.rewrite_button.clicked.connect(self.rewrite_results)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.tabs, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.rewrite_button)
        tools.addStretch()
        right_layout.addLayout(tools)

        split = QSplitter()
        split.addWidget(scrolling(left))  # scrolls on a short screen (1366×768 with a taskbar)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 780])
        split.setChildrenCollapsible(False)

        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.issue_button = buttons.addButton(
            self.tr("Issue…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.preview_button = buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setToolTip(self.tr("The report as it will print, annex included"))
        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)
        # Preview, print, PDF and .xlsx draw the report as the form holds it now.
        self.printer = DocumentPrinter(self, ctx, self.document, self.file_stem)
        self.preview_button.clicked.connect(self.printer.preview)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_if_editable)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        not_form(self.tabs)  # the annex table changes with the figures, not by editing
        add_to_dialog(self, self.printer)
        fit_window(self, 1280, 700)
        self.show_report(report)

    # -- showing --------------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        state = state_label(report.state)
        self.heading.setText(
            f"{kind_label(report.kind)} — {period_label(report)} — {report.unit_name} ({state})"
        )
        if report.issued:
            self.notice.setText(
                self.tr(
                    "Issued on {date}: its figures are frozen and it cannot be changed. A "
                    "correction is a new report."
                ).format(date=format_date(report.report_date))
            )
        elif not self.editable:
            self.notice.setText(self.tr("Sent by a unit below: read-only here."))
        else:
            self.notice.setText(
                self.tr(
                    "A draft: section II was written from the figures; edit it, write the "
                    "other sections, then issue the report. Issuing freezes its figures and "
                    "sends it up with the next data packet."
                )
            )
        self.number.setText(report.number)
        self.symbol.setText(f"-{report.symbol}")
        self.date.set_value(report.report_date)
        self.place.setText(report.place)
        self.as_of.set_value(report.data_as_of)
        self.title.setText(report.title)
        self.summary.setPlainText(report.summary)
        self.sign_for.setCurrentText(report.sign_for)
        self.signer_title.setCurrentText(report.signer_title)
        self.signer_name.setText(report.signer_name)
        self.recipients.setPlainText(report.recipients)
        for edit, text in zip(self.sections, report.parts, strict=True):
            edit.setPlainText(text)
        self.annex_model.set_annex(report.annex)
        self.figures.setText(self._figures_html(report.figures))
        for widget in (
            self.number,
            self.place,
            self.title,
            self.signer_name,
            self.summary,
            self.recipients,
            self.date,
            self.as_of,
            *self.sections,
        ):
            widget.setReadOnly(not self.editable)
        for combo in (self.sign_for, self.signer_title):
            combo.setEnabled(self.editable)
        for button in (
            self.save_button,
            self.issue_button,
            self.refresh_button,
            self.rewrite_button,
        ):
            button.setVisible(self.editable)
        self.mark_clean()

    def _figures_html(self, f: dict) -> str:
        members, pledged = int(f.get("members", 0)), int(f.get("pledged", 0))
        assessed, expected = int(f.get("assessed", 0)), int(f.get("expected", 0))
        bands = f.get("bands", {})
        rows = [
            (self.tr("Members"), _count(members)),
            (
                self.tr("Pledged"),
                f"{_count(pledged)}/{_count(members)} ({percent_text(share(pledged, members))})",
            ),
            (
                self.tr("Assessed (member-months)"),
                f"{_count(assessed)}/{_count(expected)} ({percent_text(share(assessed, expected))})",
            ),
            (
                self.tr("Bands"),
                ", ".join(
                    f"{band_name(code)} {_count(bands.get(BAND_JSON[code]))}"
                    for code in ("excellent", "good", "pass", "fail")
                ),
            ),
            (self.tr("Mean score"), decimal_text(f.get("mean"))),
            (self.tr("Initiatives"), _count(f.get("initiatives"))),
            (
                self.tr("Activities"),
                self.tr("{n}, {people} participations").format(
                    n=_count(f.get("activities")), people=_count(f.get("participations"))
                ),
            ),
            (self.tr("Citizens helped"), _count(f.get("citizens_helped"))),
        ]
        if f.get("units_below"):
            rows.insert(0, (self.tr("Units below"), _count(f.get("units_below"))))
            rows.append(
                (
                    self.tr("Packets on time"),
                    f"{_count(f.get('months_on_time'))}/{_count(f.get('months_due'))}",
                )
            )
        if f.get("campaign_pct") is not None:
            rows.append((self.tr("Campaign targets"), f"{f['campaign_pct']}%"))
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:10px'>{label}</td><td><b>{value}</b></td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table>"

    def document(self) -> Document:
        """The report in the Đoàn layout, as the form holds it (saved or not)."""
        report = self.edited() if self.editable else self.report
        return self.ctx.reports.document(report)

    def file_stem(self) -> str:
        return f"{self.report.summary} {self.report.unit_code}"

    # -- editing --------------------------------------------------------------------------------
    def edited(self) -> Report:
        """The report as the form holds it (raises ``ValidationError`` for a wrong date)."""
        report_date, _ = self.date.checked_value("report_date_invalid")
        as_of, _ = self.as_of.checked_value("report_date_invalid")
        return replace(
            self.report,
            number=self.number.text(),
            report_date=report_date,
            place=self.place.text(),
            data_as_of=as_of,
            title=self.title.text(),
            summary=self.summary.toPlainText(),
            sign_for=self.sign_for.currentText(),
            signer_title=self.signer_title.currentText(),
            signer_name=self.signer_name.text(),
            recipients=self.recipients.toPlainText(),
            parts=[edit.toPlainText() for edit in self.sections],
        )

    def save(self) -> bool:
        """Store the draft and stay; True when stored."""
        try:
            saved = self.ctx.reports.save(self.edited())
        except AppError as exc:
            self.error.show_message(describe(exc))
            return False
        self.error.show_message("")
        self.result_report = saved
        self.show_report(saved)
        return True

    def _save_if_editable(self) -> None:
        if self.editable:
            self.save()

    def save_form(self) -> None:
        """Save, then close (the question on closing with unsaved changes)."""
        if self.save():
            self.accept()

    def update_figures(self) -> None:
        if not self.save():
            return
        try:
            self.show_report(self.ctx.reports.refresh(self.report.id))
        except AppError as exc:
            self.error.show_message(describe(exc))

    def rewrite_results(self) -> None:
        question = self.tr(
            "Write section II again from the figures? What you changed in it is replaced."
        )
        if not message_boxes.confirm(self, question):
            return
        if not self.save():
            return
        try:
            self.show_report(self.ctx.reports.refresh(self.report.id, rewrite_results=True))
        except AppError as exc:
            self.error.show_message(describe(exc))

    def issue(self) -> None:
        number = self.number.text().strip()
        shown = f"{number}-{self.report.symbol}" if number else self.tr("without a number")
        question = self.tr(
            "Issue the report {number}? Its figures are computed one last time and frozen; "
            "it can no longer be changed, and the next data packet carries it to the level "
            "above."
        ).format(number=shown)
        if not message_boxes.confirm(self, question):
            return
        if not self.save():
            return
        try:
            issued = self.ctx.reports.issue(self.report.id)
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.editable = False
        self.result_report = issued
        self.show_report(issued)

    @classmethod
    def ask(cls, ctx: AppContext, report: Report, parent: QWidget | None = None) -> Report | None:
        dialog = cls(ctx, report, parent)
        dialog.exec()
        return dialog.result_report
