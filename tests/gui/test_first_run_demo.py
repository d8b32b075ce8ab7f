"""The first-run wizard's "try a demo unit" choice builds a demo world and opens it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from bamtrachnhiem.bootstrap import user_data_dir
from bamtrachnhiem.demo import DEMO_MARKER, UPPER_UNIT, is_demo_file
from bamtrachnhiem.gui import preferences
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.wizards import first_run
from bamtrachnhiem.gui.wizards.first_run import FirstRunWizard


@pytest.fixture(autouse=True)
def small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A smaller world than the real one, so the test stays quick."""
    monkeypatch.setattr(first_run, "DEMO_UNITS", 2)
    monkeypatch.setattr(first_run, "DEMO_MEMBERS", 4)


def _finish_with_demo(qtbot, target: int) -> FirstRunWizard:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.choice_page
    assert not page.demo_target.isEnabled()
    page.demo.click()
    assert page.demo_target.isEnabled()
    page.demo_target.setCurrentIndex(target)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def test_demo_choice_builds_the_world_and_opens_a_branch(qtbot):
    """Choosing the demo builds it in the background, then opens a branch below the district."""
    wizard = _finish_with_demo(qtbot, 0)
    page = wizard.choice_page
    assert page.building
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not page.create.isEnabled()
    qtbot.waitUntil(lambda: wizard.context is not None, timeout=30_000)
    ctx = wizard.context
    try:
        own = ctx.units.own_unit()
        assert own.level == "Chi đoàn"
        assert own.parent_code == UPPER_UNIT["code"]
        assert len(ctx.members.find(unit_code=own.code)) == 4
        assert ctx.database.path.parent.name == "branches"
        folder = ctx.database.path.parent.parent
        assert folder.parent == user_data_dir()
        assert (folder / "upper.db").is_file()
        assert sorted(p.name for p in (folder / "packets").glob("*.xlsx")) == [
            "CD-001.xlsx",
            "CD-002.xlsx",
        ]
        # Complete up to last month; this month in progress, as the page shows first.
        today = date.today()
        grid = ctx.assessments.grid(today.year, today.month, own.code)
        if today.month > 1:
            assert grid.lock is None
            assert 0 < sum(1 for r in grid.rows if r.assessment.id) <= len(grid.rows)
        assert preferences.last_database() == ""  # the demo is not the user's data file
        # The district's round came down in the configuration packet: the branch can
        # nominate from its shortlist.
        (round_,) = ctx.commendations.rounds(today.year)
        assert round_.unit_code == UPPER_UNIT["code"]
        assert ctx.commendations.shortlist(round_.id)
    finally:
        ctx.close()
    assert not wizard.isVisible()
    assert not page.building


def test_demo_choice_can_open_the_district(qtbot):
    """The second entry opens the district ready to explore: every packet its branches
    sent is merged (their members are there), the province above it holds the district's
    (demo --full), and the folder says it is a demo."""
    wizard = _finish_with_demo(qtbot, 1)
    qtbot.waitUntil(lambda: wizard.context is not None, timeout=60_000)
    ctx = wizard.context
    try:
        assert ctx.units.own_unit().code == UPPER_UNIT["code"]
        assert [u.code for u in ctx.units.find() if not u.is_own] == ["CD-001", "CD-002"]
        folder = ctx.database.path.parent
        sent = list((folder / "packets").glob("*/*.xlsx"))
        entries = ctx.import_log.entries()
        assert len(entries) == len(sent) > 0
        assert {e.unit_code for e in entries} == {"CD-001", "CD-002"}
        assert ctx.members.count() == 8
        assert is_demo_file(ctx.database.path)
        assert "Dữ liệu mẫu" in (folder / DEMO_MARKER).read_text(encoding="utf-8")
        assert (folder / "province.db").is_file()
        (round_,) = ctx.commendations.rounds()
        assert round_.unit_code == UPPER_UNIT["code"] and round_.deadline.endswith("-12-15")
    finally:
        ctx.close()


def test_demo_window_has_a_banner_and_a_way_out(qtbot):
    """A demo's window says it is a demo, names the packets folder, and its "leave" button
    asks the application for the first-run wizard."""
    wizard = _finish_with_demo(qtbot, 0)
    qtbot.waitUntil(lambda: wizard.context is not None, timeout=30_000)
    ctx = wizard.context
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        assert window.demo_banner is not None and window.demo_banner.isVisible()
        texts = [label.text() for label in window.demo_banner.findChildren(QLabel)]
        assert any("Dữ liệu mẫu" in t and "packets" in t for t in texts)
        leave = [b for b in window.demo_banner.findChildren(QPushButton) if "Thoát" in b.text()]
        with qtbot.waitSignal(window.leave_demo_requested):
            leave[0].click()
        window.close()
    finally:
        ctx.close()


def test_own_data_file_has_no_banner(qtbot, ctx):
    """A real unit's window carries no demo banner."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.demo_banner is None


def test_second_demo_goes_to_a_new_folder():
    """A folder holding an earlier demo is never overwritten: the next one is demo-2."""
    earlier = user_data_dir() / "demo"
    earlier.mkdir(parents=True)
    (earlier / "upper.db").write_bytes(b"an earlier demo")
    assert first_run.demo_folder() == user_data_dir() / "demo-2"
