"""The value rules every record obeys, however it arrives (keyboard, list, packet)."""

from __future__ import annotations

import json
import random

import pytest

from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.rules import MonthScoring, Rules
from bamtrachnhiem.domain.scoring import score_month

YEAR = 2026
CRITERIA = default_criteria_set(YEAR)


def test_fast_month_scoring_agrees_with_score_month() -> None:
    """The row checker's totals and bands are score_month's, on many random months
    (partial, capped bonus, big deductions, vetoes)."""
    rng = random.Random(5)
    scoring = MonthScoring(CRITERIA)
    for _ in range(3000):
        own, branch = {}, {}
        for criterion in CRITERIA.criteria:
            top = int(criterion.max_points * 100)
            if rng.random() < 0.9:
                own[criterion.code] = rng.randrange(0, top + 1) / 100
            if rng.random() < 0.5:
                branch[criterion.code] = rng.randrange(0, top + 1) / 100
        bonus = (
            rng.choice([0, 0, 2.5, 10, 15]) if rng.random() < 0.9 else rng.randrange(0, 1001) / 100
        )
        deduction = rng.choice([0, 0, 5, 30, 120.5])
        veto = rng.random() < 0.05
        expected = score_month(CRITERIA, own, branch, bonus=bonus, deduction=deduction, veto=veto)
        own_cents = scoring.cents(own, "m", YEAR)
        branch_cents = scoring.cents(branch, "m", YEAR)
        assert isinstance(own_cents, dict) and isinstance(branch_cents, dict)
        total, band = scoring.total_and_band(own_cents, branch_cents, bonus, deduction, veto)
        if expected.complete:
            assert (total, band) == (expected.total, expected.band.code)
        else:
            assert (total, band) == (None, "")


def _assessment(**changes) -> dict:
    scores = {c.code: float(c.max_points) for c in CRITERIA.criteria}
    result = score_month(CRITERIA, scores, {}, bonus=0)
    row = {
        "member_id": "m1",
        "year": YEAR,
        "month": 3,
        "self_scores": json.dumps(scores),
        "branch_scores": "{}",
        "bonus": 0.0,
        "deduction": 0.0,
        "veto": False,
        "veto_reason": "",
        "total": result.total,
        "band": result.band.code,
    }
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("changes", "column", "code"),
    [
        ({"bonus": 999.0}, "bonus", "bonus_above_cap"),
        ({"bonus": -5.0}, "bonus", "bonus_negative"),
        ({"total": 150.0}, "total", "assessment_total_inconsistent"),
        ({"self_scores": '{"A1": 999, "A2": -7}'}, "self_scores", "score_above_max"),
        ({"self_scores": '{"Z9": 1}'}, "self_scores", "assessment_unknown_criterion"),
        ({"self_scores": "[1, 2]"}, "self_scores", "assessment_scores_invalid"),
        ({"band": "fail"}, "band", "assessment_band_inconsistent"),
        ({"veto": True}, "veto_reason", "assessment_veto_reason_required"),
        ({"month": 13}, "month", "packet_month_invalid"),
    ],
)
def test_an_assessment_the_grid_would_refuse_is_refused(changes, column, code) -> None:
    """Each value the monthly grid refuses from the keyboard is refused in a row too."""
    problems = Rules(lambda year: CRITERIA).check("assessments", [_assessment(**changes)])
    assert [(p.column, p.error.code) for p in problems] == [(column, code)]


def test_a_sound_assessment_passes() -> None:
    """A complete, consistent month raises nothing."""
    assert Rules(lambda year: CRITERIA).check("assessments", [_assessment()]) == []


def test_members_obey_the_member_rule() -> None:
    """The rule of cleaned_member: a name, a real e-mail, a birth date that happened."""
    base = {
        "given_name": "An",
        "family_middle_name": "Võ",
        "gender": "Nam",
        "birth_date": "1995-03-05",
        "birth_year": 1995,
        "joined_union_date": None,
        "email": "",
        "status": "active",
    }
    rules = Rules(lambda year: CRITERIA)
    assert rules.check("members", [base]) == []
    problems = rules.check(
        "members", [{**base, "email": "thư"}, {**base, "birth_date": "2099-01-01"}]
    )
    assert [(p.index, p.column, p.error.code) for p in problems] == [
        (0, "email", "member_email_invalid"),
        (1, "birth_date", "member_birth_date_out_of_range"),
    ]
