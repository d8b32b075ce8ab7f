"""``demo``: build the demo world of exchange.md (an upper level, its branches, their packets)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bamtrachnhiem.cli.common import Console, add_command, add_json_flag, help_text, jsonable
from bamtrachnhiem.demo import (
    BRANCHES_DIR,
    DEFAULT_SEED,
    PACKETS_DIR,
    UPPER_PACKETS_DIR,
    DemoLevel,
    DemoSpec,
    DemoWorld,
    build_world,
)
from bamtrachnhiem.demo.commendations import run_commendations
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = add_command(subparsers, "demo", "cli_help_demo", lang)
    number = text("cli_metavar_count", lang)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=text("cli_metavar_folder", lang),
        help=help_text("cli_help_demo_out", lang),
    )
    parser.add_argument(
        "--units",
        required=True,
        type=int,
        metavar=number,
        help=help_text("cli_help_demo_units", lang),
    )
    parser.add_argument(
        "--members-per-unit",
        required=True,
        type=int,
        metavar=number,
        help=help_text("cli_help_demo_members", lang),
    )
    parser.add_argument(
        "--year",
        required=True,
        type=int,
        metavar=text("cli_metavar_year", lang),
        help=help_text("cli_help_demo_year", lang),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar=number,
        help=help_text("cli_help_demo_seed", lang, seed=DEFAULT_SEED),
    )
    parser.add_argument(
        "--all-months", action="store_true", help=help_text("cli_help_demo_all_months", lang)
    )
    parser.add_argument("--full", action="store_true", help=help_text("cli_help_demo_full", lang))
    parser.add_argument(
        "--workers", type=int, metavar=number, help=help_text("cli_help_demo_workers", lang)
    )
    add_json_flag(parser, lang)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, console: Console) -> int:
    spec = DemoSpec(
        folder=Path(args.out).absolute(),
        units=args.units,
        members_per_unit=args.members_per_unit,
        year=args.year,
        seed=args.seed,
        all_months=args.all_months or args.full,
        full=args.full,
    )
    # Progress goes to stdout for people, to stderr when stdout is the JSON document.
    stream = sys.stderr if console.json_mode else sys.stdout

    def say(code: str, **params: object) -> None:
        print(console.t(code, **params), file=stream, flush=True)

    def progress(done: int, total: int, unit: str) -> None:
        if done == 0 and not unit:
            say(
                "cli_demo_started",
                folder=spec.folder,
                units=spec.units,
                members=spec.members_per_unit,
                year=spec.year,
            )
        elif done == 0:
            say("cli_demo_upper_ready", unit=unit)
        else:
            say("cli_demo_progress", done=done, total=total, unit=unit)

    world = build_world(spec, workers=args.workers, progress=progress)
    commendations = None
    if args.full:
        # The upper levels' year-end (outputs.md § "demo ... --full"); each part is its own
        # demo module with one entry function.
        commendations = run_commendations(world)
    if console.json_mode:
        document = world_document(world)
        if commendations is not None:
            document["commendations"] = jsonable(
                {
                    "round_id": commendations.round_id,
                    "decision_id": commendations.decision_id,
                    "decision_number": commendations.decision_number,
                    "nominated": commendations.nominated,
                    "returned": commendations.returned,
                    "recipients": [
                        {"name": n, "register_number": r, "code": c}
                        for n, r, c in commendations.recipients
                    ],
                    "certificates": commendations.certificates,
                    "overlay": commendations.overlay,
                }
            )
        console.emit_json(document)
        return 0
    totals = world.totals()
    console.say(
        "cli_demo_done",
        seconds=f"{world.seconds:.1f}",
        units=len(world.branches),
        members=totals.get("members", 0),
        assessments=totals.get("assessments", 0),
    )
    upper_code = "cli_demo_upper_full" if spec.full else "cli_demo_upper"
    console.say(upper_code, path=world.upper_db, unit=world.upper_code)
    console.say("cli_demo_branches", path=spec.folder / BRANCHES_DIR)
    packets = spec.folder / PACKETS_DIR
    console.say("cli_demo_packets", month=f"{spec.last_month:02d}/{spec.year}", path=packets)
    if spec.all_months:
        console.say("cli_demo_month_packets", path=packets)
    if world.late_units:
        console.say("cli_demo_late", units=", ".join(world.late_units))
    if world.gap_units:
        console.say("cli_demo_gap", units=", ".join(world.gap_units))
    if commendations is not None:
        console.say(
            "cli_demo_commendations",
            number=commendations.decision_number,
            count=len(commendations.recipients),
            path=commendations.certificates,
        )
    if world.district is not None and world.province is not None:
        console.say(
            "cli_demo_full_district",
            imported=world.district.imported,
            exports=len(world.district.exports),
            path=spec.folder / UPPER_PACKETS_DIR,
        )
        console.say(
            "cli_demo_full_province", path=world.province.db, imported=world.province.imported
        )
        if world.district.report_id:
            console.say(
                "cli_demo_full_reports",
                district=world.district.report_number,
                province=world.province.report_number,
            )
        console.say("cli_demo_full_try", upper=world.upper_db, year=spec.year)
        return 0
    console.say("cli_demo_try", upper=world.upper_db, packets=packets)
    return 0


def world_document(world: DemoWorld) -> dict[str, Any]:
    """What ``demo --json`` prints: the layout, every branch and its exports, the totals."""
    spec = world.spec
    return jsonable(
        {
            "ok": True,
            "folder": spec.folder,
            "year": spec.year,
            "month": spec.last_month,
            "seed": spec.seed,
            "all_months": spec.all_months,
            "full": spec.full,
            "upper": {
                "db": world.upper_db,
                "unit_code": world.upper_code,
                "unit_name": world.upper_name,
                "units": len(world.branches),
            },
            "branches": [
                {
                    "code": b.code,
                    "name": b.name,
                    "db": b.db,
                    "packet": b.packet,
                    "members": b.members,
                    "seq": b.last_export.seq,
                    "exported_at": b.last_export.exported_at,
                    "late_months": b.late_months,
                    "gap": b.has_gap,
                    "counts": b.counts,
                    "exports": [
                        {
                            "month": e.month,
                            "seq": e.seq,
                            "exported_at": e.exported_at,
                            "due": e.due,
                            "late": e.late,
                            "delivered": e.delivered,
                            "file": e.path,
                        }
                        for e in b.exports
                    ],
                }
                for b in world.branches
            ],
            "totals": world.totals(),
            "district": _level_document(world.district),
            "province": _level_document(world.province),
            "late_units": world.late_units,
            "gap_units": world.gap_units,
            "seconds": round(world.seconds, 3),
        }
    )


def _level_document(level: DemoLevel | None) -> dict[str, Any] | None:
    """What ``--full`` did at an upper level (None without it)."""
    if level is None:
        return None
    return {
        "unit_code": level.code,
        "unit_name": level.name,
        "db": level.db,
        "imported": level.imported,
        "report_id": level.report_id,
        "report_number": level.report_number,
        "exports": [
            {"month": e.month, "seq": e.seq, "exported_at": e.exported_at, "file": e.path}
            for e in level.exports
        ],
    }
