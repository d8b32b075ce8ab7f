"""The overview page: tiles, charts and campaign bars show the figures of a small world."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QFontMetrics

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.overview import INITIATIVE_STATES
from bamtrachnhiem.domain.records import Member, new_id
from bamtrachnhiem.gui.main_window import MainWindow
from bamtrachnhiem.gui.pages.overview import BAND_COLOURS, NOT_ASSESSED_COLOUR, OverviewPage

STAMP = "2026-03-31T00:00:00+00:00"


@pytest.fixture(autouse=True)
def no_task_left_behind(ctx):
    """Background reads finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _row(**values) -> dict:
    return {
        "id": new_id(),
        "unit_code": "CD-UBND-PD",
        "created_at": STAMP,
        "updated_at": STAMP,
        **values,
    }


@pytest.fixture
def world(ctx):
    """Four active members: 2 pledged (one draft), 3 assessed in March 2026, month locked,
    three initiatives, one campaign with two targets, two activities in March."""
    m = ctx.database.models
    ids = [
        ctx.members.save(Member(given_name=given, family_middle_name="Nguyễn Văn")).id
        for given in ("An", "Bình", "Chi", "Dũng")
    ]
    # The pledge, initiative and assessment tables are written straight: their services
    # belong to other parts of the app.
    with ctx.database.write():
        for member_id, state in zip(ids, ("approved", "submitted", "draft"), strict=False):
            m.Pledge.insert(**_row(member_id=member_id, year=2026, state=state)).execute()
        for member_id, total, band in zip(
            ids, (95, 72, 40), ("excellent", "good", "fail"), strict=False
        ):
            m.Assessment.insert(
                **_row(member_id=member_id, year=2026, month=3, total=total, band=band)
            ).execute()
        m.MonthLock.insert(**_row(year=2026, month=3, locked=True, locked_at=STAMP)).execute()
        for state in ("registered", "applied", "applied"):
            m.Initiative.insert(
                **_row(
                    year=2026,
                    title="Sáng kiến",
                    state=state,
                    measure_unit="ngày/hồ sơ",
                    before_value=3,
                    after_value=1,
                    dossiers_affected=10,
                )
            ).execute()
    campaign = ctx.campaigns.save(
        Campaign(
            "Tháng Thanh niên 2026",
            date(2026, 3, 1),
            date(2026, 3, 31),
            targets=[
                CampaignTarget("Hồ sơ hỗ trợ", "hồ sơ", 120),
                CampaignTarget("Ngày công", "ngày công", 40),
            ],
        )
    )
    ctx.campaigns.record_achieved(campaign.targets[0].id, 90)
    ctx.campaigns.record_achieved(campaign.targets[1].id, 60)
    ctx.activities.save(
        Activity(
            date(2026, 3, 8),
            ActivityKind.FORUM,
            "Diễn đàn",
            participants=ids[:3],
            citizens_helped=0,
        )
    )
    ctx.activities.save(
        Activity(
            date(2026, 3, 22),
            ActivityKind.VOLUNTEER,
            "Tình nguyện",
            participants=ids[:2],
            citizens_helped=25,
        )
    )
    return ctx


def _show_march(qtbot, ctx) -> OverviewPage:
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.month.setCurrentIndex(page.month.findData(3))
    page.resize(1150, 700)
    page.show()
    qtbot.waitUntil(
        lambda: not page.loading and page.summary is not None and page.summary.month == 3
    )
    return page


def test_tiles_show_the_counts(qtbot, world):
    """Members, pledged %, assessed x/y, activities and initiatives read right on the tiles."""
    page = _show_march(qtbot, world)
    values = {name: tile.value.text() for name, tile in page.tiles.items()}
    assert values == {
        "members": "4",
        "pledged": "50%",
        "assessed": "3/4",
        "activities": "2",
        "initiatives": "3",
    }
    assert "5" in page.tiles["activities"].caption.text()  # participations
    assert "25" in page.tiles["activities"].caption.text()  # citizens helped
    assert "40" in page.tiles["initiatives"].caption.text()  # 2 × (3 − 1) × 10 days saved
    assert page.summary.month_locked


def test_band_chart_has_a_slice_per_band_and_the_not_assessed(qtbot, world):
    """The doughnut has one slice per band present, in its colour, plus the not assessed."""
    page = _show_march(qtbot, world)
    slices = [(s.value(), s.color().name().upper()) for s in page.band_series.slices()]
    assert slices == [
        (1.0, QColor(BAND_COLOURS["excellent"]).name().upper()),
        (1.0, QColor(BAND_COLOURS["good"]).name().upper()),
        (1.0, QColor(BAND_COLOURS["fail"]).name().upper()),
        (1.0, QColor(NOT_ASSESSED_COLOUR).name().upper()),
    ]


def test_initiative_chart_bars_follow_the_states(qtbot, world):
    """The initiative bars hold the count of each state (drawn bottom-up)."""
    page = _show_march(qtbot, world)
    bars = [page.initiative_set.at(i) for i in range(page.initiative_set.count())]
    expected = {"registered": 1, "applied": 2}
    assert bars == [float(expected.get(state, 0)) for state in reversed(INITIATIVE_STATES)]
    assert page.state_axis.count() == len(INITIATIVE_STATES)


def test_campaign_targets_show_as_progress_bars(qtbot, world):
    """Each campaign target has a bar at its percentage; above 100 fills the bar."""
    page = _show_march(qtbot, world)
    assert [(b.value(), b.format()) for b in page.progress_bars] == [(75, "75%"), (100, "150%")]


def _assert_legend_entries_fit(page: OverviewPage) -> None:
    """Qt cuts a legend entry wider than the legend's share of the chart."""
    legend = page.band_chart.legend()
    for marker in legend.markers():
        width = QFontMetrics(marker.font()).horizontalAdvance(marker.label())
        assert width + 30 <= legend.geometry().width(), marker.label()


def test_changing_the_month_and_showing_again_reads_fresh_figures(qtbot, world):
    """Another month gives its own figures; data added elsewhere shows when the page is shown."""
    page = _show_march(qtbot, world)
    page.month.setCurrentIndex(page.month.findData(4))
    qtbot.waitUntil(lambda: not page.loading and page.summary.month == 4)
    assert page.tiles["assessed"].value.text() == "0/4"
    assert page.band_series.count() == 1  # only the not assessed
    _assert_legend_entries_fit(page)
    assert page.tiles["activities"].value.text() == "0"
    page.hide()
    world.activities.save(Activity(date(2026, 4, 2), ActivityKind.CLUB, "Câu lạc bộ"))
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.tiles["activities"].value.text() == "1")


def test_large_database_reads_the_figures_in_the_background(qtbot, world, monkeypatch):
    """Above the size threshold the summary comes from a worker thread, then shows."""
    monkeypatch.setattr(OverviewPage, "BACKGROUND_FROM_MEMBERS", 1)
    page = OverviewPage(world)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.month.setCurrentIndex(page.month.findData(3))
    page.show()
    assert page.loading  # the GUI thread did not wait for the figures
    qtbot.waitUntil(lambda: not page.loading and page.summary.month == 3)
    assert page.tiles["assessed"].value.text() == "3/4"


def test_main_window_opens_on_the_overview_and_members_still_fill(qtbot, world):
    """The overview is the start page; the member page fills when the user opens it."""
    window = MainWindow(world)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.overview_page
    qtbot.waitUntil(lambda: window.overview_page.summary is not None)
    assert window.overview_page.tiles["members"].value.text() == "4"
    window.sidebar.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.members_page.model.rowCount() == 4)
    window.sidebar.setCurrentRow(5)
    assert window.stack.currentWidget() is window.campaigns_page
    window.campaigns_page.year.setValue(2026)
    assert window.campaigns_page.campaigns_tab.list_model.rowCount() == 1
