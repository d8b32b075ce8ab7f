"""The December flow of commendations, each step through real packets between databases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bamtrachnhiem.domain.commendations import (
    CommendationRound,
    DecisionState,
    NominationState,
    QuotaBase,
    RecipientKind,
    Refusal,
    ReviewVerdict,
    VerifyStatus,
    quota_for,
)
from bamtrachnhiem.domain.errors import ValidationError
from tests.services.commendation_world import YEAR, World, build


@pytest.fixture(scope="module")
def world_folder(tmp_path_factory) -> Path:
    """One built world, copied for each test (building it takes a few seconds)."""
    folder = tmp_path_factory.mktemp("world")
    build(folder).close()
    return folder


@pytest.fixture
def world(world_folder: Path, tmp_path: Path):
    import shutil

    from bamtrachnhiem.bootstrap import open_context

    for path in world_folder.glob("*.db"):
        shutil.copy(path, tmp_path / path.name)
    district = open_context(tmp_path / "district.db")
    branches = {code: open_context(tmp_path / f"{code}.db") for code in ("CD-1", "CD-2")}
    members = {
        code: {m.full_name: m.id for m in ctx.members.find()} for code, ctx in branches.items()
    }
    w = World(tmp_path, district, branches, members)
    try:
        yield w
    finally:
        w.close()


def _open_round(w: World, **changes) -> CommendationRound:
    r = w.district.commendations.save_round(
        replace(CommendationRound(YEAR, "Khen thưởng năm 2026"), **changes)
    )
    for code in w.branches:
        w.config_down(code)
    return r


def test_a_round_travels_down_with_its_rule_and_quotas(world: World) -> None:
    """The district's round, rule and hand-set quota arrive at the branch as read-only."""
    r = _open_round(world, quotas={"CD-2": 3})
    got = world.branches["CD-2"].commendations.rounds(YEAR)
    assert [x.id for x in got] == [r.id]
    assert got[0].rule == r.rule and got[0].unit_code == "HD"
    assert world.branches["CD-2"].commendations.quota(r.id) == 3
    with pytest.raises(ValidationError) as error:
        world.branches["CD-2"].commendations.save_round(replace(got[0], name="Khác"))
    assert error.value.code == "round_not_own"


def test_the_shortlist_shows_evidence_and_picks_by_any_path(world: World) -> None:
    """Ánh qualifies by an initiative, Bình by volunteering; Cường is vetoed and the
    transferred Dũng refused; Hà's mean is too low."""
    r = _open_round(world)
    entries = {e.name: e for e in world.branches["CD-1"].commendations.shortlist(r.id)}
    assert entries["Nguyễn Thị Ngọc Ánh"].proposed
    assert entries["Nguyễn Thị Ngọc Ánh"].evidence.mean == 95.0
    assert entries["Nguyễn Thị Ngọc Ánh"].evidence.band == "Xuất sắc"
    assert entries["Nguyễn Thị Ngọc Ánh"].evidence.months_assessed == 12
    assert entries["Nguyễn Thị Ngọc Ánh"].evidence.initiatives == 1
    assert "tình nguyện" in entries["Trần Văn Bình"].paths[0]
    assert entries["Lê Minh Cường"].refusal is Refusal.VETO
    assert entries["Võ Hữu Dũng"].refusal is Refusal.INACTIVE
    assert not entries["Phạm Thu Hà"].proposed
    assert list(entries)[:2] == ["Nguyễn Thị Ngọc Ánh", "Trần Văn Bình"]


def test_inactive_vetoed_and_foreign_nominees_are_refused_with_the_reason(world: World) -> None:
    """Nominating a vetoed or transferred member, a member twice, or a unit not below is
    refused with its own code."""
    r = _open_round(world)
    cd1 = world.branches["CD-1"].commendations
    ids = world.members["CD-1"]
    for name, code in (
        ("Lê Minh Cường", "nomination_member_vetoed"),
        ("Võ Hữu Dũng", "nomination_member_inactive"),
    ):
        with pytest.raises(ValidationError) as error:
            cd1.nominate(r.id, ids[name])
        assert error.value.code == code
    cd1.nominate(r.id, ids["Nguyễn Thị Ngọc Ánh"])
    with pytest.raises(ValidationError) as error:
        cd1.nominate(r.id, ids["Nguyễn Thị Ngọc Ánh"])
    assert error.value.code == "nomination_duplicate"
    with pytest.raises(ValidationError) as error:
        cd1.nominate(r.id, world.members["CD-2"]["Hoàng Thị Lan"])
    assert error.value.code == "nomination_not_own_member"
    with pytest.raises(ValidationError) as error:
        cd1.nominate(r.id, "CD-2", RecipientKind.COLLECTIVE)
    assert error.value.code == "nomination_not_unit_below"


def test_going_over_the_quota_needs_a_note(world: World) -> None:
    """With a quota of one, sending two needs a note on each; with notes they go."""
    r = _open_round(world, quotas={"CD-1": 1})
    cd1 = world.branches["CD-1"].commendations
    ids = world.members["CD-1"]
    a = cd1.nominate(r.id, ids["Nguyễn Thị Ngọc Ánh"])
    b = cd1.nominate(r.id, ids["Phạm Thu Hà"])
    cd1.record_meeting(r.id, f"{YEAR}-12-10", {a.id: (9, 10), b.id: (6, 10)})
    assert cd1.over_quota(r.id) == (1, 2)
    with pytest.raises(ValidationError) as error:
        cd1.send([a.id, b.id])
    assert error.value.code == "nomination_over_quota"
    for n in (a, b):
        cd1.save_nomination(replace(cd1.nomination(n.id), over_quota_note="Đơn vị có thành tích"))
    sent = cd1.send([a.id, b.id])
    assert {n.state for n in sent} == {NominationState.SENT}


def test_the_summary_is_prefilled_and_votes_are_checked(world: World) -> None:
    """The summary says the mean and the initiative; votes above those present are refused;
    a summary over 600 characters is refused."""
    r = _open_round(world)
    cd1 = world.branches["CD-1"].commendations
    n = cd1.nominate(r.id, world.members["CD-1"]["Nguyễn Thị Ngọc Ánh"])
    assert n.summary.startswith("Bình quân năm 95 điểm, xếp loại Xuất sắc (12 tháng")
    assert "01 sáng kiến" in n.summary
    assert n.figures["mean"] == 95.0
    with pytest.raises(ValidationError):
        cd1.save_nomination(replace(n, votes_for=11, votes_present=10))
    with pytest.raises(ValidationError) as error:
        cd1.save_nomination(replace(n, summary="x" * 601))
    assert error.value.code == "nomination_summary_too_long"
    with pytest.raises(ValidationError) as error:
        cd1.send([n.id])
    assert error.value.code == "nomination_votes_missing"


def _december(w: World) -> tuple[CommendationRound, dict[str, str]]:
    """Round down; each branch nominates who the rule picks, votes, and sends them up."""
    r = _open_round(w)
    nominated: dict[str, str] = {}
    for code, ctx in w.branches.items():
        picked = [e for e in ctx.commendations.shortlist(r.id) if e.proposed]
        votes = {}
        for entry in picked:
            n = ctx.commendations.nominate(r.id, entry.key)
            nominated[n.nominee_name] = n.id
            votes[n.id] = (8, 9)
        ctx.commendations.record_meeting(r.id, f"{YEAR}-12-08", votes)
        quota, count = ctx.commendations.over_quota(r.id)
        for nomination_id in votes if count > quota else ():
            n = ctx.commendations.nomination(nomination_id)
            ctx.commendations.save_nomination(replace(n, over_quota_note="Thành tích nổi bật"))
        ctx.commendations.send(list(votes))
        w.packet_up(code)
    return r, nominated


@pytest.mark.parametrize("base", list(QuotaBase))
@pytest.mark.parametrize("collectives", [False, True])
def test_quotas_agree_with_each_members_evidence(world: World, base, collectives) -> None:
    """The quotas counted in a few grouped queries are the rule's share of each unit's
    members (active, or rated good from their year's evidence) and of its units below."""
    r, _nominated = _december(world)
    hd = world.district.commendations
    rule = replace(r.rule, quota_base=base, quota_share=0.5, quota_minimum=1)
    r = hd.save_round(replace(hd.round(r.id), rule=rule, collectives=collectives))
    expected = {}
    for code in ("HD", "CD-1", "CD-2"):
        active = [e for e in hd.member_evidence(YEAR, code) if e.active]
        if base is QuotaBase.RATED_GOOD:
            active = [e for e in active if e.band_code in ("excellent", "good")]
        below = len([u for u in world.district.units.find() if u.parent_code == code])
        expected[code] = quota_for(rule, len(active)) + (
            quota_for(rule, below) if collectives else 0
        )
    assert {u["unit_code"]: u["quota"] for u in hd.quota_use(r.id)} == {
        "CD-1": expected["CD-1"],
        "CD-2": expected["CD-2"],
    }
    assert hd.quota(r.id) == expected["HD"] and hd.quota(r.id, "CD-1") == expected["CD-1"]
    assert expected["CD-1"] >= 1 and expected["HD"] >= (1 if collectives else 0)  # not all 0


def test_the_whole_december_flow_through_packets(world: World) -> None:
    """Nominations go up, one returns with its reason, a decision is issued with gapless
    register numbers, and the branch sees the award in its member's history."""
    r, nominated = _december(world)
    hd = world.district.commendations
    seen = {n.nominee_name: n for n in hd.nominations(round_id=r.id)}
    assert set(seen) == {"Nguyễn Thị Ngọc Ánh", "Trần Văn Bình", "Hoàng Thị Lan"}
    assert all(n.state is NominationState.SENT for n in seen.values())
    # The district's own collective shortlist and quota use.
    collectives = [e for e in hd.shortlist(r.id) if e.kind is RecipientKind.COLLECTIVE]
    assert {e.key for e in collectives} == {"CD-1", "CD-2"}
    use = {u["unit_code"]: u for u in hd.quota_use(r.id)}
    assert use["CD-1"]["used"] == 2 and use["CD-2"]["used"] == 1

    hd.review(
        [nominated["Nguyễn Thị Ngọc Ánh"], nominated["Hoàng Thị Lan"]], ReviewVerdict.APPROVED
    )
    with pytest.raises(ValidationError):
        hd.review([nominated["Trần Văn Bình"]], ReviewVerdict.RETURNED, "  ")
    hd.review(
        [nominated["Trần Văn Bình"]], ReviewVerdict.RETURNED, "Bổ sung minh chứng tình nguyện"
    )
    world.config_down("CD-1")
    returned = world.branches["CD-1"].commendations.nomination(nominated["Trần Văn Bình"])
    assert returned.state is NominationState.RETURNED
    assert returned.review_reason == "Bổ sung minh chứng tình nguyện"

    decision = hd.create_decision(r.id)
    assert [a.recipient_name for a in decision.awards] == ["Nguyễn Thị Ngọc Ánh", "Hoàng Thị Lan"]
    decision = hd.save_decision(replace(decision, number=45, decision_date=f"{YEAR}-12-20"))
    assert decision.number_text == "45-QĐ/HĐTN"
    issued = hd.issue(decision.id)
    assert issued.state is DecisionState.ISSUED
    assert [a.register_number for a in issued.awards] == [1, 2]
    assert [a.register_text for a in issued.awards] == ["0001", "0002"]
    assert all(len(a.code) == 11 for a in issued.awards)
    with pytest.raises(ValidationError) as error:
        hd.delete_decision(decision.id)
    assert error.value.code == "decision_issued_kept"

    for code in world.branches:
        world.config_down(code)
    cd1 = world.branches["CD-1"].commendations
    history = cd1.history(member_id=world.members["CD-1"]["Nguyễn Thị Ngọc Ánh"])
    assert [(a.decision_number, a.register_text) for a in history] == [("45-QĐ/HĐTN", "0001")]
    assert cd1.nomination(nominated["Nguyễn Thị Ngọc Ánh"]).state is NominationState.COMMENDED
    # The branch verifies the certificate from the register it received.
    assert cd1.verify(issued.awards[0].code).status is VerifyStatus.GENUINE
    # A second decision continues the register without a gap.
    world.branches["CD-1"].commendations.save_nomination(
        replace(returned, summary=returned.summary + " Có xác nhận của địa phương.")
    )
    world.branches["CD-1"].commendations.send([returned.id])
    world.packet_up("CD-1")
    hd.review([returned.id], ReviewVerdict.APPROVED)
    second = hd.create_decision(r.id)
    second = hd.issue(
        hd.save_decision(replace(second, number=46, decision_date=f"{YEAR}-12-28")).id
    )
    assert [a.register_number for a in second.awards] == [3]


def test_decisions_and_register_travel_up_to_the_province(world: World, tmp_path: Path) -> None:
    """The district's packet carries its decision and register: a province that merged it
    verifies the certificate."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Unit

    r, nominated = _december(world)
    hd = world.district.commendations
    hd.review(list(nominated.values()), ReviewVerdict.APPROVED)
    d = hd.create_decision(r.id)
    d = hd.issue(hd.save_decision(replace(d, number=7, decision_date=f"{YEAR}-12-20")).id)
    province = open_context(tmp_path / "province.db", create=True)
    try:
        province.units.create_own(Unit(code="TD", name="Tỉnh đoàn"))
        province.units.add(Unit(code="HD", name="Huyện đoàn Bình Sơn", parent_code="TD"))
        world.district.units.update(replace(world.district.units.get("HD"), parent_code="TD"))
        packet = tmp_path / "hd.xlsx"
        world.district.packet_export.export_packet(YEAR, 12, packet)
        report = province.packet_merge.apply([packet])
        assert report.files[0].status.value == "imported"
        assert report.files[0].counts["awards"].created == 3
        check = province.commendations.verify(d.awards[0].code)
        assert check.status is VerifyStatus.GENUINE
        assert check.name == d.awards[0].recipient_name
        listing = province.commendations.listing(YEAR)
        assert listing["decisions"][0]["number"] == "7-QĐ/HĐTN"
        assert len(listing["nominations"]) == 3
    finally:
        province.close()


def test_tampered_and_annulled_certificates_are_reported(world: World) -> None:
    """Another name on a genuine number verifies as unknown; an annulled decision's
    certificate as annulled (and annulling needs a reason, kept in the log)."""
    from bamtrachnhiem.domain.commendations import QrPayload

    r, nominated = _december(world)
    hd = world.district.commendations
    hd.review(list(nominated.values()), ReviewVerdict.APPROVED)
    d = hd.create_decision(r.id)
    d = hd.issue(hd.save_decision(replace(d, number=9, decision_date=f"{YEAR}-12-20")).id)
    award = d.awards[0]
    genuine = QrPayload(d.number_text, award.register_text, award.recipient_name,
                        award.decision_date, award.code)  # fmt: skip
    assert hd.verify(genuine.text()).status is VerifyStatus.GENUINE
    forged = replace(genuine, name="Nguyễn Văn Giả")
    result = hd.verify(forged.text())
    assert result.status is VerifyStatus.UNKNOWN and result.reason == "fields_differ"
    assert hd.verify("ZZZZZ-ZZZZZ").status is VerifyStatus.UNKNOWN
    assert hd.verify(award.code.lower()).status is VerifyStatus.GENUINE
    with pytest.raises(ValidationError):
        hd.annul(d.id, "")
    hd.annul(d.id, "Nhầm danh sách")
    result = hd.verify(award.code)
    assert result.status is VerifyStatus.ANNULLED
    assert any(e.action == "decision_annulled" for e in world.district.assessments.audit_log())


def test_an_annulled_decision_keeps_its_numbers_and_the_register_goes_on(world: World) -> None:
    """Annulling never frees register numbers: the next decision (which may commend the same
    member again, correctly this time) continues after them; a number is used once a year."""
    r, nominated = _december(world)
    hd = world.district.commendations
    first_ids = [nominated["Nguyễn Thị Ngọc Ánh"]]
    hd.review(first_ids, ReviewVerdict.APPROVED)
    d = hd.create_decision(r.id)
    d = hd.issue(hd.save_decision(replace(d, number=3, decision_date=f"{YEAR}-12-20")).id)
    hd.annul(d.id, "Sai họ tên")
    hd.review([nominated["Hoàng Thị Lan"]], ReviewVerdict.APPROVED)
    second = hd.create_decision(r.id)
    with pytest.raises(ValidationError) as error:
        hd.issue(hd.save_decision(replace(second, number=3, decision_date=f"{YEAR}-12-21")).id)
    assert error.value.code == "decision_number_taken"
    second = hd.issue(hd.save_decision(replace(second, number=4, decision_date=f"{YEAR}-12-21")).id)
    assert [(a.recipient_name, a.register_number) for a in second.awards] == [
        ("Nguyễn Thị Ngọc Ánh", 2),
        ("Hoàng Thị Lan", 3),
    ]
    register = hd.register(YEAR)
    assert [(a.register_number, a.state) for a in register] == [
        (1, DecisionState.ANNULLED),
        (2, DecisionState.ISSUED),
        (3, DecisionState.ISSUED),
    ]
