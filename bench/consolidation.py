"""Consolidation at an upper level: the by-unit table of 150 units and 40,000 members, and
the sơ kết report of those 150 units to PDF.

Usage: python bench/consolidation.py [--members 40000] [--units 150] [--out bench/out]
                                     [--runs 5] [--no-results]

Uses the overview benchmark's cached database (bench/overview.py: a year of pledges,
twelve months of assessments ≈ 430,000 rows, initiatives, campaigns, activities with
participants, 150 units below a district). Times ``ConsolidationService.by_unit`` for the
whole year (every figure of every unit, added up the tree) — the first call after opening
and the median of warm calls — against a bare SQL query: ``SELECT unit_code, count(*) …
GROUP BY unit_code`` over the year's assessments. Also: one month, the by-month view (12
periods) and a ranking. **Target: the year's by-unit table under 1 s.** Then the sơ kết
6 tháng report of the district: made (figures, sentences, the by-unit annex) and drawn to
PDF (`ReportService.document`, `documents.pdf`), against plain reportlab drawing the annex
rows as a bare table. **Target: the report to PDF under 3 s.**
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

from common import DEFAULT_OUT, Figure, markdown_table, median, print_table, timed, write_section
from overview import YEAR, ensure_overview_database

TABLE_TARGET_S = 1.0
REPORT_TARGET_S = 3.0


def _bare_pdf(rows: list[list[object]]) -> float:
    """Seconds for plain reportlab to draw the same annex rows as a bare table (the floor)."""
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    start = time.perf_counter()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([Table(rows, repeatRows=1)])
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=40_000)
    parser.add_argument("--units", type=int, default=150)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-results", action="store_true", help="do not touch results.md")
    args = parser.parse_args(argv)

    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.consolidation import Period

    db, counts = ensure_overview_database(args.out.resolve(), args.members, args.units)
    print(f"Database: {db} ({db.stat().st_size / 1e6:.1f} MB); " + json.dumps(counts))
    year = Period(YEAR, 1, 12)
    ctx = open_context(db, read_only=True)
    try:
        cold, table = timed(lambda: ctx.consolidation.by_unit(year))
        warm = [timed(lambda: ctx.consolidation.by_unit(year))[0] for _ in range(args.runs)]
        month = [
            timed(lambda: ctx.consolidation.by_unit(Period.month(YEAR, 3)))[0]
            for _ in range(args.runs)
        ]
        by_month, _months = timed(lambda: ctx.consolidation.by_month(YEAR))
        ranking, _ranked = timed(lambda: ctx.consolidation.ranking(year, "mean"))
    finally:
        ctx.close()
    # The sơ kết report of the 150 units: made (figures, sentences, annex), then drawn.
    import shutil
    import tempfile

    from bamtrachnhiem.documents.pdf import pdf_bytes
    from bamtrachnhiem.domain.reports import ReportKind

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "report.db"
        shutil.copy(db, copy)
        ctx = open_context(copy)
        try:
            made, report = timed(lambda: ctx.reports.make(ReportKind.H1, YEAR))
            drawn = []
            for _ in range(max(1, args.runs // 2)):
                seconds, data = timed(lambda: pdf_bytes(ctx.reports.document(report)))
                drawn.append(seconds)
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        finally:
            ctx.close()
    annex_rows = [
        [r["name"], r["members"], r["pledged"], r["assessed"], r["expected"], r["mean"]]
        for r in report.annex["rows"]
    ]
    bare = median([_bare_pdf(annex_rows) for _ in range(3)])

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        base = []
        for _ in range(args.runs):
            start = time.perf_counter()
            conn.execute(
                "SELECT unit_code, count(*) FROM assessment WHERE year = ? GROUP BY unit_code",
                (YEAR,),
            ).fetchall()
            base.append(time.perf_counter() - start)
    finally:
        conn.close()

    baseline = median(base)
    name = "bare SQL: the year's assessments counted by unit"
    figures = [
        Figure(
            f"by-unit table, whole year, {len(table.units)} units, first call",
            cold,
            "s",
            baseline,
            name,
            target=TABLE_TARGET_S,
        ),
        Figure(
            "by-unit table, whole year, warm (median)",
            median(warm),
            "s",
            baseline,
            name,
            target=TABLE_TARGET_S,
        ),
        Figure("by-unit table, one month (median)", median(month), "s", baseline, name),
        Figure("by-month view, 12 months", by_month, "s", baseline, name),
        Figure("ranking of the branches by mean score", ranking, "s", baseline, name),
        Figure(
            "sơ kết report made: figures, sentences, annex of 150 units",
            made,
            "s",
            baseline,
            name,
        ),
        Figure(
            f"sơ kết report to PDF ({pages} pages, annex of {len(annex_rows)} units), median",
            median(drawn),
            "s",
            bare,
            "bare reportlab table of the annex rows",
            target=REPORT_TARGET_S,
        ),
        Figure(
            "sơ kết report, made and drawn to PDF",
            made + median(drawn),
            "s",
            bare,
            "bare reportlab table of the annex rows",
            target=REPORT_TARGET_S,
        ),
    ]
    total = table.total
    print(
        f"Table: {len(table.units)} units, {total.members:,} members, "
        f"{total.assessed:,}/{total.expected:,} member-months assessed"
    )
    print_table(figures)
    if not args.no_results:
        body = (
            f"Database: the overview benchmark's ({counts['members']:,} members in "
            f"{args.units} units; {counts['assessments']:,} assessments over 12 months, "
            f"{counts['pledges']:,} pledges, {counts['activities']:,} activities with "
            f"{counts['participations']:,} participations). `ConsolidationService.by_unit` "
            "runs one aggregate query per figure grouped by unit, then adds the rows up the "
            "tree; the baseline is one bare aggregate query. The sơ kết 6 tháng report of the "
            "district (`ReportService.make`, then `ReportService.document` drawn by "
            "`documents.pdf`) is timed against plain reportlab drawing the same annex rows as "
            "a bare table.\n\n" + markdown_table(figures)
        )
        write_section("consolidation", "Consolidation by unit (upper level)", body)
    return 0 if all(f.passed is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
