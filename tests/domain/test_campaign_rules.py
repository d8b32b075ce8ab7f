"""Campaign targets: percentages, zero targets, validation and Vietnamese numbers."""

from __future__ import annotations

from datetime import date

import pytest

from bamtrachnhiem.domain.campaigns import (
    Activity,
    ActivityKind,
    Campaign,
    CampaignTarget,
    cleaned_activity,
    cleaned_campaign,
    parse_quantity,
    percentage,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.numbers import format_quantity


@pytest.mark.parametrize(
    ("achieved", "target", "expected"),
    [
        (0, 10, 0),
        (3, 4, 75),
        (1, 3, 33),
        (2, 3, 67),
        (1, 8, 13),  # 12.5 rounds half up, not to even
        (10, 10, 100),
        (15, 10, 150),
        (0.5, 200, 0),
    ],
)
def test_percentage_is_rounded_half_up(achieved, target, expected):
    """achieved/target×100 is rounded to a whole percent, halves upward; above 100 stays."""
    assert percentage(achieved, target) == expected
    assert CampaignTarget("x", target_value=target, achieved_value=achieved).percentage == expected


@pytest.mark.parametrize("target", [0, 0.0, -5])
def test_zero_target_has_no_percentage(target):
    """A target of 0 (or less) gives no percentage instead of dividing by zero."""
    assert percentage(7, target) is None
    assert CampaignTarget("x", target_value=target, achieved_value=7).percentage is None


def test_campaign_percentage_caps_each_target_and_skips_zero_targets():
    """Overall progress is the mean of the targets' percentages, each capped at 100."""
    campaign = Campaign(
        "Tháng Thanh niên",
        targets=[
            CampaignTarget("a", target_value=10, achieved_value=20),  # 200 → 100
            CampaignTarget("b", target_value=4, achieved_value=1),  # 25
            CampaignTarget("c", target_value=0, achieved_value=3),  # no target: skipped
        ],
    )
    assert campaign.percentage == 63  # (100 + 25) / 2 = 62.5 → 63
    assert Campaign("empty").percentage is None


def _campaign(**changes) -> Campaign:
    values = {
        "name": "  Tháng   Thanh niên 2026 ",
        "start_date": date(2026, 3, 1),
        "end_date": date(2026, 3, 31),
        "targets": [CampaignTarget(" Hồ sơ hỗ trợ ", "hồ sơ", 100)],
    }
    values.update(changes)
    return Campaign(**values)


def test_cleaned_campaign_tidies_text_and_takes_year_from_start():
    """Names are trimmed and the campaign's year is the year of its start date."""
    cleaned = cleaned_campaign(_campaign(start_date=date(2025, 12, 15), end_date=None))
    assert cleaned.name == "Tháng Thanh niên 2026"
    assert cleaned.year == 2025
    assert cleaned.targets[0].name == "Hồ sơ hỗ trợ"
    assert cleaned.targets[0].target_value == 100.0


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": "  "}, "campaign_name_required"),
        ({"start_date": None}, "campaign_start_required"),
        ({"end_date": date(2026, 2, 28)}, "campaign_end_before_start"),
        ({"targets": [CampaignTarget(" ", "", 5)]}, "campaign_target_name_required"),
        ({"targets": [CampaignTarget("Lượt", "", 0)]}, "campaign_target_value_invalid"),
        ({"targets": [CampaignTarget("Lượt", "", -3)]}, "campaign_target_value_invalid"),
        (
            {"targets": [CampaignTarget("Lượt", "", 3, achieved_value=-1)]},
            "campaign_achieved_negative",
        ),
    ],
)
def test_cleaned_campaign_refuses(changes, code):
    """No name, no start, end before start, nameless targets and targets ≤ 0 are refused."""
    with pytest.raises(ValidationError) as caught:
        cleaned_campaign(_campaign(**changes))
    assert caught.value.code == code


def test_end_on_the_start_day_is_allowed():
    """A one-day campaign (end = start) is valid."""
    day = date(2026, 3, 26)
    assert cleaned_campaign(_campaign(start_date=day, end_date=day)).end_date == day


def test_cleaned_activity_removes_repeated_participants_and_sets_year():
    """Participants picked twice count once; the year comes from the date."""
    activity = cleaned_activity(
        Activity(
            date(2026, 3, 26), "volunteer", " Ngày  Chủ nhật xanh ", participants=["a", "b", "a"]
        )
    )
    assert activity.kind is ActivityKind.VOLUNTEER
    assert activity.title == "Ngày Chủ nhật xanh"
    assert activity.participants == ["a", "b"]
    assert activity.year == 2026


@pytest.mark.parametrize(
    ("activity", "code"),
    [
        (Activity(date(2026, 3, 1), ActivityKind.CLUB, " "), "activity_title_required"),
        (Activity(None, ActivityKind.CLUB, "Sinh hoạt"), "activity_date_required"),
        (Activity(date(2026, 3, 1), "picnic", "Dã ngoại"), "activity_kind_invalid"),
        (
            Activity(date(2026, 3, 1), ActivityKind.VOLUNTEER, "Hỗ trợ", citizens_helped=-2),
            "activity_citizens_invalid",
        ),
    ],
)
def test_cleaned_activity_refuses(activity, code):
    """No title, no date, an unknown kind and negative citizens helped are refused."""
    with pytest.raises(ValidationError) as caught:
        cleaned_activity(activity)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1.200", 1200.0),
        ("1.200.000", 1200000.0),
        ("1.200,75", 1200.75),
        (" 3 ", 3.0),
        ("-4", -4.0),
        ("0", 0.0),
    ],
)
def test_parse_quantity_reads_vietnamese_numbers(text, value):
    """Dots group thousands, a comma marks decimals; a lone dot before 1–2 digits is decimal."""
    assert parse_quantity(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12 người", "--1"])
def test_parse_quantity_refuses_text(text):
    """Anything that is not a number is refused with the typed text."""
    with pytest.raises(ValidationError) as caught:
        parse_quantity(text)
    assert caught.value.code == "campaign_quantity_invalid"


@pytest.mark.parametrize(
    ("value", "text"), [(1200, "1.200"), (12.5, "12,5"), (3.0, "3"), (0.333, "0,33"), (-4, "-4")]
)
def test_format_quantity_writes_vietnamese_numbers(value, text):
    """Numbers are shown with dot thousands and comma decimals, trailing zeros dropped."""
    assert format_quantity(value) == text
