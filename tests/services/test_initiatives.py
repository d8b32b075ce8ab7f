"""Initiative service: authors must exist, states move by the rules, filters and totals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.records import Member

S = InitiativeState


@pytest.fixture
def people(ctx):
    """Three members: An, Bình and Chi."""
    return [
        ctx.members.save(Member(given_name=given, family_middle_name=family))
        for family, given in (("Nguyễn Văn", "An"), ("Lê Thị", "Bình"), ("Trần Minh", "Chi"))
    ]


def _initiative(authors, **changes) -> Initiative:
    values = {
        "title": "Số hóa hồ sơ chứng thực",
        "year": 2026,
        "authors": [a.id for a in authors],
        "field": "Cải cách hành chính",
        "measure_unit": "ngày/hồ sơ",
        "before_value": 3,
        "after_value": 1,
        "dossiers_affected": 120,
    }
    values.update(changes)
    return Initiative(**values)


def test_register_with_two_authors(ctx, people):
    """A new initiative is registered today, with its authors in the order given."""
    an, binh, _ = people
    saved = ctx.initiatives.save(_initiative([binh, an]))
    assert saved.state is S.REGISTERED
    assert saved.registered_date == date.today()
    assert saved.authors == [binh.id, an.id]
    assert saved.author_names == ["Lê Thị Bình", "Nguyễn Văn An"]
    assert saved.unit_code == "CD-UBND"
    assert saved.time_saved == 240


def test_authors_must_exist_in_this_database(ctx, people, snapshot):
    """An unknown or deleted member cannot be an author, and nothing is written."""
    m = ctx.database.models
    before = snapshot(ctx.database.path)
    with pytest.raises(ValidationError) as refused:
        ctx.initiatives.save(replace(_initiative(people[:1]), authors=[people[0].id, "nobody"]))
    assert refused.value.code == "initiative_author_unknown"
    assert snapshot(ctx.database.path) == before
    ctx.members.delete(people[2].id)
    after_delete = snapshot(ctx.database.path)
    assert after_delete != before
    with pytest.raises(ValidationError) as refused:
        ctx.initiatives.save(_initiative([people[2]]))
    assert refused.value.code == "initiative_author_unknown"
    assert snapshot(ctx.database.path) == after_delete
    assert m.Initiative.select().count() == 0


def test_at_least_one_author(ctx):
    """An initiative without authors is refused."""
    with pytest.raises(ValidationError) as refused:
        ctx.initiatives.save(_initiative([]))
    assert refused.value.code == "initiative_author_required"


def test_edit_replaces_authors_but_not_the_state(ctx, people):
    """Saving again changes the content and authors; only move_to changes the state."""
    m = ctx.database.models
    an, binh, chi = people
    saved = ctx.initiatives.save(_initiative([an]))
    ctx.initiatives.move_to(saved.id, S.TRIAL, on=date(2026, 3, 2))
    edited = ctx.initiatives.save(
        replace(saved, title="Số hóa hồ sơ", authors=[chi.id, binh.id], state=S.RECOGNISED)
    )
    assert edited.title == "Số hóa hồ sơ"
    assert edited.authors == [chi.id, binh.id]
    assert edited.state is S.TRIAL
    assert edited.trial_date == date(2026, 3, 2)
    assert m.InitiativeAuthor.select().count() == 2


def test_moves_record_dates_and_details(ctx, people):
    """Trial and applied stamp their dates; recognised stores level, number and date."""
    saved = ctx.initiatives.save(_initiative(people[:1]))
    ctx.initiatives.move_to(saved.id, S.TRIAL, on=date(2026, 2, 1))
    ctx.initiatives.move_to(saved.id, "applied", on=date(2026, 4, 1))
    done = ctx.initiatives.move_to(
        saved.id,
        S.RECOGNISED,
        level=" Cấp tỉnh ",
        decision_number="125-QĐ/ĐTN",
        decision_date=date(2026, 10, 15),
    )
    assert done.state is S.RECOGNISED
    assert (done.trial_date, done.applied_date) == (date(2026, 2, 1), date(2026, 4, 1))
    assert (done.recognised_level, done.decision_number) == ("Cấp tỉnh", "125-QĐ/ĐTN")
    assert done.decision_date == date(2026, 10, 15)


def test_refused_moves_change_nothing(ctx, people, snapshot):
    """Skipping a step, recognising without a decision or rejecting without a reason fail."""
    saved = ctx.initiatives.save(_initiative(people[:1]))
    before = snapshot(ctx.database.path)
    for state, details, code in (
        (S.APPLIED, {}, "initiative_transition_refused"),
        (S.RECOGNISED, {}, "initiative_transition_refused"),
        (S.REGISTERED, {}, "initiative_already_in_state"),
        (S.REJECTED, {"reason": " "}, "initiative_reason_required"),
    ):
        with pytest.raises(ValidationError) as refused:
            ctx.initiatives.move_to(saved.id, state, **details)
        assert refused.value.code == code
    ctx_after = snapshot(ctx.database.path)
    assert ctx_after == before
    ctx.initiatives.move_to(saved.id, S.TRIAL)
    ctx.initiatives.move_to(saved.id, S.APPLIED)
    with pytest.raises(ValidationError) as refused:
        ctx.initiatives.move_to(saved.id, S.RECOGNISED, level="Cấp cơ sở")
    assert refused.value.code == "initiative_decision_number_required"
    rejected = ctx.initiatives.move_to(saved.id, S.REJECTED, reason="Trùng ý tưởng")
    assert rejected.rejected_reason == "Trùng ý tưởng"
    with pytest.raises(ValidationError) as refused:
        ctx.initiatives.move_to(saved.id, S.TRIAL)
    assert refused.value.code == "initiative_state_final"


def test_filters(ctx, people):
    """The list filters by state, field (accent-blind), year and author, combined."""
    an, binh, chi = people
    first = ctx.initiatives.save(_initiative([an, binh]))
    second = ctx.initiatives.save(
        _initiative([chi], title="Tra cứu hồ sơ qua Zalo", field="Chuyển đổi số")
    )
    third = ctx.initiatives.save(_initiative([binh], title="Sổ tay đoàn viên", year=2025))
    ctx.initiatives.move_to(second.id, S.TRIAL)

    def titles(**filters):
        return sorted(i.title for i in ctx.initiatives.find(**filters))

    assert titles(year=2026) == sorted([first.title, second.title])
    assert titles(state=S.TRIAL) == [second.title]
    assert titles(field="chuyen doi so") == [second.title]
    assert titles(author_id=binh.id) == sorted([first.title, third.title])
    assert titles(author_id=binh.id, year=2025) == [third.title]
    assert titles() == sorted([first.title, second.title, third.title])
    listed = ctx.initiatives.find(author_id=binh.id, year=2026)[0]
    assert listed.author_names == ["Nguyễn Văn An", "Lê Thị Bình"]  # every author, not just Bình


def test_time_saved_totals(ctx, people):
    """Totals add applied and recognised initiatives per unit, filters applied."""
    first = ctx.initiatives.save(_initiative(people[:1]))
    second = ctx.initiatives.save(
        _initiative(
            people[1:2],
            measure_unit="giờ/hồ sơ",
            before_value=2,
            after_value=0.5,
            dossiers_affected=40,
        )
    )
    ctx.initiatives.save(_initiative(people[2:], before_value=10, after_value=1))
    assert ctx.initiatives.time_saved_totals(year=2026) == {}
    for initiative in (first, second):
        ctx.initiatives.move_to(initiative.id, S.TRIAL)
        ctx.initiatives.move_to(initiative.id, S.APPLIED)
    assert ctx.initiatives.time_saved_totals(year=2026) == {"ngày": 240.0, "giờ": 60.0}
    assert ctx.initiatives.time_saved_totals(author_id=people[1].id) == {"giờ": 60.0}


def test_counts_per_member_for_the_title_rule(ctx, people):
    """Each author of an applied or recognised initiative gets it counted for the year."""
    an, binh, chi = people
    shared = ctx.initiatives.save(_initiative([an, binh]))
    alone = ctx.initiatives.save(_initiative([an], title="Một cửa điện tử"))
    ctx.initiatives.save(_initiative([chi], title="Đang thử"))
    for initiative in (shared, alone):
        ctx.initiatives.move_to(initiative.id, S.TRIAL)
        ctx.initiatives.move_to(initiative.id, S.APPLIED)
    assert ctx.initiatives.counted_per_member(2026) == {an.id: 2, binh.id: 1}
    assert ctx.initiatives.author_counts(2026)[chi.id] == {"registered": 1}
    assert ctx.initiatives.counted_per_member(2025) == {}
    counts = ctx.initiatives.counts_by_state(2026)
    assert counts[S.APPLIED] == 2 and counts[S.REGISTERED] == 1 and counts[S.REJECTED] == 0


def test_soft_delete(ctx, people):
    """Deleting keeps the row with deleted_at so the removal travels; lists forget it."""
    m = ctx.database.models
    saved = ctx.initiatives.save(_initiative(people[:1]))
    ctx.initiatives.delete(saved.id)
    assert ctx.initiatives.find() == []
    row = m.Initiative.get_by_id(saved.id)
    assert row.deleted_at is not None and row.updated_at == row.deleted_at
    with pytest.raises(NotFoundError):
        ctx.initiatives.get(saved.id)
    with pytest.raises(NotFoundError):
        ctx.initiatives.delete(saved.id)
    # With the initiative gone, its author has no history left and may be deleted.
    ctx.members.delete(people[0].id)


def test_member_with_an_initiative_cannot_be_deleted(ctx, people):
    """The member service refuses to delete an author (transfer them instead)."""
    ctx.initiatives.save(_initiative(people[:1]))
    with pytest.raises(ValidationError) as refused:
        ctx.members.delete(people[0].id)
    assert refused.value.code == "member_has_history"


def test_fields_include_ones_used_here(ctx, people):
    """Field suggestions keep the six defaults and add fields typed before."""
    ctx.initiatives.save(_initiative(people[:1], field="Môi trường"))
    ctx.initiatives.save(_initiative(people[:1], field="cải cách HÀNH CHÍNH"))
    fields = ctx.initiatives.fields()
    assert fields[:6][0] == "Cải cách hành chính"
    assert fields[6:] == ["Môi trường"]
    assert ctx.initiatives.years() == [2026]
