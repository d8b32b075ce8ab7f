"""``commendation list`` and ``commendation export``: rounds, nominations, decisions, register."""

from __future__ import annotations

import argparse
from pathlib import Path

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_json_flag,
    add_output_option,
    add_year_option,
    opened,
    table,
)


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    commendation = add_command(subparsers, "commendation", "cli_help_commendation", lang)
    commands = commendation.subparsers("commendation_command")

    listing = add_command(commands, "list", "cli_help_commendation_list", lang)
    add_year_option(listing, lang)
    add_json_flag(listing, lang)
    listing.set_defaults(handler=run_list)

    export = add_command(commands, "export", "cli_help_commendation_export", lang)
    add_year_option(export, lang)
    add_output_option(export, "cli_help_commendation_output", lang)
    add_json_flag(export, lang)
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        document = ctx.commendations.listing(args.year)
    if console.json_mode:
        console.emit_json(document)
        return 0
    console.say(
        "cli_commendation_title",
        year=args.year,
        rounds=len(document["rounds"]),
        nominations=len(document["nominations"]),
        decisions=len(document["decisions"]),
    )
    for r in document["rounds"]:
        console.say("cli_commendation_round", name=r["name"], unit=r["unit_code"])
    if document["nominations"]:
        rows = [
            [n["unit_code"], n["name"], console.t(f"cli_nomination_{n['state']}")]
            for n in document["nominations"]
        ]
        console.line(
            table(
                [
                    console.t("cli_commendation_col_unit"),
                    console.t("cli_commendation_col_name"),
                    console.t("cli_commendation_col_state"),
                ],
                rows,
            )
        )
    for d in document["decisions"]:
        console.say(
            "cli_commendation_decision",
            number=d["number"] or "—",
            state=console.t(f"cli_decision_{d['state']}"),
            count=len(d["recipients"]),
        )
        for a in d["recipients"]:
            console.line(f"  {a['register_number'] or '—':>6}  {a['name']}  {a['code']}")
    return 0


def run_export(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        path = ctx.commendations.export_book(args.year, Path(args.output))
    if console.json_mode:
        console.emit_json({"ok": True, "file": str(path), "year": args.year})
        return 0
    console.say("cli_commendation_exported", path=path, year=args.year)
    return 0
