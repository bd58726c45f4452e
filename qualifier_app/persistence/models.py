"""The data model of the whole refinery: intake, queue, qualification, handoff, audit.

The models declare no relationships, only foreign keys: services load what they need with
explicit queries and hand plain DTOs to the UI, so there is no lazy load to hide a query.
"""

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
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from qualifier_app.persistence.types import JsonType, Money, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Queued leads, best first: the claim walks this partial index (the few leads assigned to one
# rep in person are filtered out during the walk).
FRESH_SQL = "status = 'queued'"

# Indexes with expressions (score DESC) that reflection cannot compare; migrations own them.
# The lookup's prefix indexes (lower(column) text_pattern_ops on PostgreSQL, NOCASE on SQLite).
LOOKUP_INDEXES = frozenset(
    {
        "ix_leads_last_name_prefix",
        "ix_leads_first_name_prefix",
        "ix_leads_company_prefix",
        "ix_leads_email_prefix",
    }
)
EXPRESSION_INDEXES = frozenset({"ix_leads_claim_order"}) | LOOKUP_INDEXES


def include_in_comparison(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """alembic's include_object hook: leave expression indexes out of autogenerate."""
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        Decimal: Money(),
        dict[str, Any]: JsonType,
        list[Any]: JsonType,
    }


# --- people --------------------------------------------------------------------------------


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    created_at: Mapped[datetime]


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    # Deferred: only the schema owner may read it on PostgreSQL (migration 0012_roles), so a
    # person's own connection must never select it by accident.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    is_channel_manager: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    # A database login role of the user's own, for per-user PostgreSQL sign-in later on.
    db_role: Mapped[str | None] = mapped_column(String(63))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None]
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Set by a password reset: the one-time password must be replaced at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    last_seen_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class TeamLead(Base):
    """Which team leads lead which teams (a team lead may have several)."""

    __tablename__ = "team_leads"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class UserSession(Base):
    """A sign-in at a workstation, for presence on the team board."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class AgentState(Base):
    """A period a rep spent in one agent state (Ready, after-call work, Break…); the open
    one (`ended_at` null) is the rep's state now. Times are the database's."""

    __tablename__ = "agent_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_agent_states_user_id_ended_at", "user_id", "ended_at"),)


class CliSession(Base):
    """A `qualifier login` on the command line: the token's hash, never the token."""

    __tablename__ = "cli_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    workstation: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class Queue(Base):
    __tablename__ = "queues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    segment: Mapped[str] = mapped_column(String(20), default="any", server_default="any")
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime]


class QueueMember(Base):
    """Which reps work which queues."""

    __tablename__ = "queue_members"

    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class Center(Base):
    """The Qualifying Center itself: one row, written by the first-run setup."""

    __tablename__ = "center"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    time_zone: Mapped[str] = mapped_column(String(64))
    window_start: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    window_end: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


# --- marketing -----------------------------------------------------------------------------


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


# --- leads ---------------------------------------------------------------------------------


class CallingProfile(Base):
    """A set of time zones with the calling window that applies to them.

    Leads share profiles, so the queue asks "which profiles are open now" in Python (a few
    hundred rows at most) and filters leads by profile id in SQL, on every database alike.
    """

    __tablename__ = "calling_profiles"
    __table_args__ = (UniqueConstraint("time_zones", "window_start", "window_end", "place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    time_zones: Mapped[str] = mapped_column(String(1000))  # space-separated IANA names
    window_start: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    window_end: Mapped[int] = mapped_column(Integer)
    # The calling rule the window came from ("US-FL", "US", "" for the default): its days,
    # holidays and per-number caps apply to the profile's leads.
    place: Mapped[str] = mapped_column(String(10), default="", server_default="")


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
        Index(
            "ix_leads_claim_order",
            text("score DESC"),
            "created_at",
            "id",
            postgresql_where=text(FRESH_SQL),
            sqlite_where=text(FRESH_SQL),
        ),
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
        # The lead table filters by rep, reports count inquiries of a period per campaign.
        Index("ix_leads_assigned_rep_id", "assigned_rep_id"),
        Index("ix_leads_inquired_at_campaign", "inquired_at", "campaign_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    # Surname and first initial, folded: the block in which fuzzy duplicate matching looks.
    person_key: Mapped[str] = mapped_column(String(120), default="", server_default="", index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    phone_raw: Mapped[str] = mapped_column(String(60), default="")
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    phone_extension: Mapped[str | None] = mapped_column(String(20))
    phone_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    email_raw: Mapped[str] = mapped_column(String(320), default="")
    email_normalized: Mapped[str | None] = mapped_column(String(320), index=True)
    email_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    website: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    region: Mapped[str | None] = mapped_column(String(10))  # ISO 3166-2 subdivision, no prefix
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str | None] = mapped_column(String(8))
    time_zones: Mapped[str] = mapped_column(String(1000), default="")
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


# --- calling and qualification -------------------------------------------------------------


class Script(Base):
    """A versioned BANT script; the definition is data (screens, questions, branching, rules)."""

    __tablename__ = "scripts"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    segment: Mapped[str | None] = mapped_column(String(20))
    definition: Mapped[dict[str, Any]]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class ScoringRulesVersion(Base):
    """One saved version of the scoring rules (the shipped file until the first save).
    A stored version never changes; the newest one scores every new and rescored lead."""

    __tablename__ = "scoring_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    definition: Mapped[dict[str, Any]]
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]


class CallAttempt(Base):
    """One claim of a lead by a rep and what came of it (an activity)."""

    __tablename__ = "call_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Generated by the workstation: a retried submit after a dropped connection is a no-op.
    request_id: Mapped[str] = mapped_column(String(36), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    disposition: Mapped[str] = mapped_column(String(30))  # no_answer, busy, contacted …
    outcome: Mapped[str] = mapped_column(String(30))  # retry, callback, sales_ready, nurture …
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    callback_at: Mapped[datetime | None]
    callback_rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recycle_on: Mapped[date | None] = mapped_column(Date)
    # "inbound" when the prospect called and the rep took the lead from a lookup.
    direction: Mapped[str] = mapped_column(
        String(10), default="outbound", server_default="outbound"
    )

    __table_args__ = (Index("ix_call_attempts_ended_at", "ended_at"),)


class ActivityDay(Base):
    """Call attempts summed per UTC day, rep and campaign (0 = none).

    Triggers on call_attempts keep it current (see migration 0006), so reports over millions
    of attempts read a few thousand rows; nothing in the application writes it directly.
    """

    __tablename__ = "activity_by_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    contacts: Mapped[int] = mapped_column(Integer, default=0)
    sales_ready: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[int] = mapped_column(BigInteger, default=0)


class Qualification(Base):
    """The BANT answers of one conversation, scored and graded with the script version used."""

    __tablename__ = "qualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_attempt_id: Mapped[int] = mapped_column(ForeignKey("call_attempts.id"), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id"))
    segment: Mapped[str] = mapped_column(String(20))
    budget_points: Mapped[int] = mapped_column(Integer, default=0)
    authority_points: Mapped[int] = mapped_column(Integer, default=0)
    need_points: Mapped[int] = mapped_column(Integer, default=0)
    timeline_points: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[str] = mapped_column(String(1))
    recommendation: Mapped[str] = mapped_column(String(30))
    decision: Mapped[str] = mapped_column(String(30))
    overrule_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class QualificationAnswer(Base):
    """One typed answer; exactly the value column that fits the question type is filled."""

    __tablename__ = "qualification_answers"
    __table_args__ = (UniqueConstraint("qualification_id", "question_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualifications.id"))
    question_key: Mapped[str] = mapped_column(String(80))
    question_type: Mapped[str] = mapped_column(String(20))
    dimension: Mapped[str | None] = mapped_column(String(1))  # B, A, N, T
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None]
    value_date: Mapped[date | None] = mapped_column(Date)
    value_bool: Mapped[bool | None] = mapped_column(Boolean)
    value_choices: Mapped[list[Any] | None]
    points: Mapped[int] = mapped_column(Integer, default=0)


class ContactCorrection(Base):
    """A phone or e-mail corrected on the call; the original value is kept."""

    __tablename__ = "contact_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str] = mapped_column(String(320))
    new_value: Mapped[str] = mapped_column(String(320))
    corrected_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    corrected_at: Mapped[datetime]


class DoNotCallEntry(Base):
    """A phone, e-mail or company that must never be called; stored as a hash so an erased
    person leaves nothing readable behind."""

    __tablename__ = "do_not_call"
    __table_args__ = (UniqueConstraint("kind", "value_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # phone / email
    value_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(40))  # internal / national registry name
    reason: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime]


class RegistrySnapshot(Base):
    """A national do-not-call registry load; must be fresher than 31 days."""

    __tablename__ = "dnc_registry_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    registry_name: Mapped[str] = mapped_column(String(40))
    taken_on: Mapped[date] = mapped_column(Date)
    loaded_at: Mapped[datetime]
    entries: Mapped[int] = mapped_column(Integer)


class RegistryNumber(Base):
    """A number on a national do-not-call registry, as the digits of its E.164 form; the
    claim looks leads' numbers up here by primary key."""

    __tablename__ = "dnc_registry_numbers"

    number: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    registry_name: Mapped[str] = mapped_column(String(40), primary_key=True)


# --- partners ------------------------------------------------------------------------------


class Partner(Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    tier: Mapped[str] = mapped_column(String(20), default="silver")
    countries: Mapped[list[Any]] = mapped_column(default=list)
    regions: Mapped[list[Any]] = mapped_column(default=list)  # "US-CA" style
    postal_prefixes: Mapped[list[Any]] = mapped_column(default=list)
    products: Mapped[list[Any]] = mapped_column(default=list)
    segments: Mapped[list[Any]] = mapped_column(default=list)
    capacity_open: Mapped[int | None] = mapped_column(Integer)
    capacity_week: Mapped[int | None] = mapped_column(Integer)
    sla_hours: Mapped[int] = mapped_column(Integer, default=48)
    channel_manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PartnerRep(Base):
    __tablename__ = "partner_reps"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Handoff(Base):
    """A sales-ready lead delivered to a partner, with its acceptance SLA and closed loop."""

    __tablename__ = "handoffs"
    __table_args__ = (
        Index("ix_handoffs_partner_status", "partner_id", "status"),
        Index("ix_handoffs_deadline", "deadline_at", postgresql_where=text("status = 'sent'")),
        Index("ix_handoffs_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(36), unique=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    partner_rep_id: Mapped[int | None] = mapped_column(ForeignKey("partner_reps.id"))
    qualification_id: Mapped[int | None] = mapped_column(ForeignKey("qualifications.id"))
    qualified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    routed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    grade: Mapped[str | None] = mapped_column(String(1))
    why: Mapped[str] = mapped_column(Text, default="")  # "why this partner", in plain words
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # pending → sent → accepted / rejected / expired → active → won / lost
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    deadline_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    rejected_at: Mapped[datetime | None]
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    sla_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    pipeline_value: Mapped[Decimal | None]
    won_revenue: Mapped[Decimal | None]
    closed_on: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    last_update_at: Mapped[datetime | None]
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[datetime | None]
    delivery_channel: Mapped[str | None] = mapped_column(String(20))  # smtp / outbox
    message_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    # No automatic delivery before this (an attempt whose outcome is unknown waits long).
    delivery_retry_at: Mapped[datetime | None]
    # Set when the mail server may have the message: a person decides whether to resend.
    delivery_flagged_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SweepLease(Base):
    """Held by the one workstation running a sweep; taken and judged by the database's time."""

    __tablename__ = "sweep_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(80))
    expires_at: Mapped[datetime]


class Publication(Base):
    """One weekly scorecard sent (or being sent) to one recipient: the unique key makes a
    week's publication happen once per recipient, whichever workstation publishes it."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("week", "recipient_kind", "recipient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(8))  # ISO week, 2026-W48
    recipient_kind: Mapped[str] = mapped_column(String(20))  # partner / channel_manager / ...
    recipient_id: Mapped[int] = mapped_column(Integer)  # 0 for the supervisors' summary
    recipient: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(1000), default="")
    message_id: Mapped[str] = mapped_column(String(200))
    # started (sending; outcome not known yet) / smtp / outbox
    channel: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class HandoffEvent(Base):
    """A status update on a handoff, from a partner-CRM export, the GUI or the SLA sweep."""

    __tablename__ = "handoff_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id"), index=True)
    at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(20))  # import / gui / sweep / delivery
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Same update imported twice is recognised by this key and ignored.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)


# --- audit ---------------------------------------------------------------------------------


class PersonKey(Base):
    """The key that seals a lead's personal values in audit rows; erasure deletes it, which
    leaves those values unreadable without editing the append-only log."""

    __tablename__ = "person_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(Integer, unique=True)
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Append-only: who did what, when, from what to what, and why. Triggers in the
    migration refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    reason: Mapped[str] = mapped_column(Text, default="")
