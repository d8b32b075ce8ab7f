"""The installed Qt binding keeps Python's reference counts straight."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_do_not_drop_references_to_none(qapp, tmp_path):
    """PySide6 6.12.0 lost a reference to None per void call and crashed Python 3.11."""
    label = QLabel()
    settings = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    before = sys.getrefcount(None)
    for number in range(500):
        label.setText(str(number))
        settings.setValue("n", number)
    assert sys.getrefcount(None) - before > -50
