"""Units of the tree: this database's own unit and the units below it."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import Unit
from bamtrachnhiem.domain.text import clean_text
from bamtrachnhiem.services.base import Service, unit_record
from bamtrachnhiem.storage.database import Database

DEFAULT_LEVEL_LABELS = [
    "Tỉnh đoàn",
    "Huyện đoàn",
    "Đoàn khối",
    "Đoàn xã, phường",
    "Đoàn cơ sở",
    "Chi đoàn",
]
_TEXT_FIELDS = [f.name for f in fields(Unit) if f.type in ("str", "str | None")]


def _cleaned(unit: Unit) -> Unit:
    values = asdict(unit)
    for name in _TEXT_FIELDS:
        if values[name] is not None:
            values[name] = clean_text(values[name])
    values["parent_code"] = values["parent_code"] or None
    cleaned = Unit(**values)
    if not cleaned.code:
        raise ValidationError("unit_code_required")
    if any(ch.isspace() for ch in cleaned.code):
        raise ValidationError("unit_code_spaces", code=cleaned.code)
    if not cleaned.name:
        raise ValidationError("unit_name_required", code=cleaned.code)
    return cleaned


class UnitService(Service):
    """Create, change and list units; the own unit is the root of this database's tree."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def get(self, code: str) -> Unit:
        row = self.m.Unit.get_or_none(self.m.Unit.code == clean_text(code))
        if row is None:
            raise NotFoundError("unit_not_found", code=code)
        return unit_record(row)

    def find(self) -> list[Unit]:
        """Every unit, the own one first, then by code."""
        rows = self.m.Unit.select().order_by(self.m.Unit.is_own.desc(), self.m.Unit.code)
        return [unit_record(r) for r in rows]

    def create_own(self, unit: Unit) -> Unit:
        """Set up this database's own unit (first run); refused when one exists."""
        unit = _cleaned(unit)
        unit.is_own = True
        with self.database.write("units"):
            existing = self.own_unit()
            if existing is not None:
                raise ValidationError("own_unit_exists", code=existing.code)
            self._insert(unit)
        return unit

    def add(self, unit: Unit) -> Unit:
        """Add a unit below one already in this database."""
        unit = _cleaned(unit)
        unit.is_own = False
        with self.database.write("units"):
            if (
                unit.parent_code is None
                or self.m.Unit.get_or_none(self.m.Unit.code == unit.parent_code) is None
            ):
                raise ValidationError(
                    "unit_parent_unknown", code=unit.code, parent=unit.parent_code or ""
                )
            self._insert(unit)
        return unit

    def update(self, unit: Unit) -> Unit:
        """Change a unit's names and document fields; its code and place in the tree stay."""
        unit = _cleaned(unit)
        with self.database.write("units"):
            row = self.m.Unit.get_or_none(self.m.Unit.code == unit.code)
            if row is None:
                raise NotFoundError("unit_not_found", code=unit.code)
            unit.is_own = row.is_own
            values = {k: v for k, v in asdict(unit).items() if k not in ("code", "is_own")}
            if not row.is_own:
                values.pop("parent_code")
            self.m.Unit.update(updated_at=self.now_iso(), **values).where(
                self.m.Unit.code == unit.code
            ).execute()
        return self.get(unit.code)

    def _insert(self, unit: Unit) -> None:
        if self.m.Unit.get_or_none(self.m.Unit.code == unit.code) is not None:
            raise ValidationError("unit_code_taken", code=unit.code)
        self.m.Unit.create(updated_at=self.now_iso(), **asdict(unit))

    def level_labels(self) -> list[str]:
        """The level names offered when a unit is created; a setting of this database."""
        row = self.m.Setting.get_or_none(self.m.Setting.key == "level_labels")
        return json.loads(row.value) if row else list(DEFAULT_LEVEL_LABELS)

    def set_level_labels(self, labels: list[str]) -> None:
        cleaned = [clean_text(label) for label in labels if clean_text(label)]
        with self.database.write("settings"):
            self.m.Setting.replace(
                key="level_labels", value=json.dumps(cleaned, ensure_ascii=False)
            ).execute()
