"""Fixtures for GUI tests: isolated settings, an open database, answered message boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.i18n import install_translators


@pytest.fixture(scope="session")
def settings_folder(tmp_path_factory):
    """Preferences go to a temporary folder for the whole run.

    Set once: calling QSettings.setPath in every test crashes PySide6 6.12 at exit.
    """
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(settings_folder, tmp_path, monkeypatch, qapp):
    """Each test starts with empty preferences, its own data folder and Vietnamese loaded."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    install_translators(qapp, "vi")
    yield
    QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "bamtrachnhiem", "bamtrachnhiem"
    ).clear()


# Roles of the button an answer in ``BoxRecorder.answers`` clicks.
ANSWER_ROLES = {
    "save": (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole),
    "discard": (QMessageBox.ButtonRole.DestructiveRole, QMessageBox.ButtonRole.NoRole),
    "cancel": (QMessageBox.ButtonRole.RejectRole,),
}


class BoxRecorder:
    """Stands in for the user in front of message boxes: records them and answers.

    Queued ``answers`` come first, one per box: a key (``Qt.Key.Key_Return``,
    ``Qt.Key.Key_Escape``) is pressed on the shown box, as a person at the keyboard would;
    "save", "discard" or "cancel" clicks the first button of that role. Without a queued
    answer, ``answer_yes`` picks yes (accept) or no (reject).
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.details: list[str] = []  # what "Show Details…" would reveal ("" when no button)
        self.answer_yes = True
        self.answers: list[Qt.Key | str] = []

    def __call__(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        self.details.append(box.detailedText())
        if self.answers:
            answer = self.answers.pop(0)
            if isinstance(answer, Qt.Key):
                box.show()
                QTest.keyClick(box, answer)
                box.hide()
                return 0
            for button in box.buttons():
                if box.buttonRole(button) in ANSWER_ROLES[answer]:
                    button.click()
                    break
            return 0
        wanted = (
            (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole)
            if self.answer_yes
            else (QMessageBox.ButtonRole.NoRole, QMessageBox.ButtonRole.RejectRole)
        )
        for button in box.buttons():
            if box.buttonRole(button) in wanted:
                button.click()
                break
        return 0


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> BoxRecorder:
    """Every message box is answered (yes by default) and its text kept."""
    recorder = BoxRecorder()
    monkeypatch.setattr(message_boxes, "_exec", recorder)
    return recorder


@pytest.fixture
def ctx(tmp_path):
    """An open database whose own unit exists."""
    context = open_context(tmp_path / "unit.db", create=True)
    context.units.create_own(
        Unit(code="CD-UBND-PD", name="Chi đoàn Cơ quan UBND xã Phước Dân", level="Chi đoàn")
    )
    yield context
    context.close()
