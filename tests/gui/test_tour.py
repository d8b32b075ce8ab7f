"""The tour (scripts/tour.py) walks every page, dialog and wizard at 1366×768 in Vietnamese:
none is larger than the screen, shows an English text, or cuts a text short."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

ROOT = Path(__file__).resolve().parents[2]


def _tour_module():
    spec = importlib.util.spec_from_file_location("tour", ROOT / "scripts" / "tour.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["tour"] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


tour = _tour_module()


@pytest.fixture(autouse=True)
def boxes():
    """The tour answers its message boxes itself (it captures them)."""


# The offscreen platform cannot raise a pop-up menu nor give it the keyboard; harmless here.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_every_step_of_the_tour_passes_its_checks(qapp):
    """Every step runs, captures at least one window, and the checks find nothing."""
    with tour.touring(None) as running:
        for step in tour.STEPS:
            before = len(running.captured)
            step.run(running)
            assert len(running.captured) > before, step.name
        problems = list(running.problems)
    assert problems == []


def test_the_checks_can_fail(qtbot):
    """An English label, a cut button and a window larger than the screen are each found."""
    english = tour.English()
    window = QWidget()
    qtbot.addWidget(window)
    QLabel("Data exchange", window).move(0, 0)  # a source text shown untranslated
    button = QPushButton("Xuất gói dữ liệu cho tháng này…", window)
    button.resize(40, 24)
    button.move(0, 40)
    window.setMinimumSize(3000, 2000)  # a layout that cannot shrink to the screen
    window.show()
    problems = tour.inspect(window, english)
    assert any(p.startswith("window 3000×2000") for p in problems)
    assert "English QLabel: 'Data exchange'" in problems
    assert any(p.startswith("button cut:") for p in problems)
