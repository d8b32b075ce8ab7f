"""Reading back what the renderers wrote: PDF text, page sizes, word boxes (poppler-utils),
and LibreOffice's conversion of a workbook."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

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
    Table,
    unit_signature,
)

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng


def vietnamese_letters() -> str:
    """Every Vietnamese letter with every tone, lower then upper case, as NFC."""
    lower = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
    return "".join(lower) + "".join(ch.upper() for ch in lower)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """The PDF's text as pdftotext reads it, NFC, whitespace collapsed."""
    args = [_tool("pdftotext"), "-enc", "UTF-8"] + (["-layout"] if layout else [])
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFC", out.decode("utf-8")).split())


def page_texts(path: Path) -> list[str]:
    """Each page's text, in order."""
    out = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    pages = unicodedata.normalize("NFC", out).split("\f")
    return [" ".join(p.split()) for p in pages if p.strip()]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) of each page in points, from pdfinfo."""
    out = subprocess.run(
        [_tool("pdfinfo"), "-f", "1", "-l", "9999", str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    ]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(path: Path) -> list[Word]:
    """Every word with its box in points (origin at the top left of its page)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    found: list[Word] = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            found.append(
                Word(
                    number,
                    unicodedata.normalize("NFC", html.unescape(text)),
                    float(x0),
                    float(y0),
                    float(x1),
                    float(y1),
                )
            )
    return found


def libreoffice_pdf(workbook: Path, out_dir: Path) -> Path:
    """Convert ``workbook`` with LibreOffice headless (its own profile); the PDF it wrote."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    profile = out_dir / "lo-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = out_dir / (workbook.stem + ".pdf")
    assert result.returncode == 0, result.stderr
    assert converted.exists(), result.stdout + result.stderr
    return converted


LONG_UNIT = "Chi đoàn Văn phòng UBND huyện Bình Sơn kiêm nhiệm Ban Quản lý dự án đầu tư xây dựng"


def by_unit_table(units: int = 30) -> Table:
    """A wide table by unit with a grouped header and a totals row."""
    names = [LONG_UNIT, "Chi đoàn Phòng Tài chính - Kế hoạch", "Chi đoàn Trung tâm Y tế"]
    rows = [Row((n + 1, names[n % 3], 40 + n, 37 + n, 92.5, 12, 20, 6, 2)) for n in range(units)]
    rows.append(Row(("Tổng cộng", 1000, 900, 90.0, 300, 500, 150, 50), bold=True, label_span=2))
    return Table(
        columns=(
            Column("STT", 0.5, ColumnKind.NUMBER, align=Align.CENTER),
            Column("Đơn vị", 3.5),
            Column("Đoàn viên", 1, ColumnKind.NUMBER),
            Column("Đã đăng ký", 1, ColumnKind.NUMBER),
            Column("Tỷ lệ (%)", 1, ColumnKind.NUMBER, decimals=1),
            Column("Xuất sắc", 1, ColumnKind.NUMBER),
            Column("Tốt", 1, ColumnKind.NUMBER),
            Column("Đạt", 1, ColumnKind.NUMBER),
            Column("Chưa đạt", 1, ColumnKind.NUMBER),
        ),
        rows=tuple(rows),
        groups=(ColumnGroup("", 5), ColumnGroup("Xếp loại tháng", 4)),
    )


def sample_report(**changes: object) -> Document:
    """A sơ kết report: header with number, sections three deep, Nơi nhận, signature, and a
    landscape annex by unit."""
    from dataclasses import replace
    from datetime import date

    document = Document(
        title="BÁO CÁO",
        subject="Sơ kết 6 tháng đầu năm thực hiện phong trào “3 trách nhiệm”\n"
        "trong cán bộ, công chức trẻ năm 2026",
        header=Header(
            higher_body="ĐOÀN KHỐI CÁC CƠ QUAN TỈNH",
            issuing_body="BCH ĐOÀN CƠ QUAN HUYỆN BÌNH SƠN",
            number=DocumentNumber("BC", "ĐTN", 12),
            place="Bình Sơn",
            date=date(2026, 6, 15),
        ),
        blocks=(
            Section("ĐẶC ĐIỂM TÌNH HÌNH", (Paragraph("Đoàn cơ quan có 12 chi đoàn."),)),
            Section(
                "KẾT QUẢ THỰC HIỆN",
                (
                    Section("Công tác triển khai", (Paragraph("Ban hành kế hoạch."),)),
                    Section(
                        "Kết quả đăng ký",
                        (
                            Section("Trách nhiệm với công việc", (Paragraph("Nội dung a."),)),
                            Section("Trách nhiệm với nhân dân", (Paragraph("Nội dung b."),)),
                        ),
                    ),
                ),
            ),
            Section("PHƯƠNG HƯỚNG", (Paragraph("Tiếp tục triển khai."),)),
        ),
        recipients=("- BTV Tỉnh Đoàn (b/c);", "- Lưu VP."),
        signatures=(unit_signature(True, "BÍ THƯ", "Nguyễn Thị Ngọc Ánh"),),
        annexes=(
            Annex(
                "PHỤ LỤC\nKẾT QUẢ THEO ĐƠN VỊ",
                (by_unit_table(),),
                subtitle="(Kèm theo Báo cáo số 12-BC/ĐTN ngày 15/6/2026)",
                landscape=True,
            ),
        ),
    )
    return replace(document, **changes)  # type: ignore[arg-type]
