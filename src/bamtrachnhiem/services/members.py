"""The member registry: add, edit, transfer, age out, search and sort the Vietnamese way."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from peewee import fn

from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.kinds import MEMBERS, record_columns
from bamtrachnhiem.domain.members import cleaned_member, same_birth
from bamtrachnhiem.domain.records import (
    EmploymentKind,
    Gender,
    Member,
    MemberStatus,
    member_search_values,
    new_id,
)
from bamtrachnhiem.domain.text import clean_text, fold
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database

_STORED = record_columns(MEMBERS, Member)
_DATES = ("birth_date", "joined_union_date", "status_date")
_GENDERS = {g.value: g for g in Gender}
_STATUSES = {s.value: s for s in MemberStatus}
_EMPLOYMENT = {e.value: e for e in EmploymentKind}
_MAX_VARIABLES = 999  # bound values in one statement: SQLite's lowest limit, on old builds
# The member list is read with one plain query: building 40,000 records through the ORM's
# per-column conversion took three times as long as the query itself.
_LIST_SQL = "SELECT {columns}, search_text FROM member WHERE deleted_at IS NULL".format(
    columns=", ".join(_STORED)
)


def _from_sql(row: tuple) -> Member:
    """A member from a raw row of ``_LIST_SQL`` (dates still ISO text)."""
    values = dict(zip(_STORED, row, strict=False))
    for name in _DATES:
        if values[name]:
            values[name] = date.fromisoformat(values[name])
    values["party_member"] = bool(values["party_member"])
    values["gender"] = _GENDERS.get(values["gender"])
    values["status"] = _STATUSES[values["status"]]
    values["employment_kind"] = _EMPLOYMENT.get(values["employment_kind"])
    return Member(**values, search_text=row[-1])


def _to_record(values: tuple) -> Member:
    member = Member(**dict(zip(_STORED, values, strict=True)))
    member.gender = Gender(member.gender) if member.gender else None
    member.status = MemberStatus(member.status)
    member.employment_kind = (
        EmploymentKind(member.employment_kind) if member.employment_kind else None
    )
    return member


def member_row_values(member: Member) -> dict:
    """Column values for storing ``member`` (keys included)."""
    values = {name: getattr(member, name) for name in _STORED}
    values["gender"] = member.gender.value if member.gender else None
    values["status"] = member.status.value
    values["employment_kind"] = member.employment_kind.value if member.employment_kind else None
    values.update(member_search_values(values))
    return values


class MemberService(Service):
    """Use cases on members; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._columns = [getattr(self.m.Member, name) for name in _STORED]

    def find(
        self,
        unit_code: str | None = None,
        statuses: list[MemberStatus] | None = None,
        limit: int | None = None,
    ) -> list[Member]:
        """Members in Vietnamese list order (tên, then họ đệm), possible duplicates marked.

        ``limit`` gives just the first rows, for showing a first screen at once.
        """
        sql = _LIST_SQL
        params: list[object] = []
        if unit_code:
            sql += " AND unit_code = ?"
            params.append(unit_code)
        if statuses:
            sql += f" AND status IN ({', '.join('?' * len(statuses))})"
            params.extend(MemberStatus(s).value for s in statuses)
        sql += " ORDER BY name_key, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self.database.connection.execute_sql(sql, params)
        members = [_from_sql(row) for row in cursor.fetchall()]
        self._mark_duplicates(members)
        return members

    def count(
        self, unit_code: str | None = None, statuses: list[MemberStatus] | None = None
    ) -> int:
        """How many members ``list`` would return without a limit."""
        query = self.m.Member.select().where(self.m.Member.deleted_at.is_null())
        if unit_code:
            query = query.where(self.m.Member.unit_code == unit_code)
        if statuses:
            query = query.where(self.m.Member.status.in_([MemberStatus(s).value for s in statuses]))
        return query.count()

    def _mark_duplicates(self, members: list[Member]) -> None:
        dupes = (
            self.m.Member.select(
                self.m.Member.unit_code, self.m.Member.search_key, fn.GROUP_CONCAT(self.m.Member.id)
            )
            .where(self.m.Member.deleted_at.is_null())
            .group_by(self.m.Member.unit_code, self.m.Member.search_key)
            .having(fn.COUNT(self.m.Member.id) > 1)
            .tuples()
        )
        others: dict[str, list[str]] = defaultdict(list)
        for _unit, _key, ids in dupes:
            group = ids.split(",")
            for member_id in group:
                others[member_id] = [i for i in group if i != member_id]
        if others:
            for member in members:
                member.possible_duplicate_of = others.get(member.id, [])

    def get(self, member_id: str) -> Member:
        row = (
            self.m.Member.select(*self._columns)
            .where((self.m.Member.id == member_id) & self.m.Member.deleted_at.is_null())
            .tuples()
            .first()
        )
        if row is None:
            raise NotFoundError("member_not_found", id=member_id)
        member = _to_record(row)
        member.possible_duplicate_of = [d.id for d in self.possible_duplicates(member)]
        return member

    def possible_duplicates(self, member: Member) -> list[Member]:
        """Other members of the same unit with the same folded name; same birth first."""
        key = fold(member.full_name)
        unit_code = member.unit_code or self.own_unit_code()
        rows = (
            self.m.Member.select(*self._columns)
            .where(
                (self.m.Member.unit_code == unit_code)
                & (self.m.Member.search_key == key)
                & (self.m.Member.id != (member.id or ""))
                & self.m.Member.deleted_at.is_null()
            )
            .tuples()
        )
        found = [_to_record(r) for r in rows]
        return sorted(found, key=lambda o: not same_birth(o, member))

    def save(self, member: Member) -> Member:
        """Create (no id yet) or update a member; returns the stored record."""
        member = cleaned_member(member)
        with self.database.write("members"):
            if not member.unit_code:
                member.unit_code = self.own_unit_code()
            if self.m.Unit.get_or_none(self.m.Unit.code == member.unit_code) is None:
                raise ValidationError("unit_not_found", code=member.unit_code)
            member.updated_at = self.now_iso()
            values = member_row_values(member)
            if member.id:
                updated = (
                    self.m.Member.update(**values)
                    .where((self.m.Member.id == member.id) & self.m.Member.deleted_at.is_null())
                    .execute()
                )
                if not updated:
                    raise NotFoundError("member_not_found", id=member.id)
            else:
                member.id = values["id"] = new_id()
                self.m.Member.insert(created_at=member.updated_at, **values).execute()
        return self.get(member.id)

    def add_many(self, members: Sequence[Member]) -> list[Member]:
        """Add new members in one transaction, as a list typed in at one sitting.

        Each member is cleaned and checked as ``save`` does, and one refused member refuses
        them all; a member without a unit joins the own unit. Each is stamped with its own
        reading of the clock, in the order given. Returns the stored members in that order,
        possible duplicates marked.
        """
        cleaned = [cleaned_member(member) for member in members]
        if any(member.id for member in cleaned):
            raise ValueError("add_many adds new members; save() changes a stored one")
        with self.database.write("members"):
            own = self.own_unit_code() if any(not m.unit_code for m in cleaned) else ""
            named = sorted({m.unit_code for m in cleaned if m.unit_code})
            known = {
                code
                for (code,) in self.m.Unit.select(self.m.Unit.code)
                .where(self.m.Unit.code.in_(named))
                .tuples()
            }
            for code in named:
                if code not in known:
                    raise ValidationError("unit_not_found", code=code)
            rows = []
            for member in cleaned:
                member.unit_code = member.unit_code or own
                member.id = new_id()
                member.updated_at = self.now_iso()
                rows.append({**member_row_values(member), "created_at": member.updated_at})
            per_insert = max(1, _MAX_VARIABLES // (len(_STORED) + 4))
            for start in range(0, len(rows), per_insert):
                self.m.Member.insert_many(rows[start : start + per_insert]).execute()
        return self._stored([member.id for member in cleaned])

    def _stored(self, member_ids: list[str]) -> list[Member]:
        """The members of ``member_ids``, in that order, possible duplicates marked."""
        found: dict[str, Member] = {}
        for start in range(0, len(member_ids), _MAX_VARIABLES):
            chunk = member_ids[start : start + _MAX_VARIABLES]
            sql = f"{_LIST_SQL} AND id IN ({', '.join('?' * len(chunk))})"
            for row in self.database.connection.execute_sql(sql, chunk).fetchall():
                member = _from_sql(row)
                found[member.id] = member
        members = [found[member_id] for member_id in member_ids]
        self._mark_duplicates(members)
        return members

    def set_status(
        self, member_id: str, status: MemberStatus, on: date | None = None, note: str = ""
    ) -> Member:
        """Mark a member transferred or aged out (or active again), with the date and a note."""
        status = MemberStatus(status)
        with self.database.write("members"):
            updated = (
                self.m.Member.update(
                    status=status.value,
                    status_date=on if status is not MemberStatus.ACTIVE else None,
                    status_note=clean_text(note),
                    updated_at=self.now_iso(),
                )
                .where((self.m.Member.id == member_id) & self.m.Member.deleted_at.is_null())
                .execute()
            )
            if not updated:
                raise NotFoundError("member_not_found", id=member_id)
        return self.get(member_id)

    def delete(self, member_id: str) -> None:
        """Soft-delete a member entered by mistake, so the removal travels upward.

        A member with assessments or initiatives has a history: transfer them instead.
        """
        with self.database.write("members"):
            has_history = (
                self.m.Assessment.select()
                .where(
                    (self.m.Assessment.member_id == member_id)
                    & self.m.Assessment.deleted_at.is_null()
                )
                .exists()
                or self.m.InitiativeAuthor.select()
                .join(
                    self.m.Initiative,
                    on=(self.m.InitiativeAuthor.initiative_id == self.m.Initiative.id),
                )
                .where(
                    (self.m.InitiativeAuthor.member_id == member_id)
                    & self.m.Initiative.deleted_at.is_null()
                )
                .exists()
            )
            if has_history:
                raise ValidationError("member_has_history", id=member_id)
            stamp = self.now_iso()
            updated = (
                self.m.Member.update(deleted_at=stamp, updated_at=stamp)
                .where((self.m.Member.id == member_id) & self.m.Member.deleted_at.is_null())
                .execute()
            )
            if not updated:
                raise NotFoundError("member_not_found", id=member_id)
