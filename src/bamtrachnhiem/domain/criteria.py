"""The year's criteria set (bộ tiêu chí): pillars, criteria with maxima, bands and rules.

Everything here is data of a movement year, never a constant of the program: provinces
rename the pillars, change maxima and bands, and an upper level may send its own set.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from bamtrachnhiem.domain.errors import ValidationError


class CriteriaSource(StrEnum):
    DEFAULT = "default"  # the set of product.md, as shipped
    OWN = "own"  # edited by this unit
    UPPER = "upper"  # came from the level above: read-only here


@dataclass(frozen=True)
class Pillar:
    """One of the three responsibilities (trách nhiệm)."""

    code: str  # "A", "B", "C"
    name: str


@dataclass(frozen=True)
class Criterion:
    """A line of the monthly sheet (tiêu chí), scored from 0 to ``max_points``."""

    code: str  # "A1"
    pillar_code: str
    name: str
    max_points: float


@dataclass(frozen=True)
class Band:
    """A rating band (xếp loại): totals from ``min_total`` up get ``code``."""

    code: str  # "excellent" | "good" | "pass" | "fail"
    label: str  # "Xuất sắc"
    min_total: float


@dataclass(frozen=True)
class ScoringRules:
    """The numbers of the year: caps, bands, veto, yearly rating and title rule."""

    bonus_cap: float = 10.0  # điểm cộng tối đa
    total_cap: float = 100.0
    bands: tuple[Band, ...] = (
        Band("excellent", "Xuất sắc", 90.0),
        Band("good", "Tốt", 70.0),
        Band("pass", "Đạt", 50.0),
        Band("fail", "Chưa đạt", 0.0),
    )
    veto_forces_fail: bool = True  # vi phạm kỷ luật, khiếu nại có cơ sở → Chưa đạt
    yearly_min_months: int = 6  # fewer assessed months: no yearly rating
    title_min_mean: float = 90.0  # danh hiệu "thực hiện xuất sắc phong trào 3 trách nhiệm"
    title_min_month: float = 70.0  # no month below this
    title_min_initiatives: int = 1  # applied or recognised
    title_max_share: float = 0.2  # at most this share of the unit's members
    # The criterion the grid hints at with the member's activity participation ("took part
    # in 3 of 4 activities this month"); a hint only, never a score. "" for none.
    participation_criterion: str = "C3"


@dataclass(frozen=True)
class CriteriaSet:
    """The complete scoring definition of one movement year."""

    year: int
    name: str
    pillars: tuple[Pillar, ...]
    criteria: tuple[Criterion, ...]
    rules: ScoringRules = field(default_factory=ScoringRules)
    source: CriteriaSource = CriteriaSource.DEFAULT
    source_unit_code: str = ""  # the upper unit that sent it, when source is UPPER
    id: str = ""

    @property
    def max_total(self) -> float:
        return sum(c.max_points for c in self.criteria)

    def criteria_of(self, pillar_code: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.pillar_code == pillar_code)

    def criterion(self, code: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.code == code:
                return criterion
        raise KeyError(code)

    def to_json(self) -> str:
        """The definition as canonical JSON (stored, and carried in configuration packets)."""
        data = asdict(self)
        for key in ("id", "source", "source_unit_code", "year"):
            data.pop(key)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(
        cls,
        text: str,
        *,
        year: int,
        source: CriteriaSource,
        source_unit_code: str = "",
        id: str = "",
    ) -> CriteriaSet:
        data = json.loads(text)
        rules = dict(data.get("rules", {}))
        if "bands" in rules:
            rules["bands"] = tuple(Band(**b) for b in rules["bands"])
        return cls(
            year=year,
            name=data["name"],
            pillars=tuple(Pillar(**p) for p in data["pillars"]),
            criteria=tuple(Criterion(**c) for c in data["criteria"]),
            rules=ScoringRules(**rules),
            source=CriteriaSource(source),
            source_unit_code=source_unit_code,
            id=id,
        )


DEFAULT_PILLARS = (
    Pillar("A", "Trách nhiệm với công việc"),
    Pillar("B", "Trách nhiệm với nhân dân"),
    Pillar("C", "Trách nhiệm với chính mình"),
)

DEFAULT_CRITERIA = (
    Criterion(
        "A1",
        "A",
        "Hoàn thành nhiệm vụ chuyên môn đúng tiến độ, chất lượng; không hồ sơ trễ hạn",
        15,
    ),
    Criterion("A2", "A", "Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công sở", 8),
    Criterion("A3", "A", "Sáng kiến cải tiến quy trình, rút ngắn thời gian giải quyết hồ sơ", 7),
    Criterion("A4", "A", "Ứng dụng công nghệ thông tin, chuyển đổi số trong công việc", 5),
    Criterion("A5", "A", "Tham gia đợt thi đua cao điểm, hội thi chuyên môn", 5),
    Criterion("B1", "B", "Thái độ phục vụ; không gây phiền hà, sách nhiễu", 10),
    Criterion("B2", "B", "Hỗ trợ người dân thực hiện thủ tục hành chính", 8),
    Criterion("B3", "B", "Tình nguyện, an sinh xã hội, công trình phần việc thanh niên", 7),
    Criterion("B4", "B", "Tuyên truyền pháp luật, chủ trương, chính sách", 5),
    Criterion(
        "C1", "C", "Học tập nâng cao trình độ chuyên môn, lý luận chính trị, ngoại ngữ, tin học", 8
    ),
    Criterion("C2", "C", "Rèn luyện đạo đức, lối sống; nói đi đôi với làm", 8),
    Criterion("C3", "C", "Sinh hoạt chi đoàn, hoạt động Đoàn, câu lạc bộ, diễn đàn", 8),
    Criterion("C4", "C", "Rèn luyện sức khỏe; đóng đoàn phí đúng hạn", 6),
)


def default_criteria_set(year: int) -> CriteriaSet:
    """The 100-point sheet of product.md for ``year``."""
    return CriteriaSet(
        year=year,
        name=f"Bộ tiêu chí mặc định năm {year}",
        pillars=DEFAULT_PILLARS,
        criteria=DEFAULT_CRITERIA,
    )


def validate_criteria(criteria: CriteriaSet) -> None:
    """Refuse a set that cannot be scored: empty, duplicate codes, unknown pillars, bad numbers."""
    pillar_codes = [p.code for p in criteria.pillars]
    if not criteria.pillars or not criteria.criteria:
        raise ValidationError("criteria_empty", year=criteria.year)
    if len(set(pillar_codes)) != len(pillar_codes):
        raise ValidationError("criteria_duplicate_code", code=",".join(pillar_codes))
    for position, pillar in enumerate(criteria.pillars, start=1):
        if not pillar.code.strip() or not pillar.name.strip():
            raise ValidationError("criteria_blank_pillar", position=position)
    for position, criterion in enumerate(criteria.criteria, start=1):
        if not criterion.code.strip() or not criterion.name.strip():
            raise ValidationError("criteria_blank_criterion", position=position)
    codes = [c.code for c in criteria.criteria]
    for code in codes:
        if codes.count(code) > 1:
            raise ValidationError("criteria_duplicate_code", code=code)
    for criterion in criteria.criteria:
        if criterion.pillar_code not in pillar_codes:
            raise ValidationError(
                "criteria_unknown_pillar", code=criterion.code, pillar=criterion.pillar_code
            )
        if not criterion.max_points > 0:
            raise ValidationError(
                "criteria_bad_max", code=criterion.code, value=criterion.max_points
            )
    rules = criteria.rules
    if rules.bonus_cap < 0 or rules.total_cap <= 0:
        raise ValidationError("criteria_bad_rules", year=criteria.year)
    thresholds = [b.min_total for b in rules.bands]
    if thresholds != sorted(thresholds, reverse=True) or not thresholds or thresholds[-1] != 0:
        raise ValidationError("criteria_bad_bands", year=criteria.year)
    if len({b.code for b in rules.bands}) != len(rules.bands) or any(
        not b.label.strip() for b in rules.bands
    ):
        raise ValidationError("criteria_bad_bands", year=criteria.year)
    if not (
        1 <= rules.yearly_min_months <= 12
        and 0 <= rules.title_max_share <= 1
        and 0 <= rules.title_min_month <= rules.total_cap
        and 0 <= rules.title_min_mean <= rules.total_cap
        and rules.title_min_initiatives >= 0
    ):
        raise ValidationError("criteria_bad_title_rule", year=criteria.year)
    if rules.participation_criterion and rules.participation_criterion not in codes:
        raise ValidationError("criteria_unknown_participation", code=rules.participation_criterion)
