"""Peak campaigns (đợt thi đua cao điểm): define them with targets, record what is achieved."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bamtrachnhiem.domain.campaigns import (
    Campaign,
    CampaignTarget,
    check_achieved,
    cleaned_campaign,
)
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import new_id
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


class CampaignService(Service):
    """Use cases on peak campaigns; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def find(self, year: int) -> list[Campaign]:
        """The own unit's campaigns of ``year`` (by start date) with their targets."""
        return load_campaigns(self.m, year, self.own_unit_code())

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
