"""Define a peak campaign (đợt thi đua cao điểm): name, theme, dates and its targets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.campaigns import Campaign
from bamtrachnhiem.gui.forms import FormDialog
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.models.campaign_table import TargetDraftModel
from bamtrachnhiem.gui.widgets import DateLineEdit, ErrorLabel, save_cancel_buttons


class CampaignDialog(FormDialog):
    """The campaign form; ``ask`` returns the saved campaign, or None when cancelled."""

    def __init__(
        self, ctx: AppContext, campaign: Campaign | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = campaign
        self.saved: Campaign | None = None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.setMinimumSize(760, 520)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Youth Month 2026"))
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(
            self.tr("e.g. Young civil servants lead administrative reform")
        )
        self.start = DateLineEdit()
        self.end = DateLineEdit()
        for field in (self.start, self.end):
            field.setMaximumWidth(140)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch()

        self.targets_model = TargetDraftModel(campaign.targets if campaign else [], self)
        self.targets = QTableView()
        self.targets.setModel(self.targets_model)
        self.targets.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.targets.setTabKeyNavigation(True)
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.targets.setColumnWidth(1, 160)
        self.targets.setColumnWidth(2, 130)
        self.targets_model.refused.connect(lambda exc: self.error.show_message(describe(exc)))

        self.add_target_button = QPushButton(self.tr("Add target"))
        self.add_target_button.setToolTip(self.tr("Add a target row (Ctrl+T)"))
        self.remove_target_button = QPushButton(self.tr("Remove target"))
        self.add_target_button.clicked.connect(self.add_target)
        self.remove_target_button.clicked.connect(self.remove_target)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.add_target)
        target_buttons = QHBoxLayout()
        target_buttons.addWidget(self.add_target_button)
        target_buttons.addWidget(self.remove_target_button)
        target_buttons.addStretch()
        target_hint = QLabel(
            self.tr(
                "Achieved values are recorded in the targets table of the page while the "
                "campaign runs."
            )
        )
        target_hint.setWordWrap(True)
        target_hint.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("Campaign name"), self.name)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Dates"), dates)
        self.error = ErrorLabel()

        buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save"), self.tr("Cancel"), self._save
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        targets_title = QLabel(self.tr("Targets"))
        targets_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(targets_title)
        layout.addWidget(self.targets, 1)
        layout.addLayout(target_buttons)
        layout.addWidget(target_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if campaign is not None:
            self.name.setText(campaign.name)
            self.theme.setText(campaign.theme)
            self.start.set_value(campaign.start_date)
            self.end.set_value(campaign.end_date)
        if not self.targets_model.rowCount():
            self.targets_model.add_row()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.mark_clean()

    @classmethod
    def ask(
        cls, ctx: AppContext, campaign: Campaign | None = None, parent: QWidget | None = None
    ) -> Campaign | None:
        """Show the form; the saved campaign, or None if the user cancelled."""
        dialog = cls(ctx, campaign, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_target(self) -> None:
        row = self.targets_model.add_row()
        index = self.targets_model.index(row, 0)
        self.targets.setCurrentIndex(index)
        self.targets.edit(index)

    def remove_target(self) -> None:
        index = self.targets.currentIndex()
        if index.isValid():
            self.targets_model.remove_row(index.row())
            row = min(index.row(), self.targets_model.rowCount() - 1)
            if row >= 0:
                self.targets.selectionModel().setCurrentIndex(
                    self.targets_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )

    def campaign_from_form(self) -> Campaign:
        """The form as a campaign; raises ``ValidationError`` naming the bad field."""
        start, _ = self.start.checked_value("campaign_start_invalid")
        end, _ = self.end.checked_value("campaign_end_invalid")
        base = self.original or Campaign(name="")
        return replace(
            base,
            name=self.name.text(),
            theme=self.theme.text(),
            start_date=start,
            end_date=end,
            targets=self.targets_model.targets(),
        )

    def save_form(self) -> None:
        self._save()

    def _save(self) -> None:
        # A cell still being typed in belongs to the form too.
        editor = self.targets.indexWidget(self.targets.currentIndex())
        if editor is not None:
            self.targets.commitData(editor)
        self.saved = self.error.attempt(lambda: self.ctx.campaigns.save(self.campaign_from_form()))
        if self.saved is not None:
            self.accept()
