"""File → Open data file with unsaved scores: they go to their own file, never the other.

Two real data files: A scores A1 out of 15 (the default set), B has its own set where A1
is worth at most 5, so a score of 12 belongs to A and would be refused by B.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.gui import app as app_module
from bamtrachnhiem.gui import message_boxes
from bamtrachnhiem.gui.app import Application

YEAR, MONTH = 2026, 3
ENTER, ESC = Qt.Key.Key_Return, Qt.Key.Key_Escape


def _make_file(path: Path, code: str, names: list[str], a1_max: float | None = None) -> Path:
    ctx = open_context(path, create=True)
    try:
        ctx.units.create_own(Unit(code=code, name=f"Chi đoàn {code}", level="Chi đoàn"))
        for name in names:
            ctx.members.save(Member(given_name=name, family_middle_name="Lê Thị"))
        if a1_max is not None:
            criteria = ctx.years.criteria(YEAR)
            changed = tuple(
                replace(c, max_points=a1_max) if c.code == "A1" else c for c in criteria.criteria
            )
            ctx.years.save_own(replace(criteria, criteria=changed))
    finally:
        ctx.close()
    return path


@pytest.fixture
def files(tmp_path):
    a = _make_file(tmp_path / "a.db", "CD-A", ["An", "Bình", "Cường"])
    b = _make_file(tmp_path / "b.db", "CD-B", ["Dung", "Em"], a1_max=5)
    return a, b


@pytest.fixture
def app(qtbot, qapp, files):
    """The app on file A, its assessment page on March 2026 with a score typed, unsaved."""
    application = Application(qapp)
    application.show(open_context(files[0]))
    window = application.window
    qtbot.addWidget(window)
    page = window.assessment_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.year_picker.setValue(YEAR)
    page.month_picker.setCurrentIndex(MONTH - 1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.grid.month == MONTH)
    assert page.model.setData(page.model.index(0, 1), "12")
    assert page.model.is_dirty
    yield application
    if application.window is not None:
        application.window.close()
    application.close()


@pytest.fixture
def events(monkeypatch, boxes):
    """The order of what happens: "asked" for each message box, "opened" for each file."""
    seen: list[str] = []

    def exec_box(box):
        seen.append("asked")
        return boxes(box)

    opener = app_module.open_data_file

    def open_file(parent, path):
        seen.append("opened")
        return opener(parent, path)

    monkeypatch.setattr(message_boxes, "_exec", exec_box)
    monkeypatch.setattr(app_module, "open_data_file", open_file)
    return seen


def _scores(path: Path) -> list[dict]:
    ctx = open_context(path)
    try:
        return [row.assessment.self_scores for row in ctx.assessments.grid(YEAR, MONTH).rows]
    finally:
        ctx.close()


def test_save_at_the_prompt_writes_the_scores_into_their_own_file_first(
    qtbot, app, files, events, boxes
):
    a, b = files
    boxes.answers = [ENTER]  # Save
    app.open_other(str(b))
    assert events == ["asked", "opened"]  # settled before the other file was even opened
    assert "12" not in str(boxes.texts)  # the question, not an error about the score
    assert app.ctx.database.path == b.absolute()
    assert app.window.assessment_page.ctx is app.ctx
    b_rows = app.ctx.assessments.grid(YEAR, MONTH).rows
    assert [r.full_name for r in b_rows] == ["Lê Thị Dung", "Lê Thị Em"]
    assert all(r.assessment.self_scores == {} for r in b_rows)
    app.window.close()
    app.close()
    assert _scores(a) == [{"A1": 12}, {}, {}]
    assert _scores(b) == [{}, {}]


def test_cancel_at_the_prompt_stays_on_the_file_with_the_edits(qtbot, app, files, events, boxes):
    a, b = files
    window = app.window
    boxes.answers = [ESC]
    app.open_other(str(b))
    assert events == ["asked"]
    assert app.window is window and app.ctx.database.path == a.absolute()
    page = window.assessment_page
    assert page.model.is_dirty and page.model.row_at(0).assessment.self_scores == {"A1": 12}
    assert page.save()  # the file is still open and usable
    assert app.ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {"A1": 12}


def test_a_file_that_cannot_be_opened_leaves_the_first_one_open(
    qtbot, app, files, events, boxes, tmp_path
):
    a, _b = files
    broken = tmp_path / "hong.db"
    broken.write_bytes(b"this is not a data file" * 100)
    window = app.window
    boxes.answers = [ENTER]  # Save, then the error is shown
    app.open_other(str(broken))
    assert events == ["asked", "opened", "asked"]
    assert app.window is window and app.ctx.database.path == a.absolute()
    page = window.assessment_page
    assert not page.model.is_dirty
    assert app.ctx.assessments.grid(YEAR, MONTH).rows[0].assessment.self_scores == {"A1": 12}
    page.model.setData(page.model.index(1, 1), "10")
    assert page.save()
    assert app.ctx.assessments.grid(YEAR, MONTH).rows[1].assessment.self_scores == {"A1": 10}
