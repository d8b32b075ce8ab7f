"""A campaign sent down is one campaign at every level: the launching level sums its subtree."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.campaigns import Campaign, CampaignTarget
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.domain.records import Unit

YEAR = 2026


def _campaign(name: str, targets: list[tuple[str, float]]) -> Campaign:
    return Campaign(
        name=name,
        start_date=date(YEAR, 3, 1),
        end_date=date(YEAR, 3, 31),
        targets=[CampaignTarget(name=n, measure_unit="lượt", target_value=v) for n, v in targets],
    )


def _record(ctx: AppContext, campaign_name: str, values: list[float]) -> None:
    campaign = next(c for c in ctx.campaigns.find(YEAR) if c.name == campaign_name)
    for target, value in zip(campaign.targets, values, strict=True):
        ctx.campaigns.record_achieved(target.id, value)


def _imported(ctx: AppContext, paths: list[Path]) -> None:
    report = ctx.packet_merge.apply(paths)
    assert [f.status for f in report.files] == [ImportStatus.IMPORTED] * len(paths)


def _branch_sum(paths: list[Path], campaign_name: str) -> list[float]:
    """What the branches recorded on their copies, read straight from their files."""
    totals: list[float] = []
    for path in paths:
        conn = sqlite3.connect(path)
        try:
            values = [
                r[0]
                for r in conn.execute(
                    "SELECT t.achieved_value FROM campaign_target t JOIN campaign c "
                    "ON c.id = t.campaign_id WHERE c.name = ? AND t.deleted_at IS NULL "
                    "ORDER BY t.position",
                    [campaign_name],
                )
            ]
        finally:
            conn.close()
        totals = [a + b for a, b in zip(totals, values, strict=True)] if totals else values
    return totals


@pytest.fixture
def world(tmp_path: Path) -> dict:
    """A province launches a campaign; its district passes it on with one of its own; two
    branches record results; packets go up to the district and from it to the province."""
    province = open_context(tmp_path / "td.db", create=True)
    province.units.create_own(Unit(code="TD", name="Tỉnh đoàn", has_standing_committee=True))
    province.units.add(Unit(code="HD", name="Huyện đoàn", parent_code="TD", level="Huyện đoàn"))
    province.campaigns.save(_campaign("Tháng Thanh niên", [("Tình nguyện", 100), ("Hội thi", 10)]))
    province.configuration.export_config(YEAR, "HD", tmp_path / "cfg-HD.xlsx")

    district = open_context(tmp_path / "hd.db", create=True)
    district.configuration.import_config(tmp_path / "cfg-HD.xlsx")
    for code in ("CD-1", "CD-2"):
        district.units.add(Unit(code=code, name=f"Chi đoàn {code}", parent_code="HD"))
    district.campaigns.save(_campaign("Hè tình nguyện", [("Ngày công", 40)]))
    branches = {}
    for code in ("CD-1", "CD-2"):
        district.configuration.export_config(YEAR, code, tmp_path / f"cfg-{code}.xlsx")
        branch = open_context(tmp_path / f"{code}.db", create=True)
        branch.configuration.import_config(tmp_path / f"cfg-{code}.xlsx")
        branches[code] = branch
    _record(branches["CD-1"], "Tháng Thanh niên", [30, 4])
    _record(branches["CD-2"], "Tháng Thanh niên", [45, 1])
    _record(branches["CD-1"], "Hè tình nguyện", [25])
    _record(branches["CD-2"], "Hè tình nguyện", [17.5])
    _record(district, "Tháng Thanh niên", [5, 0])  # the district's own part
    packets = []
    for code, branch in branches.items():
        packets.append(branch.packet_export.export_packet(YEAR, 3, tmp_path / f"{code}.xlsx").path)
    _imported(district, packets)
    district_packet = district.packet_export.export_packet(YEAR, 3, tmp_path / "HD.xlsx").path
    _imported(province, [district_packet])
    try:
        yield {
            "province": province,
            "district": district,
            "branches": branches,
            "branch_files": [tmp_path / "CD-1.db", tmp_path / "CD-2.db"],
        }
    finally:
        for ctx in (province, district, *branches.values()):
            ctx.close()


def test_the_district_sums_its_branches(world) -> None:
    """The district's own campaign shows the exact sum of its branches, per unit and total."""
    district = world["district"]
    rollup = next(
        r for r in district.campaigns.rollups(YEAR) if r.campaign.name == "Hè tình nguyện"
    )
    (target,) = rollup.targets
    assert target.total == sum(_branch_sum(world["branch_files"], "Hè tình nguyện")) == 42.5
    assert target.by_unit == {"CD-1": 25.0, "CD-2": 17.5}
    assert rollup.launched_by == "HD"
    assert target.percentage == 106
    assert rollup.summed().targets[0].achieved_value == 42.5


def test_the_province_sums_through_the_district(world) -> None:
    """The province's campaign adds the district's own part and its branches' results,
    read through the district's copy; each unit below is listed with its subtree."""
    province = world["province"]
    (rollup,) = province.campaigns.rollups(YEAR)
    volunteers, contests = rollup.targets
    branches = _branch_sum(world["branch_files"], "Tháng Thanh niên")
    assert volunteers.total == 5 + branches[0] == 80
    assert contests.total == branches[1] == 5
    assert volunteers.by_unit == {"HD": 80.0}
    assert [(u.code, u.depth, u.achieved, u.has_copy) for u in volunteers.units] == [
        ("HD", 1, 80.0, True),
        ("CD-1", 2, 30.0, True),
        ("CD-2", 2, 45.0, True),
    ]
    assert rollup.percentage == 65  # (80 % + 50 %) / 2


def test_an_intermediate_level_sums_the_campaign_it_received(world) -> None:
    """The district's copy of the province's campaign shows its own part plus its branches."""
    district = world["district"]
    rollup = next(
        r for r in district.campaigns.rollups(YEAR) if r.campaign.name == "Tháng Thanh niên"
    )
    assert rollup.launched_by == "TD"
    assert [t.total for t in rollup.targets] == [80.0, 5.0]
    assert rollup.targets[0].by_unit == {"CD-1": 30.0, "CD-2": 45.0}


def test_the_branch_view_stays_its_own(world) -> None:
    """At a branch, with nothing below, each total is what the branch recorded."""
    branch = world["branches"]["CD-1"]
    totals = {r.campaign.name: [t.total for t in r.targets] for r in branch.campaigns.rollups(YEAR)}
    assert totals == {"Tháng Thanh niên": [30.0, 4.0], "Hè tình nguyện": [25.0]}
    assert all(not t.units for r in branch.campaigns.rollups(YEAR) for t in r.targets)


def test_unit_shares_follow_the_subtree(world) -> None:
    """The consolidation's campaign share of a unit sums its subtree's results."""
    shares = world["province"].campaigns.shares(YEAR)
    assert shares["TD"] == 65
    # Tháng Thanh niên (30 % and 40 %: 35 %), Hè tình nguyện (25/40: 63 %).
    assert shares["CD-1"] == 49
    # The district: Tháng Thanh niên summed (80 %, 50 %: 65 %), Hè (42.5/40, capped: 100 %).
    assert shares["HD"] == 83
