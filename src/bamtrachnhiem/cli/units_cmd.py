"""``units add`` and ``units list``: the units of this database's tree."""

from __future__ import annotations

import argparse

from bamtrachnhiem.cli.common import CliParser, Console, add_json_flag, help_text, opened, table
from bamtrachnhiem.cli.init_cmd import unit_document
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    units: CliParser = subparsers.add_parser(
        "units",
        help=help_text("cli_help_units", lang),
        description=help_text("cli_help_units", lang),
    )
    commands = units.subparsers("units_command")
    code, name = text("cli_metavar_code", lang), text("cli_metavar_name", lang)

    add = commands.add_parser(
        "add",
        help=help_text("cli_help_units_add", lang),
        description=help_text("cli_help_units_add", lang),
    )
    add.add_argument(
        "--code", required=True, metavar=code, help=help_text("cli_help_unit_code", lang)
    )
    add.add_argument(
        "--name", required=True, metavar=name, help=help_text("cli_help_unit_name", lang)
    )
    add.add_argument(
        "--parent-code", required=True, metavar=code, help=help_text("cli_help_parent_code", lang)
    )
    add.add_argument(
        "--level",
        default="",
        metavar=text("cli_metavar_level", lang),
        help=help_text("cli_help_level", lang),
    )
    add_json_flag(add, lang)
    add.set_defaults(handler=run_add)

    listing = commands.add_parser(
        "list",
        help=help_text("cli_help_units_list", lang),
        description=help_text("cli_help_units_list", lang),
    )
    add_json_flag(listing, lang)
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, console: Console) -> int:
    unit = Unit(code=args.code, name=args.name, level=args.level, parent_code=args.parent_code)
    with opened(args) as ctx:
        unit = ctx.units.add(unit)
        parent = ctx.units.get(unit.parent_code) if unit.parent_code else None
    if console.json_mode:
        console.emit_json({"ok": True, "unit": unit_document(unit)})
    else:
        parent_label = f"{parent.name} ({parent.code})" if parent else ""
        console.say("cli_unit_added", name=unit.name, unit_code=unit.code, parent=parent_label)
    return 0


def run_list(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        units = ctx.units.find()
    if console.json_mode:
        console.emit_json([unit_document(u) for u in units])
        return 0
    if not units:
        console.say("cli_units_empty")
        return 0
    headers = [
        console.t(c)
        for c in ("cli_col_code", "cli_col_name", "cli_col_level", "cli_col_parent", "cli_col_own")
    ]
    rows = [
        [u.code, u.name, u.level, u.parent_code or "", console.t("cli_own_yes") if u.is_own else ""]
        for u in units
    ]
    console.line(table(headers, rows))
    console.say("cli_units_count", count=len(units))
    return 0
