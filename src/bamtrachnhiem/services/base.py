"""What every service has: the database of its own context, that database's models, the own unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bamtrachnhiem.domain.errors import ValidationError
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

    def own_unit_code(self) -> str:
        """The code of this database's own unit, the owner of every record made here."""
        rows = self._rows("SELECT code FROM unit WHERE is_own = 1")
        if not rows:
            raise ValidationError("own_unit_missing")
        return rows[0][0]
