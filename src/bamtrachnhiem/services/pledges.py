"""Yearly pledges (đăng ký): record, hand in, approve, track progress and print the form."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bamtrachnhiem.documents.model import Document
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.pledges import (
    PersonalTarget,
    Pledge,
    PledgeOverview,
    PledgeRow,
    PledgeState,
    TargetKind,
    TargetProgress,
    cleaned_pledge,
    commitments_from_json,
    commitments_to_json,
    target_progress,
    targets_from_json,
    targets_to_json,
    validate_pledge_transition,
)
from bamtrachnhiem.domain.records import MemberStatus, new_id
from bamtrachnhiem.domain.text import join_name
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.services.initiatives import InitiativeService
from bamtrachnhiem.services.members import MemberService
from bamtrachnhiem.services.units import UnitService
from bamtrachnhiem.services.years import YearService
from bamtrachnhiem.storage.database import Database

_MAX_IDS = 500  # ids bound in one IN (...) list, well under SQLite's variable limit
_MAX_VARIABLES = 999  # bound values in one statement: SQLite's lowest limit, on old builds


def _to_record(row: Any) -> Pledge:
    return Pledge(
        id=row.id,
        unit_code=row.unit_code,
        member_id=row.member_id,
        year=row.year,
        state=PledgeState(row.state),
        commitments=commitments_from_json(row.commitments),
        targets=targets_from_json(row.targets),
        notes=row.notes,
        submitted_at=row.submitted_at,
        approved_at=row.approved_at,
        updated_at=row.updated_at,
    )


def _achieved_targets(pledge: Pledge, achieved: Sequence[float | None]) -> list[PersonalTarget]:
    """The pledge's targets with ``achieved`` recorded, checked as a full save checks them."""
    if len(achieved) != len(pledge.targets):
        raise ValidationError(
            "pledge_targets_changed", expected=len(pledge.targets), given=len(achieved)
        )
    targets = [
        replace(t, achieved=None if t.kind is TargetKind.INITIATIVES else value)
        for t, value in zip(pledge.targets, achieved, strict=True)
    ]
    return cleaned_pledge(
        replace(pledge, targets=targets), sorted({c.pillar_code for c in pledge.commitments})
    ).targets


class PledgeService(Service):
    """Use cases on pledges; one pledge per member and year, every change one transaction."""

    def __init__(
        self,
        database: Database,
        years: YearService,
        members: MemberService,
        units: UnitService,
        initiatives: InitiativeService,
    ) -> None:
        super().__init__(database)
        self.years = years
        self.members = members
        self.units = units
        self.initiatives = initiatives

    def _alive(self) -> object:
        return self.m.Pledge.deleted_at.is_null()

    # -- reading -------------------------------------------------------------------------
    def get(self, member_id: str, year: int) -> Pledge | None:
        """The member's pledge for ``year``, or ``None`` when they have not pledged."""
        row = self.m.Pledge.get_or_none(
            (self.m.Pledge.member_id == member_id) & (self.m.Pledge.year == year) & self._alive()
        )
        return _to_record(row) if row else None

    def get_by_id(self, pledge_id: str) -> Pledge:
        row = self.m.Pledge.get_or_none((self.m.Pledge.id == pledge_id) & self._alive())
        if row is None:
            raise NotFoundError("pledge_not_found", id=pledge_id)
        return _to_record(row)

    def _many(self, pledge_ids: Sequence[str]) -> list[Pledge]:
        """The live pledges of ``pledge_ids``, in that order; ``NotFoundError`` for a missing one."""
        found: dict[str, Pledge] = {}
        for start in range(0, len(pledge_ids), _MAX_IDS):
            chunk = list(pledge_ids[start : start + _MAX_IDS])
            query = self.m.Pledge.select().where(self.m.Pledge.id.in_(chunk) & self._alive())
            found.update((row.id, _to_record(row)) for row in query)
        for pledge_id in pledge_ids:
            if pledge_id not in found:
                raise NotFoundError("pledge_not_found", id=pledge_id)
        return [found[pledge_id] for pledge_id in pledge_ids]

    def overview(self, year: int) -> PledgeOverview:
        """Every active member in list order, with their pledge for ``year`` and progress."""
        members = self.members.find(statuses=[MemberStatus.ACTIVE])
        pledges = {
            row.member_id: _to_record(row)
            for row in self.m.Pledge.select().where((self.m.Pledge.year == year) & self._alive())
        }
        counts = self.initiatives.author_counts(year)
        rows = []
        for member in members:
            pledge = pledges.get(member.id)
            progress = self._progress(pledge, counts.get(member.id, {})) if pledge else []
            rows.append(PledgeRow(member, pledge, progress))
        return PledgeOverview(year, rows)

    def progress(self, pledge: Pledge) -> list[TargetProgress]:
        """Progress toward each target; initiative targets count the member's initiatives."""
        counts = self.initiatives.author_counts(pledge.year).get(pledge.member_id, {})
        return self._progress(pledge, counts)

    @staticmethod
    def _progress(pledge: Pledge, counts: dict[str, int]) -> list[TargetProgress]:
        return [target_progress(t, counts) for t in pledge.targets]

    # -- writing -------------------------------------------------------------------------
    def save(self, pledge: Pledge) -> Pledge:
        """Create (no id yet) or update a member's pledge; the state is left as it is.

        Refused for an approved pledge until it is reopened, and when the member already
        has another pledge for that year.
        """
        if pledge.id:
            stored = self.get_by_id(pledge.id)
            pledge = replace(pledge, member_id=stored.member_id, year=stored.year)
        criteria = self.years.criteria(pledge.year)
        pledge = cleaned_pledge(pledge, [p.code for p in criteria.pillars])
        member = self.members.get(pledge.member_id)
        with self.database.write("pledges"):
            stamp = self.now_iso()
            values = {
                "commitments": commitments_to_json(pledge.commitments),
                "targets": targets_to_json(pledge.targets),
                "notes": pledge.notes,
                "updated_at": stamp,
            }
            if pledge.id:
                current = self.get_by_id(pledge.id)
                if not current.editable:
                    raise ValidationError("pledge_locked", name=member.full_name, year=current.year)
                self.m.Pledge.update(**values).where(
                    (self.m.Pledge.id == pledge.id) & self._alive()
                ).execute()
                pledge_id = pledge.id
            else:
                if self.get(pledge.member_id, pledge.year) is not None:
                    raise ValidationError("pledge_exists", name=member.full_name, year=pledge.year)
                pledge_id = new_id()
                self.m.Pledge.insert(
                    id=pledge_id,
                    unit_code=self.own_unit_code(),
                    member_id=pledge.member_id,
                    year=pledge.year,
                    state=PledgeState.DRAFT.value,
                    created_at=stamp,
                    **values,
                ).execute()
        return self.get_by_id(pledge_id)

    def add_many(self, pledges: Sequence[Pledge]) -> list[Pledge]:
        """Add new pledges in one transaction, as the forms collected at the start of the year
        are typed in at one sitting.

        Each is cleaned and checked as ``save`` checks a new pledge (the year's pillars, a
        member of this database, one pledge per member and year, within the list too); one
        refused pledge refuses them all. Each is a draft stamped with its own reading of the
        clock, in the order given; returns them as stored, in that order.
        """
        if any(pledge.id for pledge in pledges):
            raise ValueError("add_many adds new pledges; save() changes a stored one")
        if not pledges:
            return []
        pillars = {
            year: [p.code for p in self.years.criteria(year).pillars]
            for year in sorted({pledge.year for pledge in pledges})
        }
        cleaned = [cleaned_pledge(pledge, pillars[pledge.year]) for pledge in pledges]
        member_ids = list(dict.fromkeys(pledge.member_id for pledge in cleaned))
        names: dict[str, str] = {}
        taken: set[tuple[str, int]] = set()
        for start in range(0, len(member_ids), _MAX_IDS):
            chunk = member_ids[start : start + _MAX_IDS]
            member = self.m.Member
            names.update(
                (member_id, join_name(family_middle, given))
                for member_id, family_middle, given in member.select(
                    member.id, member.family_middle_name, member.given_name
                )
                .where(member.id.in_(chunk) & member.deleted_at.is_null())
                .tuples()
            )
            taken.update(
                self.m.Pledge.select(self.m.Pledge.member_id, self.m.Pledge.year)
                .where(self.m.Pledge.member_id.in_(chunk) & self._alive())
                .tuples()
            )
        for pledge in cleaned:
            if pledge.member_id not in names:
                raise NotFoundError("member_not_found", id=pledge.member_id)
            if (pledge.member_id, pledge.year) in taken:
                raise ValidationError(
                    "pledge_exists", name=names[pledge.member_id], year=pledge.year
                )
            taken.add((pledge.member_id, pledge.year))
        with self.database.write("pledges"):
            own = self.own_unit_code()
            rows = []
            for pledge in cleaned:
                stamp = self.now_iso()
                rows.append(
                    {
                        "id": new_id(),
                        "unit_code": own,
                        "member_id": pledge.member_id,
                        "year": pledge.year,
                        "state": PledgeState.DRAFT.value,
                        "commitments": commitments_to_json(pledge.commitments),
                        "targets": targets_to_json(pledge.targets),
                        "notes": pledge.notes,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
            per_insert = max(1, _MAX_VARIABLES // len(rows[0]))
            for start in range(0, len(rows), per_insert):
                self.m.Pledge.insert_many(rows[start : start + per_insert]).execute()
        return self._many([str(row["id"]) for row in rows])

    def record_achieved(self, pledge_id: str, achieved: list[float | None]) -> Pledge:
        """Record what has been achieved toward each target (in target order), in any state.

        Initiative targets are counted from the initiatives, so their entry is ignored.
        """
        with self.database.write("pledges"):
            pledge = self.get_by_id(pledge_id)
            checked = _achieved_targets(pledge, achieved)
            self.m.Pledge.update(targets=targets_to_json(checked), updated_at=self.now_iso()).where(
                (self.m.Pledge.id == pledge_id) & self._alive()
            ).execute()
        return self.get_by_id(pledge_id)

    def record_achieved_many(self, achieved: Mapping[str, Sequence[float | None]]) -> list[Pledge]:
        """Record the progress of many pledges at one sitting (a mid-year review), in one
        transaction: pledge id → achieved values, each as for ``record_achieved``.

        One refused list refuses them all. Each pledge is stamped with its own reading of
        the clock, in the order given; returns the pledges as stored, in that order.
        """
        with self.database.write("pledges"):
            recorded = []
            for pledge in self._many(list(achieved)):
                checked = _achieved_targets(pledge, achieved[pledge.id])
                recorded.append(replace(pledge, targets=checked, updated_at=self.now_iso()))
            self.database.connection.connection().executemany(
                "UPDATE pledge SET targets = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                [(targets_to_json(p.targets), p.updated_at, p.id) for p in recorded],
            )
        return recorded

    def submit(self, pledge_id: str) -> Pledge:
        """Draft → submitted (nộp); refused for a pledge without any commitment."""
        return self._move(pledge_id, PledgeState.SUBMITTED)

    def approve(self, pledge_id: str) -> Pledge:
        """Submitted → approved (duyệt): the pledge is locked from then on."""
        return self._move(pledge_id, PledgeState.APPROVED)

    def approve_many(self, pledge_ids: Sequence[str]) -> list[Pledge]:
        """Approve handed-in pledges together (the committee's meeting), in one transaction.

        Each must be submitted, as for ``approve``; one that is not refuses them all. Each
        is stamped with its own reading of the clock, in the order given; returns the
        pledges as stored, in that order.
        """
        with self.database.write("pledges"):
            approved = []
            for pledge in self._many(list(dict.fromkeys(pledge_ids))):
                validate_pledge_transition(pledge, PledgeState.APPROVED)
                stamp = self.now_iso()
                approved.append(
                    replace(pledge, state=PledgeState.APPROVED, approved_at=stamp, updated_at=stamp)
                )
            self.database.connection.connection().executemany(
                "UPDATE pledge SET state = ?, approved_at = ?, updated_at = ? "
                "WHERE id = ? AND deleted_at IS NULL",
                [(p.state.value, p.approved_at, p.updated_at, p.id) for p in approved],
            )
        return approved

    def return_to_draft(self, pledge_id: str) -> Pledge:
        """Submitted → draft: returned to the member for changes."""
        return self._move(pledge_id, PledgeState.DRAFT, expected=PledgeState.SUBMITTED)

    def reopen(self, pledge_id: str) -> Pledge:
        """Approved → draft: the secretary unlocks an approved pledge on purpose."""
        return self._move(pledge_id, PledgeState.DRAFT, expected=PledgeState.APPROVED)

    def _move(
        self, pledge_id: str, target: PledgeState, expected: PledgeState | None = None
    ) -> Pledge:
        with self.database.write("pledges"):
            pledge = self.get_by_id(pledge_id)
            if expected is not None and pledge.state is not expected:
                raise ValidationError(
                    "pledge_transition_refused", state=pledge.state.value, target=target.value
                )
            validate_pledge_transition(pledge, target)
            stamp = self.now_iso()
            values: dict[str, object] = {"state": target.value, "updated_at": stamp}
            if target is PledgeState.SUBMITTED:
                values["submitted_at"] = stamp
            elif target is PledgeState.APPROVED:
                values["approved_at"] = stamp
            else:
                values.update(submitted_at=None, approved_at=None)
            self.m.Pledge.update(**values).where(
                (self.m.Pledge.id == pledge_id) & self._alive()
            ).execute()
        return self.get_by_id(pledge_id)

    def delete(self, pledge_id: str) -> None:
        """Soft-delete a pledge (so the removal travels); an approved one must be reopened first."""
        with self.database.write("pledges"):
            pledge = self.get_by_id(pledge_id)
            if not pledge.editable:
                member = self.members.get(pledge.member_id)
                raise ValidationError("pledge_locked", name=member.full_name, year=pledge.year)
            stamp = self.now_iso()
            self.m.Pledge.update(deleted_at=stamp, updated_at=stamp).where(
                (self.m.Pledge.id == pledge_id) & self._alive()
            ).execute()

    # -- printing ------------------------------------------------------------------------
    def form_document(self, member_id: str, year: int, on: date | None = None) -> Document:
        """The member's pledge form as a document to preview, print or save."""
        from bamtrachnhiem.documents.pledge_form import pledge_form_document

        member = self.members.get(member_id)
        unit = self.units.get(member.unit_code) if member.unit_code else self.units.own_unit()
        return pledge_form_document(
            unit,
            member,
            self.get(member_id, year),
            self.years.criteria(year),
            year,
            on or date.today(),
        )

    def write_form(
        self, member_id: str, year: int, path: str | Path, on: date | None = None
    ) -> Path:
        """Write the member's pledge form (a blank one when they have not pledged) as PDF."""
        # reportlab is loaded only when something is printed, not at start-up.
        from bamtrachnhiem.documents.pledge_form import write_pledge_form

        member = self.members.get(member_id)
        unit = self.units.get(member.unit_code) if member.unit_code else self.units.own_unit()
        return write_pledge_form(
            Path(path),
            unit,
            member,
            self.get(member_id, year),
            self.years.criteria(year),
            year,
            on or date.today(),
        )
