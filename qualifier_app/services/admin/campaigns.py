"""Campaigns: where inquiries came from and what they cost, the other half of ROI.

A campaign is created by name when an import first names it, or here; its channel, cost
and the days it ran are recorded here. Reports spread the cost over those days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import check_money
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, Lead
from qualifier_app.services.center_days import center_currency
from qualifier_app.services.frame import Frame

NAME_LENGTH = 120
CHANNEL_LENGTH = 40


class _Keep:
    """Leave this field as it is."""


KEEP = _Keep()


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    channel: str
    cost: Decimal
    currency: str
    starts_on: date | None
    ends_on: date | None
    leads: int

    def cells(self) -> tuple[str, ...]:
        """The row shown in lists: name, channel, cost, first and last day, leads."""
        return (
            self.name,
            self.channel,
            f"{self.cost:,.2f} {self.currency}",
            str(self.starts_on or ""),
            str(self.ends_on or ""),
            f"{self.leads:,}",
        )


CAMPAIGN_HEADERS = (
    message("Campaign"),
    message("Channel"),
    message("Cost"),
    message("First day"),
    message("Last day"),
    message("Leads"),
)


@dataclass(frozen=True)
class CampaignChange:
    """What to set; KEEP leaves a field alone, None clears a date."""

    cost: Decimal | _Keep = KEEP
    channel: str | _Keep = KEEP
    starts_on: date | _Keep | None = KEEP
    ends_on: date | _Keep | None = KEEP


def name_key(name: str) -> str:
    """What makes two campaign names one campaign: "UC Webinar Series" typed as "uc webinar
    series" in a cost or an import's column is the same campaign (its cost and ROI in one)."""
    return " ".join(name.split()).casefold()


def by_name(session: Session, name: str) -> Campaign | None:
    wanted = name_key(name)
    # Compared here, not in SQL: SQLite's lower() folds ASCII only, and campaigns are few.
    for campaign in session.scalars(select(Campaign)):
        if name_key(campaign.name) == wanted:
            return campaign
    return None


def create(
    session: Session,
    name: str,
    *,
    now: datetime,
    actor_id: int | None,
    channel: str,
    reason: str,
) -> Campaign:
    """A new campaign, audited; the one way campaigns come into being."""
    created = Campaign(
        name=_name(name),
        channel=_channel(channel),
        source="",
        created_at=now,
        currency=center_currency(session),
    )
    session.add(created)
    session.flush()
    audit.record(
        session,
        at=now,
        actor_id=actor_id,
        action="campaign.created",
        entity_type="campaign",
        entity_id=created.id,
        after={"name": created.name, "channel": created.channel},
        reason=reason,
    )
    return created


def _text(value: str, field: str, limit: int, missing: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput(missing, field)
    if len(cleaned) > limit:
        raise InvalidInput(
            message(
                "a campaign's {field} has at most {limit} characters", field=field, limit=limit
            ),
            field,
        )
    return cleaned


def _name(name: str) -> str:
    return _text(name, "name", NAME_LENGTH, "a campaign needs a name")


def _channel(channel: str) -> str:
    return _text(
        channel, "channel", CHANNEL_LENGTH, "say which channel the campaign ran on (trade show …)"
    )


def _cost(cost: Decimal) -> Decimal:
    """Checked as the command line's --cost and the GUI's field parse it (one limit)."""
    return check_money(cost, "cost")


def _snapshot(campaign: Campaign) -> dict[str, Any]:
    return {
        "channel": campaign.channel,
        "cost": Decimal(campaign.cost).quantize(Decimal("0.01")),
        "starts_on": campaign.starts_on,
        "ends_on": campaign.ends_on,
    }


class CampaignService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def list(self, actor: Actor) -> list[CampaignInfo]:
        leads = (
            select(Lead.campaign_id, func.count().label("leads"))
            .where(Lead.campaign_id.is_not(None))
            .group_by(Lead.campaign_id)
            .subquery()
        )
        with self._frame.read(actor, Action.LIST_CAMPAIGNS) as reading:
            rows = reading.session.execute(
                select(Campaign, leads.c.leads)
                .outerjoin(leads, leads.c.campaign_id == Campaign.id)
                .order_by(Campaign.name)
            ).all()
            return [_info(campaign, count or 0) for campaign, count in rows]

    def save(
        self, actor: Actor, name: str, change: CampaignChange, *, reason: str = ""
    ) -> CampaignInfo:
        """Create the campaign or change it; every change is audited with before and after."""
        try:
            return self._save(actor, name, change, reason)
        except IntegrityError:
            # Someone (or an import) created the same campaign at the same moment: change it.
            return self._save(actor, name, change, reason)

    def _save(self, actor: Actor, name: str, change: CampaignChange, reason: str) -> CampaignInfo:
        with self._frame.change(actor, Action.MANAGE_CAMPAIGNS) as transaction:
            session, now = transaction.session, transaction.now
            name = _name(name)
            campaign = by_name(session, name)
            if campaign is None:
                channel = change.channel if isinstance(change.channel, str) else "other"
                campaign = create(
                    session,
                    name,
                    now=now,
                    actor_id=actor.audit_id,
                    channel=channel,
                    reason=reason or "entered by hand",
                )
            before = _snapshot(campaign)
            if isinstance(change.channel, str):
                campaign.channel = _channel(change.channel)
            if isinstance(change.cost, Decimal):
                campaign.cost = _cost(change.cost)
            if not isinstance(change.starts_on, _Keep):
                campaign.starts_on = change.starts_on
            if not isinstance(change.ends_on, _Keep):
                campaign.ends_on = change.ends_on
            if campaign.starts_on and campaign.ends_on:
                try:
                    Period(campaign.starts_on, campaign.ends_on)
                except InvalidInput:
                    raise InvalidInput(
                        message(
                            "the campaign starts ({starts_on}) after it ends ({ends_on})",
                            starts_on=campaign.starts_on,
                            ends_on=campaign.ends_on,
                        ),
                        "ends_on",
                    ) from None
            after = _snapshot(campaign)
            changed = {key for key in after if after[key] != before[key]}
            if changed:
                transaction.audit(
                    "campaign.changed",
                    "campaign",
                    campaign.id,
                    before={key: before[key] for key in sorted(changed)},
                    after={key: after[key] for key in sorted(changed)},
                    reason=reason,
                )
            session.flush()
            count = session.execute(
                select(func.count()).select_from(Lead).where(Lead.campaign_id == campaign.id)
            ).scalar_one()
            return _info(campaign, count)


def _info(campaign: Campaign, leads: int) -> CampaignInfo:
    return CampaignInfo(
        id=campaign.id,
        name=campaign.name,
        channel=campaign.channel,
        cost=_snapshot(campaign)["cost"],
        currency=campaign.currency,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        leads=int(leads),
    )
