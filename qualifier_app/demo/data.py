"""Realistic demo data: people, teams, queues, campaigns, a script, partners and inquiries."""

from __future__ import annotations

import random
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import phonenumbers
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from qualifier_app.demo import history
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.normalize import company_key, person_key
from qualifier_app.domain.roles import Role
from qualifier_app.domain.scoring import LeadFacts, score
from qualifier_app.persistence import audit, bulk
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    AuditEntry,
    Campaign,
    Lead,
    Partner,
    PartnerRep,
    Queue,
    QueueMember,
    Team,
    TeamLead,
    Touch,
    User,
)
from qualifier_app.services.accounts.passwords import hash_password
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import QueuePolicy

PEOPLE: list[tuple[str, str, Role, str | None]] = [
    ("admin", "Ada Admin", Role.ADMIN, None),
    ("sam.supervisor", "Sam Supervisor", Role.SUPERVISOR, None),
    ("tina.lead", "Tina Lopez", Role.TEAM_LEAD, "North America"),
    ("omar.lead", "Omar Haddad", Role.TEAM_LEAD, "International"),
    ("rita.rep", "Rita Chen", Role.REP, "North America"),
    ("marco.rep", "Marco Rossi", Role.REP, "North America"),
    ("jane.rep", "Jane Okafor", Role.REP, "North America"),
    ("luis.rep", "Luis Garcia", Role.REP, "North America"),
    ("anna.rep", "Anna Schmidt", Role.REP, "International"),
    ("pierre.rep", "Pierre Martin", Role.REP, "International"),
    ("yuki.rep", "Yuki Tanaka", Role.REP, "International"),
    ("priya.rep", "Priya Nair", Role.REP, "International"),
]

QUEUES = {
    "Enterprise": "Companies above the enterprise thresholds, every country",
    "SMB Americas": "Small and mid-sized companies in the Americas",
    "SMB International": "Small and mid-sized companies elsewhere",
}
TEAM_QUEUES = {
    "North America": ("Enterprise", "SMB Americas"),
    "International": ("Enterprise", "SMB International"),
}

CAMPAIGNS: list[tuple[str, str, str, int]] = [
    ("Contact Center World 2026", "trade show", "badge scans", 85_000),
    ("UC Webinar Series", "webinar", "webinar registrations", 12_000),
    ("Cloud Migration Whitepaper", "content download", "gated download", 18_000),
    ("Website Contact Form", "web form", "website", 5_000),
    ("Purchased List Q3", "purchased list", "list vendor", 25_000),
    ("Inbound Sales Line", "inbound call", "phone", 8_000),
]

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


@dataclass(frozen=True)
class DemoAccount:
    login: str
    display_name: str
    role: str
    team: str | None
    password: str


@dataclass
class DemoResult:
    accounts: list[DemoAccount] = field(default_factory=list)
    leads: int = 0
    duplicate_touches: int = 0
    invalid_phones: int = 0
    invalid_emails: int = 0
    campaigns: int = 0
    partners: int = 0
    history_days: int = 0
    attempts: int = 0
    handoffs: int = 0
    won: int = 0
    won_revenue: Decimal = Decimal(0)


def demo_password() -> str:
    words = [
        "amber",
        "birch",
        "cobalt",
        "delta",
        "ember",
        "fjord",
        "granite",
        "harbor",
        "indigo",
        "juniper",
        "kestrel",
        "lagoon",
        "meadow",
        "nimbus",
        "orchid",
        "prairie",
    ]
    return f"{secrets.choice(words)}-{secrets.choice(words)}-{secrets.randbelow(9000) + 1000}"


class DemoService:
    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy

    def has_data(self) -> bool:
        with self._db.unit_of_work(write=False) as uow:
            return uow.session.execute(select(User.id).limit(1)).first() is not None

    def load(
        self, inquiries: int = 500, seed: int | None = None, history_days: int = 0
    ) -> DemoResult:
        """Fill an empty database; with `history_days`, inquiries spread over that many past
        days and each lead gets its simulated history (attempts, outcomes, handoffs, feedback)."""
        if inquiries < 0:
            raise Conflict("the number of inquiries cannot be negative")
        if not 0 <= history_days <= 3650:
            raise InvalidInput("the history must be 0 to 3650 days", "history")
        rng = random.Random(seed)
        now = self._clock.now()
        result = DemoResult()
        with self._db.unit_of_work() as uow:
            session = uow.session
            if session.execute(select(User.id).limit(1)).first() is not None:
                raise Conflict(
                    "this database has users already; `qualifier demo` only fills an empty "
                    "database (use a new --db to try it again)"
                )
            teams = self._teams(session, now)
            queues = self._queues(session, teams, now)
            result.accounts = self._people(session, teams, queues, now)
            campaigns = self._campaigns(session, now)
            result.campaigns = len(campaigns)
            install_scripts(session, now)
            manager = session.execute(
                select(User.id).where(User.login == "sam.supervisor")
            ).scalar_one()
            result.partners = self._partners(session, manager, now)
            self._inquiries(session, rng, inquiries, campaigns, queues, now, result, history_days)
            audit.record(
                session,
                at=now,
                actor_id=None,
                action="demo.loaded",
                entity_type="database",
                entity_id="demo",
                after={"leads": result.leads, "seed": seed},
            )
            uow.commit()
        return result

    def _teams(self, session: Session, now: datetime) -> dict[str, int]:
        teams: dict[str, int] = {}
        for name in TEAM_QUEUES:
            team = Team(name=name, created_at=now)
            session.add(team)
            session.flush()
            teams[name] = team.id
        return teams

    def _queues(self, session: Session, teams: dict[str, int], now: datetime) -> dict[str, int]:
        queues: dict[str, int] = {}
        for name, description in QUEUES.items():
            owner = (
                "North America"
                if name == "SMB Americas"
                else ("International" if name == "SMB International" else None)
            )
            queue = Queue(
                name=name,
                description=description,
                team_id=teams[owner] if owner else None,
                created_at=now,
            )
            session.add(queue)
            session.flush()
            queues[name] = queue.id
        return queues

    def _people(
        self, session: Session, teams: dict[str, int], queues: dict[str, int], now: datetime
    ) -> list[DemoAccount]:
        accounts = []
        for login, name, role, team in PEOPLE:
            password = demo_password()
            user = User(
                login=login,
                display_name=name,
                role=role.value,
                team_id=teams[team] if team else None,
                password_hash=hash_password(password),
                active=True,
                is_channel_manager=(role is Role.SUPERVISOR),
                created_at=now,
            )
            session.add(user)
            session.flush()
            if role is Role.TEAM_LEAD and team:
                session.add(TeamLead(team_id=teams[team], user_id=user.id))
            if team and role in (Role.REP, Role.TEAM_LEAD):
                for queue in TEAM_QUEUES[team]:
                    session.add(QueueMember(queue_id=queues[queue], user_id=user.id))
            audit.record(
                session,
                at=now,
                actor_id=None,
                action="user.added",
                entity_type="user",
                entity_id=user.id,
                after={"login": login, "role": role.value, "team": team},
                reason="demo data",
            )
            accounts.append(DemoAccount(login, name, role.value, team, password))
        return accounts

    def _campaigns(self, session: Session, now: datetime) -> list[tuple[int, str, str]]:
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

    def _partners(self, session: Session, manager_id: int, now: datetime) -> int:
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

    def _inquiries(  # noqa: PLR0915 - one pass builds leads, touches and their history
        self,
        session: Session,
        rng: random.Random,
        count: int,
        campaigns: Sequence[tuple[int, str, str]],
        queues: dict[str, int],
        now: datetime,
        result: DemoResult,
        history_days: int = 0,
    ) -> None:
        rules = load_rules()
        spread = max(60, history_days)
        weights = [weight for _, weight, _, _ in COUNTRIES]
        leads: list[dict[str, Any]] = []
        touches: list[tuple[int, dict[str, Any]]] = []
        by_email: dict[str, int] = {}
        for _ in range(count):
            # About one inquiry in fifteen is the same person asking again (another form,
            # another event): it becomes a touch on the lead that exists, not a second lead.
            if leads and rng.random() < 0.07:
                campaign_id, _, channel = rng.choice(campaigns)
                at = now - timedelta(days=rng.uniform(0, 30))
                touches.append((rng.randrange(len(leads)), self._touch(campaign_id, channel, at)))
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
                        self._touch(campaign_id, channel, inquired_at),
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
            zones, profile_id = profile_for_lead(session, self._policy, phone.e164, country, region)
            result.invalid_phones += not phone.valid
            result.invalid_emails += not email_check.valid
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
            touches.append((len(leads) - 1, self._touch(campaign_id, channel, inquired_at)))
        if not leads:
            return
        counts = Counter(index for index, _ in touches)
        for index, lead in enumerate(leads):
            lead["touches"] = counts[index]
        result.history_days = history_days
        rows = self._history(session, rng, leads, now, result) if history_days else None
        ids = list(
            session.scalars(insert(Lead).returning(Lead.id, sort_by_parameter_order=True), leads)
        )
        if rows is not None:
            history.write_history(session, rows)
            history.finish(session)
        session.execute(
            insert(Touch), [{**touch, "lead_id": ids[index]} for index, touch in touches]
        )
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
                for lead_id, lead in zip(ids, leads, strict=True)
            ],
        )
        result.leads = len(leads)
        result.duplicate_touches = len(touches) - len(leads)

    @staticmethod
    def _history(
        session: Session,
        rng: random.Random,
        leads: list[dict[str, Any]],
        now: datetime,
        result: DemoResult,
    ) -> Any:
        reps, partners = history.cast_of(session, rng)
        simulator = history.HistorySimulator(
            rng, now, reps, partners, history.active_script_id(session)
        )
        ids = history.first_ids(session)
        first_lead = bulk.next_id(session, Lead.__table__)  # type: ignore[arg-type]
        for index, lead in enumerate(leads):
            lead["id"] = first_lead + index
            for key in ("next_call_at", "last_attempt_at", "assigned_rep_id", "recycle_on"):
                lead.setdefault(key, None)
        rows = simulator.play(leads, ids)
        result.attempts = len(rows.attempts)
        result.handoffs = simulator.counts.handoffs
        result.won = simulator.counts.won
        result.won_revenue = simulator.counts.revenue
        return rows

    @staticmethod
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
