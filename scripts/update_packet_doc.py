"""Rewrite the column tables of docs/packet-format.md from the record kinds' descriptions.

    python scripts/update_packet_doc.py

The tables sit between ``<!-- columns -->`` and ``<!-- /columns -->``; a test fails when
they differ from what this script writes, so the document always says what the code does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "packet-format.md"
START, END = "<!-- columns -->", "<!-- /columns -->"


def column_tables() -> str:
    """The markdown of every travelling kind's columns, as the current version writes them."""
    from bamtrachnhiem.domain.kinds import ColumnType
    from bamtrachnhiem.exchange.packet_format import CONFIG_KINDS, SHEET_ORDER, PacketKind
    from bamtrachnhiem.exchange.versions import UPGRADES

    added = {
        (kind, key): step.version
        for step in UPGRADES
        for kind, keys in step.added.items()
        for key in keys
    }
    renamed = {  # the oldest header of a renamed column, and the version that renamed it
        (kind, key): (step.version, old)
        for step in reversed(UPGRADES)
        for kind, headers in step.renamed.items()
        for key, old in headers.items()
    }
    parts = []
    kinds: list[PacketKind] = [*SHEET_ORDER, *(k for k in CONFIG_KINDS if k not in SHEET_ORDER)]
    for kind in kinds:
        carried = {"data": "data packet", "config": "configuration packet", "both": "both packets"}
        sheet = (
            f"sheets “{kind.month_sheet(1)}” … “{kind.month_sheet(12)}”, one per month"
            if kind.by_month
            else f"sheet “{kind.sheet}”"
        )
        parts.append(
            f"#### `{kind.name}`: {sheet}, table `{kind.table}`, key "
            f"`{kind.id_key}` ({carried[kind.record.packets.value]})\n"
        )
        parts.append("| key | header | type | when empty | notes |")
        parts.append("|---|---|---|---|---|")
        for c in kind.columns:
            if c.type is ColumnType.ID or c.required or (not c.nullable and not c.is_text):
                empty = "refused"
            elif c.nullable:
                empty = "null"
            else:
                empty = '`""`'
            notes = []
            if c.choices:
                notes.append("one of " + ", ".join(f"`{v}`" for v in c.choices))
            if c.child is not None:
                notes.append(
                    f"the `{c.child.member_column}` values of `{c.child.table}` for this row, "
                    f"ordered by `{c.child.order_by}`"
                )
            elif c.ref is not None and c.key != "unit_code":
                notes.append(f"an id of `{c.ref}`")
            if c.shown_as:
                words = f"hidden; followed by “{c.shown_as}”, the same in words"
                if c.labels:
                    words += " (" + ", ".join(f"`{a}` {b}" for a, b in c.labels) + ")"
                notes.append(words)
            if (kind.name, c.key) in renamed:
                version, old = renamed[(kind.name, c.key)]
                notes.append(f"header “{old}” before version {version}")
            if c.kept_by_unit:
                notes.append("the unit's own: a configuration packet never changes it")
            if (kind.name, c.key) in added:
                notes.append(f"new in version {added[(kind.name, c.key)]}")
            parts.append(
                f"| `{c.key}` | {c.header} | {c.type.value} | {empty} | {'; '.join(notes)} |"
            )
        parts.append("")
    return "\n".join(parts)


def rewritten(text: str) -> str:
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{START}\n\n{column_tables()}\n{END}{tail}"


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    DOC.write_text(rewritten(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"rewrote the column tables of {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
