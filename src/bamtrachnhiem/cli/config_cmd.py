"""``config export`` and ``config import``: the downward configuration packet (gói cấu hình)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_dry_run_flag,
    add_json_flag,
    add_output_option,
    add_year_option,
    help_text,
    jsonable,
    opened,
    removing_new_database,
)
from bamtrachnhiem.cli.packet_cmd import issue_document
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.exchange import ImportStatus
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    config = add_command(subparsers, "config", "cli_help_config", lang)
    commands = config.subparsers("config_command")

    export = add_command(commands, "export", "cli_help_config_export", lang)
    add_year_option(export, lang)
    export.add_argument(
        "--unit-code",
        required=True,
        metavar=text("cli_metavar_code", lang),
        help=help_text("cli_help_config_unit", lang),
    )
    add_output_option(export, "cli_help_config_output", lang)
    add_json_flag(export, lang)
    export.set_defaults(handler=run_export)

    importing = add_command(commands, "import", "cli_help_config_import", lang)
    importing.add_argument(
        "file", metavar=text("cli_metavar_file", lang), help=help_text("cli_help_config_file", lang)
    )
    add_dry_run_flag(importing, lang)
    add_json_flag(importing, lang)
    importing.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, console: Console) -> int:
    with opened(args) as ctx:
        result = ctx.configuration.export_config(args.year, args.unit_code, Path(args.output))
    if console.json_mode:
        console.emit_json(
            jsonable(
                {
                    "ok": True,
                    "file": str(result.path),
                    "packet_uuid": result.packet_uuid,
                    "unit_code": result.unit_code,
                    "year": result.year,
                    "campaigns": result.campaigns,
                    "deadlines": {str(m): d for m, d in result.deadlines.items()},
                }
            )
        )
        return 0
    console.say(
        "cli_config_exported", path=result.path, unit_code=result.unit_code, year=result.year
    )
    return 0


def run_import(args: argparse.Namespace, console: Console) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("cli_file_not_found", path=str(path))
    # A branch may start from the configuration alone: its own unit comes with it.
    with removing_new_database(Path(args.db).absolute()), opened(args, create=True) as ctx:
        result = ctx.configuration.import_config(path, dry_run=args.dry_run)
    if console.json_mode:
        console.emit_json(
            jsonable(
                {
                    "ok": True,
                    "dry_run": bool(args.dry_run),
                    "file": str(path),
                    "status": result.status.value,
                    "unit_code": result.unit_code,
                    "upper_unit_code": result.upper_unit_code,
                    "year": result.year,
                    "criteria_changed": result.criteria_changed,
                    "unit_changed": result.unit_changed,
                    "campaigns": result.campaigns.as_dict(),
                    "campaign_targets": result.campaign_targets.as_dict(),
                    "commendations": {
                        kind: counts.as_dict() for kind, counts in result.commendations.items()
                    },
                    "deadlines": {str(m): d for m, d in result.deadlines.items()},
                    "already_imported_at": result.already_imported_at,
                    "warnings": [issue_document(w, console.lang) for w in result.warnings],
                }
            )
        )
        return 0
    if result.status is ImportStatus.ALREADY_IMPORTED and result.already_imported_at:
        console.say(
            "cli_config_already",
            path=path,
            date=format_date(result.already_imported_at.astimezone().date()),
        )
        return 0
    console.say(
        "cli_config_imported",
        path=path,
        year=result.year,
        upper=result.upper_unit_code,
        campaigns=result.campaigns.created + result.campaigns.updated,
    )
    if result.criteria_changed:
        console.say("cli_config_criteria", year=result.year)
    for warning in result.warnings:
        console.line("  ! " + text(warning.code, console.lang, **warning.params))
    if args.dry_run:
        console.say("cli_import_dry_run")
    return 0
