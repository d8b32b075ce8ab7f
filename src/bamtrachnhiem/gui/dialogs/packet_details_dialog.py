"""Everything about one file of a packet import: counts per kind and per unit, warnings,
errors with their cell, and for an edited packet which rows were edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.exchange import FileOutcome, ImportStatus
from bamtrachnhiem.gui.models.exchange_preview import (
    month_text,
    outcome_text,
    shown_counts,
    unit_text,
)
from bamtrachnhiem.gui.models.packet_details import (
    EditedRowsModel,
    IssuesModel,
    KindCountsModel,
    SectionsModel,
)
from bamtrachnhiem.gui.screen import fit_window


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PacketDetailsDialog(QDialog):
    """Details of one file; for an edited packet in a preview, the box that confirms its edits."""

    def __init__(
        self,
        outcome: FileOutcome,
        *,
        confirmed: bool = False,
        dry_run: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Packet {file}").format(file=outcome.file_name))
        fit_window(self, 880, 600)

        heading = QLabel(outcome.file_name)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label = QLabel(outcome_text(outcome, dry_run=dry_run, confirmed=confirmed))
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Outcome:"), self.outcome_label)
        if outcome.unit_code:
            facts.addRow(self.tr("Unit:"), QLabel(unit_text(outcome)))
            if outcome.parent_code:
                facts.addRow(self.tr("Level above:"), QLabel(outcome.parent_code))
            facts.addRow(self.tr("Data up to:"), QLabel(month_text(outcome)))
            facts.addRow(self.tr("Sequence number:"), QLabel(str(outcome.seq)))
        if outcome.exported_at:
            facts.addRow(self.tr("Exported:"), QLabel(format_timestamp(outcome.exported_at)))
        if outcome.archived_path:
            kept = QLabel(str(outcome.archived_path))
            kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(self.tr("Kept as:"), kept)

        self.tabs = QTabWidget()
        self.counts_model = KindCountsModel(self)
        self.counts_model.set_counts(shown_counts(outcome))
        self.sections_model = SectionsModel(self)
        self.sections_model.set_rows(outcome.sections)
        self.issues_model = IssuesModel(self)
        self.issues_model.set_issues(outcome.errors, outcome.warnings)
        self.edited_model = EditedRowsModel(self)
        self.edited_model.set_rows(outcome.edited_rows)
        self.counts_view = _table(self.counts_model, 0)
        self.sections_view = _table(self.sections_model, 4)
        self.issues_view = _table(self.issues_model, 4)
        self.edited_view = _table(self.edited_model, 2)
        self.tabs.addTab(self.counts_view, self.tr("Counts per kind"))
        if outcome.sections:  # only a packet merged (or merged in the dry run) has them
            self.tabs.addTab(
                self.sections_view, self.tr("Units ({count})").format(count=len(outcome.sections))
            )
        self.tabs.addTab(
            self.issues_view,
            self.tr("Problems ({count})").format(count=len(outcome.errors) + len(outcome.warnings)),
        )
        edited_page = QWidget()
        edited_layout = QVBoxLayout(edited_page)
        edited_layout.setContentsMargins(0, 0, 0, 0)
        edited_layout.addWidget(self.edited_view, 1)
        differences = [
            self.tr("Sheet “{sheet}”: {count} rows fewer than exported").format(
                sheet=sheet, count=count
            )
            for sheet, count in outcome.rows_missing.items()
        ] + [
            self.tr("Sheet “{sheet}”: {count} rows more than exported").format(
                sheet=sheet, count=count
            )
            for sheet, count in outcome.rows_extra.items()
        ]
        self.differences = QLabel("\n".join(differences))
        self.differences.setVisible(bool(differences))
        edited_layout.addWidget(self.differences)
        self.edited_tab = self.tabs.addTab(
            edited_page, self.tr("Edited rows ({count})").format(count=len(outcome.edited_rows))
        )
        if outcome.edited:
            self.tabs.setCurrentIndex(self.edited_tab)
        elif outcome.errors:
            self.tabs.setCurrentWidget(self.issues_view)

        self.confirm_box = QCheckBox(self.tr("Import anyway — I confirm the edits"))
        self.confirm_box.setChecked(confirmed)
        self.can_confirm = dry_run and outcome.status is ImportStatus.EDITED
        self.confirm_box.setVisible(self.can_confirm)
        self.confirm_note = QLabel(
            self.tr(
                "Someone changed this file after it was exported. Import it only if you know "
                "who changed these rows and why; the import log records your confirmation."
            )
        )
        self.confirm_note.setWordWrap(True)
        self.confirm_note.setStyleSheet(
            "background: #FFF3CD; border: 1px solid #E6C67A; padding: 6px;"
        )
        self.confirm_note.setVisible(self.can_confirm)

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.confirm_note)
        layout.addWidget(self.confirm_box)
        layout.addWidget(buttons)

    @property
    def confirmed(self) -> bool:
        """True when the user ticked "import anyway" on an edited packet."""
        return self.can_confirm and self.confirm_box.isChecked()

    @classmethod
    def ask(
        cls,
        outcome: FileOutcome,
        *,
        confirmed: bool = False,
        dry_run: bool = True,
        parent: QWidget | None = None,
    ) -> bool:
        """Show the details; returns whether an edited packet's edits are confirmed."""
        dialog = cls(outcome, confirmed=confirmed, dry_run=dry_run, parent=parent)
        dialog.exec()
        return dialog.confirmed
