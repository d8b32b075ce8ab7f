"""``bamtrachnhiem-cli demo``: the demo world from the command line, its JSON and exit codes."""

from __future__ import annotations

from pathlib import Path


def test_demo_builds_the_world_and_prints_its_summary(cli, tmp_path: Path):
    """--json prints one document naming the layout, each branch and its exports."""
    out = tmp_path / "demo"
    result = cli(
        "demo", "--out", out, "--units", "2", "--members-per-unit", "4", "--year", "2025", "--json"
    )
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["ok"] is True
    assert doc["folder"] == str(out.absolute())
    assert (doc["year"], doc["month"], doc["seed"], doc["all_months"]) == (2025, 12, 2026, False)
    assert doc["upper"]["db"] == str(out.absolute() / "upper.db")
    assert doc["upper"]["units"] == 2
    assert [b["code"] for b in doc["branches"]] == ["CD-001", "CD-002"]
    for branch in doc["branches"]:
        assert Path(branch["db"]).is_file() and Path(branch["packet"]).is_file()
        assert branch["members"] == 4 == branch["counts"]["members"]
        assert branch["exports"][-1]["file"] == branch["packet"]
    assert doc["totals"]["members"] == 8
    assert len(doc["gap_units"]) == 1 and doc["late_units"]
    gap = next(b for b in doc["branches"] if b["gap"])
    assert [e["delivered"] for e in gap["exports"]] == [False, True]
    assert gap["exports"][0]["file"] is None and gap["seq"] == 2
    # Progress went to stderr: stdout is the document alone.
    assert "[2/2]" in result.err


def test_demo_then_packet_import_merges_every_branch(cli, tmp_path: Path):
    """The printed hint works: the packets folder imports into upper.db."""
    out = tmp_path / "demo"
    built = cli("demo", "--out", out, "--units", "2", "--members-per-unit", "3", "--year", "2025")
    assert built.code == 0, built.err
    assert "Xong trong" in built.out and "CD-002" in built.out
    assert f"packet import {out.absolute() / 'packets'}" in built.out
    merged = cli("--db", out / "upper.db", "packet", "import", out / "packets", "--json")
    assert merged.code == 0, merged.err
    files = merged.json()["files"]
    assert [f["status"] for f in files] == ["imported", "imported"]
    assert sum(f["counts"]["members"]["created"] for f in files) == 6


def test_demo_all_months_writes_monthly_folders(cli, tmp_path: Path):
    """--all-months adds packets/<yyyy-mm>/ for every month."""
    out = tmp_path / "demo"
    result = cli(
        "demo", "--out", out, "--units", "1", "--members-per-unit", "2", "--year", "2024",
        "--all-months", "--seed", "5",
    )  # fmt: skip
    assert result.code == 0, result.err
    months = sorted(p.name for p in (out / "packets").iterdir() if p.is_dir())
    assert months == [f"2024-{m:02d}" for m in range(1, 13)]
    assert all((out / "packets" / m / "CD-001.xlsx").is_file() for m in months)


def test_folder_with_files_is_refused_with_exit_1(cli, tmp_path: Path):
    """A non-empty --out folder exits 1 with a JSON error, and keeps its files."""
    (tmp_path / "keep.txt").write_text("x")
    result = cli(
        "demo", "--out", tmp_path, "--units", "1", "--members-per-unit", "2", "--year", "2025",
        "--json",
    )  # fmt: skip
    assert result.code == 1
    doc = result.json()
    assert doc["ok"] is False and doc["errors"][0]["code"] == "demo_folder_not_empty"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_impossible_size_is_refused_with_exit_1(cli, tmp_path: Path):
    """--units 0 is refused (exit 1) with a sentence saying what is allowed."""
    result = cli(
        "--lang", "en", "demo", "--out", tmp_path / "d", "--units", "0",
        "--members-per-unit", "2", "--year", "2025",
    )  # fmt: skip
    assert result.code == 1
    assert "choose from 1 to 999" in result.err
    assert not (tmp_path / "d").exists()


def test_usage_errors_exit_2(cli, tmp_path: Path):
    """A missing option or a non-number is a usage error (exit 2), nothing is created."""
    missing = cli("demo", "--out", tmp_path / "d", "--units", "2", "--members-per-unit", "3")
    assert missing.code == 2
    assert "--year" in missing.err
    wrong = cli(
        "demo", "--out", tmp_path / "d", "--units", "hai", "--members-per-unit", "3",
        "--year", "2025", "--json",
    )  # fmt: skip
    assert wrong.code == 2
    assert wrong.json()["errors"][0]["code"] == "usage_error"
    assert not (tmp_path / "d").exists()
