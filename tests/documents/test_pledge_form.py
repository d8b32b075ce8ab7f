"""The printed pledge form: one A4 page, fonts embedded, Vietnamese intact, written atomically."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from bamtrachnhiem.documents import pdf
from bamtrachnhiem.documents.pledge_form import BODY_SIZES, body_size, write_pledge_form
from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.pledges import (
    COMMITMENT_SUGGESTIONS,
    Commitment,
    PersonalTarget,
    Pledge,
    TargetKind,
)
from bamtrachnhiem.domain.records import Member, Unit

UNIT = Unit(
    code="CD-UBND-PD",
    name="Chi đoàn Cơ quan UBND xã Phước Dân",
    higher_body="ĐOÀN XÃ PHƯỚC DÂN",
    issuing_body="BCH CHI ĐOÀN CƠ QUAN UBND",
    place_name="Phước Dân",
)
MEMBER = Member(
    given_name="Ánh",
    family_middle_name="Nguyễn Thị Ngọc",
    birth_date=date(1996, 3, 5),
    position="Chuyên viên",
    department="Văn phòng HĐND và UBND xã",
    id="m1",
)
CRITERIA = default_criteria_set(2026)
ON = date(2026, 1, 5)


def _pledge(commitments=None, targets=None, notes="") -> Pledge:
    return Pledge(
        member_id="m1",
        year=2026,
        commitments=commitments
        if commitments is not None
        else [
            Commitment("A", COMMITMENT_SUGGESTIONS["A"][0]),
            Commitment("B", "Hướng dẫn tận tình người dân thực hiện thủ tục hành chính"),
            Commitment("C", "Học tập nâng cao kỹ năng xã hội, ngoại ngữ, tin học"),
        ],
        targets=targets
        if targets is not None
        else [
            PersonalTarget(TargetKind.INITIATIVES, "Sáng kiến, giải pháp", 1, "sáng kiến"),
            PersonalTarget(TargetKind.VOLUNTEER_DAYS, "Ngày tình nguyện", 5, "ngày"),
        ],
        notes=notes,
    )


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def _text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, NFC, whitespace collapsed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(unicodedata.normalize("NFC", out).split())


def test_form_is_one_page_with_tinos_embedded(tmp_path):
    """The PDF has exactly one page and embeds the Tinos faces as TrueType subsets."""
    path = write_pledge_form(tmp_path / "form.pdf", UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert _pages(data) == 1
    assert data.count(b"/FontFile2") == 3  # regular, bold, italic (no bold italic here)
    assert b"+Tinos" in data
    assert b"Helvetica" not in data  # no reportlab default font sneaks in


def test_form_reads_back_in_vietnamese(tmp_path):
    """Header, title, member, pillar names, commitments and targets read back exactly."""
    path = write_pledge_form(tmp_path / "form.pdf", UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    text = _text(path)
    for expected in (
        "ĐOÀN XÃ PHƯỚC DÂN",
        "BCH CHI ĐOÀN CƠ QUAN UBND",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Phước Dân, ngày 05 tháng 01 năm 2026",
        "BẢN ĐĂNG KÝ",
        "THỰC HIỆN PHONG TRÀO “3 TRÁCH NHIỆM” NĂM 2026",
        "Nguyễn Thị Ngọc Ánh",
        "05/03/1996",
        "1. Trách nhiệm với công việc",
        "2. Trách nhiệm với nhân dân",
        "3. Trách nhiệm với chính mình",
        "Hướng dẫn tận tình người dân thực hiện thủ tục hành chính",
        "Ngày tình nguyện",
        "XÁC NHẬN CỦA BCH CHI ĐOÀN",
        "NGƯỜI ĐĂNG KÝ",
    ):
        assert expected in text, expected


def test_pillar_names_come_from_the_years_set(tmp_path):
    """A year whose pillars are renamed prints the new names, never hard-coded ones."""
    from dataclasses import replace

    from bamtrachnhiem.domain.criteria import Pillar

    renamed = replace(
        CRITERIA,
        pillars=(
            Pillar("A", "Trách nhiệm với công việc"),
            Pillar("B", "Trách nhiệm với cộng đồng"),
            Pillar("C", "Trách nhiệm với bản thân"),
        ),
    )
    path = write_pledge_form(tmp_path / "f.pdf", UNIT, MEMBER, _pledge(), renamed, 2026, ON)
    text = _text(path)
    assert "2. Trách nhiệm với cộng đồng" in text
    assert "Trách nhiệm với nhân dân" not in text


def test_blank_form_before_pledging(tmp_path):
    """Without a pledge the form prints with room to write by hand."""
    path = write_pledge_form(tmp_path / "blank.pdf", UNIT, MEMBER, None, CRITERIA, 2026, ON)
    assert _pages(path.read_bytes()) == 1
    assert "……" in _text(path)


def test_long_pledge_shrinks_to_stay_on_one_page(tmp_path):
    """Twelve suggestions and a long line of one's own: smaller type, still one page."""
    commitments = [
        Commitment(code, t) for code, texts in COMMITMENT_SUGGESTIONS.items() for t in texts[:4]
    ]
    commitments.append(Commitment("C", "Tham gia lớp bồi dưỡng " + "kỹ năng số " * 12))
    targets = [PersonalTarget(TargetKind.OTHER, f"Chỉ tiêu số {n}", n, "lần") for n in range(1, 5)]
    pledge = _pledge(commitments, targets, notes="Đăng ký bổ sung sau hội nghị chi đoàn.")
    size = body_size(UNIT, MEMBER, pledge, CRITERIA, 2026, ON)
    assert size is not None and size < BODY_SIZES[0]
    path = write_pledge_form(tmp_path / "long.pdf", UNIT, MEMBER, pledge, CRITERIA, 2026, ON)
    assert _pages(path.read_bytes()) == 1


def test_impossible_length_is_refused_without_a_file(tmp_path):
    """Content that cannot fit even at 11 pt is refused and no file appears."""
    lines = [Commitment("A", f"Nội dung số {n}: " + "cải cách hành chính " * 15) for n in range(40)]
    with pytest.raises(ValidationError) as refused:
        write_pledge_form(tmp_path / "x.pdf", UNIT, MEMBER, _pledge(lines), CRITERIA, 2026, ON)
    assert refused.value.code == "pledge_form_too_long"
    assert list(tmp_path.iterdir()) == []


def test_unprintable_characters_are_refused(tmp_path):
    """Characters the font lacks are named instead of printing as empty boxes."""
    pledge = _pledge([Commitment("A", "Học tiếng Trung 中文")])
    with pytest.raises(ValidationError) as refused:
        write_pledge_form(tmp_path / "x.pdf", UNIT, MEMBER, pledge, CRITERIA, 2026, ON)
    assert refused.value.code == "pdf_font_missing_chars"
    assert refused.value.params["chars"] == "中 文"


def test_write_leaves_no_temporary_file(tmp_path):
    """After writing, the folder holds the PDF and nothing else."""
    write_pledge_form(tmp_path / "form.pdf", UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    assert [p.name for p in tmp_path.iterdir()] == ["form.pdf"]


def test_failure_keeps_the_old_file_and_no_partial(tmp_path, monkeypatch):
    """A disk-full while writing keeps the previous PDF intact and leaves no temporary file."""
    target = tmp_path / "form.pdf"
    write_pledge_form(target, UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    previous = target.read_bytes()

    def disk_full(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf.Canvas, "save", disk_full)
    with pytest.raises(ValidationError) as refused:
        write_pledge_form(target, UNIT, MEMBER, _pledge(notes="mới"), CRITERIA, 2026, ON)
    assert refused.value.code == "pdf_write_failed"
    assert refused.value.params["reason"] == "No space left on device"
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["form.pdf"]


def test_unexpected_failure_leaves_no_partial_file(tmp_path, monkeypatch):
    """Any other failure mid-way also removes the temporary file and creates nothing."""

    def broken(self):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(pdf.Canvas, "save", broken)
    with pytest.raises(RuntimeError):
        write_pledge_form(tmp_path / "form.pdf", UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path):
    """Writing into a folder that does not exist says so with the path."""
    target = tmp_path / "nowhere" / "form.pdf"
    with pytest.raises(ValidationError) as refused:
        write_pledge_form(target, UNIT, MEMBER, _pledge(), CRITERIA, 2026, ON)
    assert refused.value.code == "pdf_write_failed"
    assert refused.value.params["path"] == str(target)
