"""``check``: the data file's integrity check and a short summary of what it holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from bamtrachnhiem.cli.common import Console, add_json_flag, help_text, opened


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    check = subparsers.add_parser(
        "check",
        help=help_text("cli_help_check", lang),
        description=help_text("cli_help_check", lang),
    )
    add_json_flag(check, lang)
    check.set_defaults(handler=run)


def run(args: argparse.Namespace, console: Console) -> int:
    db_path = Path(args.db).absolute()
    with opened(args, read_only=True) as ctx:
        report = ctx.database.integrity_report()
        ok = report == ["ok"]
        schema_version = ctx.database.user_version
        own, unit_count, member_count = None, None, None
        try:
            own = ctx.units.own_unit()
            unit_count = len(ctx.units.find())
            member_count = ctx.members.count()
        except Exception:
            if ok:
                raise
            # A damaged file may not answer; the integrity report is what matters then.
    if console.json_mode:
        console.emit_json(
            {
                "ok": ok,
                "db": str(db_path),
                "integrity": report,
                "schema_version": schema_version,
                "own_unit": own.code if own else None,
                "units": unit_count,
                "members": member_count,
            }
        )
        return 0 if ok else 1
    if ok:
        console.say("cli_check_ok", path=db_path)
    else:
        console.warn(console.t("cli_check_failed", path=db_path))
        for line in report:
            console.warn(f"  {line}")
    console.say("cli_check_schema", version=schema_version)
    if own:
        console.say("cli_check_own_unit", name=own.name, unit_code=own.code)
    else:
        console.say("cli_check_no_own_unit")
    if unit_count is not None:
        console.say("cli_check_units", count=unit_count)
        console.say("cli_check_members", count=member_count)
    return 0 if ok else 1
