"""Peak campaigns (đợt thi đua cao điểm): define them with targets, record what is achieved."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from typing import Any

from bamtrachnhiem.domain.campaigns import (
    Campaign,
    CampaignRollup,
    CampaignTarget,
    TargetRollup,
    UnitResult,
    check_achieved,
    cleaned_campaign,
    percentage,
    upper_record_id,
)
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import new_id
from bamtrachnhiem.domain.text import sort_key
from bamtrachnhiem.services.base import Service
from bamtrachnhiem.storage.database import Database


def _to_target(row: Any) -> CampaignTarget:
    return CampaignTarget(
        name=row.name,
        measure_unit=row.measure_unit,
        target_value=row.target_value,
        achieved_value=row.achieved_value,
        id=row.id,
    )


def _to_campaign(row: Any, targets: list[CampaignTarget]) -> Campaign:
    return Campaign(
        name=row.name,
        start_date=row.start_date,
        end_date=row.end_date,
        theme=row.theme,
        targets=targets,
        from_upper=bool(row.from_upper),
        notes=row.notes,
        year=row.year,
        id=row.id,
        unit_code=row.unit_code,
        updated_at=row.updated_at,
    )


def load_campaigns(models: Any, year: int, unit_code: str) -> list[Campaign]:
    """The year's live campaigns of ``unit_code`` with their targets: two queries."""
    rows = list(
        models.Campaign.select()
        .where(
            (models.Campaign.year == year)
            & (models.Campaign.unit_code == unit_code)
            & models.Campaign.deleted_at.is_null()
        )
        .order_by(models.Campaign.start_date, models.Campaign.name, models.Campaign.id)
    )
    targets: dict[str, list[CampaignTarget]] = {row.id: [] for row in rows}
    if rows:
        query = (
            models.CampaignTarget.select()
            .join(models.Campaign, on=(models.CampaignTarget.campaign_id == models.Campaign.id))
            .where(
                (models.Campaign.year == year)
                & (models.Campaign.unit_code == unit_code)
                & models.Campaign.deleted_at.is_null()
                & models.CampaignTarget.deleted_at.is_null()
            )
            .order_by(models.CampaignTarget.position, models.CampaignTarget.id)
        )
        for target in query:
            targets[target.campaign_id].append(_to_target(target))
    return [_to_campaign(row, targets[row.id]) for row in rows]


class _Results:
    """Every target of a year with what its unit recorded, and the unit tree: a target's
    total over a unit's subtree follows the ids each level gave its copy of it."""

    def __init__(self, service: Service, year: int) -> None:
        self.recorded: dict[str, tuple[str, float, float]] = {
            tid: (unit, achieved or 0.0, target or 0.0)
            for tid, unit, achieved, target in service._rows(
                "SELECT t.id, t.unit_code, t.achieved_value, t.target_value "
                "FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id "
                "WHERE c.year = ? AND t.deleted_at IS NULL AND c.deleted_at IS NULL",
                [year],
            )
        }
        self.children: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for code, name, parent in service._rows("SELECT code, name, parent_code FROM unit"):
            if parent and parent != code:
                self.children[parent].append((code, name))
        for siblings in self.children.values():
            siblings.sort(key=lambda unit: (sort_key(unit[1]), unit[0]))
        self._memo: dict[tuple[str, str], float] = {}

    def own(self, target_id: str, unit: str) -> float:
        found = self.recorded.get(target_id)
        return found[1] if found is not None and found[0] == unit else 0.0

    def total(self, target_id: str, unit: str, seen: frozenset[str] = frozenset()) -> float:
        """What ``unit`` and every unit below it achieved on its copy ``target_id``."""
        key = (target_id, unit)
        if key not in self._memo:
            value = self.own(target_id, unit)
            for child, _name in self.children.get(unit, ()):
                if child not in seen:  # a (corrupt) cyclic tree stops here
                    value += self.total(upper_record_id(target_id, child), child, seen | {unit})
            self._memo[key] = value
        return self._memo[key]

    def units(self, target_id: str, unit: str) -> list[UnitResult]:
        """Every unit below ``unit`` in tree order with its subtree's total."""
        found: list[UnitResult] = []
        stack = [
            (child, name, upper_record_id(target_id, child), 1)
            for child, name in reversed(self.children.get(unit, ()))
        ]
        seen = {unit}
        while stack:
            code, name, copy, depth = stack.pop()
            if code in seen:
                continue
            seen.add(code)
            row = self.recorded.get(copy)
            found.append(
                UnitResult(
                    code=code,
                    name=name,
                    depth=depth,
                    achieved=self.total(copy, code),
                    target_value=row[2] if row is not None and row[0] == code else 0.0,
                    has_copy=row is not None and row[0] == code,
                )
            )
            stack.extend(
                (child, child_name, upper_record_id(copy, child), depth + 1)
                for child, child_name in reversed(self.children.get(code, ()))
            )
        return found


class CampaignService(Service):
    """Use cases on peak campaigns; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def find(self, year: int) -> list[Campaign]:
        """The own unit's campaigns of ``year`` (by start date) with their targets."""
        return load_campaigns(self.m, year, self.own_unit_code())

    def rollups(self, year: int, unit_code: str | None = None) -> list[CampaignRollup]:
        """The year's campaigns of ``unit_code`` (default: the own unit), each target with
        what the unit and every unit below it achieved, per unit and in total.

        A campaign sent down is one campaign at every level: each unit's copy of a target
        has an id made from the id above and the unit's code (``upper_record_id``), so the
        sum follows the tree through intermediate levels. At a branch, with no unit below,
        each total is the branch's own value.
        """
        unit_code = unit_code or self.own_unit_code()
        results = _Results(self, year)
        parent = self._rows("SELECT parent_code FROM unit WHERE code = ?", [unit_code])
        above = parent[0][0] if parent and parent[0][0] else ""
        rollups = []
        for campaign in load_campaigns(self.m, year, unit_code):
            rollups.append(
                CampaignRollup(
                    campaign=campaign,
                    launched_by=above if campaign.from_upper else unit_code,
                    targets=[
                        TargetRollup(
                            target=target,
                            total=results.total(target.id, unit_code),
                            units=results.units(target.id, unit_code),
                        )
                        for target in campaign.targets
                    ],
                )
            )
        return rollups

    def shares(self, year: int) -> dict[str, int | None]:
        """Per unit holding campaigns of ``year``: the mean of its campaigns' shares, each
        target summed over the unit's subtree (what the consolidation table shows)."""
        results = _Results(self, year)
        by_campaign: dict[str, list[int]] = defaultdict(list)
        owner: dict[str, str] = {}
        for campaign_id, unit, target_id, target in self._rows(
            "SELECT c.id, c.unit_code, t.id, t.target_value FROM campaign c "
            "JOIN campaign_target t ON t.campaign_id = c.id WHERE c.year = ? "
            "AND c.deleted_at IS NULL AND t.deleted_at IS NULL",
            [year],
        ):
            owner[campaign_id] = unit
            share = percentage(results.total(target_id, unit), target or 0.0)
            if share is not None:
                by_campaign[campaign_id].append(min(share, 100))
        per_unit: dict[str, list[float]] = defaultdict(list)
        for campaign_id, shares in by_campaign.items():
            per_unit[owner[campaign_id]].append(sum(shares) / len(shares))
        return {
            unit: math.floor(sum(values) / len(values) + 0.5) for unit, values in per_unit.items()
        }

    def years(self) -> list[int]:
        """Years with at least one live campaign of the own unit, newest first."""
        query = (
            self.m.Campaign.select(self.m.Campaign.year)
            .where(
                (self.m.Campaign.unit_code == self.own_unit_code())
                & self.m.Campaign.deleted_at.is_null()
            )
            .distinct()
            .order_by(self.m.Campaign.year.desc())
        )
        return [row.year for row in query]

    def get(self, campaign_id: str) -> Campaign:
        row = self._live_row(campaign_id)
        targets = (
            self.m.CampaignTarget.select()
            .where(
                (self.m.CampaignTarget.campaign_id == campaign_id)
                & self.m.CampaignTarget.deleted_at.is_null()
            )
            .order_by(self.m.CampaignTarget.position, self.m.CampaignTarget.id)
        )
        return _to_campaign(row, [_to_target(t) for t in targets])

    def save(self, campaign: Campaign) -> Campaign:
        """Create (no id yet) or update a campaign of this unit with its targets.

        Targets keep their ids; a target left out is removed (soft delete); the achieved
        values of kept targets stay as recorded (``record_achieved`` changes them).
        Refused for a campaign sent by the upper level.
        """
        cleaned = cleaned_campaign(campaign)
        with self.database.write("campaigns", "campaign_targets"):
            own = self.own_unit_code()
            stamp = self.now_iso()
            if cleaned.id:
                row = self._live_row(cleaned.id)
                self._check_editable(row, own)
                self.m.Campaign.update(
                    name=cleaned.name,
                    theme=cleaned.theme,
                    start_date=cleaned.start_date,
                    end_date=cleaned.end_date,
                    year=cleaned.year,
                    notes=cleaned.notes,
                    updated_at=stamp,
                ).where(self.m.Campaign.id == cleaned.id).execute()
            else:
                cleaned = replace(cleaned, id=new_id(), from_upper=False)
                self._insert(cleaned, own, stamp)
            self._store_targets(cleaned, own, stamp)
        return self.get(cleaned.id)

    def adopt_from_upper(self, campaign: Campaign) -> Campaign:
        """Keep a campaign the upper level sent: read-only here except achieved values."""
        cleaned = replace(cleaned_campaign(campaign), id=new_id(), from_upper=True)
        cleaned.targets = [replace(t, id="") for t in cleaned.targets]
        with self.database.write("campaigns", "campaign_targets"):
            own = self.own_unit_code()
            stamp = self.now_iso()
            self._insert(cleaned, own, stamp)
            self._store_targets(cleaned, own, stamp)
        return self.get(cleaned.id)

    def record_achieved(self, target_id: str, value: float) -> CampaignTarget:
        """Set what a target has achieved so far (allowed on campaigns from above too)."""
        with self.database.write("campaign_targets"):
            target = self.m.CampaignTarget.get_or_none(
                (self.m.CampaignTarget.id == target_id) & self.m.CampaignTarget.deleted_at.is_null()
            )
            if target is None:
                raise NotFoundError("campaign_target_not_found", id=target_id)
            row = self._live_row(target.campaign_id)
            if row.unit_code != self.own_unit_code():
                raise ValidationError("campaign_not_own", name=row.name, unit=row.unit_code)
            achieved = check_achieved(target.name, value)
            self.m.CampaignTarget.update(achieved_value=achieved, updated_at=self.now_iso()).where(
                self.m.CampaignTarget.id == target_id
            ).execute()
        return _to_target(self.m.CampaignTarget.get_by_id(target_id))

    def delete(self, campaign_id: str) -> None:
        """Remove a campaign of this unit and its targets (soft delete, so it travels)."""
        with self.database.write("campaigns", "campaign_targets"):
            row = self._live_row(campaign_id)
            self._check_editable(row, self.own_unit_code())
            stamp = self.now_iso()
            self.m.Campaign.update(deleted_at=stamp, updated_at=stamp).where(
                self.m.Campaign.id == campaign_id
            ).execute()
            self.m.CampaignTarget.update(deleted_at=stamp, updated_at=stamp).where(
                (self.m.CampaignTarget.campaign_id == campaign_id)
                & self.m.CampaignTarget.deleted_at.is_null()
            ).execute()

    # -- helpers -----------------------------------------------------------------------
    def _live_row(self, campaign_id: str) -> Any:
        row = self.m.Campaign.get_or_none(
            (self.m.Campaign.id == campaign_id) & self.m.Campaign.deleted_at.is_null()
        )
        if row is None:
            raise NotFoundError("campaign_not_found", id=campaign_id)
        return row

    @staticmethod
    def _check_editable(row: Any, own: str) -> None:
        if row.from_upper:
            raise ValidationError("campaign_from_upper", name=row.name)
        if row.unit_code != own:
            raise ValidationError("campaign_not_own", name=row.name, unit=row.unit_code)

    def _insert(self, campaign: Campaign, own: str, stamp: str) -> None:
        self.m.Campaign.insert(
            id=campaign.id,
            unit_code=own,
            year=campaign.year,
            name=campaign.name,
            theme=campaign.theme,
            start_date=campaign.start_date,
            end_date=campaign.end_date,
            from_upper=campaign.from_upper,
            notes=campaign.notes,
            created_at=stamp,
            updated_at=stamp,
        ).execute()

    def _store_targets(self, campaign: Campaign, own: str, stamp: str) -> None:
        existing = {
            row.id: row
            for row in self.m.CampaignTarget.select().where(
                (self.m.CampaignTarget.campaign_id == campaign.id)
                & self.m.CampaignTarget.deleted_at.is_null()
            )
        }
        kept = set()
        for position, target in enumerate(campaign.targets):
            definition = {
                "name": target.name,
                "measure_unit": target.measure_unit,
                "target_value": target.target_value,
                "position": position,
            }
            if target.id:
                if target.id not in existing:
                    raise NotFoundError("campaign_target_not_found", id=target.id)
                kept.add(target.id)
                row = existing[target.id]
                stored = (row.name, row.measure_unit, row.target_value, row.position)
                if stored != tuple(definition.values()):
                    self.m.CampaignTarget.update(updated_at=stamp, **definition).where(
                        self.m.CampaignTarget.id == target.id
                    ).execute()
            else:
                self.m.CampaignTarget.insert(
                    id=new_id(),
                    campaign_id=campaign.id,
                    unit_code=own,
                    achieved_value=target.achieved_value,
                    created_at=stamp,
                    updated_at=stamp,
                    **definition,
                ).execute()
        removed = [target_id for target_id in existing if target_id not in kept]
        if removed:
            self.m.CampaignTarget.update(deleted_at=stamp, updated_at=stamp).where(
                self.m.CampaignTarget.id.in_(removed)
            ).execute()
