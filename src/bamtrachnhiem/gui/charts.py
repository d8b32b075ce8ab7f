"""Charts of the upper-level pages (QtCharts) and saving one as a PNG for a meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QWidget

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.gui import file_dialogs, message_boxes

BAND_COLOURS = {
    "excellent": "#2E7D32",
    "good": "#1565C0",
    "pass": "#F9A825",
    "fail": "#C62828",
}
BAR_COLOUR = "#1E4E8C"


def chart(title: str) -> QChart:
    """A chart with the app's title font and no animation (screenshots, PNGs)."""
    made = QChart()
    made.setTitle(title)
    font = QFont(made.titleFont())
    font.setPointSizeF(10.5)
    font.setBold(True)
    made.setTitleFont(font)
    made.setBackgroundRoundness(6)
    made.setMargins(QMargins(4, 4, 4, 4))
    made.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return made


def chart_view(made: QChart) -> QChartView:
    view = QChartView(made)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMinimumHeight(220)
    return view


def stacked_bands(
    made: QChart, categories: list[str], bands: dict[str, list[int]], labels: dict[str, str]
) -> None:
    """Member-months per band, one stacked bar per category (a month)."""
    made.removeAllSeries()
    for axis in made.axes():
        made.removeAxis(axis)
    series = QStackedBarSeries()
    for code in ("excellent", "good", "pass", "fail"):
        values = bands.get(code, [0] * len(categories))
        bar = QBarSet(labels.get(code, code))
        bar.setColor(QColor(BAND_COLOURS[code]))
        bar.append([float(v) for v in values])
        series.append(bar)
    made.addSeries(series)
    x = QBarCategoryAxis()
    x.append(categories)
    y = QValueAxis()
    y.setLabelFormat("%d")
    top = max((sum(v[i] for v in bands.values()) for i in range(len(categories))), default=0)
    y.setRange(0, max(4, top * 1.1))
    y.applyNiceNumbers()
    made.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    made.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    made.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def horizontal_bars(made: QChart, names: list[str], values: list[float], label: str) -> None:
    """One horizontal bar per name, the first at the top, its value at the end of it."""
    made.removeAllSeries()
    for axis in made.axes():
        made.removeAxis(axis)
    bar = QBarSet(label)
    bar.setColor(QColor(BAR_COLOUR))
    bar.setLabelColor(QColor("#222222"))
    bar.append([float(v) for v in reversed(values)])
    series = QHorizontalBarSeries()
    series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(4)
    made.addSeries(series)
    y = QBarCategoryAxis()
    y.append(list(reversed(names)))
    x = QValueAxis()
    top = max(values, default=0)
    x.setRange(0, max(1.0, top * 1.18))
    x.applyNiceNumbers()
    made.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    made.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y)
    series.attachAxis(x)
    made.legend().hide()


def chart_pixmap(view: QChartView, width: int = 1200, height: int = 700) -> QPixmap:
    """The chart drawn at a size fit for a slide, whatever size it has on screen."""
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#FFFFFF"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene = view.chart().scene()
    old = view.chart().size()
    view.chart().resize(width, height)
    scene.render(painter, pixmap.rect(), view.chart().geometry())
    view.chart().resize(old)
    painter.end()
    return pixmap


def save_chart(parent: QWidget, view: QChartView, suggested: str) -> Path | None:
    """Ask where, then save the chart as a PNG; the path saved, or None."""
    name = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("Charts", "Save the chart as a picture"),
        suggested,
        QCoreApplication.translate("Charts", "PNG pictures (*.png)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".png":
        path = path.with_suffix(".png")
    if not chart_pixmap(view).save(str(path), "PNG"):
        message_boxes.show_error(parent, ValidationError("chart_not_saved", path=str(path)))
        return None
    return path
