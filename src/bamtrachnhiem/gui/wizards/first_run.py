"""First run: create this database's own unit, or open a data file that already exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
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

from bamtrachnhiem.bootstrap import AppContext, default_db_path, open_context
from bamtrachnhiem.domain.errors import AppError, ValidationError
from bamtrachnhiem.gui import preferences
from bamtrachnhiem.gui.i18n import describe
from bamtrachnhiem.gui.opening import open_data_file
from bamtrachnhiem.gui.unit_form import UnitForm
from bamtrachnhiem.gui.widgets import ErrorLabel
from bamtrachnhiem.services.units import DEFAULT_LEVEL_LABELS


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
        self.open.toggled.connect(self.setFinalPage)
        self.open.toggled.connect(self.completeChanged)
        self.path.textChanged.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addWidget(self.open)
        layout.addLayout(row)
        layout.addStretch()
        self.wizard_ = wizard

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open data file"), str(Path.home()), self.tr("Data files (*.db)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return self.create.isChecked() or bool(self.path.text().strip())

    def nextId(self) -> int:
        return FirstRunWizard.UNIT_PAGE if self.create.isChecked() else -1

    def validatePage(self) -> bool:
        if self.create.isChecked():
            return True
        ctx = open_data_file(self, self.path.text().strip())
        self.wizard_.context = ctx
        return ctx is not None


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
        name, _ = QFileDialog.getSaveFileName(
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
        self.resize(760, 640)

    @classmethod
    def run(cls, parent: QWidget | None = None) -> AppContext | None:
        wizard = cls(parent)
        wizard.exec()
        return wizard.context
