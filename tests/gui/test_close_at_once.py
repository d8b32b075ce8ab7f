"""Closing the app while its pages still load a large file never crashes the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.records import Member, Unit

LAUNCHES = 8
MEMBERS = 20000


def _large_branch(path: Path) -> None:
    ctx = open_context(path, create=True)
    try:
        ctx.units.create_own(Unit(code="CD-LON", name="Chi đoàn Lớn", parent_code="DX"))
        ctx.members.add_many(
            [
                Member(family_middle_name="Nguyễn Văn", given_name=f"An {i:04d}")
                for i in range(MEMBERS)
            ]
        )
    finally:
        ctx.close()


def test_opening_a_large_file_and_closing_at_once_never_crashes(tmp_path: Path):
    """Eight launches on a 20,000-member file each quit as soon as the window shows, while
    the pages' background reads are still running; every one exits cleanly (a segfault was
    10 launches in 18 before closing waited for its tasks)."""
    database = tmp_path / "lon.db"
    _large_branch(database)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    for launch in range(LAUNCHES):
        report = tmp_path / f"report-{launch}.txt"
        env["BAMTRACHNHIEM_SMOKE_TEST"] = str(report)
        run = subprocess.run(
            [sys.executable, "-m", "bamtrachnhiem.gui.app", str(database)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, (launch, run.returncode, run.stderr[-2000:])
        assert "Traceback" not in run.stderr, run.stderr[-2000:]
        assert report.read_text(encoding="utf-8").strip(), launch
