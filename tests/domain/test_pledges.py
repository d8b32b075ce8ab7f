"""Pledge rules: state transitions, cleaning, targets and progress, suggestions, counters."""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.pledges import (
    COMMITMENT_SUGGESTIONS,
    PLEDGE_TRANSITIONS,
    Commitment,
    PersonalTarget,
    Pledge,
    PledgeOverview,
    PledgeRow,
    PledgeState,
    TargetKind,
    check_pledge_transition,
    cleaned_pledge,
    commitments_from_json,
    commitments_to_json,
    suggestions_for,
    target_progress,
    targets_from_json,
    targets_to_json,
    validate_pledge_transition,
)
from bamtrachnhiem.domain.records import Member

S = PledgeState
ALLOWED = {
    (S.DRAFT, S.SUBMITTED),
    (S.SUBMITTED, S.APPROVED),
    (S.SUBMITTED, S.DRAFT),
    (S.APPROVED, S.DRAFT),
}
PILLARS = ["A", "B", "C"]


def test_transition_table_is_exactly_the_documented_one():
    """Only submit, approve, return for changes and reopen exist."""
    assert set(PLEDGE_TRANSITIONS) == ALLOWED


@pytest.mark.parametrize("current,target", sorted(ALLOWED))
def test_allowed_transitions(current, target):
    """Each documented move is accepted."""
    assert check_pledge_transition(current, target) is None


REFUSED = {
    (S.DRAFT, S.DRAFT): "pledge_already_in_state",
    (S.SUBMITTED, S.SUBMITTED): "pledge_already_in_state",
    (S.APPROVED, S.APPROVED): "pledge_already_in_state",
    (S.DRAFT, S.APPROVED): "pledge_not_submitted",
    (S.APPROVED, S.SUBMITTED): "pledge_transition_refused",
}


@pytest.mark.parametrize("current,target", sorted(REFUSED))
def test_refused_transitions(current, target):
    """Every other move is refused with its own code."""
    assert check_pledge_transition(current, target) == REFUSED[current, target]


def test_every_pair_is_covered():
    """Allowed and refused together cover all nine pairs of states."""
    assert set(ALLOWED) | set(REFUSED) == set(itertools.product(S, S))


def test_submitting_an_empty_pledge_is_refused():
    """A pledge with no commitment cannot be handed in."""
    with pytest.raises(ValidationError) as refused:
        validate_pledge_transition(Pledge(member_id="m", year=2026), S.SUBMITTED)
    assert refused.value.code == "pledge_empty"
    full = Pledge(member_id="m", year=2026, commitments=[Commitment("A", "Tận tâm")])
    validate_pledge_transition(full, S.SUBMITTED)


def test_cleaning_normalises_and_drops_blank_and_repeated_lines():
    """NFD text becomes NFC, blanks vanish, repeats collapse, pillar order is kept."""
    nfd = unicodedata.normalize("NFD", "  Học tập   ngoại ngữ ")
    pledge = Pledge(
        member_id="m",
        year=2026,
        commitments=[
            ("C", nfd),
            ("A", "Không để hồ sơ trễ hạn"),
            ("C", "Học tập ngoại ngữ"),
            ("B", "   "),
        ],
    )
    cleaned = cleaned_pledge(pledge, PILLARS)
    assert cleaned.commitments == [
        Commitment("A", "Không để hồ sơ trễ hạn"),
        Commitment("C", "Học tập ngoại ngữ"),
    ]


def test_unknown_pillar_is_refused():
    """A commitment must sit under one of the year's pillars."""
    pledge = Pledge(member_id="m", year=2026, commitments=[("X", "Việc gì đó")])
    with pytest.raises(ValidationError) as refused:
        cleaned_pledge(pledge, PILLARS)
    assert refused.value.code == "pledge_unknown_pillar"
    assert refused.value.params["allowed"] == "A, B, C"


def test_over_long_commitment_is_refused():
    """A commitment longer than 500 characters is refused rather than cut."""
    pledge = Pledge(member_id="m", year=2026, commitments=[("A", "x" * 501)])
    with pytest.raises(ValidationError) as refused:
        cleaned_pledge(pledge, PILLARS)
    assert refused.value.code == "pledge_commitment_too_long"


def test_target_defaults_and_checks():
    """A nameless target takes its kind's name; quantities must be above 0."""
    pledge = Pledge(
        member_id="m",
        year=2026,
        targets=[PersonalTarget(TargetKind.INITIATIVES, "", 1, "sáng kiến", achieved=5)],
    )
    cleaned = cleaned_pledge(pledge, PILLARS).targets[0]
    assert cleaned.name == "Sáng kiến, giải pháp"
    assert cleaned.achieved is None  # initiatives are counted, never typed
    for bad in (0, -1, None, "abc", 20_000):
        pledge.targets = [PersonalTarget(TargetKind.COURSES, "Tin học", bad)]
        with pytest.raises(ValidationError) as refused:
            cleaned_pledge(pledge, PILLARS)
        assert refused.value.code == "pledge_target_quantity_invalid"
    pledge.targets = [PersonalTarget(TargetKind.OTHER, " ", 1)]
    with pytest.raises(ValidationError) as refused:
        cleaned_pledge(pledge, PILLARS)
    assert refused.value.code == "pledge_target_name_required"
    pledge.targets = [PersonalTarget("bogus", "x", 1)]  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        cleaned_pledge(pledge, PILLARS)
    assert refused.value.code == "pledge_target_kind_unknown"
    pledge.targets = [PersonalTarget(TargetKind.VOLUNTEER_DAYS, "", 5, "ngày", achieved=-1)]
    with pytest.raises(ValidationError) as refused:
        cleaned_pledge(pledge, PILLARS)
    assert refused.value.code == "pledge_target_achieved_invalid"


def test_initiative_progress_counts_applied_and_recognised():
    """Applied and recognised count as achieved; registered and trial are under way."""
    target = PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 2)
    progress = target_progress(
        target, {"registered": 1, "trial": 1, "applied": 1, "recognised": 0, "rejected": 3}
    )
    assert progress.achieved == 1
    assert progress.registered == 2
    assert not progress.done
    assert progress.ratio == 0.5
    done = target_progress(target, {"applied": 1, "recognised": 2})
    assert done.done and done.ratio == 1.0


def test_typed_progress_for_other_kinds():
    """Courses and volunteer days use the achieved value typed on the target."""
    target = PersonalTarget(TargetKind.VOLUNTEER_DAYS, "Tình nguyện", 5, "ngày", achieved=5)
    assert target_progress(target, {"applied": 9}).done
    empty = target_progress(PersonalTarget(TargetKind.COURSES, "Tin học", 1))
    assert empty.achieved is None and empty.ratio is None and not empty.done


def test_json_round_trip():
    """Commitments and targets survive storage as JSON, Vietnamese intact."""
    commitments = [Commitment("A", "Tận tâm với công việc"), Commitment("C", "Học tiếng Anh")]
    targets = [
        PersonalTarget(TargetKind.COURSES, "Lớp tin học", 1, "khóa", 0.5),
        PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến", 1, "sáng kiến"),
    ]
    assert commitments_from_json(commitments_to_json(commitments)) == commitments
    assert targets_from_json(targets_to_json(targets)) == targets
    assert "Tận tâm" in commitments_to_json(commitments)  # stored readable, not \\u escapes


@pytest.mark.parametrize("code", ["A", "B", "C"])
def test_suggestions_per_pillar(code):
    """Each default pillar offers 5 to 8 short, distinct, tidy suggestions."""
    suggestions = suggestions_for(code)
    assert 5 <= len(suggestions) <= 8
    assert len(set(suggestions)) == len(suggestions)
    for text in suggestions:
        assert text == unicodedata.normalize("NFC", text).strip()
        assert len(text) <= 120


def test_unknown_pillar_has_no_suggestions():
    """A province's own pillar code gets no suggestions rather than the wrong ones."""
    assert suggestions_for("CV") == ()
    assert set(COMMITMENT_SUGGESTIONS) == {"A", "B", "C"}


def test_overview_counts():
    """Pledged counts submitted and approved only; drafts and missing ones are apart."""

    def row(state):
        pledge = None if state is None else Pledge(member_id="m", year=2026, state=state)
        return PledgeRow(Member(given_name="An"), pledge)

    overview = PledgeOverview(2026, [row(None), row(S.DRAFT), row(S.SUBMITTED), row(S.APPROVED)])
    assert (overview.pledged, overview.total) == (2, 4)
    assert overview.count(None) == 1
    assert overview.count(S.DRAFT) == 1


def test_format_quantity_the_vietnamese_way():
    """Comma for decimals, dot for thousands, no trailing zeros."""
    assert [format_quantity(v) for v in (1, 1.5, 2500, 0.25, None)] == [
        "1",
        "1,5",
        "2.500",
        "0,25",
        "",
    ]
