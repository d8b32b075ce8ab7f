"""Peak campaigns: targets saved in one transaction, achieved values, upper-level campaigns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bamtrachnhiem.domain.campaigns import Campaign, CampaignTarget
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError


def _campaign(**changes) -> Campaign:
    values = {
        "name": "Tháng Thanh niên 2026",
        "theme": "Tuổi trẻ xung kích cải cách hành chính",
        "start_date": date(2026, 3, 1),
        "end_date": date(2026, 3, 31),
        "targets": [
            CampaignTarget("Hồ sơ hỗ trợ người dân", "hồ sơ", 120),
            CampaignTarget("Ngày công tình nguyện", "ngày công", 40),
        ],
    }
    values.update(changes)
    return Campaign(**values)


def test_create_stores_campaign_and_targets_as_travelling_records(ctx):
    """A new campaign gets a UUID, the own unit, its year from the start date, and targets."""
    m = ctx.database.models
    saved = ctx.campaigns.save(_campaign())
    assert len(saved.id) == 36 and saved.unit_code == "CD-UBND" and saved.year == 2026
    assert [t.name for t in saved.targets] == ["Hồ sơ hỗ trợ người dân", "Ngày công tình nguyện"]
    assert all(len(t.id) == 36 for t in saved.targets)
    rows = m.CampaignTarget.select().where(m.CampaignTarget.campaign_id == saved.id)
    assert {(r.unit_code, r.deleted_at) for r in rows} == {("CD-UBND", None)}
    assert all(r.created_at and r.updated_at for r in rows)


def test_a_bad_target_saves_nothing(ctx, snapshot):
    """A refused target (value 0) leaves the database as it was: one transaction."""
    ctx.campaigns.save(_campaign(name="Đợt trước"))
    before = snapshot(ctx.database.path)
    bad = _campaign(targets=[CampaignTarget("Hồ sơ", "hồ sơ", 10), CampaignTarget("Lượt", "", 0)])
    with pytest.raises(ValidationError) as caught:
        ctx.campaigns.save(bad)
    assert caught.value.code == "campaign_target_value_invalid"
    assert snapshot(ctx.database.path) == before


def test_end_before_start_is_refused(ctx):
    """A campaign ending before it starts is refused with its own code."""
    with pytest.raises(ValidationError) as caught:
        ctx.campaigns.save(_campaign(end_date=date(2026, 2, 1)))
    assert caught.value.code == "campaign_end_before_start"


def test_update_keeps_target_ids_and_achieved_values_and_removes_dropped_targets(ctx):
    """Editing keeps kept targets' ids and achieved values; a dropped target is soft-deleted."""
    m = ctx.database.models
    saved = ctx.campaigns.save(_campaign())
    first, second = saved.targets
    ctx.campaigns.record_achieved(first.id, 30)
    edited = replace(
        ctx.campaigns.get(saved.id),
        name="Tháng Thanh niên",
        targets=[
            replace(first, target_value=150, achieved_value=0),
            CampaignTarget("Buổi tuyên truyền pháp luật", "buổi", 4),
        ],
    )
    result = ctx.campaigns.save(edited)
    assert result.name == "Tháng Thanh niên"
    assert [(t.id, t.target_value, t.achieved_value) for t in result.targets[:1]] == [
        (first.id, 150.0, 30.0)
    ]
    assert result.targets[1].name == "Buổi tuyên truyền pháp luật"
    dropped = m.CampaignTarget.get_by_id(second.id)
    assert dropped.deleted_at is not None


def test_record_achieved_updates_percentage_and_refuses_negatives(ctx):
    """Achieved values move the percentage; a negative value is refused and not stored."""
    saved = ctx.campaigns.save(_campaign())
    target = saved.targets[0]
    assert ctx.campaigns.record_achieved(target.id, 90).percentage == 75
    with pytest.raises(ValidationError) as caught:
        ctx.campaigns.record_achieved(target.id, -1)
    assert caught.value.code == "campaign_achieved_negative"
    assert caught.value.params["name"] == "Hồ sơ hỗ trợ người dân"
    assert ctx.campaigns.get(saved.id).targets[0].achieved_value == 90


def test_list_by_year_shows_progress_in_start_order(ctx):
    """The year's campaigns come by start date with their targets; other years and deleted
    campaigns are left out."""
    later = ctx.campaigns.save(
        _campaign(name="Hè tình nguyện", start_date=date(2026, 6, 1), end_date=None)
    )
    earlier = ctx.campaigns.save(_campaign())
    ctx.campaigns.save(_campaign(name="Năm trước", start_date=date(2025, 3, 1), end_date=None))
    gone = ctx.campaigns.save(_campaign(name="Nhập nhầm"))
    ctx.campaigns.delete(gone.id)
    ctx.campaigns.record_achieved(earlier.targets[1].id, 40)
    listed = ctx.campaigns.find(2026)
    assert [c.name for c in listed] == ["Tháng Thanh niên 2026", "Hè tình nguyện"]
    assert [t.percentage for t in listed[0].targets] == [0, 100]
    assert listed[0].percentage == 50
    assert listed[1].id == later.id
    assert ctx.campaigns.years() == [2026, 2025]


def test_delete_is_soft_and_covers_the_targets(ctx):
    """Deleting marks the campaign and its targets deleted; the rows stay to travel."""
    m = ctx.database.models
    saved = ctx.campaigns.save(_campaign())
    ctx.campaigns.delete(saved.id)
    assert m.Campaign.get_by_id(saved.id).deleted_at is not None
    assert all(
        t.deleted_at is not None
        for t in m.CampaignTarget.select().where(m.CampaignTarget.campaign_id == saved.id)
    )
    with pytest.raises(NotFoundError):
        ctx.campaigns.get(saved.id)


def test_campaign_from_upper_level_is_read_only_except_achieved(ctx):
    """A campaign from the level above cannot be edited or deleted; achieved values can."""
    adopted = ctx.campaigns.adopt_from_upper(_campaign(name="Đợt cao điểm của Huyện đoàn"))
    assert adopted.from_upper
    for action in (
        lambda: ctx.campaigns.save(replace(adopted, name="Đổi tên")),
        lambda: ctx.campaigns.delete(adopted.id),
    ):
        with pytest.raises(ValidationError) as caught:
            action()
        assert caught.value.code == "campaign_from_upper"
    ctx.campaigns.record_achieved(adopted.targets[0].id, 60)
    again = ctx.campaigns.get(adopted.id)
    assert again.name == "Đợt cao điểm của Huyện đoàn"
    assert again.targets[0].percentage == 50


def test_campaign_of_another_unit_is_not_edited_here(ctx):
    """A campaign merged from another unit is refused for edits and achieved values."""
    m = ctx.database.models
    saved = ctx.campaigns.save(_campaign())
    m.Unit.create(code="CD-KHAC", name="Chi đoàn khác", parent_code="CD-UBND", updated_at="x")
    m.Campaign.update(unit_code="CD-KHAC").where(m.Campaign.id == saved.id).execute()
    with pytest.raises(ValidationError) as caught:
        ctx.campaigns.record_achieved(saved.targets[0].id, 5)
    assert caught.value.code == "campaign_not_own"
    with pytest.raises(ValidationError):
        ctx.campaigns.save(replace(saved, name="Khác"))
    assert ctx.campaigns.find(2026) == []


def test_unknown_target_is_not_found(ctx):
    """Recording progress on a target that does not exist says so."""
    with pytest.raises(NotFoundError) as caught:
        ctx.campaigns.record_achieved("no-such-target", 1)
    assert caught.value.code == "campaign_target_not_found"
