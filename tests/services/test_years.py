"""Movement years open with the default criteria; sets from above or in use are read-only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bamtrachnhiem.domain.criteria import CriteriaSource, Criterion, default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Member, new_id, now_iso


def test_year_opens_with_default_set(ctx):
    """The first use of a year gives the 13 default criteria worth 100 points."""
    criteria = ctx.years.criteria(2026)
    assert criteria.source is CriteriaSource.DEFAULT
    assert [c.code for c in criteria.criteria][:3] == ["A1", "A2", "A3"]
    assert criteria.max_total == 100
    assert ctx.years.years() == [2026]
    assert ctx.years.criteria(2026).id == criteria.id


def test_own_edit_allowed_while_unused(ctx):
    """Renaming a pillar and changing a maximum is saved as the unit's own set."""
    criteria = ctx.years.criteria(2026)
    edited = replace(
        criteria,
        criteria=(*criteria.criteria[:-1], replace(criteria.criteria[-1], max_points=10)),
    )
    saved = ctx.years.save_own(edited)
    assert saved.source is CriteriaSource.OWN
    assert ctx.years.criteria(2026).criteria[-1].max_points == 10


def test_edit_refused_once_used(ctx):
    """After one assessment exists the year's set can no longer change."""
    m = ctx.database.models
    ctx.years.criteria(2026)
    member = ctx.members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
    stamp = now_iso()
    m.Assessment.create(
        id=new_id(),
        unit_code=member.unit_code,
        member_id=member.id,
        year=2026,
        month=1,
        created_at=stamp,
        updated_at=stamp,
    )
    with pytest.raises(ValidationError) as refused:
        ctx.years.save_own(ctx.years.criteria(2026))
    assert refused.value.code == "criteria_in_use"
    assert not ctx.years.can_edit(2026)


def test_set_from_upper_is_read_only(ctx):
    """A set adopted from the level above cannot be edited at the branch."""
    adopted = ctx.years.adopt_from_upper(default_criteria_set(2027), "HD-PD")
    assert ctx.years.criteria(2027).source is CriteriaSource.UPPER
    with pytest.raises(ValidationError) as refused:
        ctx.years.save_own(adopted)
    assert refused.value.code == "criteria_from_upper"


@pytest.mark.parametrize(
    "change, code",
    [
        (lambda c: replace(c, criteria=()), "criteria_empty"),
        (lambda c: replace(c, criteria=(*c.criteria, c.criteria[0])), "criteria_duplicate_code"),
        (
            lambda c: replace(c, criteria=(*c.criteria, Criterion("D1", "D", "Khác", 5))),
            "criteria_unknown_pillar",
        ),
        (
            lambda c: replace(c, criteria=(replace(c.criteria[0], max_points=0), *c.criteria[1:])),
            "criteria_bad_max",
        ),
        (
            lambda c: replace(c, criteria=(replace(c.criteria[0], name=" "), *c.criteria[1:])),
            "criteria_blank_criterion",
        ),
        (
            lambda c: replace(c, pillars=(replace(c.pillars[0], name=""), *c.pillars[1:])),
            "criteria_blank_pillar",
        ),
        (
            lambda c: replace(c, rules=replace(c.rules, title_max_share=1.5)),
            "criteria_bad_title_rule",
        ),
        (
            lambda c: replace(c, rules=replace(c.rules, yearly_min_months=0)),
            "criteria_bad_title_rule",
        ),
        (
            lambda c: replace(c, rules=replace(c.rules, participation_criterion="C9")),
            "criteria_unknown_participation",
        ),
    ],
)
def test_invalid_sets_refused(ctx, change, code):
    """A set that cannot be scored is refused with a code naming the problem."""
    with pytest.raises(ValidationError) as refused:
        ctx.years.save_own(change(ctx.years.criteria(2026)))
    assert refused.value.code == code


def test_peek_reads_without_opening(ctx):
    """peek gives the default set of an unopened year and the stored set of an opened one."""
    assert ctx.years.peek(2030).source is CriteriaSource.DEFAULT
    assert ctx.years.years() == []
    criteria = ctx.years.criteria(2030)
    edited = replace(criteria, rules=replace(criteria.rules, bonus_cap=5))
    ctx.years.save_own(edited)
    assert ctx.years.peek(2030).rules.bonus_cap == 5
    assert ctx.years.peek(2030).source is CriteriaSource.OWN
