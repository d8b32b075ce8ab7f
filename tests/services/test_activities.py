"""Activities: participants picked from members, listing, month totals, participation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import Member, MemberStatus


@pytest.fixture
def people(ctx) -> list[str]:
    """Four members of the own unit; the last one has transferred away."""
    ids = [
        ctx.members.save(Member(given_name=given, family_middle_name=family)).id
        for family, given in [
            ("Nguyễn Văn", "An"),
            ("Trần Thị", "Bình"),
            ("Lê Hoàng", "Phúc"),
            ("Võ Minh", "Đức"),
        ]
    ]
    ctx.members.set_status(ids[3], MemberStatus.TRANSFERRED, date(2026, 2, 1))
    return ids


def _activity(on: date, kind=ActivityKind.VOLUNTEER, **changes) -> Activity:
    values = {"title": "Ngày Chủ nhật xanh", "place": "Trụ sở UBND xã", "citizens_helped": 0}
    values.update(changes)
    return Activity(on, kind, **values)


def test_save_stores_participants_and_travelling_fields(ctx, people):
    """An activity keeps its participants, gets a UUID, the own unit and its year."""
    m = ctx.database.models
    saved = ctx.activities.save(
        _activity(date(2026, 3, 22), participants=people[:2], citizens_helped=35, prizes="")
    )
    assert len(saved.id) == 36 and saved.unit_code == "CD-UBND" and saved.year == 2026
    assert sorted(saved.participants) == sorted(people[:2])
    assert saved.citizens_helped == 35
    row = m.Activity.get_by_id(saved.id)
    assert row.created_at and row.updated_at and row.deleted_at is None


def test_participants_must_be_members(ctx, people, snapshot):
    """An unknown or deleted member as participant is refused and nothing is stored."""
    gone = ctx.members.save(Member(given_name="Nhầm")).id
    ctx.members.delete(gone)
    before = snapshot(ctx.database.path)
    for bad in ("not-a-member", gone):
        with pytest.raises(ValidationError) as caught:
            ctx.activities.save(_activity(date(2026, 3, 22), participants=[people[0], bad]))
        assert caught.value.code == "activity_participant_not_found"
        assert caught.value.params == {"id": bad}
    assert snapshot(ctx.database.path) == before


def test_members_who_left_can_still_be_participants(ctx, people):
    """A transferred member may be recorded for an activity they attended before leaving."""
    saved = ctx.activities.save(_activity(date(2026, 1, 10), participants=[people[3]]))
    assert saved.participants == [people[3]]


def test_update_replaces_participants(ctx, people):
    """Editing an activity replaces its participant list."""
    m = ctx.database.models
    saved = ctx.activities.save(_activity(date(2026, 3, 22), participants=people[:3]))
    edited = ctx.activities.save(replace(saved, participants=[people[2]], title="Đổi tên"))
    assert edited.participants == [people[2]]
    assert edited.title == "Đổi tên"
    assert m.ActivityParticipant.select().count() == 1


def test_linked_campaign_must_exist(ctx):
    """An activity can point to a live campaign, not to a deleted or unknown one."""
    campaign = ctx.campaigns.save(
        Campaign(
            "Tháng Thanh niên",
            date(2026, 3, 1),
            date(2026, 3, 31),
            targets=[CampaignTarget("Lượt", "lượt", 5)],
        )
    )
    saved = ctx.activities.save(_activity(date(2026, 3, 5), campaign_id=campaign.id))
    assert saved.campaign_id == campaign.id
    ctx.campaigns.delete(campaign.id)
    with pytest.raises(ValidationError) as caught:
        ctx.activities.save(_activity(date(2026, 3, 6), campaign_id=campaign.id))
    assert caught.value.code == "activity_campaign_not_found"


def test_list_filters_by_year_month_and_kind(ctx, people):
    """Listing narrows by year, month and kind, leaves out deleted ones, in date order."""
    m = ctx.database.models
    ctx.activities.save(_activity(date(2026, 3, 22), title="B"))
    ctx.activities.save(_activity(date(2026, 3, 2), ActivityKind.CONTEST, title="A"))
    ctx.activities.save(_activity(date(2026, 4, 1), ActivityKind.CLUB, title="C"))
    ctx.activities.save(_activity(date(2025, 3, 2), title="D"))
    gone = ctx.activities.save(_activity(date(2026, 3, 3), title="E"))
    ctx.activities.delete(gone.id)
    assert [a.title for a in ctx.activities.find(2026)] == ["A", "B", "C"]
    assert [a.title for a in ctx.activities.find(2026, 3)] == ["A", "B"]
    assert [a.title for a in ctx.activities.find(2026, 3, ActivityKind.VOLUNTEER)] == ["B"]
    assert [a.title for a in ctx.activities.find(2026, kind=ActivityKind.CLUB)] == ["C"]
    assert m.Activity.get_by_id(gone.id).deleted_at is not None
    with pytest.raises(NotFoundError):
        ctx.activities.get(gone.id)
    with pytest.raises(ValidationError) as caught:
        ctx.activities.find(2026, 13)
    assert caught.value.code == "activity_month_invalid"


def test_list_brings_each_activity_its_participants(ctx, people):
    """Each listed activity carries its own participants."""
    a = ctx.activities.save(_activity(date(2026, 3, 2), participants=people[:3]))
    b = ctx.activities.save(_activity(date(2026, 3, 9), participants=[people[1]]))
    listed = {x.id: sorted(x.participants) for x in ctx.activities.find(2026, 3)}
    assert listed == {a.id: sorted(people[:3]), b.id: [people[1]]}


def test_month_totals_add_up_activities_participations_and_citizens(ctx, people):
    """Each month totals its activities, participations and citizens helped."""
    ctx.activities.save(_activity(date(2026, 3, 2), participants=people[:3], citizens_helped=10))
    ctx.activities.save(_activity(date(2026, 3, 31), participants=people[:1], citizens_helped=5))
    ctx.activities.save(_activity(date(2026, 12, 31), participants=people[:2]))
    ctx.activities.save(_activity(date(2027, 1, 1), participants=people, citizens_helped=99))
    gone = ctx.activities.save(_activity(date(2026, 3, 5), participants=people, citizens_helped=7))
    ctx.activities.delete(gone.id)
    totals = ctx.activities.month_totals(2026)
    assert [t.month for t in totals] == list(range(1, 13))
    march, december = totals[2], totals[11]
    assert (march.activities, march.participations, march.citizens_helped) == (2, 4, 15)
    assert (december.activities, december.participations, december.citizens_helped) == (1, 2, 0)
    assert sum(t.activities for t in totals) == 3


def test_participation_counts_took_part_of_total(ctx, people):
    """participation() gives (took part, activities of the month) for one member."""
    ctx.activities.save(_activity(date(2026, 3, 2), participants=people[:2]))
    ctx.activities.save(_activity(date(2026, 3, 9), participants=[people[0]]))
    ctx.activities.save(_activity(date(2026, 3, 16), participants=[people[1]]))
    ctx.activities.save(_activity(date(2026, 3, 23)))
    ctx.activities.save(_activity(date(2026, 4, 1), participants=[people[0]]))
    gone = ctx.activities.save(_activity(date(2026, 3, 30), participants=[people[0]]))
    ctx.activities.delete(gone.id)
    assert ctx.activities.participation(people[0], 2026, 3) == (2, 4)
    assert ctx.activities.participation(people[1], 2026, 3) == (2, 4)
    assert ctx.activities.participation(people[2], 2026, 3) == (0, 4)
    assert ctx.activities.participation(people[2], 2026, 5) == (0, 0)


def test_participation_counts_activities_of_other_units_the_member_joined(ctx, people):
    """An activity of another unit counts for a member only if they took part in it."""
    m = ctx.database.models
    m.Unit.create(code="DX", name="Đoàn xã", parent_code="CD-UBND", updated_at="x")
    joined = ctx.activities.save(_activity(date(2026, 3, 2), participants=[people[0]]))
    other = ctx.activities.save(_activity(date(2026, 3, 3)))
    m.Activity.update(unit_code="DX").where(m.Activity.id.in_([joined.id, other.id])).execute()
    ctx.activities.save(_activity(date(2026, 3, 4)))
    assert ctx.activities.participation(people[0], 2026, 3) == (1, 2)
    assert ctx.activities.participation(people[1], 2026, 3) == (0, 1)


def test_participation_of_unknown_member_is_not_found(ctx):
    """Asking about a member who does not exist says so."""
    with pytest.raises(NotFoundError):
        ctx.activities.participation("nobody", 2026, 3)
