"""Older packet format versions: what their sheets hold, and how their rows reach today's form.

Like the database migrations, each step says what changed from one format version to the
next; a reader of version N reads every earlier version through them, so the branches of a
province need not all upgrade on the same day (docs/decisions/0009). A file is always
checked (digests, hashes) in the form it was written in, then lifted to the current form.

Append a step whenever a travelling column is added; never edit a step that has shipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bamtrachnhiem.exchange.packet_format import (
    FORMAT_VERSION,
    LINE_ENDS_FROM,
    SHOWN_FROM,
    PacketKind,
    canonical_default,
    canonical_text,
)

OLDEST_READABLE = 1


@dataclass(frozen=True)
class Upgrade:
    """What format ``version`` changed from the one before it."""

    version: int
    added: Mapping[str, tuple[str, ...]]  # kind name → keys of the columns new in ``version``
    why: str
    # kind name → {column key: its header before ``version``}
    renamed: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    new_kinds: tuple[str, ...] = ()  # kinds (sheets) first carried in ``version``


UPGRADES: tuple[Upgrade, ...] = (
    Upgrade(
        2,
        {"units": ("signer_title", "signer_name")},
        "Units carry the default signer of their documents and the signer's title.",
    ),
    Upgrade(
        3,
        {},
        "Canonical text has LF line ends (packet_format.canonical_text): a spreadsheet that "
        "re-saves CRLF as LF no longer makes a packet look edited. Rows of older packets "
        "are checked with their own rule, then their text is given LF line ends.",
    ),
    Upgrade(
        4,
        {},
        "A column holding codes, JSON or ids is hidden and followed by the same in words "
        "for people (Column.shown_as); the code columns' headers say they hold codes. "
        "Values, canonical rows and digests are unchanged.",
        renamed={
            "members": {"employment_kind": "Loại cán bộ", "status": "Trạng thái"},
            "criteria_sets": {"source": "Nguồn"},
            "pledges": {"state": "Tình trạng"},
            "initiatives": {"state": "Tình trạng"},
            "assessments": {"band": "Xếp loại"},
            "activities": {"kind": "Loại hoạt động"},
        },
    ),
    Upgrade(
        5,
        {},
        "Issued reports (sơ kết, tổng kết, ...) travel upward in the data packet (sheet "
        "“Báo cáo”), and the report periods with their due dates travel down in the "
        "configuration packet (sheet “Kỳ báo cáo”). An older packet has neither: it holds no "
        "report, and leaves the receiver's report periods as they were.",
        new_kinds=("reports", "report_periods"),
    ),
    Upgrade(
        6,
        {},
        "Commendations travel: rounds with their rule and quotas, nominations, the reviews of "
        "them, decisions and the register. Older packets carry none of these kinds: they "
        "read as empty, and their hashes are checked without them.",
        new_kinds=(
            "commendation_rounds",
            "commendations",
            "nomination_reviews",
            "commendation_decisions",
            "awards",
        ),
    ),
    Upgrade(
        7,
        {},
        "The monthly assessments are written one sheet per month (“Đánh giá tháng 1” … "
        "“Đánh giá tháng 12”) instead of one sheet for the year. Columns, values, digests "
        "and hashes are unchanged; a month the receiver already merged arrives byte for "
        "byte as before and is not read again (docs/decisions/0015). Older packets keep "
        "their one “Đánh giá tháng” sheet.",
    ),
)


def carried(version: int, kind_name: str) -> bool:
    """True when packets of format ``version`` carry the kind (its sheet, its hash entry)."""
    return not any(kind_name in step.new_kinds for step in _after(version))


def kind_in(version: int, kind: PacketKind) -> PacketKind:
    """``kind`` as packets of format ``version`` carry it: columns added later left out,
    and that version's canonical form."""
    if version == kind.version:
        return kind
    steps = _after(version)
    later = {key for step in steps for key in step.added.get(kind.name, ())}
    headers: dict[str, str] = {}
    for step in reversed(steps):  # the oldest rename says what the header was then
        headers.update(step.renamed.get(kind.name, {}))
    columns = tuple(
        replace(
            c,
            header=headers.get(c.key, c.header),
            shown_as=c.shown_as if version >= SHOWN_FROM else "",
        )
        for c in kind.columns
        if c.key not in later
    )
    return PacketKind(kind.record, columns, version)


def kinds_in(version: int, kinds: Iterable[PacketKind]) -> tuple[PacketKind, ...]:
    return tuple(kind_in(version, kind) for kind in kinds)


def upgrade_rows(kind: PacketKind, rows: list[tuple], version: int) -> list[tuple]:
    """Rows read from a ``version`` packet, in today's form: new columns get their default."""
    old = kind_in(version, kind)
    if old is kind:
        return rows
    at = {key: i for i, key in enumerate(old.keys)}
    picks: list[tuple[int | None, Any]] = [
        (at[c.key], None) if c.key in at else (None, canonical_default(c)) for c in kind.columns
    ]
    lifted = [tuple(row[p] if p is not None else d for p, d in picks) for row in rows]
    if version < LINE_ENDS_FROM:
        texts = [i for i, c in enumerate(kind.columns) if c.is_text]
        lifted = [_line_ends(row, texts) for row in lifted]
    return lifted


def _line_ends(row: tuple, texts: list[int]) -> tuple:
    if not any(isinstance(row[i], str) and "\r" in row[i] for i in texts):
        return row
    values = list(row)
    for i in texts:
        if isinstance(values[i], str):
            values[i] = canonical_text(values[i])
    return tuple(values)


def _after(version: int) -> list[Upgrade]:
    return [step for step in UPGRADES if version < step.version <= FORMAT_VERSION]
