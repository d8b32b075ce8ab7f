"""Initiatives (sáng kiến): register, edit, move through their states, list and total."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.initiatives import (
    COUNTED_STATES,
    INITIATIVE_FIELDS,
    Initiative,
    InitiativeState,
    cleaned_initiative,
    time_saved_totals,
    validate_transition,
)
from bamtrachnhiem.domain.kinds import INITIATIVES, record_columns
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.text import clean_text, fold, join_name
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database

_STORED = record_columns(INITIATIVES, Initiative)
_MAX_BOUND_IDS = 500
# The date each state stamps when an initiative reaches it.
_STATE_DATES = {
    InitiativeState.TRIAL: "trial_date",
    InitiativeState.APPLIED: "applied_date",
}


class InitiativeService(Service):
    """Use cases on initiatives; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._columns = [getattr(self.m.Initiative, name) for name in _STORED]

    def _alive(self) -> object:
        return self.m.Initiative.deleted_at.is_null()

    # -- reading -------------------------------------------------------------------------
    def get(self, initiative_id: str) -> Initiative:
        row = (
            self.m.Initiative.select(*self._columns)
            .where((self.m.Initiative.id == initiative_id) & self._alive())
            .tuples()
            .first()
        )
        if row is None:
            raise NotFoundError("initiative_not_found", id=initiative_id)
        initiative = self._record(row)
        self._attach_authors([initiative])
        return initiative

    def find(
        self,
        *,
        year: int | None = None,
        state: InitiativeState | str | None = None,
        field: str | None = None,
        author_id: str | None = None,
    ) -> list[Initiative]:
        """Initiatives matching every filter given, newest registration first.

        ``field`` matches ignoring case and tone marks, so "cai cach" finds
        "Cải cách hành chính".
        """
        query = self.m.Initiative.select(*self._columns).where(self._alive())
        if year is not None:
            query = query.where(self.m.Initiative.year == year)
        if state:
            query = query.where(self.m.Initiative.state == InitiativeState(state).value)
        if author_id:
            authored = self.m.InitiativeAuthor.select(self.m.InitiativeAuthor.initiative_id).where(
                self.m.InitiativeAuthor.member_id == author_id
            )
            query = query.where(self.m.Initiative.id.in_(authored))
        query = query.order_by(
            self.m.Initiative.registered_date.desc(nulls="LAST"),
            self.m.Initiative.created_at.desc(),
        )
        initiatives = [self._record(row) for row in query.tuples()]
        if field:
            wanted = fold(field)
            initiatives = [i for i in initiatives if fold(i.field) == wanted]
        self._attach_authors(initiatives)
        return initiatives

    def time_saved_totals(self, **filters: object) -> dict[str, float]:
        """Time saved per unit ("ngày": 240.0) over the initiatives ``list`` would return."""
        return time_saved_totals(self.find(**filters))  # type: ignore[arg-type]

    def author_counts(self, year: int) -> dict[str, dict[str, int]]:
        """member id → {state: number of that year's initiatives they (co-)authored}."""
        rows = (
            self.m.InitiativeAuthor.select(
                self.m.InitiativeAuthor.member_id, self.m.Initiative.state
            )
            .join(
                self.m.Initiative,
                on=(self.m.InitiativeAuthor.initiative_id == self.m.Initiative.id),
            )
            .where((self.m.Initiative.year == year) & self._alive())
            .tuples()
        )
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for member_id, state in rows:
            counts[member_id][state] += 1
        return {member: dict(states) for member, states in counts.items()}

    def counted_per_member(self, year: int) -> dict[str, int]:
        """member id → initiatives of ``year`` applied or recognised (the yearly title rule)."""
        result: dict[str, int] = {}
        for member_id, states in self.author_counts(year).items():
            counted = sum(states.get(s.value, 0) for s in COUNTED_STATES)
            if counted:
                result[member_id] = counted
        return result

    def counts_by_state(self, year: int | None = None) -> dict[InitiativeState, int]:
        """How many initiatives are in each state (every state present, zero included)."""
        counts = dict.fromkeys(InitiativeState, 0)
        query = self.m.Initiative.select(self.m.Initiative.state).where(self._alive())
        if year is not None:
            query = query.where(self.m.Initiative.year == year)
        for (state,) in query.tuples():
            counts[InitiativeState(state)] += 1
        return counts

    def fields(self) -> list[str]:
        """Suggested fields, then any other field already used here."""
        used = (
            self.m.Initiative.select(self.m.Initiative.field)
            .where(self._alive() & (self.m.Initiative.field != ""))
            .distinct()
            .tuples()
        )
        known = {fold(f) for f in INITIATIVE_FIELDS}
        others = sorted({f for (f,) in used if fold(f) not in known}, key=fold)
        return [*INITIATIVE_FIELDS, *others]

    def years(self) -> list[int]:
        """Years that have initiatives, newest first."""
        rows = (
            self.m.Initiative.select(self.m.Initiative.year)
            .where(self._alive())
            .distinct()
            .tuples()
        )
        return sorted((y for (y,) in rows), reverse=True)

    # -- writing -------------------------------------------------------------------------
    def save(self, initiative: Initiative) -> Initiative:
        """Register (no id yet) or edit an initiative; the state changes only via ``move_to``."""
        initiative = cleaned_initiative(initiative)
        with self.database.write("initiatives", "initiative_authors"):
            self._check_authors(initiative)
            stamp = self.now_iso()
            values = {name: getattr(initiative, name) for name in _STORED}
            values["updated_at"] = stamp
            if initiative.id:
                current = self.get(initiative.id)
                # Only move_to changes the state and the dates and details it records.
                for name in (
                    "state",
                    "trial_date",
                    "applied_date",
                    "recognised_level",
                    "decision_number",
                    "decision_date",
                    "rejected_reason",
                    "unit_code",
                ):
                    values[name] = getattr(current, name)
                values["state"] = current.state.value
                values["registered_date"] = initiative.registered_date or current.registered_date
                self.m.Initiative.update(**values).where(
                    (self.m.Initiative.id == initiative.id) & self._alive()
                ).execute()
                self.m.InitiativeAuthor.delete().where(
                    self.m.InitiativeAuthor.initiative_id == initiative.id
                ).execute()
            else:
                values.update(
                    id=new_id(),
                    unit_code=self.own_unit_code(),
                    state=InitiativeState.REGISTERED.value,
                    registered_date=initiative.registered_date or date.today(),
                    trial_date=None,
                    applied_date=None,
                    recognised_level="",
                    decision_number="",
                    decision_date=None,
                    rejected_reason="",
                    created_at=stamp,
                )
                self.m.Initiative.insert(**values).execute()
            self.m.InitiativeAuthor.insert_many(
                [
                    {"initiative_id": values["id"], "member_id": member_id, "position": n}
                    for n, member_id in enumerate(initiative.authors)
                ]
            ).execute()
        return self.get(values["id"])

    def move_to(
        self,
        initiative_id: str,
        state: InitiativeState | str,
        *,
        on: date | None = None,
        level: str = "",
        decision_number: str = "",
        decision_date: date | None = None,
        reason: str = "",
    ) -> Initiative:
        """Move an initiative to its next state; refused moves raise ``ValidationError``.

        Trial and applied record the date ``on`` (today by default); recognised needs the
        level, decision number and date; rejected needs a reason.
        """
        state = InitiativeState(state)
        with self.database.write("initiatives"):
            current = self.get(initiative_id)
            validate_transition(
                current,
                state,
                level=level,
                decision_number=decision_number,
                decision_date=decision_date,
                reason=reason,
            )
            values: dict[str, object] = {"state": state.value, "updated_at": self.now_iso()}
            if state in _STATE_DATES:
                values[_STATE_DATES[state]] = on or date.today()
            if state is InitiativeState.RECOGNISED:
                values.update(
                    recognised_level=clean_text(level),
                    decision_number=clean_text(decision_number),
                    decision_date=decision_date,
                )
            if state is InitiativeState.REJECTED:
                values["rejected_reason"] = clean_text(reason)
            self.m.Initiative.update(**values).where(
                (self.m.Initiative.id == initiative_id) & self._alive()
            ).execute()
        return self.get(initiative_id)

    def delete(self, initiative_id: str) -> None:
        """Soft-delete an initiative registered by mistake, so the removal travels upward."""
        with self.database.write("initiatives", "initiative_authors"):
            stamp = self.now_iso()
            updated = (
                self.m.Initiative.update(deleted_at=stamp, updated_at=stamp)
                .where((self.m.Initiative.id == initiative_id) & self._alive())
                .execute()
            )
            if not updated:
                raise NotFoundError("initiative_not_found", id=initiative_id)

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _record(row: tuple) -> Initiative:
        values = dict(zip(_STORED, row, strict=True))
        values["state"] = InitiativeState(values["state"])
        return Initiative(**values)

    def _check_authors(self, initiative: Initiative) -> None:
        found = {
            member_id
            for (member_id,) in self.m.Member.select(self.m.Member.id)
            .where(self.m.Member.id.in_(initiative.authors) & self.m.Member.deleted_at.is_null())
            .tuples()
        }
        for member_id in initiative.authors:
            if member_id not in found:
                raise ValidationError(
                    "initiative_author_unknown", title=initiative.title, id=member_id
                )

    def _attach_authors(self, initiatives: list[Initiative]) -> None:
        if not initiatives:
            return
        index = {i.id: i for i in initiatives}
        for initiative in initiatives:
            initiative.authors, initiative.author_names = [], []
        query = (
            self.m.InitiativeAuthor.select(
                self.m.InitiativeAuthor.initiative_id,
                self.m.InitiativeAuthor.member_id,
                self.m.Member.family_middle_name,
                self.m.Member.given_name,
            )
            .join(self.m.Member, on=(self.m.InitiativeAuthor.member_id == self.m.Member.id))
            .order_by(self.m.InitiativeAuthor.initiative_id, self.m.InitiativeAuthor.position)
        )
        # A long list reads every author row at once rather than binding thousands of ids.
        if len(index) <= _MAX_BOUND_IDS:
            query = query.where(self.m.InitiativeAuthor.initiative_id.in_(list(index)))
        for initiative_id, member_id, family_middle, given in query.tuples():
            target = index.get(initiative_id)
            if target is not None:
                target.authors.append(member_id)
                target.author_names.append(join_name(family_middle, given))
