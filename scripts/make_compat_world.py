"""Record the files one released version makes, so later versions can prove they still read them.

    python scripts/make_compat_world.py tests/compat/v<N>

Run once per released packet format / schema version, with that version's code, and commit
the result. Never edit or regenerate a committed world: it stands for the files users of
that version have on their disks and in their mailboxes (docs/decisions/0009).

Everything is made through the command line of the installed code, as a user's scripts
would, into the folder given:

- ``branches/<code>.db``: three branches with a year of data (the demo world);
- ``packets/<yyyy-mm>/<code>.xlsx``: each branch's packets of October and December;
- ``district.db``: the district after importing the December packets;
- ``district-packet.xlsx``: the district's own packet, carrying its branches (roll-up);
- ``province.db``: a province that knows the district and has imported nothing;
- ``config-CD-001.xlsx``: the district's configuration packet for branch CD-001;
- ``manifest.json``: the versions that made them and the counts they held.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

YEAR = 2026
KEPT_MONTHS = (10, 12)


def cli(*args: str) -> dict:
    """Run ``bamtrachnhiem-cli ... --json`` and return its JSON (fails loudly)."""
    done = subprocess.run(
        [sys.executable, "-m", "bamtrachnhiem.cli", *args, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return json.loads(done.stdout)


def schema_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1]).resolve()
    if out.exists() and any(out.iterdir()):
        print(f"{out} is not empty: a committed world is never regenerated.", file=sys.stderr)
        return 1
    import bamtrachnhiem
    from bamtrachnhiem.exchange import packet_format

    with tempfile.TemporaryDirectory() as temp:
        world = Path(temp) / "world"
        cli(
            "demo", "--out", str(world), "--units", "3", "--members-per-unit", "5",
            "--year", str(YEAR), "--seed", "7", "--all-months", "--workers", "1",
        )  # fmt: skip
        (out / "branches").mkdir(parents=True)
        for db in sorted((world / "branches").glob("*.db")):
            shutil.copy(db, out / "branches" / db.name)
        for month in KEPT_MONTHS:
            folder = out / "packets" / f"{YEAR}-{month:02d}"
            folder.mkdir(parents=True)
            for packet in sorted((world / "packets" / f"{YEAR}-{month:02d}").glob("*.xlsx")):
                shutil.copy(packet, folder / packet.name)

        district = world / "upper.db"
        imported = cli("--db", str(district), "packet", "import", str(out / "packets/2026-12"))
        exported = cli(
            "--db", str(district), "packet", "export", "--year", str(YEAR), "--month", "12",
            "-o", str(out / "district-packet.xlsx"),
        )  # fmt: skip
        config = cli(
            "--db", str(district), "config", "export", "--year", str(YEAR),
            "--unit-code", "CD-001", "-o", str(out / "config-CD-001.xlsx"),
        )  # fmt: skip
        shutil.copy(district, out / "district.db")
        units = cli("--db", str(district), "units", "list")
        own = next(u for u in units if u["own"])

        province = Path(temp) / "province.db"
        cli(
            "--db", str(province), "init", "--unit-code", own["parent_code"],
            "--unit-name", "Tỉnh đoàn Quảng Ngãi", "--level", "Tỉnh đoàn",
        )  # fmt: skip
        cli(
            "--db", str(province), "units", "add", "--code", own["code"],
            "--name", own["name"], "--parent-code", own["parent_code"], "--level", own["level"],
        )  # fmt: skip
        shutil.copy(province, out / "province.db")

    manifest = {
        "app_version": bamtrachnhiem.__version__,
        "packet_format_version": packet_format.FORMAT_VERSION,
        "schema_version": schema_version(out / "district.db"),
        "year": YEAR,
        "district": own["code"],
        "province": own["parent_code"],
        "branches": sorted(p.stem for p in (out / "branches").glob("*.db")),
        "imported_december": [
            {"file": Path(f["file"]).name, "unit_code": f["unit_code"], "counts": f["counts"]}
            for f in imported["files"]
        ],
        "district_packet": {"seq": exported["seq"], "counts": exported["counts"]},
        "config_packet": {"unit_code": config["unit_code"], "campaigns": config["campaigns"]},
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"Wrote the version {manifest['packet_format_version']} world to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
