"""``summary``: the units below, each with its figures for a month or a period, and totals;
``campaigns list``: the year's campaigns, each target summed over the units below."""

from __future__ import annotations

import argparse
from typing import Any

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_json_flag,
    add_year_option,
    help_text,
    opened,
    table,
)
from bamtrachnhiem.domain.campaigns import CampaignRollup
from bamtrachnhiem.domain.consolidation import (
    ConsolidationTable,
    Period,
    UnitFigures,
    decimal_text,
    percent_text,
)
from bamtrachnhiem.domain.dates import format_date
from bamtrachnhiem.domain.numbers import format_quantity
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    summary = add_command(subparsers, "summary", "cli_help_summary", lang)
    add_year_option(summary, lang)
    which = summary.add_mutually_exclusive_group()
    which.add_argument(
        "--month",
        type=int,
        metavar=text("cli_metavar_month", lang),
        help=help_text("cli_help_summary_month", lang),
    )
    which.add_argument(
        "--period", choices=("h1", "year"), help=help_text("cli_help_summary_period", lang)
    )
    add_json_flag(summary, lang)
    summary.set_defaults(handler=run_summary)

    campaigns = add_command(subparsers, "campaigns", "cli_help_campaigns", lang)
    commands = campaigns.subparsers("campaigns_command")
    listing = add_command(commands, "list", "cli_help_campaigns_list", lang)
    add_year_option(listing, lang)
    add_json_flag(listing, lang)
    listing.set_defaults(handler=run_campaigns)


def _period(args: argparse.Namespace) -> Period:
    if args.month is not None:
        return Period.month(args.year, args.month)
    return Period.named(args.year, args.period or "year")


def run_summary(args: argparse.Namespace, console: Console) -> int:
    period = _period(args)
    with opened(args, read_only=True) as ctx:
        result = ctx.consolidation.by_unit(period)
    if console.json_mode:
        console.emit_json(summary_document(result))
        return 0
    console.say(
        "cli_summary_title",
        unit=result.root_name,
        period=_period_label(console, period),
        date=format_date(result.as_of),
    )
    if not result.units:
        console.say("cli_summary_no_units")
    headers = [
        console.t(code)
        for code in (
            "cli_summary_col_unit",
            "cli_summary_col_members",
            "cli_summary_col_pledged",
            "cli_summary_col_assessed",
            "cli_summary_col_bands",
            "cli_summary_col_mean",
            "cli_summary_col_initiatives",
            "cli_summary_col_activities",
            "cli_summary_col_campaigns",
            "cli_summary_col_on_time",
        )
    ]
    rows = [_row(console, u, "  " * (u.depth - 1) + f"{u.name} ({u.code})") for u in result.units]
    rows.append(_row(console, result.total, console.t("cli_summary_total")))
    console.line(table(headers, rows))
    console.say("cli_summary_legend")
    return 0


def _period_label(console: Console, period: Period) -> str:
    if period.first == period.last:
        return console.t("cli_summary_month", month=period.first, year=period.year)
    return console.t("cli_summary_months", first=period.first, last=period.last, year=period.year)


def _row(console: Console, u: UnitFigures, label: str) -> list[str]:
    bands = "/".join(
        format_quantity(u.bands.get(code, 0)) for code in ("excellent", "good", "pass", "fail")
    )
    on_time = "·" if u.on_time is None else f"{u.months_on_time}/{u.months_due}"
    return [
        label,
        format_quantity(u.members),
        f"{format_quantity(u.pledged)} ({percent_text(u.pledged_pct)})",
        f"{format_quantity(u.assessed)}/{format_quantity(u.expected)}",
        bands,
        decimal_text(u.mean),
        format_quantity(u.initiative_count),
        format_quantity(u.activities),
        percent_text(None if u.campaign_pct is None else float(u.campaign_pct)),
        on_time,
    ]


def summary_document(result: ConsolidationTable) -> dict[str, Any]:
    """What ``summary --json`` prints (outputs.md § "The command line for these outputs")."""
    period = result.period
    return {
        "year": period.year,
        "period": period.key,
        "months": list(period.months),
        "unit_code": result.root_code,
        "unit_name": result.root_name,
        "as_of": result.as_of.isoformat() if result.as_of else None,
        "units": [u.json() for u in result.units],
        "total": result.total.json(),
    }


def run_campaigns(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        rollups = ctx.campaigns.rollups(args.year)
        names = {u.code: u.name for u in ctx.units.find()}
    if console.json_mode:
        console.emit_json([campaign_document(r) for r in rollups])
        return 0
    if not rollups:
        console.say("cli_campaigns_empty", year=args.year)
        return 0
    for rollup in rollups:
        c = rollup.campaign
        console.say(
            "cli_campaigns_heading",
            name=c.name,
            start=format_date(c.start_date),
            end=format_date(c.end_date),
            launched_by=names.get(rollup.launched_by, rollup.launched_by),
        )
        units = [u for u in (rollup.targets[0].units if rollup.targets else []) if u.depth == 1]
        headers = [
            console.t("cli_campaigns_col_target"),
            console.t("cli_campaigns_col_target_value"),
            console.t("cli_campaigns_col_achieved"),
            "%",
            *(u.code for u in units),
        ]
        rows = [
            [
                f"{t.target.name} ({t.target.measure_unit})"
                if t.target.measure_unit
                else t.target.name,
                format_quantity(t.target.target_value),
                format_quantity(t.total),
                percent_text(None if t.percentage is None else float(t.percentage)),
                *(format_quantity(t.by_unit.get(u.code, 0.0)) for u in units),
            ]
            for t in rollup.targets
        ]
        console.line(table(headers, rows))
        console.line()
    return 0


def campaign_document(rollup: CampaignRollup) -> dict[str, Any]:
    """One campaign of ``campaigns list --json``."""
    c = rollup.campaign
    return {
        "id": c.id,
        "name": c.name,
        "start": c.start_date.isoformat() if c.start_date else None,
        "end": c.end_date.isoformat() if c.end_date else None,
        "launched_by": rollup.launched_by,
        "from_upper": c.from_upper,
        "percentage": rollup.percentage,
        "targets": [
            {
                "id": t.target.id,
                "name": t.target.name,
                "unit": t.target.measure_unit,
                "target": t.target.target_value,
                "achieved": t.total,
                "own": t.target.achieved_value,
                "percentage": t.percentage,
                "by_unit": t.by_unit,
            }
            for t in rollup.targets
        ],
    }
