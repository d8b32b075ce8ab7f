"""Older packet format versions: what their sheets hold, and how their rows reach today's form.

Like the database migrations, each step says what changed from one format version to the
next; a reader of version N reads every earlier version through them, so the branches of a
province need not all upgrade on the same day (docs/decisions/0009). A file is always
checked (digests, hashes) in the form it was written in, then lifted to the current form.

Append a step whenever a travelling column is added; never edit a step that has shipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bamtrachnhiem.exchange.packet_format import FORMAT_VERSION, PacketKind, canonical_default

OLDEST_READABLE = 1


@dataclass(frozen=True)
class Upgrade:
    """What format ``version`` changed from the one before it."""

    version: int
    added: Mapping[str, tuple[str, ...]]  # kind name → keys of the columns new in ``version``
    why: str


UPGRADES: tuple[Upgrade, ...] = (
    Upgrade(
        2,
        {"units": ("signer_title", "signer_name")},
        "Units carry the default signer of their documents and the signer's title.",
    ),
)


def kind_in(version: int, kind: PacketKind) -> PacketKind:
    """``kind`` as packets of format ``version`` carry it: columns added later left out."""
    later = {key for step in _after(version) for key in step.added.get(kind.name, ())}
    if not later:
        return kind
    return PacketKind(kind.record, tuple(c for c in kind.columns if c.key not in later))


def kinds_in(version: int, kinds: Iterable[PacketKind]) -> tuple[PacketKind, ...]:
    return tuple(kind_in(version, kind) for kind in kinds)


def upgrade_rows(kind: PacketKind, rows: list[tuple], version: int) -> list[tuple]:
    """Rows read from a ``version`` packet, in today's form: new columns get their default."""
    old = kind_in(version, kind)
    if old is kind:
        return rows
    at = {key: i for i, key in enumerate(old.keys)}
    defaults = [canonical_default(c) for c in kind.columns]
    picks: list[tuple[int | None, Any]] = [
        (at.get(key), defaults[i]) for i, key in enumerate(kind.keys)
    ]
    return [tuple(row[p] if p is not None else d for p, d in picks) for row in rows]


def _after(version: int) -> list[Upgrade]:
    return [step for step in UPGRADES if version < step.version <= FORMAT_VERSION]
