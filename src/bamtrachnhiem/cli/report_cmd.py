"""``report make|list|issue|export``: periodic reports (sơ kết, tổng kết, tháng, quý)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_json_flag,
    add_output_option,
    add_year_option,
    help_text,
    opened,
    table,
)
from bamtrachnhiem.domain.consolidation import percent_text, share
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.domain.reports import Report, ReportKind
from bamtrachnhiem.messages import text

KINDS = {kind.value: kind for kind in ReportKind}  # monthly, quarter, h1, year


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    report = add_command(subparsers, "report", "cli_help_report", lang)
    commands = report.subparsers("report_command")

    make = add_command(commands, "make", "cli_help_report_make", lang)
    make.add_argument(
        "--kind", required=True, choices=tuple(KINDS), help=help_text("cli_help_report_kind", lang)
    )
    add_year_option(make, lang)
    make.add_argument(
        "--month",
        type=int,
        metavar=text("cli_metavar_month", lang),
        help=help_text("cli_help_report_month", lang),
    )
    add_json_flag(make, lang)
    make.set_defaults(handler=run_make)

    listing = add_command(commands, "list", "cli_help_report_list", lang)
    listing.add_argument(
        "--year",
        type=int,
        metavar=text("cli_metavar_year", lang),
        help=help_text("cli_help_report_list_year", lang),
    )
    add_json_flag(listing, lang)
    listing.set_defaults(handler=run_list)

    issue = add_command(commands, "issue", "cli_help_report_issue", lang)
    issue.add_argument("id", metavar="ID", help=help_text("cli_help_report_id", lang))
    issue.add_argument(
        "--number",
        metavar=text("cli_metavar_number", lang),
        help=help_text("cli_help_report_number", lang),
    )
    add_json_flag(issue, lang)
    issue.set_defaults(handler=run_issue)

    export = add_command(commands, "export", "cli_help_report_export", lang)
    export.add_argument("id", metavar="ID", help=help_text("cli_help_report_id", lang))
    export.add_argument(
        "--format",
        required=True,
        choices=("pdf", "xlsx"),
        help=help_text("cli_help_report_format", lang),
    )
    add_output_option(export, "cli_help_report_output", lang)
    add_json_flag(export, lang)
    export.set_defaults(handler=run_export)


def run_make(args: argparse.Namespace, console: Console) -> int:
    with opened(args) as ctx:
        report = ctx.reports.make(KINDS[args.kind], args.year, month=args.month)
    if console.json_mode:
        console.emit_json(report_document(report, own=True))
        return 0
    console.say(
        "cli_report_made",
        summary=report.summary,
        id=report.id,
        members=report.figures.get("members", 0),
    )
    _say_figures(console, report)
    console.say("cli_report_next", id=report.id)
    return 0


def run_list(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        own = ctx.units.own_unit()
        reports = ctx.reports.find(args.year)
    own_code = own.code if own else ""
    if console.json_mode:
        console.emit_json([report_document(r, own=r.unit_code == own_code) for r in reports])
        return 0
    if not reports:
        console.say("cli_report_none")
        return 0
    headers = [
        console.t(c)
        for c in (
            "cli_report_col_unit",
            "cli_report_col_kind",
            "cli_report_col_period",
            "cli_report_col_number",
            "cli_report_col_date",
            "cli_report_col_state",
            "cli_report_col_id",
        )
    ]
    rows = [
        [
            f"{r.unit_name} ({r.unit_code})",
            console.t(f"cli_report_kind_{r.kind.value}"),
            r.period_name,
            r.number_line,
            format_date(r.report_date),
            console.t(f"cli_report_state_{r.state.value}"),
            r.id,
        ]
        for r in reports
    ]
    console.line(table(headers, rows))
    return 0


def run_issue(args: argparse.Namespace, console: Console) -> int:
    with opened(args) as ctx:
        report = ctx.reports.issue(args.id, number=args.number)
    if console.json_mode:
        console.emit_json(report_document(report, own=True))
        return 0
    console.say("cli_report_issued", number=report.number_line, summary=report.summary)
    return 0


def run_export(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        report = ctx.reports.get(args.id)
        path = ctx.reports.export(report.id, Path(args.output), args.format)
    if console.json_mode:
        console.emit_json({"ok": True, "id": report.id, "format": args.format, "path": str(path)})
        return 0
    console.say("cli_report_exported", number=report.number_line, path=path)
    return 0


def _say_figures(console: Console, report: Report) -> None:
    f = report.figures
    members, pledged = int(f.get("members", 0)), int(f.get("pledged", 0))
    assessed, expected = int(f.get("assessed", 0)), int(f.get("expected", 0))
    console.say(
        "cli_report_figures",
        pledged=format_quantity(pledged),
        members=format_quantity(members),
        pledged_pct=percent_text(share(pledged, members)),
        assessed=format_quantity(assessed),
        expected=format_quantity(expected),
        assessed_pct=percent_text(share(assessed, expected)),
    )


def report_document(report: Report, *, own: bool) -> dict[str, Any]:
    """One report as ``report make|list|issue --json`` print it."""
    return {
        "id": report.id,
        "unit_code": report.unit_code,
        "unit_name": report.unit_name,
        "own": own,
        "kind": report.kind.value,
        "year": report.year,
        "period": report.period,
        "months": report.months,
        "state": report.state.value,
        "number": report.number,
        "symbol": report.symbol,
        "date": report.report_date.isoformat() if report.report_date else None,
        "data_as_of": report.data_as_of.isoformat() if report.data_as_of else None,
        "title": report.title,
        "summary": report.summary,
        "signer": {"title": report.signer_title, "name": report.signer_name},
        "issued_at": report.issued_at,
        "figures": report.figures,
    }
