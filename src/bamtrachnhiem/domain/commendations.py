"""Commendations (khen thưởng): rounds, the shortlist rule, nominations, decisions, register.

A **round** (đợt xét) is opened by an upper unit for a year and a form (Giấy khen, Giấy
chứng nhận, or a proposal to a higher level); it carries its **rule** and quotas down in the
configuration packet. A unit **nominates** its own members and the units directly below it;
the round's unit **reviews** each nomination (returned with a reason, approved, not
commended), issues a **decision** (Quyết định khen thưởng) whose recipients become entries of
its **register** (sổ khen thưởng) with a gapless number and a verification code printed on
the certificate. Defaults and why: docs/decisions/0030 and 0031.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import Any

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.text import clean_text, fold


class CommendationForm(StrEnum):
    """What the round gives (hình thức)."""

    MERIT = "giay_khen"  # Giấy khen
    CERTIFICATE = "giay_chung_nhan"  # Giấy chứng nhận
    PROPOSAL = "de_nghi"  # đề nghị cấp trên khen thưởng


FORM_LABELS = {
    CommendationForm.MERIT: "Giấy khen",
    CommendationForm.CERTIFICATE: "Giấy chứng nhận",
    CommendationForm.PROPOSAL: "Đề nghị cấp trên khen thưởng",
}
# The title printed on the certificate.
FORM_TITLES = {
    CommendationForm.MERIT: "GIẤY KHEN",
    CommendationForm.CERTIFICATE: "GIẤY CHỨNG NHẬN",
    CommendationForm.PROPOSAL: "GIẤY KHEN",
}


class RecipientKind(StrEnum):
    INDIVIDUAL = "individual"  # cá nhân
    COLLECTIVE = "collective"  # tập thể


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class NominationState(StrEnum):
    """The state a nomination shows: the proposer's own state, then the reviewer's word."""

    DRAFT = "draft"
    SENT = "sent"  # travels upward with the next packet
    RETURNED = "returned"  # trả lại, with a reason (travels down)
    APPROVED = "approved"  # duyệt, waiting for the decision
    COMMENDED = "commended"  # in an issued decision
    NOT_COMMENDED = "not_commended"


class ReviewVerdict(StrEnum):
    RETURNED = "returned"
    APPROVED = "approved"
    NOT_COMMENDED = "not_commended"


class DecisionState(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    ANNULLED = "annulled"


class QuotaBase(StrEnum):
    """What a unit's quota is a share of."""

    ALL_MEMBERS = "all_members"  # every active member
    RATED_GOOD = "rated_good"  # members whose year is rated at least "Tốt" (hoàn thành tốt)


class AwardSource(StrEnum):
    OWN = "own"  # issued by the owning unit's decision
    EXTERNAL = "external"  # received from another level, entered by hand


MAX_SUMMARY = 600  # tóm tắt thành tích
MAX_REASON = 500
MAX_NAME = 60  # a certificate's name line fits 60 characters (checked on print as well)


# --- the rule ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RulePath:
    """One way to qualify ("trên nhiều lĩnh vực"): every threshold of the path must hold."""

    name: str
    min_mean: float = 90.0  # bình quân năm
    min_month: float = 0.0  # no assessed month below this (0: no floor)
    min_initiatives: int = 0  # applied or recognised, as an author
    min_prizes: int = 0  # activities with a prize the member took part in
    min_volunteer: int = 0  # volunteer activities taken part in
    min_targets_met: int = 0  # personal pledge targets reached


@dataclass(frozen=True)
class CollectiveRule:
    """Thresholds for a unit below (tập thể): all must hold."""

    min_pledged_pct: float = 90.0
    min_assessed_pct: float = 90.0
    min_on_time_months: int = 9  # months whose packet arrived by its due date
    min_campaign_pct: float = 80.0  # targets met of the campaigns it took part in
    min_initiatives_per_member: float = 0.1


@dataclass(frozen=True)
class CommendationRule:
    """The shortlist rule of a round: individual paths, the collective thresholds, the quota."""

    min_months: int = 6  # assessed months for a yearly mean
    require_pledge_approved: bool = True
    paths: tuple[RulePath, ...] = ()
    collective: CollectiveRule = field(default_factory=CollectiveRule)
    quota_share: float = 0.2  # of the quota base, rounded down
    quota_minimum: int = 1  # a unit of three members can still propose one
    quota_base: QuotaBase = QuotaBase.RATED_GOOD

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CommendationRule:
        if not text or not text.strip():
            return default_rule()
        try:
            data = json.loads(text)
            paths = tuple(RulePath(**p) for p in data.pop("paths", []))
            collective = CollectiveRule(**data.pop("collective", {}))
            base = QuotaBase(data.pop("quota_base", QuotaBase.RATED_GOOD))
            rule = cls(paths=paths, collective=collective, quota_base=base, **data)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise ValidationError("commendation_rule_invalid") from error
        check_rule(rule)
        return rule


def default_rule() -> CommendationRule:
    """The rule a new round starts with (docs/decisions/0030)."""
    return CommendationRule(
        paths=(
            RulePath("Bình quân năm cao và có sáng kiến", 90.0, 70.0, min_initiatives=1),
            RulePath("Bình quân năm cao và đạt giải hội thi", 90.0, 70.0, min_prizes=1),
            RulePath("Bình quân năm cao và tích cực tình nguyện", 90.0, 70.0, min_volunteer=2),
            RulePath("Sáng kiến và hoàn thành mọi chỉ tiêu", 85.0, 70.0, 1, min_targets_met=2),
        )
    )


def check_rule(rule: CommendationRule) -> None:
    """Refuse numbers no rule can mean."""
    ok = (
        1 <= rule.min_months <= 12
        and 0 < rule.quota_share <= 1
        and 0 <= rule.quota_minimum <= 100
        and rule.paths
        and all(
            p.name.strip()
            and 0 <= p.min_mean <= 100
            and 0 <= p.min_month <= 100
            and min(p.min_initiatives, p.min_prizes, p.min_volunteer, p.min_targets_met) >= 0
            for p in rule.paths
        )
        and 0 <= rule.collective.min_pledged_pct <= 100
        and 0 <= rule.collective.min_assessed_pct <= 100
        and 0 <= rule.collective.min_on_time_months <= 12
        and 0 <= rule.collective.min_campaign_pct <= 100
        and rule.collective.min_initiatives_per_member >= 0
    )
    if not ok:
        raise ValidationError("commendation_rule_invalid")


def quota_for(rule: CommendationRule, base_count: int) -> int:
    """How many a unit may propose: the share of its base rounded down, never below the
    minimum (while it has anyone at all)."""
    share = int((Decimal(str(rule.quota_share)) * base_count).to_integral_value(ROUND_FLOOR))
    return max(share, min(rule.quota_minimum, base_count)) if base_count else 0


# --- evidence ---------------------------------------------------------------------------


@dataclass
class MemberEvidence:
    """What the shortlist shows beside a member's name."""

    member_id: str
    name: str
    unit_code: str
    birth_year: int | None = None
    position: str = ""
    active: bool = True
    months_assessed: int = 0
    mean: float | None = None
    band: str = ""  # the yearly band's label, "" without a yearly rating
    band_code: str = ""
    lowest_month: float | None = None
    veto: bool = False
    pledge_state: str = ""  # "", draft, submitted, approved
    targets: int = 0
    targets_met: int = 0
    initiatives: int = 0  # applied or recognised
    initiative_titles: list[str] = field(default_factory=list)
    activities: int = 0
    volunteer: int = 0
    prizes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        """The snapshot a nomination keeps."""
        return {
            "months_assessed": self.months_assessed,
            "mean": self.mean,
            "band": self.band,
            "lowest_month": self.lowest_month,
            "veto": self.veto,
            "pledge_state": self.pledge_state,
            "targets": self.targets,
            "targets_met": self.targets_met,
            "initiatives": self.initiatives,
            "activities": self.activities,
            "volunteer": self.volunteer,
            "prizes": len(self.prizes),
        }


@dataclass
class UnitEvidence:
    """What the collective shortlist shows beside a unit below."""

    unit_code: str
    name: str
    members: int = 0
    pledged: int = 0
    expected: int = 0  # member-months expected
    assessed: int = 0
    on_time_months: int = 0
    targets: int = 0
    targets_met: int = 0
    initiatives: int = 0

    @property
    def pledged_pct(self) -> float:
        return 100.0 * self.pledged / self.members if self.members else 0.0

    @property
    def assessed_pct(self) -> float:
        return 100.0 * self.assessed / self.expected if self.expected else 0.0

    @property
    def campaign_pct(self) -> float:
        return 100.0 * self.targets_met / self.targets if self.targets else 100.0

    @property
    def initiatives_per_member(self) -> float:
        return self.initiatives / self.members if self.members else 0.0

    def figures(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "pledged_pct": round(self.pledged_pct, 1),
            "assessed_pct": round(self.assessed_pct, 1),
            "on_time_months": self.on_time_months,
            "campaign_pct": round(self.campaign_pct, 1),
            "initiatives": self.initiatives,
        }


class Refusal(StrEnum):
    """Why a member cannot be nominated at all."""

    INACTIVE = "inactive"
    VETO = "veto"


@dataclass
class ShortlistEntry:
    """One candidate of the shortlist: the evidence, the paths met, why not."""

    kind: RecipientKind
    evidence: MemberEvidence | UnitEvidence
    paths: list[str] = field(default_factory=list)  # names of the paths met
    shortfalls: list[str] = field(default_factory=list)  # codes of what is missing
    refusal: Refusal | None = None
    nominated: bool = False

    @property
    def proposed(self) -> bool:
        return bool(self.paths) and self.refusal is None

    @property
    def key(self) -> str:
        e = self.evidence
        return e.member_id if isinstance(e, MemberEvidence) else e.unit_code

    @property
    def name(self) -> str:
        return self.evidence.name


def refusal_of(evidence: MemberEvidence) -> Refusal | None:
    if not evidence.active:
        return Refusal.INACTIVE
    if evidence.veto:
        return Refusal.VETO
    return None


def judge_member(rule: CommendationRule, e: MemberEvidence) -> ShortlistEntry:
    """The member against every path of the rule."""
    entry = ShortlistEntry(RecipientKind.INDIVIDUAL, e, refusal=refusal_of(e))
    missing: list[str] = []
    if e.months_assessed < rule.min_months or e.mean is None:
        missing.append("months")
    if rule.require_pledge_approved and e.pledge_state != "approved":
        missing.append("pledge")
    for path in rule.paths:
        if missing:
            break
        if _path_met(path, e):
            entry.paths.append(path.name)
    if not missing and not entry.paths:
        missing.append("paths")
    entry.shortfalls = missing
    return entry


def _path_met(path: RulePath, e: MemberEvidence) -> bool:
    assert e.mean is not None
    return (
        e.mean >= path.min_mean
        and (not path.min_month or (e.lowest_month or 0.0) >= path.min_month)
        and e.initiatives >= path.min_initiatives
        and len(e.prizes) >= path.min_prizes
        and e.volunteer >= path.min_volunteer
        and e.targets_met >= path.min_targets_met
    )


def judge_unit(rule: CollectiveRule, e: UnitEvidence) -> ShortlistEntry:
    entry = ShortlistEntry(RecipientKind.COLLECTIVE, e)
    checks = {
        "pledged": e.pledged_pct >= rule.min_pledged_pct,
        "assessed": e.assessed_pct >= rule.min_assessed_pct,
        "on_time": e.on_time_months >= rule.min_on_time_months,
        "campaigns": e.campaign_pct >= rule.min_campaign_pct,
        "initiatives": e.initiatives_per_member >= rule.min_initiatives_per_member,
    }
    entry.shortfalls = [k for k, ok in checks.items() if not ok]
    if not entry.shortfalls and e.members:
        entry.paths.append("Tập thể tiêu biểu")
    elif not e.members:
        entry.shortfalls.append("members")
    return entry


def _vn_number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def member_summary(e: MemberEvidence) -> str:
    """The achievement summary pre-filled from the figures (the user edits it)."""
    parts = []
    if e.mean is not None:
        parts.append(
            f"Bình quân năm {_vn_number(e.mean)} điểm"
            + (f", xếp loại {e.band}" if e.band else "")
            + f" ({e.months_assessed:02d} tháng được đánh giá)"
        )
    if e.pledge_state == "approved":
        parts.append(
            f"đăng ký được duyệt, đạt {e.targets_met:02d}/{e.targets:02d} chỉ tiêu"
            if e.targets
            else "đăng ký được duyệt"
        )
    if e.initiatives:
        parts.append(f"{e.initiatives:02d} sáng kiến được áp dụng, công nhận")
    if e.volunteer:
        parts.append(f"tham gia {e.volunteer:02d} hoạt động tình nguyện")
    if e.prizes:
        parts.append("đạt giải: " + "; ".join(e.prizes[:3]))
    text = "; ".join(parts) + "." if parts else ""
    return text[:1].upper() + text[1:MAX_SUMMARY]


def unit_summary(e: UnitEvidence) -> str:
    text = (
        f"{_vn_number(e.pledged_pct)}% đoàn viên đăng ký; "
        f"{_vn_number(e.assessed_pct)}% phiếu đánh giá tháng; "
        f"{e.on_time_months:02d} tháng nộp gói đúng hạn; "
        f"đạt {_vn_number(e.campaign_pct)}% chỉ tiêu thi đua; {e.initiatives:02d} sáng kiến."
    )
    return text[:MAX_SUMMARY]


# --- records ------------------------------------------------------------------------------


@dataclass
class CommendationRound:
    """Đợt xét khen thưởng, owned by the unit that opened it."""

    year: int
    name: str
    form: CommendationForm = CommendationForm.MERIT
    individuals: bool = True
    collectives: bool = True
    rule: CommendationRule = field(default_factory=default_rule)
    quotas: dict[str, int] = field(default_factory=dict)  # unit code → quota set by hand
    deadline: str | None = None  # ISO date
    state: RoundState = RoundState.OPEN
    achievement: str = ""  # the sentence printed on certificates
    notes: str = ""
    id: str = ""
    unit_code: str = ""
    updated_at: str = ""

    @property
    def default_achievement(self) -> str:
        return self.achievement or (
            f"Đã có thành tích xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm {self.year}."
        )


@dataclass
class Nomination:
    """Đề nghị khen thưởng: one nominee of one round, proposed by one unit."""

    round_id: str
    year: int
    nominee_kind: RecipientKind
    nominee_name: str
    member_id: str | None = None
    nominee_unit_code: str = ""  # the collective, or the member's unit
    birth_year: int | None = None
    position_unit: str = ""  # chức vụ, đơn vị
    figures: dict[str, Any] = field(default_factory=dict)  # before ``field`` shadows it
    field: str = ""  # lĩnh vực
    summary: str = ""
    meeting_date: str | None = None  # ISO date of the review meeting
    votes_for: int | None = None
    votes_present: int | None = None
    over_quota_note: str = ""
    state: NominationState = NominationState.DRAFT  # the shown state (with the review's)
    own_state: str = "draft"  # draft | sent (what the proposer stored)
    sent_at: str | None = None
    review_reason: str = ""  # the reason a nomination was returned (or not commended)
    id: str = ""
    unit_code: str = ""  # the proposing unit
    updated_at: str = ""

    @property
    def votes_text(self) -> str:
        if self.votes_for is None or self.votes_present is None:
            return ""
        return f"{self.votes_for}/{self.votes_present}"


@dataclass
class Review:
    """The round unit's word on a nomination (its own record, travels down)."""

    nomination_id: str
    round_id: str
    year: int
    verdict: ReviewVerdict
    reason: str = ""
    reviewed_at: str = ""
    id: str = ""
    unit_code: str = ""


@dataclass
class Award:
    """One entry of the register (sổ khen thưởng): a recipient of a decision."""

    year: int
    recipient_kind: RecipientKind
    recipient_name: str
    decision_id: str | None = None
    nomination_id: str | None = None
    member_id: str | None = None
    recipient_unit_code: str = ""
    position_unit: str = ""
    achievement: str = ""
    form: CommendationForm = CommendationForm.MERIT
    position: int = 0  # order in the annex
    register_number: int | None = None
    register_text: str = ""
    decision_number: str = ""
    decision_date: str | None = None
    issuer_name: str = ""
    code: str = ""  # the verification code printed on the certificate
    source: AwardSource = AwardSource.OWN
    state: DecisionState = DecisionState.DRAFT  # the decision's state
    id: str = ""
    unit_code: str = ""  # the issuing (or entering) unit

    @property
    def salutation(self) -> str:
        """The recipient line: "Đồng chí: …" only for an individual."""
        if self.recipient_kind is RecipientKind.INDIVIDUAL:
            return f"Đồng chí: {self.recipient_name}"
        return self.recipient_name


@dataclass
class Decision:
    """Quyết định khen thưởng."""

    year: int
    form: CommendationForm = CommendationForm.MERIT
    round_id: str | None = None
    number: int | None = None
    number_text: str = ""  # "45-QĐ/HĐTN"
    decision_date: str | None = None
    signer_name: str = ""
    signer_title: str = ""
    title: str = ""  # trích yếu
    reward_text: str = ""  # optional article on the reward
    recipients_line: str = ""  # Nơi nhận
    state: DecisionState = DecisionState.DRAFT
    annul_reason: str = ""
    annulled_at: str | None = None
    issued_at: str | None = None
    awards: list[Award] = field(default_factory=list)
    id: str = ""
    unit_code: str = ""
    updated_at: str = ""

    @property
    def individuals(self) -> int:
        return sum(a.recipient_kind is RecipientKind.INDIVIDUAL for a in self.awards)

    @property
    def collectives(self) -> int:
        return sum(a.recipient_kind is RecipientKind.COLLECTIVE for a in self.awards)


def decision_number_text(number: int, symbol: str) -> str:
    """Party-style numbering: "45-QĐ/HĐTN"."""
    return f"{number}-QĐ/{symbol}" if symbol else f"{number}-QĐ"


DEFAULT_REGISTER_FORMAT = "{n:04d}"


def register_text(number: int, year: int, fmt: str = DEFAULT_REGISTER_FORMAT) -> str:
    """The register number as printed (the format is a setting: "{n:04d}", "{n}/{year}")."""
    try:
        return fmt.format(n=number, year=year)
    except (KeyError, IndexError, ValueError):
        return DEFAULT_REGISTER_FORMAT.format(n=number)


def check_register_format(fmt: str) -> str:
    fmt = clean_text(fmt)
    try:
        sample = fmt.format(n=1, year=2026)
    except (KeyError, IndexError, ValueError):
        raise ValidationError("register_format_invalid", format=fmt) from None
    if "1" not in sample or len(sample) > 20:
        raise ValidationError("register_format_invalid", format=fmt)
    return fmt


# --- verification ------------------------------------------------------------------------

QR_PREFIX = "BTN1"
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def verification_code(
    secret: str, issuer: str, decision_number: str, register: str, name: str, date_iso: str
) -> str:
    """The short code printed on a certificate: 10 characters of an HMAC over the entry.

    The key is the issuing unit's secret, which never leaves its database, so nobody can
    make a code for an entry the register does not hold; the name is in the message, so a
    code never fits another name (docs/decisions/0031).
    """
    message = "\x1f".join(
        [issuer, decision_number, register, _name_key(name), date_iso or ""]
    ).encode("utf-8")
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    bits = int.from_bytes(digest[:7], "big") >> 6  # 50 bits
    chars = []
    for _ in range(10):
        chars.append(_CODE_ALPHABET[bits & 31])
        bits >>= 5
    code = "".join(reversed(chars))
    return f"{code[:5]}-{code[5:]}"


def normalize_code(text: str) -> str:
    """A typed code as stored: upper case, the look-alikes Crockford maps, one hyphen."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    raw = raw.translate({ord("O"): "0", ord("I"): "1", ord("L"): "1"})
    return f"{raw[:5]}-{raw[5:]}" if len(raw) == 10 else raw


def new_secret() -> str:
    import secrets

    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


@dataclass(frozen=True)
class QrPayload:
    """What the QR code on a certificate says: the facts, and the code that binds them."""

    decision_number: str
    register: str
    name: str
    date_iso: str
    code: str

    def text(self) -> str:
        return "|".join(
            [QR_PREFIX, self.code, self.decision_number, self.register, self.date_iso, self.name]
        )

    @classmethod
    def parse(cls, text: str) -> QrPayload | None:
        parts = text.strip().split("|", 5)
        if len(parts) != 6 or parts[0] != QR_PREFIX:
            return None
        _p, code, number, register, date_iso, name = parts
        return cls(number, register, unicodedata.normalize("NFC", name), date_iso, code)


class VerifyStatus(StrEnum):
    GENUINE = "genuine"
    ANNULLED = "annulled"
    UNKNOWN = "unknown"


@dataclass
class Verification:
    """What checking a certificate's code (or its QR text) found."""

    code: str
    status: VerifyStatus
    name: str = ""
    decision_number: str = ""
    register_number: str = ""
    date: str | None = None
    issuer: str = ""
    reason: str = ""  # "", not_in_register, fields_differ, annulled
    annul_reason: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status.value,
            "name": self.name,
            "decision_number": self.decision_number,
            "register_number": self.register_number,
            "date": self.date,
            "issuer": self.issuer,
            "reason": self.reason,
        }


def same_name(a: str, b: str) -> bool:
    return _name_key(a) == _name_key(b)


def cleaned_reason(reason: str, code: str = "reason_required") -> str:
    text = clean_text(reason)
    if not text:
        raise ValidationError(code)
    if len(text) > MAX_REASON:
        raise ValidationError("reason_too_long", limit=MAX_REASON)
    return text


def name_matches(query: str, name: str) -> bool:
    return fold(query) in fold(name)
