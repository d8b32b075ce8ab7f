"""One branch's simulated year, lived through the services on the days it happens.

The year is planned whole from the branch's own random stream first: members, pledges,
initiatives, campaigns, activities, assessments, and the days its packets are sent. The
plan draws in a fixed order whatever is later written or exported, so a world with every
month's packets and one with the last month's only hold the same records.

Each planned step is a call of a service (``MemberService.save``, ``PledgeService.approve``,
``AssessmentService.confirm_month``, ...) at a moment of the year. The steps then run in the
order of their moments, with the database's clock set to each one, so every record carries
the day and time it was made; a month's steps share one transaction (one commit instead of
thousands), and each packet is exported between them, on the day the branch sent it.
Nothing here writes SQL: the services clean, check and store every value.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path

from bamtrachnhiem.bootstrap import AppContext, open_context
from bamtrachnhiem.demo.records import DemoBranch, DemoExport, DemoSpec
from bamtrachnhiem.demo.vocabulary import (
    ACTIVITY_PLACES,
    ACTIVITY_TITLES,
    ARRIVAL_NOTES,
    BONUS_EVIDENCE,
    BRANCH_CAMPAIGNS,
    COMMUNES,
    DEDUCTION_EVIDENCE,
    DEPARTMENTS,
    ETHNIC_MINORITIES,
    EVIDENCE,
    INITIATIVE_IDEAS,
    PLEDGE_NOTES,
    POSITIONS_BY_KIND,
    PRIZES,
    RECOGNITION_LEVELS,
    REJECTION_REASONS,
    REPORT_ASSESSMENT,
    REPORT_DIRECTIONS,
    REPORT_PROPOSALS,
    TRANSFER_NOTES,
    UNION_ROLES,
    VETO_REASONS,
    VILLAGES,
    CampaignIdea,
    person_name,
    phone_number,
)
from bamtrachnhiem.domain.assessment import Assessment
from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, Campaign, CampaignTarget
from bamtrachnhiem.domain.clock import SetClock
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.initiatives import Initiative, InitiativeState
from bamtrachnhiem.domain.pledges import (
    COMMITMENT_SUGGESTIONS,
    TARGET_DEFAULTS,
    Commitment,
    PersonalTarget,
    Pledge,
    PledgeState,
    TargetKind,
)
from bamtrachnhiem.domain.records import EmploymentKind, Gender, Member, MemberStatus
from bamtrachnhiem.domain.reports import Report, ReportKind
from bamtrachnhiem.domain.text import fold

VIETNAM = timezone(timedelta(hours=7))  # the demo's offices work on Vietnam time
DUE_DAY = 5  # the district wants each month's packet by the 5th of the next month

_ACTIVITY_KINDS = {
    ActivityKind.VOLUNTEER: 30,
    ActivityKind.CLUB: 20,
    ActivityKind.TRAINING: 15,
    ActivityKind.TALK: 10,
    ActivityKind.CONTEST: 10,
    ActivityKind.FORUM: 8,
    ActivityKind.SEMINAR: 7,
}
# What a branch's year writes: the kinds each month's transaction may touch.
_YEAR_KINDS = (
    "members",
    "pledges",
    "initiatives",
    "initiative_authors",
    "campaigns",
    "campaign_targets",
    "activities",
    "activity_participants",
    "assessments",
    "month_locks",
    "audit_log",
)


def write_report(ctx: AppContext, year: int) -> Report:
    """The unit's sơ kết 6 tháng draft with its own words in sections III–V, saved."""
    report = ctx.reports.make(ReportKind.H1, year)
    parts = [*report.parts]
    parts[2:5] = [REPORT_ASSESSMENT, REPORT_DIRECTIONS, REPORT_PROPOSALS]
    return ctx.reports.save(replace(report, parts=parts))


def month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _half(value: float) -> float:
    """``value`` to the nearest half point, as people score."""
    return round(value * 2) / 2


def _local_month(moment: datetime) -> tuple[int, int]:
    local = moment.astimezone(VIETNAM)
    return local.year, local.month


def campaign_from_idea(
    idea: CampaignIdea, year: int, rng: random.Random | None, short: str = ""
) -> Campaign:
    """The campaign of ``idea`` in ``year``; target values drawn from their range by ``rng``
    (the lowest value without one)."""
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


# --- what a run is made of --------------------------------------------------------------------


@dataclass(frozen=True)
class BranchJob:
    """Everything a (possibly separate) process needs to build one branch."""

    spec: DemoSpec
    code: str
    name: str
    department: int  # index into DEPARTMENTS
    commune: str
    config: Path  # the configuration packet the district exported for it
    work: Path  # where exports that never arrived are written, then removed
    late: bool  # often sends its packet after the deadline
    gap: bool  # one of its exports never reached the district


class _Office:
    """Days and times at the branch's office (Vietnam time), drawn from its stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, day: date, first_hour: int = 7, last_hour: int = 16) -> datetime:
        return datetime(
            day.year,
            day.month,
            day.day,
            self.rng.randint(first_hour, last_hour),
            self.rng.randrange(60),
            self.rng.randrange(60),
            self.rng.randrange(1_000_000),
            tzinfo=VIETNAM,
        )

    def day_in(self, year: int, month: int, first: int = 1, last: int | None = None) -> date:
        end = month_end(year, month).day
        return date(year, month, self.rng.randint(min(first, end), min(last or end, end)))


@dataclass
class _Person:
    """A member as planned; ``id`` is the one the member service gave when they were saved."""

    member: Member
    quality: float  # 0..1: how well this member does, month after month
    leave: frozenset[int] = frozenset()  # months on leave (no assessment)
    leaves_on: date | None = None  # transferred or aged out on this day
    arrives_on: date | None = None  # joined the branch during the year, on this day
    id: str = ""

    def assessed_in(self, year: int, month: int) -> bool:
        """Scored for the month: in the unit when it closed (as the grid decides), not on
        leave, and arrived at least ten days before its end."""
        end = month_end(year, month)
        if self.leaves_on is not None and self.leaves_on <= end:
            return False
        if self.arrives_on is not None and self.arrives_on > end - timedelta(days=10):
            return False
        return month not in self.leave

    def in_unit_on(self, day: date) -> bool:
        """Here on ``day``, and entered in the registry before it."""
        if self.arrives_on is not None and self.arrives_on >= day:
            return False
        return self.leaves_on is None or self.leaves_on > day


@dataclass
class _Made:
    """A record some later step refers to: its id once the step that makes it has run."""

    id: str = ""
    parts: list[str] = field(default_factory=list)  # a campaign's target ids, in order


@dataclass
class _Step:
    """A service call at a moment of the year."""

    at: datetime
    order: int  # steps at the same moment run in the order they were planned
    do: Callable[[], object]
    alone: bool = False  # runs outside the month's transaction (an export writes a file)
    in_progress: bool = False  # part of the month in progress (``DemoSpec.now``)


@dataclass
class _PlannedRow:
    """A member's month as planned: self scores and evidence, then the branch's part."""

    person: _Person
    own: dict[str, float]
    evidence: str
    branch: dict[str, float] = field(default_factory=dict)
    bonus: float = 0.0
    deduction: float = 0.0
    veto: bool = False
    veto_reason: str = ""

    def self_part(self) -> _PlannedRow:
        """What the member enters: self scores and evidence."""
        return _PlannedRow(self.person, self.own, self.evidence)

    def assessment(self, year: int, month: int) -> Assessment:
        return Assessment(
            member_id=self.person.id,
            year=year,
            month=month,
            self_scores=self.own,
            branch_scores=self.branch,
            bonus=self.bonus,
            deduction=self.deduction,
            veto=self.veto,
            veto_reason=self.veto_reason,
            evidence=self.evidence,
        )


# --- one branch ----------------------------------------------------------------------------------


def build_branch(job: BranchJob) -> DemoBranch:
    """Create one branch database from its configuration packet and live its year."""
    rng = random.Random(f"{job.spec.seed}/branch/{job.code}")
    ctx = open_context(job.spec.branch_db(job.code), create=True)
    try:
        return _Year(ctx, job, rng).live()
    finally:
        ctx.close()


class _Year:
    """A branch's year: planned whole from its random stream, then lived step by step."""

    def __init__(self, ctx: AppContext, job: BranchJob, rng: random.Random) -> None:
        self.ctx = ctx
        self.job = job
        self.spec = job.spec
        self.year = job.spec.year
        self.code = job.code
        self.rng = rng
        self.office = _Office(rng)
        self.clock = SetClock(datetime(self.year, 1, 1, tzinfo=VIETNAM))
        ctx.database.clock = self.clock
        self.steps: list[_Step] = []
        self.people: list[_Person] = []
        self.campaigns: list[tuple[_Made, date, date]] = []
        self.criteria: CriteriaSet | None = None
        # The month after the last one, when the world is built during it (``DemoSpec.now``).
        self.in_progress: int | None = None
        now, last = self.spec.now, self.spec.last_month
        if now is not None and last < 12 and _local_month(now) == (self.year, last + 1):
            self.in_progress = last + 1

    def _plan(self, at: datetime, do: Callable[[], object], **flags: bool) -> None:
        self.steps.append(_Step(at, len(self.steps), do, **flags))

    def live(self) -> DemoBranch:
        # The configuration packet arrives in the first days of January: it makes the
        # branch's own unit, the year's criteria, the deadlines and the district's campaigns.
        arrived = self.office.at(date(self.year, 1, self.rng.randint(2, 6)))
        self.clock.set(arrived)
        self.ctx.configuration.import_config(self.job.config)
        self.criteria = self.ctx.years.criteria(self.year)
        for campaign in self.ctx.campaigns.find(self.year):
            made = _Made(campaign.id, [t.id for t in campaign.targets])
            self.campaigns.append((made, campaign.start_date, campaign.end_date))
            self._plan_achieved(made, campaign)
        self._plan_members()
        self._plan_pledges()
        self._plan_initiatives()
        self._plan_own_campaign()
        self._plan_activities()
        self._plan_assessments()
        exports: list[DemoExport] = []
        self._plan_exports(exports)
        self._plan_report()
        self._live_steps()
        delivered = [e for e in exports if e.delivered]
        return DemoBranch(
            code=self.code,
            name=self.job.name,
            db=self.spec.branch_db(self.code),
            packet=self.spec.packet(self.code),
            members=len(self.people),
            counts=dict(delivered[-1].counts) if delivered else {},
            exports=exports,
        )

    # -- living the plan --------------------------------------------------------------------------

    def _kept(self, step: _Step) -> bool:
        """Steps up to the last month, the exports, and what the month in progress holds."""
        if step.alone or step.in_progress:
            return True
        return _local_month(step.at) <= (self.year, self.spec.last_month)

    def _live_steps(self) -> None:
        """Each step at its moment; a month's steps in one transaction, exports between."""
        steps = sorted((s for s in self.steps if self._kept(s)), key=lambda s: (s.at, s.order))
        batch: list[_Step] = []
        for step in steps:
            if batch and (step.alone or _local_month(step.at) != _local_month(batch[0].at)):
                self._commit(batch)
                batch = []
            if step.alone:
                self._take(step)
            else:
                batch.append(step)
        self._commit(batch)

    def _commit(self, batch: list[_Step]) -> None:
        if batch:
            with self.ctx.database.write(*_YEAR_KINDS):
                for step in batch:
                    self._take(step)

    def _take(self, step: _Step) -> None:
        self.clock.set(step.at)
        step.do()

    # -- members ----------------------------------------------------------------------------------

    def _plan_members(self) -> None:
        rng, year = self.rng, self.year
        teams = DEPARTMENTS[self.job.department][2]
        today = date.today()  # the member service refuses birth and joining dates after it
        count = self.spec.members_per_unit
        roles = list(UNION_ROLES[:2]) + [UNION_ROLES[2]] * min(3, max(0, count // 15))
        kinds = list(EmploymentKind)
        # The registry was typed in during the year before: most of the list at the first
        # sitting, the rest at a few later ones.
        sittings = sorted(
            date(year - 1, 1, 1) + timedelta(days=rng.randrange(330))
            for _ in range(rng.randint(3, 7))
        )
        entered: list[list[_Person]] = [[] for _ in sittings]
        # A few join during the year: transferred in, or newly recruited.
        others = range(len(roles), count)
        joining = (
            set(rng.sample(others, max(1, round(count * 0.03)))) if len(others) >= 5 else set()
        )
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
            person = _Person(member, min(max(quality, 0.4), 0.985))
            self.people.append(person)
            if i in joining:
                self._plan_arrival(person)
                continue
            entered[rng.choices(range(len(sittings)), [8] + [1] * (len(sittings) - 1))[0]].append(
                person
            )
            roll = rng.random()
            if roll < 0.04 and i >= len(roles):
                # On leave (nghỉ thai sản, đi học) for a few months: no assessment then.
                start = rng.randint(2, 10)
                person.leave = frozenset(range(start, start + rng.randint(2, 4)))
            elif roll < 0.07 and i >= len(roles):
                self._plan_leaving(person, aged_out=born.year <= year - 35 and roll < 0.055)
        for day, people in zip(sittings, entered, strict=True):
            if people:
                self._plan(self.office.at(day, 8, 16), partial(self._enter_members, people))

    def _enter_members(self, people: list[_Person]) -> None:
        added = self.ctx.members.add_many([p.member for p in people])
        for person, member in zip(people, added, strict=True):
            person.id = member.id

    def _plan_arrival(self, person: _Person) -> None:
        """Entered in the registry on the day they join, between February and October."""
        rng = self.rng
        day = date(self.year, 2, 1) + timedelta(days=rng.randrange(250))
        place = rng.choice(COMMUNES)
        person.arrives_on = day
        person.member.notes = rng.choice(ARRIVAL_NOTES).format(place=place)
        at = self.office.at(day)
        now = self.spec.now
        during = now is not None and at < now - timedelta(minutes=10)
        self._plan(
            at,
            partial(self._enter_members, [person]),
            in_progress=during and _local_month(at) == (self.year, self.in_progress),
        )

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
        self._plan(
            self.office.at(day),
            lambda: self.ctx.members.set_status(person.id, status, on=day, note=note),
        )

    # -- pledges ----------------------------------------------------------------------------------

    def _plan_pledges(self) -> None:
        """Members write their pledges in January, typed in at a few sittings, and hand most
        of them in; the committee approves them at its fortnightly meetings; progress is
        reviewed in June and December."""
        rng, year = self.rng, self.year
        pillars = [p.code for p in self.criteria.pillars]
        meetings: list[tuple[datetime, list[_Made]]] = [
            (
                self.office.at(
                    date(year, 1, 28) + timedelta(days=14 * n + rng.randint(0, 3)), 14, 16
                ),
                [],
            )
            for n in range(5)
        ]
        # The forms handed to the secretary are typed in at a few sittings before the 21st.
        sittings: list[tuple[datetime, list[tuple[_Person, Pledge, _Made]]]] = [
            (self.office.at(day), [])
            for day in sorted(self.office.day_in(year, 1, 5, 20) for _ in range(rng.randint(2, 4)))
        ]
        reviews: list[tuple[datetime, list[tuple[_Made, list[float | None]]]]] = [
            (self.office.at(self.office.day_in(year, month, 20, 28)), []) for month in (6, 12)
        ]
        for person in self.people:
            if person.arrives_on is not None:
                continue  # joined after the forms were collected
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
            pledge = Pledge(
                member_id="",
                year=year,
                commitments=commitments,
                targets=targets,
                notes=rng.choice(PLEDGE_NOTES),
            )
            made = _Made()
            sittings[rng.randrange(len(sittings))][1].append((person, pledge, made))
            if final is PledgeState.DRAFT:
                continue
            submitted = self.office.at(date(year, 1, 21) + timedelta(days=rng.randrange(30)))
            self._plan(submitted, lambda made=made: self.ctx.pledges.submit(made.id))
            if final is PledgeState.APPROVED:
                # At the committee's first meeting three days on, or (postponed) the next.
                meeting = next(
                    n
                    for n, (at, _) in enumerate(meetings)
                    if at.date() >= submitted.date() + timedelta(days=3)
                )
                meeting = min(meeting + (rng.random() < 0.25), len(meetings) - 1)
                meetings[meeting][1].append(made)
            # Progress on courses and volunteer days is recorded at mid-year and year end.
            for (_, progress), share in zip(reviews, (0.5, 1.0), strict=True):
                achieved: list[float | None] = []
                for target in targets:
                    if target.kind is TargetKind.INITIATIVES:
                        achieved.append(None)  # counted from the initiatives
                    else:
                        got = target.quantity * share * rng.uniform(0.5, 1.3)
                        achieved.append(float(round(got)))
                progress.append((made, achieved))
        for at, typed in sittings:
            if typed:
                self._plan(at, partial(self._write_pledges, typed))
        for at, approved in meetings:
            if approved:
                self._plan(at, partial(self._approve_pledges, approved))
        for at, progress in reviews:
            if progress:
                self._plan(at, partial(self._record_pledge_progress, progress))

    def _write_pledges(self, typed: list[tuple[_Person, Pledge, _Made]]) -> None:
        added = self.ctx.pledges.add_many([replace(p, member_id=who.id) for who, p, _ in typed])
        for (_, _, made), pledge in zip(typed, added, strict=True):
            made.id = pledge.id

    def _approve_pledges(self, approved: list[_Made]) -> None:
        self.ctx.pledges.approve_many([made.id for made in approved])

    def _record_pledge_progress(self, progress: list[tuple[_Made, list[float | None]]]) -> None:
        self.ctx.pledges.record_achieved_many({made.id: achieved for made, achieved in progress})

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
            registered = self.office.day_in(year, rng.randint(1, 9))
            present = [p for p in self.people if p.in_unit_on(registered)]
            authors = rng.sample(present, min(len(present), rng.choice((1, 1, 2, 2, 3))))
            scale = rng.uniform(0.8, 1.3)
            before = max(_half(idea.before * scale), 1.0)
            after = min(max(_half(idea.after * scale), 0.5), before - 0.5)
            initiative = Initiative(
                title=title,
                year=year,
                field=idea.field,
                problem=idea.problem,
                solution=idea.solution,
                measure_unit=idea.measure_unit,
                before_value=before,
                after_value=after,
                dossiers_affected=rng.randrange(30, 1200, 10),
                registered_date=registered,
            )
            made = _Made()
            self._plan(
                self.office.at(registered),
                partial(self._register_initiative, initiative, authors, made),
            )
            final = rng.choices(states, (15, 20, 30, 25, 10))[0]
            self._plan_steps(made, registered, final)

    def _register_initiative(
        self, initiative: Initiative, authors: list[_Person], made: _Made
    ) -> None:
        made.id = self.ctx.initiatives.save(replace(initiative, authors=[a.id for a in authors])).id

    def _plan_steps(self, made: _Made, registered: date, final: InitiativeState) -> None:
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
            details: dict[str, object] = {"on": day}
            if state is InitiativeState.RECOGNISED:
                details.update(
                    level=rng.choice(RECOGNITION_LEVELS),
                    decision_number=f"{rng.randint(12, 480)}/QĐ-UBND",
                    decision_date=day,
                )
            elif state is InitiativeState.REJECTED:
                details["reason"] = rng.choice(REJECTION_REASONS)
            self._plan(
                self.office.at(day),
                partial(self._move_initiative, made, state, details),
            )

    def _move_initiative(self, made: _Made, state: InitiativeState, details: dict) -> None:
        self.ctx.initiatives.move_to(made.id, state, **details)

    # -- campaigns and activities ---------------------------------------------------------------

    def _plan_own_campaign(self) -> None:
        rng, year = self.rng, self.year
        idea = rng.choice(BRANCH_CAMPAIGNS)
        short = DEPARTMENTS[self.job.department][0]
        campaign = campaign_from_idea(idea, year, rng, short)
        created_on = max(
            date(year, 1, 10), campaign.start_date - timedelta(days=rng.randint(5, 20))
        )
        made = _Made()
        self._plan(self.office.at(created_on), partial(self._create_campaign, campaign, made))
        self.campaigns.append((made, campaign.start_date, campaign.end_date))
        self._plan_achieved(made, campaign)

    def _create_campaign(self, campaign: Campaign, made: _Made) -> None:
        saved = self.ctx.campaigns.save(campaign)
        made.id, made.parts = saved.id, [t.id for t in saved.targets]

    def _plan_achieved(self, made: _Made, campaign: Campaign) -> None:
        """Achieved values recorded at the end of each month the campaign runs."""
        rng, year = self.rng, self.year
        start, end = campaign.start_date, campaign.end_date
        months = list(range(start.month, end.month + 1)) if start.year == end.year == year else []
        for position, target in enumerate(campaign.targets):
            final = round(target.target_value * rng.uniform(0.55, 1.35))
            for n, month in enumerate(months, start=1):
                achieved = float(round(final * n / len(months)))
                day = (
                    min(month_end(year, month), end) if n == len(months) else month_end(year, month)
                )
                self._plan(
                    self.office.at(day),
                    partial(self._record_achieved, made, position, achieved),
                )

    def _record_achieved(self, made: _Made, position: int, achieved: float) -> None:
        self.ctx.campaigns.record_achieved(made.parts[position], achieved)

    def _plan_activities(self) -> None:
        rng, year = self.rng, self.year
        commune = self.job.commune
        kinds, weights = list(_ACTIVITY_KINDS), list(_ACTIVITY_KINDS.values())
        now = self.spec.now
        for month in range(1, 13):
            for _ in range(rng.randint(2, 4)):
                kind = rng.choices(kinds, weights)[0]
                titles = [t for t in ACTIVITY_TITLES[kind.value] if "26/3" not in t or month == 3]
                title = rng.choice(titles)
                day = self.office.day_in(year, month)
                present = [p for p in self.people if p.in_unit_on(day) and month not in p.leave]
                size = min(len(present), 60, max(2, round(len(present) * rng.uniform(0.15, 0.6))))
                participants = rng.sample(present, size)
                helped = rng.randint(20, 200) if kind is ActivityKind.VOLUNTEER else 0
                prizes = rng.choice(PRIZES) if kind is ActivityKind.CONTEST else ""
                results = ""
                if kind is ActivityKind.VOLUNTEER:
                    results = f"{len(participants)} đoàn viên tham gia, hỗ trợ {helped} người dân"
                elif kind is ActivityKind.CONTEST:
                    results = f"Chi đoàn cử {min(len(participants), 5)} đội viên dự thi"
                campaign = next(
                    (
                        made
                        for made, start, end in self.campaigns
                        if start <= day <= end and rng.random() < 0.7
                    ),
                    None,
                )
                place = rng.choice(ACTIVITY_PLACES).format(
                    commune=commune, village=rng.choice(VILLAGES)
                )
                activity = Activity(
                    date=day,
                    kind=kind,
                    title=title,
                    place=place,
                    citizens_helped=helped,
                    results=results,
                    prizes=prizes,
                )
                # Entered on the day or in the two days after, within the month.
                entered = self.office.at(
                    min(day + timedelta(days=rng.randint(0, 2)), month_end(year, month))
                )
                hold = partial(self._hold_activity, activity, participants, campaign)
                if month != self.in_progress:
                    self._plan(entered, hold)
                elif now is not None and day < now.astimezone(VIETNAM).date():
                    # Held before today in the month in progress; entered by now.
                    self._plan(min(entered, now - timedelta(minutes=10)), hold, in_progress=True)

    def _hold_activity(
        self, activity: Activity, participants: list[_Person], campaign: _Made | None
    ) -> None:
        self.ctx.activities.save(
            replace(
                activity,
                participants=sorted(p.id for p in participants),
                campaign_id=campaign.id if campaign else None,
            )
        )

    # -- assessments ------------------------------------------------------------------------------

    def _plan_assessments(self) -> None:
        """Each month: members enter their self scores and evidence in its last three days,
        the branch meeting scores everyone and decides bonuses, deductions and vetoes, and
        the secretary confirms the month (chốt tháng)."""
        rng, year, criteria = self.rng, self.year, self.criteria
        secretary = next(
            (p.member.full_name for p in self.people if p.member.union_role == "Bí thư"), ""
        )
        for month in range(1, 13):
            end = month_end(year, month)
            planned: list[_PlannedRow] = []
            entered_before: list[int] = []
            for person in self.people:
                if not person.assessed_in(year, month):
                    continue
                level = person.quality + rng.gauss(0, 0.03)
                branch: dict[str, float] = {}
                own: dict[str, float] = {}
                for criterion in criteria.criteria:
                    share = min(1.0, max(0.0, level + rng.gauss(0, 0.07)))
                    points = _half(criterion.max_points * share)
                    branch[criterion.code] = points
                    lift = rng.choice((0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 1))
                    own[criterion.code] = min(float(criterion.max_points), points + lift)
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
                planned.append(
                    _PlannedRow(person, own, evidence, branch, bonus, deduction, veto, veto_reason)
                )
                entered_before.append(rng.randint(0, 2))  # days before the month's end
            # The times are drawn whatever happens to the month: the stream stays the same.
            sessions = []
            for before in (2, 1, 0):
                rows = [
                    r.self_part()
                    for r, days in zip(planned, entered_before, strict=True)
                    if days == before
                ]
                if rows:
                    sessions.append((self.office.at(end - timedelta(days=before), 7, 12), rows))
            meeting = self.office.at(end, 13, 15)
            confirmed = self.office.at(end, 16, 16)  # at the end of the month's last meeting
            if month == self.in_progress:
                self._plan_month_in_progress(month, planned)
                continue
            for at, rows in sessions:
                self._plan(at, partial(self._save_grid, month, rows))
            self._plan(meeting, partial(self._save_grid, month, planned))
            self._plan(
                confirmed,
                lambda month=month: self.ctx.assessments.confirm_month(year, month, secretary),
            )

    def _plan_month_in_progress(self, month: int, rows: list[_PlannedRow]) -> None:
        """Part of the members have entered their self scores since the 1st; nothing more."""
        now = self.spec.now
        assert now is not None
        # A stream of its own: the rest of the world is the same with or without it.
        rng = random.Random(f"{self.spec.seed}/in-progress/{self.code}")
        start = datetime(self.year, month, 1, tzinfo=VIETNAM)
        span = max((now - start).total_seconds() - 600, 0)
        for row in rows:
            if rng.random() > 0.7:
                continue
            at = start + timedelta(seconds=rng.uniform(0, span))
            arrived = row.person.arrives_on
            if arrived is not None and arrived >= at.astimezone(VIETNAM).date():
                continue  # not in the registry yet
            self._plan(at, partial(self._save_grid, month, [row.self_part()]), in_progress=True)

    def _save_grid(self, month: int, rows: list[_PlannedRow]) -> None:
        self.ctx.assessments.save_grid(
            self.year, month, [r.assessment(self.year, month) for r in rows]
        )

    # -- the sơ kết report -----------------------------------------------------------------------

    def _plan_report(self) -> None:
        """On the evening June is confirmed, the secretary makes the sơ kết 6 tháng report
        from the branch's own data, signs it and issues it: the June packet carries it up.
        (It draws nothing from the branch's stream: the rest of the year stays the same.)"""
        secretary = next(
            (p.member.full_name for p in self.people if p.member.union_role == "Bí thư"), ""
        )
        at = datetime(self.year, 6, 30, 17, 30, tzinfo=VIETNAM)
        if self.spec.last_month < 6 or (self.spec.now is not None and self.spec.now <= at):
            return
        self._plan(at, partial(self._issue_report, secretary), alone=True)

    def _issue_report(self, secretary: str) -> None:
        own = self.ctx.units.own_unit()
        if own is not None and secretary and not own.signer_name:
            self.ctx.units.update(replace(own, signer_title="BÍ THƯ", signer_name=secretary))
        self.ctx.reports.issue(write_report(self.ctx, self.year).id, number="06")

    # -- exports ----------------------------------------------------------------------------------

    def _plan_exports(self, exports: list[DemoExport]) -> None:
        """When the branch sends each month's packet: by the deadline it was given, late
        branches often days after it; the gap branch's one lost file, sent again a week on."""
        rng, year, spec = self.rng, self.year, self.spec
        deadlines = self.ctx.configuration.deadlines(year)
        gap_month, resend_days = rng.randint(2, 11), rng.randint(7, 10)
        times: dict[int, datetime] = {}
        for month in range(1, 13):
            due = deadlines[month]
            if self.job.late and (month == 12 or rng.random() < 0.4):
                day = due + timedelta(days=rng.randint(3, 14))
            else:
                day = due.replace(day=1) + timedelta(days=rng.randint(0, max(0, due.day - 2)))
            times[month] = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 16),
                rng.randrange(60),
                rng.randrange(60),
                rng.randrange(1_000_000),
                tzinfo=VIETNAM,
            )
        last = spec.last_month
        # The gap branch sent one packet that never arrived, and exported again a week later.
        gap_month = min(gap_month, last) if spec.all_months else last
        for month in range(1, last + 1):
            if not spec.all_months and month < last:
                continue
            sends = [(times[month], True)]
            if self.job.gap and month == gap_month:
                sends = [(times[month], False), (times[month] + timedelta(days=resend_days), True)]
            if spec.now is not None:
                sends = _not_after(sends, spec.now)
            for when, delivered in sends:
                self._plan(
                    when,
                    partial(self._export, month, deadlines[month], delivered, exports),
                    alone=True,
                )

    def _export(self, month: int, due: date, delivered: bool, exports: list[DemoExport]) -> None:
        spec = self.spec
        if not delivered:
            path = self.job.work / f"lost-{self.code}-{month:02d}.xlsx"
        elif spec.all_months:
            path = spec.month_packet(self.code, month)
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            path = spec.packet(self.code)
        result = self.ctx.packet_export.export_packet(self.year, month, path)  # at the clock's time
        exports.append(
            DemoExport(
                month,
                result.seq,
                result.exported_at,
                due,
                path if delivered else None,
                delivered,
                counts=dict(result.counts),
            )
        )
        if not delivered:
            path.unlink(missing_ok=True)
        elif spec.all_months and month == spec.last_month:
            shutil.copyfile(path, spec.packet(self.code))


def _not_after(sends: list[tuple[datetime, bool]], now: datetime) -> list[tuple[datetime, bool]]:
    """Sends planned after ``now`` happened just before it instead, in the same order."""
    latest = now - timedelta(minutes=10)
    result = []
    for n, (when, delivered) in enumerate(sends):
        ceiling = latest - timedelta(hours=len(sends) - 1 - n)
        result.append((min(when, ceiling), delivered))
    return result
