"""Periodic reports (báo cáo định kỳ): their kinds, periods and due dates, the record, and
the sentences of section II written from the figures.

A report is a record: unit, kind, year, months covered, number and symbol ("BC/HĐTN"), date,
place, trích yếu, the figures, the text of each section, Nơi nhận, the signer. A draft is
edited freely; issuing freezes its figures, and an issued report is never changed (a
correction is a new report). Issued reports travel upward in the data packet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from bamtrachnhiem.domain.consolidation import (
    BAND_CODES,
    Period,
    UnitFigures,
    decimal_text,
    month_end,
    percent_text,
    share,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.text import clean_lines, clean_text

EXCEL_CELL_LIMIT = 32767  # a section travels in one packet cell


class ReportKind(StrEnum):
    MONTHLY = "monthly"  # báo cáo tháng
    QUARTER = "quarter"  # báo cáo quý (optional)
    H1 = "h1"  # sơ kết 6 tháng
    YEAR = "year"  # tổng kết năm


class ReportState(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


# The five sections of a report (outputs.md § "Periodic reports"), in order.
SECTION_HEADINGS = (
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "II. KẾT QUẢ THỰC HIỆN",
    "III. ĐÁNH GIÁ",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
    "V. KIẾN NGHỊ, ĐỀ XUẤT",
)
SECTION_KEYS = ("part_1", "part_2", "part_3", "part_4", "part_5")
BAND_LABELS = {"excellent": "Xuất sắc", "good": "Tốt", "pass": "Đạt", "fail": "Chưa đạt"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class ReportPeriod:
    """One report period of a year and the day its report is due."""

    year: int
    period: str  # m01..m12, q1..q4, h1, year
    kind: ReportKind
    month_from: int
    month_to: int
    due_date: date
    required: bool = True
    source: str = "own"  # "upper" when it came in a configuration packet

    @property
    def months(self) -> Period:
        return Period(self.year, self.month_from, self.month_to)


def default_periods(year: int) -> list[ReportPeriod]:
    """The periods of ``year`` by default: sơ kết 6 tháng (months 1–6, due 20/6) and
    tổng kết năm (months 1–11, due 05/12) required; each month (due the 5th of the next)
    and each quarter (due the 20th of its last month) optional."""
    periods = [
        ReportPeriod(year, "h1", ReportKind.H1, 1, 6, date(year, 6, 20)),
        ReportPeriod(year, "year", ReportKind.YEAR, 1, 11, date(year, 12, 5)),
    ]
    for q in range(1, 5):
        periods.append(
            ReportPeriod(
                year, f"q{q}", ReportKind.QUARTER, 3 * q - 2, 3 * q, date(year, 3 * q, 20), False
            )
        )
    for m in range(1, 13):
        due = month_end(year, m).replace(day=1)
        due = date(due.year + (m == 12), m % 12 + 1, 5)
        periods.append(ReportPeriod(year, f"m{m:02d}", ReportKind.MONTHLY, m, m, due, False))
    return sorted(periods, key=_period_order)


def _period_order(p: ReportPeriod) -> tuple[int, int, str]:
    rank = {ReportKind.MONTHLY: 0, ReportKind.QUARTER: 1, ReportKind.H1: 2, ReportKind.YEAR: 3}
    return (p.month_to, rank[p.kind], p.period)


def period_name(kind: ReportKind | str, month_from: int, month_to: int, year: int) -> str:
    """The period in words: "6 tháng đầu năm 2026", "tháng 5 năm 2026", "quý II năm 2026"."""
    kind = ReportKind(kind)
    if kind is ReportKind.H1:
        return f"6 tháng đầu năm {year}"
    if kind is ReportKind.YEAR:
        return f"năm {year}"
    if kind is ReportKind.QUARTER:
        return f"quý {ROMAN.get((month_to + 2) // 3, str((month_to + 2) // 3))} năm {year}"
    if month_from == month_to:
        return f"tháng {month_from} năm {year}"
    return f"từ tháng {month_from} đến tháng {month_to} năm {year}"


def default_summary(kind: ReportKind | str, month_from: int, month_to: int, year: int) -> str:
    """The trích yếu a new report starts with."""
    movement = "phong trào “3 trách nhiệm” trong cán bộ, công chức trẻ"
    kind = ReportKind(kind)
    if kind is ReportKind.H1:
        return f"Sơ kết 6 tháng đầu năm thực hiện {movement} năm {year}"
    if kind is ReportKind.YEAR:
        return f"Tổng kết năm thực hiện {movement} năm {year}"
    return f"Kết quả thực hiện {movement} {period_name(kind, month_from, month_to, year)}"


def report_symbol(doc_symbol: str) -> str:
    """ "BC/HĐTN" for a unit whose document symbol is "HĐTN"; "BC" without one."""
    symbol = clean_text(doc_symbol)
    return f"BC/{symbol}" if symbol else "BC"


def number_line(number: str, symbol: str) -> str:
    """ "Số: 12-BC/HĐTN", or "Số:      -BC/HĐTN" for the register to fill."""
    number = clean_text(number)
    return f"Số: {number}-{symbol}" if number else f"Số:      -{symbol}"


def sign_for(has_standing_committee: bool) -> str:
    return "TM. BAN THƯỜNG VỤ" if has_standing_committee else "TM. BAN CHẤP HÀNH"


def default_recipients(parent_name: str, has_standing_committee: bool) -> str:
    lines = []
    parent = clean_text(parent_name)
    if parent:
        lines.append(f"- BTV {parent} (b/c);")
    lines.append("- Lưu VP." if has_standing_committee else "- Lưu.")
    return "\n".join(lines)


@dataclass
class Report:
    """A periodic report of a unit (its own, or one received from a unit below)."""

    kind: ReportKind
    year: int
    month_from: int
    month_to: int
    period: str = ""
    id: str = ""
    unit_code: str = ""
    number: str = ""
    symbol: str = ""
    report_date: date | None = None
    place: str = ""
    data_as_of: date | None = None
    higher_body: str = ""
    issuing_body: str = ""
    title: str = "BÁO CÁO"
    summary: str = ""
    parts: list[str] = field(default_factory=lambda: [""] * len(SECTION_KEYS))
    recipients: str = ""
    sign_for: str = ""
    signer_title: str = ""
    signer_name: str = ""
    figures: dict = field(default_factory=dict)  # frozen at issue; live for a draft
    annex: dict = field(default_factory=dict)
    state: ReportState = ReportState.DRAFT
    issued_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    unit_name: str = ""  # the unit's name (not stored in the report)

    @property
    def issued(self) -> bool:
        return self.state is ReportState.ISSUED

    @property
    def months(self) -> list[int]:
        return list(range(self.month_from, self.month_to + 1))

    @property
    def period_name(self) -> str:
        return period_name(self.kind, self.month_from, self.month_to, self.year)

    @property
    def number_line(self) -> str:
        return number_line(self.number, self.symbol)


def cleaned_report(report: Report) -> Report:
    """The report with tidy text; refuses a period or a text a report cannot hold."""
    try:
        kind = ReportKind(report.kind)
    except ValueError:
        raise ValidationError("report_kind_invalid", value=str(report.kind)) from None
    Period(report.year, report.month_from, report.month_to)  # refuses a wrong period
    parts = [clean_lines(p) for p in report.parts]
    if len(parts) != len(SECTION_KEYS):
        raise ValidationError("report_sections_invalid", count=len(parts))
    for heading, text in zip(SECTION_HEADINGS, parts, strict=True):
        if len(text) > EXCEL_CELL_LIMIT:
            raise ValidationError(
                "report_section_too_long", section=heading, length=len(text), limit=EXCEL_CELL_LIMIT
            )
    summary = clean_text(report.summary)
    if not summary:
        raise ValidationError("report_summary_required")
    title = clean_text(report.title) or "BÁO CÁO"
    return Report(
        kind=kind,
        year=report.year,
        month_from=report.month_from,
        month_to=report.month_to,
        period=report.period or Period(report.year, report.month_from, report.month_to).key,
        id=report.id,
        unit_code=report.unit_code,
        number=clean_text(report.number),
        symbol=clean_text(report.symbol),
        report_date=report.report_date,
        place=clean_text(report.place),
        data_as_of=report.data_as_of,
        higher_body=clean_text(report.higher_body),
        issuing_body=clean_text(report.issuing_body),
        title=title,
        summary=summary,
        parts=parts,
        recipients=clean_lines(report.recipients),
        sign_for=clean_text(report.sign_for),
        signer_title=clean_text(report.signer_title),
        signer_name=clean_text(report.signer_name),
        figures=report.figures,
        annex=report.annex,
        state=ReportState(report.state),
        issued_at=report.issued_at,
        created_at=report.created_at,
        updated_at=report.updated_at,
        unit_name=report.unit_name,
    )


# --- the sentences of section II ---------------------------------------------------------


@dataclass(frozen=True)
class CampaignLine:
    """A campaign target and its result, for the sentences."""

    campaign: str
    target: str
    measure_unit: str
    target_value: float
    achieved: float


@dataclass
class ReportFacts:
    """What the generated sentences are made from: the unit, the period, its figures."""

    unit_name: str
    kind: ReportKind
    period: Period
    figures: UnitFigures
    units_below: int  # units directly below (0 at a branch)
    pilot_units: list[str] = field(default_factory=list)  # names of pilot bases
    is_pilot: bool = False
    campaigns: list[CampaignLine] = field(default_factory=list)
    excellent_members: int = 0  # members whose mean over the period is at least 90
    level_word: str = "đơn vị"  # how the units below are called ("chi đoàn", "cơ sở")


def _count(n: float) -> str:
    return format_quantity(n)


def _pct(part: float, whole: float) -> str:
    return percent_text(share(part, whole))


def situation_text(facts: ReportFacts) -> str:
    """A first sentence of section I (the user writes the rest)."""
    f = facts.figures
    kinds = []
    for label, count in (("công chức", f.cong_chuc), ("viên chức", f.vien_chuc)):
        if count:
            kinds.append(f"{label} {_count(count)}")
    if f.hop_dong:
        kinds.append(f"hợp đồng {_count(f.hop_dong)}")
    detail = "; ".join(
        part
        for part in (
            ", ".join(kinds),
            f"nữ {_count(f.women)}" if f.women else "",
            f"đảng viên {_count(f.party)}" if f.party else "",
        )
        if part
    )
    where = (
        f"{_count(facts.units_below)} {facts.level_word} trực thuộc với "
        if facts.units_below
        else ""
    )
    sentence = f"{facts.unit_name} hiện có {where}{_count(f.members)} đoàn viên"
    return sentence + (f" ({detail})." if detail else ".")


def results_text(facts: ReportFacts) -> str:
    """Section II written from the figures, one paragraph per heading; the user edits it."""
    f = facts.figures
    p = facts.period
    when = period_name(facts.kind, p.first, p.last, p.year)
    lines: list[str] = []

    lines.append("1. Công tác triển khai")
    if facts.units_below:
        lines.append(
            f"Trong {when}, {facts.unit_name} tiếp tục triển khai phong trào “3 trách nhiệm” "
            f"đến {_count(facts.units_below)} {facts.level_word} trực thuộc với "
            f"{_count(f.members)} đoàn viên; {_count(f.months_on_time)}/{_count(f.months_due)} "
            "lượt gói dữ liệu hằng tháng được gửi đúng hạn."
            if f.months_due
            else f"Trong {when}, {facts.unit_name} tiếp tục triển khai phong trào “3 trách "
            f"nhiệm” đến {_count(facts.units_below)} {facts.level_word} trực thuộc với "
            f"{_count(f.members)} đoàn viên."
        )
    else:
        lines.append(
            f"Trong {when}, {facts.unit_name} tiếp tục triển khai phong trào “3 trách nhiệm” "
            f"đến {_count(f.members)} đoàn viên của đơn vị."
        )

    lines.append("2. Kết quả đăng ký thực hiện phong trào")
    lines.append(
        f"{_count(f.pledged)}/{_count(f.members)} đoàn viên ({_pct(f.pledged, f.members)}) đã "
        f"đăng ký thực hiện phong trào; {_count(f.approved)} bản đăng ký đã được duyệt."
    )

    lines.append("3. Kết quả thực hiện “3 trách nhiệm”")
    lines.append("a) Trách nhiệm với công việc:")
    initiatives = f.initiative_count
    detail = ", ".join(
        f"{label} {_count(f.initiatives.get(state, 0))}"
        for state, label in (
            ("registered", "đăng ký mới"),
            ("trial", "đang áp dụng thử"),
            ("applied", "đã áp dụng"),
            ("recognised", "được công nhận"),
        )
        if f.initiatives.get(state, 0)
    )
    work = f"Đoàn viên đăng ký {_count(initiatives)} sáng kiến, giải pháp"
    work += f" ({detail})." if detail else "."
    saved = [
        f"{_count(amount)} {unit}" for unit, amount in sorted(f.time_saved.items()) if amount > 0
    ]
    if saved:
        work += f" Các sáng kiến đang áp dụng giúp rút ngắn {', '.join(saved)} giải quyết hồ sơ."
    contests = f.activities_by_kind.get("contest", 0)
    if contests:
        work += f" Tổ chức, tham gia {_count(contests)} hội thi."
    lines.append(work)
    lines.append("b) Trách nhiệm với nhân dân:")
    volunteer = f.activities_by_kind.get("volunteer", 0)
    lines.append(
        f"Tổ chức {_count(volunteer)} hoạt động tình nguyện, hỗ trợ "
        f"{_count(f.citizens_helped)} lượt người dân."
    )
    lines.append("c) Trách nhiệm với chính mình:")
    learning = sum(
        f.activities_by_kind.get(k, 0) for k in ("training", "seminar", "talk", "forum", "club")
    )
    lines.append(
        f"Tổ chức {_count(learning)} buổi tập huấn, hội thảo, tọa đàm, diễn đàn, sinh hoạt câu "
        f"lạc bộ; cả kỳ có {_count(f.activities)} hoạt động với {_count(f.participations)} "
        "lượt đoàn viên tham gia."
    )

    lines.append("4. Kết quả tự đánh giá, xếp loại hằng tháng")
    bands = "; ".join(
        f"{BAND_LABELS[code]} {_count(f.bands.get(code, 0))} lượt "
        f"({_pct(f.bands.get(code, 0), f.assessed)})"
        for code in BAND_CODES
    )
    assessed = (
        f"{_count(f.assessed)}/{_count(f.expected)} lượt đoàn viên được đánh giá "
        f"({_pct(f.assessed, f.expected)})"
    )
    if f.assessed:
        text = f"{assessed}, điểm bình quân {decimal_text(f.mean)}; xếp loại: {bands}."
    else:
        text = f"{assessed}."
    if f.vetoed:
        text += f" Có {_count(f.vetoed)} lượt vi phạm, không xét."
    lines.append(text)

    lines.append("5. Công tác thi đua")
    if facts.campaigns:
        by_campaign: dict[str, list[CampaignLine]] = {}
        for line in facts.campaigns:
            by_campaign.setdefault(line.campaign, []).append(line)
        for name, targets in by_campaign.items():
            parts = "; ".join(
                f"{t.target}: {_count(t.achieved)}/{_count(t.target_value)} "
                f"{t.measure_unit}".rstrip()
                + f" ({_pct(t.achieved, t.target_value)})"
                for t in targets
            )
            lines.append(f"{name}: {parts}.")
    else:
        lines.append("Trong kỳ không có đợt thi đua cao điểm.")

    lines.append("6. Công tác khen thưởng, nhân rộng điển hình")
    if facts.excellent_members:
        lines.append(
            f"Có {_count(facts.excellent_members)} đoàn viên đạt điểm bình quân từ 90 điểm trở "
            "lên trong kỳ, là những gương điển hình cần biểu dương, nhân rộng."
        )
    else:
        lines.append("Trong kỳ chưa có đoàn viên đạt điểm bình quân từ 90 điểm trở lên.")

    lines.append("7. Cơ sở làm điểm")
    if facts.units_below:
        if facts.pilot_units:
            lines.append(f"Cơ sở làm điểm: {', '.join(facts.pilot_units)}.")
        else:
            lines.append("Chưa chọn cơ sở làm điểm.")
    else:
        lines.append(
            "Đơn vị là cơ sở làm điểm thực hiện phong trào."
            if facts.is_pilot
            else "Đơn vị không phải là cơ sở làm điểm."
        )
    return "\n".join(lines)
