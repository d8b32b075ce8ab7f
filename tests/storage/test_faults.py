"""Faults while writing: a killed process, a full disk, a migration that fails halfway."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.domain.records import Member, Unit, new_id, now_iso
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.storage import database as database_module
from bamtrachnhiem.storage.database import open_database
from bamtrachnhiem.storage.migrations import MIGRATIONS, SCHEMA_VERSION

KILLED_MID_IMPORT = """
import sys
from bamtrachnhiem.storage.database import open_database

database = open_database(sys.argv[1])
# A small page cache makes SQLite spill uncommitted pages into the WAL file, as a big
# import does; recovery must ignore them.
database.connection.pragma("cache_size", 8)
m = database.models
with database.write():
    for i in range(3000):
        m.Member.insert(
            id=f"killed-{i:05d}", unit_code="CD-A", given_name=f"Tên {i}",
            family_middle_name="Trần Thị", notes="x" * 200,
            created_at="2024-01-01T00:00:00+00:00", updated_at="2024-01-01T00:00:00+00:00",
        ).execute()
    m.Unit.update(name="renamed by the killed process").execute()
    print("ready", flush=True)
    sys.stdin.read()
"""


def _make_db(path: Path, members: int = 5) -> Path:
    database = open_database(path, create=True)
    try:
        UnitService(database).create_own(Unit(code="CD-A", name="Chi đoàn A"))
        service = MemberService(database)
        for i in range(members):
            service.save(Member(given_name=f"Tên{i}", family_middle_name="Nguyễn Văn"))
    finally:
        database.close()
    return path


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in found:
        found.append(seen)
        seen = seen.__cause__ or seen.__context__
    return found


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_process_killed_mid_transaction_leaves_previous_content(tmp_path: Path, snapshot) -> None:
    """SIGKILL during a big write transaction: reopening shows exactly the last commit."""
    path = _make_db(tmp_path / "unit.db")
    before = snapshot(path)
    wal = path.with_name(path.name + "-wal")
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_IMPORT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout.readline().strip() == "ready"
        assert wal.stat().st_size > 100_000, "uncommitted pages should have reached the WAL"
        writer.kill()
        writer.wait()
    database = open_database(path)
    try:
        assert database.integrity_report() == ["ok"]
        assert MemberService(database).count() == 5
        assert UnitService(database).get("CD-A").name == "Chi đoàn A"
    finally:
        database.close()
    assert snapshot(path) == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {"unit.db", "unit.db.lock", "unit-backups"}
    assert leftovers == set()


def _fill(database, count: int) -> None:
    m = database.models
    stamp = now_iso()
    for _ in range(count):
        m.Member.insert(
            id=new_id(),
            unit_code="CD-A",
            given_name="Đầy",
            notes="ổ đĩa " * 400,
            created_at=stamp,
            updated_at=stamp,
        ).execute()


def test_disk_full_is_db_disk_full_and_changes_nothing(tmp_path: Path, snapshot) -> None:
    """With no page left, a big write raises db_disk_full (cause chained); nothing changed."""
    path = _make_db(tmp_path / "unit.db")
    database = open_database(path)
    try:
        before = snapshot(path)
        pages = database.connection.pragma("page_count")
        database.connection.pragma("max_page_count", pages)
        with pytest.raises(StorageError) as info, database.write():
            _fill(database, 500)
        assert info.value.code == "db_disk_full"
        assert any("database or disk is full" in str(e) for e in _chain(info.value))
        assert snapshot(path) == before
        # The same happens through a service, and the database stays usable afterwards.
        service = MemberService(database)
        with pytest.raises(StorageError) as info:
            service.save(Member(given_name="Bình", notes="ghi chú " * 20000))
        assert info.value.code == "db_disk_full"
        assert snapshot(path) == before
        database.connection.pragma("max_page_count", 1_000_000)
        service.save(Member(given_name="Bình"))
        assert service.count() == 6
    finally:
        database.close()


def _create_then_fail(db) -> None:
    db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    db.execute_sql("INSERT INTO half_done VALUES (1)")
    raise RuntimeError("step broke halfway")


def _add_column(db) -> None:
    db.execute_sql("CREATE TABLE v2_table (id INTEGER PRIMARY KEY)")


def test_migration_failing_halfway_rolls_back_and_keeps_a_backup(
    tmp_path: Path, snapshot, monkeypatch
) -> None:
    """A step that breaks after creating a table: db_migration_failed, v1 intact, backup made."""
    path = _make_db(tmp_path / "unit.db")
    before = snapshot(path)
    monkeypatch.setattr(database_module, "MIGRATIONS", [*MIGRATIONS, _create_then_fail])
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.code == "db_migration_failed"
    assert info.value.params["version"] == SCHEMA_VERSION + 1
    assert isinstance(info.value.__cause__, RuntimeError)
    assert snapshot(path) == before
    assert before["user_version"] == SCHEMA_VERSION
    assert "half_done" not in _tables(path)
    backups = list((tmp_path / "unit-backups").glob(f"*-before-v{SCHEMA_VERSION + 1}.db"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 5
    finally:
        conn.close()
    monkeypatch.undo()
    open_database(path).close()  # the lock was released


def test_each_migration_step_commits_on_its_own(tmp_path: Path, monkeypatch) -> None:
    """When step N+2 fails, step N+1 stays applied: user_version and its table remain."""
    path = _make_db(tmp_path / "unit.db")
    steps = [*MIGRATIONS, _add_column, _create_then_fail]
    monkeypatch.setattr(database_module, "MIGRATIONS", steps)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(steps))
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.params["version"] == SCHEMA_VERSION + 2
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    finally:
        conn.close()
    assert "v2_table" in _tables(path)
    assert "half_done" not in _tables(path)


def test_crash_while_creating_leaves_a_file_we_can_still_initialise(
    tmp_path: Path, monkeypatch
) -> None:
    """A failure inside the first step leaves no half-made database: retrying creates it."""
    path = tmp_path / "new.db"
    monkeypatch.setattr(database_module, "MIGRATIONS", [_create_then_fail])
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", 1)
    with pytest.raises(StorageError):
        open_database(path, create=True)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()
    monkeypatch.undo()
    database = open_database(path, create=True)
    try:
        assert database.user_version == SCHEMA_VERSION
    finally:
        database.close()
