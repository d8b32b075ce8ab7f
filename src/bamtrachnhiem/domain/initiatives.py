"""Initiatives (sáng kiến, giải pháp): authors, measurable before/after, states and their rules.

An initiative moves one step at a time: registered (đăng ký) → trial (áp dụng thử) → applied
(áp dụng chính thức) → recognised (được công nhận: level, decision number and date). From
registered, trial or applied it may instead be rejected (không công nhận), with a reason.
Recognised and rejected are final. Skipping a step or going back is refused, so the dates
of each step stay meaningful.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import date
from enum import StrEnum
from typing import Any

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.text import clean_text


class InitiativeState(StrEnum):
    REGISTERED = "registered"  # đã đăng ký
    TRIAL = "trial"  # áp dụng thử
    APPLIED = "applied"  # đã áp dụng
    RECOGNISED = "recognised"  # được công nhận
    REJECTED = "rejected"  # không công nhận


S = InitiativeState
INITIATIVE_TRANSITIONS: dict[InitiativeState, frozenset[InitiativeState]] = {
    S.REGISTERED: frozenset({S.TRIAL, S.REJECTED}),
    S.TRIAL: frozenset({S.APPLIED, S.REJECTED}),
    S.APPLIED: frozenset({S.RECOGNISED, S.REJECTED}),
    S.RECOGNISED: frozenset(),
    S.REJECTED: frozenset(),
}
FINAL_STATES = frozenset({S.RECOGNISED, S.REJECTED})
# States that count as a result: toward pledge targets and the yearly title rule.
COUNTED_STATES = frozenset({S.APPLIED, S.RECOGNISED})

# Suggested fields (lĩnh vực); the user may type any other.
INITIATIVE_FIELDS = (
    "Cải cách hành chính",
    "Chuyển đổi số",
    "Chuyên môn nghiệp vụ",
    "Phục vụ nhân dân",
    "Công tác Đoàn",
    "Khác",
)
# Suggested recognising levels (cấp công nhận).
RECOGNITION_LEVELS = ("Cấp cơ sở", "Cấp xã", "Cấp huyện", "Cấp tỉnh", "Cấp Trung ương")
# Suggested units of measure for the before/after figures.
MEASURE_UNITS = ("ngày/hồ sơ", "giờ/hồ sơ", "phút/hồ sơ", "phút/lượt", "ngày/thủ tục")

MAX_TEXT = 4000


@dataclass
class Initiative:
    """An initiative (sáng kiến) and its measurable effect."""

    title: str
    year: int
    authors: list[str] = dc_field(default_factory=list)  # member ids, first author first
    field: str = ""
    problem: str = ""
    solution: str = ""
    measure_unit: str = ""  # e.g. "ngày/hồ sơ"
    before_value: float | None = None
    after_value: float | None = None
    dossiers_affected: int | None = None
    state: InitiativeState = InitiativeState.REGISTERED
    registered_date: date | None = None
    trial_date: date | None = None
    applied_date: date | None = None
    recognised_level: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    rejected_reason: str = ""
    notes: str = ""
    id: str = ""
    unit_code: str = ""
    updated_at: str = ""
    # Filled when read, never stored from here:
    author_names: list[str] = dc_field(default_factory=list)

    @property
    def time_saved(self) -> float | None:
        """(before − after) × dossiers, in the measure's own unit; ``None`` unless all known.

        With "ngày/hồ sơ" 3 → 1 over 120 dossiers that is 240 (ngày). A negative figure
        means the work got slower and is kept as it is.
        """
        if None in (self.before_value, self.after_value, self.dossiers_affected):
            return None
        return (self.before_value - self.after_value) * self.dossiers_affected  # type: ignore[operator]

    @property
    def saved_unit(self) -> str:
        return saved_unit(self.measure_unit)


def saved_unit(measure_unit: str) -> str:
    """The unit a time saved is counted in: "ngày/hồ sơ" → "ngày"."""
    return clean_text(measure_unit.split("/", 1)[0]) if measure_unit else ""


def time_saved_totals(initiatives: list[Initiative]) -> dict[str, float]:
    """Time saved summed per unit ("ngày", "giờ"…) over the initiatives in use.

    Only applied and recognised initiatives save time already; registered, trial and
    rejected ones are left out. Figures in different units are never added together.
    """
    totals: dict[str, float] = {}
    for initiative in initiatives:
        saved = initiative.time_saved
        if saved is None or initiative.state not in COUNTED_STATES:
            continue
        unit = initiative.saved_unit
        totals[unit] = totals.get(unit, 0.0) + saved
    return totals


def transition_error(
    current: InitiativeState,
    target: InitiativeState,
    *,
    level: str = "",
    decision_number: str = "",
    decision_date: date | None = None,
    reason: str = "",
) -> str | None:
    """``None`` when the move is allowed with these details; otherwise the refusal's code."""
    current, target = InitiativeState(current), InitiativeState(target)
    if current is target:
        return "initiative_already_in_state"
    if current in FINAL_STATES:
        return "initiative_state_final"
    if target not in INITIATIVE_TRANSITIONS[current]:
        return "initiative_transition_refused"
    if target is InitiativeState.RECOGNISED:
        if not clean_text(level):
            return "initiative_level_required"
        if not clean_text(decision_number):
            return "initiative_decision_number_required"
        if decision_date is None:
            return "initiative_decision_date_required"
    if target is InitiativeState.REJECTED and not clean_text(reason):
        return "initiative_reason_required"
    return None


def validate_transition(
    initiative: Initiative,
    target: InitiativeState,
    *,
    level: str = "",
    decision_number: str = "",
    decision_date: date | None = None,
    reason: str = "",
) -> None:
    """Raise ``ValidationError`` with the code of ``transition_error`` for a refused move."""
    code = transition_error(
        initiative.state,
        target,
        level=level,
        decision_number=decision_number,
        decision_date=decision_date,
        reason=reason,
    )
    if code is not None:
        raise ValidationError(
            code,
            title=initiative.title,
            state=InitiativeState(initiative.state).value,
            target=InitiativeState(target).value,
        )


def cleaned_initiative(initiative: Initiative) -> Initiative:
    """NFC, trimmed text; refuses a missing title or author and impossible figures."""
    title = clean_text(initiative.title)
    if not title:
        raise ValidationError("initiative_title_required")
    authors: list[str] = []
    for member_id in initiative.authors:
        if member_id and member_id not in authors:
            authors.append(member_id)
    if not authors:
        raise ValidationError("initiative_author_required", title=title)
    if not 2000 <= int(initiative.year) <= 2100:
        raise ValidationError("initiative_year_invalid", year=initiative.year)
    for name in ("before_value", "after_value"):
        value = getattr(initiative, name)
        if value is not None and not 0 <= value < 1_000_000:
            raise ValidationError("initiative_measure_invalid", title=title, value=value)
    dossiers = initiative.dossiers_affected
    if dossiers is not None and not 0 <= dossiers <= 10_000_000:
        raise ValidationError("initiative_dossiers_invalid", title=title, value=dossiers)
    texts = {
        name: clean_text(getattr(initiative, name))
        for name in ("field", "measure_unit", "recognised_level", "decision_number")
    }
    long_texts = {}
    for name in ("problem", "solution", "notes", "rejected_reason"):
        # Multi-line text keeps its lines; each line is cleaned.
        lines = [clean_text(line) for line in str(getattr(initiative, name) or "").splitlines()]
        long_texts[name] = "\n".join(lines).strip()
        if len(long_texts[name]) > MAX_TEXT:
            raise ValidationError("initiative_text_too_long", title=title, limit=MAX_TEXT)
    changes: dict[str, Any] = {**texts, **long_texts}
    return replace(
        initiative,
        **changes,
        title=title,
        authors=authors,
        year=int(initiative.year),
        state=InitiativeState(initiative.state),
    )


def parse_number(text: object, *, whole: bool = False) -> float | int | None:
    """A typed figure: "1,5" or "1.5" → 1.5; ``None`` when empty.

    A whole number (dossiers) may carry thousands separators: "1.200" and "1,200" are
    1200. Raises ``ValidationError("initiative_value_not_number")`` for anything else.
    """
    cleaned = clean_text(text).replace(" ", "")
    if not cleaned:
        return None
    try:
        if whole:
            return int(cleaned.replace(".", "").replace(",", ""))
        number = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValidationError("initiative_value_not_number", value=cleaned) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError("initiative_value_not_number", value=cleaned)
    return number
