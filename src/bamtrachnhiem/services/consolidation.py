"""Consolidation (tổng hợp): the units below, each with its subtree's figures, for a period.

Each figure is one aggregate query grouped by unit over the merged tables (nothing is
loaded row by row), then added up the tree in Python: a 150-unit, 40,000-member district
takes a fraction of a second for a year (bench/consolidation.py). What each figure counts
is said in ``domain.consolidation``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.campaigns import CampaignRollup
from bamtrachnhiem.domain.completeness import MonthStatus
from bamtrachnhiem.domain.consolidation import (
    IN_USE_STATES,
    PLEDGED_STATES,
    ConsolidationTable,
    MemberFigures,
    MonthFigures,
    Period,
    Ranked,
    UnitFigures,
    YearFigures,
    month_end,
    rank_units,
)
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.errors import NotFoundError
from bamtrachnhiem.domain.overview import saved_time_unit
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.domain.text import join_name, sort_key
from bamtrachnhiem.services import report_documents
from bamtrachnhiem.services.base import Service, unit_record
from bamtrachnhiem.services.campaigns import CampaignService
from bamtrachnhiem.services.completeness import CompletenessService
from bamtrachnhiem.services.snapshots import chunks
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database

_IN_UNIT = "(status = 'active' OR status_date > ?)"  # in the unit at the end of a day


@dataclass(frozen=True)
class TreeUnit:
    code: str
    name: str
    level: str
    parent_code: str | None
    depth: int
    is_pilot: bool


def unit_tree(service: Service, root: str) -> list[TreeUnit]:
    """Every unit below ``root`` in tree order: each unit, then the units below it; siblings
    in Vietnamese order of their name."""
    children: dict[str, list[tuple]] = defaultdict(list)
    for row in service._rows("SELECT code, name, level, parent_code, is_pilot FROM unit"):
        if row[3] and row[3] != row[0]:
            children[row[3]].append(row)
    for siblings in children.values():
        siblings.sort(key=lambda unit: (sort_key(unit[1]), unit[0]))
    found: list[TreeUnit] = []
    seen = {root}
    # Depth first, without recursion: a deep or (corrupt) cyclic tree cannot overflow.
    stack = [(child, 1) for child in reversed(children[root])]
    while stack:
        (code, name, level, parent_code, pilot), depth = stack.pop()
        if code in seen:
            continue
        seen.add(code)
        found.append(TreeUnit(code, name, level or "", parent_code, depth, bool(pilot)))
        stack.extend((child, depth + 1) for child in reversed(children[code]))
    return found


class ConsolidationService(Service):
    """Read-only figures of the units below, by unit, by month, by period; rankings and
    history across years."""

    def __init__(
        self,
        database: Database,
        completeness: CompletenessService,
        campaigns: CampaignService,
        years: YearService,
    ) -> None:
        super().__init__(database)
        self.completeness = completeness
        self.campaigns = campaigns
        self.years = years

    # --- the by-unit table -------------------------------------------------------------------

    def by_unit(
        self, period: Period, root: str | None = None, today: date | None = None
    ) -> ConsolidationTable:
        """Every unit below ``root`` (default: the own unit) in tree order, each with its
        subtree's figures for ``period``, and the totals of ``root``'s whole subtree.

        ``today`` decides which packet deadlines have passed (default: the database's clock).
        """
        root = root or self.own_unit_code()
        names = self._rows("SELECT name, level, is_pilot FROM unit WHERE code = ?", [root])
        if not names:
            raise NotFoundError("unit_not_found", code=root)
        today = today or self.database.clock.today()
        tree = unit_tree(self, root)
        flat = self._flat(period, today)
        shares = self.campaigns.shares(period.year)
        rows, total = _rolled_up(tree, root, flat)
        for unit in rows:
            unit.campaign_pct = shares.get(unit.code)
        total.name, total.level, total.is_pilot = names[0][0], names[0][1] or "", bool(names[0][2])
        total.campaign_pct = shares.get(root)
        own = flat.get(root)
        return ConsolidationTable(
            period=period,
            root_code=root,
            root_name=names[0][0],
            units=rows,
            total=total,
            own=own if own is not None and _holds_records(own) else None,
            as_of=today,
        )

    def ranking(
        self,
        period: Period,
        figure: str,
        level: str | None = None,
        root: str | None = None,
        today: date | None = None,
    ) -> list[Ranked]:
        """The units below (of ``level`` only, or the branches when None) ranked by
        ``figure`` (``domain.consolidation.RANKINGS``)."""
        table = self.by_unit(period, root, today)
        units = (
            [u for u in table.units if u.level == level] if level is not None else table.leaves()
        )
        return rank_units(units, figure)

    def by_month(
        self, year: int, unit_code: str | None = None, today: date | None = None
    ) -> list[MonthFigures]:
        """Each month of ``year`` for the subtree of ``unit_code`` (default: the own unit)."""
        root = unit_code or self.own_unit_code()
        today = today or self.database.clock.today()
        tree = unit_tree(self, root)
        statuses = self._statuses(year, today)
        gathered = self._gather(Period(year, 1, 12))
        result = []
        for month in range(1, 13):
            flat = gathered.figures(range(month, month + 1), statuses, whole=False)
            _rows, total = _rolled_up(tree, root, flat)
            received = sum(
                1 for u in tree if statuses.get(u.code, {}).get(month, MonthStatus.MISSING).received
            )
            result.append(MonthFigures(month, total, received, len(tree)))
        return result

    def subtree(self, period: Period, code: str, today: date | None = None) -> UnitFigures:
        """The figures of ``code`` with every unit below it, for ``period``."""
        names = self._rows("SELECT name, level, is_pilot FROM unit WHERE code = ?", [code])
        if not names:
            raise NotFoundError("unit_not_found", code=code)
        today = today or self.database.clock.today()
        flat = self._flat(period, today)
        _rows, total = _rolled_up(unit_tree(self, code), code, flat)
        total.name, total.level, total.is_pilot = names[0][0], names[0][1] or "", bool(names[0][2])
        total.campaign_pct = self.campaigns.shares(period.year).get(code)
        return total

    # --- papers -----------------------------------------------------------------------------

    def _unit_record(self, code: str | None = None) -> Unit | None:
        row = self.m.Unit.get_or_none(
            (self.m.Unit.code == code) if code else (self.m.Unit.is_own == True)  # noqa: E712
        )
        return unit_record(row) if row is not None else None

    def units_document(self, table: ConsolidationTable, level: str | None = None) -> Document:
        """The by-unit table as printed (all units, or those of ``level``), with its total."""
        units = [u for u in table.units if u.level == level] if level else list(table.units)
        total = table.total
        if level:
            total = UnitFigures(table.root_code, table.root_name)
            for unit in units:
                total.add(unit)
        return report_documents.units_document(
            table, units, total, self._unit_record(table.root_code), self.database.clock.today()
        )

    def months_document(self, months: list[MonthFigures], year: int) -> Document:
        return report_documents.months_document(
            months, year, self._unit_record(), self.database.clock.today()
        )

    def ranking_document(
        self, ranked: list[Ranked], figure: str, label: str, period: Period
    ) -> Document:
        return report_documents.ranking_document(
            ranked, figure, label, period, self._unit_record(), self.database.clock.today()
        )

    def history_document(self, history: list[YearFigures], name: str) -> Document:
        return report_documents.history_document(
            history, name, self._unit_record(), self.database.clock.today()
        )

    def members_document(
        self, members: list[MemberFigures], months: list[int], unit_name: str, year: int
    ) -> Document:
        return report_documents.members_document(
            members, months, unit_name, year, self._unit_record(), self.database.clock.today()
        )

    def rollup_document(self, rollup: CampaignRollup) -> Document:
        return report_documents.rollup_document(
            rollup, self._unit_record(), self.database.clock.today()
        )

    # --- history ---------------------------------------------------------------------------

    def data_years(self) -> list[int]:
        """Years holding any assessment, pledge or activity, newest first."""
        rows = self._rows(
            "SELECT year FROM assessment WHERE deleted_at IS NULL UNION "
            "SELECT year FROM pledge WHERE deleted_at IS NULL UNION "
            "SELECT year FROM activity WHERE deleted_at IS NULL UNION "
            "SELECT year FROM movement_year ORDER BY 1 DESC"
        )
        return [int(r[0]) for r in rows]

    def unit_history(self, code: str | None = None) -> list[YearFigures]:
        """The whole-year figures of a unit's subtree, one per year with data, newest first."""
        code = code or self.own_unit_code()
        return [
            YearFigures(year, figures=self.subtree(Period(year, 1, 12), code, date(year, 12, 31)))
            for year in self.data_years()
        ]

    def member_history(self, member_id: str) -> list[YearFigures]:
        """A member's whole-year figures, one per year with data, newest first."""
        found = self._rows("SELECT unit_code FROM member WHERE id = ?", [member_id])
        if not found:
            raise NotFoundError("member_not_found", id=member_id)
        history = []
        for year in self.data_years():
            rows = self.members(Period(year, 1, 12), found[0][0], member_ids=[member_id])
            if rows and (rows[0].months_expected or rows[0].months_assessed):
                history.append(YearFigures(year, member=rows[0]))
        return history

    # --- members ---------------------------------------------------------------------------

    def members(
        self, period: Period, unit_code: str, member_ids: list[str] | None = None
    ) -> list[MemberFigures]:
        """The members of ``unit_code`` in the unit during ``period``, in Vietnamese order,
        each with the period's months, mean and band (the annex of a branch's report)."""
        first_end = month_end(period.year, period.first).isoformat()
        people = self._rows(
            "SELECT id, family_middle_name, given_name, name_key, position, department, "
            f"status, status_date FROM member WHERE unit_code = ? AND deleted_at IS NULL "
            f"AND {_IN_UNIT} ORDER BY name_key, id",
            [unit_code, first_end],
        )
        if member_ids is not None:
            wanted = set(member_ids)
            people = [p for p in people if p[0] in wanted]
        rows: dict[str, MemberFigures] = {}
        status: dict[str, tuple[str, str | None]] = {}
        for mid, family, given, key, position, department, state, left in people:
            rows[mid] = MemberFigures(
                mid, join_name(family, given), key, unit_code, position, department
            )
            status[mid] = (state, left)
        for mid, row in rows.items():
            state, left = status[mid]
            row.months_expected = sum(
                1
                for m in period.months
                if state == "active"
                or (left is not None and left > month_end(period.year, m).isoformat())
            )
        for mid, state in self._rows(
            "SELECT member_id, state FROM pledge WHERE unit_code = ? AND year = ? "
            "AND deleted_at IS NULL",
            [unit_code, period.year],
        ):
            if mid in rows:
                rows[mid].pledge_state = state
        for mid, month, total, veto in self._rows(
            "SELECT member_id, month, total, veto FROM assessment WHERE unit_code = ? "
            "AND year = ? AND month BETWEEN ? AND ? AND deleted_at IS NULL AND total IS NOT NULL",
            [unit_code, period.year, period.first, period.last],
        ):
            found = rows.get(mid)
            if found is None or not _in_unit(status[mid], period.year, month):
                continue
            found.months_assessed += 1
            found.score_sum += total
            found.monthly[month] = total
            found.vetoed = found.vetoed or bool(veto)
        for mid, count in self._rows(
            "SELECT a.member_id, count(DISTINCT i.id) FROM initiative i "
            "JOIN initiative_author a ON a.initiative_id = i.id "
            "WHERE i.unit_code = ? AND i.year = ? AND i.deleted_at IS NULL "
            "AND (i.registered_date IS NULL OR i.registered_date <= ?) GROUP BY a.member_id",
            [unit_code, period.year, period.end.isoformat()],
        ):
            if mid in rows:
                rows[mid].initiatives = count
        for mid, count in self._rows(
            "SELECT p.member_id, count(*) FROM activity_participant p "
            "JOIN activity a ON a.id = p.activity_id WHERE a.unit_code = ? "
            "AND a.deleted_at IS NULL AND a.date >= ? AND a.date <= ? GROUP BY p.member_id",
            [unit_code, period.start.isoformat(), period.end.isoformat()],
        ):
            if mid in rows:
                rows[mid].participations = count
        criteria = self.years.peek(period.year)
        for fig in rows.values():
            fig.band = _band_of(criteria, fig.mean, fig.vetoed)
        return list(rows.values())

    # --- the queries -------------------------------------------------------------------------

    def _statuses(self, year: int, today: date) -> dict[str, dict[int, MonthStatus]]:
        """Each unit below the own one: each month's packet on time, late, missing, not due."""
        table = self.completeness.table(year, today=today)
        return {u.code: u.months for u in table.units}

    def _flat(
        self,
        period: Period,
        today: date,
        statuses: dict[str, dict[int, MonthStatus]] | None = None,
    ) -> dict[str, UnitFigures]:
        """Each unit's own records (not those of the units below it) for ``period``."""
        statuses = statuses if statuses is not None else self._statuses(period.year, today)
        return self._gather(period).figures(period.months, statuses, whole=True)

    def _gather(self, period: Period) -> _Gathered:
        """The period's aggregates by unit (and month where a figure is monthly).

        Most members are active; those who left or were removed (few) are read one by one
        and taken out of the month-end counts they no longer belong to, so the big tables
        are only ever summed by unit, from indexes (``assessment_year_figures``).
        """
        year, end = period.year, period.end.isoformat()
        start = period.start.isoformat()
        g = _Gathered(year)
        for code, count, cc, vc, hd, women, party in self._rows(
            "SELECT unit_code, count(*), count(CASE WHEN employment_kind = 'cong_chuc' THEN 1 END), "
            "count(CASE WHEN employment_kind = 'vien_chuc' THEN 1 END), "
            "count(CASE WHEN employment_kind = 'hop_dong' THEN 1 END), "
            "count(CASE WHEN gender = 'Nữ' THEN 1 END), count(CASE WHEN party_member THEN 1 END) "
            "FROM member WHERE deleted_at IS NULL AND status = 'active' GROUP BY unit_code"
        ):
            g.active[code] = (count, cc, vc, hd, women, party)
        for row in self._rows(
            "SELECT id, unit_code, status, status_date, deleted_at, employment_kind, gender, "
            "party_member FROM member WHERE deleted_at IS NOT NULL OR status != 'active'"
        ):
            g.leavers[row[0]] = row
        leaver_ids = list(g.leavers)

        for code, state, count in self._rows(
            "SELECT unit_code, state, count(*) FROM pledge WHERE year = ? "
            "AND deleted_at IS NULL GROUP BY unit_code, state",
            [year],
        ):
            g.pledges[(code, state)] = g.pledges.get((code, state), 0) + count
        for ids in chunks(leaver_ids):
            for mid, code, state in self._rows(
                "SELECT member_id, unit_code, state FROM pledge WHERE year = ? "
                f"AND deleted_at IS NULL AND member_id IN ({', '.join('?' * len(ids))})",
                [year, *ids],
            ):
                if not g.in_unit(mid, end):
                    g.pledges[(code, state)] -= 1

        for code, band, month, count, points, vetoed in self._rows(
            "SELECT unit_code, band, month, count(*), sum(total), sum(veto) FROM assessment "
            "WHERE year = ? AND deleted_at IS NULL AND month BETWEEN ? AND ? "
            "AND total IS NOT NULL GROUP BY unit_code, band, month",
            [year, period.first, period.last],
        ):
            g.add_assessed(code, month, band, count, points or 0.0, vetoed or 0)
        for ids in chunks(leaver_ids):
            for mid, code, month, band, total, veto in self._rows(
                "SELECT member_id, unit_code, month, band, total, veto FROM assessment "
                "WHERE deleted_at IS NULL AND year = ? AND month BETWEEN ? AND ? "
                f"AND total IS NOT NULL AND member_id IN ({', '.join('?' * len(ids))})",
                [year, period.first, period.last, *ids],
            ):
                if not g.in_unit(mid, month_end(year, month).isoformat()):
                    g.add_assessed(code, month, band, -1, -total, -1 if veto else 0)

        for code, state, count in self._rows(
            "SELECT unit_code, state, count(*) FROM initiative WHERE year = ? "
            "AND deleted_at IS NULL AND (registered_date IS NULL OR registered_date <= ?) "
            "GROUP BY unit_code, state",
            [year, end],
        ):
            g.initiatives[(code, state)] = count
        in_use = ", ".join(f"'{s}'" for s in IN_USE_STATES)
        for code, measure, amount in self._rows(
            "SELECT unit_code, measure_unit, sum((before_value - after_value) * dossiers_affected) "
            f"FROM initiative WHERE year = ? AND deleted_at IS NULL AND state IN ({in_use}) "
            "AND before_value IS NOT NULL AND after_value IS NOT NULL "
            "AND dossiers_affected IS NOT NULL "
            "AND (registered_date IS NULL OR registered_date <= ?) "
            "GROUP BY unit_code, measure_unit",
            [year, end],
        ):
            key = (code, saved_time_unit(measure or ""))
            g.time_saved[key] = g.time_saved.get(key, 0.0) + (amount or 0.0)
        for code, month, kind, count, helped in self._rows(
            "SELECT unit_code, CAST(substr(date, 6, 2) AS INTEGER), kind, count(*), "
            "sum(citizens_helped) FROM activity WHERE deleted_at IS NULL AND date >= ? "
            "AND date <= ? GROUP BY 1, 2, 3",
            [start, end],
        ):
            g.activities[(code, month, kind)] = (count, helped or 0)
        for code, month, count in self._rows(
            "SELECT a.unit_code, CAST(substr(a.date, 6, 2) AS INTEGER), count(*) "
            "FROM activity_participant p JOIN activity a ON a.id = p.activity_id "
            "WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date <= ? GROUP BY 1, 2",
            [start, end],
        ):
            g.participations[(code, month)] = count
        return g


@dataclass
class _Gathered:
    """A period's aggregates by unit, as ``ConsolidationService._gather`` reads them."""

    year: int
    active: dict[str, tuple[int, ...]] = field(default_factory=dict)  # members, by kind...
    leavers: dict[str, tuple] = field(default_factory=dict)  # id → (id, unit, status, ...)
    pledges: dict[tuple[str, str], int] = field(default_factory=dict)  # (unit, state)
    assessed: dict[tuple[str, int], dict[str, list[float]]] = field(default_factory=dict)
    initiatives: dict[tuple[str, str], int] = field(default_factory=dict)
    time_saved: dict[tuple[str, str], float] = field(default_factory=dict)
    activities: dict[tuple[str, int, str], tuple[int, int]] = field(default_factory=dict)
    participations: dict[tuple[str, int], int] = field(default_factory=dict)

    def in_unit(self, member_id: str, day: str) -> bool:
        """A member (active, or one of the leavers) was in the unit at the end of ``day``."""
        row = self.leavers.get(member_id)
        if row is None:
            return True
        _id, _unit, status, left, deleted = row[:5]
        return deleted is None and (status == "active" or (left is not None and left > day))

    def add_assessed(
        self, code: str, month: int, band: str, count: int, points: float, vetoed: int
    ) -> None:
        bands = self.assessed.setdefault((code, month), {})
        entry = bands.setdefault(band, [0, 0.0, 0])
        entry[0] += count
        entry[1] += points
        entry[2] += vetoed

    def figures(
        self, months: range, statuses: dict[str, dict[int, MonthStatus]], *, whole: bool
    ) -> dict[str, UnitFigures]:
        """Each unit's own figures over ``months``; ``whole``: the gathered period itself
        (members, pledges and initiatives at its end); otherwise those are left out."""
        found: dict[str, UnitFigures] = {}

        def unit(code: str) -> UnitFigures:
            fig = found.get(code)
            if fig is None:
                fig = found[code] = UnitFigures(code, "")
            return fig

        last_end = month_end(self.year, months[-1]).isoformat()
        ends = [month_end(self.year, m).isoformat() for m in months]
        for code, (count, cc, vc, hd, women, party) in self.active.items():
            fig = unit(code)
            fig.members += count
            fig.cong_chuc, fig.vien_chuc, fig.hop_dong = cc, vc, hd
            fig.women, fig.party = women, party
            fig.expected += count * len(months)
        for (
            mid,
            code,
            _status,
            _left,
            _deleted,
            kind,
            gender,
            party_member,
        ) in self.leavers.values():
            inside = sum(1 for e in ends if self.in_unit(mid, e))
            if not inside:
                continue
            fig = unit(code)
            fig.expected += inside
            if self.in_unit(mid, last_end):
                fig.members += 1
                fig.cong_chuc += kind == "cong_chuc"
                fig.vien_chuc += kind == "vien_chuc"
                fig.hop_dong += kind == "hop_dong"
                fig.women += gender == "Nữ"
                fig.party += bool(party_member)
        for (code, month), bands in self.assessed.items():
            if month not in months:
                continue
            fig = unit(code)
            for band, (rated, points, vetoed) in bands.items():
                if rated:
                    fig.assessed += int(rated)
                    fig.score_sum += points
                    fig.vetoed += int(vetoed)
                    fig.bands[band] = fig.bands.get(band, 0) + int(rated)
        for (code, month, kind), (count, helped) in self.activities.items():
            if month in months:
                fig = unit(code)
                fig.activities += count
                fig.activities_by_kind[kind] = fig.activities_by_kind.get(kind, 0) + count
                fig.citizens_helped += helped
        for (code, month), count in self.participations.items():
            if month in months:
                unit(code).participations += count
        if whole:
            for (code, state), count in self.pledges.items():
                if count and state in PLEDGED_STATES:
                    fig = unit(code)
                    fig.pledged += count
                    fig.approved += count if state == "approved" else 0
            for (code, state), count in self.initiatives.items():
                unit(code).initiatives[state] = count
            for (code, measure), amount in self.time_saved.items():
                fig = unit(code)
                fig.time_saved[measure] = fig.time_saved.get(measure, 0.0) + amount
        for code, by_month in statuses.items():
            fig = unit(code)
            for month in months:
                status = by_month.get(month, MonthStatus.NOT_DUE)
                if status is MonthStatus.NOT_DUE:
                    continue
                fig.months_due += 1
                if status is MonthStatus.ON_TIME:
                    fig.months_on_time += 1
                elif status is MonthStatus.LATE:
                    fig.months_late += 1
                else:
                    fig.months_missing += 1
        return found


def _in_unit(status: tuple[str, str | None], year: int, month: int) -> bool:
    """A member (status, date it changed) was in the unit when ``month`` closed."""
    state, left = status
    return state == "active" or (left is not None and left > month_end(year, month).isoformat())


def _holds_records(fig: UnitFigures) -> bool:
    return bool(fig.members or fig.assessed or fig.activities or fig.initiative_count)


def _rolled_up(
    tree: list[TreeUnit], root: str, flat: dict[str, UnitFigures]
) -> tuple[list[UnitFigures], UnitFigures]:
    """The tree's rows, each its own records plus those below it, and the root's total."""
    rows: list[UnitFigures] = []
    by_code: dict[str, UnitFigures] = {}
    for t in tree:
        fig = UnitFigures(t.code, t.name, t.level, t.parent_code, t.depth, t.is_pilot)
        own = flat.get(t.code)
        if own is not None:
            fig.add(own)
        rows.append(fig)
        by_code[t.code] = fig
    total = UnitFigures(root, "")
    own_root = flat.get(root)
    if own_root is not None:
        total.add(own_root)
    # Deepest first: each unit's subtree is complete before it is added to its parent.
    for fig in sorted(rows, key=lambda f: -f.depth):
        parent = by_code.get(fig.parent_code or "")
        target = parent if parent is not None else total
        target.add(fig)
        target.units_below += 1
    return rows, total


def _band_of(criteria: CriteriaSet, mean: float | None, vetoed: bool) -> str:
    """The band a mean score falls in (the lowest when vetoed and the rules say so)."""
    if mean is None:
        return ""
    bands = sorted(criteria.rules.bands, key=lambda b: -b.min_total)
    if vetoed and criteria.rules.veto_forces_fail and bands:
        return bands[-1].code
    return next(
        (b.code for b in bands if mean >= b.min_total - 1e-9), bands[-1].code if bands else ""
    )
