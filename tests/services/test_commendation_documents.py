"""The commendation papers in the Đoàn layout: what each says, as PDF and as .xlsx."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bamtrachnhiem.domain.commendations import CommendationRound, ReviewVerdict
from tests.services.commendation_world import YEAR, build


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    """A round with CD-1's nominations voted and sent, approved, and an issued decision."""
    folder = tmp_path_factory.mktemp("papers")
    world = build(folder)
    hd = world.district.commendations
    r = hd.save_round(CommendationRound(YEAR, "Khen thưởng năm 2026", quotas={"CD-1": 2}))
    world.config_down("CD-1")
    cd1 = world.branches["CD-1"].commendations
    ids = [cd1.nominate(r.id, e.key).id for e in cd1.shortlist(r.id) if e.proposed]
    cd1.record_meeting(r.id, f"{YEAR}-12-10", {i: (9, 11) for i in ids})
    cd1.send(ids)
    world.packet_up("CD-1")
    hd.review(ids, ReviewVerdict.APPROVED)
    d = hd.create_decision(r.id)
    d = hd.issue(hd.save_decision(replace(d, number=45, decision_date=f"{YEAR}-12-20")).id)
    yield world, r, d
    world.close()


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _write(world_ctx, document, folder: Path, stem: str) -> tuple[str, Path]:
    pdf = world_ctx.documents.write_pdf(document, folder / f"{stem}.pdf")
    xlsx = world_ctx.documents.write_xlsx(document, folder / f"{stem}.xlsx")
    return _text(pdf), xlsx


def test_nomination_list_and_proposal_letter(papers, tmp_path: Path) -> None:
    """The branch's list has each nominee with summary and votes; the letter is addressed
    to the district and carries the list as its annex."""
    world, r, _d = papers
    ctx = world.branches["CD-1"]
    text, xlsx = _write(ctx, ctx.commendation_documents.nomination_list(r.id), tmp_path, "ds")
    assert "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" in text
    assert "Nguyễn Thị Ngọc Ánh" in text and "9/11" in text
    assert "Tổng số: 0 tập thể và 2 cá nhân." in text
    assert "Danh sách đề nghị" in load_workbook(xlsx).sheetnames
    text, xlsx = _write(ctx, ctx.commendation_documents.proposal_letter(r.id), tmp_path, "tt")
    assert "V/v đề nghị khen thưởng" in text
    assert "Kính gửi: Ban Thường vụ" in text
    assert "02 cá nhân" in text and "10/12/2026" in text
    assert "Trần Văn Bình" in text  # the annex
    assert len(load_workbook(xlsx).sheetnames) == 2


def test_meeting_minutes_list_the_votes(papers, tmp_path: Path) -> None:
    """The minutes give the meeting's date, those present and each nominee's votes."""
    world, r, _d = papers
    ctx = world.branches["CD-1"]
    text, _x = _write(ctx, ctx.commendation_documents.meeting_minutes(r.id), tmp_path, "bb")
    assert "BIÊN BẢN" in text and "Số người dự họp: 11." in text
    assert "81,8%" in text


def test_decision_with_its_annex_and_the_register(papers, tmp_path: Path) -> None:
    """The decision: number, căn cứ, Điều 1 with the counts, the annex with register
    numbers; the register lists every entry with its code."""
    world, _r, d = papers
    ctx = world.district
    text, xlsx = _write(ctx, ctx.commendation_documents.decision(d.id), tmp_path, "qd")
    assert "Số: 45-QĐ/HĐTN" in text
    assert "QUYẾT ĐỊNH:" in text and "Căn cứ Điều lệ Đoàn" in text
    assert "Tặng Giấy khen cho 00 tập thể và 02 cá nhân" in text
    assert "Xét đề nghị của Chi đoàn 1," in text
    assert "0001" in text and "0002" in text
    assert "Danh sách kèm theo" in load_workbook(xlsx).sheetnames
    text, _x = _write(ctx, ctx.commendation_documents.register(YEAR), tmp_path, "so")
    assert "SỔ KHEN THƯỞNG NĂM 2026" in text
    assert d.awards[0].code[:5] in text  # a code may wrap at its hyphen
