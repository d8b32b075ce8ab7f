"""Xuất gói dữ liệu: pick the month, see what the packet holds, save it (to the Desktop)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.exchange import COUNTED_KINDS, ExportResult, ExportSummary
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.gui import file_dialogs, message_boxes
from bamtrachnhiem.gui.models.exchange_preview import kind_label
from bamtrachnhiem.gui.tasks import Cancelled, Progress, run_task
from bamtrachnhiem.gui.widgets import ErrorLabel

_UNSAFE = re.compile(r"[^\w.-]+")


def desktop_folder() -> Path:
    """Where saved packets go by default: the Desktop, or the home folder without one."""
    desktop = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
    if desktop and Path(desktop).is_dir():
        return Path(desktop)
    return Path.home()


def safe_file_part(text: str) -> str:
    """A unit code as part of a file name any system accepts."""
    return _UNSAFE.sub("_", text).strip("._") or "goi"


def default_period(ctx: AppContext, today: date | None = None) -> tuple[int, int]:
    """The month being reported now: the first whose packet is not yet past its deadline
    (at the end of November that is November; on 3 January still last December)."""
    today = today or date.today()
    for year in (today.year - 1, today.year):
        deadlines = ctx.configuration.deadlines(year)
        for month in range(1, 13):
            if deadlines[month] >= today and date(year, month, 1) <= today:
                return year, month
    return today.year, today.month


def export_reporter(progress: Progress):
    """Progress for ``export_packet``: Cancel stops it only before the packet is numbered."""

    def report(done: int, total: int, name: str) -> None:
        try:
            progress.report(done, total, name)
        except Cancelled:
            if done <= 1:  # nothing numbered or written yet
                raise

    return report


class ExportDialog(QDialog):
    """Choose the year and month; the packet's contents are counted off the GUI thread."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ExportResult | None = None
        self.summary: ExportSummary | None = None
        self.loading = False
        self._generation = 0
        self.setWindowTitle(self.tr("Export data packet"))
        self.setMinimumWidth(560)
        own = ctx.units.own_unit()

        intro = QLabel(
            self.tr(
                "The packet holds everything {unit} recorded for the movement year up to the "
                "chosen month. Send the saved file to the level above by email or on a USB stick."
            ).format(unit=own.name if own else "")
        )
        intro.setWordWrap(True)
        year, month = default_period(ctx)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(self.tr("Month {month}").format(month=number), number)
        self.month.setCurrentIndex(month - 1)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Year")))
        period.addWidget(self.year)
        period.addSpacing(12)
        period.addWidget(QLabel(self.tr("Data up to")))
        period.addWidget(self.month)
        period.addStretch()

        self.seq_label = QLabel()
        self.seq_label.setStyleSheet("font-weight: 600;")
        self.seq_label.setWordWrap(True)  # a long unit name must not be cut
        self.counts_box = QGroupBox(self.tr("The packet contains"))
        self.counts_form = QFormLayout(self.counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for kind in COUNTED_KINDS:
            if kind in ("commendations", "units"):
                continue  # no table yet / the tree itself: not what the user counts
            label = QLabel("–")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[kind] = label
            self.counts_form.addRow(kind_label(kind), label)
        self.rollup_label = QLabel()
        self.rollup_label.setWordWrap(True)
        self.rollup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error = ErrorLabel()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.seq_label)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.rollup_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.year.valueChanged.connect(self.count)
        self.month.currentIndexChanged.connect(self.count)
        self.count()

    @property
    def period(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentData()

    def count(self) -> None:
        """Count what the packet of the chosen month would hold (on a worker thread: an upper
        level's packet carries every unit below it)."""
        year, month = self.period
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.save_button.setEnabled(False)
        self.seq_label.setText(self.tr("Counting…"))

        def arrived(summary: ExportSummary) -> None:
            if generation == self._generation:
                self.show_summary(summary)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.seq_label.setText("")
                message_boxes.show_error(self, exc)

        run_task(
            self,
            self.tr("Counting the packet…"),
            lambda progress: self.ctx.packet_export.export_summary(year, month),
            ctx=self.ctx,
            on_success=arrived,
            on_error=failed,
            show_progress=False,
        )

    def show_summary(self, summary: ExportSummary) -> None:
        self.summary = summary
        self.loading = False
        self.save_button.setEnabled(not self.ctx.database.read_only)
        self.seq_label.setText(
            self.tr("{unit}: data up to {month:02d}/{year}, packet number {seq}").format(
                unit=summary.unit_name, month=summary.month, year=summary.year, seq=summary.next_seq
            )
        )
        for kind, label in self.count_labels.items():
            label.setText(format_quantity(summary.counts.get(kind, 0)))
        if summary.sections:
            lines = [
                self.tr("{name} ({code}): data up to {month:02d}, packet number {seq}").format(
                    name=s.unit_name, code=s.unit_code, month=s.month, seq=s.seq
                )
                for s in summary.sections
            ]
            shown = lines[:8]
            if len(lines) > len(shown):
                shown.append(self.tr("… and {count} more").format(count=len(lines) - len(shown)))
            self.rollup_label.setText(
                self.tr("The latest data of {count} units below rides along:").format(
                    count=len(summary.sections)
                )
                + "\n"
                + "\n".join(f"  • {line}" for line in shown)
            )
        else:
            self.rollup_label.setText("")

    def suggested_path(self) -> Path:
        year, month = self.period
        code = self.summary.unit_code if self.summary else ""
        return desktop_folder() / f"{safe_file_part(code)}-{year}-{month:02d}.xlsx"

    def save(self) -> None:
        """Ask where to save (the Desktop by default), then write the packet off the GUI thread."""
        if self.loading or self.summary is None:
            return
        name = file_dialogs.save_file(
            self,
            self.tr("Save data packet"),
            str(self.suggested_path()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        year, month = self.period
        self.save_button.setEnabled(False)

        def done(result: ExportResult) -> None:
            self.result = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            message_boxes.show_error(self, exc)

        self.task = run_task(
            self,
            self.tr("Writing the packet…"),
            lambda progress: self.ctx.packet_export.export_packet(
                year, month, path, progress=export_reporter(progress)
            ),
            ctx=self.ctx,
            on_success=done,
            on_error=failed,
        )
        self.task.was_cancelled.connect(lambda: self.save_button.setEnabled(True))

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> ExportResult | None:
        """Show the dialog; the packet written, or None when the user cancelled."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.result
