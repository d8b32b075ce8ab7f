"""The branch at a glance (tổng quan): the figures of one month of a movement year."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bamtrachnhiem.domain.campaigns import Campaign
from bamtrachnhiem.domain.text import clean_text

# The stored codes, in the order they are shown. The overview reads the tables directly so
# that it does not wait for the pledge, initiative and assessment modules; these mirror
# the codes those modules store.
PLEDGED_STATES = ("submitted", "approved")  # a draft is still being written
INITIATIVE_STATES = ("registered", "trial", "applied", "recognised", "rejected")
IN_USE_STATES = ("applied", "recognised")  # only these save time already
BANDS = ("excellent", "good", "pass", "fail")


def share(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in whole percent, rounded half up; ``None`` when whole is 0."""
    if whole <= 0:
        return None
    return math.floor(part * 100 / whole + 0.5)


def saved_time_unit(measure_unit: str) -> str:
    """The unit of time saved over many dossiers: "ngày/hồ sơ" gives "ngày"."""
    return clean_text(measure_unit.split("/", 1)[0])


@dataclass(frozen=True)
class TimeSaved:
    """Time saved by initiatives in use, in one unit: Σ (before − after) × dossiers."""

    unit: str  # "ngày", "giờ" ...
    amount: float
    initiatives: int


@dataclass
class OverviewSummary:
    """Every figure of the overview page for ``month`` of ``year``.

    Member, pledge, assessment and activity figures cover every unit in the database;
    campaigns and the month lock are the own unit's.
    """

    year: int
    month: int
    members_active: int = 0
    pledges_by_state: dict[str, int] = field(default_factory=dict)  # among active members
    assessed: int = 0  # active members with a total this month
    bands: dict[str, int] = field(default_factory=dict)  # code -> members, this month
    month_locked: bool = False  # tháng đã chốt
    initiatives_by_state: dict[str, int] = field(default_factory=dict)  # this year
    time_saved: list[TimeSaved] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)  # this year, with targets
    activities: int = 0  # this month
    activities_by_month: list[int] = field(default_factory=lambda: [0] * 12)  # Jan..Dec
    participations: int = 0
    citizens_helped: int = 0

    @property
    def pledged(self) -> int:
        """Active members whose pledge is submitted or approved."""
        return sum(self.pledges_by_state.get(state, 0) for state in PLEDGED_STATES)

    @property
    def pledged_percent(self) -> int | None:
        return share(self.pledged, self.members_active)

    @property
    def initiatives(self) -> int:
        return sum(self.initiatives_by_state.values())
