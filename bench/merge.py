"""Speed targets 1, 2 and 6: merging a year's packets of 150 units, exporting one, growth.

    python bench/merge.py [--units 150] [--members 270] [--out bench/out] [--export-runs 5]
                          [--no-peer] [--profile]

1. The workload (cached in --out, rebuilt when the packet format, the schema or the demo
   generator changes): ``bamtrachnhiem-cli demo`` with --units branches of --members
   members, a full year; each branch's December packet (≈480,000 member-months at 150 × 270).
2. Merge: ``PacketMergeService.import_files`` of every packet into a fresh copy of the demo's
   upper.db, in a child process (its peak RSS is the merge's peak memory). The time spent
   reading and validating packets (``read_packet``) is reported apart from the rest.
3. Floor: the same files' cells read with python-calamine (every sheet the merge reads) and
   a plain ``sqlite3.executemany`` of the same rows into fresh tables, one transaction per
   file with the app's pragmas (WAL, synchronous=FULL): close to the physical limit.
4. Peer: what an analyst would do instead, ``pandas.read_excel`` of every sheet of every
   file (openpyxl, pandas' default engine for .xlsx) and ``pd.concat`` per sheet. pandas is
   not a dependency of the app: without it the peer is skipped, with a note.
5. Export: a 300-member branch's year packet through ``PacketExportService.export_packet``,
   against openpyxl write-only mode writing the same cells.
6. Growth: merge and floor again with half the units; the ratios 150 / 75.

Prints a table, rewrites the ``merge`` section of bench/results.md, exits 1 when a target
is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    DEFAULT_OUT,
    REPO_DIR,
    Figure,
    markdown_table,
    median,
    print_table,
    write_section,
)

SECTION = "merge"
YEAR = 2025
SEED = 2026
FLOOR_MAX_RATIO = 2.0  # the first merge: within 2× of the floor
MONTHLY_MAX_RATIO = 1.0  # the monthly merge: no slower than the floor for its packets
PEER_MAX_RATIO = 0.2  # at least 5× faster than the peer
PER_PACKET_MAX_RATIO = 1.15  # time per packet does not grow with the district
EXPORT_TARGET_S = 1.0
EXPORT_MAX_RATIO = 1.5
MEMORY_TARGET_MB = 400.0
GROWTH_MAX_RATIO = 2.2  # "about 2×, not more"
EXPORT_MEMBERS = 300
GENERATOR_DIR = "src/bamtrachnhiem/demo"  # the demo package: every module of it counts


# --- the workload ------------------------------------------------------------------------------


def _generator_key(units: int, members: int) -> dict:
    from bamtrachnhiem.exchange.packet_format import FORMAT_VERSION
    from bamtrachnhiem.storage.migrations import SCHEMA_VERSION

    digest = hashlib.sha256()
    for source in sorted((REPO_DIR / GENERATOR_DIR).glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return {
        "format_version": FORMAT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "generator": digest.hexdigest()[:16],
        "units": units,
        "members": members,
        "year": YEAR,
        "seed": SEED,
        "all_months": True,
    }


def ensure_world(out: Path, units: int, members: int) -> tuple[Path, dict]:
    """The demo world for these sizes (folder, the demo command's JSON summary), built with
    the demo command when missing or stale."""
    folder = out / f"merge-world-{units}x{members}"
    stamp = out / f"merge-world-{units}x{members}.json"
    key = _generator_key(units, members)
    if folder.is_dir() and stamp.is_file():
        try:
            stored = json.loads(stamp.read_text(encoding="utf-8"))
            if stored.get("key") == key:
                return folder, stored["world"]
        except (ValueError, AttributeError, KeyError):
            pass
    print(f"Building the demo world {folder.name} with the demo command…", flush=True)
    stamp.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "bamtrachnhiem.cli",
            "demo",
            "--out",
            str(folder),
            "--units",
            str(units),
            "--members-per-unit",
            str(members),
            "--year",
            str(YEAR),
            "--seed",
            str(SEED),
            "--all-months",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    document = json.loads(built.stdout)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    # Written last: its presence marks the world complete.
    stamp.write_text(json.dumps({"key": key, "world": document}), encoding="utf-8")
    return folder, document


def packets_of(world: Path, units: int) -> list[Path]:
    return sorted((world / "packets").glob("*.xlsx"))[:units]


# --- children: each measurement in a fresh process ------------------------------------------


def _rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _children_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_merge(args: argparse.Namespace) -> dict:
    from bamtrachnhiem.bootstrap import open_context
    from bamtrachnhiem.domain.exchange import ImportStatus

    files = [Path(p) for p in json.loads(Path(args.files).read_text(encoding="utf-8"))]
    work = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        upper = work / "upper.db"
        shutil.copyfile(args.upper, upper)
        ctx = open_context(upper)
        try:
            base = _rss_mb()
            profiler = None
            if args.profile_to:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            start = time.perf_counter()
            report = ctx.packet_merge.import_files(files)
            seconds = time.perf_counter() - start
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(args.profile_to)
            statuses = {f.status for f in report.files}
            if statuses != {ImportStatus.IMPORTED}:
                raise SystemExit(f"merge did not import every file: {statuses}")
            rows = sum(c.created for f in report.files for c in f.counts.values() if c is not None)
        finally:
            ctx.close()
        if args.keep:
            shutil.copyfile(upper, args.keep)
        return {
            "seconds": seconds,
            # The merging process and its reading worker, each at its peak.
            "peak_mb": _rss_mb() + _children_mb(),
            "base_mb": base,
            "rows": rows,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def child_monthly(args: argparse.Namespace) -> dict:
    """November's packets imported by the command line into a district holding months
    1-10: the wall time of the whole command, start-up included."""
    files = json.loads(Path(args.files).read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="bench-monthly-"))
    try:
        upper = work / "upper.db"
        shutil.copyfile(args.upper, upper)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bamtrachnhiem.cli", "--db", str(upper), "packet", "import",
             *files, "--json"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        report = json.loads(done.stdout)
        statuses = {f["status"] for f in report["files"]}
        if statuses != {"imported"}:
            raise SystemExit(f"monthly merge did not import every file: {statuses}")
        totals: dict[str, int] = {}
        for entry in report["files"]:
            for counts in entry["counts"].values():
                for name, value in counts.items():
                    totals[name] = totals.get(name, 0) + value
        return {"seconds": seconds, "peak_mb": _children_mb(), "counts": totals}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def child_floor(args: argparse.Namespace) -> dict:
    import sqlite3

    from python_calamine import CalamineWorkbook

    from bamtrachnhiem.exchange.packet_format import COVER_SHEET, META_SHEET

    files = [Path(p) for p in json.loads(Path(args.files).read_text(encoding="utf-8"))]
    work = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    try:
        conn = sqlite3.connect(work / "floor.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = FULL")
        widths: dict[str, int] = {}
        tables: dict[str, str] = {}  # sheet → its table
        rows = 0
        start = time.perf_counter()
        for path in files:
            book = CalamineWorkbook.from_path(str(path))
            # Every sheet the file has but the cover (people's): the format's version decides.
            sheets = [s for s in book.sheet_names if s != COVER_SHEET]
            read = {s: book.get_sheet_by_name(s).to_python() for s in sheets}
            conn.execute("BEGIN")
            for sheet in sheets:
                data = read[sheet][1:] if sheet != META_SHEET else read[sheet]
                if not data:
                    continue
                width = max(len(r) for r in data)
                table = tables.setdefault(sheet, f"t{len(tables)}")
                if widths.get(table, 0) < width:
                    if table not in widths:
                        columns = ", ".join(f"c{i}" for i in range(width))
                        conn.execute(f"CREATE TABLE {table} ({columns})")
                    else:
                        for i in range(widths[table], width):
                            conn.execute(f"ALTER TABLE {table} ADD COLUMN c{i}")
                    widths[table] = width
                width = widths[table]
                marks = ", ".join("?" * width)
                conn.executemany(
                    f"INSERT INTO {table} VALUES ({marks})",
                    [r if len(r) == width else [*r, *[None] * (width - len(r))] for r in data],
                )
                rows += len(data)
            conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        return {"seconds": seconds, "rows": rows, "peak_mb": _rss_mb()}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def child_peer(args: argparse.Namespace) -> dict:
    import pandas as pd

    files = [Path(p) for p in json.loads(Path(args.files).read_text(encoding="utf-8"))]
    start = time.perf_counter()
    frames: dict[str, list] = {}
    for path in files:
        # engine given explicitly: openpyxl is pandas' default for .xlsx (and it warns so).
        for sheet, frame in pd.read_excel(path, sheet_name=None, engine="openpyxl").items():
            frames.setdefault(sheet, []).append(frame)
    merged = {sheet: pd.concat(parts, ignore_index=True) for sheet, parts in frames.items()}
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows": sum(len(f) for f in merged.values()),
        "pandas": pd.__version__,
        "peak_mb": _rss_mb(),
    }


def child_export(args: argparse.Namespace) -> dict:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from bamtrachnhiem.bootstrap import open_context

    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        db = work / "branch.db"
        shutil.copyfile(args.branch, db)
        ctx = open_context(db)
        times, counts = [], {}
        try:
            for run in range(args.runs):
                target = work / f"packet-{run}.xlsx"
                start = time.perf_counter()
                result = ctx.packet_export.export_packet(YEAR, 12, target)
                times.append(time.perf_counter() - start)
                counts = result.counts
        finally:
            ctx.close()
        # The same cells, written with openpyxl's write-only mode and nothing else.
        book = CalamineWorkbook.from_path(str(work / "packet-0.xlsx"))
        names = list(book.sheet_names)  # every sheet the packet has (a month's, …)
        cells = {name: book.get_sheet_by_name(name).to_python() for name in names}
        baseline = []
        for run in range(args.runs):
            start = time.perf_counter()
            wb = Workbook(write_only=True)
            for name in names:
                ws = wb.create_sheet(name)
                for row in cells[name]:
                    ws.append(row)
            wb.save(work / f"plain-{run}.xlsx")
            baseline.append(time.perf_counter() - start)
        return {
            "export": median(times),
            "export_max": max(times),
            "baseline": median(baseline),
            "counts": counts,
            "cells": sum(len(r) for rows in cells.values() for r in rows),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


CHILDREN = {
    "merge": child_merge,
    "monthly": child_monthly,
    "floor": child_floor,
    "peer": child_peer,
    "export": child_export,
}


def run_child(kind: str, out: Path, **options: object) -> dict:
    """Run one measurement in a fresh interpreter; returns its JSON result."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    files = options.pop("files", None)
    if files is not None:
        listing = out / f"bench-{kind}-files.json"
        listing.write_text(json.dumps([str(p) for p in files]), encoding="utf-8")
        argv += ["--files", str(listing)]
    for name, value in options.items():
        if value is not None:
            argv += [f"--{name}", str(value)]
    done = subprocess.run(argv, check=True, capture_output=True, text=True, encoding="utf-8")
    return json.loads(done.stdout.strip().splitlines()[-1])


def peer_available() -> bool:
    probe = subprocess.run(
        [sys.executable, "-c", "import pandas, openpyxl"], capture_output=True, check=False
    )
    return probe.returncode == 0


# --- the run -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=150)
    parser.add_argument("--members", type=int, default=270)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--export-runs", type=int, default=5)
    parser.add_argument(
        "--growth-units", type=int, default=300, help="the bigger district of the growth figure"
    )
    parser.add_argument("--no-peer", action="store_true", help="skip the pandas peer")
    parser.add_argument("--profile", action="store_true", help="cProfile the merge")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--files", help=argparse.SUPPRESS)
    parser.add_argument("--upper", help=argparse.SUPPRESS)
    parser.add_argument("--branch", help=argparse.SUPPRESS)
    parser.add_argument("--keep", help=argparse.SUPPRESS)
    parser.add_argument("--profile-to", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return 0

    out = args.out.resolve()
    world, summary = ensure_world(out, args.units, args.members)
    export_world, _ = ensure_world(out, 1, EXPORT_MEMBERS)
    upper = world / "upper.db"
    half = max(1, args.units // 2)
    full_files, half_files = packets_of(world, args.units), packets_of(world, half)
    sizes = {p: p.stat().st_size for p in full_files}
    profile_path = out / "merge.pstats" if args.profile else None

    print(f"First merge of {len(full_files)} packets ({sum(sizes.values()) / 1e6:.0f} MB)…")
    merge = run_child("merge", out, files=full_files, upper=upper)
    print(f"  {merge['seconds']:.1f} s; floor…", flush=True)
    floor = run_child("floor", out, files=full_files)
    print(f"  {floor['seconds']:.1f} s; {half} units…", flush=True)
    merge_half = run_child("merge", out, files=half_files, upper=upper)

    october = sorted((world / "packets" / f"{YEAR}-10").glob("*.xlsx"))[: args.units]
    november = sorted((world / "packets" / f"{YEAR}-11").glob("*.xlsx"))[: args.units]
    october_db = out / f"{world.name}-months-1-10.db"
    # Always by this code: what a district remembers of the sheets and cells it merged (the
    # held sheets' hashes, the cells' keys) is what the monthly merge leans on.
    print("Merging months 1-10 (October's packets) for the monthly merge…", flush=True)
    run_child("merge", out, files=october, upper=upper, keep=october_db)
    print("Monthly merge: November's packets, by the command line…", flush=True)
    monthly = run_child("monthly", out, files=november, upper=october_db)
    floor_november = run_child("floor", out, files=november)
    print(f"  {monthly['seconds']:.1f} s; floor {floor_november['seconds']:.1f} s", flush=True)

    grown = None
    if args.growth_units > args.units:
        big_world, _ = ensure_world(out, args.growth_units, args.members)
        print(f"First merge of {args.growth_units} packets (growth)…", flush=True)
        big_files = packets_of(big_world, args.growth_units)
        grown = run_child("merge", out, files=big_files, upper=big_world / "upper.db")
        print(f"  {grown['seconds']:.1f} s", flush=True)

    peer = None
    peer_note = ""
    if args.no_peer:
        peer_note = "The peer was skipped (--no-peer)."
    elif not peer_available():
        peer_note = (
            "The peer was skipped: pandas is not installed (it is not a dependency of the "
            "app; `pip install pandas` to measure it)."
        )
    else:
        print("Peer: pandas.read_excel + concat…", flush=True)
        peer = run_child("peer", out, files=full_files)
    if profile_path is not None:
        print("Profiling the merge (a separate, slower run)…", flush=True)
        run_child("merge", out, files=full_files, upper=upper, **{"profile-to": profile_path})
    print("Export…", flush=True)
    export = run_child(
        "export", out, branch=export_world / "branches" / "CD-001.db", runs=args.export_runs
    )

    units = len(full_files)
    chosen = {p.stem for p in full_files}
    assessments = sum(
        b["counts"]["assessments"] for b in summary["branches"] if b["code"] in chosen
    )
    per_packet = merge["seconds"] / units
    figures = [
        Figure(
            f"first merge: {units} full-year packets into an empty district",
            merge["seconds"],
            "s",
            floor["seconds"],
            "calamine read + sqlite3 executemany",
            max_ratio=FLOOR_MAX_RATIO,
        ),
    ]
    if peer is not None:
        figures.append(
            Figure(
                f"first merge of {units} packets vs the peer",
                merge["seconds"],
                "s",
                peer["seconds"],
                f"pandas {peer['pandas']} read_excel + concat",
                max_ratio=PEER_MAX_RATIO,
            )
        )
    figures += [
        Figure(
            f"peak memory of the first merge ({units} packets, merging process + reading worker)",
            merge["peak_mb"],
            "MB",
            merge["base_mb"],
            "the merging process before the merge",
            target=MEMORY_TARGET_MB,
        ),
        Figure(
            f"monthly merge: {len(november)} November packets into a district holding months "
            "1-10 (command line, start-up included)",
            monthly["seconds"],
            "s",
            floor_november["seconds"],
            "floor for the same packets (calamine read + executemany into an empty database)",
            max_ratio=MONTHLY_MAX_RATIO,
        ),
        Figure(
            "peak memory of the monthly merge (command + reading worker)",
            monthly["peak_mb"],
            "MB",
            None,
            "",
            target=MEMORY_TARGET_MB,
        ),
        Figure(
            f"export a {EXPORT_MEMBERS}-member unit's year packet (median of {args.export_runs})",
            export["export"],
            "s",
            export["baseline"],
            "openpyxl write-only, same cells",
            target=EXPORT_TARGET_S,
            max_ratio=EXPORT_MAX_RATIO,
        ),
        Figure(
            f"growth: time per packet, {units} vs {half} units",
            per_packet,
            "s",
            merge_half["seconds"] / half,
            f"per packet, merge of {half}",
            max_ratio=PER_PACKET_MAX_RATIO,
        ),
    ]
    if grown is not None:
        figures.append(
            Figure(
                f"growth: time per packet, {args.growth_units} vs {units} units",
                grown["seconds"] / args.growth_units,
                "s",
                per_packet,
                f"per packet, merge of {units}",
                max_ratio=PER_PACKET_MAX_RATIO,
            )
        )
        figures.append(
            Figure(
                f"growth: peak memory, {args.growth_units} vs {units} units",
                grown["peak_mb"],
                "MB",
                merge["peak_mb"],
                f"merge of {units}",
                max_ratio=GROWTH_MAX_RATIO,
            )
        )
    print()
    print_table(figures)
    counts = monthly["counts"]
    notes = [
        f"Workload: `bamtrachnhiem-cli demo --units {args.units} --members-per-unit "
        f"{args.members} --year {YEAR} --seed {SEED} --all-months`. First merge: each "
        f"branch's December packet, {units} files, {sum(sizes.values()) / 1e6:.0f} MB, "
        f"{assessments:,} member-months, {merge['rows']:,} rows created, into a fresh copy "
        "of the demo's upper.db (which knows the units and has imported nothing); the "
        "merging process reads the next packets in one worker process. Floor: "
        "python-calamine reads every sheet the merge reads, `sqlite3.executemany` writes "
        "the same rows into plain tables, one transaction per file, WAL and "
        "synchronous=FULL like the app. Each measurement runs in its own process.",
        "Monthly merge: October's packets (each a snapshot of months 1-10) merged first, "
        "then `bamtrachnhiem-cli packet import` of the November packets timed whole, "
        f"interpreter start-up included. Rows: {counts.get('unchanged', 0):,} unchanged "
        "(the month sheets merged before are not parsed, decision 0015; other rows known by "
        f"their cells' key are not converted), {counts.get('created', 0):,} created, "
        f"{counts.get('updated', 0):,} updated, {counts.get('removed', 0):,} removed.",
        f"Export: {EXPORT_MEMBERS}-member branch, rows {export['counts']}, "
        f"{export['cells']:,} cells; slowest export {export['export_max']:.2f} s.",
    ]
    if peer is not None:
        notes.append(
            f"Peer: `pandas.read_excel(sheet_name=None, engine='openpyxl')` (the default engine "
            f"of pandas {peer['pandas']} for .xlsx) of every file and `pd.concat` per sheet, "
            f"{peer['rows']:,} rows."
        )
    else:
        notes.append(peer_note)
    if profile_path is not None:
        notes.append(f"cProfile of a separate merge run: `{profile_path.name}` in --out.")
    body = "\n\n".join(notes) + "\n\n" + markdown_table(figures)
    write_section(SECTION, "Merging packets: first and monthly merge, exporting one, growth", body)
    if peer_note:
        print("\n" + peer_note)
    if profile_path is not None:
        import pstats

        print(f"\ncProfile of the merge ({profile_path}):")
        stats = pstats.Stats(str(profile_path))
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(25)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
