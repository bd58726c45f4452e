"""Campaigns, leads and what came in with them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from qualifier_app.persistence.models.base import FRESH_SQL, Base


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    channel: Mapped[str] = mapped_column(String(40))  # trade show, web form, download, list …
    source: Mapped[str] = mapped_column(String(120), default="")
    cost: Mapped[Decimal] = mapped_column(default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]


# A set of time zones as text (calling_window.zones_key). The longest a lead's number and
# address give, a toll-free North American number (+1 800…) and an address in the US, is 60
# zones in 1,137 characters (tests/unit/test_time_zones.py). SQLite holds any length in a
# VARCHAR, so its declared 1,000 is left as it was rather than rebuilding the leads table.
ZONES_KEY_LENGTH = 2000
ZonesKey = String(1000).with_variant(String(ZONES_KEY_LENGTH), "postgresql")


class CallingProfile(Base):
    """A set of time zones with the calling window that applies to them.

    Leads share profiles, so the queue asks "which profiles are open now" in Python (a few
    hundred rows at most) and filters leads by profile id in SQL, on every database alike.
    """

    __tablename__ = "calling_profiles"
    __table_args__ = (
        UniqueConstraint(
            "time_zones",
            "window_start",
            "window_end",
            "place",
            "number_country",
            name="uq_calling_profiles_key",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    time_zones: Mapped[str] = mapped_column(ZonesKey)  # space-separated IANA names
    # The window the places' rules had when the profile was made; the queue reads the rules
    # as they are now (services/queue/calling_profiles.load_profiles).
    window_start: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    window_end: Mapped[int] = mapped_column(Integer)
    # Where the profile's leads are: the places of their number and address, space-separated
    # ("US-FL US-NY"; "" when unknown). Each follows its most specific rule; the leads keep to
    # all of them (domain/calling_rules.RuleBook.rule_for).
    place: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The country whose do-not-call registries apply: the number's, else the address's; ""
    # when unknown (and for profiles made before migration 0043, whose leads' address counts).
    number_country: Mapped[str] = mapped_column(String(2), default="", server_default="")


class CallingRule(Base):
    """The calling rules of a country ("US") or region ("US-FL"), as data."""

    __tablename__ = "calling_rules"

    place: Mapped[str] = mapped_column(String(10), primary_key=True)
    window_start: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    window_end: Mapped[int] = mapped_column(Integer)
    weekdays: Mapped[str] = mapped_column(String(7), default="1234567")  # ISO days allowed
    calls_per_day: Mapped[int | None] = mapped_column(Integer)  # per number, any 24 h
    calls_per_week: Mapped[int | None] = mapped_column(Integer)  # per number, any 7 days
    source: Mapped[str] = mapped_column(Text, default="")  # the statute


class CallingHoliday(Base):
    """A date on which a place forbids calls (its legal holidays)."""

    __tablename__ = "calling_holidays"

    place: Mapped[str] = mapped_column(String(10), primary_key=True)
    on: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), default="")


class Lead(Base):
    __tablename__ = "leads"
    __table_args__ = (
        # SQLite's claim walks it; PostgreSQL's walks its own partial indexes (migrations
        # 0029 and 0031) and has none of this one (0037_i17_claim_order_sqlite).
        Index(
            "ix_leads_claim_order",
            text("score DESC"),
            "created_at",
            "id",
            sqlite_where=text(FRESH_SQL),
        ).ddl_if(dialect="sqlite"),
        Index(
            "ix_leads_claim_assigned",
            "assigned_rep_id",
            "next_call_at",
            postgresql_where=text("assigned_rep_id IS NOT NULL"),
            sqlite_where=text("assigned_rep_id IS NOT NULL"),
        ),
        Index(
            "ix_leads_lease_owner",
            "lease_owner_id",
            postgresql_where=text("lease_owner_id IS NOT NULL"),
            sqlite_where=text("lease_owner_id IS NOT NULL"),
        ),
        Index("ix_leads_queue_status", "queue_id", "status"),
        # An address and the start of one (the lookup): the application keeps the column
        # lower-case, so one index serves both (migration 0036_i17_one_email_index).
        Index(
            "ix_leads_email_normalized",
            "email_normalized",
            postgresql_ops={"email_normalized": "text_pattern_ops"},
        ),
        # The folded keys: the intake's duplicate search (=) and the lookup of a name or
        # company typed without its accents (a prefix; migration 0071).
        Index(
            "ix_leads_person_key", "person_key", postgresql_ops={"person_key": "text_pattern_ops"}
        ),
        Index(
            "ix_leads_company_key",
            "company_key",
            postgresql_ops={"company_key": "text_pattern_ops"},
        ),
        # Reports of a period, per campaign or not, read ix_leads_report (migration 0034); the
        # lead table's filter by rep is served by ix_leads_claim_assigned (migration 0033).
        # Everything the status reports read from a lead (migration 0018_i15_report_leads).
        Index(
            "ix_leads_report",
            "inquired_at",
            "status",
            "country",
            "region",
            "campaign_id",
            "last_caller_id",
            "id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    # Surname and first initial, folded: the block in which fuzzy duplicate matching looks.
    person_key: Mapped[str] = mapped_column(String(120), default="", server_default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    phone_raw: Mapped[str] = mapped_column(String(60), default="")
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    phone_extension: Mapped[str | None] = mapped_column(String(20))
    phone_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    email_raw: Mapped[str] = mapped_column(String(320), default="")
    email_normalized: Mapped[str | None] = mapped_column(String(320))
    email_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    website: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    region: Mapped[str | None] = mapped_column(String(10))  # ISO 3166-2 subdivision, no prefix
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str | None] = mapped_column(String(8))
    time_zones: Mapped[str] = mapped_column(ZonesKey, default="")
    calling_profile_id: Mapped[int] = mapped_column(ForeignKey("calling_profiles.id"))
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue: Mapped[Decimal | None]
    industry: Mapped[str] = mapped_column(String(120), default="")
    product_interest: Mapped[str] = mapped_column(String(200), default="")
    inquiry: Mapped[str] = mapped_column(Text, default="")  # what the prospect asked for
    source: Mapped[str] = mapped_column(String(60), default="")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), index=True)
    field_sources: Mapped[dict[str, Any]] = mapped_column(default=dict)
    score: Mapped[int] = mapped_column(Integer, default=0)
    segment: Mapped[str | None] = mapped_column(String(20))  # smb / enterprise
    grade: Mapped[str | None] = mapped_column(String(1))  # A–D
    status: Mapped[str] = mapped_column(String(20), default="queued")
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"))
    assigned_rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lease_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lease_expires_at: Mapped[datetime | None]
    leased_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_call_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    # The rep of the lead's latest call attempt, kept by triggers on call_attempts (never
    # written by the application); the status reports credit uncalled-back leads to them.
    last_caller_id: Mapped[int | None] = mapped_column(Integer)
    touches: Mapped[int] = mapped_column(Integer, default=1)
    consent: Mapped[str] = mapped_column(String(20), default="unknown")  # given/refused/unknown
    consent_source: Mapped[str] = mapped_column(String(120), default="")
    consent_at: Mapped[datetime | None]
    recycle_on: Mapped[date | None] = mapped_column(Date)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    inquired_at: Mapped[datetime]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def contact_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class LeadStatusDay(Base):
    """Leads counted per UTC day of inquiry, status, country, region, campaign and last
    caller (missing: '~' for country and region, 0 for campaign and caller).

    Triggers on leads keep it current (see migration 0022_i15_lead_status_days), so a status
    report over a million leads reads a few hundred thousand rows at most and then only the
    handed-off leads one by one; nothing in the application writes it directly.
    """

    __tablename__ = "lead_status_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    region: Mapped[str] = mapped_column(String(10), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_caller_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    leads: Mapped[int] = mapped_column(Integer, default=0)


class LeadStatusDayChange(Base):
    """A change of `LeadStatusDay.leads` (+n or -n for one key) not folded into it yet.

    On PostgreSQL the triggers on leads only append these (migration 0028_i17_rollup_changes),
    so outcomes never wait on the rollup's shared rows; `qualifier_fold_lead_status_days()`
    moves them into the rollup. A key's count is its rollup row plus its changes. On SQLite
    the triggers update the rollup itself and this table stays empty.
    """

    __tablename__ = "lead_status_day_changes"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(10))
    campaign_id: Mapped[int] = mapped_column(Integer)
    last_caller_id: Mapped[int] = mapped_column(Integer)
    leads: Mapped[int] = mapped_column(Integer)


class LeadHandoffState(Base):
    """A handed-off lead's latest handoff (its rep, partner and partner rep), whether any of
    its handoffs is open (`active`) or awaits the partner's news (`waiting`), and the sums of
    all its handoffs; `single_credit` when every one is credited to the latest one's rep
    (known), partner and partner rep.

    A row trigger on handoffs keeps it (see migration 0025_i15_lead_handoff_states), so a
    status report reads every lead once with no handoff aggregated per lead; nothing in the
    application writes it directly.
    """

    __tablename__ = "lead_handoff_states"

    lead_id: Mapped[int] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    handoff_id: Mapped[int] = mapped_column(Integer)
    qualified_by_id: Mapped[int | None] = mapped_column(Integer)
    partner_id: Mapped[int] = mapped_column(Integer)
    partner_rep_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[int] = mapped_column(SmallInteger)
    waiting: Mapped[int] = mapped_column(SmallInteger)
    single_credit: Mapped[int] = mapped_column(SmallInteger)
    handoffs: Mapped[int] = mapped_column(Integer)
    pipeline_value: Mapped[Decimal | None]
    won_revenue: Mapped[Decimal | None]


class ImportBatch(Base):
    """One run of an inquiry, firmographic or feedback import; makes re-runs harmless."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # inquiries / firmographics / partner_feedback
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # The database's time at the last chunk committed or at the finish: a "running" batch
    # that has not moved for long is an import that died (services/intake/history.py).
    progressed_at: Mapped[datetime | None]
    # Until when, by the database's clock, the import that runs this batch holds it: renewed
    # while it runs, so a "running" batch whose lease ran out is an import that is gone (its
    # workstation killed, its connection lost before it could record its end).
    lease_until: Mapped[datetime | None]
    # running / finished / cancelled / failed / interrupted
    status: Mapped[str] = mapped_column(String(20), default="running")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    rejects_file: Mapped[str | None] = mapped_column(String(500))


class Touch(Base):
    """One recorded interaction: a form fill, a badge scan, a download, a purchased-list row."""

    __tablename__ = "touches"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    source: Mapped[str] = mapped_column(String(120), default="")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), index=True)
    occurred_at: Mapped[datetime]
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    # A key derived from the source row, so an interrupted import run again adds nothing twice.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Firmographic(Base):
    """Reference data (the stand-in for D&B or Harte-Hanks) used to enrich leads."""

    __tablename__ = "firmographics"

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    domain: Mapped[str | None] = mapped_column(String(200), index=True)
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue: Mapped[Decimal | None]
    industry: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(120))
    loaded_at: Mapped[datetime]
