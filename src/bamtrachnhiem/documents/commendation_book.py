"""The commendation workbook of a year: the register (sổ khen thưởng), nominations, decisions.

Values only (no formulas), numbers as numbers, dates as dates, Times New Roman 13, A4
landscape fitted to the page width, a header row frozen under the title lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from bamtrachnhiem.domain.commendations import (
    FORM_LABELS,
    Award,
    Decision,
    DecisionState,
    Nomination,
    RecipientKind,
)
from bamtrachnhiem.files import atomic_path

FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
STATE_LABELS = {
    "draft": "Dự thảo",
    "sent": "Đã gửi",
    "returned": "Trả lại",
    "approved": "Đã duyệt",
    "commended": "Được khen thưởng",
    "not_commended": "Không khen thưởng",
    "issued": "Đã ban hành",
    "annulled": "Đã hủy",
}
KIND_LABELS = {RecipientKind.INDIVIDUAL: "Cá nhân", RecipientKind.COLLECTIVE: "Tập thể"}


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _sheet(book: Workbook, title: str, heading: str, headers: list[str], widths: list[int],
           rows: Sequence[Sequence[object]], first: bool = False) -> None:  # fmt: skip
    sheet = book.active if first else book.create_sheet()
    assert sheet is not None
    sheet.title = title
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    last = get_column_letter(len(headers))
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"] = heading
    sheet["A1"].font = Font(name=FONT, size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=3, column=col, value=header)
        cell.font = Font(name=FONT, size=13, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BOX
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows, start=4):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            cell.font = Font(name=FONT, size=13)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = _BOX
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "3:3"


def write_commendation_book(
    path: Path,
    unit_name: str,
    year: int,
    register: Sequence[Award],
    nominations: Sequence[Nomination],
    decisions: Sequence[Decision],
) -> Path:
    """Write the year's register, nominations and decisions to ``path`` atomically."""
    book = Workbook()
    _sheet(
        book,
        "Sổ khen thưởng",
        f"SỔ KHEN THƯỞNG NĂM {year} — {unit_name.upper()}",
        ["STT", "Số vào sổ", "Họ và tên / Tập thể", "Cá nhân/Tập thể", "Chức vụ, đơn vị",
         "Hình thức", "Số quyết định", "Ngày quyết định", "Cấp khen", "Mã xác thực", "Tình trạng"],
        [6, 10, 28, 12, 30, 14, 16, 14, 24, 14, 14],
        [
            [i, a.register_text, a.recipient_name, KIND_LABELS[a.recipient_kind], a.position_unit,
             FORM_LABELS[a.form], a.decision_number, _date(a.decision_date), a.issuer_name,
             a.code, STATE_LABELS.get(a.state.value, "") if a.state is DecisionState.ANNULLED
             else ""]
            for i, a in enumerate(register, start=1)
        ],
        first=True,
    )  # fmt: skip
    _sheet(
        book,
        "Đề nghị",
        f"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM {year}",
        ["STT", "Họ và tên / Tập thể", "Năm sinh", "Chức vụ, đơn vị", "Tóm tắt thành tích",
         "Số phiếu", "Đơn vị đề nghị", "Tình trạng", "Lý do"],
        [6, 28, 9, 28, 60, 10, 14, 16, 30],
        [
            [i, n.nominee_name, n.birth_year, n.position_unit, n.summary, n.votes_text,
             n.unit_code, STATE_LABELS.get(n.state.value, n.state.value), n.review_reason]
            for i, n in enumerate(nominations, start=1)
        ],
    )  # fmt: skip
    _sheet(
        book,
        "Quyết định",
        f"QUYẾT ĐỊNH KHEN THƯỞNG NĂM {year}",
        ["STT", "Số quyết định", "Ngày", "Trích yếu", "Người ký", "Tập thể", "Cá nhân",
         "Tình trạng", "Lý do hủy"],
        [6, 16, 14, 60, 22, 9, 9, 14, 30],
        [
            [i, d.number_text, _date(d.decision_date), d.title, d.signer_name, d.collectives,
             d.individuals, STATE_LABELS.get(d.state.value, ""), d.annul_reason]
            for i, d in enumerate(decisions, start=1)
        ],
    )  # fmt: skip
    with atomic_path(path) as temp:
        book.save(temp)
    return Path(path)
