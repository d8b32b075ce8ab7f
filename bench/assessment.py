"""Speed target 4 (assessment): saving a month's grid, and opening the page for a big unit.

    python bench/assessment.py [--save-members 60] [--page-members 500] [--runs 15]

1. Saving: a branch of --save-members members, one month of self and branch scores for
   every criterion, evidence notes and bonuses, saved through ``AssessmentService.save_grid``
   (validation, lock check, totals and bands, one transaction). Timed as new rows and as
   changed rows. Baseline: a plain ``sqlite3`` ``executemany`` of the same row values into
   the same table of a copy of the database, with the same pragmas, and its commit.
2. Opening the page: a unit of --page-members members with ten months already scored;
   from constructing ``AssessmentPage`` to the shown grid holding every member. Baseline:
   constructing and showing a ``QTableView`` over an empty model. The grid query alone
   (``AssessmentService.grid``) is reported against the 100 ms a GUI-thread step may take.

Fresh databases are generated in a temporary folder for each run of the benchmark (a few
seconds). Prints a table and rewrites this benchmark's section of bench/results.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure, markdown_table, median, print_table, write_section
from startup_and_filter import (
    FAMILY_NAMES,
    FEMALE_GIVEN,
    FEMALE_MIDDLE,
    MALE_GIVEN,
    MALE_MIDDLE,
)

SECTION = "assessment"
SEED = 20261128
YEAR = 2026
SAVE_TARGET_MS = 200.0
OPEN_TARGET_MS = 1000.0
GUI_STEP_MS = 100.0
OWN_CODE = "CD-BENCH"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    families, weights = list(FAMILY_NAMES), list(FAMILY_NAMES.values())
    names = []
    for _ in range(count):
        male = rng.random() < 0.48
        middle = rng.choice(MALE_MIDDLE if male else FEMALE_MIDDLE)
        given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
        names.append((f"{rng.choices(families, weights)[0]} {middle}", given))
    return names


def make_context(path: Path, members: int, rng: random.Random):
    """A new database at ``path``: an own unit with ``members`` active members."""
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.records import Member, Unit, new_id, now_iso
    from bamtrachnhiem.services.members import cleaned_member, member_row_values

    ctx = open_context(path, create=True)
    ctx.units.create_own(Unit(code=OWN_CODE, name="Đoàn cơ sở Khối cơ quan (bench)"))
    stamp = now_iso()
    rows = []
    for family, given in _names(rng, members):
        member = Member(
            id=new_id(), given_name=given, family_middle_name=family, unit_code=OWN_CODE
        )
        values = member_row_values(cleaned_member(member))
        values.update(created_at=stamp, updated_at=stamp)
        rows.append(values)
    columns = list(rows[0])
    sql = f"INSERT INTO member ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with ctx.database.write():
        ctx.database.connection.connection().executemany(
            sql, [[r[c] for c in columns] for r in rows]
        )
    ctx.years.criteria(YEAR)
    return ctx


def month_rows(ctx, month: int, rng: random.Random) -> list:
    """Every member's month: self and branch scores for all criteria, some notes."""
    grid = ctx.assessments.grid(YEAR, month)
    criteria = grid.criteria.criteria
    rows = []
    for row in grid.rows:
        own = {c.code: round(rng.uniform(0.5, 1) * c.max_points * 2) / 2 for c in criteria}
        branch = {c.code: max(0.0, own[c.code] - rng.choice([0, 0, 0.5, 1])) for c in criteria}
        rows.append(
            replace(
                row.assessment,
                self_scores=own,
                branch_scores=branch,
                bonus=rng.choice([0, 0, 1, 2]),
                evidence="Giải quyết hồ sơ đúng hạn; tham gia Chủ nhật xanh"
                if rng.random() < 0.4
                else "",
            )
        )
    return rows


def bench_save(tmp: Path, members: int, runs: int) -> list[Figure]:
    import json

    from bamtrachnhiem.domain.records import new_id, now_iso

    rng = random.Random(SEED)
    ctx = make_context(tmp / "save.db", members, rng)
    baseline_path = tmp / "baseline.db"
    ctx.database.backup(dest=baseline_path)
    inserts, updates, plain = [], [], []
    try:
        for run in range(runs):
            month = run % 12 + 1
            rows = month_rows(ctx, month, rng)
            elapsed = _time(
                lambda rows=rows, month=month: ctx.assessments.save_grid(YEAR, month, rows)
            )
            inserts.append(elapsed)
            assert ctx.assessments.grid(YEAR, month).assessed == members
            changed = [replace(r, bonus=(r.bonus + 1) % 4) for r in rows]
            updates.append(
                _time(lambda c=changed, month=month: ctx.assessments.save_grid(YEAR, month, c))
            )
            with ctx.database.write():
                ctx.database.connection.execute_sql(
                    "DELETE FROM assessment WHERE year = ? AND month = ?", [YEAR, month]
                )
            # The same rows as plain sqlite3 would write them, in the same table and pragmas.
            criteria = ctx.years.criteria(YEAR)
            stamp = now_iso()
            values = []
            for r in rows:
                result = r.result(criteria)
                values.append(
                    (
                        new_id(),
                        r.member_id,
                        OWN_CODE,
                        YEAR,
                        month,
                        json.dumps(r.self_scores),
                        json.dumps(r.branch_scores),
                        r.bonus,
                        r.deduction,
                        int(r.veto),
                        r.veto_reason,
                        r.evidence,
                        result.total,
                        result.band.code,
                        stamp,
                        stamp,
                    )
                )
            plain.append(_plain_insert(baseline_path, values))
    finally:
        ctx.close()
    return [
        Figure(
            f"save a {members}-member month grid, new rows (median of {runs})",
            median(inserts) * 1000,
            "ms",
            baseline=median(plain) * 1000,
            baseline_name="sqlite3 executemany + commit",
            target=SAVE_TARGET_MS,
        ),
        Figure(
            f"save a {members}-member month grid, every row changed (median of {runs})",
            median(updates) * 1000,
            "ms",
            baseline=median(plain) * 1000,
            baseline_name="sqlite3 executemany + commit",
            target=SAVE_TARGET_MS,
        ),
        Figure(
            "save, slowest run",
            max(inserts + updates) * 1000,
            "ms",
            target=SAVE_TARGET_MS,
        ),
    ]


def _plain_insert(path: Path, values: list[tuple]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = 1")
        sql = (
            "INSERT INTO assessment (id, member_id, unit_code, year, month, self_scores, "
            "branch_scores, bonus, deduction, veto, veto_reason, evidence, total, band, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(sql, values)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        conn.execute("DELETE FROM assessment")
        return elapsed
    finally:
        conn.close()


def _time(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def bench_open(tmp: Path, members: int, runs: int) -> list[Figure]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    app = QApplication.instance() or QApplication([])
    from bamtrachnhiem.gui.models.assessment_grid import AssessmentGridModel
    from bamtrachnhiem.gui.pages.assessment import AssessmentPage

    rng = random.Random(SEED + 1)
    ctx = make_context(tmp / "page.db", members, rng)
    month = 11
    try:
        for earlier in range(1, month + 1):
            ctx.assessments.save_grid(YEAR, earlier, month_rows(ctx, earlier, rng))
        for earlier in range(1, month - 1):
            ctx.assessments.confirm_month(YEAR, earlier)
        opened, queries, fills, empty = [], [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            page = AssessmentPage(ctx)
            page.year_picker.setValue(YEAR)
            page.month_picker.setCurrentIndex(month - 1)
            page.resize(1150, 700)
            page.show()
            app.processEvents()
            assert page.model.rowCount() == members
            opened.append(time.perf_counter() - start)
            page.close()
            page.deleteLater()
            app.processEvents()

            start = time.perf_counter()
            grid = ctx.assessments.grid(YEAR, month)
            queries.append(time.perf_counter() - start)
            model = AssessmentGridModel()
            start = time.perf_counter()
            model.set_grid(grid)
            fills.append(time.perf_counter() - start)

            start = time.perf_counter()
            view = QTableView()
            view.setModel(QStandardItemModel(view))
            view.resize(1150, 700)
            view.show()
            app.processEvents()
            empty.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
            app.processEvents()
    finally:
        ctx.close()
    return [
        Figure(
            f"open the assessment page, {members} members, to a filled grid (median of {runs})",
            median(opened) * 1000,
            "ms",
            baseline=median(empty) * 1000,
            baseline_name="empty QTableView shown",
            target=OPEN_TARGET_MS,
        ),
        Figure(
            f"  of which AssessmentService.grid() ({members} rows)",
            median(queries) * 1000,
            "ms",
            target=GUI_STEP_MS,
        ),
        Figure(
            f"  of which AssessmentGridModel.set_grid() ({members} rows)",
            median(fills) * 1000,
            "ms",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save-members", type=int, default=60)
    parser.add_argument("--page-members", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-results", action="store_true", help="do not touch results.md")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-assessment-"))
    try:
        figures = bench_save(tmp, args.save_members, args.runs)
        figures += bench_open(tmp, args.page_members, max(3, args.runs // 3))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print_table(figures)
    if not args.no_results:
        body = (
            f"Saving: a branch of {args.save_members} members; each run saves one month of "
            "self and branch scores for all 13 criteria (some bonuses and evidence notes) "
            "through `AssessmentService.save_grid` — validation, lock check, totals and "
            "bands, one transaction, `synchronous=FULL` — first as new rows, then with every "
            "row changed. Baseline: `sqlite3.executemany` of the same row values into the "
            "same table of a copy of the database, same pragmas, with its commit. Opening: a "
            f"unit of {args.page_members} members with 11 months scored, from constructing "
            "`AssessmentPage` to the shown grid holding every member (offscreen). Baseline: "
            "an empty `QTableView` constructed and shown.\n\n" + markdown_table(figures)
        )
        write_section(SECTION, "Monthly assessment: saving a grid, opening the page", body)
    failed = [f for f in figures if f.passed is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
