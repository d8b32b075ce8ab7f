"""Ordered schema steps; ``user_version`` records how many have run."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

_V1 = [
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE unit (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT NOT NULL DEFAULT '',
        parent_code TEXT,
        parent_name TEXT NOT NULL DEFAULT '',
        higher_body TEXT NOT NULL DEFAULT '',
        issuing_body TEXT NOT NULL DEFAULT '',
        doc_symbol TEXT NOT NULL DEFAULT '',
        place_name TEXT NOT NULL DEFAULT '',
        has_standing_committee INTEGER NOT NULL DEFAULT 0,
        is_pilot INTEGER NOT NULL DEFAULT 0,
        is_own INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL)""",
    "CREATE INDEX unit_parent_code ON unit (parent_code)",
    "CREATE UNIQUE INDEX unit_one_own ON unit (is_own) WHERE is_own = 1",
    """CREATE TABLE member (
        id TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        family_middle_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL,
        search_key TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',
        gender TEXT,
        birth_date DATE,
        birth_year INTEGER,
        ethnicity TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        union_role TEXT NOT NULL DEFAULT '',
        joined_union_date DATE,
        party_member INTEGER NOT NULL DEFAULT 0,
        employment_kind TEXT,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        status_date DATE,
        status_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT)""",
    "CREATE INDEX member_unit_code ON member (unit_code)",
    "CREATE INDEX member_name_key ON member (name_key)",
    "CREATE INDEX member_status ON member (status)",
]


def _run_all(statements: list[str]) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        for sql in statements:
            db.execute_sql(sql)

    return step


# Append only. Never edit a step that has shipped: databases in the field have run it.
MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _run_all(_V1),
]

SCHEMA_VERSION = len(MIGRATIONS)
