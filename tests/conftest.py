"""Shared test setup: offscreen Qt, the gui marker, an opened database, snapshots, member lists."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.member_lists import office_list_params

# Offscreen, on a screen the size of the office laptops (1366×768): windows are fitted to it.
_SCREEN = Path(__file__).with_name("offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

_GUI_TESTS = Path(__file__).parent / "gui"
# Files a finished write or backup must never leave behind.
_PARTIAL_PATTERNS = ("*.tmp", "*.tmp-*", "*-journal")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """With BAMTRACHNHIEM_NO_SKIPS set (CI), a skipped test is a failed test: a tool or an
    input it needs is missing, and nothing it checks was checked."""
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("BAMTRACHNHIEM_NO_SKIPS")
        and not hasattr(report, "wasxfail")
    ):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped where skips are not allowed: {reason}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _GUI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


def snapshot(db_path: Path) -> dict[str, object]:
    """What "nothing changed" compares (quality.md): row counts, row checksums in
    primary-key order, ``user_version``, and partial files beside the database.
    """
    db_path = Path(db_path)
    # A plain connection, not mode=ro: a read-only one cannot remove the -wal and -shm files
    # it makes, and they would look like leftovers.
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA query_only = 1")
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            keys = [col[1] for col in sorted(info, key=lambda c: c[5]) if col[5] > 0]
            order = ", ".join(f'"{k}"' for k in keys) or "rowid"
            digest = hashlib.sha256()
            count = 0
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                digest.update(repr(row).encode())
                count += 1
            tables[name] = (count, digest.hexdigest())
    finally:
        conn.close()
    folders = [db_path.parent, db_path.with_name(db_path.stem + "-backups")]
    partial = sorted(
        str(p.relative_to(db_path.parent))
        for folder in folders
        if folder.is_dir()
        for pattern in _PARTIAL_PATTERNS
        for p in folder.glob(pattern)
    )
    return {"user_version": user_version, "tables": tables, "partial_files": partial}


@pytest.fixture(name="snapshot")
def snapshot_fixture() -> Callable[[Path], dict[str, object]]:
    """``snapshot(db_path)``: the state a refused or failed change must leave untouched."""
    return snapshot


@pytest.fixture(params=office_list_params())
def office_list(request: pytest.FixtureRequest) -> Path:
    """An office member list: the committed fixture, and also the shared sample when present."""
    return request.param


@pytest.fixture
def opened_db(tmp_path: Path) -> Iterator[object]:
    """A new database under ``tmp_path`` with its own unit created; closed afterwards."""
    from bamtrachnhiem.domain.records import Unit
    from bamtrachnhiem.services.units import UnitService
    from bamtrachnhiem.storage.database import open_database

    database = open_database(tmp_path / "unit.db", create=True)
    try:
        UnitService(database).create_own(
            Unit(code="CD-UBND-PD", name="Chi đoàn UBND phường Phú Diễn")
        )
        yield database
    finally:
        database.close()
