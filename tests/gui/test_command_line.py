"""`bamtrachnhiem --help`, `--version` and a missing path answer at once, in Vietnamese."""

from __future__ import annotations

import pytest

from bamtrachnhiem import __version__
from bamtrachnhiem.gui import app as app_module
from bamtrachnhiem.gui import command_line
from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard


@pytest.fixture
def no_wizard(monkeypatch):
    """The first-run wizard must not open: calling it fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the first-run wizard opened")

    monkeypatch.setattr(FirstRunWizard, "run", classmethod(refuse))


def test_help_is_vietnamese_and_opens_nothing(capsys, no_wizard):
    """--help prints Vietnamese usage and options and exits 0 without a window."""
    assert app_module.main(["bamtrachnhiem", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: bamtrachnhiem")
    assert "tệp dữ liệu (.db) cần mở" in out
    assert "hiện hướng dẫn này rồi thoát" in out
    assert "usage" not in out and "show this help" not in out


def test_version_prints_the_version(capsys, no_wizard):
    """--version prints the program and its version, exit 0."""
    assert app_module.main(["bamtrachnhiem", "--version"]) == 0
    assert capsys.readouterr().out == f"bamtrachnhiem {__version__}\n"


def test_missing_path_says_so(capsys, tmp_path, no_wizard):
    """A data file that does not exist is named in a clear sentence, exit 2, no wizard."""
    missing = tmp_path / "khong-co.db"
    assert app_module.main(["bamtrachnhiem", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"Không có tệp dữ liệu {missing}" in err


def test_unknown_option_is_a_usage_error(capsys, no_wizard):
    """An option the app does not know is refused in Vietnamese with the usage line."""
    assert app_module.main(["bamtrachnhiem", "--frob"]) == 2
    err = capsys.readouterr().err
    assert "không hiểu các tham số: --frob" in err
    assert err.startswith("Cách dùng:")


def test_without_a_console_the_answer_is_a_message_box(monkeypatch, boxes, no_wizard):
    """Started from a shortcut (no stdout), --version is shown in a box instead."""
    monkeypatch.setattr(command_line, "has_console", lambda: False)
    assert app_module.main(["bamtrachnhiem", "--version"]) == 0
    assert boxes.texts == [f"bamtrachnhiem {__version__}"]


def test_a_folder_is_not_a_data_file(tmp_path):
    """A folder given as the data file is refused with a sentence naming it."""
    message, code = command_line.parse([str(tmp_path)], "vi")
    assert code == 2 and "là một thư mục" in message
