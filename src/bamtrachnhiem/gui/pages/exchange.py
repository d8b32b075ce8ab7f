"""Trao đổi dữ liệu: send the unit's packet up, receive the packets of the units below (drop
files or a folder, preview, confirm), and see which units have sent which months."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem import messages
from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.criteria import CriteriaSource
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import AppError, NotFoundError
from bamtrachnhiem.domain.exchange import (
    ConfigImportResult,
    FileOutcome,
    ImportReport,
    ImportStatus,
)
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.gui import file_dialogs, message_boxes, printing
from bamtrachnhiem.gui.dialogs.config_export_dialog import ConfigExportDialog
from bamtrachnhiem.gui.dialogs.deadlines_dialog import DeadlinesDialog
from bamtrachnhiem.gui.dialogs.export_dialog import ExportDialog, desktop_folder
from bamtrachnhiem.gui.dialogs.packet_details_dialog import PacketDetailsDialog
from bamtrachnhiem.gui.i18n import current_language, describe
from bamtrachnhiem.gui.models.completeness_table import (
    COLOURS,
    CompletenessTableModel,
    status_mark,
)
from bamtrachnhiem.gui.models.exchange_preview import ExchangePreviewModel
from bamtrachnhiem.gui.models.import_log import ImportLogModel
from bamtrachnhiem.gui.models.sent_packets import SentPacketsModel
from bamtrachnhiem.gui.pages.base import Page
from bamtrachnhiem.gui.table_tools import EmptyState
from bamtrachnhiem.gui.tasks import Cancelled, Progress, run_task
from bamtrachnhiem.gui.widgets import ErrorLabel
from bamtrachnhiem.services.packet_merge import expand_paths

LOG_LIMIT = 200  # recent imports shown; the archive folder keeps every file


def file_reporter(progress: Progress):
    """Progress for a batch: Cancel is read between files (``cancelled``), never mid-file."""

    def report(done: int, total: int, name: str) -> None:
        # The service sees ``cancelled()`` before the next file and stops there.
        with contextlib.suppress(Cancelled):
            progress.report(done, total, name)

    return report


def _table_view() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(False)
    return view


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4A5568;")
    return label


class ExchangePage(Page):
    """Three tabs: send (export), receive (import), completeness and the import log."""

    data_imported = Signal(object)  # the ImportReport of an import that changed data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.read_only = ctx.database.read_only
        self.paths: list[Path] = []
        self.busy = False
        self.criteria_year = date.today().year  # whose criteria set the send tab describes
        own = ctx.units.own_unit()
        self.own_code = own.code if own else ""

        title = QLabel(self.tr("Data exchange"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.send_tab = self._build_send(own)
        self.receive_tab = self._build_receive()
        self.status_tab = self._build_status()
        self.tabs.addTab(self.send_tab, self.tr("Send to the level above"))
        self.tabs.addTab(self.receive_tab, self.tr("Receive packets"))
        self.tabs.addTab(self.status_tab, self.tr("Packets received"))
        self._show_tabs_for_place()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        for keys, slot in (
            ("Ctrl+E", self.export_packet),
            ("Ctrl+I", self.choose_files),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.refresh_status()
        self._update_buttons()
        self.stale = False  # read above

    # --- following the data file -------------------------------------------------------------

    def on_data_changed(self, changes: Changes) -> None:
        # The completeness grid and the log follow packets, units and deadlines; a preview
        # waiting to be imported follows every kind a packet merges into.
        self.mark_stale()

    def refresh(self) -> None:
        """The own unit, the units below, the criteria note, the grid and the log read again;
        a preview not imported yet is made again against the data as it is now."""
        own = self.ctx.units.own_unit()
        self.own_code = own.code if own else ""
        self.export_hint.setText(self._export_hint(own))
        self.config_box.setVisible(any(not u.is_own for u in self.ctx.units.find()))
        self._show_criteria_source(self.criteria_year)
        self._show_tabs_for_place()
        self.refresh_status()
        if self.paths and self.preview_model.dry_run and not self.busy:
            self.preview()

    def receives(self) -> bool:
        """Whether this unit receives packets: it has units below, or its level is not the
        lowest (a district whose tree is still empty). A branch at the lowest level only
        sends: the receiving tabs are not shown to it."""
        own = self.ctx.units.own_unit()
        if own is None:
            return True
        if any(not u.is_own for u in self.ctx.units.find()):
            return True
        labels = self.ctx.units.level_labels()
        return not labels or own.level != labels[-1]

    def _show_tabs_for_place(self) -> None:
        receives = self.receives()
        for tab in (self.receive_tab, self.status_tab):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), receives)
        self.setAcceptDrops(receives and not self.read_only)

    def _export_hint(self, own: Unit | None) -> str:
        parent = (own.parent_name or own.parent_code) if own else ""
        return self.tr(
            "Each month, export your unit's data up to that month into one Excel file "
            "and send it to {parent} by email or on a USB stick. Every export gets the "
            "next number; the level above always keeps the newest."
        ).format(parent=parent or self.tr("the level above"))

    # --- building ------------------------------------------------------------------------

    def _build_send(self, own: Unit | None) -> QWidget:
        tab = QWidget()
        packet_box = QGroupBox(self.tr("Data packet for the level above"))
        self.export_button = QPushButton(self.tr("Export data packet…"))
        self.export_button.setToolTip(self.tr("Choose the month and save the packet (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_packet)
        self.export_button.setEnabled(not self.read_only)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        self.export_note.setStyleSheet("color: #1B5E20;")
        self.export_note.hide()
        box = QVBoxLayout(packet_box)
        self.export_hint = _hint(self._export_hint(own))
        box.addWidget(self.export_hint)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch()
        box.addLayout(row)
        box.addWidget(self.export_note)

        below = [u for u in self.ctx.units.find() if not u.is_own]
        # A branch has no unit below: the box appears once a unit is added to the tree.
        self.config_box = config_box = QGroupBox(self.tr("Configuration for the units below"))
        config_box.setVisible(bool(below))
        self.config_export_button = QPushButton(self.tr("Export configuration for a unit…"))
        self.config_export_button.clicked.connect(self.export_config)
        self.config_export_button.setEnabled(not self.read_only)
        box = QVBoxLayout(config_box)
        box.addWidget(
            _hint(
                self.tr(
                    "Send a unit below the criteria set, your campaigns with their targets and "
                    "the reporting deadlines of a year, so that every unit scores the same way."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.config_export_button)
        row.addStretch()
        box.addLayout(row)

        upper_box = QGroupBox(self.tr("Configuration from the level above"))
        self.config_import_button = QPushButton(self.tr("Import configuration…"))
        self.config_import_button.clicked.connect(self.import_config)
        self.config_import_button.setEnabled(not self.read_only)
        self.criteria_label = QLabel()
        self.criteria_label.setWordWrap(True)
        box = QVBoxLayout(upper_box)
        box.addWidget(
            _hint(
                self.tr(
                    "When the level above sends you a configuration file, import it here: its "
                    "criteria set, campaigns and deadlines are taken over, and the criteria set "
                    "can then no longer be changed in this data file."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.config_import_button)
        row.addStretch()
        box.addLayout(row)
        box.addWidget(self.criteria_label)
        self._show_criteria_source(self.criteria_year)

        sent_box = QGroupBox(self.tr("Packets sent from this data file"))
        self.sent_model = SentPacketsModel(self)
        self.sent_view = _table_view()
        self.sent_view.setModel(self.sent_model)
        header = self.sent_view.horizontalHeader()
        for column, width in ((0, 130), (1, 170), (2, 80), (3, 50), (5, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.sent_view.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.sent_empty = _hint(
            self.tr(
                "Nothing sent yet. Each month, “Export data packet…” writes the packet; it is "
                "listed here with its number, so you can tell the level above what you sent."
            )
        )
        box = QVBoxLayout(sent_box)
        box.addWidget(self.sent_empty)
        box.addWidget(self.sent_view, 1)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(packet_box)
        layout.addWidget(config_box)
        layout.addWidget(upper_box)
        if self.read_only:
            layout.addWidget(
                _hint(self.tr("This data file is open read-only: nothing can be sent or received."))
            )
        layout.addWidget(sent_box, 1)
        return tab

    def refresh_sent(self) -> None:
        """The export log, newest first."""
        self.sent_model.set_rows(self.ctx.packet_export.sent())
        empty = self.sent_model.rowCount() == 0
        self.sent_empty.setVisible(empty)
        self.sent_view.setVisible(not empty)

    def _build_receive(self) -> QWidget:
        tab = QWidget()
        drop = QFrame()
        drop.setObjectName("dropZone")
        drop.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed #9DB3D6; border-radius: 8px; "
            "background: #F5F8FD; }"
        )
        drop_text = QLabel(
            self.tr(
                "Drag the packet files (.xlsx) or a whole folder of them onto this page, or "
                "choose them:"
            )
        )
        drop_text.setWordWrap(True)
        drop_text.setStyleSheet("font-size: 10.5pt; color: #1E4E8C; border: none;")
        self.files_button = QPushButton(self.tr("Choose files…"))
        self.files_button.setToolTip(self.tr("Choose packet files (Ctrl+I)"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        drop_layout = QHBoxLayout(drop)
        drop_layout.setContentsMargins(14, 10, 14, 10)
        drop_layout.addWidget(drop_text, 1)
        drop_layout.addWidget(self.files_button)
        drop_layout.addWidget(self.folder_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.preview_model = ExchangePreviewModel(self)
        self.preview_view = _table_view()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setWordWrap(True)
        self.preview_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.preview_view.horizontalHeader()
        for column, width in ((0, 170), (1, 200), (2, 70), (3, 44), (5, 250), (6, 96)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.preview_view.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview_view.verticalHeader().setDefaultSectionSize(44)
        self.preview_view.doubleClicked.connect(lambda index: self.show_details(index.row()))
        self.preview_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.preview_model.dataChanged.connect(self._update_buttons)
        self.preview_model.modelReset.connect(self._update_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.preview_view,
                activated=self.show_details,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.clicked.connect(lambda: self.show_details())
        self.add_unit_button = QPushButton(self.tr("Add this unit to the tree"))
        self.add_unit_button.setToolTip(
            self.tr("The packet comes from a unit your data file does not know yet")
        )
        self.add_unit_button.clicked.connect(self.add_unit_of_line)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setStyleSheet("font-weight: 600; padding: 4px 18px;")
        self.import_button.clicked.connect(self.import_files)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.add_unit_button)
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addWidget(drop)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_view, 1)
        layout.addLayout(buttons)
        return tab

    def _build_status(self) -> QWidget:
        tab = QWidget()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh_status)
        self.deadlines_button = QPushButton(self.tr("Deadlines…"))
        self.deadlines_button.clicked.connect(self.edit_deadlines)
        self.deadlines_button.setEnabled(not self.read_only)
        self.deadline_note = QLabel()
        self.deadline_note.setStyleSheet("color: #4A5568;")
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for status, label, meaning in (
            (
                MonthStatus.ON_TIME,
                self.tr("✓ on time"),
                self.tr("The first packet covering the month was exported by its deadline"),
            ),
            (
                MonthStatus.LATE,
                status_mark(MonthStatus.LATE),
                self.tr("Received, but exported after the deadline"),
            ),
            (
                MonthStatus.MISSING,
                status_mark(MonthStatus.MISSING),
                self.tr("The deadline has passed and nothing covering the month has arrived"),
            ),
            (MonthStatus.NOT_DUE, self.tr("· not due yet"), self.tr("The deadline is still ahead")),
        ):
            background, foreground = COLOURS[status]
            chip = QLabel(label)
            chip.setToolTip(meaning)
            chip.setStyleSheet(
                f"background: {background}; color: {foreground}; border-radius: 4px; "
                "padding: 2px 8px;"
            )
            legend.addWidget(chip)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.deadlines_button)
        self.status_printer = printing.DocumentPrinter(
            self, self.ctx, self._status_document, self._status_stem
        )
        self.status_print_button = printing.print_menu_button(self.status_printer, tab)
        top.addWidget(self.status_print_button)
        top.addWidget(self.deadline_note)
        top.addStretch()
        top.addLayout(legend)

        self.status_model = CompletenessTableModel(self)
        self.status_view = _table_view()
        self.status_view.setModel(self.status_model)
        self.status_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.status_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.status_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Narrow months ("muộn" fits) leave the unit's name room for two lines: at 1366×768
        # a one-line name was cut to "Chi đoàn Phòng Ki…", and units differ at the end.
        for column in range(1, 13):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.status_view.setColumnWidth(column, 46)
        header.setSectionResizeMode(13, QHeaderView.ResizeMode.Fixed)
        self.status_view.setColumnWidth(13, 86)
        self.status_view.setWordWrap(True)
        self.status_view.verticalHeader().setDefaultSectionSize(40)
        self.status_empty = QLabel(
            self.tr(
                "No unit below yours yet. Add the units below in File → Units…, or drop their "
                "packets on the Receive tab and add them from there."
            )
        )
        self.status_empty.setWordWrap(True)
        self.status_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_empty.setStyleSheet("color: #666;")
        self.status_error = ErrorLabel()

        self.log_model = ImportLogModel(self)
        self.log_view = _table_view()
        self.log_view.setModel(self.log_model)
        self.log_empty = EmptyState(
            self.log_view,
            self.tr(
                "No packet received yet. Packets imported on “Receive packets” are listed here."
            ),
        )
        header = self.log_view.horizontalHeader()
        for column, width in ((0, 130), (2, 120), (3, 70), (4, 44)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.log_view.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.verticalHeader().setDefaultSectionSize(26)

        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.status_view, 1)
        grid_layout.addWidget(self.status_empty)
        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 4, 0, 0)
        log_title = QLabel(self.tr("Import log (most recent first)"))
        log_title.setStyleSheet("font-weight: 600;")
        log_layout.addWidget(log_title)
        log_layout.addWidget(self.log_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(grid)
        splitter.addWidget(log)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.status_error)
        layout.addWidget(splitter, 1)
        return tab

    # --- sending ---------------------------------------------------------------------------

    def export_packet(self) -> None:
        """Xuất gói dữ liệu; afterwards offer to open the folder to attach the file to an email."""
        if self.read_only:
            return
        result = ExportDialog.ask(self.ctx, self)
        if result is None:
            return
        self.export_note.setText(
            self.tr("Saved packet number {seq} (data up to {month:02d}/{year}) as {path}.").format(
                seq=result.seq, month=result.month, year=result.year, path=result.path
            )
        )
        self.export_note.show()
        self._offer_folder(
            result.path,
            self.tr(
                "The packet is saved as {path}. Open its folder so you can attach it to an email?"
            ).format(path=result.path),
        )

    def export_config(self) -> None:
        if self.read_only:
            return
        result = ConfigExportDialog.ask(self.ctx, self)
        if result is None:
            return
        self._offer_folder(
            result.path,
            self.tr(
                "The configuration packet for {unit} is saved as {path}. Open its folder so "
                "you can send it?"
            ).format(unit=result.unit_code, path=result.path),
        )

    def _offer_folder(self, path: Path, question: str) -> None:
        if message_boxes.confirm(self, question, yes=self.tr("Open folder"), no=self.tr("Close")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def import_config(self) -> None:
        """Nhập gói cấu hình from above: show what it will change, then import on confirmation."""
        if self.read_only:
            return
        name = file_dialogs.open_file(
            self,
            self.tr("Import configuration packet"),
            str(desktop_folder()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        run_task(
            self,
            self.tr("Reading the configuration packet…"),
            lambda progress: self.ctx.configuration.import_config(path, dry_run=True),
            ctx=self.ctx,
            on_success=lambda result: self._config_checked(path, result),
            on_error=lambda exc: message_boxes.show_error(self, exc),
        )

    def config_changes(self, result: ConfigImportResult) -> str:
        """What importing a configuration packet will change, in plain words."""
        lang = current_language()
        lines = [
            self.tr("Configuration of {year} from {upper}, for {unit}.").format(
                year=result.year, upper=result.upper_unit_code, unit=result.unit_code
            )
        ]
        if result.criteria_changed:
            lines.append(
                self.tr(
                    "The criteria set of {year} will be replaced by the one from above and can "
                    "no longer be changed here."
                ).format(year=result.year)
            )
        else:
            lines.append(self.tr("The criteria set stays as it is."))
        if result.unit_changed:
            lines.append(
                self.tr("Your unit's details will be updated from the tree entry it carries.")
            )
        c = result.campaigns
        lines.append(
            self.tr(
                "Campaigns from above: {created} new, {updated} updated, {unchanged} unchanged."
            ).format(created=c.created, updated=c.updated, unchanged=c.unchanged)
        )
        if result.deadlines:
            due = ", ".join(
                f"{messages.text('cli_status_month_label', lang, month=m)} {format_date(d)}"
                for m, d in sorted(result.deadlines.items())
            )
            lines.append(self.tr("Deadlines: {deadlines}.").format(deadlines=due))
        lines.extend(messages.text(w.code, lang, **w.params) for w in result.warnings)
        return "\n".join(lines)

    def _config_checked(self, path: Path, result: ConfigImportResult) -> None:
        if result.status is ImportStatus.ALREADY_IMPORTED:
            day = (
                format_date(result.already_imported_at.astimezone().date())
                if result.already_imported_at
                else ""
            )
            message_boxes.show_info(
                self,
                self.tr("This configuration packet was already imported on {date}.").format(
                    date=day
                ),
            )
            return
        if not self.settle_window():  # a new criteria set must not meet unsaved scores
            return
        question = self.config_changes(result) + "\n\n" + self.tr("Import this configuration?")
        if not message_boxes.confirm(self, question, yes=self.tr("Import"), no=self.tr("Cancel")):
            return
        run_task(
            self,
            self.tr("Importing the configuration…"),
            lambda progress: self.ctx.configuration.import_config(path),
            ctx=self.ctx,
            on_success=self._config_imported,
            on_error=lambda exc: message_boxes.show_error(self, exc),
        )

    def _config_imported(self, result: ConfigImportResult) -> None:
        self.criteria_year = result.year
        self._show_criteria_source(result.year)
        self.refresh_status()
        message_boxes.show_info(
            self,
            self.tr("The configuration of {year} from {upper} is imported.").format(
                year=result.year, upper=result.upper_unit_code
            ),
        )

    def _show_criteria_source(self, year: int) -> None:
        try:
            criteria = self.ctx.years.peek(year)
        except AppError:
            self.criteria_label.setText("")
            return
        if criteria.source is CriteriaSource.UPPER:
            text = self.tr(
                "Criteria set of {year}: “{name}”, sent by {upper}; read-only in this data file."
            ).format(year=year, name=criteria.name, upper=criteria.source_unit_code)
        else:
            text = self.tr("Criteria set of {year}: “{name}”, set in this data file.").format(
                year=year, name=criteria.name
            )
        self.criteria_label.setText(text)

    # --- receiving -------------------------------------------------------------------------

    def _accepts(self, event: QDropEvent) -> bool:
        """Local files or folders, while nothing is being read or imported."""
        return bool(self._local_paths(event)) and not self.read_only and not self.busy

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    @staticmethod
    def _local_paths(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def choose_files(self) -> None:
        if self.read_only:
            return
        names = file_dialogs.open_files(
            self,
            self.tr("Choose packet files"),
            str(desktop_folder()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        if self.read_only:
            return
        name = file_dialogs.existing_folder(
            self, self.tr("Choose the folder of packets"), str(desktop_folder())
        )
        if name:
            self.add_paths([Path(name)])

    def add_paths(self, paths: list[Path]) -> None:
        """Files and folders (a folder gives its .xlsx files in name order) join the batch,
        which is then previewed again as a whole. Ignored while a batch is being read."""
        if self.busy or self.read_only:
            return
        self.tabs.setCurrentWidget(self.receive_tab)
        if not self.preview_model.dry_run:  # a finished import: start a new batch
            self.paths = []
            self.preview_model.clear()
        known = set(self.paths)
        for path in expand_paths(paths):
            if path not in known:
                known.add(path)
                self.paths.append(path)
        self.preview()

    def preview(self) -> None:
        """Read and check every file off the GUI thread, then show what importing would do."""
        if not self.paths:
            self.preview_model.clear()
            self.summary.setText("")
            return
        paths = list(self.paths)
        self._set_busy(True)

        def work(progress: Progress) -> ImportReport:
            return self.ctx.packet_merge.preview(
                paths, progress=file_reporter(progress), cancelled=lambda: progress.cancelled
            )

        run_task(
            self,
            self.tr("Reading the packets…"),
            work,
            ctx=self.ctx,
            on_success=self._previewed,
            on_error=self._failed,
        )

    def _previewed(self, report: ImportReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        statuses = [f.status for f in report.files]
        self.summary.setText(
            self.tr(
                "{files} files: {will} will import, {already} already imported, {stale} older "
                "than what you have, {edited} edited after export, {refused} refused."
            ).format(
                files=len(statuses),
                will=statuses.count(ImportStatus.IMPORTED),
                already=statuses.count(ImportStatus.ALREADY_IMPORTED),
                stale=statuses.count(ImportStatus.STALE),
                edited=statuses.count(ImportStatus.EDITED),
                refused=statuses.count(ImportStatus.REFUSED),
            )
            + (" " + self.tr("Reading was stopped.") if report.cancelled else "")
        )
        self._update_buttons()

    def _show_report(self, report: ImportReport) -> None:
        """A preview (with its confirm column) or the report of a finished import."""
        self.preview_model.unit_names = {u.code: u.name for u in self.ctx.units.find()}
        self.preview_model.set_report(report)
        self.preview_view.setColumnHidden(ExchangePreviewModel.CONFIRM_COLUMN, not report.dry_run)
        self._fit_rows()
        if report.files:
            self.preview_view.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message_boxes.show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _fit_rows(self) -> None:
        self.preview_view.resizeRowsToContents()
        for row in range(self.preview_model.rowCount()):
            self.preview_view.setRowHeight(row, max(34, self.preview_view.rowHeight(row) + 6))

    def _current_row(self) -> int:
        row = self.preview_view.currentIndex().row()
        return row if 0 <= row < self.preview_model.rowCount() else -1

    def _unknown_unit(self, outcome: FileOutcome) -> bool:
        return any(e.code == "packet_unit_unknown" for e in outcome.errors)

    def _may_add_unit(self, outcome: FileOutcome) -> bool:
        """Offer to add a packet's unknown unit only when it says it reports to a unit of
        this tree: a packet meant for someone else is not an invitation to adopt its unit."""
        if not self._unknown_unit(outcome) or not self.receives():
            return False
        if not outcome.parent_code:
            return True
        try:
            self.ctx.units.get(outcome.parent_code)
        except NotFoundError:
            return False
        return True

    def _update_buttons(self, *_args: object) -> None:
        idle = not self.busy and not self.read_only
        row = self._current_row()
        outcome = self.preview_model.outcome(row) if row >= 0 else None
        self.files_button.setEnabled(idle)
        self.folder_button.setEnabled(idle)
        self.details_button.setEnabled(outcome is not None)
        self.add_unit_button.setVisible(outcome is not None and self._may_add_unit(outcome))
        self.add_unit_button.setEnabled(idle and outcome is not None and self.preview_model.dry_run)
        self.clear_button.setEnabled(idle and self.preview_model.rowCount() > 0)
        self.import_button.setEnabled(
            idle and self.preview_model.dry_run and self.preview_model.importable() > 0
        )

    def show_details(self, row: int | None = None) -> None:
        """The details of a line; for an edited packet, where its edits are confirmed."""
        row = self._current_row() if row is None else row
        if not 0 <= row < self.preview_model.rowCount():
            return
        model = self.preview_model
        outcome = model.outcome(row)
        confirmed = PacketDetailsDialog.ask(
            outcome, confirmed=model.is_confirmed(row), dry_run=model.dry_run, parent=self
        )
        if model.can_confirm(row):
            model.set_confirmed(row, confirmed)

    def add_unit_of_line(self) -> None:
        """Add the unknown unit of the current line to the tree, then preview again."""
        row = self._current_row()
        if row < 0 or self.busy:
            return
        outcome = self.preview_model.outcome(row)
        if not self._may_add_unit(outcome) or not outcome.unit_code:
            return
        parent = outcome.parent_code or self.own_code
        parent_unit = self.ctx.units.get(parent)
        question = self.tr(
            "Add the unit {name} ({code}) to the tree, below {parent}? Only do this if the unit "
            "really reports to you."
        ).format(
            name=outcome.unit_name or outcome.unit_code,
            code=outcome.unit_code,
            parent=f"{parent_unit.name} ({parent_unit.code})",
        )
        if not message_boxes.confirm(self, question, yes=self.tr("Add"), no=self.tr("Cancel")):
            return
        try:
            self.ctx.units.add(
                Unit(
                    code=outcome.unit_code,
                    name=outcome.unit_name or outcome.unit_code,
                    parent_code=parent,
                    parent_name=parent_unit.name,
                )
            )
        except AppError as error:
            message_boxes.show_error(self, error)
            return
        self.preview()  # the grid and the configuration box follow the new unit by themselves

    def clear(self) -> None:
        self.paths = []
        self.preview_model.clear()
        self.summary.setText("")
        self._update_buttons()

    def import_files(self) -> None:
        """Apply every file of the preview, each in its own transaction, off the GUI thread;
        edited packets only where their line is confirmed."""
        model = self.preview_model
        if self.busy or not model.dry_run or model.importable() == 0:
            return
        if not self.settle_window():  # unsaved scores are saved or dropped before the merge
            return
        paths = [o.path for o in model.outcomes() if o.status is not ImportStatus.CANCELLED]
        confirmed = model.confirmed_paths()
        self._set_busy(True)

        def work(progress: Progress) -> ImportReport:
            outcomes: list[FileOutcome] = []
            stopped = False
            report = file_reporter(progress)
            for number, path in enumerate(paths):
                if progress.cancelled:
                    stopped = True
                    outcomes.extend(
                        FileOutcome(path=p, status=ImportStatus.CANCELLED) for p in paths[number:]
                    )
                    break
                report(number, len(paths), path.name)
                done = self.ctx.packet_merge.apply([path], accept_edited=path in confirmed)
                outcomes.extend(done.files)
            report(len(paths), len(paths), "")
            return ImportReport(
                files=outcomes, dry_run=False, accept_edited=bool(confirmed), cancelled=stopped
            )

        run_task(
            self,
            self.tr("Importing the packets…"),
            work,
            ctx=self.ctx,
            on_success=self._imported,
            on_error=self._failed,
        )

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        imported = report.by_status(ImportStatus.IMPORTED)
        left = len(report.files) - len(imported)
        text = self.tr("Imported {imported} of {files} files.").format(
            imported=len(imported), files=len(report.files)
        )
        if left:
            text += " " + self.tr(
                "The other {count} files changed nothing; open a line to see why."
            ).format(count=left)
        if report.cancelled:
            text += " " + self.tr("The import was stopped before the last files.")
        self.summary.setText(text)
        self.refresh_status()  # at once; the other pages follow the data file's notice
        if imported:
            self.data_imported.emit(report)

    # --- completeness ----------------------------------------------------------------------

    def _status_document(self) -> Document:
        return self.ctx.documents.completeness_grid(self.year.value())

    def _status_stem(self) -> str:
        return f"Tình hình nộp dữ liệu năm {self.year.value()}"

    def refresh_status(self) -> None:
        """The units × months grid of the chosen year, the recent import log, and the
        packets sent."""
        self.refresh_sent()
        year = self.year.value()
        try:
            table = self.ctx.completeness.table(year)
            log = self.ctx.import_log.entries(limit=LOG_LIMIT)
        except AppError as error:
            self.status_error.show_message(describe(error))
            return
        self.status_error.show_message("")
        self.status_model.set_table(table)
        for column in range(
            CompletenessTableModel.FIRST_REPORT_COLUMN, self.status_model.columnCount()
        ):
            self.status_view.setColumnWidth(column, 74)  # the reports asked of the units
        self.log_model.set_rows(log)
        self.status_view.setVisible(bool(table.units))
        self.status_empty.setVisible(not table.units)
        self.deadline_note.setText(
            self.tr("Deadlines set by the level above")
            if table.deadline_source == "upper"
            else self.tr("Deadlines set in this data file")
        )

    def edit_deadlines(self) -> None:
        if self.read_only:
            return
        if DeadlinesDialog.ask(self.ctx, self.year.value(), self) is not None:
            self.refresh_status()
