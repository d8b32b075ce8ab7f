"""Periodic reports: drafts with their defaults, editing, issuing that freezes, and travel."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.domain.reports import ReportKind, ReportState
from tests.exchange.world import add_units, make_branch, open_unit

YEAR = 2026
COMPAT_V1 = Path(__file__).parents[1] / "compat" / "v1"


@pytest.fixture
def branch(tmp_path: Path):
    """A branch with eight members and three assessed months, its signer set."""
    made = make_branch(tmp_path, "CD-A", "HD", members=8, months=3, seed=4)
    own = made.ctx.units.own_unit()
    made.ctx.units.update(
        replace(
            own,
            doc_symbol="CĐ",
            place_name="Tân Hải",
            signer_title="BÍ THƯ",
            signer_name="Nguyễn Thị Lan",
            parent_name="Huyện đoàn Ninh Hải",
        )
    )
    try:
        yield made
    finally:
        made.ctx.close()


def test_a_new_report_has_its_defaults_figures_and_sentences(branch) -> None:
    """Kind, months, symbol, signer, Nơi nhận and trích yếu default from the unit; section
    II is written from the figures, section I says what the unit is."""
    report = branch.ctx.reports.make(ReportKind.QUARTER, YEAR, month=2)
    assert (report.kind, report.months, report.period) == (ReportKind.QUARTER, [1, 2, 3], "q1")
    assert report.state is ReportState.DRAFT
    assert report.number_line == "Số:      -BC/CĐ"
    assert (report.sign_for, report.signer_title, report.signer_name) == (
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Nguyễn Thị Lan",
    )
    assert report.recipients == "- BTV Huyện đoàn Ninh Hải (b/c);\n- Lưu."
    assert report.summary.endswith("quý I năm 2026")
    assert report.figures["members"] == 8
    assert report.figures["expected"] == 24 and report.figures["assessed"] == 24
    assert report.parts[0].startswith("Chi đoàn CD-A hiện có 8 đoàn viên")
    assert "24/24 lượt đoàn viên được đánh giá (100%)" in report.parts[1]
    assert report.annex["by"] == "member" and len(report.annex["rows"]) == 8


def test_a_draft_is_edited_then_issued_and_never_changes_again(branch) -> None:
    """Edits are kept; issuing freezes figures, number and date; afterwards saving,
    deleting, refreshing or issuing again is refused, and new data leaves it as it was."""
    reports = branch.ctx.reports
    draft = reports.make(ReportKind.H1, YEAR)
    parts = [*draft.parts]
    parts[2] = "Ưu điểm: đoàn viên tích cực.\nHạn chế: còn chậm."
    edited = reports.save(replace(draft, parts=parts, summary="Sơ kết 6 tháng", number="12"))
    assert edited.parts[2] == parts[2] and edited.number_line == "Số: 12-BC/CĐ"
    issued = reports.issue(draft.id, number="15")
    assert issued.issued and issued.issued_at and issued.number_line == "Số: 15-BC/CĐ"
    frozen = issued.figures
    branch.ctx.members.save(Member(given_name="Mới", family_middle_name="Trần"))
    for attempt in (
        lambda: reports.save(replace(issued, summary="Khác")),
        lambda: reports.delete(issued.id),
        lambda: reports.refresh(issued.id),
        lambda: reports.issue(issued.id),
    ):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.code == "report_issued"
    again = reports.get(issued.id)
    assert again.figures == frozen and again.summary == "Sơ kết 6 tháng"
    assert reports.make(ReportKind.H1, YEAR).figures["members"] == frozen["members"] + 1


def test_the_next_report_starts_from_the_previous_text(branch) -> None:
    """Sections I, III, IV and V start from the unit's previous report; II is written anew."""
    reports = branch.ctx.reports
    first = reports.make(ReportKind.MONTHLY, YEAR, month=2)
    parts = ["Đặc điểm riêng.", first.parts[1], "Đánh giá.", "Phương hướng.", "Kiến nghị."]
    reports.issue(reports.save(replace(first, parts=parts)).id)
    second = reports.draft(ReportKind.MONTHLY, YEAR, month=3)
    assert [second.parts[i] for i in (0, 2, 3, 4)] == [parts[i] for i in (0, 2, 3, 4)]
    assert "tháng 3 năm 2026" in second.parts[1]


def test_refused_drafts(branch) -> None:
    """A section longer than a cell, an empty trích yếu, a month out of range are refused."""
    reports = branch.ctx.reports
    draft = reports.draft(ReportKind.H1, YEAR)
    cases = [
        (replace(draft, parts=["x" * 40_000, "", "", "", ""]), "report_section_too_long"),
        (replace(draft, summary="  "), "report_summary_required"),
        (replace(draft, month_from=7, month_to=6), "period_months_invalid"),
    ]
    for bad, code in cases:
        with pytest.raises(ValidationError) as info:
            reports.save(bad)
        assert info.value.code == code
    with pytest.raises(ValidationError) as info:
        reports.make(ReportKind.MONTHLY, YEAR)
    assert info.value.code == "report_month_required"


def test_an_issued_report_travels_up_and_a_draft_does_not(branch, tmp_path) -> None:
    """The packet carries issued reports only; the district reads them and cannot edit them."""
    reports = branch.ctx.reports
    issued = reports.issue(reports.make(ReportKind.MONTHLY, YEAR, month=3).id, number="03")
    reports.make(ReportKind.QUARTER, YEAR, month=3)  # a draft stays at the branch
    packet = branch.ctx.packet_export.export_packet(YEAR, 3, tmp_path / "CD-A.xlsx")
    assert packet.counts["reports"] == 1
    upper = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn")
    try:
        add_units(upper, "HD", ["CD-A"])
        result = upper.packet_merge.apply([packet.path])
        assert result.files[0].status is ImportStatus.IMPORTED
        assert result.files[0].counts["reports"].created == 1
        (received,) = upper.reports.find(YEAR)
        assert (received.id, received.unit_code, received.number_line) == (
            issued.id,
            "CD-A",
            "Số: 03-BC/CĐ",
        )
        assert received.parts == issued.parts and received.figures == issued.figures
        with pytest.raises(ValidationError) as info:
            upper.reports.save(replace(received, summary="Sửa"))
        assert info.value.code == "report_not_own"
    finally:
        upper.close()


def test_report_periods_go_down_with_the_configuration(tmp_path) -> None:
    """Due dates set above arrive at the branch; an older configuration packet (version 1,
    without report periods) leaves the branch's as they were."""
    upper = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn")
    try:
        add_units(upper, "HD", ["CD-A"])
        h1 = upper.configuration.report_period(YEAR, "h1")
        assert h1.due_date == date(YEAR, 6, 20) and h1.months.months == range(1, 7)
        upper.configuration.set_report_periods(YEAR, [replace(h1, due_date=date(YEAR, 7, 5))])
        config = upper.configuration.export_config(YEAR, "CD-A", tmp_path / "cfg.xlsx").path
    finally:
        upper.close()
    branch = open_context(tmp_path / "cd.db", create=True)
    try:
        branch.configuration.import_config(config)
        got = branch.configuration.report_period(YEAR, "h1")
        assert (got.due_date, got.source) == (date(YEAR, 7, 5), "upper")
        assert branch.configuration.report_period(YEAR, "year").due_date == date(YEAR, 12, 5)
    finally:
        branch.close()
    old = tmp_path / "old.db"
    shutil.copy(COMPAT_V1 / "branches" / "CD-001.db", old)
    ctx = open_context(old)
    try:
        ctx.configuration.import_config(COMPAT_V1 / "config-CD-001.xlsx")
        kept = ctx.configuration.report_period(YEAR, "h1")
        assert (kept.due_date, kept.source) == (date(YEAR, 6, 20), "own")
    finally:
        ctx.close()


def test_a_district_report_has_a_by_unit_annex(tmp_path) -> None:
    """At an upper level the annex lists the units below, and the text names them."""
    upper = open_unit(tmp_path / "hd.db", "HD", "Huyện đoàn", level="Huyện đoàn")
    try:
        add_units(upper, "HD", ["CD-A", "CD-B"])
        upper.units.update(replace(upper.units.get("CD-A"), is_pilot=True, name="Chi đoàn CD-A"))
        packets = []
        for code, seed in (("CD-A", 1), ("CD-B", 2)):
            made = make_branch(tmp_path / code, code, "HD", members=4, months=6, seed=seed)
            packets.append(
                made.ctx.packet_export.export_packet(YEAR, 6, tmp_path / f"{code}.xlsx").path
            )
            made.ctx.close()
        upper.packet_merge.apply(packets)
        report = upper.reports.make(ReportKind.H1, YEAR)
        assert report.annex["by"] == "unit"
        assert [row["code"] for row in report.annex["rows"]] == ["CD-A", "CD-B"]
        assert report.figures["members"] == 8 and report.figures["units_below"] == 2
        assert "đến 2 chi đoàn trực thuộc với 8 đoàn viên" in report.parts[1]
        assert "Cơ sở làm điểm: Chi đoàn CD-A." in report.parts[1]
        assert report.sign_for == "TM. BAN CHẤP HÀNH"
        assert upper.reports.annex_table(report) is not None
    finally:
        upper.close()


def test_a_unit_with_a_standing_committee_signs_for_it(tmp_path) -> None:
    """“TM. BAN THƯỜNG VỤ” and “Lưu VP.” for a unit with a standing committee."""
    ctx = open_context(tmp_path / "x.db", create=True)
    try:
        ctx.units.create_own(
            Unit(code="HD", name="Huyện đoàn", has_standing_committee=True, doc_symbol="HĐTN",
                 parent_code="TD", parent_name="Tỉnh đoàn Quảng Ngãi")
        )  # fmt: skip
        report = ctx.reports.draft(ReportKind.YEAR, YEAR)
        assert report.sign_for == "TM. BAN THƯỜNG VỤ"
        assert report.recipients == "- BTV Tỉnh đoàn Quảng Ngãi (b/c);\n- Lưu VP."
        assert report.months == list(range(1, 12))
        assert report.summary == (
            "Tổng kết năm thực hiện phong trào “3 trách nhiệm” trong cán bộ, công chức trẻ năm 2026"
        )
    finally:
        ctx.close()
