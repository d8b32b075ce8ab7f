"""One set of value rules for every record, however it arrives: typed, from a list, in a packet.

The services refuse these values from the keyboard (``cleaned_member``, ``check_score``, ...);
a packet row holding one is refused the same way, edited or not: accepting an edit accepts
that a person changed a value, never a value the app itself would refuse. The rows checked
here are a packet's canonical rows (column key → value, dates as ISO text, JSON as text).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bamtrachnhiem.domain.campaigns import (
    Activity,
    Campaign,
    check_achieved,
    check_target_value,
    cleaned_activity,
    cleaned_campaign,
)
from bamtrachnhiem.domain.criteria import CriteriaSet, CriteriaSource, validate_criteria
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, cleaned_initiative
from bamtrachnhiem.domain.members import cleaned_member
from bamtrachnhiem.domain.pledges import (
    Pledge,
    PledgeState,
    cleaned_pledge,
    commitments_from_json,
    targets_from_json,
)
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.domain.scoring import (
    cents,
    check_bonus,
    check_deduction,
    check_score,
    lowest_band,
)

Row = Mapping[str, Any]
Loads = Callable[[str], Any]


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be stored: its position, the column at fault, the refusal."""

    index: int
    column: str | None
    error: ValidationError


class Rules:
    """The checks of one unit's rows; ``criteria(year)`` is the set the unit scores against."""

    def __init__(self, criteria: Callable[[int], CriteriaSet], loads: Loads = json.loads) -> None:
        self.criteria = criteria
        self.loads = loads
        self._scorings: dict[int, MonthScoring] = {}
        self._checks: dict[str, Callable[[Row], tuple[str | None, ValidationError] | None]] = {
            "members": self._member,
            "pledges": self._pledge,
            "initiatives": self._initiative,
            "assessments": self._assessment,
            "month_locks": _month_lock,
            "campaigns": self._campaign,
            "campaign_targets": _campaign_target,
            "activities": self._activity,
            "criteria_sets": self._criteria_set,
            "reports": self._report,
        }

    def check(self, kind: str, rows: Sequence[Row]) -> list[RowProblem]:
        """Every refused row of ``kind`` (a kind without rules has none)."""
        check = self._checks.get(kind)
        if check is None:
            return []
        problems = []
        for index, row in enumerate(rows):
            found = check(row)
            if found is not None:
                problems.append(RowProblem(index, *found))
        return problems

    # --- the kinds ------------------------------------------------------------------------

    def _member(self, row: Row) -> tuple[str | None, ValidationError] | None:
        member = Member(
            given_name=row["given_name"],
            family_middle_name=row["family_middle_name"],
            gender=row["gender"],
            birth_date=_date(row["birth_date"]),
            birth_year=row["birth_year"],
            joined_union_date=_date(row["joined_union_date"]),
            email=row["email"],
            status=row["status"],
        )
        try:
            cleaned_member(member)
        except ValidationError as error:
            return _MEMBER_COLUMNS.get(error.code), error
        return None

    def _pledge(self, row: Row) -> tuple[str | None, ValidationError] | None:
        if row["state"] not in _PLEDGE_STATES:
            return "state", ValidationError("pledge_state_invalid", value=row["state"])
        pillars = [p.code for p in self.criteria(row["year"]).pillars]
        try:
            pledge = Pledge(
                member_id=row["member_id"],
                year=row["year"],
                state=row["state"],
                commitments=commitments_from_json(row["commitments"]),
                targets=targets_from_json(row["targets"]),
            )
            cleaned_pledge(pledge, pillars)
        except ValidationError as error:
            return None, error
        except (ValueError, TypeError, KeyError, AttributeError):
            return "commitments", ValidationError("pledge_content_invalid")
        return None

    def _initiative(self, row: Row) -> tuple[str | None, ValidationError] | None:
        initiative = Initiative(
            title=row["title"],
            year=row["year"],
            authors=self.loads(row["authors"]),
            state=row["state"],
            before_value=row["before_value"],
            after_value=row["after_value"],
            dossiers_affected=row["dossiers_affected"],
            problem=row["problem"],
            solution=row["solution"],
            notes=row["notes"],
            rejected_reason=row["rejected_reason"],
        )
        try:
            cleaned_initiative(initiative)
        except ValidationError as error:
            return None, error
        except ValueError:  # a state the app does not know
            return "state", ValidationError("initiative_state_invalid", value=row["state"])
        return None

    def _assessment(self, row: Row) -> tuple[str | None, ValidationError] | None:
        if not 1 <= row["month"] <= 12:
            return "month", ValidationError("packet_month_invalid", month=row["month"])
        scoring = self._scoring(row["year"])
        scores = []
        for column in ("self_scores", "branch_scores"):
            values = self.loads(row[column])
            if not isinstance(values, dict):
                return column, ValidationError("assessment_scores_invalid")
            found = scoring.cents(values, row["member_id"], row["year"])
            if isinstance(found, ValidationError):
                return column, found
            scores.append(found)
        bonus, deduction = row["bonus"], row["deduction"]
        if not (0 <= bonus <= scoring.bonus_points and round(bonus, 2) == bonus):
            problem = check_bonus(scoring.criteria.rules, bonus)
            if problem is not None:
                return "bonus", problem
        if not (0 <= deduction <= scoring.total_points and round(deduction, 2) == deduction):
            problem = check_deduction(scoring.criteria.rules, deduction)
            if problem is not None:
                return "deduction", problem
        if row["veto"] and not row["veto_reason"].strip():
            return "veto_reason", ValidationError(
                "assessment_veto_reason_required", member=row["member_id"]
            )
        total, band = scoring.total_and_band(scores[0], scores[1], bonus, deduction, row["veto"])
        stored = row["total"]
        if (stored is None) != (total is None) or (
            stored is not None and total is not None and abs(stored - total) > 0.005
        ):
            return "total", ValidationError(
                "assessment_total_inconsistent", total=stored, computed=total
            )
        if row["band"] != band:
            return "band", ValidationError("assessment_band_inconsistent", band=row["band"])
        return None

    def _scoring(self, year: int) -> MonthScoring:
        found = self._scorings.get(year)
        if found is None:
            found = self._scorings[year] = MonthScoring(self.criteria(year))
        return found

    def _campaign(self, row: Row) -> tuple[str | None, ValidationError] | None:
        campaign = Campaign(
            name=row["name"], start_date=_date(row["start_date"]), end_date=_date(row["end_date"])
        )
        try:
            cleaned_campaign(campaign)
        except ValidationError as error:
            return None, error
        return None

    def _activity(self, row: Row) -> tuple[str | None, ValidationError] | None:
        activity = Activity(
            _date(row["date"]),
            row["kind"],
            title=row["title"],
            citizens_helped=row["citizens_helped"],
            participants=self.loads(row["participants"]),
        )
        try:
            cleaned_activity(activity)
        except ValidationError as error:
            return None, error
        return None

    def _criteria_set(self, row: Row) -> tuple[str | None, ValidationError] | None:
        try:
            validate_criteria(
                CriteriaSet.from_json(
                    row["definition"], year=row["year"], source=CriteriaSource.OWN
                )
            )
        except ValidationError as error:
            return "definition", error
        except (ValueError, TypeError, KeyError):
            return "definition", ValidationError("criteria_definition_invalid")
        return None

    def _report(self, row: Row) -> tuple[str | None, ValidationError] | None:
        """An issued report: a draft never travels, and its period and figures are whole."""
        if row["state"] != "issued" or not row["issued_at"]:
            return "state", ValidationError("report_not_issued", value=row["state"])
        first, last = row["month_from"], row["month_to"]
        if not (1 <= first <= last <= 12):
            return "month_to", ValidationError("period_months_invalid", first=first, last=last)
        if not row["period"].strip():
            return "period", ValidationError("period_unknown", period=row["period"])
        try:
            figures = self.loads(row["figures"])
        except ValueError:
            figures = None
        if not isinstance(figures, dict):
            return "figures", ValidationError("report_figures_invalid")
        if not row["summary"].strip():
            return "summary", ValidationError("report_summary_required")
        return None


class MonthScoring:
    """``score_month`` for many rows of one criteria set: the same integer-cent arithmetic,
    with the set's maxima, caps and bands looked up once (a district checks 480,000 rows)."""

    def __init__(self, criteria: CriteriaSet) -> None:
        self.criteria = criteria
        self.maxima = {c.code: c.max_points for c in criteria.criteria}
        self.by_code = {c.code: c for c in criteria.criteria}
        self.codes = [c.code for c in criteria.criteria]
        rules = criteria.rules
        self.bonus_points, self.total_points = rules.bonus_cap, rules.total_cap
        self.bonus_cap = cents(rules.bonus_cap)
        self.total_cap = cents(rules.total_cap)
        self.bands = sorted(((cents(b.min_total), b.code) for b in rules.bands), reverse=True)
        self.lowest = lowest_band(rules).code
        self.veto_fails = rules.veto_forces_fail

    def cents(
        self, scores: dict[str, Any], member: str, year: int
    ) -> dict[str, int] | ValidationError:
        """The scores in hundredths of a point by criterion code, or why they cannot be stored
        (an unknown criterion, a value out of range or finer than two decimals)."""
        maxima = self.maxima
        found: dict[str, int] = {}
        for code, value in scores.items():
            top = maxima.get(code)
            if top is not None and (type(value) is int or type(value) is float):
                whole = round(value * 100)
                # The usual case in one test: 0..max with at most two decimals.
                if 0 <= value <= top and -1e-6 < value * 100 - whole < 1e-6:
                    found[code] = whole
                    continue
            problem = self._refused_score(code, value, member, year)
            if problem is not None:
                return problem
            if value is not None:
                found[code] = round(value * 100)
        return found

    def _refused_score(
        self, code: str, value: Any, member: str, year: int
    ) -> ValidationError | None:
        if code not in self.maxima:
            return ValidationError(
                "assessment_unknown_criterion", member=member, code=code, year=year
            )
        if value is None:
            return None
        if type(value) is float or type(value) is int:
            return check_score(self.by_code[code], value)
        return ValidationError("assessment_scores_invalid")

    def total_and_band(
        self,
        own: dict[str, int],
        branch: dict[str, int],
        bonus: float,
        deduction: float,
        veto: bool,
    ) -> tuple[float | None, str]:
        """The stored total (None until every criterion is scored) and band code, from the
        scores in hundredths (``cents``): the branch's score of a criterion, else the own."""
        points = scored = 0
        for code in self.codes:
            value = branch.get(code)
            if value is None:
                value = own.get(code)
            if value is not None:
                points += value
                scored += 1
        if scored < len(self.codes):
            return None, ""
        capped = min(max(round(bonus * 100), 0), self.bonus_cap)
        total = min(max(points + capped - max(round(deduction * 100), 0), 0), self.total_cap)
        if veto and self.veto_fails:
            return total / 100, self.lowest
        band = next((code for floor, code in self.bands if total >= floor), self.lowest)
        return total / 100, band


def _month_lock(row: Row) -> tuple[str | None, ValidationError] | None:
    if not 1 <= row["month"] <= 12:
        return "month", ValidationError("packet_month_invalid", month=row["month"])
    return None


def _campaign_target(row: Row) -> tuple[str | None, ValidationError] | None:
    try:
        check_target_value(row["name"], row["target_value"])
        check_achieved(row["name"], row["achieved_value"])
    except ValidationError as error:
        return None, error
    return None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_PLEDGE_STATES = frozenset(s.value for s in PledgeState)
_MEMBER_COLUMNS = {
    "member_given_name_required": "given_name",
    "member_email_invalid": "email",
    "member_birth_date_out_of_range": "birth_date",
    "member_joined_in_future": "joined_union_date",
}
