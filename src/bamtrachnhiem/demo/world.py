"""The demo world (thế giới mẫu): a district union, its branches' databases and their packets.

``build_world`` makes, in an empty folder, the fixed layout of exchange.md (see
``demo.records``). The district goes through its services: its own unit, the branches as
units below it, the reporting deadlines, its peak campaigns, and one configuration packet
per branch. Each branch database is created by importing that packet, as a real branch
does, and then lives its year (``demo.branch``): members, pledges, initiatives, campaigns,
activities, monthly assessments and their confirmation, and a packet sent each month on
the day the branch sent it (some branches late, one with a gap in its sequence: the
district never received one of its files). The district imports nothing.

Branches are built in parallel processes when there are enough of them. The same seed gives
the same people, records and row counts, however many processes build them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import random
import shutil
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from time import perf_counter

from bamtrachnhiem.bootstrap import open_context
from bamtrachnhiem.demo.branch import DUE_DAY, VIETNAM, BranchJob, build_branch, campaign_from_idea
from bamtrachnhiem.demo.full import complete_world
from bamtrachnhiem.demo.records import (
    BRANCHES_DIR,
    PACKETS_DIR,
    DemoBranch,
    DemoSpec,
    DemoWorld,
)
from bamtrachnhiem.demo.vocabulary import COMMUNES, DEPARTMENTS, UPPER_CAMPAIGNS, UPPER_UNIT
from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import Unit

Progress = Callable[[int, int, str], None]
_WORK_DIR = ".demo-work"  # configuration packets and lost exports; removed at the end
_PARALLEL_FROM = 6  # fewer branches are built faster in this process than by a pool


def build_world(
    spec: DemoSpec, *, workers: int | None = None, progress: Progress | None = None
) -> DemoWorld:
    """Build the demo world of ``spec`` in its (new or empty) folder.

    ``progress(done, total, unit_code)`` is called with done 0 and no code once the folder
    is accepted, with done 0 and the district's code once it exists, then after each
    branch; an exception it raises stops the build. Whatever fails, the folder is left as
    it was found (empty, or absent).
    """
    spec.check()
    started = perf_counter()
    folder = Path(spec.folder)
    existed = _check_folder(folder)
    spec = replace(spec, folder=folder, all_months=spec.all_months or spec.full)
    try:
        if progress:
            progress(0, spec.units, "")
        world = _build(spec, _workers(spec, workers), progress)
    except BaseException:
        _clean(folder, existed)
        raise
    world.seconds = perf_counter() - started
    return world


def _check_folder(folder: Path) -> bool:
    if folder.exists() and not folder.is_dir():
        raise ValidationError("demo_folder_is_file", path=str(folder))
    if folder.is_dir() and any(folder.iterdir()):
        raise ValidationError("demo_folder_not_empty", path=str(folder))
    existed = folder.is_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ValidationError(
            "demo_folder_unwritable", path=str(folder), detail=error.strerror or str(error)
        ) from error
    return existed


def _clean(folder: Path, existed: bool) -> None:
    """Undo a failed build: the folder was empty (or absent) before, so all of it is ours."""
    if not folder.is_dir():
        return
    if existed:
        for child in folder.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink()
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _workers(spec: DemoSpec, asked: int | None) -> int:
    if asked is not None:
        return max(1, asked)
    if spec.units < _PARALLEL_FROM or getattr(sys, "frozen", False):
        return 1  # a frozen app cannot start worker processes without its own entry point
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, spec.units))


def _build(spec: DemoSpec, workers: int, progress: Progress | None) -> DemoWorld:
    rng = random.Random(f"{spec.seed}/world")
    work = spec.folder / _WORK_DIR
    work.mkdir()
    (spec.folder / BRANCHES_DIR).mkdir()
    (spec.folder / PACKETS_DIR).mkdir()
    jobs = _plan_branches(spec, rng, work)
    upper_code, upper_name = _build_upper(spec, jobs)
    if progress:
        progress(0, len(jobs), upper_code)
    branches = list(_run_jobs(jobs, workers, progress))
    shutil.rmtree(work, ignore_errors=True)
    branches.sort(key=lambda b: b.code)
    world = DemoWorld(spec, upper_code, upper_name, branches)
    if spec.full:
        complete_world(world)
    return world


def _plan_branches(spec: DemoSpec, rng: random.Random, work: Path) -> list[BranchJob]:
    combos = [(c, d) for c in COMMUNES for d in range(len(DEPARTMENTS))]
    rng.shuffle(combos)
    count = spec.units
    late_count = max(1, round(count * 0.15))
    order = list(range(count))
    rng.shuffle(order)
    gap = order[0]
    late = set(order[1 : 1 + late_count] if count > 1 else order[:1])
    jobs = []
    for i in range(count):
        commune, department = combos[i % len(combos)]
        dept = DEPARTMENTS[department][0]
        if dept.startswith("Trường"):
            name = f"Chi đoàn {dept} {commune.split(' ', 1)[1]}"
        else:
            name = f"Chi đoàn {dept} {commune}"
        if i >= len(combos):
            name += f" (số {i // len(combos) + 1})"
        code = f"CD-{i + 1:03d}"
        jobs.append(
            BranchJob(
                spec=spec,
                code=code,
                name=name,
                department=department,
                commune=commune,
                config=work / f"config-{code}.xlsx",
                work=work,
                late=i in late,
                gap=i == gap,
            )
        )
    return jobs


def _build_upper(spec: DemoSpec, jobs: list[BranchJob]) -> tuple[str, str]:
    """The district: its unit, the branches below it, deadlines, campaigns, configurations.

    It prepares the year in its last days of the year before, so every configuration
    packet is out before the branches' first working days of January.
    """
    ctx = open_context(spec.upper_db, create=True)
    try:
        prepared = date(spec.year - 1, 12, 29)
        ctx.database.clock = SetClock(datetime.combine(prepared, time(8), tzinfo=VIETNAM))
        own = ctx.units.create_own(Unit(**UPPER_UNIT, has_standing_committee=True))
        for job in jobs:
            ctx.units.add(
                Unit(
                    code=job.code,
                    name=job.name,
                    level="Chi đoàn",
                    parent_code=own.code,
                    parent_name=own.name,
                    higher_body=f"BCH {own.name.upper()}",
                    issuing_body=f"BCH {job.name.upper()}",
                    doc_symbol="CĐ",
                    place_name=job.commune.split(" ", 1)[1],
                )
            )
        ctx.configuration.set_deadline_day(spec.year, DUE_DAY)
        # The branches report their first half with the June packet: due on 5 July.
        h1 = ctx.configuration.report_period(spec.year, "h1")
        ctx.configuration.set_report_periods(
            spec.year, [replace(h1, due_date=date(spec.year, 7, 5))]
        )
        for idea in UPPER_CAMPAIGNS:
            ctx.campaigns.save(campaign_from_idea(idea, spec.year, None))
        for job in jobs:
            ctx.configuration.export_config(spec.year, job.code, job.config)
        # Each branch was sent its share of each target; the district's own campaign holds
        # the district's whole target, so the branches' results add up to it.
        for campaign in ctx.campaigns.find(spec.year):
            targets = [
                replace(t, target_value=t.target_value * len(jobs)) for t in campaign.targets
            ]
            ctx.campaigns.save(replace(campaign, targets=targets))
        return own.code, own.name
    finally:
        ctx.close()


def _run_jobs(
    jobs: list[BranchJob], workers: int, progress: Progress | None
) -> Iterator[DemoBranch]:
    if workers <= 1:
        for done, job in enumerate(jobs, start=1):
            branch = build_branch(job)
            if progress:
                progress(done, len(jobs), branch.code)
            yield branch
        return
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        pending: set[Future] = {pool.submit(build_branch, job) for job in jobs}
        done = 0
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                branch = future.result()
                done += 1
                if progress:
                    progress(done, len(jobs), branch.code)
                yield branch
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
