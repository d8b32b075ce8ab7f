"""The monthly three-responsibility assessment (đánh giá tháng): grid, save, lock, summaries.

Only this service writes assessments and month locks; a confirmed month (chốt tháng) is
refused here, for every kind of change, until it is unlocked with a reason that goes to the
audit log in the same transaction.

The grid of a month holds the unit's members who were still in it at the end of the month:
active members, and members transferred or aged out *after* the month. Someone who left
during or before the month is not in that grid; rows already saved for them are kept.

Saving is written with ``executemany`` on the connection inside one transaction: the ORM's
per-row work would cost more than the whole write (target: 60 members under 200 ms).
"""

from __future__ import annotations

import getpass
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from bamtrachnhiem.domain.assessment import (
    Assessment,
    AuditEntry,
    GridRow,
    MemberYear,
    MemberYearSummary,
    MonthFigure,
    MonthGrid,
    MonthLockInfo,
    Participation,
    ReadOnlyReason,
    TitleCandidate,
    UnitYearSummary,
)
from bamtrachnhiem.domain.criteria import CriteriaSet
from bamtrachnhiem.domain.dates import format_timestamp
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.kinds import ASSESSMENTS, record_columns
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.scoring import (
    TitleEntry,
    band_for,
    check_bonus,
    check_deduction,
    check_score,
    quarter_figures,
    title_verdicts,
    year_figure,
)
from bamtrachnhiem.domain.text import clean_text, join_name
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database

# A refused value of a saved row: the cell's code, named after the member.
_ROW_CODES = {
    "score_negative": "assessment_score_negative",
    "score_above_max": "assessment_score_above_max",
    "score_too_precise": "assessment_score_too_precise",
    "bonus_negative": "assessment_bonus_negative",
    "bonus_above_cap": "assessment_bonus_above_cap",
    "bonus_too_precise": "assessment_bonus_too_precise",
    "deduction_negative": "assessment_deduction_negative",
    "deduction_above_max": "assessment_deduction_above_max",
    "deduction_too_precise": "assessment_deduction_too_precise",
}
_COLUMNS = record_columns(ASSESSMENTS, Assessment)
# What a new save of a member's month may change; the rest names whose month it is.
_CHANGEABLE = tuple(
    c for c in _COLUMNS if c not in ("id", "member_id", "unit_code", "year", "month")
)
_INSERT = "INSERT INTO assessment ({}, created_at) VALUES ({}, ?)".format(
    ", ".join(_COLUMNS), ", ".join("?" * len(_COLUMNS))
)
_UPDATE = "UPDATE assessment SET {} WHERE id = ?".format(", ".join(f"{c} = ?" for c in _CHANGEABLE))
APPLIED_STATES = ("applied", "recognised")  # initiative states that count for the title


@dataclass(frozen=True)
class _Person:
    id: str
    full_name: str
    name_key: str
    status: str
    status_date: date | None

    def in_unit_at_end_of(self, year: int, month: int) -> bool:
        """Still in the unit when the month closed (left later, or never left)."""
        if self.status == "active":
            return True
        return self.status_date is not None and self.status_date > _month_end(year, month)

    def in_unit_during(self, year: int) -> bool:
        if self.status == "active":
            return True
        return self.status_date is not None and self.status_date >= date(year, 1, 1)


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValidationError("assessment_month_out_of_range", month=month)


def _dump_scores(scores: dict[str, float]) -> str:
    # Whole numbers as integers: the JSON stays what a person would write ({"A1": 15}).
    tidy = {k: (int(v) if float(v).is_integer() else float(v)) for k, v in scores.items()}
    return json.dumps(tidy, sort_keys=True, separators=(",", ":"))


def _load_scores(text: str) -> dict[str, float]:
    return {k: float(v) for k, v in json.loads(text or "{}").items() if v is not None}


def _assessment(values: dict[str, Any]) -> Assessment:
    """A stored row (column → value) as the domain record."""
    values["self_scores"] = _load_scores(values["self_scores"])
    values["branch_scores"] = _load_scores(values["branch_scores"])
    values["veto"] = bool(values["veto"])
    return Assessment(**values)


def _values(record: Assessment) -> dict[str, Any]:
    """The record as the columns store it."""
    values = {c: getattr(record, c) for c in _COLUMNS}
    values["self_scores"] = _dump_scores(record.self_scores)
    values["branch_scores"] = _dump_scores(record.branch_scores)
    values["veto"] = int(record.veto)
    return values


def _clean_scores(scores: Mapping[str, float | None]) -> dict[str, float]:
    return {str(k): float(v) for k, v in scores.items() if v is not None}


def os_user() -> str:
    """The operating-system account name, or "" where the system does not tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def actor(typed_name: str = "") -> str:
    """Who acts, for locks and the audit log: the typed name with the OS account."""
    typed, account = clean_text(typed_name), os_user()
    if typed and account and typed != account:
        return f"{typed} ({account})"
    return typed or account or "?"


class AssessmentService(Service):
    """Month grids of a unit, their saving, locks, the audit log, quarter/year figures."""

    def __init__(self, database: Database, years: YearService) -> None:
        super().__init__(database)
        self.years = years

    @staticmethod
    def account_name() -> str:
        """The OS account that locks and unlocks are recorded with."""
        return os_user()

    # -- reading ---------------------------------------------------------------------------
    def _people(self, unit_code: str) -> list[_Person]:
        rows = self._rows(
            "SELECT id, family_middle_name, given_name, name_key, status, status_date "
            "FROM member WHERE unit_code = ? AND deleted_at IS NULL ORDER BY name_key, id",
            [unit_code],
        )
        return [
            _Person(
                id=r[0],
                full_name=join_name(r[1], r[2]),
                name_key=r[3],
                status=r[4],
                status_date=date.fromisoformat(r[5]) if r[5] else None,
            )
            for r in rows
        ]

    def _stored(self, unit_code: str, year: int, month: int) -> dict[str, Assessment]:
        found = self._rows(
            f"SELECT {', '.join(_COLUMNS)} FROM assessment WHERE unit_code = ? AND year = ? "
            "AND month = ? AND deleted_at IS NULL",
            [unit_code, year, month],
        )
        records = [_assessment(dict(zip(_COLUMNS, r, strict=True))) for r in found]
        return {record.member_id: record for record in records}

    def lock_info(
        self, year: int, month: int, unit_code: str | None = None
    ) -> MonthLockInfo | None:
        """The lock of a confirmed month, or None while it is open."""
        unit_code = unit_code or self.own_unit_code()
        rows = self._rows(
            "SELECT locked_at, locked_by FROM month_lock WHERE unit_code = ? AND year = ? "
            "AND month = ? AND locked = 1 AND deleted_at IS NULL",
            [unit_code, year, month],
        )
        if not rows:
            return None
        return MonthLockInfo(unit_code, year, month, rows[0][0] or "", rows[0][1])

    def participation(
        self, year: int, month: int, unit_code: str | None = None
    ) -> tuple[int, dict[str, Participation]]:
        """(the unit's activities of the month, the C3 hint of each member who joined any).

        As ``ActivityService.participation`` counts it: the unit's activities of the month,
        plus any other activity the member joined, so "3 of 2" never happens.
        """
        unit_code = unit_code or self.own_unit_code()
        first, last = date(year, month, 1), _month_end(year, month)
        bounds = [first.isoformat(), last.isoformat()]
        held = {
            r[0]
            for r in self._rows(
                "SELECT id FROM activity WHERE unit_code = ? AND deleted_at IS NULL "
                "AND date >= ? AND date <= ?",
                [unit_code, *bounds],
            )
        }
        joined: dict[str, set[str]] = defaultdict(set)
        for activity_id, member_id in self._rows(
            "SELECT a.id, p.member_id FROM activity a "
            "JOIN activity_participant p ON p.activity_id = a.id "
            "JOIN member mb ON mb.id = p.member_id "
            "WHERE mb.unit_code = ? AND a.deleted_at IS NULL AND a.date >= ? AND a.date <= ?",
            [unit_code, *bounds],
        ):
            joined[member_id].add(activity_id)
        return len(held), {
            member_id: Participation(len(ids), len(held | ids)) for member_id, ids in joined.items()
        }

    def grid(self, year: int, month: int, unit_code: str | None = None) -> MonthGrid:
        """The month's grid: members in Vietnamese order with their saved (or blank) rows."""
        _check_month(month)
        own = self.own_unit_code()
        unit_code = unit_code or own
        criteria = self.years.peek(year)
        saved = self._stored(unit_code, year, month)
        held, participation = self.participation(year, month, unit_code)
        nothing = Participation(0, held)
        rows = [
            GridRow(
                member_id=person.id,
                full_name=person.full_name,
                name_key=person.name_key,
                assessment=saved.get(person.id)
                or Assessment(member_id=person.id, year=year, month=month, unit_code=unit_code),
                participation=participation.get(person.id, nothing),
            )
            for person in self._people(unit_code)
            if person.in_unit_at_end_of(year, month)
        ]
        lock = self.lock_info(year, month, unit_code)
        if self.database.read_only:
            reason: ReadOnlyReason | None = ReadOnlyReason.READ_ONLY_FILE
        elif unit_code != own:
            reason = ReadOnlyReason.NOT_OWN_UNIT
        elif lock is not None:
            reason = ReadOnlyReason.LOCKED
        else:
            reason = None
        return MonthGrid(unit_code, year, month, criteria, rows, lock, reason, held)

    # -- saving ----------------------------------------------------------------------------
    def _refuse_if_locked(self, unit_code: str, year: int, month: int) -> None:
        lock = self.lock_info(year, month, unit_code)
        if lock is not None:
            raise ValidationError(
                "month_locked",
                month=month,
                year=year,
                by=lock.locked_by,
                at=format_timestamp(lock.locked_at),
            )

    def _writable_unit(self, unit_code: str | None) -> str:
        own = self.own_unit_code()
        if unit_code and unit_code != own:
            raise ValidationError("assessment_not_own_unit", unit=unit_code)
        return own

    def save_grid(
        self, year: int, month: int, rows: Sequence[Assessment], unit_code: str | None = None
    ) -> list[Assessment]:
        """Save the changed rows of a month in one transaction; returns the rows written.

        Every value is checked first; one refused value refuses the whole save, with a code
        naming the member and the criterion. Rows equal to what is stored are not written
        again (their ``updated_at`` would travel upward as a change), and blank new rows are
        not created. Total and band are stored with each row for reports.
        """
        _check_month(month)
        unit_code = self._writable_unit(unit_code)
        with self.database.write("assessments"):
            criteria = self.years.criteria(year)
            people = {p.id: p for p in self._people(unit_code)}
            cleaned = [self._checked(row, criteria, people, year, month) for row in rows]
            self._refuse_if_locked(unit_code, year, month)
            stored = self._stored(unit_code, year, month)
            stamp = self.now_iso()
            inserts, updates, written = [], [], []
            for row in cleaned:
                before = stored.get(row.member_id)
                if before is not None and before.content() == row.content():
                    continue
                if before is None and row.is_blank:
                    continue
                result = row.result(criteria)
                saved = replace(
                    row,
                    id=before.id if before is not None else new_id(),
                    unit_code=unit_code,
                    total=result.total if result.complete else None,
                    band=result.band.code if result.complete and result.band else "",
                    updated_at=stamp,
                )
                values = _values(saved)
                if before is not None:
                    updates.append((*(values[c] for c in _CHANGEABLE), saved.id))
                else:
                    inserts.append((*(values[c] for c in _COLUMNS), stamp))
                written.append(saved)
            connection = self.database.connection.connection()
            if inserts:
                connection.executemany(_INSERT, inserts)
            if updates:
                connection.executemany(_UPDATE, updates)
        return written

    def _checked(
        self,
        row: Assessment,
        criteria: CriteriaSet,
        people: dict[str, _Person],
        year: int,
        month: int,
    ) -> Assessment:
        person = people.get(row.member_id)
        name = person.full_name if person else row.member_id
        if person is None or not person.in_unit_at_end_of(year, month):
            raise ValidationError(
                "assessment_member_not_in_grid", member=name, month=month, year=year
            )
        if (row.year, row.month) != (year, month):
            raise ValidationError("assessment_wrong_month", member=name, month=month, year=year)
        row = replace(
            row,
            self_scores=_clean_scores(row.self_scores),
            branch_scores=_clean_scores(row.branch_scores),
            bonus=float(row.bonus or 0),
            deduction=float(row.deduction or 0),
            veto=bool(row.veto),
            veto_reason=clean_text(row.veto_reason) if row.veto else "",
            evidence=(row.evidence or "").strip(),
        )
        codes = {c.code: c for c in criteria.criteria}
        for scores in (row.self_scores, row.branch_scores):
            for code, value in scores.items():
                criterion = codes.get(code)
                if criterion is None:
                    raise ValidationError(
                        "assessment_unknown_criterion", member=name, code=code, year=year
                    )
                _raise_for_row(check_score(criterion, value), name)
        _raise_for_row(check_bonus(criteria.rules, row.bonus), name)
        _raise_for_row(check_deduction(criteria.rules, row.deduction), name)
        if row.veto and not row.veto_reason:
            raise ValidationError("assessment_veto_reason_required", member=name)
        return row

    def last_month_self_scores(
        self, year: int, month: int, unit_code: str | None = None
    ) -> dict[str, dict[str, float]]:
        """The previous month's self scores per member, kept to what this month can take."""
        _check_month(month)
        unit_code = unit_code or self.own_unit_code()
        criteria = self.years.peek(year)
        before_year, before_month = _previous_month(year, month)
        found: dict[str, dict[str, float]] = {}
        for member_id, row in self._stored(unit_code, before_year, before_month).items():
            usable = {}
            for criterion in criteria.criteria:
                value = row.self_scores.get(criterion.code)
                if value is not None and check_score(criterion, value) is None:
                    usable[criterion.code] = value
            if usable:
                found[member_id] = usable
        return found

    def copy_last_month_self_scores(
        self, year: int, month: int, unit_code: str | None = None
    ) -> int:
        """Start the month from last month's self scores, in rows with no self score yet.

        Returns how many rows received scores.
        """
        unit_code = self._writable_unit(unit_code)
        self._refuse_if_locked(unit_code, year, month)
        previous = self.last_month_self_scores(year, month, unit_code)
        grid = self.grid(year, month, unit_code)
        filled = [
            replace(row.assessment, self_scores=dict(previous[row.member_id]))
            for row in grid.rows
            if not row.assessment.self_scores and row.member_id in previous
        ]
        return len(self.save_grid(year, month, filled, unit_code))

    # -- confirming and unlocking ----------------------------------------------------------
    def confirm_month(self, year: int, month: int, who: str = "") -> MonthLockInfo:
        """Lock the own unit's month (chốt tháng); no assessment of it can change afterwards.

        ``who`` is the name the user typed, if any; the OS account is recorded with it.
        Confirming a month that is already locked changes nothing.
        """
        _check_month(month)
        unit_code = self.own_unit_code()
        with self.database.write("month_locks", "audit_log"):
            current = self.lock_info(year, month, unit_code)
            if current is not None:
                return current
            stamp, by = self.now_iso(), actor(who)
            existing = self._rows(
                "SELECT id FROM month_lock WHERE unit_code = ? AND year = ? AND month = ?",
                [unit_code, year, month],
            )
            if existing:
                self._rows(
                    "UPDATE month_lock SET locked = 1, locked_at = ?, locked_by = ?, "
                    "updated_at = ?, deleted_at = NULL WHERE id = ?",
                    [stamp, by, stamp, existing[0][0]],
                )
            else:
                self._rows(
                    "INSERT INTO month_lock (id, unit_code, year, month, locked, locked_at, "
                    "locked_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)",
                    [new_id(), unit_code, year, month, stamp, by, stamp, stamp],
                )
            self._audit(stamp, by, "lock_month", unit_code, year, month, "", {})
        return MonthLockInfo(unit_code, year, month, stamp, by)

    def unlock_month(self, year: int, month: int, reason: str, who: str = "") -> None:
        """Open a confirmed month again; the reason is mandatory and goes to the audit log."""
        _check_month(month)
        unit_code = self.own_unit_code()
        reason = clean_text(reason)
        if not reason:
            raise ValidationError("unlock_reason_required", month=month, year=year)
        with self.database.write("month_locks", "audit_log"):
            current = self.lock_info(year, month, unit_code)
            if current is None:
                raise ValidationError("month_not_locked", month=month, year=year)
            stamp, by = self.now_iso(), actor(who)
            self._rows(
                "UPDATE month_lock SET locked = 0, updated_at = ? WHERE unit_code = ? "
                "AND year = ? AND month = ?",
                [stamp, unit_code, year, month],
            )
            details = {"locked_at": current.locked_at, "locked_by": current.locked_by}
            self._audit(stamp, by, "unlock_month", unit_code, year, month, reason, details)

    def _audit(
        self,
        stamp: str,
        who: str,
        action: str,
        unit_code: str,
        year: int,
        month: int,
        reason: str,
        extra: dict,
    ) -> None:
        details = {"unit_code": unit_code, "year": year, "month": month, **extra}
        self._rows(
            "INSERT INTO audit_log (at, who, action, subject, reason, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                stamp,
                who,
                action,
                f"{unit_code} {month:02d}/{year}",
                reason,
                json.dumps(details, ensure_ascii=False, sort_keys=True),
            ],
        )

    def audit_log(self, limit: int = 500) -> list[AuditEntry]:
        """The audit log, newest first."""
        rows = self._rows(
            "SELECT at, who, action, subject, reason, details FROM audit_log "
            "ORDER BY id DESC LIMIT ?",
            [limit],
        )
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}")) for r in rows]

    # -- a member's year, the unit's year, the title ---------------------------------------
    def member_year(self, member_id: str, year: int) -> MemberYear:
        """A member's twelve months with the quarter and year figures of the year's rules."""
        found = self._rows(
            "SELECT family_middle_name, given_name FROM member WHERE id = ? AND deleted_at IS NULL",
            [member_id],
        )
        if not found:
            raise NotFoundError("member_not_found", id=member_id)
        criteria = self.years.peek(year)
        rows = {
            r[0]: r
            for r in self._rows(
                "SELECT month, total, veto FROM assessment WHERE member_id = ? AND year = ? "
                "AND deleted_at IS NULL",
                [member_id, year],
            )
        }
        months, monthly = [], {}
        for month in range(1, 13):
            row = rows.get(month)
            total = row[1] if row else None
            vetoed = bool(row[2]) if row else False
            band = band_for(criteria.rules, total, veto=vetoed).code if total is not None else ""
            months.append(MonthFigure(month, total, band, vetoed))
            if total is not None:
                monthly[month] = total
        return MemberYear(
            member_id=member_id,
            full_name=join_name(found[0][0], found[0][1]),
            year=year,
            criteria=criteria,
            months=months,
            quarters=quarter_figures(criteria.rules, monthly),
            year_figure=year_figure(criteria.rules, monthly),
        )

    def unit_year_summary(self, year: int, unit_code: str | None = None) -> UnitYearSummary:
        """Quarter and year figures of each member who was in the unit during ``year``."""
        unit_code = unit_code or self.own_unit_code()
        criteria = self.years.peek(year)
        monthly: dict[str, dict[int, float]] = defaultdict(dict)
        vetoed: set[str] = set()
        for member_id, month, total, veto in self._rows(
            "SELECT member_id, month, total, veto FROM assessment WHERE unit_code = ? "
            "AND year = ? AND deleted_at IS NULL",
            [unit_code, year],
        ):
            if total is not None:
                monthly[member_id][month] = total
            if veto:
                vetoed.add(member_id)
        members = [
            MemberYearSummary(
                member_id=p.id,
                full_name=p.full_name,
                name_key=p.name_key,
                monthly_totals=dict(monthly.get(p.id, {})),
                quarters=quarter_figures(criteria.rules, monthly.get(p.id, {})),
                year_figure=year_figure(criteria.rules, monthly.get(p.id, {})),
                vetoed=p.id in vetoed,
            )
            for p in self._people(unit_code)
            if p.in_unit_during(year) or p.id in monthly
        ]
        return UnitYearSummary(unit_code, year, criteria, members)

    def initiative_counts(self, year: int) -> dict[str, int]:
        """Initiatives of ``year`` (by their year, as pledges count them) that are applied or
        recognised, per author."""
        marks = ", ".join("?" * len(APPLIED_STATES))
        rows = self._rows(
            "SELECT a.member_id, COUNT(DISTINCT i.id) FROM initiative i "
            "JOIN initiative_author a ON a.initiative_id = i.id "
            f"WHERE i.deleted_at IS NULL AND i.state IN ({marks}) AND i.year = ? "
            "GROUP BY a.member_id",
            [*APPLIED_STATES, year],
        )
        return {member_id: count for member_id, count in rows}

    def title_candidates(self, year: int, unit_code: str | None = None) -> list[TitleCandidate]:
        """Every member of the year judged by the title rule; the proposed ones first.

        The unit's size for the share is the number of members in the year's summary.
        """
        summary = self.unit_year_summary(year, unit_code)
        initiatives = self.initiative_counts(year)
        entries = [
            TitleEntry(
                member_id=row.member_id,
                sort_key=row.name_key,
                monthly_totals=row.monthly_totals,
                vetoed=row.vetoed,
                initiatives=initiatives.get(row.member_id, 0),
            )
            for row in summary.members
        ]
        names = {row.member_id: row.full_name for row in summary.members}
        verdicts = title_verdicts(summary.criteria.rules, entries, len(summary.members))
        return [TitleCandidate(v.member_id, names[v.member_id], v) for v in verdicts]


def _raise_for_row(problem: ValidationError | None, member: str) -> None:
    if problem is not None:
        raise ValidationError(_ROW_CODES[problem.code], member=member, **problem.params)
