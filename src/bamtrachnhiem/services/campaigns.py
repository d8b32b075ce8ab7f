"""Peak campaigns (đợt thi đua cao điểm): define them with targets, record what is achieved."""

from __future__ import annotations

from dataclasses import replace

from bamtrachnhiem.domain.campaigns import (
    Campaign,
    CampaignTarget,
    check_achieved,
    cleaned_campaign,
)
from bamtrachnhiem.domain.errors import NotFoundError, ValidationError
from bamtrachnhiem.domain.records import new_id, now_iso
from bamtrachnhiem.storage import models as m
from bamtrachnhiem.storage.database import Database


def own_unit_code() -> str:
    """The code of this database's own unit; the owner of every record made here."""
    row = m.Unit.get_or_none(m.Unit.is_own == True)  # noqa: E712 - peewee expression
    if row is None:
        raise ValidationError("own_unit_missing")
    return row.code


def _to_target(row: m.CampaignTarget) -> CampaignTarget:
    return CampaignTarget(
        name=row.name,
        measure_unit=row.measure_unit,
        target_value=row.target_value,
        achieved_value=row.achieved_value,
        id=row.id,
    )


def _to_campaign(row: m.Campaign, targets: list[CampaignTarget]) -> Campaign:
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


def load_campaigns(year: int, unit_code: str) -> list[Campaign]:
    """The year's live campaigns of ``unit_code`` with their targets: two queries."""
    rows = list(
        m.Campaign.select()
        .where(
            (m.Campaign.year == year)
            & (m.Campaign.unit_code == unit_code)
            & m.Campaign.deleted_at.is_null()
        )
        .order_by(m.Campaign.start_date, m.Campaign.name, m.Campaign.id)
    )
    targets: dict[str, list[CampaignTarget]] = {row.id: [] for row in rows}
    if rows:
        query = (
            m.CampaignTarget.select()
            .join(m.Campaign, on=(m.CampaignTarget.campaign_id == m.Campaign.id))
            .where(
                (m.Campaign.year == year)
                & (m.Campaign.unit_code == unit_code)
                & m.Campaign.deleted_at.is_null()
                & m.CampaignTarget.deleted_at.is_null()
            )
            .order_by(m.CampaignTarget.position, m.CampaignTarget.id)
        )
        for target in query:
            targets[target.campaign_id].append(_to_target(target))
    return [_to_campaign(row, targets[row.id]) for row in rows]


class CampaignService:
    """Use cases on peak campaigns; every change is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, year: int) -> list[Campaign]:
        """The own unit's campaigns of ``year`` (by start date) with their targets."""
        return load_campaigns(year, own_unit_code())

    def years(self) -> list[int]:
        """Years with at least one live campaign of the own unit, newest first."""
        query = (
            m.Campaign.select(m.Campaign.year)
            .where((m.Campaign.unit_code == own_unit_code()) & m.Campaign.deleted_at.is_null())
            .distinct()
            .order_by(m.Campaign.year.desc())
        )
        return [row.year for row in query]

    def get(self, campaign_id: str) -> Campaign:
        row = self._live_row(campaign_id)
        targets = (
            m.CampaignTarget.select()
            .where(
                (m.CampaignTarget.campaign_id == campaign_id)
                & m.CampaignTarget.deleted_at.is_null()
            )
            .order_by(m.CampaignTarget.position, m.CampaignTarget.id)
        )
        return _to_campaign(row, [_to_target(t) for t in targets])

    def save(self, campaign: Campaign) -> Campaign:
        """Create (no id yet) or update a campaign of this unit with its targets.

        Targets keep their ids; a target left out is removed (soft delete); the achieved
        values of kept targets stay as recorded (``record_achieved`` changes them).
        Refused for a campaign sent by the upper level.
        """
        cleaned = cleaned_campaign(campaign)
        with self.database.write():
            own = own_unit_code()
            stamp = now_iso()
            if cleaned.id:
                row = self._live_row(cleaned.id)
                self._check_editable(row, own)
                m.Campaign.update(
                    name=cleaned.name,
                    theme=cleaned.theme,
                    start_date=cleaned.start_date,
                    end_date=cleaned.end_date,
                    year=cleaned.year,
                    notes=cleaned.notes,
                    updated_at=stamp,
                ).where(m.Campaign.id == cleaned.id).execute()
            else:
                cleaned = replace(cleaned, id=new_id(), from_upper=False)
                self._insert(cleaned, own, stamp)
            self._store_targets(cleaned, own, stamp)
        return self.get(cleaned.id)

    def adopt_from_upper(self, campaign: Campaign) -> Campaign:
        """Keep a campaign the upper level sent: read-only here except achieved values."""
        cleaned = replace(cleaned_campaign(campaign), id=new_id(), from_upper=True)
        cleaned.targets = [replace(t, id="") for t in cleaned.targets]
        with self.database.write():
            own = own_unit_code()
            stamp = now_iso()
            self._insert(cleaned, own, stamp)
            self._store_targets(cleaned, own, stamp)
        return self.get(cleaned.id)

    def record_achieved(self, target_id: str, value: float) -> CampaignTarget:
        """Set what a target has achieved so far (allowed on campaigns from above too)."""
        with self.database.write():
            target = m.CampaignTarget.get_or_none(
                (m.CampaignTarget.id == target_id) & m.CampaignTarget.deleted_at.is_null()
            )
            if target is None:
                raise NotFoundError("campaign_target_not_found", id=target_id)
            row = self._live_row(target.campaign_id)
            if row.unit_code != own_unit_code():
                raise ValidationError("campaign_not_own", name=row.name, unit=row.unit_code)
            achieved = check_achieved(target.name, value)
            m.CampaignTarget.update(achieved_value=achieved, updated_at=now_iso()).where(
                m.CampaignTarget.id == target_id
            ).execute()
        return _to_target(m.CampaignTarget.get_by_id(target_id))

    def delete(self, campaign_id: str) -> None:
        """Remove a campaign of this unit and its targets (soft delete, so it travels)."""
        with self.database.write():
            row = self._live_row(campaign_id)
            self._check_editable(row, own_unit_code())
            stamp = now_iso()
            m.Campaign.update(deleted_at=stamp, updated_at=stamp).where(
                m.Campaign.id == campaign_id
            ).execute()
            m.CampaignTarget.update(deleted_at=stamp, updated_at=stamp).where(
                (m.CampaignTarget.campaign_id == campaign_id)
                & m.CampaignTarget.deleted_at.is_null()
            ).execute()

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _live_row(campaign_id: str) -> m.Campaign:
        row = m.Campaign.get_or_none(
            (m.Campaign.id == campaign_id) & m.Campaign.deleted_at.is_null()
        )
        if row is None:
            raise NotFoundError("campaign_not_found", id=campaign_id)
        return row

    @staticmethod
    def _check_editable(row: m.Campaign, own: str) -> None:
        if row.from_upper:
            raise ValidationError("campaign_from_upper", name=row.name)
        if row.unit_code != own:
            raise ValidationError("campaign_not_own", name=row.name, unit=row.unit_code)

    @staticmethod
    def _insert(campaign: Campaign, own: str, stamp: str) -> None:
        m.Campaign.insert(
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

    @staticmethod
    def _store_targets(campaign: Campaign, own: str, stamp: str) -> None:
        existing = {
            row.id: row
            for row in m.CampaignTarget.select().where(
                (m.CampaignTarget.campaign_id == campaign.id)
                & m.CampaignTarget.deleted_at.is_null()
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
                    m.CampaignTarget.update(updated_at=stamp, **definition).where(
                        m.CampaignTarget.id == target.id
                    ).execute()
            else:
                m.CampaignTarget.insert(
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
            m.CampaignTarget.update(deleted_at=stamp, updated_at=stamp).where(
                m.CampaignTarget.id.in_(removed)
            ).execute()
