"""Item delegates of the campaign tables: a progress bar for percentages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from bamtrachnhiem.gui.models.campaign_table import PERCENT_ROLE, percent_text


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws a whole-percent value (``PERCENT_ROLE``) as a bar; above 100 fills the bar."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(PERCENT_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        # A bar of ordinary height, centred, however tall the row is.
        height = min(option.rect.height() - 8, 20)
        bar.rect = QRect(
            option.rect.x() + 4,
            option.rect.center().y() - height // 2,
            option.rect.width() - 8,
            height,
        )
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(int(value), 100))
        bar.text = percent_text(value)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
