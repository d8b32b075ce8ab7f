"""Scoring rules: totals, caps, bands at their boundaries, veto, periods and the yearly title."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.scoring import (
    TitleEntry,
    TitleShortfall,
    band_for,
    check_bonus,
    check_deduction,
    check_score,
    format_points,
    parse_points,
    quarter_figures,
    score_month,
    title_quota,
    title_verdicts,
    year_figure,
)

CRITERIA = default_criteria_set(2026)
RULES = CRITERIA.rules


def full_marks() -> dict[str, float]:
    return {c.code: float(c.max_points) for c in CRITERIA.criteria}


def scores_totalling(total: float) -> dict[str, float]:
    """Scores of all 13 criteria whose sum is ``total`` (taken off A1 and then onwards)."""
    scores = full_marks()
    missing = round(100 - total, 2)
    for criterion in CRITERIA.criteria:
        take = min(missing, criterion.max_points)
        scores[criterion.code] = round(criterion.max_points - take, 2)
        missing = round(missing - take, 2)
    assert round(sum(scores.values()), 2) == total
    return scores


@pytest.mark.parametrize(
    "total, band",
    [
        (49.99, "fail"),
        (50, "pass"),
        (69.99, "pass"),
        (70, "good"),
        (89.99, "good"),
        (90, "excellent"),
        (0, "fail"),
        (100, "excellent"),
    ],
)
def test_bands_at_their_boundaries(total, band):
    """A band starts exactly at its threshold: 69.99 is Đạt, 70 is Tốt (no float drift)."""
    result = score_month(CRITERIA, scores_totalling(total), {})
    assert result.complete
    assert result.total == total
    assert result.band.code == band


def test_band_labels_are_the_vietnamese_ones():
    """The default bands read Xuất sắc, Tốt, Đạt, Chưa đạt."""
    labels = [band_for(RULES, t).label for t in (95, 75, 55, 10)]
    assert labels == ["Xuất sắc", "Tốt", "Đạt", "Chưa đạt"]


def test_decimal_sum_does_not_drift():
    """Tenths summing to 50 give exactly 50 and Đạt (a float sum gives 49.999… and Chưa đạt)."""
    values = [2.6, 6.3, 5.8, 4.1, 3.4, 8.0, 4.1, 3.8, 3.8, 0.7, 0.0, 7.1, 0.3]
    assert sum(values) < 50  # the trap
    scores = {c.code: v for c, v in zip(CRITERIA.criteria, values, strict=True)}
    result = score_month(CRITERIA, scores, {})
    assert result.total == 50.0
    assert result.band.code == "pass"


def test_branch_score_wins_over_self_score():
    """The total uses the branch's score where given, the self score elsewhere."""
    self_scores = full_marks()
    result = score_month(CRITERIA, self_scores, {"A1": 5, "B1": 4})
    assert result.total == 100 - 10 - 6
    assert result.points == 84


def test_month_without_every_criterion_is_not_assessed():
    """A partly scored month shows a partial total but no band."""
    result = score_month(CRITERIA, {"A1": 15, "A2": 8}, {"B1": 10})
    assert not result.complete
    assert result.scored == 3
    assert result.total == 33
    assert result.band is None


def test_bonus_is_capped():
    """A bonus above the cap counts as the cap (10 by default)."""
    result = score_month(CRITERIA, scores_totalling(70), {}, bonus=15)
    assert result.bonus == 10
    assert result.total == 80
    assert result.band.code == "good"


def test_total_is_capped_and_floored():
    """Bonus cannot lift the total above 100; deductions cannot take it below 0."""
    assert score_month(CRITERIA, full_marks(), {}, bonus=10).total == 100
    assert score_month(CRITERIA, scores_totalling(30), {}, deduction=45).total == 0


def test_deduction_lowers_the_band():
    """A deduction is taken after the bonus and can move the total below a threshold."""
    result = score_month(CRITERIA, scores_totalling(90), {}, bonus=2, deduction=2.01)
    assert result.total == 89.99
    assert result.band.code == "good"


def test_veto_forces_the_lowest_band():
    """A veto makes even a full-marks month Chưa đạt; the total is kept as scored."""
    result = score_month(CRITERIA, full_marks(), {}, veto=True)
    assert result.total == 100
    assert result.band.code == "fail"
    assert result.vetoed


def test_veto_rule_can_be_switched_off():
    """With veto_forces_fail off, a vetoed month keeps the band of its total."""
    lenient = replace(CRITERIA, rules=replace(RULES, veto_forces_fail=False))
    assert score_month(lenient, full_marks(), {}, veto=True).band.code == "excellent"


@pytest.mark.parametrize(
    "text, value",
    [("7,5", 7.5), ("7.5", 7.5), (" 15 ", 15.0), ("0", 0.0), ("", None), ("8,25", 8.25)],
)
def test_typed_scores_accept_a_decimal_comma(text, value):
    """Vietnamese "7,5" and "7.5" are both seven and a half; blank means no score."""
    assert parse_points(text) == value


@pytest.mark.parametrize("text", ["abc", "7,5,1", "1.000,5", "nan", "inf", "7..5"])
def test_non_numbers_are_refused(text):
    """Text that is not a plain number is refused with a code, not guessed."""
    with pytest.raises(ValidationError) as refused:
        parse_points(text)
    assert refused.value.code == "score_not_a_number"


def test_score_above_its_maximum_names_criterion_and_maximum():
    """16 for A1 (max 15) is refused with the code and the maximum for the in-place message."""
    problem = check_score(CRITERIA.criterion("A1"), 16)
    assert problem.code == "score_above_max"
    assert problem.params == {"code": "A1", "max": "15", "value": "16"}


@pytest.mark.parametrize(
    "value, code",
    [(-1, "score_negative"), (7.125, "score_too_precise"), (15.01, "score_above_max")],
)
def test_invalid_scores_refused(value, code):
    """Negative, over-precise and over-maximum scores are each refused with their code."""
    assert check_score(CRITERIA.criterion("A1"), value).code == code


@pytest.mark.parametrize("value", [0, 7.5, 7.25, 15, 14.99])
def test_valid_scores_accepted(value):
    """Scores from 0 to the maximum with up to two decimals are accepted."""
    assert check_score(CRITERIA.criterion("A1"), value) is None


def test_bonus_and_deduction_limits():
    """Bonus is refused above its cap or below 0; deduction below 0 or above the total cap."""
    assert check_bonus(RULES, 10) is None
    assert check_bonus(RULES, 10.5).code == "bonus_above_cap"
    assert check_bonus(RULES, -1).code == "bonus_negative"
    assert check_deduction(RULES, 20) is None
    assert check_deduction(RULES, -2).code == "deduction_negative"
    assert check_deduction(RULES, 101).code == "deduction_above_max"


def test_points_are_written_the_vietnamese_way():
    """7.5 shows as 7,5 and whole numbers without decimals."""
    assert format_points(7.5) == "7,5"
    assert format_points(15.0) == "15"
    assert format_points(49.99) == "49,99"
    assert format_points(None) == ""


def test_quarters_and_year_are_means_of_assessed_months():
    """A quarter is the mean of its assessed months; unassessed months are left out."""
    monthly = {1: 80, 2: 90, 4: 70, 5: 71, 6: 72, 7: 95}
    quarters = quarter_figures(RULES, monthly)
    assert quarters[1].mean == 85 and quarters[1].months == 2
    assert quarters[1].band.code == "good"
    assert quarters[2].mean == 71
    assert quarters[3].mean == 95 and quarters[3].band.code == "excellent"
    assert quarters[4].mean is None and not quarters[4].rated
    year = year_figure(RULES, monthly)
    assert year.months == 6
    assert year.mean == round((80 + 90 + 70 + 71 + 72 + 95) / 6, 2)
    assert year.band.code == "good"


def test_fewer_than_six_months_give_no_yearly_rating():
    """Five assessed months give a mean but no yearly band; six give one."""
    five = {m: 95 for m in range(1, 6)}
    assert year_figure(RULES, five).mean == 95
    assert not year_figure(RULES, five).rated
    assert year_figure(RULES, {**five, 6: 95}).band.code == "excellent"


def entry(member_id: str, totals: dict[int, float], initiatives: int = 1, veto=False, key=""):
    return TitleEntry(member_id, key or member_id, totals, veto, initiatives)


def year_of(mean: float) -> dict[int, float]:
    return {m: mean for m in range(1, 13)}


def test_title_requires_every_condition():
    """Each condition of the title rule is checked and named when it fails."""
    entries = [
        entry("ok", year_of(95)),
        entry("low-mean", year_of(89.99)),
        entry("one-bad-month", {**year_of(98), 3: 69.99}),
        entry("no-initiative", year_of(96), initiatives=0),
        entry("veto", year_of(97), veto=True),
        entry("few-months", {m: 99 for m in range(1, 6)}),
    ]
    verdicts = {v.member_id: v for v in title_verdicts(RULES, entries, unit_size=100)}
    assert verdicts["ok"].proposed and verdicts["ok"].rank == 1
    assert verdicts["low-mean"].shortfalls == (TitleShortfall.MEAN_LOW,)
    assert verdicts["one-bad-month"].shortfalls == (TitleShortfall.MONTH_LOW,)
    assert verdicts["no-initiative"].shortfalls == (TitleShortfall.NO_INITIATIVE,)
    assert verdicts["veto"].shortfalls == (TitleShortfall.VETO,)
    assert verdicts["few-months"].shortfalls == (TitleShortfall.NO_RATING,)


def test_month_of_exactly_seventy_still_qualifies():
    """ "No month below 70" lets a month of exactly 70 through."""
    verdict = title_verdicts(RULES, [entry("a", {**year_of(99), 1: 70})], unit_size=5)[0]
    assert verdict.year.mean >= 90
    assert verdict.proposed


def test_title_share_keeps_the_highest_means():
    """With 10 members only 2 (20%) are proposed: the highest means, the rest marked share."""
    entries = [entry(f"m{i}", year_of(90 + i)) for i in range(5)]
    verdicts = title_verdicts(RULES, entries, unit_size=10)
    assert title_quota(RULES, 10) == 2
    proposed = [v.member_id for v in verdicts if v.proposed]
    assert proposed == ["m4", "m3"]
    assert [v.rank for v in verdicts[:2]] == [1, 2]
    assert all(v.shortfalls == (TitleShortfall.SHARE,) for v in verdicts[2:])


def test_title_share_rounds_down_but_a_small_unit_proposes_one():
    """Four members at 20% make 0.8 of a place: rounded down, yet a unit with members can
    still propose one (the best); 25 members give 5, an empty unit none."""
    entries = [entry("a", year_of(99)), entry("b", year_of(95))]
    verdicts = title_verdicts(RULES, entries, unit_size=4)
    assert [v.member_id for v in verdicts if v.proposed] == ["a"]
    assert verdicts[1].shortfalls == (TitleShortfall.SHARE,)
    assert title_quota(RULES, 4) == 1
    assert title_quota(RULES, 25) == 5
    assert title_quota(RULES, 0) == 0


def test_title_ties_are_broken_deterministically():
    """Equal means go to the better lowest month, then more initiatives, then name order."""
    entries = [
        entry("b", year_of(95), initiatives=1, key="b"),
        entry("a", year_of(95), initiatives=1, key="c"),
        entry("c", {**year_of(95.5), 1: 90, 2: 100}, initiatives=1, key="a"),
        entry("d", year_of(95), initiatives=3, key="d"),
    ]
    first = [v.member_id for v in title_verdicts(RULES, entries, unit_size=10)]
    again = [v.member_id for v in title_verdicts(RULES, list(reversed(entries)), unit_size=10)]
    assert first == again
    # Equal means of 95: d has more initiatives, then b sorts before a by name key.
    assert first[:2] == ["c", "d"]
    assert first[2:] == ["b", "a"]
