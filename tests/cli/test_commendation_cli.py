"""``commendation list|export`` and ``certificate print|calibrate|verify`` on an issued decision."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bamtrachnhiem.domain.commendations import CommendationRound, QrPayload, ReviewVerdict
from tests.services.commendation_world import YEAR, build


@pytest.fixture(scope="module")
def issued(tmp_path_factory) -> tuple[Path, dict]:
    """A district database with one issued decision of three recipients."""
    folder = tmp_path_factory.mktemp("cli-world")
    world = build(folder)
    try:
        hd = world.district.commendations
        r = hd.save_round(CommendationRound(YEAR, "Khen thưởng năm 2026", quotas={"CD-1": 2}))
        for code, ctx in world.branches.items():
            world.config_down(code)
            picked = [e for e in ctx.commendations.shortlist(r.id) if e.proposed]
            ids = [ctx.commendations.nominate(r.id, e.key).id for e in picked]
            ctx.commendations.record_meeting(r.id, f"{YEAR}-12-08", {i: (7, 8) for i in ids})
            ctx.commendations.send(ids)
            world.packet_up(code)
        hd.review([n.id for n in hd.nominations(round_id=r.id)], ReviewVerdict.APPROVED)
        d = hd.create_decision(r.id)
        d = hd.issue(hd.save_decision(replace(d, number=45, decision_date=f"{YEAR}-12-20")).id)
        return folder / "district.db", {"id": d.id, "awards": d.awards, "number": d.number_text}
    finally:
        world.close()


def test_commendation_list_json_has_the_documented_shape(cli, issued) -> None:
    """Rounds, nominations and decisions; each recipient with kind, register number, code."""
    db, d = issued
    run = cli("--db", db, "commendation", "list", "--year", YEAR, "--json")
    assert run.code == 0
    doc = run.json()
    assert set(doc) == {"rounds", "nominations", "decisions"}
    decision = doc["decisions"][0]
    assert {"id", "number", "date", "state", "recipients"} <= set(decision)
    assert decision["number"] == "45-QĐ/HĐTN" and decision["state"] == "issued"
    first = decision["recipients"][0]
    assert set(first) == {"name", "kind", "unit_code", "register_number", "code"}
    assert first["kind"] == "individual" and first["register_number"] == "0001"
    assert first["code"] == d["awards"][0].code


def test_commendation_export_writes_the_register(cli, issued, tmp_path) -> None:
    """The workbook's register sheet lists each recipient with its number and code."""
    db, d = issued
    out = tmp_path / "khen-thuong.xlsx"
    assert cli("--db", db, "commendation", "export", "--year", YEAR, "-o", out).code == 0
    sheet = load_workbook(out)["Sổ khen thưởng"]
    rows = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]]
    assert [(r[1], r[2], r[9]) for r in rows] == [
        (a.register_text, a.recipient_name, a.code) for a in d["awards"]
    ]


def test_certificate_print_full_overlay_reprint_and_calibrate(cli, issued, tmp_path) -> None:
    """One page per recipient; a reprint of one register number; the calibration page."""
    db, d = issued
    full = tmp_path / "gk.pdf"
    run = cli("--db", db, "certificate", "print", "--decision", d["id"], "-o", full, "--json")
    assert run.code == 0 and run.json()["certificates"] == 3
    assert _pages(full) == 3
    overlay = tmp_path / "phoi.pdf"
    assert cli("--db", db, "certificate", "print", "--decision", d["id"], "-o", overlay,
               "--overlay").code == 0  # fmt: skip
    again = tmp_path / "in-lai.pdf"
    second = d["awards"][1].register_text
    assert cli("--db", db, "certificate", "print", "--decision", d["id"], "-o", again,
               "--register", second).code == 0  # fmt: skip
    assert _pages(again) == 1
    assert d["awards"][1].recipient_name in _text(again)
    calibration = tmp_path / "can-chinh.pdf"
    assert cli("--db", db, "certificate", "calibrate", "--template", "overlay", "-o",
               calibration).code == 0  # fmt: skip
    assert "TRANG CĂN CHỈNH" in _text(calibration)


def test_certificate_verify_exit_codes(cli, issued) -> None:
    """Genuine exits 0 with the documented JSON; a code not in the register, or another
    name on a genuine number, exits 1 as unknown."""
    db, d = issued
    award = d["awards"][0]
    run = cli("--db", db, "certificate", "verify", award.code, "--json")
    assert run.code == 0
    assert run.json() | {} == {
        "code": award.code,
        "status": "genuine",
        "name": award.recipient_name,
        "decision_number": d["number"],
        "register_number": award.register_text,
        "date": f"{YEAR}-12-20",
        "issuer": "Huyện đoàn Bình Sơn",
        "reason": "",
    }
    run = cli("--db", db, "--lang", "en", "certificate", "verify", "AAAAA-AAAAA")
    assert run.code == 1 and "UNKNOWN" in run.out
    forged = QrPayload(d["number"], award.register_text, "Người Khác", f"{YEAR}-12-20", award.code)
    run = cli("--db", db, "certificate", "verify", forged.text(), "--json")
    assert run.code == 1 and run.json()["status"] == "unknown"


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
