"""Commendation records in the configuration packet (sent down to one unit below).

A unit below receives the rounds of the year (with their rule and quotas), the reviews of
the nominations its subtree sent, and the issued or annulled decisions with their register
entries for recipients in its subtree. They keep their owner (the unit above): the receiver
reads them and never edits them (docs/decisions/0030).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from bamtrachnhiem.domain.exchange import KindCounts
from bamtrachnhiem.exchange.packet_format import (
    AWARDS,
    COMMENDATION_DECISIONS,
    COMMENDATION_ROUNDS,
    NOMINATION_REVIEWS,
    PacketKind,
    normalize_row,
)

Rows = Callable[[str, list[Any]], list[tuple]]
SENT_DOWN = (COMMENDATION_ROUNDS, NOMINATION_REVIEWS, COMMENDATION_DECISIONS, AWARDS)


def subtree(rows: Rows, code: str) -> list[str]:
    children: dict[str, list[str]] = defaultdict(list)
    for child, parent in rows("SELECT code, parent_code FROM unit", []):
        if parent:
            children[parent].append(child)
    found, stack, seen = [], [code], set()
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            found.append(current)
            stack.extend(children[current])
    return found


def _select(rows: Rows, kind: PacketKind, where: str, params: list[Any]) -> list[tuple]:
    columns = ", ".join(f'"{k}"' for k in kind.keys)
    found = rows(f"SELECT {columns} FROM {kind.table} WHERE {where} ORDER BY id", params)
    return [normalize_row(kind, row) for row in found]


def config_rows(rows: Rows, unit_code: str, year: int) -> dict[str, list[tuple]]:
    """The commendation rows of ``year`` that concern ``unit_code`` and the units below it."""
    tree = subtree(rows, unit_code)
    marks = ", ".join("?" * len(tree))
    decided = (
        "SELECT id FROM commendation_decision WHERE state IN ('issued', 'annulled') "
        "AND deleted_at IS NULL"
    )
    return {
        COMMENDATION_ROUNDS.name: _select(
            rows, COMMENDATION_ROUNDS, "year = ? AND deleted_at IS NULL", [year]
        ),
        NOMINATION_REVIEWS.name: _select(
            rows,
            NOMINATION_REVIEWS,
            "year = ? AND deleted_at IS NULL AND nomination_id IN "
            f"(SELECT id FROM nomination WHERE unit_code IN ({marks}))",
            [year, *tree],
        ),
        COMMENDATION_DECISIONS.name: _select(
            rows,
            COMMENDATION_DECISIONS,
            f"year = ? AND id IN ({decided}) AND id IN (SELECT decision_id FROM award "
            f"WHERE recipient_unit_code IN ({marks}) AND deleted_at IS NULL)",
            [year, *tree],
        ),
        AWARDS.name: _select(
            rows,
            AWARDS,
            f"year = ? AND deleted_at IS NULL AND recipient_unit_code IN ({marks}) "
            f"AND (source = 'external' OR decision_id IN ({decided}))",
            [year, *tree],
        ),
    }


def apply_config_rows(
    rows: Rows, own_code: str, received: dict[str, list[tuple]]
) -> dict[str, KindCounts]:
    """Store the records sent from above as they are (their owner kept); a record this unit
    owns is never overwritten from above."""
    counts: dict[str, KindCounts] = {}
    for kind in SENT_DOWN:
        kind_counts = counts.setdefault(kind.name, KindCounts())
        incoming = received.get(kind.name, [])
        if not incoming:
            continue
        columns = ", ".join(f'"{k}"' for k in kind.keys)
        assignments = ", ".join(f'"{k}" = excluded."{k}"' for k in kind.keys if k != "id")
        unit_at = kind.index("unit_code")
        stored = {
            row[kind.id_index]: row
            for row in _select(
                rows,
                kind,
                f"id IN ({', '.join('?' * len(incoming))})",
                [row[kind.id_index] for row in incoming],
            )
        }
        for row in incoming:
            if row[unit_at] == own_code:
                kind_counts.rejected += 1
                continue
            old = stored.get(row[kind.id_index])
            if old == row:
                kind_counts.unchanged += 1
                continue
            rows(
                f"INSERT INTO {kind.table} ({columns}) VALUES ({', '.join('?' * len(row))}) "
                f"ON CONFLICT (id) DO UPDATE SET {assignments}",
                list(row),
            )
            if old is None:
                kind_counts.created += 1
            else:
                kind_counts.updated += 1
    return counts
