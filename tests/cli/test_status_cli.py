"""``status``: the completeness table on the command line, in JSON and in words."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.services.completeness import export_day
from tests.exchange.world import make_branch

YEAR = 2026


@pytest.fixture
def received(cli, initialised: Path, tmp_path: Path) -> Path:
    """DX-PD with CD-UBND (its month-2 packet imported) and CD-TP (nothing received)."""
    branch = make_branch(tmp_path, "CD-UBND", "DX-PD", members=3, months=2, seed=4)
    branch.ctx.close()
    packet = tmp_path / "CD-UBND-2026-02.xlsx"
    exported = cli(
        "--db", branch.path, "packet", "export", "--year", YEAR, "--month", 2, "-o", packet,
        "--json",
    )  # fmt: skip
    assert exported.code == 0, exported.err
    sent = export_day(exported.json()["exported_at"])
    added = cli(
        "--db", initialised, "units", "add", "--code", "CD-TP", "--name", "Chi đoàn Tư pháp",
        "--parent-code", "DX-PD", "--level", "Chi đoàn",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert cli("--db", initialised, "packet", "import", packet).code == 0
    ctx = open_context(initialised)
    try:  # month 1 due the day it was sent (on time), month 2 the day before (late)
        ctx.configuration.set_deadlines(YEAR, {1: sent, 2: sent - timedelta(days=1)})
    finally:
        ctx.close()
    return initialised


def test_json_document_has_the_contract_shape(cli, received: Path):
    """year, as_of, deadlines by month, units with a status per month, totals received/expected."""
    run = cli("--db", received, "status", "--year", YEAR, "--as-of", "2026-04-06", "--json")
    assert run.code == 0, run.err
    doc = run.json()
    assert doc["year"] == YEAR and doc["as_of"] == "2026-04-06"
    assert list(doc["deadlines"]) == [str(m) for m in range(1, 13)]
    assert doc["deadlines"]["3"] == "2026-04-05"
    assert [u["code"] for u in doc["units"]] == ["CD-UBND", "CD-TP"]  # by name: cơ quan, Tư pháp
    ubnd = doc["units"][0]
    assert {"code", "name", "level", "months", "last_seq", "last_month"} <= set(ubnd)
    assert ubnd["name"] == "Chi đoàn cơ quan UBND" and ubnd["level"] == "Chi đoàn"
    assert ubnd["months"]["1"] == "on_time" and ubnd["months"]["2"] == "late"
    assert ubnd["months"]["3"] == "missing" and ubnd["months"]["4"] == "not_due"
    assert (ubnd["last_seq"], ubnd["last_month"]) == (1, 2)
    tp = doc["units"][1]
    assert tp["months"]["1"] == "not_due" and tp["months"]["3"] == "missing"
    assert tp["last_seq"] is None and tp["last_month"] is None
    assert doc["totals"]["2"] == {"received": 1, "expected": 2}
    assert doc["totals"]["3"] == {"received": 0, "expected": 2}


def test_human_table_speaks_vietnamese(cli, received: Path):
    """Units as rows, T1..T12 with ✓ / muộn / thiếu / ·, the received row and a legend."""
    run = cli("--db", received, "status", "--year", YEAR, "--as-of", "06/04/2026")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert "Tình hình nộp gói dữ liệu năm 2026" in lines[0] and "06/04/2026" in lines[0]
    header = lines[1].split()
    assert header[:3] == ["Đơn", "vị", "T1"] and "T12" in header
    ubnd = next(line for line in lines if "(CD-UBND)" in line).split()
    assert ubnd[-15:] == ["✓", "muộn", "thiếu", *["·"] * 9, "số", "1", "(T2)"]
    received_row = next(line for line in lines if line.startswith("Đã nhận")).split()
    assert received_row[2:5] == ["1/2", "1/2", "0/2"]
    assert any(line.startswith("Hạn nộp: T1") for line in lines)
    assert lines[-1].startswith("Chú thích:")


def test_english_on_request(cli, received: Path):
    """``--lang en`` gives the same table in English."""
    run = cli("--lang", "en", "--db", received, "status", "--year", YEAR, "--as-of", "2026-04-06")
    assert run.code == 0, run.err
    assert "Data packets received for 2026" in run.out
    assert "M12" in run.out and "late" in run.out and "miss" in run.out
    assert "Received" in run.out and "Legend:" in run.out


def test_reads_while_another_program_writes(cli, received: Path):
    """The file is opened read-only: status works while the GUI holds the writer lock."""
    writer = open_context(received)
    try:
        run = cli("--db", received, "status", "--year", YEAR, "--json")
    finally:
        writer.close()
    assert run.code == 0, run.err
    assert run.json()["as_of"] == date.today().isoformat()


def test_refusals_exit_1_and_bad_dates_are_usage_errors(cli, tmp_path: Path, initialised: Path):
    """A missing data file is refused (and not created); an unreadable --as-of exits 2."""
    missing = tmp_path / "khong-co.db"
    run = cli("--db", missing, "status", "--year", YEAR, "--json")
    assert run.code == 1
    assert run.json()["errors"][0]["code"] == "db_not_found"
    assert not missing.exists()
    assert cli("--db", initialised, "status", "--as-of", "31/02/2026").code == 2


def test_no_unit_below_says_so(cli, db: Path):
    """A data file with no unit below its own prints a hint and an empty JSON list."""
    assert cli("--db", db, "init", "--unit-code", "CD-X", "--unit-name", "Chi đoàn X").code == 0
    run = cli("--db", db, "status", "--year", YEAR)
    assert run.code == 0 and "Chưa có đơn vị trực thuộc" in run.out
    assert cli("--db", db, "status", "--year", YEAR, "--json").json()["units"] == []
