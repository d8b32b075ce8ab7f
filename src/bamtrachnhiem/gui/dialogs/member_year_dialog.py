"""A member's twelve months as a bar chart in band colours, with the yearly mean and band."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.assessment import MemberYear
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.scoring import format_points
from bamtrachnhiem.gui import message_boxes, printing
from bamtrachnhiem.gui.models.assessment_grid import band_colours
from bamtrachnhiem.gui.screen import fit_window


class MemberYearDialog(QDialog):
    """Shows ``MemberYear``: bars per month coloured by band, the mean as a line."""

    def __init__(self, year: MemberYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_year = year
        self.setWindowTitle(self.tr("{name} — {year}").format(name=year.full_name, year=year.year))
        fit_window(self, 760, 500)
        decimal = QLocale().decimalPoint() or ","
        rules = year.criteria.rules
        figure = year.year_figure
        if figure.rated:
            summary = self.tr("Yearly mean {mean} — {band} ({months} months assessed)").format(
                mean=format_points(figure.mean, decimal),
                band=figure.band.label,
                months=figure.months,
            )
        else:
            summary = self.tr(
                "No yearly rating: {months} months assessed, at least {needed} needed."
            ).format(months=figure.months, needed=rules.yearly_min_months)
            if figure.mean is not None:
                summary += " " + self.tr("Mean so far {mean}.").format(
                    mean=format_points(figure.mean, decimal)
                )
        quarters = " · ".join(
            self.tr("Q{quarter}: {mean}").format(
                quarter=q,
                mean=format_points(f.mean, decimal) + (f" ({f.band.label})" if f.band else "")
                if f.mean is not None
                else "—",
            )
            for q, f in sorted(year.quarters.items())
        )
        self.summary = QLabel(f"<b>{summary}</b><br>{quarters}")
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QStackedBarSeries()
        bands = sorted(rules.bands, key=lambda b: b.min_total, reverse=True)
        self.bar_sets: dict[str, QBarSet] = {}
        for band in bands:
            bar_set = QBarSet(band.label)
            colour = QColor(band_colours(band.code)[0])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            for month in year.months:
                on_band = month.total is not None and month.band_code == band.code
                bar_set.append(month.total if on_band else 0)
            series.append(bar_set)
            self.bar_sets[band.code] = bar_set
        series.setBarWidth(0.6)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([str(m.month) for m in year.months])
        axis_x.setTitleText(self.tr("Month"))
        axis_y = QValueAxis()
        axis_y.setRange(0, rules.total_cap)
        axis_y.setTickCount(6)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("Total"))
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.mean_line: QLineSeries | None = None
        if figure.mean is not None:
            line = QLineSeries()
            line.setName(self.tr("Mean {mean}").format(mean=format_points(figure.mean, decimal)))
            line.append(QPointF(-0.5, figure.mean))
            line.append(QPointF(len(year.months) - 0.5, figure.mean))
            pen = QPen(QColor("#263238"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            self.chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
            self.mean_line = line
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, ctx: AppContext, member_id: str, year: int, parent: QWidget | None = None) -> None:
        """Show the member's year (modal); there is nothing to answer but Close."""
        try:
            member_year = ctx.assessments.member_year(member_id, year)
        except AppError as exc:
            message_boxes.show_error(parent, exc)
            return
        dialog = cls(member_year, parent)
        printing.add_to_dialog(
            dialog,
            printing.DocumentPrinter(
                dialog,
                ctx,
                lambda: ctx.documents.member_year(member_id, year),
                f"Kết quả năm {year} {member_year.full_name}",
            ),
        )
        dialog.exec()
