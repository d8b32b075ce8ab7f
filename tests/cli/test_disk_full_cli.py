"""A full disk says what happened in one sentence: no traceback on the console.

Each case runs the command line in a child process, as a user does, so that what reaches
stderr is exactly what the user sees: late output of the interpreter (an object cleaned up
at exit) and log records with no handler (Python prints those with their traceback) too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bamtrachnhiem import messages
from bamtrachnhiem.storage.backup import list_backups
from tests.exchange.world import make_branch

# A disk that fills after the first 4 KB of a packet: openpyxl's zip writer hits it halfway.
_FULL_PACKET_DISK = """
import contextlib, errno
from bamtrachnhiem.exchange import packet_writer

class FullDisk:
    def __init__(self, fh):
        self.fh, self.room = fh, 4096
    def write(self, data):
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.fh.write(data)
    def __getattr__(self, name):
        return getattr(self.fh, name)

real = packet_writer.atomic_output

@contextlib.contextmanager
def full(path):
    with real(path) as fh:
        yield FullDisk(fh)

packet_writer.atomic_output = full
"""
# A disk with no room for the daily backup's copy: SQLite says "database or disk is full".
_FULL_BACKUP_DISK = """
import sqlite3
real = sqlite3.connect

def connect(database, *args, **kwargs):
    conn = real(database, *args, **kwargs)
    if ".tmp-" in str(database):  # the backup's temporary copy, before its rename
        conn.execute("PRAGMA max_page_count = 1")
    return conn

sqlite3.connect = connect
"""


def _cli(fault: str, home: Path, *argv: str | Path) -> subprocess.CompletedProcess[str]:
    script = fault + textwrap.dedent(
        """
        import sys
        from bamtrachnhiem.cli.main import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    env = {**os.environ, "XDG_DATA_HOME": str(home), "APPDATA": str(home)}
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def branch_db(tmp_path: Path) -> Path:
    branch = make_branch(tmp_path, "CD-A", "DX", members=8, months=2, seed=3)
    branch.ctx.close()
    return branch.path


def test_export_onto_a_full_disk_says_so_in_one_sentence(
    branch_db: Path, tmp_path: Path, user_dirs: Path
) -> None:
    """Exit 1, the Vietnamese sentence naming the file on stderr, nothing else anywhere,
    and no file, whole or partial, where the packet was to go."""
    out = tmp_path / "gui-di"
    out.mkdir()
    target = out / "goi.xlsx"
    done = _cli(
        _FULL_PACKET_DISK,
        user_dirs,
        "--db",
        branch_db,
        "packet",
        "export",
        "--year",
        "2026",
        "--month",
        "2",
        "-o",
        target,
    )
    expected = messages.text(
        "packet_write_failed", "vi", path=target, detail="No space left on device"
    )
    assert (done.returncode, done.stdout, done.stderr) == (1, "", expected + "\n")
    assert list(out.iterdir()) == []


def test_daily_backup_on_a_full_disk_is_logged_and_work_goes_on(
    branch_db: Path, tmp_path: Path, user_dirs: Path
) -> None:
    """The first open of the day cannot write its backup: the command still does its work,
    prints nothing about it, and the reason (with its traceback) is in the log file."""
    assert list_backups(branch_db) == []
    target = tmp_path / "goi.xlsx"
    done = _cli(
        _FULL_BACKUP_DISK,
        user_dirs,
        "--db",
        branch_db,
        "packet",
        "export",
        "--year",
        "2026",
        "--month",
        "2",
        "-o",
        target,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert target.is_file() and str(target) in done.stdout
    assert list_backups(branch_db) == []
    backups = branch_db.with_name(branch_db.stem + "-backups")
    assert [p.name for p in backups.iterdir()] == []  # no partial copy left either
    log = (user_dirs / "bamtrachnhiem" / "logs" / "cli.log").read_text(encoding="utf-8")
    assert "daily backup" in log and "db_disk_full" in log and "Traceback" in log
