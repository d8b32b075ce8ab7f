"""The tables the migrations make are exactly the tables the record kinds describe."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bamtrachnhiem.domain.kinds import ALL_KINDS, BY_TABLE, ColumnType, RecordKind
from bamtrachnhiem.exchange.packet_format import FORMAT_VERSION, canonical_default, packet_kind
from bamtrachnhiem.exchange.versions import UPGRADES
from bamtrachnhiem.storage.database import open_database

V1_DISTRICT = Path(__file__).parents[1] / "compat" / "v1" / "district.db"


def _sql_default(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def _described(kind: RecordKind) -> dict[str, tuple]:
    """(declared type, not null, default, primary-key position) of each stored column."""
    keys = kind.primary_key or tuple(c.key for c in kind.columns if c.primary)
    return {
        c.key: (
            c.sql_type,
            not c.nullable and c.key not in keys,
            _sql_default(c.default),
            keys.index(c.key) + 1 if c.key in keys else 0,
        )
        for c in kind.columns
        if c.stored
    }


def _actual(conn: sqlite3.Connection, table: str) -> dict[str, tuple]:
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return {
        name: (decl, bool(notnull) and not pk, default, pk)
        for _cid, name, decl, notnull, default, pk in rows
    }


def _tables(path: Path) -> dict[str, dict[str, tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {name: _actual(conn, name) for name in names}
    finally:
        conn.close()


@pytest.fixture(params=["new", "upgraded from version 1"])
def database_file(request, tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    if request.param != "new":
        shutil.copy(V1_DISTRICT, path)
    open_database(path, create=True).close()
    return path


def test_every_table_is_its_description(database_file: Path) -> None:
    """PRAGMA table_info of every table equals its kind's description, new or upgraded."""
    tables = _tables(database_file)
    assert set(tables) == set(BY_TABLE)
    for kind in ALL_KINDS:
        assert tables[kind.table] == _described(kind), kind.name


def test_every_column_a_version_added_can_be_given_to_older_packets() -> None:
    """Each column an upgrade adds exists, travels, and has a default for older packets."""
    assert max(step.version for step in UPGRADES) == FORMAT_VERSION
    assert [step.version for step in UPGRADES] == sorted({step.version for step in UPGRADES})
    by_name = {k.name: k for k in ALL_KINDS}
    for step in UPGRADES:
        for kind_name, keys in step.added.items():
            current = packet_kind(by_name[kind_name])
            for key in keys:
                canonical_default(current.column(key))  # raises when it has none


def test_references_name_kinds_and_children_are_id_lists() -> None:
    """A reference names a described kind; a link-table column is a list of ids."""
    names = {k.name for k in ALL_KINDS}
    for kind in ALL_KINDS:
        for column in kind.columns:
            assert column.ref is None or column.ref in names, (kind.name, column.key)
            assert (column.child is None) or column.type is ColumnType.IDS
            assert not (column.derived and column.header), (kind.name, column.key)
        assert kind.derived_keys == () or kind.derive is not None, kind.name


def test_the_packets_carry_the_kinds_their_descriptions_name() -> None:
    """Each packet's sheets are exactly the kinds described as travelling in it."""
    from bamtrachnhiem.domain.kinds import Packets
    from bamtrachnhiem.exchange.packet_format import CONFIG_KINDS, SHEET_ORDER, TABLE_KINDS

    data = {k.name for k in ALL_KINDS if k.packets in (Packets.DATA, Packets.BOTH)}
    config = {k.name for k in ALL_KINDS if k.packets in (Packets.CONFIG, Packets.BOTH)}
    assert {k.name for k in SHEET_ORDER} == data
    assert {k.name for k in TABLE_KINDS} == data - {"units"}
    assert {k.name for k in CONFIG_KINDS} == config
    for kind in ALL_KINDS:
        assert bool(kind.sheet) == (kind.packets is not Packets.NONE), kind.name
