"""First run: create this database's own unit, open a data file that already exists, or
try the app on a demo world (a made-up district and its branches, built in the background).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bamtrachnhiem.bootstrap import AppContext, default_db_path, open_context, user_data_dir
from bamtrachnhiem.demo import (
    DEFAULT_SEED,
    DemoSpec,
    DemoWorld,
    build_world,
    demo_period,
    prepare_for_exploring,
)
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.gui import file_dialogs, message_boxes, preferences
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.opening import open_data_file
from bamtrachnhiem.gui.screen import fit_window
from bamtrachnhiem.gui.tasks import Progress, run_task
from bamtrachnhiem.gui.unit_form import UnitForm
from bamtrachnhiem.gui.widgets import ErrorLabel
from bamtrachnhiem.services.units import DEFAULT_LEVEL_LABELS

# The demo a first-time user tries: small enough to build in a few seconds, big enough to
# show every page, every month's packets, a late branch and a sequence gap.
DEMO_UNITS = 3
DEMO_MEMBERS = 20


def demo_folder() -> Path:
    """A new folder for the demo world in the user data folder: demo, demo-2, demo-3, …"""
    base = user_data_dir()
    folder, number = base / "demo", 1
    while folder.exists() and any(folder.iterdir()):
        number += 1
        folder = base / f"demo-{number}"
    return folder


class _ChoicePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Ba Trách Nhiệm"))
        self.setSubTitle(
            self.tr(
                "This book keeps your unit's members, pledges, initiatives and monthly "
                "assessments of the “3 trách nhiệm” movement. Where do we start?"
            )
        )
        self.create = QRadioButton(self.tr("Set up my unit (first time on this computer)"))
        self.create.setChecked(True)
        self.open = QRadioButton(self.tr("Open a data file I already have"))
        self.path = QLineEdit()
        self.path.setEnabled(False)
        browse = QPushButton(self.tr("Choose…"))
        browse.setEnabled(False)
        browse.clicked.connect(self._browse)
        self.open.toggled.connect(self.path.setEnabled)
        self.open.toggled.connect(browse.setEnabled)
        self.path.textChanged.connect(self.completeChanged)
        self.demo = QRadioButton(
            self.tr(
                "Try a demo unit first: a made-up district and its branches, with a year of data"
            )
        )
        self.demo_target = QComboBox()
        self.demo_target.addItem(self.tr("Open a branch (chi đoàn): members, pledges, assessments"))
        self.demo_target.addItem(
            self.tr("Open the district that receives the branches' packets (importing, merging)")
        )
        self.demo_target.setEnabled(False)
        self.demo.toggled.connect(self.demo_target.setEnabled)
        note = QLabel(
            self.tr(
                "The demo is kept in its own folder and is not remembered as your data file: "
                "the next time the app starts, it offers to set up your own unit again."
            )
        )
        note.setWordWrap(True)
        for choice in (self.create, self.open, self.demo):
            choice.toggled.connect(self._choice_changed)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        demo_row = QHBoxLayout()
        demo_row.addSpacing(24)
        demo_row.addWidget(self.demo_target, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addWidget(self.open)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.demo)
        layout.addLayout(demo_row)
        layout.addWidget(note)
        layout.addStretch()
        self.wizard_ = wizard
        self.world: DemoWorld | None = None
        self.building = False

    def _choice_changed(self) -> None:
        self.setFinalPage(not self.create.isChecked())
        self.completeChanged.emit()

    def _browse(self) -> None:
        name = file_dialogs.open_file(
            self, self.tr("Open data file"), str(Path.home()), self.tr("Data files (*.db)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        if self.building:
            return False
        if self.open.isChecked():
            return bool(self.path.text().strip())
        return True

    def nextId(self) -> int:
        return FirstRunWizard.UNIT_PAGE if self.create.isChecked() else -1

    def validatePage(self) -> bool:
        if self.create.isChecked():
            return True
        if self.demo.isChecked():
            return self._open_demo()
        ctx = open_data_file(self, self.path.text().strip())
        self.wizard_.context = ctx
        return ctx is not None

    # -- the demo world --------------------------------------------------------------------

    def _open_demo(self) -> bool:
        """Open the demo once it is built; until then build it in the background."""
        if self.wizard_.context is not None:
            return True
        if self.world is None:
            self._build_demo()
            return False
        wanted = self.world.branches[0].db if self.demo_target.currentIndex() == 0 else None
        ctx = open_data_file(self, wanted or self.world.upper_db)
        # Not the user's own data: the next start asks again instead of reopening the demo.
        preferences.set_last_database("")
        self.wizard_.context = ctx
        return ctx is not None

    def _build_demo(self) -> None:
        now = datetime.now(UTC)
        year, month = demo_period(now.astimezone().date())
        spec = DemoSpec(
            folder=demo_folder(),
            units=DEMO_UNITS,
            members_per_unit=DEMO_MEMBERS,
            year=year,
            seed=DEFAULT_SEED,
            all_months=True,
            last_month=month,
            now=now,
        )

        def work(progress: Progress) -> DemoWorld:
            # One process: the GUI is running, and the world is small.
            world = build_world(spec, workers=1, progress=progress.report)
            # Ready to explore: the district has merged what its branches sent.
            prepare_for_exploring(world, progress=progress.report)
            return world

        self._set_building(True)
        task = run_task(
            self,
            self.tr("Building the demo world…"),
            work,
            on_success=self._demo_built,
            on_error=lambda error: message_boxes.show_error(self, error),
        )
        task.finished.connect(self._demo_task_finished)

    def _demo_built(self, world: DemoWorld) -> None:
        self.world = world
        self._set_building(False)
        # Finish again, now that there is something to open.
        self.wizard_.button(QWizard.WizardButton.FinishButton).click()

    def _demo_task_finished(self) -> None:
        if self.building:  # failed or cancelled: the user may choose again
            self._set_building(False)

    def _set_building(self, building: bool) -> None:
        """While the demo is built, the choice cannot change and Finish waits."""
        self.building = building
        for widget in (self.create, self.open, self.demo, self.demo_target):
            widget.setEnabled(not building)
        self.path.setEnabled(self.open.isChecked() and not building)
        self.demo_target.setEnabled(self.demo.isChecked() and not building)
        self.completeChanged.emit()


class _UnitPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(
            self.tr(
                "These lines are printed on your documents and certificates; you can change them later."
            )
        )
        self.form = UnitForm(DEFAULT_LEVEL_LABELS)
        self.form.level.setCurrentText("Chi đoàn")
        self.path = QLineEdit(str(default_db_path()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Data file")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def _browse(self) -> None:
        name = file_dialogs.save_file(
            self, self.tr("Save data file as"), self.path.text(), self.tr("Data files (*.db)")
        )
        if name:
            self.path.setText(name if name.endswith(".db") else name + ".db")

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        try:
            unit = self.form.unit()
            if not unit.code:
                raise ValidationError("unit_code_required")
            if not unit.name:
                raise ValidationError("unit_name_required", code=unit.code)
            if path.exists() and path.stat().st_size > 0:
                raise ValidationError("data_file_exists", path=str(path))
            ctx = open_context(path, create=True)
            try:
                ctx.units.create_own(unit)
            except AppError:
                ctx.close()
                path.unlink(missing_ok=True)
                raise
        except AppError as exc:
            self.error.show_message(describe(exc))
            return False
        preferences.set_last_database(str(path.absolute()))
        self.wizard_.context = ctx
        return True


class FirstRunWizard(QWizard):
    """Guides a new user to a ready database; ``run`` returns its context or None."""

    CHOICE_PAGE, UNIT_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Ba Trách Nhiệm — getting started"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.choice_page = _ChoicePage(self)
        self.unit_page = _UnitPage(self)
        self.setPage(self.CHOICE_PAGE, self.choice_page)
        self.setPage(self.UNIT_PAGE, self.unit_page)
        fit_window(self, 760, 640)

    @classmethod
    def run(cls, parent: QWidget | None = None) -> AppContext | None:
        wizard = cls(parent)
        wizard.exec()
        return wizard.context
