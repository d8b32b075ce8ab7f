"""Opening a database file: identity, pragmas, integrity, refusals, one writer, read-only."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import peewee
import pytest

from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.storage import database as database_module
from bamtrachnhiem.storage.database import (
    APPLICATION_ID,
    open_database,
    translate_faults,
)
from bamtrachnhiem.storage.lock import WriterLock
from bamtrachnhiem.storage.migrations import SCHEMA_VERSION

HOLD_OPEN = """
import sys
from bamtrachnhiem.storage.database import open_database
database = open_database(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
"""


def _make_db(path: Path, members: int = 3) -> Path:
    """A closed database of ours with an own unit and a few members."""
    database = open_database(path, create=True)
    try:
        UnitService(database).create_own(Unit(code="CD-A", name="Chi đoàn A"))
        service = MemberService(database)
        for i in range(members):
            service.save(Member(given_name=f"Tên{i}", family_middle_name="Nguyễn Văn"))
    finally:
        database.close()
    return path


def _raw_pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _refusal(path: Path, **kwargs: object) -> StorageError:
    with pytest.raises(StorageError) as info:
        open_database(path, **kwargs)
    return info.value


def test_new_file_gets_application_id_and_current_schema(tmp_path: Path) -> None:
    """A created file carries our application_id and user_version == SCHEMA_VERSION."""
    path = tmp_path / "new.db"
    database = open_database(path, create=True)
    try:
        assert database.user_version == SCHEMA_VERSION
        assert database.integrity_report() == ["ok"]
    finally:
        database.close()
    assert _raw_pragma(path, "application_id") == APPLICATION_ID
    assert _raw_pragma(path, "user_version") == SCHEMA_VERSION


def test_pragmas_wal_full_sync_and_foreign_keys(opened_db) -> None:
    """The connection runs in WAL mode, synchronous=FULL, with foreign keys enforced."""
    pragma = opened_db.connection.pragma
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1


def test_worker_thread_gets_its_own_connection_and_close_closes_it(opened_db) -> None:
    """A service called on a worker thread works, and closing the database closes its link."""
    service = MemberService(opened_db)
    service.save(Member(given_name="An", family_middle_name="Lê"))
    seen: list[object] = []

    def work() -> None:
        try:
            seen.append([x.given_name for x in service.find()])
            seen.append(opened_db.connection.pragma("foreign_keys"))
        except Exception as exc:  # handed to the test thread
            seen.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [["An"], 1]
    opened = list(opened_db.connection._opened)
    assert len(opened) == 2
    opened_db.close()
    for conn in opened:
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")


def test_missing_file_is_refused_without_creating_anything(tmp_path: Path) -> None:
    """Opening a path that does not exist (create=False) is db_not_found and creates nothing."""
    path = tmp_path / "absent.db"
    assert _refusal(path).code == "db_not_found"
    assert _refusal(path, read_only=True).code == "db_not_found"
    assert list(tmp_path.iterdir()) == []


NOT_SQLITE = {
    "random": os.urandom(8192),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50,
    "empty": b"",
    "blank_text": b"\r\n  \r\n",
    "csv": "Họ và tên,Ngày sinh\nNguyễn Văn An,05/03/1996\n".encode(),
    "short_header": b"SQLite form",
}


@pytest.mark.parametrize("content", NOT_SQLITE.values(), ids=NOT_SQLITE.keys())
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    """Random bytes, a PDF, an empty or text file is db_not_sqlite and stays byte-identical."""
    path = tmp_path / "unit.db"
    path.write_bytes(content)
    assert _refusal(path).code == "db_not_sqlite"
    assert _refusal(path, read_only=True).code == "db_not_sqlite"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) in (["unit.db"], ["unit.db", "unit.db.lock"])


def test_empty_file_is_initialised_when_creating(tmp_path: Path) -> None:
    """A zero-byte file chosen for a new unit becomes a database of ours (create=True)."""
    path = tmp_path / "unit.db"
    path.write_bytes(b"")
    database = open_database(path, create=True)
    try:
        assert database.user_version == SCHEMA_VERSION
    finally:
        database.close()
    assert _raw_pragma(path, "application_id") == APPLICATION_ID


def _junk_middle_pages(path: Path) -> None:
    size = path.stat().st_size
    page = 4096
    assert size >= 8 * page, "need a database of several pages"
    with path.open("r+b") as fh:
        fh.seek(2 * page)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(size - 4 * page)))


def test_garbage_pages_after_a_valid_header_are_db_corrupt(tmp_path: Path) -> None:
    """A file of ours whose middle pages are junk fails quick_check: db_corrupt, untouched."""
    path = _make_db(tmp_path / "unit.db", members=300)
    _junk_middle_pages(path)
    before = path.read_bytes()
    assert _refusal(path).code == "db_corrupt"
    assert _refusal(path, read_only=True).code == "db_corrupt"
    assert path.read_bytes() == before


def test_truncated_database_is_db_corrupt(tmp_path: Path) -> None:
    """A database cut short (a copy interrupted halfway) is db_corrupt."""
    path = _make_db(tmp_path / "unit.db", members=300)
    os.truncate(path, path.stat().st_size // 2)
    assert _refusal(path).code == "db_corrupt"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    """Another application's SQLite file (tables, no application_id of ours) is db_foreign."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoice (total) VALUES (12.5)")
        conn.commit()
    finally:
        conn.close()
    before = path.read_bytes()
    assert _refusal(path).code == "db_foreign"
    assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    """Our application_id with a higher user_version is db_newer, naming both versions."""
    path = _make_db(tmp_path / "unit.db")
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    finally:
        conn.close()
    error = _refusal(path)
    assert error.code == "db_newer"
    assert error.params["version"] == SCHEMA_VERSION + 5
    assert error.params["supported"] == SCHEMA_VERSION
    assert _raw_pragma(path, "user_version") == SCHEMA_VERSION + 5


def test_second_open_in_the_same_process_is_db_in_use(opened_db) -> None:
    """Opening the open file again for writing is db_in_use; the first stays usable."""
    assert _refusal(opened_db.path).code == "db_in_use"
    assert UnitService(opened_db).own_unit() is not None


def test_another_process_holding_the_file_blocks_until_it_is_killed(tmp_path: Path) -> None:
    """A second instance is db_in_use; when that process is killed the lock is gone."""
    path = _make_db(tmp_path / "unit.db")
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout.readline().strip() == "ready"
        assert _refusal(path).code == "db_in_use"
        holder.kill()  # SIGKILL: no chance to release anything itself
        holder.wait()
    database = open_database(path)
    try:
        assert MemberService(database).count() == 3
    finally:
        database.close()


def test_read_only_open_reads_and_refuses_every_write(tmp_path: Path, snapshot) -> None:
    """read_only=True lists members; write() and raw inserts fail with db_read_only."""
    path = _make_db(tmp_path / "unit.db")
    before = snapshot(path)
    database = open_database(path, read_only=True)
    try:
        assert database.read_only
        assert len(MemberService(database).find()) == 3
        with pytest.raises(StorageError) as info, database.write():
            pass
        assert info.value.code == "db_read_only"
        m = database.models
        with pytest.raises(peewee.OperationalError, match="readonly"):
            m.Setting.insert(key="k", value="v").execute()
        with pytest.raises(StorageError) as info, translate_faults(path):
            m.Setting.insert(key="k", value="v").execute()
        assert info.value.code == "db_read_only"
        assert info.value.__cause__ is not None
    finally:
        database.close()
    assert snapshot(path) == before


def test_read_only_open_does_not_take_the_writer_lock(opened_db) -> None:
    """A read-only window may look at a file another window is writing."""
    reader = open_database(opened_db.path, read_only=True)
    try:
        assert reader.user_version == SCHEMA_VERSION
    finally:
        reader.close()


def test_unwritable_lock_location_is_db_read_only_location(tmp_path: Path, monkeypatch) -> None:
    """A folder that refuses the lock file gives db_read_only_location; read-only still opens."""
    path = _make_db(tmp_path / "unit.db")

    def refuse(self: WriterLock) -> bool:
        raise PermissionError(13, "Permission denied", str(self.path))

    monkeypatch.setattr(WriterLock, "acquire", refuse)
    assert _refusal(path).code == "db_read_only_location"
    database = open_database(path, read_only=True)
    try:
        assert MemberService(database).count() == 3
    finally:
        database.close()


@pytest.mark.parametrize(
    "fault",
    [
        sqlite3.OperationalError("attempt to write a readonly database"),
        PermissionError(13, "Permission denied"),
    ],
    ids=["sqlite_readonly", "permission"],
)
def test_unwritable_database_file_is_db_read_only_location(
    tmp_path: Path, monkeypatch, fault: Exception
) -> None:
    """A connection the drive will not let us write gives db_read_only_location, lock freed."""
    path = _make_db(tmp_path / "unit.db")

    def refuse(db_path: Path, read_only: bool) -> object:
        raise fault

    monkeypatch.setattr(database_module, "_connect", refuse)
    error = _refusal(path)
    assert error.code == "db_read_only_location"
    assert error.__cause__ is fault
    monkeypatch.undo()
    open_database(path).close()  # the lock was given back


def test_bulk_writes_get_a_large_cache_then_the_usual_one(opened_db) -> None:
    """A merge of many packets writes with a large page cache; afterwards, and after a
    failure too, the connection is as it was, and durability never changes."""

    def pragma(name: str) -> int:
        return opened_db.connection.execute_sql(f"PRAGMA {name}").fetchone()[0]

    usual = pragma("cache_size")
    with opened_db.bulk():
        assert pragma("cache_size") == database_module.BULK_CACHE_KIB != usual
        assert pragma("synchronous") == 2
    assert pragma("cache_size") == usual
    with pytest.raises(RuntimeError), opened_db.bulk():
        raise RuntimeError("merge failed")
    assert pragma("cache_size") == usual
