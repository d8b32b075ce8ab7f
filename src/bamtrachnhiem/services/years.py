"""Movement years (năm phong trào) and the criteria set each one scores against."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from bamtrachnhiem.domain.criteria import (
    CriteriaSet,
    CriteriaSource,
    default_criteria_set,
    validate_criteria,
)
from bamtrachnhiem.domain.errors import ValidationError
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database


def _to_record(row: Any) -> CriteriaSet:
    return CriteriaSet.from_json(
        row.definition,
        year=row.year,
        source=CriteriaSource(row.source),
        source_unit_code=row.source_unit_code,
        id=row.id,
    )


class YearService(Service):
    """Opens years with the default criteria, and guards sets that are in use or from above."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    @staticmethod
    def current_year() -> int:
        return date.today().year

    def years(self) -> list[int]:
        """Years opened in this database, newest first."""
        return [
            r.year for r in self.m.MovementYear.select().order_by(self.m.MovementYear.year.desc())
        ]

    def criteria(self, year: int) -> CriteriaSet:
        """The criteria set of ``year``; opening the year with the default set if needed."""
        row = self.m.MovementYear.get_or_none(self.m.MovementYear.year == year)
        if row is None:
            if self.database.read_only:
                return default_criteria_set(year)
            return self.open_year(year)
        return _to_record(self.m.CriteriaSet.get_by_id(row.criteria_set_id))

    def peek(self, year: int) -> CriteriaSet:
        """The criteria set ``year`` scores against, without opening the year.

        For reading (browsing a year's grid or chart): a year nobody has scored or edited yet
        shows the default set, and nothing is written until something is saved.
        """
        row = self.m.MovementYear.get_or_none(self.m.MovementYear.year == year)
        if row is None:
            return default_criteria_set(year)
        return _to_record(self.m.CriteriaSet.get_by_id(row.criteria_set_id))

    def open_year(self, year: int) -> CriteriaSet:
        """Start ``year`` with the default criteria set (no-op when already open)."""
        if not 2000 <= year <= 2100:
            raise ValidationError("year_out_of_range", year=year)
        with self.database.write("criteria_sets", "movement_years"):
            row = self.m.MovementYear.get_or_none(self.m.MovementYear.year == year)
            if row is not None:
                return _to_record(self.m.CriteriaSet.get_by_id(row.criteria_set_id))
            criteria = replace(default_criteria_set(year), id=new_id())
            self._store(criteria)
            stamp = self.now_iso()
            self.m.MovementYear.create(
                year=year, criteria_set_id=criteria.id, opened_at=stamp, updated_at=stamp
            )
        return criteria

    def is_used(self, year: int) -> bool:
        """True once any assessment of ``year`` exists: its criteria can no longer change."""
        return (
            self.m.Assessment.select()
            .where((self.m.Assessment.year == year) & self.m.Assessment.deleted_at.is_null())
            .exists()
        )

    def can_edit(self, year: int) -> bool:
        criteria = self.peek(year)
        return criteria.source is not CriteriaSource.UPPER and not self.is_used(year)

    def save_own(self, criteria: CriteriaSet) -> CriteriaSet:
        """Replace the year's set with one edited here; refused once used or if from above."""
        year = criteria.year
        current = self.criteria(year)
        if current.source is CriteriaSource.UPPER:
            raise ValidationError("criteria_from_upper", year=year, unit=current.source_unit_code)
        if self.is_used(year):
            raise ValidationError("criteria_in_use", year=year)
        validate_criteria(criteria)
        edited = replace(criteria, source=CriteriaSource.OWN, source_unit_code="", id=new_id())
        with self.database.write("criteria_sets", "movement_years"):
            self._store(edited)
            self.m.MovementYear.update(criteria_set_id=edited.id, updated_at=self.now_iso()).where(
                self.m.MovementYear.year == year
            ).execute()
        return edited

    def adopt_from_upper(self, criteria: CriteriaSet, upper_unit_code: str) -> CriteriaSet:
        """Use the set an upper level sent (configuration packet); it is read-only here."""
        validate_criteria(criteria)
        adopted = replace(
            criteria, source=CriteriaSource.UPPER, source_unit_code=upper_unit_code, id=new_id()
        )
        with self.database.write("criteria_sets", "movement_years"):
            self._store(adopted)
            stamp = self.now_iso()
            self.m.MovementYear.insert(
                year=adopted.year, criteria_set_id=adopted.id, opened_at=stamp, updated_at=stamp
            ).on_conflict(
                conflict_target=[self.m.MovementYear.year],
                update={
                    self.m.MovementYear.criteria_set_id: adopted.id,
                    self.m.MovementYear.updated_at: stamp,
                },
            ).execute()
        return adopted

    def _store(self, criteria: CriteriaSet) -> None:
        stamp = self.now_iso()
        self.m.CriteriaSet.create(
            id=criteria.id,
            unit_code=self.own_unit_code(),
            year=criteria.year,
            name=criteria.name,
            source=criteria.source.value,
            source_unit_code=criteria.source_unit_code,
            definition=criteria.to_json(),
            created_at=stamp,
            updated_at=stamp,
        )
