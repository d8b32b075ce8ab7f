"""The unit tree: this database's own unit and the units below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.gui.data_changes import data_changes
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.unit_form import UnitForm
from bamtrachnhiem.gui.widgets import ErrorLabel


class UnitDialog(FormDialog):
    """Add a unit below an existing one, or edit a unit's fields."""

    def __init__(
        self,
        ctx: AppContext,
        unit: Unit | None,
        parent_code: str | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.original = ctx, unit
        self.saved: Unit | None = None
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("Add a unit below"))
        self.setMinimumWidth(560)
        is_own = unit is not None and unit.is_own
        parents = None if is_own else ctx.units.find()
        self.form = UnitForm(ctx.units.level_labels(), parents)
        if unit:
            self.form.set_unit(unit)
        elif parent_code:
            self.form.parent_units.setCurrentIndex(
                max(0, self.form.parent_units.findData(parent_code))
            )
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mark_clean()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        unit: Unit | None = None,
        parent_code: str | None = None,
        parent: QWidget | None = None,
    ) -> Unit | None:
        dialog = cls(ctx, unit, parent_code, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        try:
            unit = self.form.unit()
            self.saved = self.ctx.units.update(unit) if self.original else self.ctx.units.add(unit)
        except AppError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()


class UnitsDialog(QDialog):
    """Shows the tree; add below the selected unit, or edit it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Units"))
        fit_window(self, 720, 480)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Code"), self.tr("Level")])
        self.tree.setColumnWidth(0, 380)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        add = QPushButton(self.tr("Add below…"))
        add.clicked.connect(self._add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._edit)
        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.reload()
        data_changes(ctx).changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("units"):
            self.reload()

    @classmethod
    def show_for(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()

    def reload(self) -> None:
        """The tree as stored, the chosen unit still chosen."""
        chosen = self._selected_code()
        self.tree.clear()
        units = self.ctx.units.find()
        items: dict[str, QTreeWidgetItem] = {}
        for unit in units:
            item = QTreeWidgetItem([unit.name, unit.code, unit.level])
            item.setData(0, Qt.ItemDataRole.UserRole, unit.code)
            items[unit.code] = item
        for unit in units:
            holder = items.get(unit.parent_code or "") if not unit.is_own else None
            if holder is not None:
                holder.addChild(items[unit.code])
            else:
                self.tree.addTopLevelItem(items[unit.code])
        self.tree.expandAll()
        if chosen in items:
            self.tree.setCurrentItem(items[chosen])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _selected_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _add(self) -> None:
        UnitDialog.ask(self.ctx, parent_code=self._selected_code(), parent=self)

    def _edit(self) -> None:
        code = self._selected_code()
        if code:
            UnitDialog.ask(self.ctx, self.ctx.units.get(code), parent=self)
