"""Each context works on its own file only, and every committed change says what it touched."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.changes import Changes
from bamtrachnhiem.domain.criteria import default_criteria_set
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.kinds import ALL_KINDS, BY_TABLE
from bamtrachnhiem.domain.pledges import Commitment, Pledge
from bamtrachnhiem.domain.records import Member, MemberStatus, Unit
from bamtrachnhiem.domain.reports import ReportKind

YEAR = 2026


def _open(path: Path, code: str, parent: str | None = None) -> AppContext:
    ctx = open_context(path, create=True)
    ctx.units.create_own(Unit(code=code, name=f"Đơn vị {code}", parent_code=parent))
    return ctx


@pytest.fixture
def pair(tmp_path: Path):
    a = _open(tmp_path / "a.db", "CD-A")
    b = _open(tmp_path / "b.db", "CD-B")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _names(ctx: AppContext) -> list[str]:
    return [m.full_name for m in ctx.members.find()]


def test_two_contexts_in_one_process_never_write_into_each_other(pair) -> None:
    """Saving through a's services changes a.db only, whichever context opened last."""
    a, b = pair
    a.members.save(Member(given_name="An", family_middle_name="Nguyễn Văn"))
    b.members.save(Member(given_name="Bình", family_middle_name="Trần Thị"))
    a.years.open_year(YEAR)
    assert _names(a) == ["Nguyễn Văn An"]
    assert _names(b) == ["Trần Thị Bình"]
    assert a.years.years() == [YEAR]
    assert b.years.years() == []
    assert a.members.find()[0].unit_code == "CD-A"
    assert b.units.own_unit().code == "CD-B"


def test_scores_checked_against_their_own_files_criteria(pair) -> None:
    """A's grid is checked against a's criteria even when b's set says otherwise."""
    a, b = pair
    an = a.members.save(Member(given_name="An"))
    b.members.save(Member(given_name="Bình"))
    a.years.open_year(YEAR)
    strict = default_criteria_set(YEAR)
    strict = replace(strict, criteria=[replace(c, max_points=1) for c in strict.criteria])
    b.years.open_year(YEAR)
    b.years.save_own(strict)
    row = next(r for r in a.assessments.grid(YEAR, 3).rows if r.member_id == an.id)
    saved = a.assessments.save_grid(YEAR, 3, [replace(row.assessment, self_scores={"A1": 15})])
    assert saved[0].self_scores == {"A1": 15}
    assert b.assessments.grid(YEAR, 3).rows[0].assessment.self_scores == {}


def test_a_closed_context_cannot_be_reached_through_another(pair, tmp_path: Path) -> None:
    """Closing a leaves b working; a's models refuse to run instead of finding b's file."""
    a, b = pair
    a_models = a.database.models
    a.close()
    b.members.save(Member(given_name="Bình"))
    with pytest.raises(Exception):  # noqa: B017 - peewee's own "closed" error
        a_models.Member.select().count()
    assert _names(b) == ["Bình"]


# --- every change announced ---------------------------------------------------------------


class Recorder:
    """Records the tables each statement wrote (temporary triggers) and what was announced."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.announced: list[Changes] = []
        ctx.database.on_change(self.announced.append)
        conn = ctx.database.connection
        conn.execute_sql("CREATE TEMP TABLE touched (name TEXT)")
        for kind in ALL_KINDS:
            for event in ("INSERT", "UPDATE", "DELETE"):
                conn.execute_sql(
                    f"CREATE TEMP TRIGGER touch_{kind.table}_{event.lower()} AFTER {event} "
                    f"ON main.{kind.table} BEGIN INSERT INTO touched VALUES "
                    f"('{kind.table}'); END"
                )

    def check(self, action, *args, **kwargs):
        """Run ``action``; every table it changed must be among the kinds announced."""
        conn = self.ctx.database.connection
        conn.execute_sql("DELETE FROM temp.touched")
        self.announced.clear()
        result = action(*args, **kwargs)
        touched = {
            BY_TABLE[name].name
            for (name,) in conn.execute_sql("SELECT DISTINCT name FROM temp.touched")
        }
        announced = Changes()
        for changes in self.announced:
            announced = announced | changes
        missing = {k for k in touched if not announced.touches(k)}
        assert not missing, f"{getattr(action, '__qualname__', action)} did not announce {missing}"
        return result


def _member_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Điện thoại"])
    sheet.append([1, "Phạm Thu Hà", "05/03/1996", "Nữ", "Chuyên viên", "0912345678"])
    sheet.append([2, "Lê Minh Đức", "12/11/1994", "Nam", "Cán bộ", "0987654321"])
    book.save(path)
    return path


def test_every_service_change_announces_the_kinds_it_wrote(tmp_path: Path) -> None:
    """Each mutation of every service, and a packet and a configuration import, announce
    every kind whose table they changed (checked with triggers on the real tables)."""
    upper = _open(tmp_path / "upper.db", "HD")
    branch = _open(tmp_path / "branch.db", "CD-1", parent="HD")
    try:
        up = Recorder(upper)
        br = Recorder(branch)
        up.check(upper.units.add, Unit(code="CD-1", name="Chi đoàn 1", parent_code="HD"))
        up.check(upper.units.set_level_labels, ["Huyện đoàn", "Chi đoàn"])
        up.check(upper.years.open_year, YEAR)
        up.check(upper.configuration.set_deadlines, YEAR, {1: date(YEAR, 2, 5)})
        h1 = upper.configuration.report_period(YEAR, "h1")
        up.check(
            upper.configuration.set_report_periods, YEAR, [replace(h1, due_date=date(YEAR, 7, 5))]
        )
        up.check(
            upper.campaigns.save,
            Campaign("Tháng Thanh niên", date(YEAR, 3, 1), date(YEAR, 3, 31),
                     targets=[CampaignTarget("Hồ sơ hỗ trợ", "hồ sơ", 100)]),
        )  # fmt: skip
        config = up.check(upper.configuration.export_config, YEAR, "CD-1", tmp_path / "cfg.xlsx")
        br.check(branch.configuration.import_config, config.path)

        an = br.check(branch.members.save, Member(given_name="An", family_middle_name="Võ"))
        binh = br.check(branch.members.save, Member(given_name="Bình"))
        br.check(branch.members.set_status, binh.id, MemberStatus.TRANSFERRED, date(YEAR, 2, 1))
        extra = br.check(branch.members.save, Member(given_name="Xoá"))
        br.check(branch.members.delete, extra.id)
        preview = branch.member_import.preview(_member_list(tmp_path / "ds.xlsx"))
        br.check(branch.member_import.apply, preview)

        pledge = br.check(
            branch.pledges.save,
            Pledge(member_id=an.id, year=YEAR, commitments=[Commitment("A", "Đúng hạn")]),
        )
        br.check(branch.pledges.submit, pledge.id)
        br.check(branch.pledges.approve, pledge.id)
        initiative = br.check(
            branch.initiatives.save,
            Initiative(title="Số hóa hồ sơ", year=YEAR, authors=[an.id]),
        )
        br.check(branch.initiatives.move_to, initiative.id, InitiativeState.TRIAL)
        campaign = branch.campaigns.find(YEAR)[0]
        br.check(branch.campaigns.record_achieved, campaign.targets[0].id, 40)
        own_campaign = br.check(
            branch.campaigns.save,
            Campaign("Ngày Chủ nhật xanh", date(YEAR, 4, 1), date(YEAR, 4, 30)),
        )
        activity = br.check(
            branch.activities.save,
            Activity(date(YEAR, 3, 8), ActivityKind.VOLUNTEER, title="Dọn vệ sinh",
                     participants=[an.id], campaign_id=campaign.id),
        )  # fmt: skip
        br.check(branch.activities.delete, activity.id)
        br.check(branch.campaigns.delete, own_campaign.id)
        row = next(r for r in branch.assessments.grid(YEAR, 3).rows if r.member_id == an.id)
        br.check(
            branch.assessments.save_grid, YEAR, 3, [replace(row.assessment, self_scores={"A1": 12})]
        )
        br.check(branch.assessments.confirm_month, YEAR, 3)
        br.check(branch.assessments.unlock_month, YEAR, 3, "Sửa điểm")
        draft = br.check(branch.reports.make, ReportKind.MONTHLY, YEAR, month=3)
        br.check(branch.reports.save, replace(draft, number="03"))
        br.check(branch.reports.refresh, draft.id, rewrite_results=True)
        br.check(branch.reports.issue, draft.id)
        spare = br.check(branch.reports.make, ReportKind.QUARTER, YEAR, month=3)
        br.check(branch.reports.delete, spare.id)
        # Commendations: a round sent down, a nomination with votes sent up (below).
        from bamtrachnhiem.domain.commendations import CommendationRound, ReviewVerdict

        up.check(upper.commendations.set_register_format, "{n:04d}")
        up.check(upper.commendations.set_default_rule, upper.commendations.default_rule())
        round_ = up.check(
            upper.commendations.save_round, CommendationRound(YEAR, "Khen năm", quotas={"CD-1": 2})
        )
        up.check(upper.configuration.export_config, YEAR, "CD-1", tmp_path / "cfg2.xlsx")
        br.check(branch.configuration.import_config, tmp_path / "cfg2.xlsx")
        nomination = br.check(branch.commendations.nominate, round_.id, an.id)
        br.check(
            branch.commendations.record_meeting, round_.id, f"{YEAR}-12-01", {nomination.id: (5, 6)}
        )
        br.check(branch.commendations.send, [nomination.id])
        packet = br.check(branch.packet_export.export_packet, YEAR, 3, tmp_path / "p.xlsx")

        up.check(upper.packet_merge.preview, [packet.path])
        report = up.check(upper.packet_merge.apply, [packet.path])
        assert report.files[0].status.value == "imported"
        up.check(upper.commendations.review, [nomination.id], ReviewVerdict.APPROVED)
        decision = up.check(upper.commendations.create_decision, round_.id)
        decision = up.check(
            upper.commendations.save_decision,
            replace(decision, number=1, decision_date=f"{YEAR}-12-20", signer_name="Hải"),
        )
        up.check(upper.commendations.issue, decision.id)
        up.check(upper.certificates.set_offset, "overlay", 1.5, -0.5)
        up.check(upper.certificates.print_decision, decision.id, tmp_path / "gk.pdf")
        up.check(upper.commendations.annul, decision.id, "Nhầm")
        up.check(upper.certificates.reset_template, "overlay")
        draft = up.check(upper.commendations.save_round, CommendationRound(YEAR, "Đợt hai"))
        up.check(upper.commendations.close_round, draft.id)
        up.check(upper.packet_merge.apply, [tmp_path / "cfg.xlsx"])  # refused: logged
        with pytest.raises(ValidationError):
            br.check(branch.members.save, Member(given_name=""))
        assert br.announced == []

        backup = branch.database.backup()
        br.check(branch.database.restore, backup)
        assert br.announced[-1].everything
    finally:
        upper.close()
        branch.close()


def test_a_rolled_back_change_announces_nothing(tmp_path: Path) -> None:
    """Only committed changes are announced; a failing write is silent."""
    ctx = _open(tmp_path / "t.db", "CD")
    heard: list[Changes] = []
    ctx.database.on_change(heard.append)
    try:
        with pytest.raises(RuntimeError), ctx.database.write("members"):
            raise RuntimeError("power cut")
        assert heard == []
        ctx.members.save(Member(given_name="An"))
        assert heard == [Changes(frozenset({"members"}))]
    finally:
        ctx.close()
