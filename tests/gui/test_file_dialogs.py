"""Every file chooser is Qt's own dialog, in Vietnamese, whatever the system's language."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from bamtrachnhiem.gui import file_dialogs

GUI = Path(__file__).resolve().parents[2] / "src" / "bamtrachnhiem" / "gui"


def test_no_direct_native_file_dialogs():
    """Only gui/file_dialogs.py calls QFileDialog's choosers (which follow the OS language)."""
    direct = [
        str(path.relative_to(GUI))
        for path in GUI.rglob("*.py")
        if path.name != "file_dialogs.py"
        and re.search(r"QFileDialog\.get(Open|Save|Existing)", path.read_text(encoding="utf-8"))
    ]
    assert direct == []


def test_open_file_dialog_speaks_vietnamese(qtbot, tmp_path):
    """The chooser is Qt's widget dialog and its labels and buttons are Vietnamese."""
    seen: dict[str, list[str]] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["buttons"] = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        seen["native"] = [not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)]
        dialog.reject()

    QTimer.singleShot(200, look_and_cancel)
    assert file_dialogs.open_file(None, "Mở tệp dữ liệu", str(tmp_path), "Tệp dữ liệu (*.db)") == ""
    assert seen["native"] == [False]
    assert {"Tìm trong:", "Tên tệp:"} <= {text.replace("&", "") for text in seen["labels"]}
    assert {"Mở", "Hủy"} <= {text.replace("&", "") for text in seen["buttons"]}
