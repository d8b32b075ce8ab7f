"""The demo world (thế giới mẫu): a district union, its branches' databases and their packets.

``build_world`` makes, in an empty folder, the fixed layout of exchange.md:

    upper.db                        the district (huyện đoàn); the branches are its units
    branches/<code>.db              one database per branch
    packets/<code>.xlsx             each branch's packet for the last month
    packets/<yyyy-mm>/<code>.xlsx   every month's packet (``all_months`` only)

The district goes through its services: its own unit, the branches as units below it, the
reporting deadlines, its peak campaigns, and one configuration packet per branch. Each branch
database is created by importing that configuration packet, as a real branch does. Then the
branch lives its year month by month: members, pledges handed in and approved, initiatives
moving through their states, campaigns and activities, and at each month's end the
assessment grid and its confirmation (chốt tháng). A month's rows are written in one
transaction with ``executemany``: the services take one transaction per member and per
pledge step, which at benchmark scale (150 branches × 270 members) is hours instead of
minutes. The values are exactly those the services store: members through the member
service's cleaning and keys, pledges, initiatives, campaigns and activities through their
domain cleaning and JSON, totals and bands through ``domain.scoring``, the lock with its
audit-log row. Packets are exported by the exchange service, stamped with the day each
branch sent them: some branches late, one branch with a gap in its sequence (it exported
twice and the district never received the first file).

Branches are built in parallel processes when there are enough of them. The same seed gives
the same names, records and row counts, however many processes build them.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.domain.campaigns import (
    Activity,
    ActivityKind,
    Campaign,
    CampaignTarget,
    cleaned_activity,
    cleaned_campaign,
)
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.demo import (
    ACTIVITY_PLACES,
    ACTIVITY_TITLES,
    BONUS_EVIDENCE,
    BRANCH_CAMPAIGNS,
    BRANCHES_DIR,
    COMMUNES,
    DEDUCTION_EVIDENCE,
    DEPARTMENTS,
    ETHNIC_MINORITIES,
    EVIDENCE,
    INITIATIVE_IDEAS,
    PACKETS_DIR,
    PLEDGE_NOTES,
    POSITIONS_BY_KIND,
    PRIZES,
    RECOGNITION_LEVELS,
    REJECTION_REASONS,
    TRANSFER_NOTES,
    UNION_ROLES,
    UPPER_CAMPAIGNS,
    UPPER_UNIT,
    VETO_REASONS,
    VILLAGES,
    CampaignIdea,
    DemoBranch,
    DemoExport,
    DemoSpec,
    DemoWorld,
    person_name,
    phone_number,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState, cleaned_initiative
from bamtrachnhiem.domain.kinds import BY_NAME
from bamtrachnhiem.domain.pledges import (
    COMMITMENT_SUGGESTIONS,
    TARGET_DEFAULTS,
    Commitment,
    PersonalTarget,
    Pledge,
    PledgeState,
    TargetKind,
    cleaned_pledge,
    commitments_to_json,
    targets_to_json,
)
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member, MemberStatus, Unit
from bamtrachnhiem.domain.scoring import score_month
from bamtrachnhiem.domain.text import fold, join_name
from bamtrachnhiem.services.configuration import default_deadline
from bamtrachnhiem.services.members import cleaned_member, member_row_values

Progress = Callable[[int, int, str], None]
_VIETNAM = timezone(timedelta(hours=7))  # the demo's offices work on Vietnam time
_WORK_DIR = ".demo-work"  # configuration packets and lost exports; removed at the end
_PARALLEL_FROM = 6  # fewer branches are built faster in this process than by a pool
_DUE_DAY = 5  # the district wants each month's packet by the 5th of the next month

_MEMBER_COLUMNS = (
    "id",
    "unit_code",
    "family_middle_name",
    "given_name",
    "search_key",
    "search_text",
    "name_key",
    "gender",
    "birth_date",
    "birth_year",
    "ethnicity",
    "position",
    "department",
    "union_role",
    "joined_union_date",
    "party_member",
    "employment_kind",
    "phone",
    "email",
    "notes",
    "status",
    "status_date",
    "status_note",
    "created_at",
    "updated_at",
)
_PLEDGE_COLUMNS = (
    "id",
    "unit_code",
    "member_id",
    "year",
    "state",
    "commitments",
    "targets",
    "notes",
    "submitted_at",
    "approved_at",
    "created_at",
    "updated_at",
)
_INITIATIVE_COLUMNS = (
    "id",
    "unit_code",
    "year",
    "title",
    "field",
    "problem",
    "solution",
    "measure_unit",
    "before_value",
    "after_value",
    "dossiers_affected",
    "state",
    "registered_date",
    "trial_date",
    "applied_date",
    "recognised_level",
    "decision_number",
    "decision_date",
    "rejected_reason",
    "notes",
    "created_at",
    "updated_at",
)
_CAMPAIGN_COLUMNS = (
    "id",
    "unit_code",
    "year",
    "name",
    "theme",
    "start_date",
    "end_date",
    "from_upper",
    "notes",
    "created_at",
    "updated_at",
)
_TARGET_COLUMNS = (
    "id",
    "campaign_id",
    "unit_code",
    "name",
    "measure_unit",
    "target_value",
    "achieved_value",
    "position",
    "created_at",
    "updated_at",
)
_ACTIVITY_COLUMNS = (
    "id",
    "unit_code",
    "year",
    "date",
    "kind",
    "title",
    "place",
    "citizens_helped",
    "results",
    "prizes",
    "campaign_id",
    "created_at",
    "updated_at",
)
_ASSESSMENT_COLUMNS = (
    "id",
    "member_id",
    "unit_code",
    "year",
    "month",
    "self_scores",
    "branch_scores",
    "bonus",
    "deduction",
    "veto",
    "veto_reason",
    "evidence",
    "total",
    "band",
    "created_at",
    "updated_at",
)
_ACTIVITY_KINDS = {
    ActivityKind.VOLUNTEER: 30,
    ActivityKind.CLUB: 20,
    ActivityKind.TRAINING: 15,
    ActivityKind.TALK: 10,
    ActivityKind.CONTEST: 10,
    ActivityKind.FORUM: 8,
    ActivityKind.SEMINAR: 7,
}


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _update(table: str, columns: tuple[str, ...]) -> str:
    settable = [c for c in columns if c not in ("id", "created_at")]
    return f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in settable)} WHERE id = ?"


def _update_params(columns: tuple[str, ...], row: dict) -> tuple:
    return (*(row[c] for c in columns if c not in ("id", "created_at")), row["id"])


def scores_json(scores: dict[str, float]) -> str:
    """Scores as the assessment service stores them: sorted codes, whole numbers as integers."""
    tidy = {k: (int(v) if float(v).is_integer() else float(v)) for k, v in scores.items()}
    return json.dumps(tidy, sort_keys=True, separators=(",", ":"))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _half(value: float) -> float:
    """``value`` to the nearest half point, as people score."""
    return round(value * 2) / 2


# --- what a run is made of --------------------------------------------------------------------


@dataclass(frozen=True)
class _BranchJob:
    """Everything a (possibly separate) process needs to build one branch."""

    spec: DemoSpec
    code: str
    name: str
    department: int  # index into DEPARTMENTS
    commune: str
    config: Path
    work: Path
    late: bool
    gap: bool


class _Clock:
    """Times of day at the office, as ISO UTC stamps with microseconds (like ``now_iso``)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, day: date, first_hour: int = 7, last_hour: int = 16) -> str:
        moment = datetime(
            day.year,
            day.month,
            day.day,
            self.rng.randint(first_hour, last_hour),
            self.rng.randrange(60),
            self.rng.randrange(60),
            self.rng.randrange(1_000_000),
            tzinfo=_VIETNAM,
        )
        return moment.astimezone(UTC).isoformat(timespec="microseconds")

    def day_in(self, year: int, month: int, first: int = 1, last: int | None = None) -> date:
        end = _month_end(year, month).day
        return date(year, month, self.rng.randint(min(first, end), min(last or end, end)))


def _stamp_month(stamp: str) -> tuple[int, int]:
    local = datetime.fromisoformat(stamp).astimezone(_VIETNAM)
    return local.year, local.month


@dataclass
class _Person:
    row: dict
    quality: float  # 0..1: how well this member does, month after month
    leave: frozenset[int] = frozenset()
    leaves_on: date | None = None  # transferred or aged out on this day

    @property
    def id(self) -> str:
        return self.row["id"]

    def in_unit_at_end_of(self, year: int, month: int) -> bool:
        """As the assessment grid decides: still here when the month closed."""
        return self.leaves_on is None or self.leaves_on > _month_end(year, month)

    def in_unit_on(self, day: date) -> bool:
        return self.leaves_on is None or self.leaves_on > day


@dataclass
class _Months:
    """The writes of each month, in order; one transaction per month."""

    ops: dict[int, list[tuple[str, tuple]]] = field(default_factory=dict)

    def add(self, month: int, sql: str, params: tuple) -> None:
        self.ops.setdefault(month, []).append((sql, params))

    def add_stamped(self, stamp: str, year: int, sql: str, params: tuple) -> None:
        """A write made at ``stamp``: in its month, or in January when it came before."""
        y, m = _stamp_month(stamp)
        self.add(1 if y < year else (12 if y > year else m), sql, params)


# --- the world ---------------------------------------------------------------------------------


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
    started = time.perf_counter()
    folder = Path(spec.folder)
    existed = _check_folder(folder)
    spec = replace(spec, folder=folder)
    try:
        if progress:
            progress(0, spec.units, "")
        world = _build(spec, _workers(spec, workers), progress)
    except BaseException:
        _clean(folder, existed)
        raise
    world.seconds = time.perf_counter() - started
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
    return DemoWorld(spec, upper_code, upper_name, branches)


def _plan_branches(spec: DemoSpec, rng: random.Random, work: Path) -> list[_BranchJob]:
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
            _BranchJob(
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


def _build_upper(spec: DemoSpec, jobs: list[_BranchJob]) -> tuple[str, str]:
    """The district: its unit, the branches below it, deadlines, campaigns, configurations."""
    ctx = open_context(spec.upper_db, create=True)
    try:
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
        ctx.configuration.set_deadline_day(spec.year, _DUE_DAY)
        for idea in UPPER_CAMPAIGNS:
            ctx.campaigns.save(_campaign(idea, spec.year, None))
        for job in jobs:
            ctx.configuration.export_config(spec.year, job.code, job.config)
        return own.code, own.name
    finally:
        ctx.close()


def _campaign(
    idea: CampaignIdea, year: int, rng: random.Random | None, short: str = ""
) -> Campaign:
    targets = []
    for name, measure, low, high in idea.targets:
        value = low if rng is None or low == high else rng.randint(low, high)
        if value >= 50:
            value = round(value, -1)
        targets.append(CampaignTarget(name=name, measure_unit=measure, target_value=value))
    return Campaign(
        name=idea.name.format(year=year, short=short),
        theme=idea.theme,
        start_date=date(year, *idea.start),
        end_date=date(year, *idea.end),
        targets=targets,
    )


def _run_jobs(
    jobs: list[_BranchJob], workers: int, progress: Progress | None
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


# --- one branch ----------------------------------------------------------------------------------


def build_branch(job: _BranchJob) -> DemoBranch:
    """Create one branch database from its configuration packet and live its year."""
    spec = job.spec
    rng = random.Random(f"{spec.seed}/branch/{job.code}")
    ctx = open_context(spec.branch_db(job.code), create=True)
    try:
        ctx.configuration.import_config(job.config)
        return _Branch(ctx, job, rng).live()
    finally:
        ctx.close()


class _Branch:
    """A branch's year, planned whole from its random stream, then written month by month."""

    def __init__(self, ctx: AppContext, job: _BranchJob, rng: random.Random) -> None:
        self.ctx = ctx
        self.job = job
        self.spec = job.spec
        self.year = job.spec.year
        self.code = job.code
        self.rng = rng
        self.clock = _Clock(rng)
        self.criteria: CriteriaSet = ctx.years.criteria(self.year)
        self.months = _Months()
        self.people: list[_Person] = []
        self.campaigns: list[tuple[str, date, date]] = []  # (id, start, end)

    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # The plan draws from the random stream in a fixed order whatever is written or
    # exported, so --all-months and the last-month-only world hold the same records.
    def live(self) -> DemoBranch:
        arrived = self.clock.at(date(self.year, 1, self.rng.randint(2, 6)))
        self._date_configuration(arrived)
        self._plan_members()
        self._plan_pledges()
        self._plan_initiatives()
        self._plan_campaigns()
        self._plan_activities()
        self._plan_assessments()
        exports = self._plan_exports()
        return self._write(exports)

    def _date_configuration(self, stamp: str) -> None:
        """What the configuration packet created carries the day it arrived, in January."""
        with self.ctx.database.write(*BY_NAME):
            for table in ("criteria_set", "campaign", "campaign_target"):
                self.ctx.database.connection.execute_sql(
                    f"UPDATE {table} SET created_at = ?, updated_at = ? WHERE unit_code = ?",
                    [stamp, stamp, self.code],
                )
        rows = self.ctx.database.connection.execute_sql(
            "SELECT id, start_date, end_date FROM campaign WHERE unit_code = ? AND year = ?",
            [self.code, self.year],
        ).fetchall()
        for campaign_id, start, end in rows:
            self.campaigns.append((campaign_id, date.fromisoformat(start), date.fromisoformat(end)))
            self._plan_achieved(campaign_id, date.fromisoformat(start), date.fromisoformat(end))

    # -- members --------------------------------------------------------------------------------

    def _plan_members(self) -> None:
        rng, year = self.rng, self.year
        teams = DEPARTMENTS[self.job.department][2]
        today = date.today()
        count = self.spec.members_per_unit
        roles = list(UNION_ROLES[:2]) + [UNION_ROLES[2]] * min(3, max(0, count // 15))
        kinds = list(EmploymentKind)
        for i in range(count):
            female = rng.random() < 0.56
            family_middle, given = person_name(rng, female)
            born = date(year - 38, 1, 1) + timedelta(days=rng.randrange(17 * 365))
            born = min(born, date(today.year - 18, today.month, 1))
            joined = min(born + timedelta(days=rng.randrange(15 * 365, 18 * 365)), today)
            kind = rng.choices(kinds, (55, 35, 10))[0]
            weak = rng.random() < 0.03
            quality = rng.gauss(0.62, 0.07) if weak else rng.gauss(0.83, 0.055)
            email = ""
            if rng.random() < 0.35:
                email = (
                    f"{fold(given)}.{fold(family_middle).replace(' ', '')}{rng.randrange(10, 99)}"
                )
                email += "@gmail.com"
            member = Member(
                id=self._id(),
                given_name=given,
                family_middle_name=family_middle,
                unit_code=self.code,
                gender=Gender.FEMALE if female else Gender.MALE,
                birth_date=None if rng.random() < 0.05 else born,
                birth_year=born.year,
                ethnicity="Kinh" if rng.random() < 0.93 else rng.choice(ETHNIC_MINORITIES),
                position=rng.choice(POSITIONS_BY_KIND[kind.value]),
                department=rng.choice(teams),
                union_role=roles[i] if i < len(roles) else "",
                joined_union_date=joined,
                party_member=rng.random() < 0.3,
                employment_kind=kind,
                phone="" if rng.random() < 0.04 else phone_number(rng),
                email=email,
            )
            created = self.clock.at(
                date(year - 1, 1, 1) + timedelta(days=rng.randrange(330)), 8, 16
            )
            member.updated_at = created
            row = member_row_values(cleaned_member(member))
            row.update(
                created_at=created,
                birth_date=_iso(row["birth_date"]),
                joined_union_date=_iso(row["joined_union_date"]),
                status_date=None,
                party_member=int(row["party_member"]),
            )
            person = _Person(row, min(max(quality, 0.4), 0.985))
            insert = tuple(row[c] for c in _MEMBER_COLUMNS)  # before any later change of status
            roll = rng.random()
            if roll < 0.04 and i >= len(roles):
                # On leave (nghỉ thai sản, đi học) for a few months: no assessment then.
                start = rng.randint(2, 10)
                person.leave = frozenset(range(start, start + rng.randint(2, 4)))
            elif roll < 0.07 and i >= len(roles):
                self._plan_leaving(person, aged_out=born.year <= year - 35 and roll < 0.055)
            self.people.append(person)
            self.months.add(1, _insert("member", _MEMBER_COLUMNS), insert)

    def _plan_leaving(self, person: _Person, *, aged_out: bool) -> None:
        rng = self.rng
        day = date(self.year, 2, 1) + timedelta(days=rng.randrange(320))
        person.leaves_on = day
        if aged_out:
            status, note = MemberStatus.AGED_OUT, "Trưởng thành Đoàn"
        else:
            place = rng.choice(COMMUNES)
            status = MemberStatus.TRANSFERRED
            note = rng.choice(TRANSFER_NOTES).format(place=f"UBND {place}")
        stamp = self.clock.at(day)
        person.row.update(status=status.value, status_date=day.isoformat(), status_note=note)
        self.months.add(
            day.month,
            "UPDATE member SET status = ?, status_date = ?, status_note = ?, updated_at = ? "
            "WHERE id = ?",
            (status.value, day.isoformat(), note, stamp, person.id),
        )

    # -- pledges ----------------------------------------------------------------------------------

    def _plan_pledges(self) -> None:
        rng, year = self.rng, self.year
        pillars = [p.code for p in self.criteria.pillars]
        for person in self.people:
            roll = rng.random()
            if roll < 0.06:
                continue  # has not pledged
            final = (
                PledgeState.DRAFT
                if roll < 0.12
                else PledgeState.SUBMITTED
                if roll < 0.22
                else PledgeState.APPROVED
            )
            commitments = []
            for code in pillars:
                suggestions = COMMITMENT_SUGGESTIONS.get(code, ())
                for line in rng.sample(suggestions, min(len(suggestions), rng.randint(1, 3))):
                    commitments.append(Commitment(code, line))
            targets = []
            if rng.random() < 0.6:
                name, unit = TARGET_DEFAULTS[TargetKind.INITIATIVES]
                targets.append(PersonalTarget(TargetKind.INITIATIVES, name, 1, unit))
            name, unit = TARGET_DEFAULTS[TargetKind.COURSES]
            targets.append(PersonalTarget(TargetKind.COURSES, name, rng.randint(1, 2), unit))
            name, unit = TARGET_DEFAULTS[TargetKind.VOLUNTEER_DAYS]
            targets.append(PersonalTarget(TargetKind.VOLUNTEER_DAYS, name, rng.randint(3, 8), unit))
            if rng.random() < 0.25:
                targets.append(
                    PersonalTarget(
                        TargetKind.OTHER,
                        "Hướng dẫn người dân nộp hồ sơ trực tuyến",
                        rng.choice((20, 30, 50)),
                        "lượt",
                    )
                )
            pledge = cleaned_pledge(
                Pledge(
                    member_id=person.id,
                    year=year,
                    commitments=commitments,
                    targets=targets,
                    notes=rng.choice(PLEDGE_NOTES),
                ),
                pillars,
            )
            created = self.clock.at(self.clock.day_in(year, 1, 5, 20))
            row = {
                "id": self._id(),
                "unit_code": self.code,
                "member_id": person.id,
                "year": year,
                "state": PledgeState.DRAFT.value,
                "commitments": commitments_to_json(pledge.commitments),
                "targets": targets_to_json(pledge.targets),
                "notes": pledge.notes,
                "submitted_at": None,
                "approved_at": None,
                "created_at": created,
                "updated_at": created,
            }
            self.months.add(
                1, _insert("pledge", _PLEDGE_COLUMNS), tuple(row[c] for c in _PLEDGE_COLUMNS)
            )
            if final is PledgeState.DRAFT:
                continue
            submitted = self.clock.at(date(year, 1, 21) + timedelta(days=rng.randrange(30)))
            row.update(
                state=PledgeState.SUBMITTED.value, submitted_at=submitted, updated_at=submitted
            )
            self.months.add_stamped(
                submitted,
                year,
                _update("pledge", _PLEDGE_COLUMNS),
                _update_params(_PLEDGE_COLUMNS, row),
            )
            if final is PledgeState.APPROVED:
                approved = self.clock.at(
                    datetime.fromisoformat(submitted).astimezone(_VIETNAM).date()
                    + timedelta(days=rng.randint(3, 30))
                )
                row.update(
                    state=PledgeState.APPROVED.value, approved_at=approved, updated_at=approved
                )
                self.months.add_stamped(
                    approved,
                    year,
                    _update("pledge", _PLEDGE_COLUMNS),
                    _update_params(_PLEDGE_COLUMNS, row),
                )
            # Progress on courses and volunteer days is recorded at mid-year and year end.
            for month, share in ((6, 0.5), (12, 1.0)):
                achieved = []
                for target in pledge.targets:
                    if target.kind is TargetKind.INITIATIVES:
                        achieved.append(None)
                    else:
                        got = target.quantity * share * rng.uniform(0.5, 1.3)
                        achieved.append(float(round(got)))
                recorded = [
                    replace(t, achieved=a) for t, a in zip(pledge.targets, achieved, strict=True)
                ]
                stamp = self.clock.at(self.clock.day_in(year, month, 20, 28))
                row.update(targets=targets_to_json(recorded), updated_at=stamp)
                self.months.add(
                    month, _update("pledge", _PLEDGE_COLUMNS), _update_params(_PLEDGE_COLUMNS, row)
                )

    # -- initiatives ------------------------------------------------------------------------------

    def _plan_initiatives(self) -> None:
        rng, year = self.rng, self.year
        count = max(2, round(len(self.people) * 0.08))
        ideas = list(INITIATIVE_IDEAS)
        rng.shuffle(ideas)
        states = (
            InitiativeState.REGISTERED,
            InitiativeState.TRIAL,
            InitiativeState.APPLIED,
            InitiativeState.RECOGNISED,
            InitiativeState.REJECTED,
        )
        for n in range(count):
            idea = ideas[n % len(ideas)]
            title = (
                idea.title if n < len(ideas) else f"{idea.title} – giai đoạn {n // len(ideas) + 1}"
            )
            authors = rng.sample(self.people, min(len(self.people), rng.choice((1, 1, 2, 2, 3))))
            scale = rng.uniform(0.8, 1.3)
            before = max(_half(idea.before * scale), 1.0)
            after = min(max(_half(idea.after * scale), 0.5), before - 0.5)
            registered = self.clock.day_in(year, rng.randint(1, 9))
            initiative = cleaned_initiative(
                Initiative(
                    title=title,
                    year=year,
                    authors=[a.id for a in authors],
                    field=idea.field,
                    problem=idea.problem,
                    solution=idea.solution,
                    measure_unit=idea.measure_unit,
                    before_value=before,
                    after_value=after,
                    dossiers_affected=rng.randrange(30, 1200, 10),
                    registered_date=registered,
                )
            )
            stamp = self.clock.at(registered)
            row = {
                "id": self._id(),
                "unit_code": self.code,
                "year": year,
                **{
                    k: getattr(initiative, k)
                    for k in (
                        "title",
                        "field",
                        "problem",
                        "solution",
                        "measure_unit",
                        "before_value",
                        "after_value",
                        "dossiers_affected",
                        "recognised_level",
                        "decision_number",
                        "rejected_reason",
                        "notes",
                    )
                },
                "state": InitiativeState.REGISTERED.value,
                "registered_date": registered.isoformat(),
                "trial_date": None,
                "applied_date": None,
                "decision_date": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            self.months.add(
                registered.month,
                _insert("initiative", _INITIATIVE_COLUMNS),
                tuple(row[c] for c in _INITIATIVE_COLUMNS),
            )
            for position, author in enumerate(authors):
                self.months.add(
                    registered.month,
                    _insert("initiative_author", ("initiative_id", "member_id", "position")),
                    (row["id"], author.id, position),
                )
            final = rng.choices(states, (15, 20, 30, 25, 10))[0]
            self._plan_steps(row, registered, final)

    def _plan_steps(self, row: dict, registered: date, final: InitiativeState) -> None:
        """The dated moves registered → trial → applied → recognised (or rejected)."""
        rng, year = self.rng, self.year
        path = {
            InitiativeState.REGISTERED: [],
            InitiativeState.TRIAL: [InitiativeState.TRIAL],
            InitiativeState.APPLIED: [InitiativeState.TRIAL, InitiativeState.APPLIED],
            InitiativeState.RECOGNISED: [
                InitiativeState.TRIAL,
                InitiativeState.APPLIED,
                InitiativeState.RECOGNISED,
            ],
            InitiativeState.REJECTED: [
                *[InitiativeState.TRIAL] * rng.randint(0, 1),
                InitiativeState.REJECTED,
            ],
        }[final]
        day = registered
        for state in path:
            day = day + timedelta(days=rng.randint(25, 75))
            if day.year > year:
                return  # the rest happens next year
            stamp = self.clock.at(day)
            row.update(state=state.value, updated_at=stamp)
            if state is InitiativeState.TRIAL:
                row["trial_date"] = day.isoformat()
            elif state is InitiativeState.APPLIED:
                row["applied_date"] = day.isoformat()
            elif state is InitiativeState.RECOGNISED:
                row.update(
                    recognised_level=rng.choice(RECOGNITION_LEVELS),
                    decision_number=f"{rng.randint(12, 480)}/QĐ-UBND",
                    decision_date=day.isoformat(),
                )
            else:
                row["rejected_reason"] = rng.choice(REJECTION_REASONS)
            self.months.add(
                day.month,
                _update("initiative", _INITIATIVE_COLUMNS),
                _update_params(_INITIATIVE_COLUMNS, row),
            )

    # -- campaigns and activities ---------------------------------------------------------------

    def _plan_campaigns(self) -> None:
        rng, year = self.rng, self.year
        idea = rng.choice(BRANCH_CAMPAIGNS)
        short = DEPARTMENTS[self.job.department][0]
        campaign = cleaned_campaign(_campaign(idea, year, rng, short))
        created_on = max(
            date(year, 1, 10), campaign.start_date - timedelta(days=rng.randint(5, 20))
        )
        stamp = self.clock.at(created_on)
        campaign_id = self._id()
        row = {
            "id": campaign_id,
            "unit_code": self.code,
            "year": year,
            "name": campaign.name,
            "theme": campaign.theme,
            "start_date": campaign.start_date.isoformat(),
            "end_date": _iso(campaign.end_date),
            "from_upper": 0,
            "notes": "",
            "created_at": stamp,
            "updated_at": stamp,
        }
        self.months.add(
            created_on.month,
            _insert("campaign", _CAMPAIGN_COLUMNS),
            tuple(row[c] for c in _CAMPAIGN_COLUMNS),
        )
        target_ids = []
        for position, target in enumerate(campaign.targets):
            target_id = self._id()
            target_ids.append(target_id)
            self.months.add(
                created_on.month,
                _insert("campaign_target", _TARGET_COLUMNS),
                (
                    target_id,
                    campaign_id,
                    self.code,
                    target.name,
                    target.measure_unit,
                    target.target_value,
                    0.0,
                    position,
                    stamp,
                    stamp,
                ),
            )
        self.campaigns.append((campaign_id, campaign.start_date, campaign.end_date))
        self._plan_achieved(
            campaign_id,
            campaign.start_date,
            campaign.end_date,
            list(zip(target_ids, [t.target_value for t in campaign.targets], strict=True)),
        )

    def _plan_achieved(
        self,
        campaign_id: str,
        start: date,
        end: date,
        targets: list[tuple[str, float]] | None = None,
    ) -> None:
        """Achieved values recorded at the end of each month the campaign runs."""
        rng, year = self.rng, self.year
        if targets is None:
            targets = self.ctx.database.connection.execute_sql(
                "SELECT id, target_value FROM campaign_target WHERE campaign_id = ? "
                "ORDER BY position",
                [campaign_id],
            ).fetchall()
        months = list(range(start.month, end.month + 1)) if start.year == end.year == year else []
        for target_id, target_value in targets:
            final = round(target_value * rng.uniform(0.55, 1.35))
            for n, month in enumerate(months, start=1):
                achieved = float(round(final * n / len(months)))
                day = (
                    min(_month_end(year, month), end)
                    if n == len(months)
                    else _month_end(year, month)
                )
                stamp = self.clock.at(day)
                self.months.add(
                    month,
                    "UPDATE campaign_target SET achieved_value = ?, updated_at = ? WHERE id = ?",
                    (achieved, stamp, target_id),
                )

    def _plan_activities(self) -> None:
        rng, year = self.rng, self.year
        commune = self.job.commune
        kinds, weights = list(_ACTIVITY_KINDS), list(_ACTIVITY_KINDS.values())
        for month in range(1, 13):
            for _ in range(rng.randint(2, 4)):
                kind = rng.choices(kinds, weights)[0]
                titles = [t for t in ACTIVITY_TITLES[kind.value] if "26/3" not in t or month == 3]
                title = rng.choice(titles)
                day = self.clock.day_in(year, month)
                present = [p for p in self.people if p.in_unit_on(day) and month not in p.leave]
                size = min(len(present), 60, max(2, round(len(present) * rng.uniform(0.15, 0.6))))
                participants = sorted(p.id for p in rng.sample(present, size))
                helped = rng.randint(20, 200) if kind is ActivityKind.VOLUNTEER else 0
                prizes = rng.choice(PRIZES) if kind is ActivityKind.CONTEST else ""
                results = ""
                if kind is ActivityKind.VOLUNTEER:
                    results = f"{len(participants)} đoàn viên tham gia, hỗ trợ {helped} người dân"
                elif kind is ActivityKind.CONTEST:
                    results = f"Chi đoàn cử {min(len(participants), 5)} đội viên dự thi"
                campaign_id = next(
                    (
                        c
                        for c, start, end in self.campaigns
                        if start <= day <= end and rng.random() < 0.7
                    ),
                    None,
                )
                place = rng.choice(ACTIVITY_PLACES).format(
                    commune=commune, village=rng.choice(VILLAGES)
                )
                activity = cleaned_activity(
                    Activity(
                        date=day,
                        kind=kind,
                        title=title,
                        place=place,
                        participants=participants,
                        citizens_helped=helped,
                        results=results,
                        prizes=prizes,
                        campaign_id=campaign_id,
                    )
                )
                stamp = self.clock.at(
                    min(day + timedelta(days=rng.randint(0, 2)), _month_end(year, month))
                )
                activity_id = self._id()
                self.months.add(
                    month,
                    _insert("activity", _ACTIVITY_COLUMNS),
                    (
                        activity_id,
                        self.code,
                        year,
                        day.isoformat(),
                        activity.kind.value,
                        activity.title,
                        activity.place,
                        activity.citizens_helped,
                        activity.results,
                        activity.prizes,
                        activity.campaign_id,
                        stamp,
                        stamp,
                    ),
                )
                for member_id in activity.participants:
                    self.months.add(
                        month,
                        _insert("activity_participant", ("activity_id", "member_id")),
                        (activity_id, member_id),
                    )

    # -- assessments ------------------------------------------------------------------------------

    def _plan_assessments(self) -> None:
        rng, year, criteria = self.rng, self.year, self.criteria
        secretary = next(
            (
                join_name(p.row["family_middle_name"], p.row["given_name"])
                for p in self.people
                if p.row["union_role"] == "Bí thư"
            ),
            "",
        )
        for month in range(1, 13):
            end = _month_end(year, month)
            for person in self.people:
                if not person.in_unit_at_end_of(year, month) or month in person.leave:
                    continue
                level = person.quality + rng.gauss(0, 0.03)
                branch: dict[str, float] = {}
                own: dict[str, float] = {}
                for criterion in criteria.criteria:
                    share = min(1.0, max(0.0, level + rng.gauss(0, 0.07)))
                    scored = _half(criterion.max_points * share)
                    branch[criterion.code] = scored
                    lift = rng.choice((0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 1))
                    own[criterion.code] = min(float(criterion.max_points), scored + lift)
                bonus = deduction = 0.0
                veto, veto_reason, evidence = False, "", ""
                roll = rng.random()
                if roll < 0.08:
                    bonus = float(rng.choice((1, 2, 3, 5)))
                    evidence = rng.choice(BONUS_EVIDENCE)
                elif roll < 0.11:
                    deduction = float(rng.choice((1, 2, 3, 5)))
                    evidence = rng.choice(DEDUCTION_EVIDENCE).format(n=rng.randint(1, 3))
                elif roll < 0.1115:
                    veto, veto_reason = True, rng.choice(VETO_REASONS)
                elif roll < 0.35:
                    evidence = rng.choice(EVIDENCE).format(n=rng.randint(8, 90))
                result = score_month(
                    criteria, own, branch, bonus=bonus, deduction=deduction, veto=veto
                )
                total = result.total if result.complete else None
                band = result.band.code if result.complete and result.band else ""
                stamp = self.clock.at(end - timedelta(days=rng.randint(0, 2)), 7, 15)
                self.months.add(
                    month,
                    _insert("assessment", _ASSESSMENT_COLUMNS),
                    (
                        self._id(),
                        person.id,
                        self.code,
                        year,
                        month,
                        scores_json(own),
                        scores_json(branch),
                        bonus,
                        deduction,
                        int(veto),
                        veto_reason,
                        evidence,
                        total,
                        band,
                        stamp,
                        stamp,
                    ),
                )
            # Confirmed at the month's last meeting (chốt tháng), after every score is in.
            locked_at = self.clock.at(end, 16, 16)
            self.months.add(
                month,
                _insert(
                    "month_lock",
                    (
                        "id",
                        "unit_code",
                        "year",
                        "month",
                        "locked",
                        "locked_at",
                        "locked_by",
                        "created_at",
                        "updated_at",
                    ),
                ),
                (self._id(), self.code, year, month, 1, locked_at, secretary, locked_at, locked_at),
            )
            self.months.add(
                month,
                _insert("audit_log", ("at", "who", "action", "subject", "reason", "details")),
                (
                    locked_at,
                    secretary,
                    "lock_month",
                    f"{self.code} {month:02d}/{year}",
                    "",
                    json.dumps(
                        {"month": month, "unit_code": self.code, "year": year},
                        ensure_ascii=False,
                        sort_keys=True,
                    ),
                ),
            )

    # -- exports ------------------------------------------------------------------------------------

    def _plan_exports(self) -> _ExportPlan:
        """When the branch sends each month's packet; late branches often after the 5th."""
        rng, year = self.rng, self.year
        plan = _ExportPlan(gap_month=rng.randint(2, 11), resend_days=rng.randint(7, 10))
        for month in range(1, 13):
            due = default_deadline(year, month, _DUE_DAY)
            if self.job.late and (month == 12 or rng.random() < 0.4):
                day = due + timedelta(days=rng.randint(3, 14))
            else:
                first = due.replace(day=1)
                day = first + timedelta(days=rng.randint(0, _DUE_DAY - 2))
            plan.times[month] = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 16),
                rng.randrange(60),
                rng.randrange(60),
                rng.randrange(1_000_000),
                tzinfo=_VIETNAM,
            )
        return plan

    def _write(self, plan: _ExportPlan) -> DemoBranch:
        """Write month after month; export each month (``all_months``) or the last one."""
        spec, year, last = self.spec, self.year, self.spec.last_month
        database = self.ctx.database
        # The gap branch sent one packet that never arrived, and exported again a week later.
        gap_month = min(plan.gap_month, last) if spec.all_months else last
        exports: list[DemoExport] = []
        counts: dict[str, int] = {}
        for month in range(1, last + 1):
            with database.write(*BY_NAME):
                _execute(database.connection.connection(), self.months.ops.get(month, []))
            if not spec.all_months and month < last:
                continue
            moment = plan.times[month]
            sends = [(moment, True)]
            if self.job.gap and month == gap_month:
                sends = [(moment, False), (moment + timedelta(days=plan.resend_days), True)]
            if spec.now is not None:
                sends = _not_after(sends, spec.now)
            for when, delivered in sends:
                if not delivered:
                    path = self.job.work / f"lost-{self.code}-{month:02d}.xlsx"
                elif spec.all_months:
                    path = spec.month_packet(self.code, month)
                    path.parent.mkdir(parents=True, exist_ok=True)
                else:
                    path = spec.packet(self.code)
                result = self.ctx.packet_export.export_packet(year, month, path, exported_at=when)
                due = default_deadline(year, month, _DUE_DAY)
                kept = path if delivered else None
                exports.append(
                    DemoExport(month, result.seq, result.exported_at, due, kept, delivered)
                )
                counts = dict(result.counts)
                if not delivered:
                    path.unlink(missing_ok=True)
        if spec.all_months:
            shutil.copyfile(spec.month_packet(self.code, last), spec.packet(self.code))
        if spec.now is not None:
            self._write_month_in_progress(spec.now)
        return DemoBranch(
            code=self.code,
            name=self.job.name,
            db=spec.branch_db(self.code),
            packet=spec.packet(self.code),
            members=len(self.people),
            counts=counts,
            exports=exports,
        )

    def _write_month_in_progress(self, now: datetime) -> None:
        """The month ``now`` falls in, right after the last one: the activities held so far,
        self scores of part of the members entered since the 1st; nothing confirmed or sent."""
        month = self.spec.last_month + 1
        local = now.astimezone(_VIETNAM)
        if month > 12 or (local.year, local.month) != (self.year, month):
            return
        # A stream of its own: the rest of the world is the same with or without it.
        rng = random.Random(f"{self.spec.seed}/in-progress/{self.code}")
        start = datetime(self.year, month, 1, tzinfo=_VIETNAM)
        span = max((local - start).total_seconds() - 600, 0)
        insert = _insert("assessment", _ASSESSMENT_COLUMNS)
        latest = (now - timedelta(minutes=10)).astimezone(UTC).isoformat(timespec="microseconds")
        held: list[tuple[str, tuple]] = []
        activity_ids: set[str] = set()
        rows = []
        for sql, params in self.months.ops.get(month, []):
            if (
                sql == _insert("activity", _ACTIVITY_COLUMNS)
                and params[3] < local.date().isoformat()
            ):
                activity_ids.add(params[0])
                stamps = (min(params[-2], latest), min(params[-1], latest))
                held.append((sql, (*params[:-2], *stamps)))
                continue
            if sql.startswith("INSERT INTO activity_participant") and params[0] in activity_ids:
                held.append((sql, params))
                continue
            if sql != insert or rng.random() > 0.7:
                continue
            row = dict(zip(_ASSESSMENT_COLUMNS, params, strict=True))
            own = json.loads(row["self_scores"])
            result = score_month(
                self.criteria,
                own,
                {},
                bonus=row["bonus"],
                deduction=row["deduction"],
                veto=bool(row["veto"]),
            )
            stamp = (start + timedelta(seconds=rng.uniform(0, span))).astimezone(UTC)
            row.update(
                branch_scores=scores_json({}),
                total=result.total if result.complete else None,
                band=result.band.code if result.complete and result.band else "",
                created_at=stamp.isoformat(timespec="microseconds"),
                updated_at=stamp.isoformat(timespec="microseconds"),
            )
            rows.append(tuple(row[c] for c in _ASSESSMENT_COLUMNS))
        with self.ctx.database.write(*BY_NAME):
            _execute(
                self.ctx.database.connection.connection(), [*held, *((insert, r) for r in rows)]
            )


def _not_after(sends: list[tuple[datetime, bool]], now: datetime) -> list[tuple[datetime, bool]]:
    """Sends planned after ``now`` happened just before it instead, in the same order."""
    latest = now - timedelta(minutes=10)
    result = []
    for n, (when, delivered) in enumerate(sends):
        ceiling = latest - timedelta(hours=len(sends) - 1 - n)
        result.append((min(when, ceiling), delivered))
    return result


@dataclass
class _ExportPlan:
    gap_month: int
    resend_days: int
    times: dict[int, datetime] = field(default_factory=dict)


def _execute(connection: sqlite3.Connection, ops: list[tuple[str, tuple]]) -> None:
    """Run ``ops`` in order, each run of the same statement as one ``executemany``."""
    batch: list[tuple] = []
    current = None
    for sql, params in ops:
        if sql != current:
            if batch:
                connection.executemany(current, batch)
            current, batch = sql, []
        batch.append(params)
    if batch:
        connection.executemany(current, batch)
