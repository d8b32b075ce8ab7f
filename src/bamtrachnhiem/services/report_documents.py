"""The upper level's papers in the Đoàn layout: the periodic report with its annex, and the
consolidation tables (by unit, by month, ranked, across years, a unit's members, a
campaign's results by unit).

Each builder returns a ``documents.model.Document`` (plain data): the GUI previews and
prints it, ``DocumentService.write_pdf`` / ``write_xlsx`` save it. Documents are in
Vietnamese, whatever language the screen is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bamtrachnhiem.documents.model import (
    Align,
    Annex,
    Column,
    ColumnGroup,
    ColumnKind,
    Document,
    DocumentNumber,
    Header,
    Paragraph,
    Row,
    Section,
    Signature,
    Table,
    Value,
    unit_signature,
)
from bamtrachnhiem.domain.campaigns import CampaignRollup
from bamtrachnhiem.domain.consolidation import (
    BAND_JSON,
    ConsolidationTable,
    MemberFigures,
    MonthFigures,
    Period,
    Ranked,
    UnitFigures,
    YearFigures,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.domain.reports import SECTION_HEADINGS, Report, period_name

PLEDGE_LABELS = {
    "": "Chưa đăng ký",
    "draft": "Đang soạn",
    "submitted": "Đã nộp",
    "approved": "Đã duyệt",
}
BAND_LABELS = {"excellent": "Xuất sắc", "good": "Tốt", "pass": "Đạt", "fail": "Chưa đạt"}
COMPILER = Signature(("NGƯỜI LẬP BIỂU",), note="(Ký, ghi rõ họ tên)")
NBSP = "\u00a0"


def header_for(unit: Unit | None, on: date | None) -> Header:
    """The two header columns of a unit's papers."""
    if unit is None:
        return Header(date=on)
    return Header(
        higher_body=unit.higher_body or unit.parent_name.upper(),
        issuing_body=unit.issuing_body or unit.name.upper(),
        place=unit.place_name,
        date=on,
    )


def signature_of(unit: Unit | None) -> Signature:
    if unit is None:
        return unit_signature(False)
    return unit_signature(unit.has_standing_committee, unit.signer_title, unit.signer_name)


def _indent(name: str, depth: int) -> str:
    """A unit's name indented by its depth (no-break spaces, kept by both renderers)."""
    return NBSP * 3 * max(0, depth - 1) + name


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --- the report -----------------------------------------------------------------------------


def _heading_level(line: str) -> int:
    """1 for "3. …" (a numbered part), 2 for "b) …" (a point), 0 for body text. A numbered
    line that reads as a sentence (it ends with "." or ";", or runs long) is a list item of
    the body, not a heading."""
    if len(line) > 100 or line.endswith((".", ";")):
        return 0
    head = line.split(" ", 1)[0]
    if head[:-1].isdigit() and head.endswith("."):
        return 1
    if len(head) == 2 and head[1] == ")" and head[0].isalpha():
        return 2
    return 0


def text_blocks(text: str) -> tuple[Section | Paragraph, ...]:
    """A section's text as printed: the lines the writer numbered ("1. …", then "a) …")
    become headings (bold, then bold italic) kept with what follows them; the other lines
    are paragraphs. The writer's own numbers are kept as typed."""
    top: list[Section | Paragraph] = []
    part: list[Section | Paragraph] | None = None  # the blocks of the current "N." part
    point: list[Section | Paragraph] | None = None  # the blocks of the current "a)" point
    heads: list[tuple[str, list]] = []

    def close_point() -> None:
        nonlocal point
        if point is not None:
            title, blocks = heads.pop()
            (part if part is not None else top).append(Section(title, tuple(blocks), False))
            point = None

    def close_part() -> None:
        nonlocal part
        close_point()
        if part is not None:
            title, blocks = heads.pop()
            top.append(Section(title, tuple(blocks), False))
            part = None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        level = _heading_level(line)
        if level == 1:
            close_part()
            part = []
            heads.append((line, part))
        elif level == 2:
            close_point()
            point = []
            heads.append((line, point))
        else:
            target = point if point is not None else part if part is not None else top
            target.append(Paragraph(line))
    close_part()
    return tuple(top)


def report_document(report: Report, recomputed: bool = False) -> Document:
    """The report in the Đoàn layout, its annex (by unit, or by member) in landscape.

    ``recomputed``: the annex was computed here from the data received (a report of a unit
    below, whose annex does not travel), which the annex says.
    """
    kind, _, symbol = report.symbol.partition("/")
    number = DocumentNumber(kind or "BC", symbol or report.symbol, report.number or None)
    header = Header(
        higher_body=report.higher_body,
        issuing_body=report.issuing_body,
        number=number,
        place=report.place,
        date=report.report_date,
        year=report.year,
    )
    blocks: list[Section | Paragraph] = []
    if report.data_as_of is not None:
        blocks.append(
            Paragraph(
                f"(Số liệu tính đến ngày {format_date(report.data_as_of)})",
                italic=True,
                align=Align.CENTER,
                indent=False,
            )
        )
    for heading, text in zip(SECTION_HEADINGS, report.parts, strict=True):
        blocks.append(Section(heading.split(". ", 1)[1], text_blocks(text)))
    signature = Signature(
        lines=tuple(line for line in (report.sign_for, report.signer_title.upper()) if line),
        name=report.signer_name,
    )
    recipients = tuple(line for line in report.recipients.splitlines() if line.strip())
    issued = f" ngày {format_date(report.report_date)}" if report.report_date else ""
    subtitle = f"(Kèm theo Báo cáo số {number.line()[4:]}{issued} của {report.issuing_body})"
    annex_blocks: list[Section | Paragraph | Table] = [
        Paragraph(
            f"KẾT QUẢ THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” {period_name(report.kind, report.month_from, report.month_to, report.year).upper()}",
            bold=True,
            align=Align.CENTER,
            indent=False,
        )
    ]
    rows = report.annex.get("rows", [])
    if report.annex.get("by") == "member":
        annex_blocks.append(member_annex_table(rows))
    else:
        annex_blocks.append(unit_annex_table(rows, report.figures))
    if recomputed:
        annex_blocks.append(
            Paragraph(
                "Phụ lục do đơn vị nhận báo cáo tính từ dữ liệu các đơn vị đã gửi.", italic=True
            )
        )
    return Document(
        title=report.title or "BÁO CÁO",
        header=header,
        subject=report.summary,
        blocks=tuple(blocks),
        recipients=recipients,
        signatures=(signature,),
        annexes=(
            Annex(
                "PHỤ LỤC",
                tuple(annex_blocks),
                subtitle=subtitle,
                landscape=True,
                sheet_name="Phụ lục",
            ),
        ),
        file_title=report.summary,
        sheet_name="Báo cáo",
    )


def _unit_row(number: Value, name: str, f: dict, bold: bool = False) -> Row:
    bands = f.get("bands", {})
    cells: list[Value] = [
        number,
        name,
        f.get("members", 0),
        f.get("pledged", 0),
        _pct(f.get("pledged_pct")),
        f.get("assessed", 0),
        f.get("expected", 0),
        _pct(f.get("assessed_pct")),
        *(bands.get(BAND_JSON[code], 0) for code in ("excellent", "good", "pass", "fail")),
        f.get("mean"),
        f.get("initiatives", 0),
        f.get("activities", 0),
        f.get("participations", 0),
        f.get("campaign_pct"),
        f"{f.get('months_on_time', 0)}/{f.get('months_due', 0)}" if f.get("months_due") else "",
    ]
    if bold:
        return Row(tuple(cells[1:]), bold=True, label_span=2)
    return Row(tuple(cells))


UNIT_COLUMNS = (
    Column("STT", 0.55, ColumnKind.NUMBER, align=Align.CENTER),
    Column("Đơn vị", 3.2),
    Column("Đoàn viên", 0.8, ColumnKind.NUMBER),
    Column("Số lượng", 0.75, ColumnKind.NUMBER),
    Column("%", 0.65, ColumnKind.NUMBER, decimals=1),
    Column("Đã đánh giá", 0.85, ColumnKind.NUMBER),
    Column("Phải đánh giá", 0.85, ColumnKind.NUMBER),
    Column("%", 0.65, ColumnKind.NUMBER, decimals=1),
    Column("Xuất sắc", 0.7, ColumnKind.NUMBER),
    Column("Tốt", 0.7, ColumnKind.NUMBER),
    Column("Đạt", 0.6, ColumnKind.NUMBER),
    Column("Chưa đạt", 0.7, ColumnKind.NUMBER),
    Column("Điểm BQ", 0.7, ColumnKind.NUMBER, decimals=1),
    Column("Sáng kiến", 0.75, ColumnKind.NUMBER),
    Column("Hoạt động", 0.75, ColumnKind.NUMBER),
    Column("Lượt tham gia", 0.8, ColumnKind.NUMBER),
    Column("Thi đua (%)", 0.75, ColumnKind.NUMBER),
    Column("Gói đúng hạn", 0.8, align=Align.CENTER),
)
UNIT_GROUPS = (
    ColumnGroup("", 3),
    ColumnGroup("Đăng ký", 2),
    ColumnGroup("Lượt đánh giá hằng tháng", 3),
    ColumnGroup("Xếp loại (lượt)", 4),
    ColumnGroup("", 6),
)


def unit_annex_table(rows: Sequence[dict], total: dict) -> Table:
    """The by-unit table of a period: each unit below (its subtree), then the totals."""
    body = [
        _unit_row(number, _indent(row.get("name", ""), int(row.get("depth", 1))), row)
        for number, row in enumerate(rows, start=1)
    ]
    body.append(_unit_row(None, "Tổng cộng", total, bold=True))
    return Table(UNIT_COLUMNS, tuple(body), groups=UNIT_GROUPS, font_size=10)


def member_annex_table(rows: Sequence[dict]) -> Table:
    """The by-member table of a branch's report."""
    body = [
        Row(
            (
                number,
                row.get("name", ""),
                row.get("position", ""),
                PLEDGE_LABELS.get(row.get("pledge_state", ""), row.get("pledge_state", "")),
                row.get("months_assessed", 0),
                row.get("months_expected", 0),
                row.get("mean"),
                BAND_LABELS.get(row.get("band", ""), row.get("band", "")),
                row.get("initiatives", 0),
                row.get("participations", 0),
            )
        )
        for number, row in enumerate(rows, start=1)
    ]
    return Table(
        (
            Column("STT", 0.55, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Họ và tên", 2.4),
            Column("Chức vụ", 2.0),
            Column("Đăng ký", 1.0, align=Align.CENTER),
            Column("Đã đánh giá", 0.9, ColumnKind.NUMBER),
            Column("Phải đánh giá", 0.9, ColumnKind.NUMBER),
            Column("Điểm BQ", 0.8, ColumnKind.NUMBER, decimals=1),
            Column("Xếp loại", 0.9, align=Align.CENTER),
            Column("Sáng kiến", 0.8, ColumnKind.NUMBER),
            Column("Lượt tham gia", 0.9, ColumnKind.NUMBER),
        ),
        tuple(body),
        groups=(
            ColumnGroup("", 4),
            ColumnGroup("Số tháng", 2),
            ColumnGroup("", 4),
        ),
        font_size=10,
    )


# --- the consolidation tables ---------------------------------------------------------------


def _period_words(period: Period) -> str:
    if period.first == 1 and period.last == 12:
        return f"năm {period.year}"
    if period.first == 1 and period.last == 6:
        return f"6 tháng đầu năm {period.year}"
    if period.first == period.last:
        return f"tháng {period.first} năm {period.year}"
    return f"từ tháng {period.first} đến tháng {period.last} năm {period.year}"


def units_document(
    table: ConsolidationTable,
    units: Sequence[UnitFigures],
    total: UnitFigures,
    unit: Unit | None,
    on: date | None,
) -> Document:
    """TỔNG HỢP KẾT QUẢ … THEO ĐƠN VỊ: the units shown (all, or of one level) and the total."""
    rows = [u.json() for u in units]
    for row, u in zip(rows, units, strict=True):
        row["name"] = u.name
        row["depth"] = u.depth
    title = "TỔNG HỢP KẾT QUẢ THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” THEO ĐƠN VỊ"
    return Document(
        title=title,
        subject=f"{_period_words(table.period).capitalize()}",
        header=header_for(unit, on),
        blocks=(
            unit_annex_table(rows, total.json()),
            Paragraph(
                "Ghi chú: số liệu mỗi đơn vị gồm cả các đơn vị trực thuộc; lượt đánh giá tính "
                "theo đoàn viên – tháng; gói đúng hạn: số tháng gửi đúng hạn / số tháng đã đến "
                f"hạn (tính đến ngày {format_date(table.as_of)}).",
                italic=True,
            ),
        ),
        signatures=(COMPILER, signature_of(unit)),
        landscape=True,
        file_title=f"Tổng hợp theo đơn vị, {_period_words(table.period)}",
        sheet_name="Theo đơn vị",
    )


def months_document(
    months: Sequence[MonthFigures], year: int, unit: Unit | None, on: date | None
) -> Document:
    """TỔNG HỢP THEO THÁNG: the twelve months of the year."""
    rows = []
    for m in months:
        f = m.figures
        rows.append(
            Row(
                (
                    f"Tháng {m.month}",
                    f.members,
                    f.assessed,
                    f.expected,
                    *(f.bands.get(code, 0) for code in ("excellent", "good", "pass", "fail")),
                    None if f.mean is None else round(f.mean, 2),
                    f.activities,
                    f.citizens_helped,
                    f"{m.units_received}/{m.units_expected}",
                )
            )
        )
    return Document(
        title="TỔNG HỢP KẾT QUẢ THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” THEO THÁNG",
        subject=f"Năm {year}",
        header=header_for(unit, on),
        blocks=(
            Table(
                (
                    Column("Tháng", 1.0),
                    Column("Đoàn viên", 0.9, ColumnKind.NUMBER),
                    Column("Đã đánh giá", 0.9, ColumnKind.NUMBER),
                    Column("Phải đánh giá", 0.9, ColumnKind.NUMBER),
                    Column("Xuất sắc", 0.8, ColumnKind.NUMBER),
                    Column("Tốt", 0.8, ColumnKind.NUMBER),
                    Column("Đạt", 0.8, ColumnKind.NUMBER),
                    Column("Chưa đạt", 0.8, ColumnKind.NUMBER),
                    Column("Điểm BQ", 0.8, ColumnKind.NUMBER, decimals=1),
                    Column("Hoạt động", 0.9, ColumnKind.NUMBER),
                    Column("Người dân được hỗ trợ", 1.1, ColumnKind.NUMBER),
                    Column("Đơn vị đã gửi gói", 1.0, align=Align.CENTER),
                ),
                tuple(rows),
                groups=(
                    ColumnGroup("", 2),
                    ColumnGroup("Lượt đánh giá", 2),
                    ColumnGroup("Xếp loại (lượt)", 4),
                    ColumnGroup("", 4),
                ),
                font_size=11,
            ),
        ),
        signatures=(COMPILER, signature_of(unit)),
        landscape=True,
        file_title=f"Tổng hợp theo tháng, năm {year}",
        sheet_name="Theo tháng",
    )


def ranking_document(
    ranked: Sequence[Ranked],
    figure: str,
    text: str,
    period: Period,
    unit: Unit | None,
    on: date | None,
) -> Document:
    """XẾP HẠNG CÁC ĐƠN VỊ by one figure."""
    rows = [
        Row((r.rank or None, r.unit.name, None if r.value is None else round(r.value, 2)))
        for r in ranked
    ]
    return Document(
        title="XẾP HẠNG CÁC ĐƠN VỊ",
        subject=f"Theo {text.lower()}, {_period_words(period)}",
        header=header_for(unit, on),
        blocks=(
            Table(
                (
                    Column("Hạng", 0.6, ColumnKind.NUMBER, align=Align.CENTER),
                    Column("Đơn vị", 4.0),
                    Column(text, 1.2, ColumnKind.NUMBER, decimals=2),
                ),
                tuple(rows),
                font_size=12,
            ),
        ),
        signatures=(COMPILER, signature_of(unit)),
        file_title=f"Xếp hạng theo {text.lower()}",
        sheet_name="Xếp hạng",
    )


def history_document(
    history: Sequence[YearFigures], name: str, unit: Unit | None, on: date | None
) -> Document:
    """KẾT QUẢ QUA CÁC NĂM of a unit (its subtree) or of a member."""
    member = bool(history) and history[0].member is not None
    if member:
        columns: tuple[Column, ...] = (
            Column("Năm", 0.7, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Tháng đã đánh giá", 1.0, ColumnKind.NUMBER),
            Column("Tháng phải đánh giá", 1.0, ColumnKind.NUMBER),
            Column("Điểm BQ", 0.9, ColumnKind.NUMBER, decimals=1),
            Column("Xếp loại", 1.0, align=Align.CENTER),
            Column("Đăng ký", 1.0, align=Align.CENTER),
            Column("Sáng kiến", 0.9, ColumnKind.NUMBER),
            Column("Lượt tham gia", 0.9, ColumnKind.NUMBER),
        )
        rows = []
        for h in history:
            m = h.member
            assert m is not None
            rows.append(
                Row(
                    (
                        h.year,
                        m.months_assessed,
                        m.months_expected,
                        None if m.mean is None else round(m.mean, 2),
                        BAND_LABELS.get(m.band, m.band),
                        PLEDGE_LABELS.get(m.pledge_state, m.pledge_state),
                        m.initiatives,
                        m.participations,
                    )
                )
            )
    else:
        columns = (
            Column("Năm", 0.7, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Đoàn viên", 0.9, ColumnKind.NUMBER),
            Column("Đã đăng ký", 0.9, ColumnKind.NUMBER),
            Column("Đã đánh giá", 0.9, ColumnKind.NUMBER),
            Column("Phải đánh giá", 0.9, ColumnKind.NUMBER),
            Column("Điểm BQ", 0.8, ColumnKind.NUMBER, decimals=1),
            Column("Xuất sắc", 0.8, ColumnKind.NUMBER),
            Column("Sáng kiến", 0.8, ColumnKind.NUMBER),
            Column("Hoạt động", 0.8, ColumnKind.NUMBER),
        )
        rows = []
        for h in history:
            f = h.figures
            assert f is not None
            rows.append(
                Row(
                    (
                        h.year,
                        f.members,
                        f.pledged,
                        f.assessed,
                        f.expected,
                        None if f.mean is None else round(f.mean, 2),
                        f.bands.get("excellent", 0),
                        f.initiative_count,
                        f.activities,
                    )
                )
            )
    return Document(
        title="KẾT QUẢ THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” QUA CÁC NĂM",
        subject=name,
        header=header_for(unit, on),
        blocks=(Table(columns, tuple(rows), font_size=12),),
        signatures=(COMPILER, signature_of(unit)),
        landscape=not member and len(columns) > 8,
        file_title=f"Qua các năm — {name}",
        sheet_name="Qua các năm",
    )


def members_document(
    members: Sequence[MemberFigures],
    months: Sequence[int],
    unit_name: str,
    year: int,
    unit: Unit | None,
    on: date | None,
) -> Document:
    """KẾT QUẢ ĐÁNH GIÁ HẰNG THÁNG of a unit's members (read from the data received)."""
    rows = []
    for number, m in enumerate(members, start=1):
        rows.append(
            Row(
                (
                    number,
                    m.full_name,
                    *(
                        None if m.monthly.get(month) is None else round(m.monthly[month], 2)
                        for month in months
                    ),
                    None if m.mean is None else round(m.mean, 2),
                    BAND_LABELS.get(m.band, m.band),
                )
            )
        )
    return Document(
        title=f"KẾT QUẢ ĐÁNH GIÁ HẰNG THÁNG NĂM {year}",
        subject=unit_name,
        header=header_for(unit, on),
        blocks=(
            Table(
                (
                    Column("STT", 0.55, ColumnKind.NUMBER, align=Align.CENTER),
                    Column("Họ và tên", 2.4),
                    *(Column(f"T{m}", 0.62, ColumnKind.NUMBER, decimals=1) for m in months),
                    Column("Điểm BQ", 0.7, ColumnKind.NUMBER, decimals=1),
                    Column("Xếp loại", 0.9, align=Align.CENTER),
                ),
                tuple(rows),
                groups=(
                    ColumnGroup("", 2),
                    ColumnGroup("Tổng điểm các tháng", len(months)),
                    ColumnGroup("", 2),
                ),
                font_size=10,
            ),
        ),
        signatures=(COMPILER, signature_of(unit)),
        landscape=True,
        file_title=f"Kết quả đánh giá — {unit_name}",
        sheet_name="Đánh giá",
    )


def rollup_document(rollup: CampaignRollup, unit: Unit | None, on: date | None) -> Document:
    """KẾT QUẢ ĐỢT THI ĐUA of the units below, target by target."""
    targets = rollup.targets
    columns = (
        Column("STT", 0.55, ColumnKind.NUMBER, align=Align.CENTER),
        Column("Đơn vị", 3.0),
        *(
            Column(
                f"{t.target.name} ({t.target.measure_unit})"
                if t.target.measure_unit
                else t.target.name,
                1.2,
                ColumnKind.NUMBER,
                decimals=2,
            )
            for t in targets
        ),
    )
    rows: list[Row] = []
    first = targets[0].units if targets else []
    for number, u in enumerate(first, start=1):
        rows.append(
            Row(
                (number, _indent(u.name, u.depth), *(t.units[number - 1].achieved for t in targets))
            )
        )
    if targets and any(t.target.achieved_value for t in targets):
        rows.append(
            Row(
                (
                    len(rows) + 1,
                    "Đơn vị mình",
                    *(t.target.achieved_value for t in targets),
                )
            )
        )
    rows.append(Row(("Tổng cộng", *(t.total for t in targets)), bold=True, label_span=2))
    rows.append(
        Row(("Chỉ tiêu đề ra", *(t.target.target_value for t in targets)), bold=True, label_span=2)
    )
    rows.append(
        Row(
            ("Tỷ lệ đạt (%)", *(t.percentage for t in targets)),
            bold=True,
            label_span=2,
        )
    )
    c = rollup.campaign
    return Document(
        title="KẾT QUẢ ĐỢT THI ĐUA CỦA CÁC ĐƠN VỊ",
        subject=f"{c.name} ({format_date(c.start_date)} – {format_date(c.end_date)})",
        header=header_for(unit, on),
        blocks=(Table(columns, tuple(rows), font_size=11),),
        signatures=(COMPILER, signature_of(unit)),
        landscape=len(targets) > 2,
        file_title=f"Kết quả đợt thi đua — {c.name}",
        sheet_name="Thi đua",
    )
