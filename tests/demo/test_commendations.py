"""The demo world's year-end round: nominations from every branch, an issued decision,
certificates that verify, and the branches seeing their members' awards."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.demo import DemoSpec, build_world
from bamtrachnhiem.demo.commendations import run_commendations
from bamtrachnhiem.domain.commendations import DecisionState, NominationState, VerifyStatus


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "w"
    world = build_world(DemoSpec(folder, 6, 15, 2026, seed=20260101))
    return world, run_commendations(world)


def test_every_branch_nominates_and_the_rule_picks_a_handful(played) -> None:
    """Each branch sends at least one nomination; the decision commends a few of ~90."""
    world, demo = played
    assert set(demo.nominated) == {b.code for b in world.branches}
    assert all(count >= 1 for count in demo.nominated.values())
    assert 3 <= len(demo.recipients) <= 15


def test_the_district_issued_a_decision_with_gapless_register(played) -> None:
    """Decision 125 is issued; its register numbers run 1…n; returned ones carry a reason."""
    world, demo = played
    ctx = open_context(world.spec.upper_db, read_only=True)
    try:
        decision = ctx.commendations.decision(demo.decision_id)
        assert decision.state is DecisionState.ISSUED
        assert decision.number_text == "125-QĐ/HĐTN"
        assert [a.register_number for a in decision.awards] == list(
            range(1, len(decision.awards) + 1)
        )
        for award in decision.awards:
            assert ctx.commendations.verify(award.code).status is VerifyStatus.GENUINE
        returned = [
            n for n in ctx.commendations.nominations() if n.state is NominationState.RETURNED
        ]
        assert [n.nominee_name for n in returned] == demo.returned
        assert all(n.review_reason for n in returned)
    finally:
        ctx.close()


def test_branches_see_their_members_awards_and_verify_them(played) -> None:
    """Each recipient's branch holds the award in the member's history and verifies it."""
    world, demo = played
    seen = 0
    for branch in world.branches:
        ctx = open_context(branch.db, read_only=True)
        try:
            for award in ctx.commendations.register(2026):
                seen += 1
                assert ctx.commendations.history(member_id=award.member_id) == [award]
                assert ctx.commendations.verify(award.code).status is VerifyStatus.GENUINE
        finally:
            ctx.close()
    assert seen == len(demo.recipients)


def test_certificates_are_printed_one_page_each(played) -> None:
    """Both PDFs have one page per recipient."""
    _world, demo = played
    for pdf in (demo.certificates, demo.overlay):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
        assert int(pages.split()[1]) == len(demo.recipients)
        assert Path(pdf).parent.name == "commendations"
