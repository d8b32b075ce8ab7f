"""Activities (hoạt động): contests, forums, seminars, talks, training, volunteer days, clubs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from peewee import JOIN, fn

from bamtrachnhiem.domain.campaigns import Activity, ActivityKind, MonthTotals, cleaned_activity
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database

_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def month_range(year: int, month: int | None) -> tuple[date, date]:
    """[first day, first day after) of ``month`` of ``year``, or of the whole year."""
    if month is None:
        return date(year, 1, 1), date(year + 1, 1, 1)
    if not 1 <= month <= 12:
        raise ValidationError("activity_month_invalid", month=month)
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, 1), after


def _to_activity(row: Any, participants: list[str]) -> Activity:
    return Activity(
        date=row.date,
        kind=ActivityKind(row.kind),
        title=row.title,
        place=row.place,
        participants=participants,
        citizens_helped=row.citizens_helped,
        results=row.results,
        prizes=row.prizes,
        campaign_id=row.campaign_id,
        year=row.year,
        id=row.id,
        unit_code=row.unit_code,
        updated_at=row.updated_at,
    )


class ActivityService(Service):
    """Use cases on the unit's activities; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def find(
        self, year: int, month: int | None = None, kind: ActivityKind | None = None
    ) -> list[Activity]:
        """The own unit's activities of ``year`` (and ``month``, ``kind``), by date."""
        first, after = month_range(year, month)
        where = (
            (self.m.Activity.unit_code == self.own_unit_code())
            & (self.m.Activity.date >= first.isoformat())
            & (self.m.Activity.date < after.isoformat())
            & self.m.Activity.deleted_at.is_null()
        )
        if kind is not None:
            where &= self.m.Activity.kind == ActivityKind(kind).value
        rows = list(
            self.m.Activity.select()
            .where(where)
            .order_by(self.m.Activity.date, self.m.Activity.title)
        )
        people: dict[str, list[str]] = defaultdict(list)
        if rows:
            query = (
                self.m.ActivityParticipant.select(
                    self.m.ActivityParticipant.activity_id, self.m.ActivityParticipant.member_id
                )
                .join(
                    self.m.Activity,
                    on=(self.m.ActivityParticipant.activity_id == self.m.Activity.id),
                )
                .where(where)
                .tuples()
            )
            for activity_id, member_id in query:
                people[activity_id].append(member_id)
        return [_to_activity(row, people[row.id]) for row in rows]

    def get(self, activity_id: str) -> Activity:
        row = self._live_row(activity_id)
        members = (
            self.m.ActivityParticipant.select(self.m.ActivityParticipant.member_id)
            .where(self.m.ActivityParticipant.activity_id == activity_id)
            .tuples()
        )
        return _to_activity(row, [member_id for (member_id,) in members])

    def save(self, activity: Activity) -> Activity:
        """Create (no id yet) or update an activity and its participants.

        Participants must be members of this database (active or not); a linked campaign
        must exist.
        """
        cleaned = cleaned_activity(activity)
        with self.database.write("activities", "activity_participants"):
            own = self.own_unit_code()
            self._check_participants(cleaned.participants)
            if cleaned.campaign_id is not None and not (
                self.m.Campaign.select()
                .where(
                    (self.m.Campaign.id == cleaned.campaign_id)
                    & self.m.Campaign.deleted_at.is_null()
                )
                .exists()
            ):
                raise ValidationError("activity_campaign_not_found", title=cleaned.title)
            stamp = self.now_iso()
            values = {
                "year": cleaned.year,
                "date": cleaned.date,
                "kind": cleaned.kind.value,
                "title": cleaned.title,
                "place": cleaned.place,
                "citizens_helped": cleaned.citizens_helped,
                "results": cleaned.results,
                "prizes": cleaned.prizes,
                "campaign_id": cleaned.campaign_id,
                "updated_at": stamp,
            }
            if cleaned.id:
                row = self._live_row(cleaned.id)
                if row.unit_code != own:
                    raise ValidationError("activity_not_own", title=row.title, unit=row.unit_code)
                self.m.Activity.update(**values).where(self.m.Activity.id == cleaned.id).execute()
                # Participants travel inside their activity (whose updated_at just changed).
                self.m.ActivityParticipant.delete().where(
                    self.m.ActivityParticipant.activity_id == cleaned.id
                ).execute()
                activity_id = cleaned.id
            else:
                activity_id = new_id()
                self.m.Activity.insert(
                    id=activity_id, unit_code=own, created_at=stamp, **values
                ).execute()
            if cleaned.participants:
                self.m.ActivityParticipant.insert_many(
                    [(activity_id, member_id) for member_id in cleaned.participants],
                    fields=[
                        self.m.ActivityParticipant.activity_id,
                        self.m.ActivityParticipant.member_id,
                    ],
                ).execute()
        return self.get(activity_id)

    def delete(self, activity_id: str) -> None:
        """Remove an activity (soft delete, so the removal travels)."""
        with self.database.write("activities", "activity_participants"):
            row = self._live_row(activity_id)
            if row.unit_code != self.own_unit_code():
                raise ValidationError("activity_not_own", title=row.title, unit=row.unit_code)
            stamp = self.now_iso()
            self.m.Activity.update(deleted_at=stamp, updated_at=stamp).where(
                self.m.Activity.id == activity_id
            ).execute()

    def month_totals(self, year: int) -> list[MonthTotals]:
        """Activities, participations and citizens helped in each month of ``year``."""
        first, after = month_range(year, None)
        where = (
            (self.m.Activity.unit_code == self.own_unit_code())
            & (self.m.Activity.date >= first.isoformat())
            & (self.m.Activity.date < after.isoformat())
            & self.m.Activity.deleted_at.is_null()
        )
        month = fn.strftime("%m", self.m.Activity.date).cast("INTEGER")
        counts = {
            month_no: (count, helped or 0)
            for month_no, count, helped in self.m.Activity.select(
                month, fn.COUNT(self.m.Activity.id), fn.SUM(self.m.Activity.citizens_helped)
            )
            .where(where)
            .group_by(month)
            .tuples()
        }
        participations = dict(
            self.m.ActivityParticipant.select(month, fn.COUNT(self.m.ActivityParticipant.member_id))
            .join(
                self.m.Activity, on=(self.m.ActivityParticipant.activity_id == self.m.Activity.id)
            )
            .where(where)
            .group_by(month)
            .tuples()
        )
        return [
            MonthTotals(
                year=year,
                month=month_no,
                activities=counts.get(month_no, (0, 0))[0],
                participations=participations.get(month_no, 0),
                citizens_helped=counts.get(month_no, (0, 0))[1],
            )
            for month_no in range(1, 13)
        ]

    def participation(self, member_id: str, year: int, month: int) -> tuple[int, int]:
        """(activities the member took part in, activities they could join) in the month.

        The second figure counts the activities of the member's unit plus any other they
        joined, so "took part in 3 of 4 activities" never reads 3 of 2.
        """
        member = self.m.Member.get_or_none(
            (self.m.Member.id == member_id) & self.m.Member.deleted_at.is_null()
        )
        if member is None:
            raise NotFoundError("member_not_found", id=member_id)
        first, after = month_range(year, month)
        joined = self.m.ActivityParticipant.member_id.is_null(False)
        took_part, total = (
            self.m.Activity.select(
                fn.COUNT(self.m.ActivityParticipant.member_id), fn.COUNT(self.m.Activity.id)
            )
            .join(
                self.m.ActivityParticipant,
                JOIN.LEFT_OUTER,
                on=(
                    (self.m.ActivityParticipant.activity_id == self.m.Activity.id)
                    & (self.m.ActivityParticipant.member_id == member_id)
                ),
            )
            .where(
                (self.m.Activity.date >= first.isoformat())
                & (self.m.Activity.date < after.isoformat())
                & self.m.Activity.deleted_at.is_null()
                & ((self.m.Activity.unit_code == member.unit_code) | joined)
            )
            .tuples()
            .get()
        )
        return took_part, total

    # -- helpers -----------------------------------------------------------------------
    def _live_row(self, activity_id: str) -> Any:
        row = self.m.Activity.get_or_none(
            (self.m.Activity.id == activity_id) & self.m.Activity.deleted_at.is_null()
        )
        if row is None:
            raise NotFoundError("activity_not_found", id=activity_id)
        return row

    def _check_participants(self, member_ids: list[str]) -> None:
        found: set[str] = set()
        for start in range(0, len(member_ids), _CHUNK):
            chunk = member_ids[start : start + _CHUNK]
            found.update(
                member_id
                for (member_id,) in self.m.Member.select(self.m.Member.id)
                .where(self.m.Member.id.in_(chunk) & self.m.Member.deleted_at.is_null())
                .tuples()
            )
        for member_id in member_ids:
            if member_id not in found:
                raise ValidationError("activity_participant_not_found", id=member_id)
