"""``status``: which units below have sent their data packets, month by month (completeness)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from bamtrachnhiem.cli.common import Console, add_json_flag, help_text, opened, table
from bamtrachnhiem.domain.completeness import MONTHS, CompletenessTable, MonthStatus
from bamtrachnhiem.domain.dates import format_date, parse_date
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.messages import text

# Symbols read the same in every language; the words come from the message catalogue.
ON_TIME_MARK = "✓"
NOT_DUE_MARK = "·"


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    status = subparsers.add_parser(
        "status",
        help=help_text("cli_help_status", lang),
        description=help_text("cli_help_status", lang),
    )
    status.add_argument(
        "--year",
        type=int,
        default=None,
        metavar=text("cli_metavar_year", lang),
        help=help_text("cli_help_status_year", lang),
    )

    def day(value: str) -> date:
        try:
            parsed = parse_date(value)
        except ValidationError:
            parsed = None
        if parsed is None:
            raise argparse.ArgumentTypeError(text("cli_status_bad_date", lang, value=value))
        return parsed

    status.add_argument(
        "--as-of",
        type=day,
        default=None,
        metavar=text("cli_metavar_day", lang),
        help=help_text("cli_help_status_as_of", lang),
    )
    add_json_flag(status, lang)
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace, console: Console) -> int:
    year = args.year or date.today().year
    with opened(args, read_only=True) as ctx:
        own = ctx.units.own_unit()
        result = ctx.completeness.table(year, today=args.as_of)
    if console.json_mode:
        console.emit_json(status_document(result))
        return 0
    console.say(
        "cli_status_title",
        year=year,
        unit=own.name if own else "",
        unit_code=own.code if own else "",
        date=format_date(result.as_of),
    )
    if not result.units:
        console.say("cli_status_no_units")
        return 0
    marks = {
        MonthStatus.ON_TIME: ON_TIME_MARK,
        MonthStatus.LATE: console.t("cli_status_mark_late"),
        MonthStatus.MISSING: console.t("cli_status_mark_missing"),
        MonthStatus.NOT_DUE: NOT_DUE_MARK,
    }
    headers = [
        console.t("cli_status_col_unit"),
        *(console.t("cli_status_month_label", month=m) for m in MONTHS),
        console.t("cli_status_col_last"),
    ]
    rows = []
    for unit in result.units:
        last = (
            console.t("cli_status_last", seq=unit.last_seq, month=unit.last_month)
            if unit.last_seq is not None
            else ""
        )
        indent = "  " * (unit.depth - 1)
        rows.append(
            [
                f"{indent}{unit.name} ({unit.code})",
                *(marks[unit.months[m]] for m in MONTHS),
                last,
            ]
        )
    totals = result.totals
    rows.append(
        [
            console.t("cli_status_received"),
            *(f"{totals[m].received}/{totals[m].expected}" for m in MONTHS),
            "",
        ]
    )
    console.line(table(headers, rows))
    deadlines = ", ".join(
        f"{console.t('cli_status_month_label', month=m)} "
        + (format_date(d)[:5] if d.year == year else format_date(d))
        for m, d in sorted(result.deadlines.items())
    )
    upper = result.deadline_source == "upper"
    code = "cli_status_deadlines_upper" if upper else "cli_status_deadlines"
    console.say(code, deadlines=deadlines)
    for period, due in result.report_periods:
        sent = [u for u in result.units if u.reports[period].status.received]
        missing = [u.code for u in result.units if u.reports[period].status is MonthStatus.MISSING]
        console.say(
            "cli_status_reports",
            report=console.t(f"cli_status_report_{period}") if period in ("h1", "year") else period,
            due=format_date(due),
            sent=len(sent),
            units=len(result.units),
            missing=", ".join(missing) or "—",
        )
    console.say("cli_status_legend")
    return 0


def status_document(result: CompletenessTable) -> dict[str, Any]:
    """What ``status --json`` prints."""
    return {
        "year": result.year,
        "as_of": result.as_of.isoformat(),
        "deadline_source": result.deadline_source,
        "deadlines": {str(m): d.isoformat() for m, d in sorted(result.deadlines.items())},
        "report_periods": {period: due.isoformat() for period, due in result.report_periods},
        "units": [
            {
                "code": unit.code,
                "name": unit.name,
                "level": unit.level,
                "parent_code": unit.parent_code,
                "depth": unit.depth,
                "months": {str(m): unit.months[m].value for m in MONTHS},
                "sent_on": {str(m): d.isoformat() for m, d in sorted(unit.sent_on.items())},
                "last_seq": unit.last_seq,
                "last_month": unit.last_month,
                "reports": {
                    period: {
                        "status": receipt.status.value,
                        "issued_on": receipt.issued_on.isoformat() if receipt.issued_on else None,
                        "number": receipt.number,
                    }
                    for period, receipt in unit.reports.items()
                },
            }
            for unit in result.units
        ],
        "totals": {
            str(m): {"received": t.received, "expected": t.expected}
            for m, t in sorted(result.totals.items())
        },
    }
