"""What every service has: the database of its own context, that database's models, the own unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.storage.database import Database


class Service:
    """A use-case service over one open database; it never reaches any other file."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.m = database.models

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Rows of one plain SQL query on this service's database."""
        return self.database.connection.execute_sql(sql, list(params)).fetchall()

    def now_iso(self) -> str:
        """The time to stamp records with (the context's clock)."""
        return self.database.clock.now_iso()

    def own_unit(self) -> Unit | None:
        """This database's own unit (đơn vị của mình); ``None`` before the first run made it."""
        row = self.m.Unit.get_or_none(self.m.Unit.is_own == True)  # noqa: E712 - peewee expression
        return unit_record(row) if row is not None else None

    def own_unit_code(self) -> str:
        """The code of this database's own unit, the owner of every record made here."""
        rows = self._rows("SELECT code FROM unit WHERE is_own = 1")
        if not rows:
            raise ValidationError("own_unit_missing")
        return rows[0][0]


_UNIT_FIELDS = [f.name for f in fields(Unit)]


def unit_record(row: Any) -> Unit:
    """A unit row as the domain record."""
    return Unit(**{name: getattr(row, name) for name in _UNIT_FIELDS})
