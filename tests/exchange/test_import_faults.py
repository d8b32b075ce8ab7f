"""Faults during an import: a killed process or a full disk never leave half a packet."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.domain.exchange import ImportStatus
from tests.exchange.world import (
    Packets,
    assert_nothing_changed,
    build_packets,
    copy_upper,
    import_log,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills the process with SIGKILL")
_IMPORT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from bamtrachnhiem.bootstrap import open_context
    import bamtrachnhiem.services.import_log as import_log

    db, packet, ready, pause = sys.argv[1:5]
    if pause == "1":
        def stalled_copy(source, dest):
            # Every row of the packet is written, the transaction not yet committed.
            Path(ready).write_text("ready")
            time.sleep(60)
        import_log.atomic_copy = stalled_copy
    ctx = open_context(db)
    Path(ready).write_text("started")
    ctx.packet_merge.apply([packet])
    ctx.close()
    """
)


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Packets:
    return build_packets(tmp_path_factory.mktemp("packets"))


def _start(db: Path, packet: Path, ready: Path, pause: bool) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", _IMPORT_SCRIPT, str(db), str(packet), str(ready), str(int(pause))],
        env=env,
    )


def _wait_for(ready: Path, text: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not (ready.exists() and ready.read_text() == text):
        assert process.poll() is None, "the import process ended early"
        assert time.monotonic() < deadline, "the import process never got there"
        time.sleep(0.01)


def _imported_members(db: Path) -> int:
    ctx = open_context(db)
    try:
        return ctx.members.count(unit_code="CD-A")
    finally:
        ctx.close()


def test_killed_inside_the_transaction_changes_nothing(packets, tmp_path, snapshot):
    """A process killed after writing every row but before commit leaves the database as it
    was; importing again then brings the whole packet."""
    db = copy_upper(packets, tmp_path)
    before, log_before = snapshot(db), import_log(db)
    ready = tmp_path / "ready"
    process = _start(db, packets.a[2], ready, pause=True)
    try:
        _wait_for(ready, "ready", process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert_nothing_changed(before, snapshot(db), log_before, import_log(db))
    assert import_log(db) == log_before
    ctx = open_context(db)
    try:
        outcome = ctx.packet_merge.apply([packets.a[2]]).files[0]
        assert outcome.status is ImportStatus.IMPORTED
        assert outcome.counts["members"].created == 6
    finally:
        ctx.close()


def test_killed_at_a_random_moment_is_all_or_nothing(packets, tmp_path):
    """Killed at any moment, an import is either complete (logged, every row) or absent."""
    rng = random.Random(7)
    for attempt in range(3):
        db = copy_upper(packets, tmp_path / f"try{attempt}")
        ready = tmp_path / f"ready{attempt}"
        process = _start(db, packets.a[2], ready, pause=False)
        try:
            _wait_for(ready, "started", process)
            time.sleep(rng.uniform(0.0, 0.15))
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        logged = [row for row in import_log(db) if row[2] == "imported"]
        assert _imported_members(db) == (6 if logged else 0)


def test_full_disk_refuses_and_changes_nothing(packets, tmp_path, snapshot):
    """With the disk full half way through, the packet is refused and nothing changed."""
    db = copy_upper(packets, tmp_path)
    ctx = open_context(db)
    try:
        before, log_before = snapshot(db), import_log(db)
        pages = ctx.database.connection.execute_sql("PRAGMA page_count").fetchone()[0]
        ctx.database.connection.execute_sql(f"PRAGMA max_page_count = {pages + 1}")
        outcome = ctx.packet_merge.apply([packets.a[2]]).files[0]
        assert outcome.status is ImportStatus.REFUSED
        assert outcome.errors[0].code == "db_disk_full"
        assert not ctx.import_log.received_dir.exists() or not any(
            ctx.import_log.received_dir.rglob("*")
        )
    finally:
        ctx.close()
    assert_nothing_changed(before, snapshot(db), log_before, import_log(db))
