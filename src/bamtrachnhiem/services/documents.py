"""Printed lists in the Đoàn layout: the member list, a month's scoring sheet, a member's
year, the unit's year summary, the initiative list, the completeness grid.

Each builder returns a ``documents.model.Document`` (plain data) that the GUI previews and
prints and that ``write_pdf`` / ``write_xlsx`` save. Documents are always in Vietnamese:
they are the unit's papers, whatever language the screen is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bamtrachnhiem.documents.model import (
    Align,
    Column,
    ColumnGroup,
    ColumnKind,
    Document,
    Field,
    FieldRow,
    Header,
    Paragraph,
    Row,
    Section,
    Signature,
    Table,
    Value,
    unit_signature,
)
from bamtrachnhiem.domain.completeness import MONTHS, MonthStatus
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.initiatives import InitiativeState
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.records import Gender, MemberStatus, Unit
from bamtrachnhiem.domain.scoring import effective_scores
from bamtrachnhiem.services.assessments import AssessmentService
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.completeness import CompletenessService
from bamtrachnhiem.services.initiatives import InitiativeService
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.storage.database import Database

STATUS_LABELS = {
    MemberStatus.ACTIVE: "Đang sinh hoạt",
    MemberStatus.TRANSFERRED: "Đã chuyển sinh hoạt",
    MemberStatus.AGED_OUT: "Đã trưởng thành",
}
INITIATIVE_STATE_LABELS = {
    InitiativeState.REGISTERED: "Đã đăng ký",
    InitiativeState.TRIAL: "Áp dụng thử",
    InitiativeState.APPLIED: "Đã áp dụng",
    InitiativeState.RECOGNISED: "Được công nhận",
    InitiativeState.REJECTED: "Không công nhận",
}
COMPLETENESS_MARKS = {
    MonthStatus.ON_TIME: "x",
    MonthStatus.LATE: "muộn",
    MonthStatus.MISSING: "thiếu",
    MonthStatus.NOT_DUE: "",
}
SIGN = "(Ký, ghi rõ họ tên)"


class DocumentService(Service):
    """Builds the printed lists from the other services' records; writes them to files."""

    def __init__(
        self,
        database: Database,
        units: UnitService,
        members: MemberService,
        assessments: AssessmentService,
        initiatives: InitiativeService,
        completeness: CompletenessService,
    ) -> None:
        super().__init__(database)
        self.units = units
        self.members = members
        self.assessments = assessments
        self.initiatives = initiatives
        self.completeness = completeness

    # -- writing ---------------------------------------------------------------------------
    @staticmethod
    def write_pdf(document: Document, path: str | Path) -> Path:
        """Write ``document`` as PDF (atomically)."""
        # reportlab is loaded only when something is printed, not at start-up.
        from bamtrachnhiem.documents.pdf import write_pdf

        return write_pdf(document, Path(path))

    @staticmethod
    def pdf_bytes(document: Document) -> bytes:
        """The PDF of ``document``, for previewing and printing."""
        from bamtrachnhiem.documents.pdf import pdf_bytes

        return pdf_bytes(document)

    @staticmethod
    def write_xlsx(document: Document, path: str | Path) -> Path:
        """Write ``document`` as an .xlsx workbook (atomically)."""
        from bamtrachnhiem.documents.xlsx import write_xlsx

        return write_xlsx(document, Path(path))

    # -- the common parts ------------------------------------------------------------------
    def _unit(self, unit_code: str | None) -> Unit | None:
        if unit_code:
            return self.units.get(unit_code)
        return self.units.own_unit()

    def _header(self, unit: Unit | None, on: date | None) -> Header:
        if unit is None:
            return Header(issuing_body="BCH CHI ĐOÀN", date=on or self._today())
        return Header(
            higher_body=unit.higher_body or unit.parent_name.upper(),
            issuing_body=unit.issuing_body or unit.name.upper(),
            place=unit.place_name,
            date=on or self._today(),
        )

    def _today(self) -> date:
        return date.fromisoformat(self.now_iso()[:10])

    @staticmethod
    def _signature(unit: Unit | None) -> Signature:
        if unit is None:
            return unit_signature(False)
        return unit_signature(unit.has_standing_committee, unit.signer_title, unit.signer_name)

    @staticmethod
    def _compiler() -> Signature:
        return Signature(("NGƯỜI LẬP BIỂU",), note=SIGN)

    # -- the member list -------------------------------------------------------------------
    def member_list(
        self,
        unit_code: str | None = None,
        statuses: Sequence[MemberStatus] = (MemberStatus.ACTIVE,),
        on: date | None = None,
    ) -> Document:
        """DANH SÁCH ĐOÀN VIÊN of a unit (all units when None), in Vietnamese name order."""
        unit = self._unit(unit_code)
        members = self.members.find(unit_code=unit_code, statuses=list(statuses) or None)
        names = {u.code: u.name for u in self.units.find()}
        show_unit = unit_code is None and len({m.unit_code for m in members}) > 1
        show_status = set(statuses) != {MemberStatus.ACTIVE}
        columns = [
            Column("STT", 0.65, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Họ và tên", 2.3),
            Column("Ngày sinh", 1.5, ColumnKind.DATE),
            Column("Nữ", 0.55, align=Align.CENTER),
            Column("Chức vụ", 2.0),
            Column("Đơn vị công tác", 2.0),
            Column("Đảng viên", 0.8, align=Align.CENTER),
        ]
        if show_unit:
            columns.append(Column("Chi đoàn", 1.8))
        columns.append(Column("Tình trạng" if show_status else "Ghi chú", 1.1))
        rows = []
        for number, m in enumerate(members, start=1):
            born: Value = m.birth_date or m.birth_year
            cells: list[Value] = [
                number,
                m.full_name,
                born,
                "x" if m.gender is Gender.FEMALE else "",
                m.position,
                m.department,
                "x" if m.party_member else "",
            ]
            if show_unit:
                cells.append(names.get(m.unit_code, m.unit_code))
            cells.append(STATUS_LABELS[m.status] if show_status else "")
            rows.append(Row(tuple(cells)))
        women = sum(1 for m in members if m.gender is Gender.FEMALE)
        party = sum(1 for m in members if m.party_member)
        scope = unit.name if unit and unit_code else (unit.name if unit else "")
        return Document(
            title="DANH SÁCH ĐOÀN VIÊN",
            subject=scope,
            header=self._header(unit, on),
            blocks=(
                Table(tuple(columns), tuple(rows), font_size=11),
                Paragraph(
                    f"Tổng số: {len(members)} đoàn viên; trong đó nữ: {women}, đảng viên: {party}.",
                    italic=True,
                ),
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=show_unit,
            file_title=f"Danh sách đoàn viên — {scope}" if scope else "Danh sách đoàn viên",
            sheet_name="Danh sách đoàn viên",
        )

    # -- a month's scoring sheet -----------------------------------------------------------
    def scoring_sheet(
        self, year: int, month: int, unit_code: str | None = None, on: date | None = None
    ) -> Document:
        """BẢNG TỔNG HỢP ĐÁNH GIÁ, XẾP LOẠI of a month: each criterion's score (the branch's,
        else the member's own), bonus, deduction, total, band, and a line to sign."""
        grid = self.assessments.grid(year, month, unit_code)
        unit = self._unit(grid.unit_code)
        criteria = grid.criteria
        columns = [
            Column("STT", 0.75, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Họ và tên", 3.2),
        ]
        groups = [ColumnGroup("", 2)]
        for pillar in criteria.pillars:
            codes = criteria.criteria_of(pillar.code)
            columns += [
                Column(f"{c.code}\n({_points(c.max_points)})", 0.8, ColumnKind.NUMBER, 2)
                for c in codes
            ]
            groups.append(ColumnGroup(pillar.name, len(codes)))
        tail = [
            Column("Điểm cộng", 0.8, ColumnKind.NUMBER, 2),
            Column("Điểm trừ", 0.8, ColumnKind.NUMBER, 2),
            Column("Tổng điểm", 0.9, ColumnKind.NUMBER, 2),
            Column("Xếp loại", 1.3, align=Align.CENTER),
            Column("Ký tên", 1.6),
        ]
        columns += tail
        groups.append(ColumnGroup("", len(tail)))
        rows = []
        counts: dict[str, int] = {}
        for number, line in enumerate(grid.rows, start=1):
            a = line.assessment
            scores = effective_scores(criteria, a.self_scores, a.branch_scores)
            result = a.result(criteria)
            band = ""
            if result.complete and result.band is not None:
                band = result.band.label
                counts[band] = counts.get(band, 0) + 1
            cells: list[Value] = [number, line.full_name]
            cells += [scores.get(c.code) for c in criteria.criteria]
            cells += [
                a.bonus or None,
                a.deduction or None,
                result.total if result.complete else None,
                band + (" (vi phạm)" if a.veto else ""),
                "",
            ]
            rows.append(Row(tuple(cells)))
        tally = "; ".join(f"{b.label}: {counts.get(b.label, 0)}" for b in criteria.rules.bands)
        notes = [
            Paragraph(
                f"Đã đánh giá {grid.assessed}/{len(grid.rows)} đoàn viên. Xếp loại — {tally}.",
                italic=True,
            ),
            Paragraph(
                "Điểm từng tiêu chí là điểm chi đoàn chấm; tiêu chí chi đoàn chưa chấm lấy "
                "điểm đoàn viên tự chấm. Trong ngoặc: điểm tối đa.",
                italic=True,
            ),
        ]
        if grid.lock is not None:
            notes.append(Paragraph("Tháng đã được chốt.", italic=True))
        month_text = f"{month:02d}" if month <= 2 else str(month)
        return Document(
            title=f"BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN\nTHÁNG {month_text} NĂM {year}",
            subject=unit.name if unit else "",
            header=self._header(unit, on),
            blocks=(
                Table(tuple(columns), tuple(rows), groups=tuple(groups), font_size=10.5),
                *notes,
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=True,
            file_title=f"Bảng đánh giá tháng {month}/{year}",
            sheet_name=f"Tháng {month}-{year}",
        )

    # -- a member's year -------------------------------------------------------------------
    def member_year(self, member_id: str, year: int, on: date | None = None) -> Document:
        """KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM of one member: months, quarters and the year."""
        figures = self.assessments.member_year(member_id, year)
        member = self.members.get(member_id)
        unit = self._unit(member.unit_code or None)
        labels = {b.code: b.label for b in figures.criteria.rules.bands}
        months = Table(
            (
                Column("Tháng", 0.8, ColumnKind.NUMBER, align=Align.CENTER),
                Column("Tổng điểm", 1.2, ColumnKind.NUMBER, 2),
                Column("Xếp loại", 1.6, align=Align.CENTER),
                Column("Ghi chú", 2.4),
            ),
            tuple(
                Row(
                    (
                        f.month,
                        f.total,
                        labels.get(f.band_code, "") if f.total is not None else "",
                        "Vi phạm (một phiếu)"
                        if f.vetoed
                        else ("Chưa đánh giá" if f.total is None else ""),
                    )
                )
                for f in figures.months
            ),
            font_size=12,
        )
        periods = [
            Row((f"Quý {q}", p.months, p.mean, p.band.label if p.band else ""))
            for q, p in sorted(figures.quarters.items())
        ]
        y = figures.year_figure
        periods.append(
            Row((f"Năm {year}", y.months, y.mean, y.band.label if y.band else ""), bold=True)
        )
        summary = Table(
            (
                Column("Kỳ", 1.2, align=Align.CENTER),
                Column("Số tháng đã đánh giá", 1.4, ColumnKind.NUMBER, align=Align.CENTER),
                Column("Điểm bình quân", 1.4, ColumnKind.NUMBER, 2),
                Column("Xếp loại", 1.6, align=Align.CENTER),
            ),
            tuple(periods),
            font_size=12,
        )
        born = format_date(member.birth_date) or str(member.birth_year or "")
        return Document(
            title=f"KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM {year}",
            subject="Phong trào “3 trách nhiệm”",
            header=self._header(unit, on),
            blocks=(
                FieldRow(
                    (Field("Họ và tên", figures.full_name, 0.64), Field("Ngày sinh", born, 0.36))
                ),
                FieldRow((Field("Chức vụ", member.position),)),
                FieldRow((Field("Sinh hoạt tại", unit.name if unit else ""),)),
                Section("KẾT QUẢ TỪNG THÁNG", (months,)),
                Section("KẾT QUẢ THEO QUÝ VÀ CẢ NĂM", (summary,)),
            ),
            signatures=(
                Signature(("ĐOÀN VIÊN",), name=figures.full_name, note=SIGN),
                self._signature(unit),
            ),
            max_pages=1,
            file_title=f"Kết quả năm {year} — {figures.full_name}",
            sheet_name=f"Năm {year}",
        )

    # -- the unit's year summary -----------------------------------------------------------
    def year_summary(
        self, year: int, unit_code: str | None = None, on: date | None = None
    ) -> Document:
        """BẢNG TỔNG HỢP KẾT QUẢ NĂM: each member's quarter means, year mean, band, and
        whether the title rule proposes them."""
        summary = self.assessments.unit_year_summary(year, unit_code)
        titles = {t.member_id: t for t in self.assessments.title_candidates(year, unit_code)}
        unit = self._unit(summary.unit_code)
        rows = []
        for number, m in enumerate(summary.members, start=1):
            cells: list[Value] = [number, m.full_name]
            cells += [m.quarters[q].mean if q in m.quarters else None for q in (1, 2, 3, 4)]
            cells += [
                m.year_figure.months,
                m.year_figure.mean,
                m.year_figure.band.label if m.year_figure.band else "",
                "Đề nghị" if (t := titles.get(m.member_id)) and t.verdict.proposed else "",
                "Vi phạm" if m.vetoed else "",
            ]
            rows.append(Row(tuple(cells)))
        columns = (
            Column("STT", 0.7, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Họ và tên", 3.0),
            *(Column(f"Quý {q}", 0.9, ColumnKind.NUMBER, 2) for q in (1, 2, 3, 4)),
            Column("Số tháng", 0.8, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Bình quân năm", 1.0, ColumnKind.NUMBER, 2),
            Column("Xếp loại năm", 1.3, align=Align.CENTER),
            Column("Danh hiệu", 1.1, align=Align.CENTER),
            Column("Ghi chú", 1.0),
        )
        counts = summary.band_counts()
        tally = "; ".join(
            f"{b.label}: {counts.get(b.code, 0)}" for b in summary.criteria.rules.bands
        )
        return Document(
            title=f"BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM {year}",
            subject=unit.name if unit else "",
            header=self._header(unit, on),
            blocks=(
                Table(
                    columns,
                    tuple(rows),
                    groups=(
                        ColumnGroup("", 2),
                        ColumnGroup("Điểm bình quân quý", 4),
                        ColumnGroup("Cả năm", 3),
                        ColumnGroup("", 2),
                    ),
                    font_size=11,
                ),
                Paragraph(f"Xếp loại năm — {tally}.", italic=True),
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=True,
            file_title=f"Tổng hợp năm {year}",
            sheet_name=f"Tổng hợp {year}",
        )

    # -- the initiative list ---------------------------------------------------------------
    def initiative_list(
        self,
        year: int | None = None,
        state: InitiativeState | str | None = None,
        field: str | None = None,
        author_id: str | None = None,
        on: date | None = None,
    ) -> Document:
        """DANH SÁCH SÁNG KIẾN, GIẢI PHÁP with the page's filters."""
        found = self.initiatives.find(year=year, state=state, field=field, author_id=author_id)
        unit = self._unit(None)
        rows = []
        for number, i in enumerate(found, start=1):
            saved = i.time_saved
            recognition = ", ".join(
                part
                for part in (
                    i.recognised_level,
                    f"QĐ số {i.decision_number}" if i.decision_number else "",
                )
                if part
            )
            rows.append(
                Row(
                    (
                        number,
                        i.title,
                        ", ".join(i.author_names),
                        i.field,
                        i.year,
                        INITIATIVE_STATE_LABELS[i.state],
                        f"{_points(saved)} {i.measure_unit.split('/')[0]}".strip()
                        if saved is not None
                        else "",
                        recognition,
                    )
                )
            )
        title = "DANH SÁCH SÁNG KIẾN, GIẢI PHÁP"
        if year is not None:
            title += f" NĂM {year}"
        return Document(
            title=title,
            subject=unit.name if unit else "",
            header=self._header(unit, on),
            blocks=(
                Table(
                    (
                        Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                        Column("Tên sáng kiến, giải pháp", 3.4),
                        Column("Tác giả", 2.0),
                        Column("Lĩnh vực", 1.5),
                        Column("Năm", 0.6, ColumnKind.NUMBER, align=Align.CENTER),
                        Column("Tình trạng", 1.2, align=Align.CENTER),
                        Column("Thời gian tiết kiệm", 1.1, align=Align.CENTER),
                        Column("Công nhận", 1.6),
                    ),
                    tuple(rows),
                    font_size=11,
                ),
                Paragraph(f"Tổng số: {len(found)} sáng kiến, giải pháp.", italic=True),
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=True,
            file_title=title.capitalize(),
            sheet_name="Sáng kiến",
        )

    # -- the completeness grid -------------------------------------------------------------
    def completeness_grid(self, year: int, on: date | None = None) -> Document:
        """TÌNH HÌNH NỘP DỮ LIỆU: the units below, month by month, with the totals."""
        table = self.completeness.table(year, today=on)
        unit = self._unit(None)
        rows = []
        for number, u in enumerate(table.units, start=1):
            name = "\u00a0" * 3 * (u.depth - 1) + u.name
            cells: list[Value] = [number, name]
            cells += [COMPLETENESS_MARKS[u.months[m]] for m in MONTHS]
            rows.append(Row(tuple(cells)))
        totals: list[Value] = ["Đã nhận"]
        totals += [f"{table.totals[m].received}/{table.totals[m].expected}" for m in MONTHS]
        rows.append(Row(tuple(totals), bold=True, label_span=2))
        deadlines = ", ".join(
            f"T{m}: {table.deadlines[m].strftime('%d/%m')}" for m in MONTHS if m in table.deadlines
        )
        return Document(
            title=f"TÌNH HÌNH NỘP DỮ LIỆU PHONG TRÀO “3 TRÁCH NHIỆM” NĂM {year}",
            subject=f"Số liệu tính đến ngày {table.as_of.strftime('%d/%m/%Y')}",
            header=self._header(unit, on),
            blocks=(
                Table(
                    (
                        Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                        Column("Đơn vị", 4.0),
                        *(Column(f"T{m}", 0.62, align=Align.CENTER) for m in MONTHS),
                    ),
                    tuple(rows),
                    groups=(ColumnGroup("", 2), ColumnGroup("Tháng", 12)),
                    font_size=11,
                ),
                Paragraph(
                    "Ghi chú: x — nộp đúng hạn; muộn — nộp sau hạn; thiếu — quá hạn chưa nộp; "
                    "để trống — chưa đến hạn.",
                    italic=True,
                ),
                Paragraph(f"Hạn nộp: {deadlines}.", italic=True),
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=True,
            file_title=f"Tình hình nộp dữ liệu năm {year}",
            sheet_name=f"Nộp dữ liệu {year}",
        )

    # -- a table as the screen shows it ----------------------------------------------------
    def screen_table(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[Value]],
        widths: Sequence[float] = (),
        subject: str = "",
        on: date | None = None,
    ) -> Document:
        """A table of a page, its rows in the order shown, as a paper of the Đoàn layout:
        the unit's header, the title, the rows numbered, the compiler's and the unit's
        signatures. ``widths`` (the screen's, in any unit) share out the paper's width; a
        column of numbers with fractions prints them the Vietnamese way ("92,5"), whole
        numbers print as the screen shows them. Landscape past five columns."""
        unit = self._unit(None)
        columns = [Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER)]
        share = [float(w) for w in widths] if len(widths) == len(headers) else []
        mean = sum(share) / len(share) if share and sum(share) > 0 else 1.0
        for c, header in enumerate(headers):
            values = [r[c] for r in rows if c < len(r) and r[c] not in (None, "")]
            numeric = bool(values) and all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in values
            )
            width = max(share[c] / mean, 0.4) if share else 1.0
            if numeric and any(isinstance(v, float) for v in values):
                columns.append(Column(header, width, ColumnKind.NUMBER, _decimals(values)))
            elif numeric:
                # Whole numbers as the screen shows them: a year is never "2.026"; the
                # workbook still keeps them as numbers.
                columns.append(Column(header, width, align=Align.RIGHT))
            elif values and all(v == "x" for v in values):
                columns.append(Column(header, width, align=Align.CENTER))  # a mark, "x"
            else:
                columns.append(Column(header, width))
        cells = [
            Row((number, *(r[c] if c < len(r) else "" for c in range(len(headers)))))
            for number, r in enumerate(rows, start=1)
        ]
        return Document(
            title=title.upper(),
            subject=subject,
            header=self._header(unit, on),
            blocks=(
                Table(tuple(columns), tuple(cells), font_size=_table_font(len(headers))),
                Paragraph(f"Tổng số: {len(rows)} dòng.", italic=True),
            ),
            signatures=(self._compiler(), self._signature(unit)),
            landscape=len(headers) > 5,
            file_title=f"{title} — {subject}" if subject else title,
            sheet_name=title,
        )


def _table_font(columns: int) -> float:
    """Smaller type for wider tables, so codes and numbers keep to one line."""
    return 11.0 if columns <= 7 else 10.0 if columns <= 9 else 9.0


def _decimals(values: Sequence[Value]) -> int:
    """The decimals a column of numbers needs to show them as the screen does (at most 2)."""
    needed = 0
    for v in values:
        if isinstance(v, float):
            hundredths = round(abs(v) * 100) % 100
            needed = max(needed, 0 if hundredths == 0 else 1 if hundredths % 10 == 0 else 2)
    return needed


def _points(value: float) -> str:
    return format_quantity(value)
