"""What the units below achieved on a campaign: one row per unit (indented by depth), one
column per target, and the total the launching level sees."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.campaigns import CampaignRollup
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui.models.base import AnyIndex
from bamtrachnhiem.gui.models.campaign_table import percent_text
from bamtrachnhiem.gui.printing import DocumentPrinter, print_menu_button

_TOTAL_BACKGROUND = "#E3EAF5"


class RollupModel(QAbstractTableModel):
    """Rows: the units below, then the unit's own entry (when it has one), then the total."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rollup: CampaignRollup | None = None
        self.rows: list[tuple[str, int, list[float | None]]] = []  # (name, depth, values)
        self.header_width = 24  # characters per line of a target's header

    def set_rollup(self, rollup: CampaignRollup | None, own_name: str = "") -> None:
        self.beginResetModel()
        self.rollup = rollup
        self.rows = []
        if rollup is not None and rollup.targets:
            first = rollup.targets[0]
            for i, unit in enumerate(first.units):
                values = [
                    t.units[i].achieved if t.units[i].has_copy or t.units[i].achieved else None
                    for t in rollup.targets
                ]
                self.rows.append((unit.name, unit.depth, values))
            own = [t.target.achieved_value for t in rollup.targets]
            if any(own):
                label = QCoreApplication.translate("CampaignRollup", "{unit} (own entry)").format(
                    unit=own_name
                )
                self.rows.append((label, 1, list(own)))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.rollup is None:
            return 0
        return len(self.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.rollup is None:
            return 0
        return 1 + len(self.rollup.targets)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.rollup is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("CampaignRollup", "Unit")
            target = self.rollup.targets[section - 1].target
            unit = f" ({target.measure_unit})" if target.measure_unit else ""
            # Long names wrap onto a few lines: a header does not wrap by itself.
            return "\n".join(textwrap.wrap(f"{target.name}{unit}", self.header_width)[:4])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            target = self.rollup.targets[section - 1].target
            return QCoreApplication.translate(
                "CampaignRollup", "{name}: target {target} {unit}"
            ).format(
                name=target.name,
                target=format_quantity(target.target_value),
                unit=target.measure_unit,
            )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self.rollup is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = row == len(self.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                if column == 0:
                    return QCoreApplication.translate("CampaignRollup", "Total")
                t = self.rollup.targets[column - 1]
                return (
                    f"{format_quantity(t.total)}/{format_quantity(t.target.target_value)} "
                    f"({percent_text(t.percentage)})"
                )
            name, depth, values = self.rows[row]
            if column == 0:
                return "    " * (depth - 1) + name
            value = values[column - 1]
            return "–" if value is None else format_quantity(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_TOTAL_BACKGROUND))
        if total and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if not total and role == Qt.ItemDataRole.ForegroundRole and self.rows[row][1] > 1:
            return QBrush(QColor("#555555"))
        return None


class RollupView(QWidget):
    """The roll-up table with a line saying what it adds up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Results of the units below"))
        self.title.setStyleSheet("font-weight: 600;")
        self.note = QLabel(
            self.tr(
                "Each total adds up what every unit below recorded on its copy of the target "
                "(through the levels in between), and this unit's own entry."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.model = RollupModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.print_button: QToolButton | None = None
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title)
        self.title_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.title_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def enable_printing(self, ctx: AppContext) -> None:
        """A print / export button for the table shown (the campaign's results by unit)."""
        self.printer = DocumentPrinter(self, ctx, self.document, self.file_stem)
        self.print_button = print_menu_button(self.printer, self)
        self.title_row.addWidget(self.print_button)
        self._ctx = ctx

    def document(self) -> Document | None:
        rollup = self.model.rollup
        return None if rollup is None else self._ctx.consolidation.rollup_document(rollup)

    def file_stem(self) -> str:
        rollup = self.model.rollup
        return f"ket qua thi dua {rollup.campaign.name}" if rollup is not None else "thi dua"

    def set_rollup(self, rollup: CampaignRollup | None, own_name: str = "") -> None:
        targets = len(rollup.targets) if rollup is not None else 1
        self.model.header_width = max(12, 64 // max(targets, 1))
        self.model.set_rollup(rollup, own_name)
        header = self.view.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, self.model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
