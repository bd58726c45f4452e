"""The demo's inquiries: invented prospects from the campaigns, made into scored leads.

About one inquiry in fifteen is someone asking again; it becomes a touch on the lead that
exists. A few carry a broken phone number or e-mail address, as real imports do.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import phonenumbers
from sqlalchemy import insert
from sqlalchemy.orm import Session

from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.normalize import company_key, person_key
from qualifier_app.domain.scoring import LeadFacts, score
from qualifier_app.persistence.models import AuditEntry, Lead, Touch
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.settings import QueuePolicy

# (country, weight, company suffixes, regions)
COUNTRIES: list[tuple[str, int, tuple[str, ...], tuple[str, ...]]] = [
    (
        "US",
        44,
        ("Inc.", "LLC", "Corp."),
        ("NY", "CA", "TX", "FL", "IL", "WA", "GA", "MA", "CO", "AZ"),
    ),
    ("CA", 7, ("Inc.", "Ltd."), ("ON", "BC", "QC", "AB")),
    ("GB", 10, ("Ltd", "plc"), ()),
    ("DE", 10, ("GmbH", "AG"), ()),
    ("FR", 6, ("SA", "SAS"), ()),
    ("AU", 8, ("Pty Ltd",), ("NSW", "VIC", "QLD", "WA")),
    ("JP", 4, ("KK",), ()),
    ("IN", 5, ("Pvt Ltd",), ()),
    ("BR", 6, ("Ltda", "SA"), ()),
]

FIRST = [
    "James",
    "Maria",
    "Wei",
    "Fatima",
    "John",
    "Sofia",
    "Hiroshi",
    "Aisha",
    "David",
    "Elena",
    "Raj",
    "Laura",
    "Michael",
    "Chloe",
    "Lukas",
    "Ana",
    "Kenji",
    "Olivia",
    "Mateo",
    "Grace",
    "Noah",
    "Emma",
    "Ravi",
    "Julia",
    "Thomas",
    "Camille",
    "Daniel",
]
LAST = [
    "Smith",
    "Garcia",
    "Wang",
    "Khan",
    "Brown",
    "Müller",
    "Sato",
    "Patel",
    "Johnson",
    "Dubois",
    "Silva",
    "Nguyen",
    "Taylor",
    "Schneider",
    "Kumar",
    "Martin",
    "Lee",
    "Rossi",
    "Kowalski",
    "Anderson",
    "O'Brien",
    "Fischer",
    "Moreau",
    "Costa",
    "Yamamoto",
]
COMPANY_WORDS = [
    "Acme",
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Vandelay",
    "Hooli",
    "Pied Piper",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
    "Aperture",
    "Oscorp",
    "Wonka",
    "Gringotts",
    "Blue Harbor",
    "Silver Peak",
    "Redwood",
    "Summit",
    "Evergreen",
    "Bright Path",
    "Ironclad",
    "Lakeside",
    "Crescent",
]
COMPANY_KINDS = [
    "Health",
    "Bank",
    "Logistics",
    "Systems",
    "Retail",
    "Insurance",
    "Energy",
    "Foods",
    "Telecom",
    "Media",
    "Labs",
    "Manufacturing",
    "Airlines",
    "University",
]
INDUSTRY_BY_KIND = {
    "Health": "healthcare",
    "Bank": "financial services",
    "Insurance": "financial services",
    "Logistics": "transportation",
    "Systems": "technology",
    "Retail": "retail",
    "Energy": "utilities",
    "Foods": "manufacturing",
    "Telecom": "technology",
    "Media": "media",
    "Labs": "technology",
    "Manufacturing": "manufacturing",
    "Airlines": "transportation",
    "University": "education",
}
TITLES = [
    "CIO",
    "VP of IT",
    "Director of Customer Care",
    "IT Manager",
    "Contact Center Manager",
    "Head of Infrastructure",
    "Network Engineer",
    "CTO",
    "Procurement Manager",
    "Operations Director",
    "Business Analyst",
    "Student",
    "Chief Customer Officer",
    "Telecom Manager",
    "Systems Administrator",
]
PRODUCTS = ["Contact center", "Unified communications", "Networking", "Cloud migration", "Security"]
SIZES = [12, 35, 80, 150, 400, 900, 1500, 4000, 12000]


@dataclass
class InventedInquiries:
    """Lead rows (dicts ready for a bulk insert) and their touches, by index into `leads`."""

    leads: list[dict[str, Any]] = field(default_factory=list)
    touches: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    invalid_phones: int = 0
    invalid_emails: int = 0


def invent_inquiries(
    session: Session,
    rng: random.Random,
    policy: QueuePolicy,
    count: int,
    campaigns: Sequence[tuple[int, str, str]],
    queues: dict[str, int],
    now: datetime,
    spread: int,
) -> InventedInquiries:
    """`count` inquiries from the last `spread` days, scored and queued as leads would be."""
    rules = load_rules()
    weights = [weight for _, weight, _, _ in COUNTRIES]
    invented = InventedInquiries()
    leads, touches = invented.leads, invented.touches
    by_email: dict[str, int] = {}
    for _ in range(count):
        # About one inquiry in fifteen is the same person asking again (another form,
        # another event): it becomes a touch on the lead that exists, not a second lead.
        if leads and rng.random() < 0.07:
            campaign_id, _, channel = rng.choice(campaigns)
            at = now - timedelta(days=rng.uniform(0, 30))
            touches.append((rng.randrange(len(leads)), _touch(campaign_id, channel, at)))
            continue
        country, _, suffixes, regions = rng.choices(COUNTRIES, weights)[0]
        region = rng.choice(regions) if regions else None
        campaign_id, campaign_name, channel = rng.choice(campaigns)
        inquired_at = now - timedelta(days=rng.uniform(0, spread), hours=rng.uniform(0, 24))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        kind = rng.choice(COMPANY_KINDS)
        company = f"{rng.choice(COMPANY_WORDS)} {kind} {rng.choice(suffixes)}"
        domain = (
            "".join(ch for ch in company.lower().split()[0] if ch.isalpha())
            + f"{kind.lower()}.example"
        )
        email_raw = f"{first}.{last}@{domain}".replace("'", "").replace("ü", "ue")
        if rng.random() < 0.04:
            email_raw = email_raw.replace("@", " at ")
        email_check = check_email(email_raw)
        if email_check.normalized and email_check.normalized in by_email:
            touches.append(
                (
                    by_email[email_check.normalized],
                    _touch(campaign_id, channel, inquired_at),
                )
            )
            continue
        phone_raw = _demo_phone(rng, country, region)
        phone = check_phone(phone_raw, country)
        employees = rng.choice(SIZES)
        revenue = Decimal(employees * rng.randint(80_000, 250_000))
        title = rng.choice(TITLES)
        product = rng.choice(PRODUCTS)
        facts = LeadFacts(
            employees,
            revenue,
            INDUSTRY_BY_KIND[kind],
            title,
            product,
            channel,
            country,
            inquired_at,
            1,
            None,
            campaign_name,
        )
        scored = score(facts, rules, now)
        zones, profile_id = profile_for_lead(session, policy, phone.e164, country, region)
        invented.invalid_phones += not phone.valid
        invented.invalid_emails += not email_check.valid
        lead = {
            "company": company,
            "company_key": company_key(company),
            "person_key": person_key(first, last),
            "first_name": first,
            "last_name": last,
            "title": title,
            "phone_raw": phone_raw,
            "phone_e164": phone.e164,
            "phone_extension": phone.extension,
            "phone_valid": phone.valid,
            "email_raw": email_raw,
            "email_normalized": email_check.normalized,
            "email_valid": email_check.valid,
            "website": f"https://www.{domain}",
            "country": country,
            "region": region,
            "city": "",
            "postal_code": "",
            "language": None,
            "time_zones": zones,
            "calling_profile_id": profile_id,
            "employees": employees,
            "annual_revenue": revenue,
            "industry": INDUSTRY_BY_KIND[kind],
            "product_interest": product,
            "inquiry": f"Asked about {product.lower()} via {channel}",
            "source": channel,
            "campaign_id": campaign_id,
            "field_sources": {"employees": "demo firmographics"},
            "score": scored.score,
            "segment": scored.segment,
            "grade": None,
            "status": "queued",
            "queue_id": queues[scored.queue],
            "attempts": 0,
            "touches": 1,
            "consent": rng.choice(["given", "unknown"]),
            "consent_source": channel,
            "consent_at": inquired_at,
            "status_reason": "",
            "inquired_at": inquired_at,
            "created_at": inquired_at,
            "updated_at": now,
            "version": 1,
        }
        leads.append(lead)
        if email_check.normalized:
            by_email[email_check.normalized] = len(leads) - 1
        touches.append((len(leads) - 1, _touch(campaign_id, channel, inquired_at)))
    counts = Counter(index for index, _ in touches)
    for index, lead in enumerate(leads):
        lead["touches"] = counts[index]
    return invented


def write_leads(session: Session, leads: list[dict[str, Any]]) -> list[int]:
    """Insert the lead rows; their ids, in the order of `leads`."""
    return list(
        session.scalars(insert(Lead).returning(Lead.id, sort_by_parameter_order=True), leads)
    )


def write_touches(
    session: Session, touches: list[tuple[int, dict[str, Any]]], lead_ids: list[int]
) -> None:
    session.execute(
        insert(Touch), [{**touch, "lead_id": lead_ids[index]} for index, touch in touches]
    )


def record_leads_created(
    session: Session, lead_ids: list[int], leads: list[dict[str, Any]], now: datetime
) -> None:
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": now,
                "actor_id": None,
                "action": "lead.created",
                "entity_type": "lead",
                "entity_id": str(lead_id),
                "before": None,
                "after": {
                    "status": "queued",
                    "queue_id": lead["queue_id"],
                    "score": lead["score"],
                },
                "reason": "demo data",
            }
            for lead_id, lead in zip(lead_ids, leads, strict=True)
        ],
    )


def _touch(campaign_id: int, channel: str, at: datetime) -> dict[str, Any]:
    return {
        "kind": channel,
        "source": channel,
        "campaign_id": campaign_id,
        "occurred_at": at,
        "details": {},
    }


def _demo_phone(rng: random.Random, country: str, region: str | None) -> str:
    """A valid-looking number in the country's own national format, sometimes broken."""
    if rng.random() < 0.04:
        return rng.choice(["12345", "n/a", "555-01", "+999 123"])
    example = phonenumbers.example_number_for_type(
        country,
        rng.choice([phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE]),
    ) or phonenumbers.example_number(country)
    assert example is not None
    digits = str(example.national_number)
    area = _US_AREA.get(region or "", "") if country in {"US", "CA"} else ""
    for _ in range(30):
        keep = area or digits[: max(2, len(digits) // 3)]
        candidate = keep + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - len(keep)))
        number = phonenumbers.parse(candidate, country)
        if phonenumbers.is_valid_number(number):
            style = rng.choice(
                [
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                ]
            )
            return phonenumbers.format_number(number, style)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)


_US_AREA = {
    "NY": "212",
    "CA": "415",
    "TX": "512",
    "FL": "305",
    "IL": "312",
    "WA": "206",
    "GA": "404",
    "MA": "617",
    "CO": "303",
    "AZ": "602",
    "ON": "416",
    "BC": "604",
    "QC": "514",
    "AB": "403",
}
