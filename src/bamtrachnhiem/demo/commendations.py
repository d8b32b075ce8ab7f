"""The demo world's commendation round (khen thưởng cuối năm), after the year is lived.

``run_commendations(world)`` plays December at the district and its branches, through the
services and real packets, as outputs.md tells it:

1. the district opens a round (Giấy khen, individuals and collectives, quotas by its rule)
   and sends it down in each branch's configuration packet;
2. each branch opens the round, nominates whom the rule shortlists (a branch the rule finds
   nobody in proposes its best member anyway, as secretaries do), enters its review
   meeting's votes (a note where it goes over its quota), and sends its packet up;
3. the district merges the packets, approves the nominations that meet the rule and
   returns the others with a reason, issues the decision (number, date, signer, annex), and
   prints its certificates, on blank paper and for pre-printed stock;
4. the next configuration packets carry the decision and the register down, so every
   branch sees its members' awards.

Files go to ``<folder>/commendations/`` (the packets exchanged, the certificates).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.demo.branch import VIETNAM
from bamtrachnhiem.demo.records import DemoWorld
from bamtrachnhiem.domain.certificates import PrintMode
from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.commendations import (
    CommendationRound,
    MemberEvidence,
    RecipientKind,
    ReviewVerdict,
)

FOLDER = "commendations"
DECISION_NUMBER = 125
SIGNER = ("Bí thư", "Nguyễn Thanh Tùng")  # when the district has not set its own signer
RETURN_REASON = (
    "Chưa đạt tiêu chuẩn của đợt xét (bình quân năm dưới 90 điểm hoặc chưa có thành tích "
    "nổi bật); đề nghị chi đoàn bổ sung minh chứng."
)


@dataclass
class CommendationDemo:
    """What the demo round made."""

    round_id: str
    decision_id: str
    decision_number: str
    nominated: dict[str, int] = field(default_factory=dict)  # branch → nominations sent
    returned: list[str] = field(default_factory=list)  # names returned with a reason
    recipients: list[tuple[str, str, str]] = field(default_factory=list)  # name, register, code
    certificates: Path | None = None
    overlay: Path | None = None


def _at(ctx: AppContext, day: date, hour: int = 9) -> None:
    ctx.database.clock = SetClock(datetime.combine(day, time(hour), tzinfo=VIETNAM))


def run_commendations(world: DemoWorld) -> CommendationDemo:
    """Play the year's commendation round in the built demo world (see the module)."""
    spec = world.spec
    year = spec.year
    folder = spec.folder / FOLDER
    (folder / "packets").mkdir(parents=True, exist_ok=True)
    month = spec.last_month
    upper = open_context(spec.upper_db)
    branches = {b.code: open_context(b.db) for b in world.branches}
    try:
        # The district merges the branches' last packets if it has not yet (demo --full may
        # have done so already: then they are "already imported" and change nothing).
        _at(upper, date(year, 12, 6))
        upper.packet_merge.apply([b.packet for b in world.branches if b.packet.exists()])
        hd = upper.commendations
        round_ = hd.save_round(
            CommendationRound(
                year,
                f"Khen thưởng thực hiện phong trào “3 trách nhiệm” năm {year}",
                deadline=date(year, 12, 15).isoformat(),
            )
        )
        demo = CommendationDemo(round_.id, "", "")
        for code, ctx in branches.items():
            config = folder / "packets" / f"cau-hinh-{code}.xlsx"
            upper.configuration.export_config(year, code, config)
            _at(ctx, date(year, 12, 8))
            ctx.configuration.import_config(config)
            demo.nominated[code] = _nominate(ctx, round_.id, year)
            _at(ctx, date(year, 12, 12), 15)
            packet = folder / "packets" / f"de-nghi-{code}.xlsx"
            ctx.packet_export.export_packet(year, month, packet)
            _at(upper, date(year, 12, 14))
            upper.packet_merge.apply([packet])

        _at(upper, date(year, 12, 16))
        _review(upper, round_.id, year, demo)
        decision = hd.create_decision(round_.id)
        decision = hd.save_decision(
            replace(
                decision,
                number=DECISION_NUMBER,
                decision_date=date(year, 12, 20).isoformat(),
                signer_title=decision.signer_title or SIGNER[0],
                signer_name=decision.signer_name or SIGNER[1],
            )
        )
        _at(upper, date(year, 12, 20), 10)
        decision = hd.issue(decision.id)
        demo.decision_id, demo.decision_number = decision.id, decision.number_text
        demo.recipients = [(a.recipient_name, a.register_text, a.code) for a in decision.awards]
        slug = decision.number_text.replace("/", "-")
        demo.certificates = upper.certificates.print_decision(
            decision.id, folder / f"giay-khen-{slug}.pdf", template="full", mode=PrintMode.FULL
        )
        demo.overlay = upper.certificates.print_decision(
            decision.id,
            folder / f"giay-khen-{slug}-in-tren-phoi.pdf",
            template="overlay",
            mode=PrintMode.OVERLAY,
        )
        for code, ctx in branches.items():
            config = folder / "packets" / f"quyet-dinh-{code}.xlsx"
            _at(upper, date(year, 12, 22))
            upper.configuration.export_config(year, code, config)
            _at(ctx, date(year, 12, 23))
            ctx.configuration.import_config(config)
        return demo
    finally:
        upper.close()
        for ctx in branches.values():
            ctx.close()


def open_round_for_exploring(world: DemoWorld, progress: object = None) -> None:
    """The first-run demo's step: the district has opened the year's round (due on 15
    December) and sent it down in each branch's configuration packet, which the branches
    have imported; each level's Khen thưởng page opens on it and its shortlist."""
    spec = world.spec
    folder = spec.folder / FOLDER / "packets"
    folder.mkdir(parents=True, exist_ok=True)
    upper = open_context(spec.upper_db)
    try:
        upper.commendations.save_round(
            CommendationRound(
                spec.year,
                f"Khen thưởng thực hiện phong trào “3 trách nhiệm” năm {spec.year}",
                deadline=date(spec.year, 12, 15).isoformat(),
            )
        )
        for branch in world.branches:
            config = folder / f"cau-hinh-{branch.code}.xlsx"
            upper.configuration.export_config(spec.year, branch.code, config)
            ctx = open_context(branch.db)
            try:
                ctx.configuration.import_config(config)
            finally:
                ctx.close()
    finally:
        upper.close()


def _nominate(ctx: AppContext, round_id: str, year: int) -> int:
    """The branch nominates whom the rule shortlists (or its best member), with votes."""
    service = ctx.commendations
    entries = service.shortlist(round_id)
    picked = [e for e in entries if e.proposed and e.kind is RecipientKind.INDIVIDUAL]
    if not picked:
        candidates = [
            e
            for e in entries
            if e.kind is RecipientKind.INDIVIDUAL
            and e.refusal is None
            and isinstance(e.evidence, MemberEvidence)
            and e.evidence.mean is not None
        ]
        candidates.sort(key=lambda e: -(e.evidence.mean or 0))  # type: ignore[union-attr]
        picked = candidates[:1]
    if not picked:
        return 0
    nominations = [service.nominate(round_id, e.key) for e in picked]
    present = max(len(ctx.members.find()), 5)
    votes = {n.id: (present - i % 3, present) for i, n in enumerate(nominations)}
    service.record_meeting(round_id, date(year, 12, 10).isoformat(), votes)
    quota, count = service.over_quota(round_id)
    if count > quota:
        for n in nominations:
            service.save_nomination(
                replace(
                    service.nomination(n.id),
                    over_quota_note="Chi đoàn có nhiều đoàn viên tiêu biểu trong năm.",
                )
            )
    service.send([n.id for n in nominations])
    return len(nominations)


def _review(upper: AppContext, round_id: str, year: int, demo: CommendationDemo) -> None:
    """Approve the nominations the rule supports; return the others with a reason."""
    hd = upper.commendations
    rule = hd.round(round_id).rule
    evidence: dict[str, MemberEvidence] = {}
    for code in {n.unit_code for n in hd.nominations(round_id=round_id)}:
        for e in hd.member_evidence(year, code):
            evidence[e.member_id] = e
    approve, send_back = [], []
    from bamtrachnhiem.domain.commendations import judge_member

    for n in hd.nominations(round_id=round_id):
        e = evidence.get(n.member_id or "")
        if e is not None and judge_member(rule, e).proposed:
            approve.append(n.id)
        else:
            send_back.append(n)
    if approve:
        hd.review(approve, ReviewVerdict.APPROVED)
    for n in send_back:
        hd.review([n.id], ReviewVerdict.RETURNED, RETURN_REASON)
        demo.returned.append(n.nominee_name)
