"""``init``: create a data file and its own unit (đơn vị của mình)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bamtrachnhiem.cli.common import (
    Console,
    UsageError,
    add_json_flag,
    database_files,
    help_text,
    jsonable,
    opened,
    remove_new_database,
)
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "init", help=help_text("cli_help_init", lang), description=help_text("cli_help_init", lang)
    )
    code, name = text("cli_metavar_code", lang), text("cli_metavar_name", lang)
    parser.add_argument(
        "--unit-code", required=True, metavar=code, help=help_text("cli_help_init_unit_code", lang)
    )
    parser.add_argument(
        "--unit-name", required=True, metavar=name, help=help_text("cli_help_init_unit_name", lang)
    )
    parser.add_argument(
        "--level",
        default="",
        metavar=text("cli_metavar_level", lang),
        help=help_text("cli_help_level", lang),
    )
    parser.add_argument(
        "--parent-code", metavar=code, help=help_text("cli_help_init_parent_code", lang)
    )
    parser.add_argument(
        "--parent-name", metavar=name, help=help_text("cli_help_init_parent_name", lang)
    )
    add_json_flag(parser, lang)
    parser.set_defaults(handler=run, usage_text=parser.format_usage(), prog=parser.prog)


def run(args: argparse.Namespace, console: Console) -> int:
    if (args.parent_code is None) != (args.parent_name is None):
        raise UsageError(console.t("cli_usage_parent_pair"), args.usage_text, args.prog)
    path = Path(args.db).absolute()
    existed = {f for f in database_files(path) if f.exists()}
    unit = Unit(
        code=args.unit_code,
        name=args.unit_name,
        level=args.level,
        parent_code=args.parent_code,
        parent_name=args.parent_name or "",
    )
    try:
        with opened(args, create=True) as ctx:
            unit = ctx.units.create_own(unit)
    except BaseException:
        if path not in existed:
            remove_new_database(path, existed)
        raise
    if console.json_mode:
        console.emit_json({"ok": True, "db": str(path), "unit": unit_document(unit)})
    else:
        console.say("cli_init_done", path=path, name=unit.name, unit_code=unit.code)
    return 0


def unit_document(unit: Unit) -> dict:
    """A unit as ``units list --json`` prints it."""
    return jsonable(
        {
            "code": unit.code,
            "name": unit.name,
            "level": unit.level,
            "parent_code": unit.parent_code,
            "own": bool(unit.is_own),
        }
    )
