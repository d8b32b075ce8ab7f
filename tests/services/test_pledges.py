"""Pledge service: one per member and year, states, the approved lock, overview and progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.criteria import Pillar
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.pledges import (
    Commitment,
    PersonalTarget,
    Pledge,
    PledgeState,
    TargetKind,
)
from bamtrachnhiem.domain.records import Member, MemberStatus

S = PledgeState


@pytest.fixture
def an(ctx):
    return ctx.members.save(
        Member(given_name="An", family_middle_name="Nguyễn Văn", position="Chuyên viên")
    )


def _pledge(member, **changes) -> Pledge:
    values = {
        "member_id": member.id,
        "year": 2026,
        "commitments": [
            Commitment("A", "Không để hồ sơ trễ hạn"),
            Commitment("B", "Tiếp đón người dân ân cần, hòa nhã, đúng giờ"),
        ],
        "targets": [
            PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến"),
            PersonalTarget(TargetKind.VOLUNTEER_DAYS, "Ngày tình nguyện", 5, "ngày"),
        ],
    }
    values.update(changes)
    return Pledge(**values)


def test_save_creates_a_draft_that_travels(ctx, an):
    """A new pledge is a draft with a UUID, the own unit and timestamps."""
    m = ctx.database.models
    saved = ctx.pledges.save(_pledge(an))
    assert saved.state is S.DRAFT
    assert len(saved.id) == 36 and saved.unit_code == "CD-UBND"
    row = m.Pledge.get_by_id(saved.id)
    assert row.created_at and row.updated_at and row.deleted_at is None
    assert ctx.pledges.get(an.id, 2026) == saved
    assert ctx.pledges.get(an.id, 2025) is None


def test_one_pledge_per_member_and_year(ctx, an):
    """A second new pledge for the same year is refused; another year is fine."""
    ctx.pledges.save(_pledge(an))
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.save(_pledge(an))
    assert refused.value.code == "pledge_exists"
    assert ctx.pledges.save(_pledge(an, year=2027)).year == 2027


def test_update_keeps_member_year_and_state(ctx, an):
    """Saving an existing pledge changes content only, never who, when or its state."""
    saved = ctx.pledges.submit(ctx.pledges.save(_pledge(an)).id)
    other = ctx.members.save(Member(given_name="Bình"))
    edited = ctx.pledges.save(
        replace(saved, member_id=other.id, year=2030, state=S.APPROVED, notes=" Ghi chú ")
    )
    assert (edited.member_id, edited.year, edited.state) == (an.id, 2026, S.SUBMITTED)
    assert edited.notes == "Ghi chú"


def test_commitments_follow_the_years_pillars(ctx, an):
    """With pillars renamed and recoded for the year, commitments must use the new codes."""
    criteria = ctx.years.criteria(2026)
    recoded = {"A": "CV", "B": "ND", "C": "BT"}
    edited = replace(
        criteria,
        pillars=(
            Pillar("CV", "Trách nhiệm với công việc"),
            Pillar("ND", "Trách nhiệm với cộng đồng"),
            Pillar("BT", "Trách nhiệm với bản thân"),
        ),
        criteria=tuple(replace(c, pillar_code=recoded[c.pillar_code]) for c in criteria.criteria),
    )
    ctx.years.save_own(edited)
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.save(_pledge(an))
    assert refused.value.code == "pledge_unknown_pillar"
    saved = ctx.pledges.save(_pledge(an, commitments=[Commitment("ND", "Hiến máu")]))
    assert saved.commitments_of("ND") == ["Hiến máu"]


def test_state_flow_and_timestamps(ctx, an):
    """Draft → submitted → approved, returned for changes and reopened, with timestamps."""
    pledge = ctx.pledges.save(_pledge(an))
    submitted = ctx.pledges.submit(pledge.id)
    assert submitted.state is S.SUBMITTED and submitted.submitted_at
    returned = ctx.pledges.return_to_draft(pledge.id)
    assert returned.state is S.DRAFT and returned.submitted_at is None
    ctx.pledges.submit(pledge.id)
    approved = ctx.pledges.approve(pledge.id)
    assert approved.state is S.APPROVED and approved.approved_at
    reopened = ctx.pledges.reopen(pledge.id)
    assert reopened.state is S.DRAFT and reopened.approved_at is None


def test_refused_moves(ctx, an):
    """Approving a draft, returning an approved pledge or submitting an empty one fail."""
    empty = ctx.pledges.save(_pledge(an, commitments=[]))
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.submit(empty.id)
    assert refused.value.code == "pledge_empty"
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.approve(empty.id)
    assert refused.value.code == "pledge_not_submitted"
    full = ctx.pledges.save(replace(empty, commitments=[Commitment("C", "Học tiếng Anh")]))
    ctx.pledges.submit(full.id)
    ctx.pledges.approve(full.id)
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.return_to_draft(full.id)
    assert refused.value.code == "pledge_transition_refused"
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.reopen(ctx.pledges.save(_pledge(an, year=2027)).id)
    assert refused.value.code == "pledge_transition_refused"


def test_approved_pledge_is_locked(ctx, an, snapshot):
    """An approved pledge cannot be edited or deleted until it is reopened."""
    pledge = ctx.pledges.save(_pledge(an))
    ctx.pledges.submit(pledge.id)
    approved = ctx.pledges.approve(pledge.id)
    before = snapshot(ctx.database.path)
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.save(replace(approved, commitments=[Commitment("A", "Khác")]))
    assert refused.value.code == "pledge_locked"
    assert refused.value.params == {"name": "Nguyễn Văn An", "year": 2026}
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.delete(pledge.id)
    assert refused.value.code == "pledge_locked"
    assert snapshot(ctx.database.path) == before
    ctx.pledges.reopen(pledge.id)
    edited = ctx.pledges.save(replace(approved, commitments=[Commitment("A", "Khác")]))
    assert edited.commitments == [Commitment("A", "Khác")]


def test_achieved_values_can_be_recorded_after_approval(ctx, an):
    """Progress is typed all year, approved or not; initiative targets stay counted."""
    pledge = ctx.pledges.save(_pledge(an))
    ctx.pledges.submit(pledge.id)
    ctx.pledges.approve(pledge.id)
    recorded = ctx.pledges.record_achieved(pledge.id, [7, 3])
    assert [t.achieved for t in recorded.targets] == [None, 3]
    assert recorded.state is S.APPROVED
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.record_achieved(pledge.id, [1])
    assert refused.value.code == "pledge_targets_changed"
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.record_achieved(pledge.id, [None, -2])
    assert refused.value.code == "pledge_target_achieved_invalid"


def _handed_in(ctx, count: int) -> list[Pledge]:
    """``count`` members, each with a submitted pledge for 2026."""
    members = ctx.members.add_many([Member(given_name=f"Bình {n}") for n in range(count)])
    return [ctx.pledges.submit(ctx.pledges.save(_pledge(m)).id) for m in members]


def test_add_many_adds_drafts_typed_at_one_sitting(ctx, an):
    """New pledges are stored as drafts, cleaned as save cleans them, stamped in turn."""
    others = ctx.members.add_many([Member(given_name=f"Cúc {n}") for n in range(2)])
    ctx.database.clock = SetClock(datetime(2026, 1, 9, 9, 0, tzinfo=UTC))
    typed = [
        _pledge(others[1], notes="  Học  tiếng Anh "),
        _pledge(an),
        _pledge(others[0], year=2027),
    ]
    added = ctx.pledges.add_many(typed)
    assert [(p.member_id, p.year) for p in added] == [(p.member_id, p.year) for p in typed]
    assert [ctx.pledges.get_by_id(p.id) for p in added] == added
    assert all(p.state is S.DRAFT and p.unit_code == "CD-UBND" for p in added)
    assert added[0].notes == "Học tiếng Anh" and added[1].commitments == typed[1].commitments
    stamps = [p.updated_at for p in added]
    assert stamps == sorted(stamps) and stamps[0].startswith("2026-01-09T09:00:00.0000")
    assert ctx.pledges.add_many([]) == []


def test_add_many_refuses_all_for_one_refused_pledge(ctx, an, snapshot):
    """A second pledge for a member and year (stored or in the list), an unknown member or
    pillar, or a stored id refuses the whole list."""
    bao = ctx.members.save(Member(given_name="Bảo", family_middle_name="Lê"))
    ctx.pledges.save(_pledge(an))
    before = snapshot(ctx.database.path)
    cases = {
        "pledge_exists": [_pledge(bao), _pledge(an)],
        "member_not_found": [_pledge(bao), _pledge(Member(given_name="X", id="no-such-member"))],
        "pledge_unknown_pillar": [_pledge(bao, commitments=[Commitment("Z", "Khác")])],
    }
    for code, pledges in cases.items():
        with pytest.raises((ValidationError, NotFoundError)) as refused:
            ctx.pledges.add_many(pledges)
        assert refused.value.code == code
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.add_many([_pledge(bao), _pledge(bao)])
    assert refused.value.code == "pledge_exists"
    assert refused.value.params == {"name": "Lê Bảo", "year": 2026}
    with pytest.raises(ValueError):
        ctx.pledges.add_many([_pledge(bao, id="a-stored-one")])
    assert snapshot(ctx.database.path) == before


def test_approve_many_approves_at_one_meeting(ctx):
    """Handed-in pledges are approved together, each stamped in turn, as approve would."""
    pledges = _handed_in(ctx, 3)
    ctx.database.clock = SetClock(datetime(2026, 2, 12, 14, 0, tzinfo=UTC))
    approved = ctx.pledges.approve_many([p.id for p in reversed(pledges)])
    assert [p.id for p in approved] == [p.id for p in reversed(pledges)]
    assert [ctx.pledges.get_by_id(p.id) for p in approved] == approved
    assert all(p.state is S.APPROVED and p.approved_at == p.updated_at for p in approved)
    stamps = [p.approved_at for p in approved]
    assert stamps == sorted(stamps) and stamps[0].startswith("2026-02-12T14:00:00.0000")
    assert ctx.pledges.approve_many([]) == []


def test_approve_many_refuses_all_for_one_not_handed_in(ctx, an, snapshot):
    """A draft among them, or an unknown id, refuses the whole meeting's approvals."""
    pledges = _handed_in(ctx, 2)
    draft = ctx.pledges.save(_pledge(an))
    before = snapshot(ctx.database.path)
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.approve_many([pledges[0].id, draft.id, pledges[1].id])
    assert refused.value.code == "pledge_not_submitted"
    with pytest.raises(NotFoundError):
        ctx.pledges.approve_many([pledges[0].id, "no-such-pledge"])
    assert snapshot(ctx.database.path) == before


def test_record_achieved_many_records_a_review(ctx, an, snapshot):
    """Many pledges' progress in one sitting, checked as record_achieved checks it."""
    pledges = [*_handed_in(ctx, 2), ctx.pledges.save(_pledge(an))]
    recorded = ctx.pledges.record_achieved_many(
        {pledges[2].id: [None, 2], pledges[0].id: [4, 5], pledges[1].id: [None, 0.5]}
    )
    assert [p.id for p in recorded] == [pledges[2].id, pledges[0].id, pledges[1].id]
    assert [[t.achieved for t in p.targets] for p in recorded] == [
        [None, 2],
        [None, 5],
        [None, 0.5],
    ]
    assert [ctx.pledges.get_by_id(p.id) for p in recorded] == recorded
    assert recorded[0].state is S.DRAFT and recorded[1].state is S.SUBMITTED
    before = snapshot(ctx.database.path)
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.record_achieved_many({pledges[0].id: [None, 6], pledges[1].id: [None, -1]})
    assert refused.value.code == "pledge_target_achieved_invalid"
    with pytest.raises(ValidationError) as refused:
        ctx.pledges.record_achieved_many({pledges[0].id: [1]})
    assert refused.value.code == "pledge_targets_changed"
    assert snapshot(ctx.database.path) == before


def test_overview_lists_every_active_member(ctx, an):
    """Active members only, in list order, with state or not pledged, and the counters."""
    binh = ctx.members.save(Member(given_name="Bình", family_middle_name="Lê Thị"))
    chi = ctx.members.save(Member(given_name="Chi", family_middle_name="Trần Minh"))
    gone = ctx.members.save(Member(given_name="Dũng", family_middle_name="Võ"))
    ctx.members.set_status(gone.id, MemberStatus.TRANSFERRED, date(2026, 2, 1))
    ctx.pledges.submit(ctx.pledges.save(_pledge(an)).id)
    ctx.pledges.save(_pledge(binh))
    overview = ctx.pledges.overview(2026)
    assert [r.member.given_name for r in overview.rows] == ["An", "Bình", "Chi"]
    assert [r.state for r in overview.rows] == [S.SUBMITTED, S.DRAFT, None]
    assert (overview.pledged, overview.total) == (1, 3)
    assert overview.count(None) == 1
    assert overview.rows[2].member.id == chi.id and overview.rows[2].progress == []


def test_progress_counts_the_members_initiatives(ctx, an):
    """An initiatives target counts the member's initiatives of that year as they advance."""
    pledge = ctx.pledges.save(_pledge(an))
    other = ctx.members.save(Member(given_name="Bình"))

    def progress():
        row = next(r for r in ctx.pledges.overview(2026).rows if r.member.id == an.id)
        return row.progress[0]

    assert (progress().achieved, progress().registered, progress().done) == (0, 0, False)
    initiative = ctx.initiatives.save(
        Initiative(title="Số hóa hồ sơ", year=2026, authors=[other.id, an.id])
    )
    ctx.initiatives.save(Initiative(title="Năm trước", year=2025, authors=[an.id]))
    assert (progress().achieved, progress().registered) == (0, 1)
    ctx.initiatives.move_to(initiative.id, InitiativeState.TRIAL)
    ctx.initiatives.move_to(initiative.id, InitiativeState.APPLIED)
    assert (progress().achieved, progress().registered, progress().done) == (1, 0, True)
    assert ctx.pledges.progress(pledge)[0].done
    assert ctx.pledges.progress(pledge)[1].achieved is None


def test_soft_delete_allows_a_new_pledge(ctx, an):
    """A deleted pledge stays as a row with deleted_at; the member can pledge again."""
    m = ctx.database.models
    pledge = ctx.pledges.save(_pledge(an))
    ctx.pledges.delete(pledge.id)
    assert ctx.pledges.get(an.id, 2026) is None
    assert m.Pledge.get_by_id(pledge.id).deleted_at is not None
    with pytest.raises(NotFoundError):
        ctx.pledges.get_by_id(pledge.id)
    again = ctx.pledges.save(_pledge(an))
    assert again.id != pledge.id


def test_unknown_member_is_refused(ctx):
    """A pledge must belong to a member of this database."""
    with pytest.raises(NotFoundError) as refused:
        ctx.pledges.save(_pledge(Member(given_name="X", id="no-such-member")))
    assert refused.value.code == "member_not_found"


def test_write_form(ctx, an, tmp_path):
    """The service prints the member's pledge, or a blank form before they pledge."""
    ctx.pledges.save(_pledge(an))
    filled = ctx.pledges.write_form(an.id, 2026, tmp_path / "an.pdf", on=date(2026, 1, 5))
    blank = ctx.pledges.write_form(an.id, 2027, tmp_path / "blank.pdf")
    assert filled.read_bytes().startswith(b"%PDF")
    assert blank.read_bytes().startswith(b"%PDF")
    assert filled.stat().st_size != blank.stat().st_size
