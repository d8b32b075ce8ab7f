"""The unit's year: quarter and year figures of each member, and the yearly title proposal."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.assessment import TitleCandidate, UnitYearSummary
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.scoring import format_points, title_quota
from bamtrachnhiem.gui import message_boxes, printing
from bamtrachnhiem.gui.models.assessment_summary import AuditLogModel, YearSummaryModel
from bamtrachnhiem.gui.screen import fit_window


class YearSummaryDialog(QDialog):
    """Quarter means, yearly mean and band per member; who the title rule proposes."""

    def __init__(
        self,
        summary: UnitYearSummary,
        titles: list[TitleCandidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Year summary {year}").format(year=summary.year))
        fit_window(self, 1180, 640)
        rules = summary.criteria.rules
        decimal = QLocale().decimalPoint() or ","
        proposed = sum(1 for t in titles if t.verdict.proposed)
        intro = QLabel(
            self.tr(
                "Quarter and year figures are the mean of the assessed months; a yearly rating "
                "needs {months} assessed months. Title “thực hiện xuất sắc phong trào 3 trách "
                "nhiệm”: yearly mean ≥ {mean}, no month below {month}, at least {initiatives} "
                "initiative(s) applied or recognised, no veto, at most {share}% of the unit "
                "({quota} of {members}). Proposed: {proposed}."
            ).format(
                months=rules.yearly_min_months,
                mean=format_points(rules.title_min_mean, decimal),
                month=format_points(rules.title_min_month, decimal),
                initiatives=rules.title_min_initiatives,
                share=format_points(rules.title_max_share * 100, decimal),
                quota=title_quota(rules, len(summary.members)),
                members=len(summary.members),
                proposed=proposed,
            )
        )
        intro.setWordWrap(True)
        self.model = YearSummaryModel(self)
        self.model.set_summary(summary, titles)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((200, 60, 60, 60, 60, 66, 66, 86)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, ctx: AppContext, year: int, unit_code: str | None, parent: QWidget | None = None
    ) -> None:
        """Show the unit's year (modal); there is nothing to answer but Close."""
        try:
            summary = ctx.assessments.unit_year_summary(year, unit_code)
            titles = ctx.assessments.title_candidates(year, unit_code)
        except AppError as exc:
            message_boxes.show_error(parent, exc)
            return
        dialog = cls(summary, titles, parent)
        printing.add_to_dialog(
            dialog,
            printing.DocumentPrinter(
                dialog,
                ctx,
                lambda: ctx.documents.year_summary(year, unit_code),
                f"Tổng hợp kết quả năm {year}",
            ),
        )
        dialog.exec()


class AuditLogDialog(QDialog):
    """The audit log: every confirmation and unlocking of a month, with who, when and why."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        fit_window(self, 900, 480)
        self.model = AuditLogModel(self)
        self.model.set_rows(ctx.assessments.audit_log())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((130, 200, 140, 140)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        """Show the audit log (modal)."""
        cls(ctx, parent).exec()
