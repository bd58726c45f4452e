"""The demo's channel partners: territories, products, segments, SLAs and partner reps."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from qualifier_app.persistence import audit
from qualifier_app.persistence.models import Partner, PartnerRep

PARTNERS: list[dict[str, Any]] = [
    {
        "name": "Atlantic Voice Solutions",
        "tier": "gold",
        "countries": ["US"],
        "regions": ["US-NY", "US-MA", "US-FL", "US-GA"],
        "segments": ["enterprise", "smb"],
        "products": ["contact center", "unified communications"],
        "sla": 24,
    },
    {
        "name": "Pacific Unified",
        "tier": "gold",
        "countries": ["US"],
        "regions": ["US-CA", "US-WA", "US-AZ", "US-CO"],
        "segments": ["enterprise", "smb"],
        "products": ["contact center", "unified communications", "cloud migration"],
        "sla": 24,
    },
    {
        "name": "Lone Star Networks",
        "tier": "silver",
        "countries": ["US"],
        "regions": ["US-TX", "US-IL"],
        "segments": ["smb"],
        "products": ["networking", "security", "unified communications"],
        "sla": 48,
    },
    {
        "name": "Maple Connect",
        "tier": "silver",
        "countries": ["CA"],
        "regions": [],
        "segments": ["enterprise", "smb"],
        "products": ["contact center", "unified communications", "networking"],
        "sla": 48,
    },
    {
        "name": "Britannia Comms",
        "tier": "gold",
        "countries": ["GB"],
        "regions": [],
        "segments": ["enterprise", "smb"],
        "products": ["contact center", "unified communications", "security"],
        "sla": 24,
    },
    {
        "name": "Rhein Netz Partner",
        "tier": "silver",
        "countries": ["DE"],
        "regions": [],
        "segments": ["enterprise", "smb"],
        "products": ["networking", "contact center"],
        "sla": 48,
    },
    {
        "name": "Lumière Télécom",
        "tier": "bronze",
        "countries": ["FR"],
        "regions": [],
        "segments": ["smb"],
        "products": ["unified communications", "networking"],
        "sla": 72,
    },
    {
        "name": "Southern Cross IT",
        "tier": "silver",
        "countries": ["AU"],
        "regions": [],
        "segments": ["enterprise", "smb"],
        "products": ["contact center", "cloud migration", "unified communications"],
        "sla": 48,
    },
    {
        "name": "Global Enterprise Integrators",
        "tier": "platinum",
        "countries": ["US", "CA", "GB", "DE", "FR", "AU", "JP", "IN", "BR"],
        "regions": [],
        "segments": ["enterprise"],
        "products": [
            "contact center",
            "unified communications",
            "networking",
            "cloud migration",
            "security",
        ],
        "sla": 24,
    },
    {
        "name": "Samba Tecnologia",
        "tier": "bronze",
        "countries": ["BR"],
        "regions": [],
        "segments": ["smb", "enterprise"],
        "products": ["networking", "contact center"],
        "sla": 72,
    },
]


def add_partners(session: Session, manager_id: int, now: datetime) -> int:
    for spec in PARTNERS:
        partner = Partner(
            name=spec["name"],
            tier=spec["tier"],
            countries=spec["countries"],
            regions=spec["regions"],
            postal_prefixes=[],
            products=spec["products"],
            segments=spec["segments"],
            capacity_open=40,
            capacity_week=15,
            sla_hours=spec["sla"],
            channel_manager_id=manager_id,
            active=True,
            created_at=now,
        )
        session.add(partner)
        session.flush()
        slug = "".join(ch for ch in spec["name"].lower() if ch.isalnum())[:20]
        for first, last in (("Alex", "Morgan"), ("Jordan", "Blake")):
            session.add(
                PartnerRep(
                    partner_id=partner.id,
                    name=f"{first} {last}",
                    email=f"{first.lower()}.{last.lower()}@{slug}.example",
                    active=True,
                )
            )
        audit.record(
            session,
            at=now,
            actor_id=None,
            action="partner.added",
            entity_type="partner",
            entity_id=partner.id,
            after={"name": spec["name"]},
            reason="demo data",
        )
    return len(PARTNERS)
