"""The demo's marketing campaigns, each a source of inquiries with a cost."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from qualifier_app.persistence.models import Campaign

CAMPAIGNS: list[tuple[str, str, str, int]] = [
    ("Contact Center World 2026", "trade show", "badge scans", 85_000),
    ("UC Webinar Series", "webinar", "webinar registrations", 12_000),
    ("Cloud Migration Whitepaper", "content download", "gated download", 18_000),
    ("Website Contact Form", "web form", "website", 5_000),
    ("Purchased List Q3", "purchased list", "list vendor", 25_000),
    ("Inbound Sales Line", "inbound call", "phone", 8_000),
]


def add_campaigns(session: Session, now: datetime) -> list[tuple[int, str, str]]:
    campaigns = []
    for index, (name, channel, source, cost) in enumerate(CAMPAIGNS):
        starts = (now - timedelta(days=120 - index * 15)).date()
        campaign = Campaign(
            name=name,
            channel=channel,
            source=source,
            cost=Decimal(cost),
            currency="USD",
            starts_on=starts,
            ends_on=starts + timedelta(days=90),
            created_at=now,
        )
        session.add(campaign)
        session.flush()
        campaigns.append((campaign.id, name, channel))
    return campaigns
