"""Yearly pledges (đăng ký thực hiện phong trào): commitments, personal targets, states.

States and who moves them (the branch secretary records every pledge):

- ``draft`` → ``submitted``: the member hands the pledge in (nộp);
- ``submitted`` → ``approved``: the branch committee accepts it (duyệt);
- ``submitted`` → ``draft``: returned for changes (trả lại để sửa);
- ``approved`` → ``draft``: reopened. Approved is final: its commitments and targets cannot
  be edited, and it cannot be deleted, until the secretary reopens it explicitly. Only the
  achieved values of the targets may still be recorded on an approved pledge, because
  progress is tracked all year long after the approval.

Draft → approved directly is refused: a pledge is approved only once it has been handed in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Member
from bamtrachnhiem.domain.text import clean_text


class PledgeState(StrEnum):
    DRAFT = "draft"  # bản nháp
    SUBMITTED = "submitted"  # đã nộp
    APPROVED = "approved"  # đã duyệt


class TargetKind(StrEnum):
    INITIATIVES = "initiatives"  # sáng kiến: progress counted from the initiatives themselves
    COURSES = "courses"  # khóa học, lớp bồi dưỡng
    VOLUNTEER_DAYS = "volunteer_days"  # ngày tình nguyện
    OTHER = "other"


# A member has pledged once the pledge is handed in; a draft is still being written.
PLEDGED_STATES = frozenset({PledgeState.SUBMITTED, PledgeState.APPROVED})

# (from, to) -> the action's name; everything else is refused.
PLEDGE_TRANSITIONS: dict[tuple[PledgeState, PledgeState], str] = {
    (PledgeState.DRAFT, PledgeState.SUBMITTED): "submit",
    (PledgeState.SUBMITTED, PledgeState.APPROVED): "approve",
    (PledgeState.SUBMITTED, PledgeState.DRAFT): "return_to_draft",
    (PledgeState.APPROVED, PledgeState.DRAFT): "reopen",
}

# What a new target of each kind is called and counted in, before the user changes it.
TARGET_DEFAULTS: dict[TargetKind, tuple[str, str]] = {
    TargetKind.INITIATIVES: ("Sáng kiến, giải pháp", "sáng kiến"),
    TargetKind.COURSES: ("Khóa học, lớp bồi dưỡng", "khóa"),
    TargetKind.VOLUNTEER_DAYS: ("Ngày tình nguyện", "ngày"),
    TargetKind.OTHER: ("", ""),
}

MAX_COMMITMENT_LENGTH = 500
MAX_QUANTITY = 10_000


class Commitment(NamedTuple):
    """One line the member commits to, under one responsibility (trách nhiệm)."""

    pillar_code: str
    text: str


@dataclass
class PersonalTarget:
    """A personal target (chỉ tiêu cá nhân): e.g. 1 sáng kiến, 2 khóa học, 5 ngày tình nguyện.

    ``achieved`` is entered by hand for every kind except ``initiatives``, whose progress
    comes from the initiatives the member authored that year.
    """

    kind: TargetKind
    name: str
    quantity: float
    measure_unit: str = ""
    achieved: float | None = None


@dataclass
class Pledge:
    """A member's pledge for one movement year (bản đăng ký)."""

    member_id: str
    year: int
    commitments: list[Commitment] = field(default_factory=list)
    targets: list[PersonalTarget] = field(default_factory=list)
    notes: str = ""
    state: PledgeState = PledgeState.DRAFT
    id: str = ""
    unit_code: str = ""
    submitted_at: str | None = None
    approved_at: str | None = None
    updated_at: str = ""

    @property
    def editable(self) -> bool:
        """Commitments and targets can change (not yet approved)."""
        return self.state is not PledgeState.APPROVED

    def commitments_of(self, pillar_code: str) -> list[str]:
        return [c.text for c in self.commitments if c.pillar_code == pillar_code]


@dataclass(frozen=True)
class TargetProgress:
    """How far a member is toward one target.

    For an ``initiatives`` target, ``achieved`` counts the member's initiatives of the year
    that are applied or recognised, and ``registered`` those still under way (registered or
    on trial); rejected ones count for nothing.
    """

    target: PersonalTarget
    achieved: float | None
    registered: int | None = None

    @property
    def done(self) -> bool:
        return self.achieved is not None and self.achieved >= self.target.quantity

    @property
    def ratio(self) -> float | None:
        """Achieved over target, capped at 1; ``None`` while nothing is recorded."""
        if self.achieved is None or self.target.quantity <= 0:
            return None
        return min(1.0, self.achieved / self.target.quantity)


def check_pledge_transition(current: PledgeState, target: PledgeState) -> str | None:
    """``None`` when a pledge may go from ``current`` to ``target``; else the refusal's code."""
    current, target = PledgeState(current), PledgeState(target)
    if (current, target) in PLEDGE_TRANSITIONS:
        return None
    if current is target:
        return "pledge_already_in_state"
    if current is PledgeState.DRAFT and target is PledgeState.APPROVED:
        return "pledge_not_submitted"
    return "pledge_transition_refused"


def validate_pledge_transition(pledge: Pledge, target: PledgeState) -> None:
    """Raise ``ValidationError`` when ``pledge`` cannot move to ``target``."""
    code = check_pledge_transition(pledge.state, target)
    if code is not None:
        raise ValidationError(code, state=pledge.state.value, target=PledgeState(target).value)
    if target is PledgeState.SUBMITTED and not pledge.commitments:
        raise ValidationError("pledge_empty")


def cleaned_pledge(pledge: Pledge, pillar_codes: list[str]) -> Pledge:
    """NFC, trimmed text, no blank or repeated lines; refuses unknown pillars and bad targets."""
    commitments: list[Commitment] = []
    for commitment in pledge.commitments:
        code, text = clean_text(commitment[0]), clean_text(commitment[1])
        if not text:
            continue
        if code not in pillar_codes:
            raise ValidationError(
                "pledge_unknown_pillar", pillar=code, allowed=", ".join(pillar_codes)
            )
        if len(text) > MAX_COMMITMENT_LENGTH:
            raise ValidationError(
                "pledge_commitment_too_long", length=len(text), limit=MAX_COMMITMENT_LENGTH
            )
        item = Commitment(code, text)
        if item not in commitments:
            commitments.append(item)
    targets = [_cleaned_target(t, n) for n, t in enumerate(pledge.targets, start=1)]
    # Commitments keep the order of the year's pillars; within a pillar, the order typed.
    commitments.sort(key=lambda c: pillar_codes.index(c.pillar_code))
    return replace(
        pledge,
        commitments=commitments,
        targets=targets,
        notes=clean_text(pledge.notes),
        state=PledgeState(pledge.state),
    )


def _cleaned_target(target: PersonalTarget, number: int) -> PersonalTarget:
    try:
        kind = TargetKind(target.kind)
    except ValueError:
        raise ValidationError("pledge_target_kind_unknown", row=number, kind=target.kind) from None
    name = clean_text(target.name) or TARGET_DEFAULTS[kind][0]
    if not name:
        raise ValidationError("pledge_target_name_required", row=number)
    quantity = _number(target.quantity)
    if quantity is None or not 0 < quantity <= MAX_QUANTITY:
        raise ValidationError(
            "pledge_target_quantity_invalid", row=number, name=name, limit=MAX_QUANTITY
        )
    achieved = None if kind is TargetKind.INITIATIVES else _number(target.achieved)
    if achieved is not None and not 0 <= achieved <= MAX_QUANTITY:
        raise ValidationError(
            "pledge_target_achieved_invalid", row=number, name=name, limit=MAX_QUANTITY
        )
    return PersonalTarget(
        kind=kind,
        name=name,
        quantity=quantity,
        measure_unit=clean_text(target.measure_unit),
        achieved=achieved,
    )


def _number(value: object) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is no number


def target_progress(
    target: PersonalTarget, initiative_counts: dict[str, int] | None = None
) -> TargetProgress:
    """Progress toward ``target``; ``initiative_counts`` maps initiative states to counts."""
    if target.kind is TargetKind.INITIATIVES:
        counts = initiative_counts or {}
        done = counts.get("applied", 0) + counts.get("recognised", 0)
        under_way = counts.get("registered", 0) + counts.get("trial", 0)
        return TargetProgress(target, float(done), under_way)
    return TargetProgress(target, target.achieved)


def commitments_to_json(commitments: list[Commitment]) -> str:
    return json.dumps([[c.pillar_code, c.text] for c in commitments], ensure_ascii=False)


def commitments_from_json(text: str) -> list[Commitment]:
    return [Commitment(str(code), str(line)) for code, line in json.loads(text or "[]")]


def targets_to_json(targets: list[PersonalTarget]) -> str:
    return json.dumps(
        [
            {
                "kind": t.kind.value,
                "name": t.name,
                "quantity": t.quantity,
                "measure_unit": t.measure_unit,
                "achieved": t.achieved,
            }
            for t in targets
        ],
        ensure_ascii=False,
    )


def targets_from_json(text: str) -> list[PersonalTarget]:
    targets = []
    for item in json.loads(text or "[]"):
        targets.append(
            PersonalTarget(
                kind=TargetKind(item["kind"]),
                name=item.get("name", ""),
                quantity=float(item.get("quantity", 0)),
                measure_unit=item.get("measure_unit", ""),
                achieved=item.get("achieved"),
            )
        )
    return targets


# Suggested commitments, written from the content of Hướng dẫn 31-HD/TĐ (section III.1),
# keyed by the default pillar codes: A công việc, B nhân dân, C chính mình. The pillar
# names shown above them come from the year's criteria set.
COMMITMENT_SUGGESTIONS: dict[str, tuple[str, ...]] = {
    "A": (
        "Tận tâm với công việc, hoàn thành tốt, đúng hạn nhiệm vụ được cơ quan, đơn vị phân công",
        "Không để hồ sơ trễ hạn; rút ngắn thời gian, tiến độ giải quyết hồ sơ",
        "Đăng ký ít nhất 01 sáng kiến, giải pháp cải tiến quy trình làm việc",
        "Tham gia nghiên cứu, tham mưu cải tiến quy trình nghiệp vụ, giảm bớt thủ tục "
        "hành chính phiền hà",
        "Hiến kế giải pháp nâng cao hiệu quả chuyên môn, nghiệp vụ",
        "Ứng dụng tiến bộ khoa học, công nghệ thông tin vào công việc",
        "Thực hành tiết kiệm, chống tham nhũng, lãng phí",
        "Tham gia tích cực các hoạt động đoàn thể tại cơ quan, đơn vị",
    ),
    "B": (
        "Tiếp đón người dân ân cần, hòa nhã, đúng giờ",
        "Biết lắng nghe, tiếp thu ý kiến đóng góp của nhân dân",
        "Hết lòng phục vụ nhân dân; không gây phiền hà, sách nhiễu",
        "Tư vấn, giải thích kịp thời, rõ ràng để người dân thực hiện thuận tiện",
        "Đồng cảm, chia sẻ với khó khăn của người dân",
        "Tiếp xúc, giải quyết công việc công bằng với mọi người dân",
        "Hướng dẫn tận tình người dân thực hiện thủ tục hành chính",
    ),
    "C": (
        "Không ngừng học tập nâng cao trình độ học vấn, chuyên môn, nghiệp vụ",
        "Học tập nâng cao kỹ năng xã hội, ngoại ngữ, tin học",
        "Rèn luyện bản lĩnh chính trị, đạo đức, lương tâm nghề nghiệp",
        "Xây dựng tác phong làm việc công nghiệp, sắp xếp công việc khoa học, đúng thời gian",
        "Nghiên cứu khoa học, có sáng kiến phục vụ công việc, đơn vị và xã hội",
        "Tham gia đầy đủ sinh hoạt chi đoàn, hội thi, diễn đàn, tọa đàm",
    ),
}


def suggestions_for(pillar_code: str) -> tuple[str, ...]:
    """The suggested commitments under a pillar; none for a code the guidance does not know."""
    return COMMITMENT_SUGGESTIONS.get(pillar_code, ())


@dataclass
class PledgeRow:
    """One active member on the pledge page: their pledge (or none yet) and progress."""

    member: Member
    pledge: Pledge | None
    progress: list[TargetProgress] = field(default_factory=list)

    @property
    def state(self) -> PledgeState | None:
        return self.pledge.state if self.pledge else None


@dataclass
class PledgeOverview:
    """Every active member of a year with their pledge state; ``pledged`` of ``total``."""

    year: int
    rows: list[PledgeRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def pledged(self) -> int:
        """Members whose pledge is handed in (submitted or approved); a draft is not yet."""
        return sum(1 for row in self.rows if row.state in PLEDGED_STATES)

    def count(self, state: PledgeState | None) -> int:
        """Members whose pledge is in ``state``; ``None`` counts those not pledged."""
        return sum(1 for row in self.rows if row.state == state)
