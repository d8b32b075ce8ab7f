"""Peak campaigns (đợt thi đua cao điểm) with targets, and activities (hoạt động)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.text import clean_text


class ActivityKind(StrEnum):
    """The kinds of activity the guidance names; the GUI and messages give the labels."""

    CONTEST = "contest"  # hội thi
    FORUM = "forum"  # diễn đàn
    SEMINAR = "seminar"  # hội thảo
    TALK = "talk"  # tọa đàm
    TRAINING = "training"  # tập huấn
    VOLUNTEER = "volunteer"  # tình nguyện
    CLUB = "club"  # câu lạc bộ
    OTHER = "other"  # khác: what fits none of the above (decision 0020)


def percentage(achieved: float, target: float) -> int | None:
    """achieved / target × 100, rounded half up; ``None`` when there is no target to reach."""
    if not target or target <= 0:
        return None
    return math.floor(achieved / target * 100 + 0.5)


@dataclass
class CampaignTarget:
    """A target of a campaign (chỉ tiêu): name, unit of measure, target and achieved value."""

    name: str
    measure_unit: str = ""  # đơn vị tính
    target_value: float = 0.0
    achieved_value: float = 0.0
    id: str = ""

    @property
    def percentage(self) -> int | None:
        """Share of the target achieved, in whole percent (may exceed 100)."""
        return percentage(self.achieved_value, self.target_value)


@dataclass
class Campaign:
    """A peak emulation campaign (đợt thi đua cao điểm) and its targets.

    A campaign sent by the upper level (``from_upper``) is read-only here, except the
    achieved values of its targets.
    """

    name: str
    start_date: date | None = None
    end_date: date | None = None
    theme: str = ""  # chủ đề
    targets: list[CampaignTarget] = field(default_factory=list)
    from_upper: bool = False
    notes: str = ""
    year: int = 0  # the year of ``start_date``
    id: str = ""
    unit_code: str = ""
    updated_at: str = ""

    @property
    def percentage(self) -> int | None:
        """Overall progress: the mean of the targets' percentages, each capped at 100."""
        shares = [min(t.percentage, 100) for t in self.targets if t.percentage is not None]
        if not shares:
            return None
        return math.floor(sum(shares) / len(shares) + 0.5)


@dataclass
class Activity:
    """A contest, forum, seminar, talk, training, volunteer day or club meeting."""

    date: date | None
    kind: ActivityKind
    title: str
    place: str = ""
    participants: list[str] = field(default_factory=list)  # member ids
    citizens_helped: int = 0  # người dân được hỗ trợ
    results: str = ""  # kết quả
    prizes: str = ""  # giải thưởng
    campaign_id: str | None = None
    year: int = 0  # the year of ``date``
    id: str = ""
    unit_code: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class MonthTotals:
    """What one month's activities add up to."""

    year: int
    month: int
    activities: int = 0
    participations: int = 0  # lượt đoàn viên tham gia
    citizens_helped: int = 0


def cleaned_campaign(campaign: Campaign) -> Campaign:
    """The campaign with tidy text and its year set; refuses what cannot be stored."""
    name = clean_text(campaign.name)
    if not name:
        raise ValidationError("campaign_name_required")
    if campaign.start_date is None:
        raise ValidationError("campaign_start_required", name=name)
    if campaign.end_date is not None and campaign.end_date < campaign.start_date:
        raise ValidationError(
            "campaign_end_before_start",
            name=name,
            start=format_date(campaign.start_date),
            end=format_date(campaign.end_date),
        )
    targets = []
    for row, target in enumerate(campaign.targets, start=1):
        target_name = clean_text(target.name)
        if not target_name:
            raise ValidationError("campaign_target_name_required", row=row)
        check_target_value(target_name, target.target_value)
        check_achieved(target_name, target.achieved_value)
        targets.append(
            CampaignTarget(
                name=target_name,
                measure_unit=clean_text(target.measure_unit),
                target_value=float(target.target_value),
                achieved_value=float(target.achieved_value),
                id=target.id,
            )
        )
    return Campaign(
        name=name,
        start_date=campaign.start_date,
        end_date=campaign.end_date,
        theme=clean_text(campaign.theme),
        targets=targets,
        from_upper=campaign.from_upper,
        notes=clean_text(campaign.notes),
        year=campaign.start_date.year,
        id=campaign.id,
        unit_code=campaign.unit_code,
        updated_at=campaign.updated_at,
    )


def check_target_value(target_name: str, value: float) -> None:
    """Refuses a target that is not a positive number."""
    if not isinstance(value, int | float) or not value > 0:
        raise ValidationError(
            "campaign_target_value_invalid", name=target_name, value=format_quantity(value)
        )


def check_achieved(target_name: str, value: float) -> float:
    """``value`` as an achieved value of ``target_name``; refuses negatives and non-numbers."""
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        raise ValidationError("campaign_quantity_invalid", value=str(value))
    if value < 0:
        raise ValidationError(
            "campaign_achieved_negative", name=target_name, value=format_quantity(value)
        )
    return float(value)


def cleaned_activity(activity: Activity) -> Activity:
    """The activity with tidy text, unique participants and its year set; refuses bad input."""
    title = clean_text(activity.title)
    if not title:
        raise ValidationError("activity_title_required")
    if activity.date is None:
        raise ValidationError("activity_date_required", title=title)
    try:
        kind = ActivityKind(activity.kind)
    except ValueError:
        raise ValidationError("activity_kind_invalid", value=str(activity.kind)) from None
    citizens = activity.citizens_helped or 0
    if not isinstance(citizens, int) or isinstance(citizens, bool) or citizens < 0:
        raise ValidationError("activity_citizens_invalid", title=title, value=str(citizens))
    return Activity(
        date=activity.date,
        kind=kind,
        title=title,
        place=clean_text(activity.place),
        participants=list(dict.fromkeys(p for p in activity.participants if p)),
        citizens_helped=citizens,
        results=clean_text(activity.results),
        prizes=clean_text(activity.prizes),
        campaign_id=activity.campaign_id or None,
        year=activity.date.year,
        id=activity.id,
        unit_code=activity.unit_code,
        updated_at=activity.updated_at,
    )


_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def parse_quantity(text: str) -> float:
    """A number as typed in Vietnam: "1.200" is 1200, "12,5" and "12.5" are 12.5.

    Both separators: "." groups thousands and "," marks decimals. Only dots: groups of
    exactly three digits after each dot are thousands, anything else is a decimal point.
    Raises ``ValidationError("campaign_quantity_invalid")`` for anything else.
    """
    raw = clean_text(text).replace(" ", "")
    sign = ""
    if raw.startswith(("+", "-")):
        sign, raw = raw[0].replace("+", ""), raw[1:]
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".", 1)
    elif _THOUSANDS.fullmatch(raw):
        raw = raw.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", raw):
        raise ValidationError("campaign_quantity_invalid", value=clean_text(text))
    return float(sign + raw)
