"""Every message box of the app is built here, so tests can answer them without blocking."""

from __future__ import annotations

import errno
import logging
import traceback
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.gui.i18n import describe

log = logging.getLogger(__name__)


def _exec(box: QMessageBox) -> QMessageBox.StandardButton | int:
    """Show ``box`` modally; tests replace this to answer without a human."""
    return box.exec()


def expected(error: BaseException) -> AppError | None:
    """An error the user can meet and act on, as an ``AppError``; None when unexpected.

    Besides the core's ``AppError``s, a file the user chose that is locked by another
    program (Excel holds what it has open), gone, a folder, or on a full disk is ordinary
    life, not a bug: it gets a sentence saying what to do, never a traceback.
    """
    if isinstance(error, AppError):
        return error
    if isinstance(error, OSError):
        path = error.filename or ""
        if isinstance(error, PermissionError):
            return AppError("file_in_use_or_denied", path=path)
        if isinstance(error, FileNotFoundError):
            return AppError("file_gone", path=path)
        if isinstance(error, IsADirectoryError):
            return AppError("file_is_folder", path=path)
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return AppError("file_disk_full", path=path)
    return None


def show_error(parent: QWidget | None, error: BaseException, context: str = "") -> None:
    """A plain-language message. An error the program expects (``AppError``: a full disk, a
    refused file; see ``expected``) is that sentence alone; only an unexpected one has its
    technical details behind a button, for whoever supports the user."""
    details = ""
    known = expected(error)
    if known is not None:
        text = describe(known)
    else:
        details = "".join(traceback.format_exception(error))
        text = QCoreApplication.translate(
            "MessageBoxes",
            "Something went wrong that the program did not expect. Nothing was saved by the "
            "step that failed. Try again; if it happens again, send the details below to "
            "whoever supports you.",
        )
        log.error("unexpected error", exc_info=error)
    if context:
        text = f"{context}\n\n{text}"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "Ba Trách Nhiệm"))
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.addButton(
        QCoreApplication.translate("MessageBoxes", "Close"), QMessageBox.ButtonRole.AcceptRole
    )
    _exec(box)


def show_info(parent: QWidget | None, text: str) -> None:
    """A short notice with one button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "Ba Trách Nhiệm"))
    box.setText(text)
    box.addButton(
        QCoreApplication.translate("MessageBoxes", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    _exec(box)


def confirm(parent: QWidget | None, text: str, yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question; True when the user chose ``yes``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "Ba Trách Nhiệm"))
    box.setText(text)
    yes_button = box.addButton(
        yes or QCoreApplication.translate("MessageBoxes", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no_button = box.addButton(
        no or QCoreApplication.translate("MessageBoxes", "No"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no_button)
    _exec(box)
    return box.clickedButton() is yes_button


class SaveChoice(Enum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


SAVE, DISCARD, CANCEL = SaveChoice.SAVE, SaveChoice.DISCARD, SaveChoice.CANCEL


def ask_save(parent: QWidget | None, text: str) -> SaveChoice:
    """Ask what to do with unsaved changes: Save (the default, Enter), Don't save, or Cancel
    (Esc, or closing the box): stay where the changes are, as they are."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "Ba Trách Nhiệm"))
    box.setText(text)
    save = box.addButton(
        QCoreApplication.translate("MessageBoxes", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("MessageBoxes", "Don't save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("MessageBoxes", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    _exec(box)
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL
