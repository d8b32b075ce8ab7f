"""``packet export|import`` and ``config export|import`` on the command line: the contract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.exchange.world import edit_cell, make_branch

CONTRACT_KINDS = [
    "members",
    "pledges",
    "initiatives",
    "assessments",
    "campaigns",
    "activities",
    "commendations",
]


@pytest.fixture
def world(tmp_path: Path, cli) -> dict[str, Path]:
    """Branches CD-A and CD-B with data, and their commune union DX knowing both."""
    paths = {}
    for code, seed in (("CD-A", 1), ("CD-B", 2)):
        branch = make_branch(tmp_path, code, "DX", members=4, months=2, seed=seed)
        branch.ctx.close()
        paths[code] = tmp_path / f"{code}.db"
    upper = tmp_path / "dx.db"
    assert cli("--db", upper, "init", "--unit-code", "DX", "--unit-name", "Đoàn xã").code == 0
    for code in ("CD-A", "CD-B"):
        added = cli(
            "--db", upper, "units", "add", "--code", code, "--name", code, "--parent-code", "DX"
        )
        assert added.code == 0, added.err
    paths["DX"] = upper
    return paths


def _export(cli, db: Path, out: Path, month: int = 2):
    return cli(
        "--db", db, "packet", "export", "--year", "2026", "--month", str(month), "-o", out, "--json"
    )


def test_export_prints_the_packet_facts(cli, world, tmp_path):
    """``packet export --json`` names the file, unit, period, sequence and counts."""
    run = _export(cli, world["CD-A"], tmp_path / "a.xlsx")
    assert run.code == 0, run.err
    doc = run.json()
    assert doc["ok"] and doc["file"] == str(tmp_path / "a.xlsx")
    assert (doc["unit_code"], doc["year"], doc["month"], doc["seq"]) == ("CD-A", 2026, 2, 1)
    assert doc["counts"]["members"] == 4 and doc["counts"]["assessments"] == 8
    assert (tmp_path / "a.xlsx").is_file()
    second = cli(
        "--db",
        world["CD-A"],
        "packet",
        "export",
        "--year",
        "2026",
        "--month",
        "2",
        "-o",
        tmp_path / "a2.xlsx",
    )
    assert second.code == 0
    assert "số thứ tự gói 2" in second.out


def test_import_json_follows_the_contract(cli, world, tmp_path):
    """Files in the order given, a folder in name order; status, unit, seq, counts per kind,
    errors with code and message; a refused file in the batch gives exit code 1."""
    folder = tmp_path / "nhan"
    folder.mkdir()
    assert _export(cli, world["CD-B"], folder / "2-CD-B.xlsx").code == 0
    assert _export(cli, world["CD-A"], folder / "1-CD-A.xlsx").code == 0
    (folder / "3-hong.xlsx").write_bytes(b"not a workbook")
    loose = tmp_path / "CD-A-lai.xlsx"
    shutil.copy(folder / "1-CD-A.xlsx", loose)
    run = cli("--db", world["DX"], "packet", "import", loose, folder, "--json")
    assert run.code == 1
    doc = run.json()
    files = doc["files"]
    assert [Path(f["file"]).name for f in files] == [
        "CD-A-lai.xlsx",
        "1-CD-A.xlsx",
        "2-CD-B.xlsx",
        "3-hong.xlsx",
    ]
    assert [f["status"] for f in files] == ["imported", "already_imported", "imported", "refused"]
    first = files[0]
    assert (first["unit_code"], first["seq"]) == ("CD-A", 1)
    assert set(CONTRACT_KINDS) <= set(first["counts"])
    for kind in CONTRACT_KINDS:
        assert {"created", "updated", "unchanged", "removed"} <= set(first["counts"][kind])
    assert first["counts"]["members"]["created"] == 4
    assert first["counts"]["assessments"]["created"] == 8
    assert first["errors"] == []
    bad = files[3]
    assert bad["unit_code"] is None and bad["seq"] is None
    assert bad["errors"][0]["code"] == "xlsx_not_workbook"
    assert "3-hong.xlsx" in bad["errors"][0]["message"]


def test_all_good_batch_exits_zero_and_dry_run_changes_nothing(cli, world, tmp_path, snapshot):
    """A dry run reports what would happen and changes nothing; the real run exits 0."""
    assert _export(cli, world["CD-A"], tmp_path / "a.xlsx").code == 0
    before = snapshot(world["DX"])
    dry = cli("--db", world["DX"], "packet", "import", tmp_path / "a.xlsx", "--dry-run", "--json")
    assert dry.code == 0
    assert dry.json()["dry_run"] is True
    assert dry.json()["files"][0]["counts"]["members"]["created"] == 4
    assert snapshot(world["DX"]) == before
    real = cli("--db", world["DX"], "packet", "import", tmp_path / "a.xlsx")
    assert real.code == 0, real.err
    assert "Thêm mới" in real.out and "1 tệp: 1 đã nhập" in real.out


def test_edited_packet_needs_accept_edited(cli, world, tmp_path):
    """An edited packet is left out (exit 1, rows named) until --accept-edited is given."""
    assert _export(cli, world["CD-A"], tmp_path / "a.xlsx").code == 0
    edited = tmp_path / "a-sua.xlsx"
    edit_cell(tmp_path / "a.xlsx", edited, "Đánh giá tháng 1", "Minh chứng", 3, "Sửa tay")
    left_out = cli("--db", world["DX"], "packet", "import", edited, "--json")
    assert left_out.code == 1
    entry = left_out.json()["files"][0]
    assert entry["status"] == "edited"
    assert entry["edited_rows"][0]["sheet"] == "Đánh giá tháng 1"
    assert entry["edited_rows"][0]["row"] == 3
    accepted = cli("--db", world["DX"], "packet", "import", edited, "--accept-edited", "--json")
    assert accepted.code == 0
    assert accepted.json()["files"][0]["status"] == "imported"
    assert accepted.json()["files"][0]["confirmed_edited"] is True


def test_messages_in_english_on_request(cli, world, tmp_path):
    """--lang en gives English lines and messages."""
    (tmp_path / "x.xlsx").write_bytes(b"")
    run = cli("--db", world["DX"], "--lang", "en", "packet", "import", tmp_path / "x.xlsx")
    assert run.code == 1
    assert "is not an Excel workbook" in run.out
    assert "refused" in run.out


def test_usage_error_exits_two(cli, world, tmp_path):
    """A missing --month is a usage error."""
    run = cli(
        "--db", world["CD-A"], "packet", "export", "--year", "2026", "-o", tmp_path / "a.xlsx"
    )
    assert run.code == 2


def test_config_export_and_import(cli, world, tmp_path):
    """The district's configuration goes to the branch; the branch scores with it."""
    out = tmp_path / "cau-hinh.xlsx"
    exported = cli(
        "--db",
        world["DX"],
        "config",
        "export",
        "--year",
        "2026",
        "--unit-code",
        "CD-A",
        "-o",
        out,
        "--json",
    )
    assert exported.code == 0, exported.err
    assert exported.json()["unit_code"] == "CD-A"
    imported = cli("--db", world["CD-A"], "config", "import", out, "--json")
    assert imported.code == 0, imported.err
    doc = imported.json()
    assert (doc["status"], doc["upper_unit_code"], doc["criteria_changed"]) == (
        "imported",
        "DX",
        True,
    )
    again = cli("--db", world["CD-A"], "config", "import", out)
    assert again.code == 0 and "đã được nhập ngày" in again.out
    wrong = cli("--db", world["CD-B"], "config", "import", out)
    assert wrong.code == 1
    assert "CD-A" in wrong.err
