"""Backups through the SQLite backup API, daily rotation, and restores that refuse bad files."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bamtrachnhiem import files
from bamtrachnhiem.domain.errors import StorageError
from bamtrachnhiem.domain.records import Member, Unit
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.storage import backup as backup_module
from bamtrachnhiem.storage.backup import DAILY_INTERVAL_S, DAILY_KEEP
from bamtrachnhiem.storage.database import APPLICATION_ID, open_database
from bamtrachnhiem.storage.migrations import SCHEMA_VERSION

DAY = 24 * 3600


def _make_db(path: Path, members: int = 3) -> Path:
    database = open_database(path, create=True)
    try:
        UnitService(database).create_own(Unit(code="CD-A", name="Chi đoàn A"))
        service = MemberService(database)
        for i in range(members):
            service.save(Member(given_name=f"Tên{i}", family_middle_name="Nguyễn Văn"))
    finally:
        database.close()
    return path


def _query(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT given_name FROM member")}
    finally:
        conn.close()


def _autos(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-auto.db"))


def _partial_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if ".tmp" in p.name or p.name.endswith("-journal")]


def test_manual_backup_holds_the_change_still_in_the_wal(opened_db, tmp_path: Path) -> None:
    """A backup taken right after a commit contains it, though it is only in the WAL yet."""
    MemberService(opened_db).save(Member(given_name="Mới", family_middle_name="Phạm"))
    file_copy = tmp_path / "file-copy.db"
    shutil.copyfile(opened_db.path, file_copy)
    has_table = _query(file_copy, "SELECT count(*) FROM sqlite_master WHERE name = 'member'")
    assert not has_table or "Mới" not in _names(file_copy), "the change is still only in the WAL"

    made = opened_db.backup()

    assert made.parent == opened_db.backups_dir
    assert made.name.endswith("-manual.db")
    assert _query(made, "PRAGMA integrity_check") == "ok"
    assert _query(made, "PRAGMA journal_mode") == "delete"
    assert _query(made, "PRAGMA application_id") == APPLICATION_ID
    assert "Mới" in _names(made)
    assert _partial_files(tmp_path) == []


def test_backup_to_a_chosen_file_with_awkward_characters(opened_db, tmp_path: Path) -> None:
    """A backup to a user-chosen name with spaces, # ? % round-trips through restore."""
    MemberService(opened_db).save(Member(given_name="Hà"))
    dest = tmp_path / "USB #1" / "sao lưu 100% ?.db"
    dest.parent.mkdir()
    assert opened_db.backup(dest=dest) == dest
    MemberService(opened_db).save(Member(given_name="Sau"))
    opened_db.restore(dest)
    assert [x.given_name for x in MemberService(opened_db).find()] == ["Hà"]


def test_backup_while_another_thread_keeps_writing(opened_db) -> None:
    """A backup taken during a stream of commits is sound and has every earlier commit."""
    service = MemberService(opened_db)
    saved: list[str] = []
    warmed_up = threading.Event()
    stop = threading.Event()
    failures: list[BaseException] = []

    def keep_writing() -> None:
        try:
            i = 0
            while not stop.is_set() and i < 5000:
                saved.append(service.save(Member(given_name=f"Luồng{i}")).id)
                i += 1
                if i == 20:
                    warmed_up.set()
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)
            warmed_up.set()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        assert warmed_up.wait(30)
        committed_before = list(saved)
        made = opened_db.backup()
    finally:
        stop.set()
        writer.join()
    assert failures == []
    assert _query(made, "PRAGMA integrity_check") == "ok"
    conn = sqlite3.connect(made)
    try:
        in_backup = {row[0] for row in conn.execute("SELECT id FROM member")}
    finally:
        conn.close()
    assert set(committed_before) <= in_backup
    assert in_backup <= set(saved)


def test_failed_backup_leaves_no_partial_file(opened_db, monkeypatch) -> None:
    """A disk filling up during a backup gives db_disk_full and leaves neither .tmp nor file."""

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "fsync_file", full)
    with pytest.raises(StorageError) as info:
        opened_db.backup()
    assert info.value.code == "db_disk_full"
    assert list(opened_db.backups_dir.iterdir()) == []


def test_first_open_of_an_existing_file_makes_one_daily_backup(tmp_path: Path) -> None:
    """Creating makes no backup; the next open makes an "auto" one; a reopen soon after none."""
    path = _make_db(tmp_path / "unit.db")
    folder = tmp_path / "unit-backups"
    assert _autos(folder) == []
    open_database(path).close()
    autos = _autos(folder)
    assert len(autos) == 1
    assert _query(autos[0], "PRAGMA integrity_check") == "ok"
    assert _names(autos[0]) == {"Tên0", "Tên1", "Tên2"}
    open_database(path).close()
    assert _autos(folder) == autos


def test_daily_backup_rotation_keeps_the_newest(tmp_path: Path) -> None:
    """An old last backup triggers a new one; only DAILY_KEEP autos stay, manual ones stay."""
    path = _make_db(tmp_path / "unit.db")
    open_database(path).close()
    folder = tmp_path / "unit-backups"
    (template,) = _autos(folder)
    now = time.time()
    made = []
    for i in range(DAILY_KEEP + 3):
        fake = folder / f"unit-2020{i:02d}01-000000-000000-auto.db"
        shutil.copyfile(template, fake)
        os.utime(fake, (now - (i + 2) * DAY, now - (i + 2) * DAY))
        made.append(fake)
    manual = folder / "unit-20190101-000000-000000-manual.db"
    shutil.copyfile(template, manual)
    os.utime(manual, (now - 400 * DAY, now - 400 * DAY))
    os.utime(template, (now - DAILY_INTERVAL_S - 60, now - DAILY_INTERVAL_S - 60))

    open_database(path).close()

    autos = _autos(folder)
    assert len(autos) == DAILY_KEEP
    newest = max(autos, key=lambda p: p.stat().st_mtime)
    assert newest not in [*made, template]
    assert set(autos) == {newest, template, *made[: DAILY_KEEP - 2]}
    assert manual.exists()


def test_backup_dated_in_the_future_does_not_stop_daily_backups(tmp_path: Path) -> None:
    """A last backup whose date is ahead of the clock (clock once wrong) still allows a new one."""
    path = _make_db(tmp_path / "unit.db")
    open_database(path).close()
    folder = tmp_path / "unit-backups"
    (first,) = _autos(folder)
    ahead = time.time() + 30 * DAY
    os.utime(first, (ahead, ahead))
    open_database(path).close()
    assert len(_autos(folder)) == 2


def test_failing_daily_backup_does_not_block_opening(tmp_path: Path, monkeypatch) -> None:
    """When the daily backup cannot be written, the database still opens and works."""
    path = _make_db(tmp_path / "unit.db")

    def broken(*args: object, **kwargs: object) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup_module, "backup_connection", broken)
    database = open_database(path)
    try:
        MemberService(database).save(Member(given_name="Vẫn"))
        assert MemberService(database).count() == 4
    finally:
        database.close()
    open_database(path).close()  # the lock was released


def test_restore_brings_back_the_old_data_after_a_safety_backup(opened_db) -> None:
    """Restoring a backup returns to its content; the replaced content is kept first."""
    service = MemberService(opened_db)
    service.save(Member(given_name="Cũ"))
    good = opened_db.backup()
    service.save(Member(given_name="Mới"))

    safety = opened_db.restore(good)

    assert [x.given_name for x in service.find()] == ["Cũ"]
    assert "before-restore" in safety.name
    assert _names(safety) == {"Cũ", "Mới"}
    assert _query(safety, "PRAGMA integrity_check") == "ok"
    assert opened_db.integrity_report() == ["ok"]
    assert opened_db.connection.pragma("journal_mode") == "wal"
    assert opened_db.user_version == SCHEMA_VERSION


def _corrupt_copy(database, dest: Path) -> Path:
    service = MemberService(database)
    for i in range(300):
        service.save(Member(given_name=f"Đệm{i}", notes="ghi chú " * 20))
    database.backup(dest=dest)
    size = dest.stat().st_size
    with dest.open("r+b") as fh:
        fh.seek(2 * 4096)
        fh.write(bytes((i * 31 + 7) % 256 for i in range(size - 4 * 4096)))
    return dest


def _foreign(database, path: Path) -> Path:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE song (title TEXT)")
        conn.commit()
    finally:
        conn.close()
    return path


def _newer(database, path: Path) -> Path:
    database.backup(dest=path)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    finally:
        conn.close()
    return path


def _bytes(content: bytes):
    def make(database, path: Path) -> Path:
        path.write_bytes(content)
        return path

    return make


# Each bad candidate is made before the "nothing changed" snapshot is taken.
BAD_RESTORES = {
    "corrupt": (_corrupt_copy, "restore_corrupt"),
    "foreign": (_foreign, "restore_foreign"),
    "random": (_bytes(os.urandom(4096)), "restore_not_database"),
    "pdf": (_bytes(b"%PDF-1.4\n" + b"0" * 900), "restore_not_database"),
    "empty": (_bytes(b""), "restore_not_database"),
    "newer": (_newer, "db_newer"),
}


@pytest.mark.parametrize(("make", "code"), BAD_RESTORES.values(), ids=BAD_RESTORES.keys())
def test_restore_of_a_bad_file_is_refused_and_changes_nothing(
    opened_db, tmp_path: Path, snapshot, make, code: str
) -> None:
    """Corrupt, foreign, non-database and newer files are refused before anything changes."""
    candidates = tmp_path / "candidates"
    candidates.mkdir()
    candidate = make(opened_db, candidates / "candidate.db")
    MemberService(opened_db).save(Member(given_name="Giữ"))
    before = snapshot(opened_db.path)
    backups_before = sorted(opened_db.backups_dir.glob("*"))

    with pytest.raises(StorageError) as info:
        opened_db.restore(candidate)

    assert info.value.code == code
    assert snapshot(opened_db.path) == before
    assert sorted(opened_db.backups_dir.glob("*")) == backups_before
    assert "Giữ" in [x.given_name for x in MemberService(opened_db).find()]


def test_restore_is_refused_on_a_read_only_database(tmp_path: Path, snapshot) -> None:
    """A database opened read-only cannot be restored over."""
    path = _make_db(tmp_path / "unit.db")
    good = tmp_path / "good.db"
    shutil.copyfile(path, good)
    before = snapshot(path)
    database = open_database(path, read_only=True)
    try:
        with pytest.raises(StorageError) as info:
            database.restore(good)
        assert info.value.code == "db_read_only"
    finally:
        database.close()
    assert snapshot(path) == before


def test_a_copy_with_broken_pages_is_not_sound(tmp_path: Path) -> None:
    """The check every backup copy passes before it gets its real name finds pages that did
    not reach the disk whole."""
    path = _make_db(tmp_path / "unit.db", members=300)
    with sqlite3.connect(path) as conn:
        assert backup_module.copy_is_sound(conn)
    conn.close()
    page = 4096
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(2 * page)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(size - 4 * page)))
    broken = sqlite3.connect(path)
    try:
        assert not backup_module.copy_is_sound(broken)
    finally:
        broken.close()
