"""The monthly assessment service: grid, saving, copying, locking, audit, summaries, title."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from bamtrachnhiem.domain.assessment import ReadOnlyReason
from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Member, MemberStatus, Unit, new_id, now_iso
from bamtrachnhiem.domain.scoring import TitleShortfall
from bamtrachnhiem.messages import CATALOGUE
from bamtrachnhiem.services import assessments as service_module

YEAR = 2026
CODES = [c.code for c in default_criteria_set(YEAR).criteria]
MAXIMA = {c.code: float(c.max_points) for c in default_criteria_set(YEAR).criteria}

# Entered out of order; the variables in the tests follow this order (an, bich, dung, …).
NAMES = [
    ("Nguyễn Văn", "An"),
    ("Trần Thị", "Bích"),
    ("Võ Quốc", "Dũng"),
    ("Phạm Thu", "Hà"),
    ("Lê Minh", "Đức"),
]


def add_members(ctx, names=NAMES):
    return [
        ctx.members.save(Member(given_name=given, family_middle_name=family))
        for family, given in names
    ]


def scores_totalling(total: float) -> dict[str, float]:
    scores = dict(MAXIMA)
    missing = round(100 - total, 2)
    for code in CODES:
        take = min(missing, MAXIMA[code])
        scores[code] = round(MAXIMA[code] - take, 2)
        missing = round(missing - take, 2)
    return scores


def fill(ctx, month, members, total=80.0, kind="self", year=YEAR):
    grid = ctx.assessments.grid(year, month)
    rows = []
    for row in grid.rows:
        if row.member_id in {mb.id for mb in members}:
            values = scores_totalling(total)
            if kind == "self":
                rows.append(replace(row.assessment, self_scores=values))
            else:
                rows.append(replace(row.assessment, branch_scores=values))
    return ctx.assessments.save_grid(year, month, rows)


def test_grid_lists_active_members_in_vietnamese_order(ctx):
    """Rows come sorted by tên then họ đệm (An, Bích, Dũng, Đức, Hà), each with a blank row."""
    add_members(ctx)
    grid = ctx.assessments.grid(YEAR, 3)
    assert [r.full_name for r in grid.rows] == [
        "Nguyễn Văn An",
        "Trần Thị Bích",
        "Võ Quốc Dũng",
        "Lê Minh Đức",
        "Phạm Thu Hà",
    ]
    assert grid.editable and grid.assessed == 0
    assert all(r.assessment.id == "" for r in grid.rows)
    assert [c.code for c in grid.criteria.criteria] == CODES


def test_save_and_load_round_trip(ctx):
    """Saved self and branch scores, bonus, evidence and veto come back; total and band stored."""
    m = ctx.database.models
    an, bich, *_ = add_members(ctx)
    grid = ctx.assessments.grid(YEAR, 3)
    by_id = {r.member_id: r.assessment for r in grid.rows}
    first = replace(
        by_id[an.id],
        self_scores={**MAXIMA, "C3": 0, "C4": 0},
        branch_scores={"A1": 12.5, "B1": 9},
        bonus=3,
        evidence="Giải quyết 120 hồ sơ đúng hạn",
    )
    second = replace(
        by_id[bich.id],
        self_scores=scores_totalling(95),
        veto=True,
        veto_reason="Quyết định kỷ luật số 12/QĐ",
    )
    written = ctx.assessments.save_grid(YEAR, 3, [first, second])
    assert len(written) == 2

    again = {r.member_id: r.assessment for r in ctx.assessments.grid(YEAR, 3).rows}
    a = again[an.id]
    assert a.self_scores == {**MAXIMA, "C3": 0, "C4": 0}
    assert a.branch_scores == {"A1": 12.5, "B1": 9.0}
    assert a.bonus == 3 and a.evidence == "Giải quyết 120 hồ sơ đúng hạn"
    # 86 by self; the branch gives A1 12.5 (not 15) and B1 9 (not 10); bonus 3.
    assert a.total == 86 - 2.5 - 1 + 3 and a.band == "good"
    b = again[bich.id]
    assert b.veto and b.veto_reason == "Quyết định kỷ luật số 12/QĐ"
    assert b.total == 95 and b.band == "fail"
    stored = m.Assessment.get(m.Assessment.member_id == an.id)
    assert json.loads(stored.branch_scores) == {"A1": 12.5, "B1": 9}
    assert stored.unit_code == "CD-UBND" and stored.id and stored.updated_at
    assert ctx.assessments.grid(YEAR, 3).assessed == 2


def test_partial_row_is_saved_without_total(ctx):
    """A row with some criteria scored is kept, but has no total or band until complete."""
    m = ctx.database.models
    an, *_ = add_members(ctx)
    row = next(r for r in ctx.assessments.grid(YEAR, 4).rows if r.member_id == an.id)
    ctx.assessments.save_grid(YEAR, 4, [replace(row.assessment, self_scores={"A1": 10})])
    stored = m.Assessment.get(m.Assessment.member_id == an.id)
    assert stored.total is None and stored.band == ""
    assert ctx.assessments.grid(YEAR, 4).assessed == 0


def test_invalid_value_refused_and_nothing_saved(ctx, snapshot):
    """One score above its maximum refuses the whole save, naming member and criterion."""
    an, bich, *_ = add_members(ctx)
    fill(ctx, 2, [an])
    before = snapshot(ctx.database.path)
    rows = {r.member_id: r.assessment for r in ctx.assessments.grid(YEAR, 2).rows}
    good = replace(rows[an.id], bonus=2)
    bad = replace(rows[bich.id], self_scores={**scores_totalling(80), "A1": 16})
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, 2, [good, bad])
    assert refused.value.code == "assessment_score_above_max"
    assert refused.value.params["member"] == "Trần Thị Bích"
    assert refused.value.params["code"] == "A1"
    assert refused.value.params["max"] == "15"
    assert snapshot(ctx.database.path) == before


@pytest.mark.parametrize(
    "change, code",
    [
        ({"self_scores": {"A1": -1}}, "assessment_score_negative"),
        ({"branch_scores": {"B2": 7.125}}, "assessment_score_too_precise"),
        ({"branch_scores": {"Z9": 1}}, "assessment_unknown_criterion"),
        ({"bonus": 11}, "assessment_bonus_above_cap"),
        ({"deduction": -3}, "assessment_deduction_negative"),
        ({"veto": True, "veto_reason": "  "}, "assessment_veto_reason_required"),
        ({"month": 5}, "assessment_wrong_month"),
    ],
)
def test_each_kind_of_bad_row_is_refused(ctx, change, code):
    """Every refused value has its own code, and the code has a message in both languages."""
    m = ctx.database.models
    add_members(ctx, NAMES[:1])
    row = ctx.assessments.grid(YEAR, 2).rows[0].assessment
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, 2, [replace(row, **change)])
    assert refused.value.code == code
    assert code in CATALOGUE
    assert m.Assessment.select().count() == 0


def test_every_row_code_has_a_message():
    """The codes a saved row's refusal is renamed to all exist in the catalogue."""
    assert set(service_module._ROW_CODES.values()) <= set(CATALOGUE)


def test_unchanged_rows_are_not_rewritten(ctx):
    """Saving the same values again leaves updated_at alone (it would travel as a change)."""
    m = ctx.database.models
    an, *_ = add_members(ctx)
    fill(ctx, 1, [an])
    stamp = m.Assessment.get(m.Assessment.member_id == an.id).updated_at
    rows = [r.assessment for r in ctx.assessments.grid(YEAR, 1).rows]
    assert ctx.assessments.save_grid(YEAR, 1, rows) == []
    assert m.Assessment.get(m.Assessment.member_id == an.id).updated_at == stamp
    assert m.Assessment.select().count() == 1  # blank rows were not created


def test_members_who_left_are_not_in_later_grids(ctx):
    """Transferred in March: in February's grid, not in March's; March's saved row is kept."""
    m = ctx.database.models
    an, bich, *_ = add_members(ctx)
    fill(ctx, 3, [an])
    ctx.members.set_status(an.id, MemberStatus.TRANSFERRED, on=date(YEAR, 3, 15))
    ctx.members.set_status(bich.id, MemberStatus.AGED_OUT, on=date(YEAR, 5, 2))
    feb = [r.member_id for r in ctx.assessments.grid(YEAR, 2).rows]
    mar = [r.member_id for r in ctx.assessments.grid(YEAR, 3).rows]
    may = [r.member_id for r in ctx.assessments.grid(YEAR, 5).rows]
    assert an.id in feb and an.id not in mar
    assert bich.id in mar and bich.id not in may
    assert m.Assessment.select().where(m.Assessment.member_id == an.id).count() == 1
    row = replace(ctx.assessments.grid(YEAR, 2).rows[0].assessment, member_id=an.id, month=3)
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, 3, [row])
    assert refused.value.code == "assessment_member_not_in_grid"


def test_copy_last_month_fills_only_rows_without_self_scores(ctx):
    """Last month's self scores go into empty rows; a row already started is left alone."""
    an, bich, dung, *_ = add_members(ctx)
    fill(ctx, 12, [an, bich], total=77, year=YEAR - 1)
    rows = {r.member_id: r.assessment for r in ctx.assessments.grid(YEAR, 1).rows}
    ctx.assessments.save_grid(YEAR, 1, [replace(rows[bich.id], self_scores={"A1": 1})])
    assert ctx.assessments.copy_last_month_self_scores(YEAR, 1) == 1
    after = {r.member_id: r.assessment for r in ctx.assessments.grid(YEAR, 1).rows}
    assert after[an.id].self_scores == scores_totalling(77)
    assert after[bich.id].self_scores == {"A1": 1.0}
    assert after[dung.id].self_scores == {}
    assert after[an.id].total == 77


def test_copy_skips_scores_this_year_cannot_take(ctx):
    """A score above this year's lower maximum is not copied across the year boundary."""
    (an,) = add_members(ctx, NAMES[:1])
    fill(ctx, 12, [an], total=100, year=YEAR - 1)
    criteria = ctx.years.criteria(YEAR)
    lowered = tuple(replace(c, max_points=10) if c.code == "A1" else c for c in criteria.criteria)
    ctx.years.save_own(replace(criteria, criteria=lowered))
    previous = ctx.assessments.last_month_self_scores(YEAR, 1)
    assert "A1" not in previous[an.id] and previous[an.id]["A2"] == 8


def test_locked_month_refuses_every_change(ctx):
    """After confirming, saving, copying and saving one row again are all refused."""
    m = ctx.database.models
    an, *_ = add_members(ctx)
    fill(ctx, 6, [an])
    lock = ctx.assessments.confirm_month(YEAR, 6, who="Bí thư Hà")
    assert "Bí thư Hà" in lock.locked_by
    grid = ctx.assessments.grid(YEAR, 6)
    assert grid.read_only is ReadOnlyReason.LOCKED and not grid.editable
    assert grid.lock.locked_by == lock.locked_by
    row = replace(grid.rows[0].assessment, bonus=5)
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, 6, [row])
    assert refused.value.code == "month_locked"
    assert refused.value.params["by"] == lock.locked_by
    with pytest.raises(ValidationError):
        ctx.assessments.copy_last_month_self_scores(YEAR, 6)
    assert m.Assessment.get(m.Assessment.member_id == an.id).bonus == 0
    # Other months stay open.
    fill(ctx, 7, [an])


def test_confirming_twice_changes_nothing(ctx):
    """A second confirm returns the first lock and writes no second audit line."""
    first = ctx.assessments.confirm_month(YEAR, 6)
    assert ctx.assessments.confirm_month(YEAR, 6, who="someone else") == first
    assert [e.action for e in ctx.assessments.audit_log()] == ["lock_month"]


def test_unlock_requires_a_reason_and_writes_the_audit_log(ctx, monkeypatch):
    """Unlocking without a reason is refused; with one, the log keeps who, when and why."""
    m = ctx.database.models
    monkeypatch.setattr(service_module.getpass, "getuser", lambda: "may-van-phong")
    an, *_ = add_members(ctx)
    ctx.assessments.confirm_month(YEAR, 6)
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.unlock_month(YEAR, 6, "   ")
    assert refused.value.code == "unlock_reason_required"
    assert ctx.assessments.lock_info(YEAR, 6) is not None

    ctx.assessments.unlock_month(YEAR, 6, "Sửa điểm A1 theo ý kiến chi ủy", who="Nguyễn Hà")
    assert ctx.assessments.lock_info(YEAR, 6) is None
    entry = ctx.assessments.audit_log()[0]
    assert entry.action == "unlock_month"
    assert entry.who == "Nguyễn Hà (may-van-phong)"
    assert entry.reason == "Sửa điểm A1 theo ý kiến chi ủy"
    assert entry.subject == "CD-UBND 06/2026"
    assert entry.details["year"] == YEAR and entry.details["month"] == 6
    assert entry.details["locked_by"] == "may-van-phong"
    assert entry.at
    fill(ctx, 6, [an])  # open again
    with pytest.raises(ValidationError) as twice:
        ctx.assessments.unlock_month(YEAR, 6, "lần nữa")
    assert twice.value.code == "month_not_locked"
    ctx.assessments.confirm_month(YEAR, 6)
    assert ctx.assessments.lock_info(YEAR, 6) is not None
    assert m.MonthLock.select().count() == 1


def test_unlock_and_audit_are_one_transaction(ctx, monkeypatch):
    """If the audit line cannot be written, the month stays locked."""
    ctx.assessments.confirm_month(YEAR, 8)

    def broken(*args, **kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(ctx.assessments, "_audit", broken)
    with pytest.raises(RuntimeError):
        ctx.assessments.unlock_month(YEAR, 8, "thử")
    assert ctx.assessments.lock_info(YEAR, 8) is not None


def add_activity(ctx, when: date, participants, unit_code="CD-UBND", deleted=False):
    m = ctx.database.models
    stamp = now_iso()
    activity_id = new_id()
    m.Activity.create(
        id=activity_id,
        unit_code=unit_code,
        year=when.year,
        date=when,
        kind="volunteer",
        title=f"Hoạt động {when.isoformat()}",
        created_at=stamp,
        updated_at=stamp,
        deleted_at=stamp if deleted else None,
    )
    for member in participants:
        m.ActivityParticipant.create(activity_id=activity_id, member_id=member.id)
    return activity_id


def test_c3_hint_counts_activities_of_the_month(ctx):
    """ "Took part in k of n": the unit's activities of that month only, deleted ones left out."""
    an, bich, dung, *_ = add_members(ctx)
    add_activity(ctx, date(YEAR, 3, 2), [an, bich])
    add_activity(ctx, date(YEAR, 3, 16), [an])
    add_activity(ctx, date(YEAR, 3, 31), [an, bich])
    add_activity(ctx, date(YEAR, 3, 20), [])
    add_activity(ctx, date(YEAR, 3, 21), [an], deleted=True)
    add_activity(ctx, date(YEAR, 4, 1), [dung])
    grid = ctx.assessments.grid(YEAR, 3)
    hint = {r.member_id: r.participation for r in grid.rows}
    assert (hint[an.id].attended, hint[an.id].held) == (3, 4)
    assert (hint[bich.id].attended, hint[bich.id].held) == (2, 4)
    assert (hint[dung.id].attended, hint[dung.id].held) == (0, 4)
    assert grid.activities_held == 4
    assert grid.criteria.rules.participation_criterion == "C3"
    assert all(r.assessment.self_scores == {} for r in grid.rows)  # a hint, never a score


def test_member_year_has_twelve_months_mean_and_band(ctx):
    """A member's year: 12 months, unassessed ones empty, mean and band of assessed months."""
    an, *_ = add_members(ctx)
    for month, total in zip(range(1, 7), (80, 90, 70, 75, 85, 95), strict=True):
        fill(ctx, month, [an], total=total)
    year = ctx.assessments.member_year(an.id, YEAR)
    assert [f.month for f in year.months] == list(range(1, 13))
    assert [f.total for f in year.months][:7] == [80, 90, 70, 75, 85, 95, None]
    assert year.months[1].band_code == "excellent"
    assert year.year_figure.months == 6
    assert year.year_figure.mean == 82.5
    assert year.year_figure.band.code == "good"
    assert year.quarters[1].mean == 80 and year.quarters[2].mean == 85
    assert year.quarters[3].mean is None


def test_member_year_without_six_months_has_no_rating(ctx):
    """Five assessed months give a mean but no yearly band."""
    an, *_ = add_members(ctx)
    for month in range(1, 6):
        fill(ctx, month, [an], total=92)
    year = ctx.assessments.member_year(an.id, YEAR)
    assert year.year_figure.mean == 92
    assert not year.year_figure.rated


def test_unit_year_summary_quarters_and_year(ctx):
    """Per member quarter means and yearly band; members who left before the year are out."""
    an, bich, dung, *_ = add_members(ctx)
    ctx.members.set_status(dung.id, MemberStatus.TRANSFERRED, on=date(YEAR - 1, 11, 1))
    for month in range(1, 7):
        fill(ctx, month, [an], total=60 + month)
        fill(ctx, month, [bich], total=91)
    summary = ctx.assessments.unit_year_summary(YEAR)
    rows = {r.member_id: r for r in summary.members}
    assert dung.id not in rows
    assert rows[an.id].quarters[1].mean == 62 and rows[an.id].quarters[2].mean == 65
    assert rows[an.id].year_figure.mean == 63.5
    assert rows[an.id].year_figure.band.code == "pass"
    assert rows[bich.id].year_figure.band.code == "excellent"
    counts = summary.band_counts()
    assert counts["pass"] == 1 and counts["excellent"] == 1 and counts[""] == 2


def add_initiative(ctx, authors, state="applied", year=YEAR):
    m = ctx.database.models
    stamp = now_iso()
    initiative_id = new_id()
    m.Initiative.create(
        id=initiative_id,
        unit_code="CD-UBND",
        year=year,
        title="Số hóa hồ sơ một cửa",
        state=state,
        created_at=stamp,
        updated_at=stamp,
    )
    for position, member in enumerate(authors):
        m.InitiativeAuthor.create(
            initiative_id=initiative_id, member_id=member.id, position=position
        )


def test_title_candidates_follow_the_rule(ctx):
    """Mean ≥ 90, no month < 70, an applied initiative, no veto, within 20% of the unit."""
    names = [("Nguyễn Văn", f"Thành {i:02d}") for i in range(10)]
    people = add_members(ctx, names)
    best, second, third, no_init, low_month = people[:5]
    for month in range(1, 13):
        fill(ctx, month, [best], total=98)
        fill(ctx, month, [second], total=95)
        fill(ctx, month, [third], total=92)
        fill(ctx, month, [no_init], total=99)
        fill(ctx, month, [low_month], total=69.5 if month == 4 else 99)
    add_initiative(ctx, [best, second])
    add_initiative(ctx, [third, low_month], state="recognised")
    add_initiative(ctx, [no_init], state="registered")
    add_initiative(ctx, [no_init], year=YEAR - 1)
    candidates = ctx.assessments.title_candidates(YEAR)
    by_id = {c.member_id: c.verdict for c in candidates}
    # 10 members x 20% = 2 places: the two highest qualifying means.
    assert [c.member_id for c in candidates[:2]] == [best.id, second.id]
    assert by_id[best.id].rank == 1 and by_id[best.id].initiatives == 1
    assert by_id[third.id].shortfalls == (TitleShortfall.SHARE,)
    assert by_id[no_init.id].shortfalls == (TitleShortfall.NO_INITIATIVE,)
    assert by_id[low_month.id].shortfalls == (TitleShortfall.MONTH_LOW,)
    assert TitleShortfall.NO_RATING in by_id[people[9].id].shortfalls
    assert candidates[0].full_name == "Nguyễn Văn Thành 00"


def test_grid_of_a_unit_below_is_read_only(ctx):
    """Members of a merged unit below are shown, but their month cannot be saved here."""
    ctx.units.add(Unit(code="CD-BELOW", name="Chi đoàn trực thuộc", parent_code="CD-UBND"))
    other = ctx.members.save(
        Member(given_name="Lan", family_middle_name="Đỗ Thị", unit_code="CD-BELOW")
    )
    grid = ctx.assessments.grid(YEAR, 3, "CD-BELOW")
    assert [r.member_id for r in grid.rows] == [other.id]
    assert grid.read_only is ReadOnlyReason.NOT_OWN_UNIT
    row = replace(grid.rows[0].assessment, bonus=1)
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.save_grid(YEAR, 3, [row], "CD-BELOW")
    assert refused.value.code == "assessment_not_own_unit"


def test_month_out_of_range_refused(ctx):
    """Month 13 is refused with its own code."""
    with pytest.raises(ValidationError) as refused:
        ctx.assessments.grid(YEAR, 13)
    assert refused.value.code == "assessment_month_out_of_range"


def test_saving_uses_the_year_criteria_and_freezes_them(ctx):
    """Once a month is saved, the year's criteria set can no longer be edited."""
    (an,) = add_members(ctx, NAMES[:1])
    assert ctx.years.can_edit(YEAR)
    fill(ctx, 1, [an])
    assert not ctx.years.can_edit(YEAR)


def test_browsing_a_year_does_not_open_it(ctx):
    """Looking at a year's grid, chart or summary writes nothing; the first save opens it."""
    (an,) = add_members(ctx, NAMES[:1])
    assert ctx.assessments.grid(2031, 1).criteria.source.value == "default"
    ctx.assessments.member_year(an.id, 2031)
    ctx.assessments.unit_year_summary(2031)
    ctx.assessments.title_candidates(2031)
    assert 2031 not in ctx.years.years()
    assert ctx.years.can_edit(2031) and 2031 not in ctx.years.years()
    fill(ctx, 1, [an], year=2031)
    assert 2031 in ctx.years.years()
