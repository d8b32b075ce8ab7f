"""Every page shows the data file as it is now: after a restore, a packet import, a
configuration import, or opening another file — whether the page was shown or hidden."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.campaigns import Campaign, CampaignTarget
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.initiatives import Initiative
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.gui.app import Application
from bamtrachnhiem.gui.main_window import MainWindow
from tests.exchange.world import add_units, make_branch, open_unit

TODAY = date.today()
PACKET_YEAR = 2026


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visit(window: MainWindow, page) -> None:
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    assert window.stack.currentWidget() is page


def _pages(window: MainWindow) -> list:
    """The pages of the sidebar that are built."""
    return [
        window.overview_page,
        window.members_page,
        window.pledges_page,
        window.initiatives_page,
        window.assessment_page,
        window.campaigns_page,
        window.exchange_page,
    ]


def _visit_every_page(qtbot, window: MainWindow) -> None:
    for page in _pages(window):
        _visit(window, page)
    qtbot.waitUntil(lambda: not window.members_page.loading and not window.overview_page.loading)


def grid_names(page) -> list[str]:
    return [page.model.row_at(r).full_name for r in range(page.model.rowCount())]


def member_names(page) -> list[str]:
    return sorted(page.model.row_at(r).full_name for r in range(page.model.rowCount()))


def pledge_names(page) -> list[str]:
    return sorted(page.model.row_at(r).member.full_name for r in range(page.model.rowCount()))


# -- restore ---------------------------------------------------------------------------------


@pytest.fixture
def restored(ctx, tmp_path):
    """A backup with An and Bình; since then Bình left, Cúc came, and more was recorded."""
    an, binh = (
        ctx.members.save(Member(given_name=name, family_middle_name="Nguyễn Văn"))
        for name in ("An", "Bình")
    )
    backup = tmp_path / "sao-luu.db"
    ctx.database.backup(dest=backup)
    ctx.members.delete(binh.id)
    ctx.members.save(Member(given_name="Cúc", family_middle_name="Đỗ Thị"))
    ctx.initiatives.save(Initiative(title="Sau sao lưu", year=TODAY.year, authors=[an.id]))
    ctx.campaigns.save(Campaign(name="Đợt sau sao lưu", start_date=TODAY))
    own = ctx.units.own_unit()
    ctx.units.add(Unit(code="CD-X", name="Chi đoàn X", parent_code=own.code, level="Chi đoàn"))
    return backup


def _restore(window: MainWindow, backup: Path, monkeypatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), ""))
    )
    window._restore()


BEFORE = ["Nguyễn Văn An", "Đỗ Thị Cúc"]
AFTER = ["Nguyễn Văn An", "Nguyễn Văn Bình"]


def test_after_a_restore_every_page_shows_the_restored_data(
    qtbot, ctx, restored, monkeypatch, boxes
):
    window = _window(qtbot, ctx)
    _visit_every_page(qtbot, window)
    assessment = window.assessment_page
    _visit(window, assessment)
    assert grid_names(assessment) == BEFORE
    assert window.campaigns_page.campaigns_tab.list_model.rowCount() == 1
    assert window.exchange_page.status_model.unit_count() == 1

    _restore(window, restored, monkeypatch)
    assert any("Đã khôi phục" in t for t in boxes.texts)
    # The page on screen follows at once; the hidden ones when shown.
    qtbot.waitUntil(lambda: grid_names(assessment) == AFTER)
    _visit(window, window.members_page)
    qtbot.waitUntil(lambda: member_names(window.members_page) == AFTER)
    _visit(window, window.pledges_page)
    assert pledge_names(window.pledges_page) == AFTER
    _visit(window, window.initiatives_page)
    assert window.initiatives_page.model.rowCount() == 0
    _visit(window, window.campaigns_page)
    assert window.campaigns_page.campaigns_tab.list_model.rowCount() == 0
    _visit(window, window.overview_page)
    qtbot.waitUntil(lambda: window.overview_page.tiles["members"].value.text() == "2")
    _visit(window, window.exchange_page)
    assert window.exchange_page.status_model.unit_count() == 0


def test_restore_settles_unsaved_scores_first(qtbot, ctx, restored, monkeypatch, boxes):
    """Cancel keeps the scores and restores nothing; Discard restores and shows the backup."""
    window = _window(qtbot, ctx)
    page = window.assessment_page
    _visit(window, page)
    assert grid_names(page) == BEFORE
    page.model.setData(page.model.index(0, 1), "12")

    boxes.answers = ["cancel"]
    _restore(window, restored, monkeypatch)
    assert len(boxes.texts) == 1 and "Lưu" in boxes.texts[0]
    assert page.model.is_dirty and grid_names(page) == BEFORE
    assert ctx.members.count() == 2 and ctx.campaigns.find(TODAY.year)

    boxes.answers = ["discard"]  # then yes to "replace everything"
    _restore(window, restored, monkeypatch)
    assert not ctx.campaigns.find(TODAY.year)
    qtbot.waitUntil(lambda: grid_names(page) == AFTER)
    assert not page.model.is_dirty and page.dirty_label.text() == ""
    stored = ctx.assessments.grid(page.year, page.month).rows
    assert all(row.assessment.self_scores == {} for row in stored)


# -- packet and configuration imports ---------------------------------------------------------


@pytest.fixture
def packet(tmp_path_factory):
    """The February 2026 packet of CD-A: three members, scored in January and February."""
    root = tmp_path_factory.mktemp("packet")
    branch = make_branch(root, "CD-A", "DX", members=3, months=2, seed=5)
    path = root / "CD-A-2026-02.xlsx"
    branch.ctx.packet_export.export_packet(PACKET_YEAR, 2, path)
    names = sorted(m.full_name for m in branch.ctx.members.find())
    branch.ctx.close()
    return path, names


@pytest.fixture
def upper(tmp_path):
    ctx = open_unit(tmp_path / "dx.db", "DX", "Đoàn xã Phước Dân", level="Đoàn xã")
    add_units(ctx, "DX", ["CD-A", "CD-B"])
    yield ctx
    ctx.close()


def test_after_a_packet_import_every_page_shows_the_imported_data(qtbot, upper, packet):
    path, names = packet
    window = _window(qtbot, upper)
    _visit_every_page(qtbot, window)
    assessment = window.assessment_page
    _visit(window, assessment)
    assessment.unit_picker.setCurrentIndex(assessment.unit_picker.findData("CD-A"))
    assessment.year_picker.setValue(PACKET_YEAR)
    assessment.month_picker.setCurrentIndex(1)
    assert assessment.model.rowCount() == 0
    initiatives = window.initiatives_page
    _visit(window, initiatives)
    initiatives.set_filters(year=PACKET_YEAR)
    before_initiatives = initiatives.model.rowCount()

    exchange = window.exchange_page
    _visit(window, exchange)
    exchange.add_paths([path])
    qtbot.waitUntil(
        lambda: not exchange.busy and exchange.preview_model.rowCount() == 1, timeout=15000
    )
    assert exchange.preview_model.outcome(0).status is ImportStatus.IMPORTED
    with qtbot.waitSignal(exchange.data_imported, timeout=15000):
        exchange.import_files()
    qtbot.waitUntil(lambda: not exchange.busy)

    _visit(window, assessment)
    assert sorted(grid_names(assessment)) == names
    assert assessment.model.assessed == 3  # February's scores came with the packet
    _visit(window, window.members_page)
    qtbot.waitUntil(lambda: not window.members_page.loading)
    assert member_names(window.members_page) == names
    _visit(window, initiatives)
    assert initiatives.model.rowCount() > before_initiatives


@pytest.fixture
def configuration(upper, tmp_path):
    """DX's 2026 configuration for CD-B: its own criteria (A1 renamed) and a campaign."""
    criteria = upper.years.criteria(PACKET_YEAR)
    renamed = tuple(
        replace(c, name="Tiêu chí của Đoàn xã") if c.code == "A1" else c for c in criteria.criteria
    )
    upper.years.save_own(replace(criteria, criteria=renamed))
    upper.campaigns.save(
        Campaign(
            name="Tháng Thanh niên 2026",
            start_date=date(PACKET_YEAR, 3, 1),
            end_date=date(PACKET_YEAR, 3, 31),
            targets=[CampaignTarget(name="Công trình thanh niên", target_value=2)],
        )
    )
    path = tmp_path / "cau-hinh-CD-B.xlsx"
    upper.configuration.export_config(PACKET_YEAR, "CD-B", path)
    return path


@pytest.fixture
def branch(tmp_path):
    ctx = open_unit(tmp_path / "cd-b.db", "CD-B", "Chi đoàn CD-B", "DX", "Chi đoàn")
    for name in ("Giang", "Hải"):
        ctx.members.save(Member(given_name=name, family_middle_name="Phan Văn"))
    yield ctx
    ctx.close()


def test_after_a_configuration_import_every_page_shows_it(
    qtbot, branch, configuration, monkeypatch, boxes
):
    window = _window(qtbot, branch)
    _visit_every_page(qtbot, window)
    assessment = window.assessment_page
    _visit(window, assessment)
    assessment.year_picker.setValue(PACKET_YEAR)
    assessment.month_picker.setCurrentIndex(2)
    assert assessment.model.criterion_at(1).name != "Tiêu chí của Đoàn xã"
    campaigns = window.campaigns_page
    _visit(window, campaigns)
    campaigns.year.setValue(PACKET_YEAR)
    assert campaigns.campaigns_tab.list_model.rowCount() == 0

    exchange = window.exchange_page
    _visit(window, exchange)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(configuration), ""))
    )
    exchange.import_config()
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=15000)  # the question, then done

    _visit(window, campaigns)
    assert campaigns.campaigns_tab.list_model.rowCount() == 1
    assert campaigns.campaigns_tab.list_model.row_at(0).name == "Tháng Thanh niên 2026"
    _visit(window, assessment)
    assert assessment.model.criterion_at(1).name == "Tiêu chí của Đoàn xã"
    assert assessment.model.grid.criteria.source_unit_code == "DX"


# -- opening another file ---------------------------------------------------------------------


def test_after_opening_another_file_every_page_shows_its_data(qtbot, qapp, tmp_path):
    paths = []
    for code, names in (("CD-A", ["An", "Bình"]), ("CD-B", ["Dung"])):
        ctx = open_context(tmp_path / f"{code}.db", create=True)
        ctx.units.create_own(Unit(code=code, name=f"Chi đoàn {code}", level="Chi đoàn"))
        saved = [
            ctx.members.save(Member(given_name=name, family_middle_name="Võ Thị")) for name in names
        ]
        ctx.initiatives.save(
            Initiative(title=f"Sáng kiến {code}", year=TODAY.year, authors=[saved[0].id])
        )
        ctx.close()
        paths.append(tmp_path / f"{code}.db")
    app = Application(qapp)
    try:
        app.show(open_context(paths[0]))
        qtbot.addWidget(app.window)
        _visit_every_page(qtbot, app.window)
        _visit(app.window, app.window.assessment_page)
        assert grid_names(app.window.assessment_page) == ["Võ Thị An", "Võ Thị Bình"]

        app.open_other(str(paths[1]))
        window = app.window
        qtbot.addWidget(window)
        assert window.ctx is app.ctx and window.isVisible()
        for page in _pages(window):
            _visit(window, page)
        qtbot.waitUntil(lambda: not window.members_page.loading)
        assert grid_names(window.assessment_page) == ["Võ Thị Dung"]
        assert member_names(window.members_page) == ["Võ Thị Dung"]
        assert pledge_names(window.pledges_page) == ["Võ Thị Dung"]
        initiatives = window.initiatives_page.model
        assert [initiatives.row_at(r).title for r in range(initiatives.rowCount())] == [
            "Sáng kiến CD-B"
        ]
        assert "Chi đoàn CD-B" in window.windowTitle()
    finally:
        if app.window is not None:
            app.window.close()
        app.close()


# -- the page's own saves ---------------------------------------------------------------------


def test_the_pages_own_save_keeps_the_cell_and_the_message(qtbot, ctx):
    """The grid hears of its own save too: read again, it keeps the cursor and "saved"."""
    for name in ("An", "Bình", "Cường"):
        ctx.members.save(Member(given_name=name, family_middle_name="Trương Văn"))
    window = _window(qtbot, ctx)
    page = window.assessment_page
    _visit(window, page)
    page.model.setData(page.model.index(0, 1), "12")
    page.view.setCurrentIndex(page.model.index(2, 4))
    assert page.save()
    saved_text = page.message.text()
    assert page.stale  # its own change: read again once this action is over
    qtbot.waitUntil(lambda: not page.stale)
    current = page.view.currentIndex()
    assert (current.row(), current.column()) == (2, 4)
    assert page.message.text() == saved_text
    assert page.model.row_at(0).assessment.self_scores == {"A1": 12}
