"""``summary``, ``campaigns list``, ``report make|list|issue`` and ``demo --full`` from the
command line: names, JSON shapes (outputs.md) and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

UNIT_KEYS = {
    "code",
    "name",
    "level",
    "parent_code",
    "members",
    "pledged",
    "pledged_pct",
    "assessed",
    "expected",
    "bands",
    "initiatives",
    "activities",
    "on_time",
}


@pytest.fixture
def district(full_world, tmp_path: Path) -> Path:
    """A copy of the full demo's district database."""
    target = tmp_path / "upper.db"
    shutil.copy(full_world.upper_db, target)
    return target


def test_summary_json_has_the_units_in_tree_order_and_totals(cli, district, full_world):
    """summary --json: year, period, every unit below with the contract's keys, the total."""
    run = cli("--db", district, "summary", "--year", "2026", "--period", "h1", "--json")
    assert run.code == 0, run.err
    doc = run.json()
    assert (doc["year"], doc["period"], doc["months"]) == (2026, "h1", [1, 2, 3, 4, 5, 6])
    assert {u["code"] for u in doc["units"]} == {b.code for b in full_world.branches}
    for unit in [*doc["units"], doc["total"]]:
        assert set(unit) >= UNIT_KEYS
        assert set(unit["bands"]) >= {"xuat_sac", "tot", "dat", "chua_dat"}
    assert doc["total"]["members"] == sum(u["members"] for u in doc["units"])
    assert doc["total"]["assessed"] == sum(u["assessed"] for u in doc["units"])
    month = cli("--db", district, "summary", "--year", "2026", "--month", "3", "--json").json()
    assert month["period"] == "m03" and month["months"] == [3]
    text = cli("--db", district, "summary", "--year", "2026")
    assert text.code == 0 and "Tổng cộng" in text.out


def test_summary_refuses_a_wrong_month(cli, district):
    """A month outside 1–12 is refused with exit code 1 and a message."""
    run = cli("--db", district, "summary", "--year", "2026", "--month", "13")
    assert run.code == 1 and "13" in run.err
    assert cli("--db", district, "summary", "--year", "2026", "--period", "q9").code == 2


def test_campaigns_list_sums_the_branches(cli, district, full_world):
    """campaigns list --json: each target's achieved is the sum of its by_unit values."""
    run = cli("--db", district, "campaigns", "list", "--year", "2026", "--json")
    assert run.code == 0, run.err
    campaigns = run.json()
    assert campaigns and all(c["launched_by"] == full_world.upper_code for c in campaigns)
    for campaign in campaigns:
        assert {"id", "name", "start", "end", "launched_by", "targets"} <= set(campaign)
        for target in campaign["targets"]:
            assert {"name", "unit", "target", "achieved", "by_unit"} <= set(target)
            assert set(target["by_unit"]) == {b.code for b in full_world.branches}
            assert target["achieved"] == sum(target["by_unit"].values())
    assert "CD-001" in cli("--db", district, "campaigns", "list", "--year", "2026").out


def test_report_make_list_issue(cli, district, full_world):
    """make gives a draft with figures; list shows own and received; issue freezes it and a
    second issue is refused."""
    made = cli("--db", district, "report", "make", "--kind", "year", "--year", "2026", "--json")
    assert made.code == 0, made.err
    report = made.json()
    assert (report["kind"], report["state"], report["months"]) == (
        "year",
        "draft",
        list(range(1, 12)),
    )
    assert {"members", "pledged", "assessed", "expected"} <= set(report["figures"])
    listed = cli("--db", district, "report", "list", "--year", "2026", "--json").json()
    assert report["id"] in {r["id"] for r in listed}
    received = [r for r in listed if not r["own"]]
    assert {r["unit_code"] for r in received} == {b.code for b in full_world.branches}
    assert all(r["state"] == "issued" for r in received)
    issued = cli("--db", district, "report", "issue", report["id"], "--number", "30", "--json")
    assert issued.code == 0, issued.err
    assert issued.json()["state"] == "issued" and issued.json()["number"] == "30"
    again = cli("--db", district, "report", "issue", report["id"])
    assert again.code == 1 and "đã ban hành" in again.err
    monthly = cli("--db", district, "report", "make", "--kind", "monthly", "--year", "2026")
    assert monthly.code == 1 and "--month" in monthly.err
    assert "Sơ kết 6 tháng" in cli("--db", district, "report", "list").out


def test_demo_full_json_names_the_upper_levels(cli, tmp_path):
    """demo --full --json: the district's imports and packets, the province, the reports."""
    out = tmp_path / "demo"
    run = cli(
        "demo", "--out", out, "--units", "2", "--members-per-unit", "3", "--year", "2025",
        "--full", "--json",
    )  # fmt: skip
    assert run.code == 0, run.err
    doc = run.json()
    assert doc["full"] is True and doc["all_months"] is True
    assert doc["district"]["imported"] >= 24 and len(doc["district"]["exports"]) == 12
    assert doc["district"]["report_number"] == "Số: 18-BC/HĐTN"
    assert doc["province"]["db"] == str(out.absolute() / "province.db")
    assert doc["province"]["imported"] == 12
    listed = cli("--db", out / "province.db", "report", "list", "--json").json()
    assert {r["unit_code"] for r in listed} == {"TD-QNGAI", "HD-BINHSON", "CD-001", "CD-002"}
