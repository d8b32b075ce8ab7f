"""Initiative rules: every allowed and refused transition, details, time saved, cleaning."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import (
    INITIATIVE_FIELDS,
    INITIATIVE_TRANSITIONS,
    Initiative,
    InitiativeState,
    cleaned_initiative,
    parse_number,
    saved_unit,
    time_saved_totals,
    transition_error,
    validate_transition,
)

S = InitiativeState
ALLOWED = {
    (S.REGISTERED, S.TRIAL),
    (S.REGISTERED, S.REJECTED),
    (S.TRIAL, S.APPLIED),
    (S.TRIAL, S.REJECTED),
    (S.APPLIED, S.RECOGNISED),
    (S.APPLIED, S.REJECTED),
}
DETAILS = {
    "level": "Cấp tỉnh",
    "decision_number": "125-QĐ/ĐTN",
    "decision_date": date(2026, 10, 15),
    "reason": "Chưa chứng minh được hiệu quả",
}
ALL_PAIRS = sorted(itertools.product(S, S))


def _refusal(current: InitiativeState, target: InitiativeState) -> str:
    if current is target:
        return "initiative_already_in_state"
    if current in (S.RECOGNISED, S.REJECTED):
        return "initiative_state_final"
    return "initiative_transition_refused"


def test_transition_table_matches_the_issue():
    """registered → trial → applied → recognised, or rejected from the first three."""
    table = {(a, b) for a, targets in INITIATIVE_TRANSITIONS.items() for b in targets}
    assert table == ALLOWED


@pytest.mark.parametrize("current,target", ALL_PAIRS)
def test_every_pair_of_states(current, target):
    """With full details, exactly the six documented moves pass; the rest give their code."""
    code = transition_error(current, target, **DETAILS)
    if (current, target) in ALLOWED:
        assert code is None
    else:
        assert code == _refusal(current, target)


@pytest.mark.parametrize(
    "missing,code",
    [
        ("level", "initiative_level_required"),
        ("decision_number", "initiative_decision_number_required"),
        ("decision_date", "initiative_decision_date_required"),
    ],
)
def test_recognition_needs_level_number_and_date(missing, code):
    """Recognised is refused while any of level, decision number and date is missing."""
    details = {k: v for k, v in DETAILS.items() if k != "reason"}
    details[missing] = None if missing == "decision_date" else "  "
    assert transition_error(S.APPLIED, S.RECOGNISED, **details) == code


@pytest.mark.parametrize("current", [S.REGISTERED, S.TRIAL, S.APPLIED])
def test_rejection_needs_a_reason(current):
    """Rejected without a reason is refused from every state it can be reached from."""
    assert transition_error(current, S.REJECTED, reason=" ") == "initiative_reason_required"
    assert transition_error(current, S.REJECTED, reason="Trùng sáng kiến đã có") is None


def test_validate_raises_with_the_code_and_title():
    """The raising form carries the code and the initiative's title for the message."""
    initiative = Initiative(title="Số hóa hồ sơ", year=2026, state=S.APPLIED)
    with pytest.raises(ValidationError) as refused:
        validate_transition(initiative, S.RECOGNISED, level="Cấp tỉnh")
    assert refused.value.code == "initiative_decision_number_required"
    assert refused.value.params["title"] == "Số hóa hồ sơ"


def test_time_saved_example_of_the_issue():
    """3 → 1 ngày/hồ sơ over 120 dossiers saves 240 ngày."""
    initiative = Initiative(
        title="x",
        year=2026,
        measure_unit="ngày/hồ sơ",
        before_value=3,
        after_value=1,
        dossiers_affected=120,
    )
    assert initiative.time_saved == 240
    assert initiative.saved_unit == "ngày"
    initiative.dossiers_affected = None
    assert initiative.time_saved is None


def test_totals_per_unit_and_only_in_use():
    """Totals never mix units and leave out initiatives not yet applied, or rejected."""

    def make(state, unit, before, after, dossiers):
        return Initiative("x", 2026, [], "", "", "", unit, before, after, dossiers, state)

    totals = time_saved_totals(
        [
            make(S.APPLIED, "ngày/hồ sơ", 3, 1, 120),
            make(S.RECOGNISED, "ngày/hồ sơ", 5, 4, 10),
            make(S.APPLIED, "giờ/hồ sơ", 2, 0.5, 40),
            make(S.TRIAL, "ngày/hồ sơ", 9, 1, 100),
            make(S.REJECTED, "ngày/hồ sơ", 9, 1, 100),
            make(S.APPLIED, "ngày/hồ sơ", 3, None, 100),
        ]
    )
    assert totals == {"ngày": 250.0, "giờ": 60.0}


def test_saved_unit():
    """The unit before the slash is what time saved is counted in."""
    assert saved_unit("giờ / hồ sơ") == "giờ"
    assert saved_unit("phút") == "phút"
    assert saved_unit("") == ""


def test_cleaning():
    """Title and at least one author are required; authors are deduplicated in order."""
    with pytest.raises(ValidationError) as refused:
        cleaned_initiative(Initiative(title="  ", year=2026, authors=["a"]))
    assert refused.value.code == "initiative_title_required"
    with pytest.raises(ValidationError) as refused:
        cleaned_initiative(Initiative(title="Sáng kiến", year=2026))
    assert refused.value.code == "initiative_author_required"
    cleaned = cleaned_initiative(
        Initiative(
            title=" Số  hóa ",
            year=2026,
            authors=["b", "a", "b"],
            problem="Dòng 1  \n  Dòng 2",
        )
    )
    assert cleaned.title == "Số hóa"
    assert cleaned.authors == ["b", "a"]
    assert cleaned.problem == "Dòng 1\nDòng 2"


def test_impossible_figures_are_refused():
    """Negative measures or dossiers, and an impossible year, are refused."""
    base = {"title": "x", "authors": ["a"]}
    for kwargs, code in (
        ({"year": 2026, "before_value": -1}, "initiative_measure_invalid"),
        ({"year": 2026, "dossiers_affected": -5}, "initiative_dossiers_invalid"),
        ({"year": 1999}, "initiative_year_invalid"),
    ):
        with pytest.raises(ValidationError) as refused:
            cleaned_initiative(Initiative(**base, **kwargs))
        assert refused.value.code == code


def test_parse_number():
    """Typed figures accept a decimal comma; dossiers accept thousands separators."""
    assert parse_number("1,5") == 1.5
    assert parse_number(" 3 ") == 3.0
    assert parse_number("") is None
    assert parse_number("1.200", whole=True) == 1200
    with pytest.raises(ValidationError) as refused:
        parse_number("ba ngày")
    assert refused.value.code == "initiative_value_not_number"


def test_field_suggestions():
    """The six fields of the guidance are offered."""
    assert INITIATIVE_FIELDS == (
        "Cải cách hành chính",
        "Chuyển đổi số",
        "Chuyên môn nghiệp vụ",
        "Phục vụ nhân dân",
        "Công tác Đoàn",
        "Khác",
    )
