"""The documented user errors: each says what happened and what to do, never a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QFileDialog

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.gui import message_boxes, preferences
from bamtrachnhiem.gui.app import Application
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.active["A1"] = "Họ và tên"
    book.save(path)
    return path


def _data_file(path: Path) -> Path:
    ctx = open_context(path, create=True)
    ctx.units.create_own(Unit(code="CD-A", name="Chi đoàn A", level="Chi đoàn"))
    ctx.close()
    return path


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _plain(boxes, *words: str) -> None:
    """One message box, no "Show details", saying each of ``words``."""
    assert len(boxes.texts) == 1, boxes.texts
    assert boxes.details == [""]
    for word in words:
        assert word in boxes.texts[0]
    assert "Traceback" not in boxes.texts[0]


@pytest.fixture
def no_wizard(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the first-run wizard opened")

    monkeypatch.setattr(FirstRunWizard, "run", classmethod(refuse))


def test_opening_a_workbook_as_the_data_file(qtbot, ctx, tmp_path, monkeypatch, boxes):
    """Tệp → Mở with an .xlsx: not a data file, choose the unit's .db; the file stays open."""
    app = Application(QApplication.instance())
    app.show(ctx)
    qtbot.addWidget(app.window)
    _choose(monkeypatch, _workbook(tmp_path / "danh-sach.xlsx"))
    app.window._open_other()
    _plain(boxes, "không phải là tệp dữ liệu", "Hãy chọn đúng tệp .db")
    assert app.ctx is ctx and ctx.members.count() == 0  # still open and usable
    app.window.close()
    app.ctx = None


def test_first_run_opening_a_workbook(qtbot, tmp_path, boxes):
    """The wizard's "open a data file I have" with an .xlsx explains and stays."""
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.open.setChecked(True)
    wizard.choice_page.path.setText(str(_workbook(tmp_path / "goi.xlsx")))
    assert not wizard.choice_page.validatePage()
    _plain(boxes, "không phải là tệp dữ liệu")


def test_second_copy_says_in_use_and_offers_no_new_unit(tmp_path, boxes, no_wizard):
    """Starting again while the file is open: "đang được mở", then nothing else."""
    path = _data_file(tmp_path / "chi-doan.db")
    preferences.set_last_database(str(path))
    first = open_context(path)
    try:
        app = Application(QApplication.instance())
        assert app.start() is False
        _plain(boxes, "đang được mở", "Hãy đóng nơi đó rồi thử lại")
        assert app.window is None
    finally:
        first.close()


def test_command_line_file_that_is_a_workbook(tmp_path, boxes, no_wizard):
    """`bamtrachnhiem danh-sach.xlsx`: says so and ends; no wizard for a new unit."""
    app = Application(QApplication.instance())
    assert app.start(str(_workbook(tmp_path / "danh-sach.xlsx"))) is False
    _plain(boxes, "không phải là tệp dữ liệu")


def test_restore_from_a_workbook(qtbot, ctx, tmp_path, monkeypatch, boxes):
    """Tệp → Khôi phục with an .xlsx: not a backup, nothing changed."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _choose(monkeypatch, _workbook(tmp_path / "x.xlsx"))
    window._restore()
    # The first box asks whether to replace; the answer is the refusal.
    assert boxes.details[-1] == ""
    assert "không phải là bản sao lưu" in boxes.texts[-1]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied", "/tmp/ds.xlsx"), ["Excel", "đóng"]),
        (FileNotFoundError(errno.ENOENT, "No such file", "/tmp/ds.xlsx"), ["Không tìm thấy"]),
        (IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp"), ["là một thư mục"]),
        (OSError(errno.ENOSPC, "No space left on device", "/tmp/x"), ["đã đầy"]),
    ],
)
def test_file_errors_are_expected(boxes, error, words):
    """A locked, missing, folder or full-disk file is a sentence saying what to do."""
    message_boxes.show_error(None, error)
    _plain(boxes, *words)


def test_unexpected_errors_keep_their_details(boxes):
    """Only a real bug shows its technical details, for whoever supports the user."""
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        message_boxes.show_error(None, exc)
    assert "ZeroDivisionError" in boxes.details[0]
