"""The overview figures, checked one by one on a small world built straight in the tables."""

from __future__ import annotations

from datetime import date

import pytest

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.overview import TimeSaved
from bamtrachnhiem.domain.records import Member, MemberStatus, new_id, now_iso

STAMP = "2026-03-31T00:00:00+00:00"


def _travelling(**values) -> dict:
    return {
        "id": new_id(),
        "unit_code": "CD-UBND",
        "created_at": STAMP,
        "updated_at": STAMP,
        **values,
    }


def _pledge(m, member_id: str, state: str, year: int = 2026, deleted: bool = False) -> None:
    m.Pledge.insert(
        **_travelling(
            member_id=member_id, year=year, state=state, deleted_at=STAMP if deleted else None
        )
    ).execute()


def _assessment(
    m, member_id: str, total: float | None, band: str, month: int = 3, deleted: bool = False
) -> None:
    m.Assessment.insert(
        **_travelling(
            member_id=member_id,
            year=2026,
            month=month,
            total=total,
            band=band,
            deleted_at=STAMP if deleted else None,
        )
    ).execute()


def _initiative(
    m,
    state: str,
    unit: str = "",
    before=None,
    after=None,
    dossiers=None,
    year: int = 2026,
    deleted: bool = False,
) -> None:
    m.Initiative.insert(
        **_travelling(
            year=year,
            title=f"Sáng kiến {state}",
            state=state,
            measure_unit=unit,
            before_value=before,
            after_value=after,
            dossiers_affected=dossiers,
            deleted_at=STAMP if deleted else None,
        )
    ).execute()


def _lock(m, month: int, locked: bool, unit: str = "CD-UBND") -> None:
    m.MonthLock.insert(
        **_travelling(unit_code=unit, year=2026, month=month, locked=locked, locked_at=STAMP)
    ).execute()


@pytest.fixture
def world(ctx):
    """Five active members (A–E), one transferred (F), one deleted (G), and their records."""
    m = ctx.database.models
    ids = {}
    for key in "ABCDEFG":
        ids[key] = ctx.members.save(Member(given_name=f"Người {key}")).id
    ctx.members.set_status(ids["F"], MemberStatus.TRANSFERRED, date(2026, 2, 1))
    m.Unit.create(code="CD-KHAC", name="Chi đoàn khác", parent_code="CD-UBND", updated_at=STAMP)
    with ctx.database.write():
        _pledge(m, ids["A"], "approved")
        _pledge(m, ids["B"], "submitted")
        _pledge(m, ids["C"], "draft")
        _pledge(m, ids["D"], "approved", deleted=True)
        _pledge(m, ids["E"], "approved", year=2025)
        _pledge(m, ids["F"], "approved")  # transferred: not counted
        _pledge(m, ids["G"], "submitted")  # deleted below: not counted

        _assessment(m, ids["A"], 92, "excellent")
        _assessment(m, ids["B"], 75, "good")
        _assessment(m, ids["C"], 55, "pass")
        _assessment(m, ids["E"], 40, "fail")
        _assessment(m, ids["D"], None, "")  # started, no total yet
        _assessment(m, ids["E"], 88, "good", month=2)
        _assessment(m, ids["A"], 10, "fail", month=4, deleted=True)
        _assessment(m, ids["F"], 80, "good")  # transferred: not counted

        _lock(m, 3, True)
        _lock(m, 4, False)
        _lock(m, 5, True, unit="CD-KHAC")

        _initiative(m, "registered")
        _initiative(m, "registered")
        _initiative(m, "trial", "ngày/hồ sơ", 3, 2, 100)  # not in use yet: no time saved
        _initiative(m, "applied", "ngày/hồ sơ", 3, 1, 50)  # 100 days
        _initiative(m, "applied", "giờ/hồ sơ", 4, 2, 10)  # 20 hours
        _initiative(m, "applied", "ngày/hồ sơ", 3, 1, None)  # dossiers unknown
        _initiative(m, "recognised", "ngày / hồ sơ", 5, 3, 30)  # 60 days
        _initiative(m, "rejected", "ngày/hồ sơ", 9, 1, 100)
        _initiative(m, "applied", "ngày/hồ sơ", 9, 1, 100, deleted=True)
        _initiative(m, "applied", "ngày/hồ sơ", 9, 1, 100, year=2025)
    m.Member.update(deleted_at=now_iso()).where(m.Member.id == ids["G"]).execute()

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
    ctx.campaigns.record_achieved(campaign.targets[1].id, 50)
    other = ctx.campaigns.save(Campaign("Của đơn vị khác", date(2026, 4, 1)))
    m.Campaign.update(unit_code="CD-KHAC").where(m.Campaign.id == other.id).execute()
    ctx.campaigns.save(Campaign("Năm trước", date(2025, 3, 1)))

    def activity(on: date, people: list[str], helped: int) -> str:
        saved = ctx.activities.save(
            Activity(
                on,
                ActivityKind.VOLUNTEER,
                "Tình nguyện",
                participants=people,
                citizens_helped=helped,
            )
        )
        return saved.id

    activity(date(2026, 3, 1), [ids["A"], ids["B"], ids["C"]], 10)
    activity(date(2026, 3, 31), [ids["A"], ids["F"]], 5)
    activity(date(2026, 4, 1), [ids["A"]], 100)
    ctx.activities.delete(activity(date(2026, 3, 15), [ids["B"]], 7))
    return ctx


def test_member_and_pledge_figures(world):
    """Active members count, and pledges of active members by state with the pledged share."""
    summary = world.overview.summary(2026, 3)
    assert summary.members_active == 5
    assert summary.pledges_by_state == {"approved": 1, "submitted": 1, "draft": 1}
    assert summary.pledged == 2
    assert summary.pledged_percent == 40


def test_assessed_and_bands_of_the_month(world):
    """Assessed x/y counts active members with a total this month; bands split them."""
    summary = world.overview.summary(2026, 3)
    assert (summary.assessed, summary.members_active) == (4, 5)
    assert summary.bands == {"excellent": 1, "good": 1, "pass": 1, "fail": 1}
    february = world.overview.summary(2026, 2)
    assert (february.assessed, february.bands) == (1, {"good": 1})
    assert world.overview.summary(2026, 4).assessed == 0


def test_month_lock_is_the_own_units(world):
    """A confirmed month shows locked; an unlocked one or another unit's lock does not."""
    assert world.overview.summary(2026, 3).month_locked is True
    assert world.overview.summary(2026, 4).month_locked is False
    assert world.overview.summary(2026, 5).month_locked is False


def test_initiatives_by_state_and_time_saved(world):
    """Initiatives of the year by state; time saved from applied and recognised ones, by unit."""
    summary = world.overview.summary(2026, 3)
    assert summary.initiatives_by_state == {
        "registered": 2,
        "trial": 1,
        "applied": 3,
        "recognised": 1,
        "rejected": 1,
    }
    assert summary.initiatives == 8
    assert summary.time_saved == [
        TimeSaved(unit="ngày", amount=160.0, initiatives=2),
        TimeSaved(unit="giờ", amount=20.0, initiatives=1),
    ]


def test_campaign_progress_of_the_year(world):
    """The own unit's campaigns of the year come with their targets and percentages."""
    campaigns = world.overview.summary(2026, 3).campaigns
    assert [c.name for c in campaigns] == ["Tháng Thanh niên 2026"]
    assert [t.percentage for t in campaigns[0].targets] == [75, 125]


def test_activities_of_the_month(world):
    """Live activities of the month, their participations, citizens helped, and each month's
    count over the year."""
    summary = world.overview.summary(2026, 3)
    assert (summary.activities, summary.participations, summary.citizens_helped) == (2, 5, 15)
    april = world.overview.summary(2026, 4)
    assert (april.activities, april.participations, april.citizens_helped) == (1, 1, 100)
    assert summary.activities_by_month == [0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]


def test_empty_database_gives_zeros(ctx):
    """A new database gives zeros and no percentage rather than failing."""
    summary = ctx.overview.summary(2026, 1)
    assert summary.members_active == 0
    assert summary.pledged_percent is None
    assert (summary.assessed, summary.bands, summary.month_locked) == (0, {}, False)
    assert (summary.initiatives_by_state, summary.time_saved, summary.campaigns) == ({}, [], [])
    assert (summary.activities, summary.citizens_helped) == (0, 0)


def test_summary_reads_without_writing(world, snapshot):
    """Building the overview changes nothing in the database."""
    before = snapshot(world.database.path)
    world.overview.summary(2026, 3)
    assert snapshot(world.database.path) == before
