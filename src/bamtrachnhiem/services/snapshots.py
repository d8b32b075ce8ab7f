"""A unit's rows of each travelling kind in canonical form: what packets carry and compare."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from bamtrachnhiem.domain.kinds import Scope
from bamtrachnhiem.exchange.packet_format import UNITS, PacketKind, ids_text, normalize_row
from bamtrachnhiem.services.base import Service

_CHUNK = 500  # ids per IN (...) query


def sql_columns(kind: PacketKind) -> list[str]:
    """The kind's travelling columns stored in its own table (not its id lists)."""
    return [c.key for c in kind.columns if c.child is None]


def quoted(name: str) -> str:
    return f'"{name}"'


def snapshot_scope(
    kind: PacketKind, unit_code: str, year: int, month: int | None
) -> tuple[str, list[Any]]:
    """The WHERE clause selecting a unit's rows of ``kind`` that one snapshot covers.

    ``month`` limits month-scoped kinds (export of the own unit); imports compare against
    the whole year, so a newer snapshot decides every month of it. A kind whose rows travel
    only in some state (reports: issued ones) adds its condition.
    """
    where, params = _scope(kind, unit_code, year, month)
    if kind.record.travel_filter:
        where = f"{where} AND ({kind.record.travel_filter})"
    return where, params


def _scope(kind: PacketKind, unit_code: str, year: int, month: int | None) -> tuple[str, list[Any]]:
    if kind.scope is Scope.UNIT:
        return "unit_code = ?", [unit_code]
    if kind.scope is Scope.CAMPAIGN_YEAR:
        return (
            "unit_code = ? AND campaign_id IN (SELECT id FROM campaign WHERE year = ?)",
            [unit_code, year],
        )
    if kind.scope is Scope.YEAR_MONTH and month is not None:
        return "unit_code = ? AND year = ? AND month <= ?", [unit_code, year, month]
    return "unit_code = ? AND year = ?", [unit_code, year]


def chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SnapshotReader(Service):
    """Reads rows the way packets hold them: canonical values, id lists filled in."""

    def _unit_row(self, code: str) -> tuple | None:
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit WHERE code = ?", [code])
        return rows[0] if rows else None

    def _select(
        self, kind: PacketKind, where: str, params: list[Any], *, ordered: bool = False
    ) -> list[tuple]:
        """Rows of ``kind`` in canonical form (child lists included), in display order."""
        columns = sql_columns(kind)
        sql = f"SELECT {', '.join(map(quoted, columns))} FROM {quoted(kind.table)} WHERE {where}"
        if ordered and kind.sort_keys:
            sql += " ORDER BY " + ", ".join(map(quoted, kind.sort_keys))
        raw = self._rows(sql, params)
        child_columns = [c for c in kind.columns if c.child is not None]
        if not child_columns:
            return [normalize_row(kind, row) for row in raw]
        children = {c.key: self._children(kind, c, where, params) for c in child_columns}
        id_at = columns.index(kind.id_key)
        result = []
        for row in raw:
            values = iter(row)
            full = [
                ids_text(children[c.key].get(row[id_at], [])) if c.child else next(values)
                for c in kind.columns
            ]
            result.append(normalize_row(kind, full))
        return result

    def _children(
        self, kind: PacketKind, column: Any, where: str, params: list[Any]
    ) -> dict[str, list]:
        child = column.child
        rows = self._rows(
            f"SELECT {child.parent_column}, {child.member_column} FROM {child.table} "
            f"WHERE {child.parent_column} IN (SELECT id FROM {quoted(kind.table)} WHERE {where}) "
            f"ORDER BY {child.parent_column}, {child.order_by}, {child.member_column}",
            params,
        )
        found: dict[str, list[str]] = defaultdict(list)
        for parent, member in rows:
            found[parent].append(member)
        return found

    def _tree_rows(self) -> list[tuple]:
        """The own unit and every unit below it (all units of this database), parents first."""
        rows = self._rows(f"SELECT {', '.join(UNITS.keys)} FROM unit ORDER BY is_own DESC, code")
        return [normalize_row(UNITS, row) for row in rows]
