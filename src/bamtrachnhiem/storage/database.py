"""Opening the local database safely: pragmas, identity, integrity, migrations, one writer."""

from __future__ import annotations

import contextlib
import errno
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import InterfaceError, PeeweeException, SqliteDatabase

from bamtrachnhiem.domain.changes import EVERYTHING, Changes
from bamtrachnhiem.domain.clock import Clock
from bamtrachnhiem.domain.errors import AppError, StorageError
from bamtrachnhiem.domain.kinds import BY_NAME
from bamtrachnhiem.storage import backup as backups
from bamtrachnhiem.storage.lock import WriterLock
from bamtrachnhiem.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from bamtrachnhiem.storage.models import Models

APPLICATION_ID = 0x42544E48  # "BTNH": marks a file as ours
SQLITE_HEADER = b"SQLite format 3\x00"
# busy_timeout first: the journal_mode switch may have to wait for another connection.
PRAGMAS = {"busy_timeout": 3000, "foreign_keys": 1, "journal_mode": "wal", "synchronous": 2}
READ_ONLY_PRAGMAS = {"busy_timeout": 3000, "foreign_keys": 1, "query_only": 1}
# journal_mode is written into the file, so it is set only once the file is known to be ours.
_CONNECTION_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
BULK_CACHE_KIB = -131072  # Database.bulk's page cache (a negative cache_size counts KiB)

_DB_ERRORS = (sqlite3.Error, PeeweeException)
_log = logging.getLogger(__name__)


class ThreadedSqliteDatabase(SqliteDatabase):
    """peewee's one-connection-per-thread database, where closing closes every thread's.

    Background tasks run services on worker threads. Each thread opens its own connection
    on first use, with the same pragmas (WAL lets readers and the writer go on together);
    ``close_all`` closes all of them, whichever thread opened them, and nothing reopens
    afterwards.
    """

    def __init__(self, database: str, **kwargs: Any) -> None:
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()
        self._shut = False
        super().__init__(database, check_same_thread=False, autoconnect=True, **kwargs)

    def _connect(self) -> sqlite3.Connection:
        if self._shut:
            raise InterfaceError("The database has been closed.")
        conn = super()._connect()  # type: ignore[misc]  # peewee's stubs omit _connect
        with self._opened_lock:
            self._opened.append(conn)
        return conn

    def _close(self, conn: sqlite3.Connection) -> None:
        with self._opened_lock:
            if conn in self._opened:
                self._opened.remove(conn)
        conn.close()

    def close_all(self) -> None:
        """Close this thread's connection and every other thread's; refuse to reconnect."""
        self._shut = True
        try:
            if not self.is_closed():
                self.close()
        finally:
            with self._opened_lock:
                others, self._opened = self._opened, []
            for conn in others:
                conn.close()


ChangeListener = Callable[[Changes], None]


class _WriteScope(threading.local):
    """The kinds the current thread's outermost ``write()`` has touched so far."""

    depth = 0
    kinds: set[str]


@dataclass
class Database:
    """An open database file with its own models; announces every committed change."""

    path: Path
    connection: SqliteDatabase
    read_only: bool = False
    _lock: WriterLock | None = field(default=None, repr=False)
    models: Models = field(init=False, repr=False)
    clock: Clock = field(default_factory=Clock, repr=False)  # the time services stamp with
    _listeners: list[ChangeListener] = field(default_factory=list, init=False, repr=False)
    _scope: _WriteScope = field(default_factory=_WriteScope, init=False, repr=False)

    def __post_init__(self) -> None:
        self.models = Models(self.connection)

    @property
    def backups_dir(self) -> Path:
        """Where automatic and manual backups of this file go."""
        return backups.backups_dir_for(self.path)

    @property
    def user_version(self) -> int:
        return self.connection.execute_sql("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def write(self, *kinds: str) -> Iterator[None]:
        """One transaction for a multi-row change of ``kinds``; faults become ``StorageError``.

        ``kinds`` names the record kinds (``domain.kinds``) the change may touch. Once the
        outermost transaction commits, every listener hears of them (``on_change``); a
        rolled-back change announces nothing.
        """
        if self.read_only:
            raise StorageError("db_read_only", path=str(self.path))
        unknown = [k for k in kinds if k not in BY_NAME]
        if unknown:
            raise ValueError(f"unknown record kinds: {unknown}")
        scope = self._scope
        outermost = scope.depth == 0
        if outermost:
            scope.kinds = set()
        scope.kinds.update(kinds)
        scope.depth += 1
        try:
            with translate_faults(self.path), self.connection.atomic():
                yield
        finally:
            scope.depth -= 1
        if outermost and scope.kinds:
            self.announce(Changes(frozenset(scope.kinds)))

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Many rows written in a row of transactions (a merge of many packets): a page cache
        of 128 MiB instead of SQLite's 2, so inserts under random keys stop re-reading and
        spilling index pages (a third of a large merge's system time). Durability is the
        same: synchronous stays FULL, each commit is on disk when it returns."""
        execute = self.connection.execute_sql
        cache = int(execute("PRAGMA cache_size").fetchone()[0])
        execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            yield
        finally:
            with contextlib.suppress(*_DB_ERRORS):
                execute(f"PRAGMA cache_size = {cache}")

    def on_change(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener(changes)`` after each committed change; returns the way to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def announce(self, changes: Changes) -> None:
        """Tell every listener what changed (from the thread that committed)."""
        for listener in list(self._listeners):
            listener(changes)

    def backup(self, reason: str = "manual", dest: Path | None = None) -> Path:
        """Copy the database through the SQLite backup API; returns the backup file."""
        with translate_faults(Path(dest) if dest is not None else self.backups_dir):
            return backups.backup_connection(
                self.connection.connection(), self.path, reason=reason, dest=dest
            )

    def daily_backup(self) -> Path | None:
        """The day's automatic backup, made when the newest one is more than a day old (the
        newest ten are kept); None when it is not due. Opening a file calls it; the GUI
        calls it too while it stays open, so a file open for days still gets one a day."""
        if self.read_only:
            return None
        with translate_faults(self.backups_dir):
            return backups.rotate_daily(self.connection.connection(), self.path)

    def restore(self, candidate: str | Path) -> Path:
        """Replace this database's content with a backup; returns the safety backup made first.

        A foreign, corrupt or newer file is refused before anything changes.
        """
        if self.read_only:
            raise StorageError("db_read_only", path=str(self.path))
        candidate = Path(candidate)
        backups.check_restorable(candidate, APPLICATION_ID, SCHEMA_VERSION)
        safety = self.backup(reason="before-restore")
        with translate_faults(self.path):
            backups.restore_into(candidate, self.connection.connection())
            _migrate(self.connection, self.path, is_new=False)
        self.announce(EVERYTHING)
        return safety

    def integrity_report(self) -> list[str]:
        """``PRAGMA integrity_check`` lines; ``["ok"]`` when the file is sound."""
        rows = self.connection.execute_sql("PRAGMA integrity_check").fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        """Close the connections (every thread's) and give up the writer lock."""
        try:
            if isinstance(self.connection, ThreadedSqliteDatabase):
                self.connection.close_all()
            elif not self.connection.is_closed():
                self.connection.close()
        finally:
            self._listeners.clear()
            if self._lock is not None:
                self._lock.release()
                self._lock = None


@contextlib.contextmanager
def translate_faults(path: Path) -> Iterator[None]:
    """Turn SQLite faults (disk full, read-only, locked) into errors a user can act on."""
    try:
        yield
    except AppError:
        raise
    except Exception as exc:
        code = _fault_code(exc)
        if code is None:
            raise
        raise StorageError(code, path=str(path)) from exc


_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_WRITE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def _fault_code(exc: BaseException) -> str | None:
    # peewee may report "cannot rollback" with the real cause further down the chain. Only
    # database and OS errors are read: an error about user input may quote any text.
    seen: BaseException | None = exc
    visited: set[int] = set()
    while seen is not None and id(seen) not in visited:
        visited.add(id(seen))
        if isinstance(seen, OSError):
            if seen.errno in _DISK_FULL_ERRNOS:
                return "db_disk_full"
            if seen.errno in _NO_WRITE_ERRNOS:
                return "db_read_only_location"
        elif isinstance(seen, _DB_ERRORS):
            text = str(seen).lower()
            if "database or disk is full" in text or "disk i/o error" in text:
                return "db_disk_full"
            if "readonly database" in text or "read-only" in text:
                return "db_read_only"
            if "database is locked" in text:
                return "db_in_use"
        seen = seen.__cause__ or seen.__context__
    return None


def open_database(
    path: str | Path,
    *,
    create: bool = False,
    read_only: bool = False,
    auto_backup: bool = True,
) -> Database:
    """Open (or create) a database file of this app; its ``models`` are its own.

    Refuses, with a ``StorageError``: a missing file (unless ``create``), a file that is not
    SQLite or is corrupt, another application's database, a newer schema, a file another
    process is writing, and a location that cannot be written (``db_read_only_location``:
    the caller may offer ``read_only=True``).
    """
    path = Path(path).absolute()
    if not path.exists():
        if read_only or not create:
            raise StorageError("db_not_found", path=str(path))
        is_new = True
    else:
        _check_header(path, may_be_empty=create and not read_only)
        is_new = path.stat().st_size == 0

    lock: WriterLock | None = None
    if not read_only:
        lock = WriterLock(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            locked = lock.acquire()
        except OSError as exc:
            code = _fault_code(exc)
            code = code if code == "db_disk_full" else "db_read_only_location"
            raise StorageError(code, path=str(path)) from exc
        if not locked:
            raise StorageError("db_in_use", path=str(path))

    connection: ThreadedSqliteDatabase | None = None
    try:
        connection = _connect(path, read_only)
        _check_identity_and_integrity(connection, path, is_new)
        if not read_only:
            with translate_faults(path):
                # permanent: worker threads' connections get the same pragma.
                connection.pragma("journal_mode", PRAGMAS["journal_mode"], permanent=True)
            _migrate(connection, path, is_new)
    except BaseException as exc:
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close_all()
        if lock is not None:
            lock.release()
        if isinstance(exc, StorageError):
            code = exc.code
        else:
            code = _fault_code(exc) if isinstance(exc, Exception) else None
        if code == "db_read_only" and not read_only:
            # The user asked to write; the folder or the drive would not let us.
            code = "db_read_only_location"
        if code is not None and (code != getattr(exc, "code", None)):
            raise StorageError(code, path=str(path)) from exc
        raise

    database = Database(path=path, connection=connection, read_only=read_only, _lock=lock)
    if auto_backup and not read_only and not is_new:
        try:
            with translate_faults(path):
                backups.rotate_daily(database.connection.connection(), path)
        except (AppError, *_DB_ERRORS, OSError):
            # A failed daily backup must not block work; the next open tries again.
            _log.warning("daily backup of %s failed", path, exc_info=True)
    return database


def _check_header(path: Path, *, may_be_empty: bool) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError("db_cannot_read", path=str(path)) from exc
    if header == b"" and may_be_empty:
        return  # an empty file (SQLite's empty database) we were asked to create
    if header != SQLITE_HEADER:
        raise StorageError("db_not_sqlite", path=str(path))


def _connect(path: Path, read_only: bool) -> ThreadedSqliteDatabase:
    if read_only:
        connection = ThreadedSqliteDatabase(
            backups.readonly_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS
        )
    else:
        connection = ThreadedSqliteDatabase(str(path), pragmas=_CONNECTION_PRAGMAS)
    try:
        connection.connect()
    except Exception as exc:
        connection.close_all()
        code = _fault_code(exc)
        if code in ("db_read_only", "db_read_only_location"):
            raise StorageError("db_read_only_location", path=str(path)) from exc
        if code in ("db_in_use", "db_disk_full"):
            raise StorageError(code, path=str(path)) from exc
        if _looks_corrupt(exc):
            raise StorageError("db_corrupt", path=str(path)) from exc
        raise StorageError("db_cannot_open", path=str(path), detail=str(exc)) from exc
    return connection


def _looks_corrupt(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _check_identity_and_integrity(connection: SqliteDatabase, path: Path, is_new: bool) -> None:
    try:
        app_id = connection.execute_sql("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute_sql("PRAGMA user_version").fetchone()[0]
        table_count = connection.execute_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        quick = [row[0] for row in connection.execute_sql("PRAGMA quick_check").fetchall()]
    except _DB_ERRORS as exc:
        # peewee wraps some sqlite3 errors and lets others (raised while fetching) through.
        code = _fault_code(exc)
        raise StorageError(code or "db_corrupt", path=str(path)) from exc
    if quick != ["ok"]:
        raise StorageError("db_corrupt", path=str(path))
    if app_id == 0 and table_count == 0 and user_version == 0:
        return  # an empty SQLite file: ours to initialise
    if app_id != APPLICATION_ID:
        raise StorageError("db_foreign", path=str(path))
    if user_version > SCHEMA_VERSION:
        raise StorageError(
            "db_newer", path=str(path), version=user_version, supported=SCHEMA_VERSION
        )


def _migrate(connection: SqliteDatabase, path: Path, is_new: bool) -> None:
    with translate_faults(path):
        current = connection.execute_sql("PRAGMA user_version").fetchone()[0]
        if current >= SCHEMA_VERSION:
            return
        if current > 0:
            backups.backup_connection(
                connection.connection(), path, reason=f"before-v{current + 1}"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            try:
                with connection.atomic():
                    if version == 1:
                        # Inside the first step's transaction: a crash while creating the
                        # file leaves an empty SQLite file, never a half-made one of ours.
                        connection.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    MIGRATIONS[version - 1](connection)
                    connection.execute_sql(f"PRAGMA user_version = {version}")
            except AppError:
                raise
            except Exception as exc:
                if _fault_code(exc):
                    raise
                raise StorageError(
                    "db_migration_failed", path=str(path), version=version, detail=str(exc)
                ) from exc
