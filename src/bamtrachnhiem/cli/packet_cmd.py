"""``packet export`` and ``packet import``: the upward data packet (gói dữ liệu)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

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
    table,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.exchange import (
    COUNTED_KINDS,
    ExportResult,
    FileOutcome,
    ImportReport,
    ImportStatus,
    Issue,
)
from bamtrachnhiem.messages import text

_STATUS_CODES = {
    ImportStatus.IMPORTED: "cli_packet_status_imported",
    ImportStatus.ALREADY_IMPORTED: "cli_packet_status_already",
    ImportStatus.STALE: "cli_packet_status_stale",
    ImportStatus.EDITED: "cli_packet_status_edited",
    ImportStatus.REFUSED: "cli_packet_status_refused",
    ImportStatus.CANCELLED: "cli_packet_status_cancelled",
}
_KIND_CODES = {kind: f"cli_kind_{kind}" for kind in COUNTED_KINDS}
_SHOWN_EDITED_ROWS = 20


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    packet = add_command(subparsers, "packet", "cli_help_packet", lang)
    commands = packet.subparsers("packet_command")

    export = add_command(commands, "export", "cli_help_packet_export", lang)
    add_year_option(export, lang)
    export.add_argument(
        "--month",
        type=int,
        required=True,
        metavar=text("cli_metavar_month", lang),
        help=help_text("cli_help_packet_month", lang),
    )
    add_output_option(export, "cli_help_packet_output", lang)
    add_json_flag(export, lang)
    export.set_defaults(handler=run_export)

    importing = add_command(commands, "import", "cli_help_packet_import", lang)
    importing.add_argument(
        "paths",
        nargs="+",
        metavar=text("cli_metavar_path", lang),
        help=help_text("cli_help_packet_paths", lang),
    )
    add_dry_run_flag(importing, lang)
    importing.add_argument(
        "--accept-edited", action="store_true", help=help_text("cli_help_accept_edited", lang)
    )
    add_json_flag(importing, lang)
    importing.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, console: Console) -> int:
    output = Path(args.output)
    with opened(args) as ctx:
        result = ctx.packet_export.export_packet(args.year, args.month, output)
    if console.json_mode:
        console.emit_json(export_document(result))
        return 0
    console.say(
        "cli_packet_exported",
        path=result.path,
        month=f"{result.month:02d}/{result.year}",
        unit_code=result.unit_code,
        seq=result.seq,
    )
    rows = [
        [console.t(_KIND_CODES[k]), str(n)] for k, n in result.counts.items() if k in _KIND_CODES
    ]
    console.line(table([console.t("cli_col_kind"), console.t("cli_col_rows")], rows))
    if result.sections:
        console.say("cli_packet_rollup", count=len(result.sections))
    return 0


def export_document(result: ExportResult) -> dict[str, Any]:
    """What ``packet export --json`` prints."""
    return jsonable(
        {
            "ok": True,
            "file": str(result.path),
            "packet_uuid": result.packet_uuid,
            "unit_code": result.unit_code,
            "year": result.year,
            "month": result.month,
            "seq": result.seq,
            "exported_at": result.exported_at,
            "content_hash": result.content_hash,
            "counts": result.counts,
            "sections": [
                {
                    "unit_code": s.unit_code,
                    "month": s.month,
                    "seq": s.seq,
                    "counts": s.counts,
                }
                for s in result.sections
            ],
        }
    )


def run_import(args: argparse.Namespace, console: Console) -> int:
    with opened(args) as ctx:
        report = ctx.packet_merge.import_files(
            args.paths, dry_run=args.dry_run, accept_edited=args.accept_edited
        )
    exit_code = 1 if report.has_problems else 0
    if console.json_mode:
        console.emit_json(import_document(report, console.lang))
        return exit_code
    for outcome in report.files:
        _print_outcome(outcome, console)
    statuses = [f.status for f in report.files]
    console.say(
        "cli_packet_summary",
        files=len(statuses),
        imported=statuses.count(ImportStatus.IMPORTED),
        already=statuses.count(ImportStatus.ALREADY_IMPORTED),
        stale=statuses.count(ImportStatus.STALE),
        edited=statuses.count(ImportStatus.EDITED),
        refused=statuses.count(ImportStatus.REFUSED),
    )
    if report.dry_run:
        console.say("cli_import_dry_run")
    return exit_code


def issue_document(issue: Issue, lang: str) -> dict[str, Any]:
    """An error or warning as the JSON of ``packet import`` lists it."""
    document: dict[str, Any] = {
        "code": issue.code,
        "message": text(issue.code, lang, **issue.params),
    }
    for key in ("sheet", "cell", "row"):
        value = getattr(issue, key)
        if value is not None:
            document[key] = value
    return document


def import_document(report: ImportReport, lang: str) -> dict[str, Any]:
    """What ``packet import --json`` prints: one entry per file, in the order given."""
    files = []
    for outcome in report.files:
        files.append(
            {
                "file": str(outcome.path),
                "status": outcome.status.value,
                "unit_code": outcome.unit_code,
                "unit_name": outcome.unit_name,
                "year": outcome.year,
                "month": outcome.month,
                "seq": outcome.seq,
                "packet_uuid": outcome.packet_uuid,
                "counts": {k: outcome.counts[k].as_dict() for k in COUNTED_KINDS},
                "errors": [issue_document(i, lang) for i in outcome.errors],
                "warnings": [issue_document(i, lang) for i in outcome.warnings],
                "edited_rows": [
                    {"sheet": e.sheet, "row": e.row, "id": e.record_id, "unit_code": e.unit_code}
                    for e in outcome.edited_rows
                ],
                "rows_missing": outcome.rows_missing,
                "rows_extra": outcome.rows_extra,
                "confirmed_edited": outcome.confirmed_edited,
                "already_imported_at": outcome.already_imported_at,
                "archived_path": outcome.archived_path,
                "sections": [
                    {
                        "unit_code": s.unit_code,
                        "month": s.month,
                        "seq": s.seq,
                        "status": s.status.value,
                    }
                    for s in outcome.sections
                ],
            }
        )
    return jsonable({"ok": not report.has_problems, "dry_run": report.dry_run, "files": files})


def _print_outcome(outcome: FileOutcome, console: Console) -> None:
    status = console.t(_STATUS_CODES[outcome.status])
    if outcome.unit_code:
        console.say(
            "cli_packet_file_line",
            file=outcome.path,
            status=status,
            unit=f"{outcome.unit_name} ({outcome.unit_code})",
            month=f"{outcome.month or 0:02d}/{outcome.year}",
            seq=outcome.seq,
        )
    else:
        console.say("cli_packet_file_line_unknown", file=outcome.path, status=status)
    if outcome.status is ImportStatus.ALREADY_IMPORTED and outcome.already_imported_at:
        console.say(
            "cli_packet_already_on",
            date=format_date(outcome.already_imported_at.astimezone().date()),
        )
    changed = {k: c for k, c in outcome.counts.items() if c.changed or c.unchanged}
    if outcome.status is ImportStatus.IMPORTED and changed:
        rows = [
            [
                console.t(_KIND_CODES[k]),
                str(c.created),
                str(c.updated),
                str(c.unchanged),
                str(c.removed),
            ]
            for k, c in changed.items()
        ]
        headers = [
            console.t(c)
            for c in (
                "cli_col_kind",
                "cli_col_created",
                "cli_col_updated",
                "cli_col_unchanged",
                "cli_col_removed",
            )
        ]
        console.line(table(headers, rows))
    if outcome.edited_rows or outcome.rows_missing or outcome.rows_extra:
        console.say("cli_packet_edited_rows", count=len(outcome.edited_rows))
        for edited in outcome.edited_rows[:_SHOWN_EDITED_ROWS]:
            console.line(f"  - {edited.sheet}, {console.t('cli_word_row')} {edited.row}")
        for sheet, missing in outcome.rows_missing.items():
            console.say("cli_packet_rows_missing", sheet=sheet, count=missing)
        for sheet, extra in outcome.rows_extra.items():
            console.say("cli_packet_rows_extra", sheet=sheet, count=extra)
        if outcome.status is ImportStatus.EDITED:
            console.say("cli_packet_accept_hint")
    for issue in outcome.errors:
        console.line("  " + text(issue.code, console.lang, **issue.params))
    for issue in outcome.warnings:
        console.line("  ! " + text(issue.code, console.lang, **issue.params))
