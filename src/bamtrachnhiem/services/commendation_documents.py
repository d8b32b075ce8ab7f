"""The commendation papers in the Đoàn layout: the nomination list, the proposal letter,
the minutes of the review meeting, the decision with its annex, and the register.

Each builder returns a ``documents.model.Document`` that the GUI previews and prints and
that the documents service writes as PDF and .xlsx. Papers are always in Vietnamese.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bamtrachnhiem.documents.model import (
    Align,
    Annex,
    Column,
    ColumnKind,
    Document,
    DocumentNumber,
    Header,
    Paragraph,
    Row,
    Run,
    Section,
    Signature,
    Table,
    unit_signature,
)
from bamtrachnhiem.domain.commendations import (
    FORM_LABELS,
    CommendationForm,
    CommendationRound,
    DecisionState,
    Nomination,
    NominationState,
    RecipientKind,
)
from bamtrachnhiem.domain.dates import format_date, place_date_line
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.commendations import CommendationService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.storage.database import Database

# The papers a nomination list shows: what the proposing unit still stands behind.
_LISTED = (
    NominationState.DRAFT,
    NominationState.SENT,
    NominationState.APPROVED,
    NominationState.COMMENDED,
)
BASIS = (
    "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;",
    "Căn cứ các quy định của Đoàn về công tác thi đua, khen thưởng;",
    "Căn cứ Hướng dẫn số 31-HD/TĐ của Ban Thường vụ Tỉnh Đoàn về thực hiện phong trào "
    "“3 trách nhiệm” trong cán bộ, công chức trẻ;",
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _form_word(form: CommendationForm) -> str:
    return "Giấy chứng nhận" if form is CommendationForm.CERTIFICATE else "Giấy khen"


class CommendationDocuments(Service):
    """Builds the commendation papers from the commendation records."""

    def __init__(
        self, database: Database, units: UnitService, commendations: CommendationService
    ) -> None:
        super().__init__(database)
        self.units = units
        self.commendations = commendations

    # -- common parts -----------------------------------------------------------------------
    def _own(self) -> Unit:
        unit = self.units.own_unit()
        if unit is None:
            raise ValidationError("own_unit_missing")
        return unit

    def _header(self, unit: Unit, kind: str, number: int | None = None, on: date | None = None,
                about: str = "") -> Header:  # fmt: skip
        return Header(
            higher_body=unit.higher_body or unit.parent_name.upper(),
            issuing_body=unit.issuing_body or unit.name.upper(),
            number=DocumentNumber(kind, unit.doc_symbol or "ĐTN", number) if kind else None,
            about=about,
            place=unit.place_name,
            date=on,
            year=(on or self._today()).year,
        )

    def _unit_or_issuer(self, code: str, issuer_name: str) -> Unit:
        """The unit ``code``; a unit above this one (whose decision came down) is known
        here only by the issuer's name its register entries carry."""
        try:
            return self.units.get(code)
        except NotFoundError:
            own = self._own()
            name = issuer_name or (own.parent_name if own.parent_code == code else code)
            return Unit(code=code, name=name, issuing_body=name.upper(), doc_symbol="",
                        has_standing_committee=True)  # fmt: skip

    def _today(self) -> date:
        return date.fromisoformat(self.now_iso()[:10])

    @staticmethod
    def _signature(unit: Unit) -> Signature:
        return unit_signature(unit.has_standing_committee, unit.signer_title, unit.signer_name)

    def _round_and_list(self, round_id: str) -> tuple[CommendationRound, list[Nomination]]:
        own = self._own()
        r = self.commendations.round(round_id)
        nominations = [
            n
            for n in self.commendations.nominations(round_id=round_id, unit_code=own.code)
            if n.state in _LISTED
        ]
        return r, nominations

    def _nomination_table(self, r: CommendationRound, nominations: Sequence[Nomination]) -> Table:
        rows = [
            Row(
                (
                    number,
                    n.nominee_name,
                    n.birth_year,
                    n.position_unit,
                    n.summary,
                    n.votes_text,
                    _form_word(r.form),
                    n.over_quota_note,
                )
            )
            for number, n in enumerate(nominations, start=1)
        ]
        return Table(
            (
                Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                Column("Họ và tên / Tập thể", 2.0),
                Column("Năm sinh", 0.7, ColumnKind.NUMBER, align=Align.CENTER),
                Column("Chức vụ, đơn vị", 2.0),
                Column("Tóm tắt thành tích", 4.2),
                Column("Số phiếu", 0.8, align=Align.CENTER),
                Column("Hình thức", 1.0, align=Align.CENTER),
                Column("Ghi chú", 1.2),
            ),
            tuple(rows),
            font_size=11,
        )

    # -- the nomination list ----------------------------------------------------------------
    def nomination_list(self, round_id: str, on: date | None = None) -> Document:
        """DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG of this unit in the round (landscape)."""
        own = self._own()
        r, nominations = self._round_and_list(round_id)
        individuals = sum(n.nominee_kind is RecipientKind.INDIVIDUAL for n in nominations)
        collectives = len(nominations) - individuals
        return Document(
            title="DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
            subject=f"{r.name}",
            header=self._header(own, "DS", on=on or self._today()),
            blocks=(
                self._nomination_table(r, nominations),
                Paragraph(f"Tổng số: {collectives} tập thể và {individuals} cá nhân.", italic=True),
            ),
            signatures=(self._signature(own),),
            landscape=True,
            file_title=f"Danh sách đề nghị khen thưởng — {r.name}",
            sheet_name="Danh sách đề nghị",
        )

    # -- the proposal letter ----------------------------------------------------------------
    def proposal_letter(self, round_id: str, on: date | None = None) -> Document:
        """The letter (tờ trình) proposing the unit's nominees to the round's unit, with the
        nomination list as its landscape annex."""
        own = self._own()
        r, nominations = self._round_and_list(round_id)
        names = {u.code: u.name for u in self.units.find()}
        upper_name = (
            names.get(r.unit_code)
            or (own.parent_name if own.parent_code == r.unit_code else "")
            or r.unit_code
        )
        individuals = sum(n.nominee_kind is RecipientKind.INDIVIDUAL for n in nominations)
        collectives = len(nominations) - individuals
        meeting = next((n.meeting_date for n in nominations if n.meeting_date), None)
        whom = " và ".join(
            part
            for part in (
                f"{collectives:02d} tập thể" if collectives else "",
                f"{individuals:02d} cá nhân" if individuals else "",
            )
            if part
        )
        day = on or self._today()
        return Document(
            title="",
            header=self._header(
                own,
                "TTr",
                on=day,
                about=f"V/v đề nghị khen thưởng thực hiện phong trào “3 trách nhiệm” năm {r.year}",
            ),
            addressees=(f"Ban Thường vụ {upper_name}",),
            blocks=(
                Paragraph(
                    f"Thực hiện đợt xét “{r.name}”"
                    + (f" (hạn gửi đề nghị {format_date(_day(r.deadline))})" if r.deadline else "")
                    + f", {own.name} đã tổ chức họp xét"
                    + (f" ngày {format_date(_day(meeting))}" if meeting else "")
                    + f", thống nhất đề nghị Ban Thường vụ {upper_name} xem xét, tặng "
                    f"{_form_word(r.form)} cho {whom or 'các trường hợp'} đã có thành tích "
                    f"xuất sắc trong thực hiện phong trào “3 trách nhiệm” năm {r.year} "
                    "(có danh sách và tóm tắt thành tích kèm theo)."
                ),
                Paragraph(f"Kính đề nghị Ban Thường vụ {upper_name} xem xét, quyết định./."),
            ),
            recipients=("- Như trên;", "- Lưu VP."),
            signatures=(self._signature(own),),
            annexes=(
                Annex(
                    "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                    (self._nomination_table(r, nominations),),
                    subtitle=f"(Kèm theo Tờ trình của {own.name} ngày {format_date(day)})",
                    landscape=True,
                    sheet_name="Danh sách kèm theo",
                ),
            ),
            file_title=f"Tờ trình đề nghị khen thưởng năm {r.year}",
            sheet_name="Tờ trình",
        )

    # -- the minutes of the review meeting --------------------------------------------------
    def meeting_minutes(self, round_id: str, on: date | None = None) -> Document:
        """BIÊN BẢN HỌP XÉT ĐỀ NGHỊ KHEN THƯỞNG with each nominee's votes."""
        own = self._own()
        r, nominations = self._round_and_list(round_id)
        meeting = _day(next((n.meeting_date for n in nominations if n.meeting_date), None))
        present = max((n.votes_present or 0 for n in nominations), default=0)
        rows = []
        for number, n in enumerate(nominations, start=1):
            share = (
                f"{100 * n.votes_for / n.votes_present:.1f}".replace(".", ",") + "%"
                if n.votes_for is not None and n.votes_present
                else ""
            )
            rows.append(
                Row((number, n.nominee_name, n.position_unit, n.votes_for, n.votes_present, share))
            )
        when = meeting or on or self._today()
        return Document(
            title="BIÊN BẢN",
            subject="Họp xét đề nghị khen thưởng thực hiện phong trào “3 trách nhiệm” "
            f"năm {r.year}",
            header=self._header(own, "BB", on=when),
            blocks=(
                Paragraph(
                    f"Hôm nay, {place_date_line(own.place_name, when).split(', ', 1)[-1]}"
                    if own.place_name
                    else f"Hôm nay, ngày {format_date(when)}",
                ),
                Paragraph(
                    f"{own.name} tổ chức họp xét đề nghị khen thưởng theo {r.name}. "
                    f"Số người dự họp: {present}."
                ),
                Section(
                    "Nội dung",
                    (
                        Paragraph(
                            "Hội nghị nghe báo cáo danh sách xét chọn theo tiêu chuẩn của đợt "
                            "xét, thảo luận thành tích của từng trường hợp và biểu quyết."
                        ),
                    ),
                ),
                Section(
                    "Kết quả biểu quyết",
                    (
                        Table(
                            (
                                Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                                Column("Họ và tên / Tập thể", 2.2),
                                Column("Chức vụ, đơn vị", 2.4),
                                Column("Đồng ý", 0.8, ColumnKind.NUMBER),
                                Column("Số dự họp", 0.9, ColumnKind.NUMBER),
                                Column("Tỉ lệ", 0.9, align=Align.RIGHT),
                            ),
                            tuple(rows),
                            font_size=11,
                        ),
                        Paragraph(
                            f"Hội nghị thống nhất đề nghị khen thưởng {len(nominations)} "
                            "trường hợp nêu trên. Biên bản kết thúc cùng ngày, đã thông qua "
                            "cho toàn thể người dự họp."
                        ),
                    ),
                ),
            ),
            signatures=(
                Signature(("THƯ KÝ",), note="(Ký, ghi rõ họ tên)"),
                Signature(("CHỦ TRÌ",), name=own.signer_name, note="(Ký, ghi rõ họ tên)"),
            ),
            file_title=f"Biên bản họp xét khen thưởng năm {r.year}",
            sheet_name="Biên bản",
        )

    # -- the decision -----------------------------------------------------------------------
    def decision(self, decision_id: str) -> Document:
        """QUYẾT ĐỊNH khen thưởng, with the annex list (STT, name or collective, position and
        unit, register number)."""
        d = self.commendations.decision(decision_id)
        issuer = self._unit_or_issuer(d.unit_code, d.awards[0].issuer_name if d.awards else "")
        r = self.commendations.round(d.round_id) if d.round_id else None
        proposers = sorted(
            {
                n.unit_code
                for n in (self.commendations.nominations(round_id=d.round_id) if r else [])
                if any(a.nomination_id == n.id for a in d.awards)
            }
        )
        names = {u.code: u.name for u in self.units.find()}
        proposed_by = ", ".join(names.get(c, c) for c in proposers)
        day = _day(d.decision_date)
        word = _form_word(d.form)
        committee = "BAN THƯỜNG VỤ" if issuer.has_standing_committee else "BAN CHẤP HÀNH"
        texts = [
            f"Tặng {word} cho {d.collectives:02d} tập thể và {d.individuals:02d} cá nhân (có "
            "danh sách kèm theo) đã có thành tích xuất sắc trong thực hiện phong trào "
            f"“3 trách nhiệm” năm {d.year}."
        ]
        if d.reward_text:
            texts.append(d.reward_text)
        texts.append(
            "Văn phòng, các ban, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 "
            "căn cứ quyết định thi hành."
        )
        articles = [
            Paragraph((Run(f"Điều {i}. ", bold=True), Run(text)))
            for i, text in enumerate(texts, start=1)
        ]
        rows = [
            Row((i, a.recipient_name, a.position_unit, a.register_text))
            for i, a in enumerate(d.awards, start=1)
        ]
        blocks = [
            Paragraph(
                f"{committee} {(issuer.issuing_body or issuer.name).upper()}",
                bold=True,
                align=Align.CENTER,
                indent=False,
            ),
            *(Paragraph(line, italic=True) for line in BASIS),
        ]
        if proposed_by:
            blocks.append(Paragraph(f"Xét đề nghị của {proposed_by},", italic=True))
        blocks.append(Paragraph("QUYẾT ĐỊNH:", bold=True, align=Align.CENTER, indent=False))
        blocks.extend(articles)
        if d.state is DecisionState.ANNULLED:
            blocks.append(
                Paragraph(f"(Quyết định đã bị hủy. Lý do: {d.annul_reason})", italic=True)
            )
        return Document(
            title="QUYẾT ĐỊNH",
            subject=d.title,
            header=self._header(issuer, "QĐ", d.number, day),
            blocks=tuple(blocks),
            recipients=tuple(line for line in d.recipients_line.splitlines() if line.strip()),
            signatures=(
                unit_signature(issuer.has_standing_committee, d.signer_title, d.signer_name),
            ),
            annexes=(
                Annex(
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                    (
                        Table(
                            (
                                Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                                Column("Họ và tên / Tập thể", 2.4),
                                Column("Chức vụ và đơn vị", 3.4),
                                Column("Số vào sổ", 1.0, align=Align.CENTER),
                            ),
                            tuple(rows),
                            font_size=12,
                        ),
                    ),
                    subtitle=(
                        f"(Kèm theo Quyết định số {d.number_text}"
                        + (f" ngày {format_date(day)}" if day else "")
                        + f" của {committee.title()} {issuer.name})"
                    ),
                    landscape=True,
                    sheet_name="Danh sách kèm theo",
                ),
            ),
            file_title=f"Quyết định {d.number_text}" if d.number_text else "Quyết định",
            sheet_name="Quyết định",
        )

    # -- the register -----------------------------------------------------------------------
    def register(self, year: int | None = None, on: date | None = None) -> Document:
        """SỔ KHEN THƯỞNG: every register entry of the year (or of every year), landscape."""
        own = self._own()
        entries = self.commendations.register(year)
        rows = [
            Row(
                (
                    i,
                    a.register_text,
                    a.recipient_name,
                    a.position_unit,
                    FORM_LABELS[a.form],
                    a.decision_number,
                    _day(a.decision_date),
                    a.issuer_name,
                    "Đã hủy" if a.state is DecisionState.ANNULLED else a.code,
                )
            )
            for i, a in enumerate(entries, start=1)
        ]
        title = "SỔ KHEN THƯỞNG" + (f" NĂM {year}" if year else "")
        return Document(
            title=title,
            subject=own.name,
            header=self._header(own, "", on=on or self._today()),
            blocks=(
                Table(
                    (
                        Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
                        Column("Số vào sổ", 0.8, align=Align.CENTER),
                        Column("Họ và tên / Tập thể", 2.0),
                        Column("Chức vụ, đơn vị", 2.4),
                        Column("Hình thức", 1.0),
                        Column("Số quyết định", 1.2),
                        Column("Ngày", 1.0, ColumnKind.DATE),
                        Column("Cấp khen", 1.6),
                        Column("Mã xác thực", 1.5),
                    ),
                    tuple(rows),
                    font_size=11,
                ),
                Paragraph(f"Tổng số: {len(entries)} lượt khen thưởng.", italic=True),
            ),
            signatures=(self._signature(own),),
            landscape=True,
            file_title=title.capitalize(),
            sheet_name="Sổ khen thưởng",
        )
