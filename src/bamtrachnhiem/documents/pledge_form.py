"""The pledge form to sign (bản đăng ký): one A4 page in the Youth Union document format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bamtrachnhiem.documents import pdf
from bamtrachnhiem.documents.layout import BODY_SIZES
from bamtrachnhiem.documents.model import (
    SIGN_NOTE,
    Align,
    Blank,
    Block,
    Column,
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
)
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.pledges import Pledge
from bamtrachnhiem.domain.records import Member, Unit

__all__ = ["BODY_SIZES", "body_size", "pledge_form_document", "write_pledge_form"]


def pledge_form_document(
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
) -> Document:
    """The form as a document: header, title, the member, what they pledge, two signatures.

    With ``pledge`` None it is blank, with dotted lines to fill in by hand. It must fit one
    page: the body type shrinks down to 11 pt to stay on it.
    """
    higher = (unit.higher_body or unit.parent_name.upper()) if unit else ""
    issuing = (unit.issuing_body or unit.name.upper()) if unit else ""
    born = format_date(member.birth_date) if member.birth_date else str(member.birth_year or "")
    blocks: list[Block] = [
        FieldRow((Field("Họ và tên", member.full_name, 0.64), Field("Ngày sinh", born, 0.36))),
        FieldRow((Field("Chức vụ", member.position),)),
        FieldRow((Field("Đơn vị công tác", member.department),)),
        FieldRow((Field("Sinh hoạt tại", unit.name if unit else ""),)),
        Paragraph(
            f"Tôi xin đăng ký thực hiện phong trào “3 trách nhiệm” năm {year} "
            "với những nội dung sau:"
        ),
    ]
    pillars: list[Block] = []
    for pillar in criteria_set.pillars:
        lines = pledge.commitments_of(pillar.code) if pledge else []
        content: list[Block] = [Paragraph(f"- {line}") for line in lines]
        if not lines:  # two lines to write on by hand
            content.append(Blank(2, "- "))
        pillars.append(Section(pillar.name, tuple(content)))
    blocks.append(Section("NỘI DUNG ĐĂNG KÝ", tuple(pillars)))
    targets = pledge.targets if pledge else []
    table = Table(
        columns=(
            Column("TT", 0.07, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Chỉ tiêu", 0.51),
            Column("Số lượng", 0.18, ColumnKind.NUMBER, decimals=2, align=Align.CENTER),
            Column("Đơn vị tính", 0.24, align=Align.CENTER),
        ),
        rows=tuple(
            Row((number, t.name, t.quantity, t.measure_unit))
            for number, t in enumerate(targets, start=1)
        ),
        blank_rows=0 if targets else 2,
        font_size=13.0,
    )
    blocks.append(Section("CHỈ TIÊU CÁ NHÂN", (table,)))
    if pledge and pledge.notes:
        blocks.append(Paragraph(f"Ghi chú: {pledge.notes}"))
    blocks.append(Paragraph("Tôi xin hứa thực hiện nghiêm túc những nội dung đã đăng ký."))
    return Document(
        title=f"BẢN ĐĂNG KÝ\nTHỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” NĂM {year}",
        header=Header(
            higher_body=higher,
            issuing_body=issuing or "BCH CHI ĐOÀN",
            place=unit.place_name if unit else "",
            date=place_date,
        ),
        blocks=tuple(blocks),
        signatures=(
            Signature(("XÁC NHẬN CỦA BCH CHI ĐOÀN",), space_mm=22),
            Signature(("NGƯỜI ĐĂNG KÝ",), name=member.full_name, note=SIGN_NOTE, space_mm=22),
        ),
        max_pages=1,
        file_title=f"Bản đăng ký 3 trách nhiệm {year} — {member.full_name}",
        sheet_name=f"Đăng ký {year}",
    )


def write_pledge_form(
    path: Path,
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
) -> Path:
    """Write the member's pledge form for ``year`` to ``path`` (PDF, one page, atomically).

    Refused with ``pledge_form_too_long`` when the content cannot fit one page even at
    11 pt, and with ``pdf_font_missing_chars`` when it holds characters the font cannot print.
    """
    document = pledge_form_document(unit, member, pledge, criteria_set, year, place_date)
    try:
        return pdf.write_pdf(document, Path(path))
    except ValidationError as exc:
        if exc.code == "document_too_long":
            raise ValidationError("pledge_form_too_long", name=member.full_name, year=year) from exc
        raise


def body_size(
    unit: Unit | None,
    member: Member,
    pledge: Pledge | None,
    criteria_set: CriteriaSet,
    year: int,
    place_date: date,
) -> float | None:
    """The largest body size in ``BODY_SIZES`` at which the form fits one page, or None."""
    document = pledge_form_document(unit, member, pledge, criteria_set, year, place_date)
    return pdf.fitting_body_size(document)
