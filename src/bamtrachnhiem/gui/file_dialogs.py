"""File choosers in Vietnamese on every system.

A native file dialog speaks the language of the operating system (English on most office
computers here), so every chooser of the app is Qt's own, which ``translations/qt_vi.ts``
translates (decision 0020). Use these instead of ``QFileDialog.get…`` directly;
``tests/gui/test_file_dialogs.py`` fails on a direct call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file(parent: QWidget | None, caption: str, folder: str = "", filters: str = "") -> str:
    """One existing file, or "" when the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters, "", _OPTIONS)
    return name


def open_files(
    parent: QWidget | None, caption: str, folder: str = "", filters: str = ""
) -> list[str]:
    """Existing files, or [] when the user cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, caption, folder, filters, "", _OPTIONS)
    return list(names)


def save_file(parent: QWidget | None, caption: str, suggested: str = "", filters: str = "") -> str:
    """Where to write a file (the dialog asks before replacing one), or "" when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters, "", _OPTIONS)
    return name


def existing_folder(parent: QWidget | None, caption: str, folder: str = "") -> str:
    """A folder, or "" when the user cancelled."""
    return QFileDialog.getExistingDirectory(
        parent, caption, folder, QFileDialog.Option.ShowDirsOnly | _OPTIONS
    )
