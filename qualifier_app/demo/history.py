"""Simulated past activity: attempts, outcomes, qualifications, handoffs, partner feedback.

Used by `qualifier demo --history DAYS`, so the reports show something true to life, and by
the report benchmark, which needs a million leads and millions of attempts: rows are built
as plain tuples and written in bulk (COPY on PostgreSQL), never as ORM objects.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.persistence import audit, bulk
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    CallAttempt,
    Campaign,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    PartnerRep,
    Qualification,
    Queue,
    Script,
    User,
)
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.settings import QueuePolicy

MAX_ATTEMPTS = 6
CHUNK = 20_000

ATTEMPT_COLUMNS = (
    "id",
    "request_id",
    "lead_id",
    "rep_id",
    "started_at",
    "ended_at",
    "disposition",
    "outcome",
    "reason",
    "notes",
    "callback_at",
    "callback_rep_id",
    "recycle_on",
)
QUALIFICATION_COLUMNS = (
    "id",
    "call_attempt_id",
    "lead_id",
    "script_id",
    "segment",
    "budget_points",
    "authority_points",
    "need_points",
    "timeline_points",
    "grade",
    "recommendation",
    "decision",
    "overrule_reason",
    "created_at",
)
HANDOFF_COLUMNS = (
    "id",
    "request_id",
    "lead_id",
    "partner_id",
    "partner_rep_id",
    "qualification_id",
    "qualified_by_id",
    "routed_by_id",
    "grade",
    "why",
    "override_reason",
    "status",
    "created_at",
    "sent_at",
    "deadline_at",
    "reminded_at",
    "accepted_at",
    "rejected_at",
    "reject_reason",
    "sla_breached",
    "pipeline_value",
    "won_revenue",
    "closed_on",
    "lost_reason",
    "last_update_at",
    "delivery_attempts",
    "delivered_at",
    "delivery_channel",
    "message_id",
    "version",
)
EVENT_COLUMNS = ("handoff_id", "at", "status", "origin", "note", "data")

NO_CONTACT = ("no_answer", "no_answer", "no_answer", "busy", "voicemail_left", "wrong_number")
DISQUALIFY_REASONS = ("student", "competitor", "no budget ever", "wrong data", "job seeker")
NURTURE_REASONS = ("timeline beyond 12 months", "budget next fiscal year", "still researching")
REJECT_REASONS = ("not our territory", "already a customer of ours", "too small for us")
LOST_REASONS = ("went with a competitor", "project cancelled", "price")


@dataclass(frozen=True)
class RepProfile:
    id: int
    skill: float  # multiplies the chance of reaching and qualifying a prospect


@dataclass(frozen=True)
class PartnerProfile:
    id: int
    countries: frozenset[str]
    segments: frozenset[str]
    sla_hours: int
    rep_ids: tuple[int, ...]
    reports: float  # chance that it reports on an accepted lead at all
    wins: float


@dataclass
class HistoryCounts:
    leads: int = 0
    attempts: int = 0
    qualifications: int = 0
    handoffs: int = 0
    won: int = 0
    revenue: Decimal = field(default_factory=lambda: Decimal(0))


@dataclass
class _Ids:
    attempt: int
    qualification: int
    handoff: int


@dataclass
class _Rows:
    attempts: list[tuple[Any, ...]] = field(default_factory=list)
    qualifications: list[tuple[Any, ...]] = field(default_factory=list)
    handoffs: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)


class HistorySimulator:
    """Plays each lead's life from its inquiry up to now, with a seeded random generator."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        reps: Sequence[RepProfile],
        partners: Sequence[PartnerProfile],
        script_id: int | None,
        contact_rate: float = 0.32,
    ) -> None:
        if not reps:
            raise ValueError("history needs at least one rep")
        self.rng = rng
        self.now = now
        self.reps = list(reps)
        self.partners = list(partners)
        self.script_id = script_id
        self.contact_rate = contact_rate
        self.counts = HistoryCounts()

    def play(self, leads: list[dict[str, Any]], ids: _Ids) -> _Rows:
        """Fill in each lead's final state (in place) and return the rows of its history."""
        rows = _Rows()
        for lead in leads:
            self._play_lead(lead, ids, rows)
        self.counts.leads += len(leads)
        return rows

    def _play_lead(self, lead: dict[str, Any], ids: _Ids, rows: _Rows) -> None:  # noqa: PLR0912, PLR0915 - one lead's story
        rng, now = self.rng, self.now
        when = lead["inquired_at"] + timedelta(hours=rng.uniform(0.5, 48))
        attempts = 0
        enterprise = lead.get("segment") == "enterprise"
        while attempts < MAX_ATTEMPTS:
            if when >= now:
                lead["next_call_at"] = when
                return
            rep = self.rngchoice(self.reps)
            attempts += 1
            attempt_id = ids.attempt
            ids.attempt += 1
            lead["attempts"] = attempts
            lead["last_attempt_at"] = when
            lead["updated_at"] = when
            if rng.random() >= self.contact_rate * rep.skill:
                ended = when + timedelta(seconds=rng.randint(20, 90))
                last = attempts >= MAX_ATTEMPTS
                rows.attempts.append(
                    _attempt(
                        attempt_id,
                        lead["id"],
                        rep.id,
                        when,
                        ended,
                        self.rngchoice(NO_CONTACT),
                        "nurture" if last else "retry",
                    )
                )
                if last:
                    lead["status"] = "nurture"
                    lead["status_reason"] = f"no contact after {MAX_ATTEMPTS} attempts"
                    lead["recycle_on"] = (ended + timedelta(days=90)).date()
                    return
                when = ended + timedelta(hours=rng.uniform(3, 60))
                continue
            ended = when + timedelta(seconds=rng.randint(180, 1200))
            roll = rng.random() / rep.skill
            ready_share = 0.26 if enterprise else 0.17
            if roll < ready_share:
                outcome = "sales_ready"
            elif roll < ready_share + 0.16:
                outcome = "callback"
            elif roll < ready_share + 0.52:
                outcome = "nurture"
            else:
                outcome = "disqualified"
            if outcome == "callback":
                callback_at = ended + timedelta(days=rng.uniform(0.5, 6))
                me_only = rng.random() < 0.5
                rows.attempts.append(
                    _attempt(
                        attempt_id,
                        lead["id"],
                        rep.id,
                        when,
                        ended,
                        "contacted",
                        "callback",
                        callback_at=callback_at,
                        callback_rep_id=rep.id if me_only else None,
                    )
                )
                lead["status"] = "callback"
                lead["next_call_at"] = callback_at
                lead["assigned_rep_id"] = rep.id if me_only else None
                when = callback_at
                continue
            lead["next_call_at"] = None
            lead["assigned_rep_id"] = None
            reason = ""
            recycle = None
            if outcome == "nurture":
                reason = self.rngchoice(NURTURE_REASONS)
                recycle = (ended + timedelta(days=rng.randint(60, 180))).date()
                lead["recycle_on"] = recycle
            elif outcome == "disqualified":
                reason = self.rngchoice(DISQUALIFY_REASONS)
            rows.attempts.append(
                _attempt(
                    attempt_id,
                    lead["id"],
                    rep.id,
                    when,
                    ended,
                    "contacted",
                    outcome,
                    reason=reason,
                    recycle_on=recycle,
                )
            )
            grade = {"sales_ready": "A" if rng.random() < 0.4 else "B", "nurture": "C"}.get(
                outcome, "D"
            )
            lead["grade"] = grade
            lead["status_reason"] = reason
            qualification_id = self._qualify(lead, attempt_id, outcome, grade, ended, ids, rows)
            if outcome != "sales_ready":
                lead["status"] = outcome
                return
            lead["status"] = "sales_ready"
            if self._hand_off(lead, rep, qualification_id, grade, ended, ids, rows):
                lead["status"] = "handed_off"
            return

    def rngchoice(self, items: Sequence[Any]) -> Any:
        return items[int(self.rng.random() * len(items))]

    def _qualify(
        self,
        lead: dict[str, Any],
        attempt_id: int,
        outcome: str,
        grade: str,
        at: datetime,
        ids: _Ids,
        rows: _Rows,
    ) -> int | None:
        if self.script_id is None:
            return None
        rng = self.rng
        base = {"A": 22, "B": 16, "C": 9, "D": 3}[grade]
        qualification_id = ids.qualification
        ids.qualification += 1
        rows.qualifications.append(
            (
                qualification_id,
                attempt_id,
                lead["id"],
                self.script_id,
                lead.get("segment") or "smb",
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                grade,
                outcome,
                outcome,
                "",
                at,
            )
        )
        self.counts.qualifications += 1
        return qualification_id

    def _hand_off(  # noqa: PLR0912, PLR0915 - one handoff's story
        self,
        lead: dict[str, Any],
        rep: RepProfile,
        qualification_id: int | None,
        grade: str,
        qualified_at: datetime,
        ids: _Ids,
        rows: _Rows,
    ) -> bool:
        rng, now = self.rng, self.now
        segment = lead.get("segment") or "smb"
        eligible = [
            p for p in self.partners if lead.get("country") in p.countries and segment in p.segments
        ]
        if not eligible:
            return False
        partner = self.rngchoice(eligible)
        handoff_id = ids.handoff
        ids.handoff += 1
        created = qualified_at + timedelta(minutes=rng.uniform(2, 30))
        if created >= now:
            created = qualified_at
        sent = created + timedelta(minutes=1)
        deadline = sent + timedelta(hours=partner.sla_hours)
        status = "sent"
        accepted_at = rejected_at = closed_on = last_update = None
        reject_reason = lost_reason = ""
        breached = False
        pipeline: Decimal | None = None
        revenue: Decimal | None = None
        events: list[tuple[Any, ...]] = [(handoff_id, sent, "sent", "delivery", "", {})]
        roll = rng.random()
        if roll < 0.72:
            accepted_at = sent + timedelta(hours=rng.uniform(0.3, partner.sla_hours * 1.3))
            if accepted_at <= now:
                status = "accepted"
                breached = accepted_at > deadline
                last_update = accepted_at
                events.append((handoff_id, accepted_at, "accepted", "import", "", {}))
            else:
                accepted_at = None
        elif roll < 0.86:
            rejected_at = sent + timedelta(hours=rng.uniform(0.5, partner.sla_hours))
            if rejected_at <= now:
                status = "rejected"
                reject_reason = self.rngchoice(REJECT_REASONS)
                last_update = rejected_at
                events.append((handoff_id, rejected_at, "rejected", "import", reject_reason, {}))
            else:
                rejected_at = None
        elif deadline <= now:
            status = "expired"
            breached = True
            events.append((handoff_id, deadline, "expired", "sweep", "SLA ran out", {}))
        if status == "accepted" and accepted_at is not None:
            last_update = None  # accepted, then the partner may never report again
            if rng.random() < partner.reports:
                size = 15_000 if segment == "enterprise" else 2_500
                pipeline = Decimal(int(size * rng.uniform(0.3, 3.0)))
                active_at = accepted_at + timedelta(days=rng.uniform(1, 10))
                if active_at <= now:
                    status = "active"
                    last_update = active_at
                    events.append(
                        (handoff_id, active_at, "active", "import", "", {"pipeline": str(pipeline)})
                    )
                    closed_at = active_at + timedelta(days=rng.uniform(10, 80))
                    if closed_at <= now:
                        if rng.random() < partner.wins * (1.3 if grade == "A" else 1.0):
                            status = "won"
                            revenue = (
                                pipeline * Decimal(str(round(rng.uniform(0.7, 1.15), 2)))
                            ).quantize(Decimal("0.01"))
                            self.counts.won += 1
                            self.counts.revenue += revenue
                        elif rng.random() < 0.6:
                            status = "lost"
                            lost_reason = self.rngchoice(LOST_REASONS)
                        if status in ("won", "lost"):
                            closed_on = closed_at.date()
                            last_update = closed_at
                            events.append(
                                (handoff_id, closed_at, status, "import", lost_reason, {})
                            )
        rows.handoffs.append(
            (
                handoff_id,
                f"history-{handoff_id}",
                lead["id"],
                partner.id,
                self.rngchoice(partner.rep_ids) if partner.rep_ids else None,
                qualification_id,
                rep.id,
                None,
                grade,
                "covers the lead's country and segment (simulated history)",
                "",
                status,
                created,
                sent,
                deadline,
                None,
                accepted_at,
                rejected_at,
                reject_reason,
                breached,
                pipeline,
                revenue,
                closed_on,
                lost_reason,
                last_update,
                1,
                sent,
                "outbox",
                f"<history-{handoff_id}@qualifier.invalid>",
                1,
            )
        )
        rows.events.extend(events)
        self.counts.handoffs += 1
        return True


def _attempt(
    attempt_id: int,
    lead_id: int,
    rep_id: int,
    started: datetime,
    ended: datetime,
    disposition: str,
    outcome: str,
    *,
    reason: str = "",
    callback_at: datetime | None = None,
    callback_rep_id: int | None = None,
    recycle_on: Any = None,
) -> tuple[Any, ...]:
    return (
        attempt_id,
        f"history-{attempt_id}",
        lead_id,
        rep_id,
        started,
        ended,
        disposition,
        outcome,
        reason,
        "",
        callback_at,
        callback_rep_id,
        recycle_on,
    )


# --- loading the cast and writing the rows -------------------------------------------------


def cast_of(session: Session, rng: random.Random) -> tuple[list[RepProfile], list[PartnerProfile]]:
    reps = [
        RepProfile(rep_id, round(rng.uniform(0.7, 1.3), 2))
        for rep_id in session.execute(
            select(User.id).where(User.role == "rep", User.active.is_(True)).order_by(User.id)
        ).scalars()
    ]
    partner_reps: dict[int, list[int]] = {}
    for rep_id, partner_id in session.execute(select(PartnerRep.id, PartnerRep.partner_id)).all():
        partner_reps.setdefault(partner_id, []).append(rep_id)
    partners = [
        PartnerProfile(
            id=partner.id,
            countries=frozenset(partner.countries),
            segments=frozenset(partner.segments),
            sla_hours=partner.sla_hours,
            rep_ids=tuple(partner_reps.get(partner.id, [])),
            reports=round(rng.uniform(0.55, 0.97), 2),
            wins=round(rng.uniform(0.3, 0.6), 2),
        )
        for partner in session.execute(
            select(Partner).where(Partner.active.is_(True)).order_by(Partner.id)
        ).scalars()
    ]
    return reps, partners


def first_ids(session: Session) -> _Ids:
    return _Ids(
        attempt=bulk.next_id(session, CallAttempt.__table__),  # type: ignore[arg-type]
        qualification=bulk.next_id(session, Qualification.__table__),  # type: ignore[arg-type]
        handoff=bulk.next_id(session, Handoff.__table__),  # type: ignore[arg-type]
    )


def write_history(session: Session, rows: _Rows) -> None:
    """Attempts, then qualifications, handoffs and their events (foreign keys in order)."""
    bulk.write_rows(session, CallAttempt.__table__, ATTEMPT_COLUMNS, rows.attempts)  # type: ignore[arg-type]
    bulk.write_rows(
        session,
        Qualification.__table__,  # type: ignore[arg-type]
        QUALIFICATION_COLUMNS,
        rows.qualifications,
    )
    bulk.write_rows(session, Handoff.__table__, HANDOFF_COLUMNS, rows.handoffs)  # type: ignore[arg-type]
    bulk.write_rows(session, HandoffEvent.__table__, EVENT_COLUMNS, rows.events)  # type: ignore[arg-type]


def finish(session: Session) -> None:
    for table in (Lead, CallAttempt, Qualification, Handoff):
        bulk.reset_sequence(session, table.__table__)  # type: ignore[arg-type]
    if session.connection().dialect.name == "postgresql":
        session.execute(text("ANALYZE"))


def active_script_id(session: Session) -> int | None:
    return session.execute(
        select(Script.id).where(Script.active.is_(True)).order_by(Script.id).limit(1)
    ).scalar()


# --- many leads, fast (the benchmark's million) --------------------------------------------

LEAD_COLUMNS = (
    "id",
    "company",
    "company_key",
    "first_name",
    "last_name",
    "title",
    "phone_raw",
    "phone_e164",
    "phone_valid",
    "email_raw",
    "email_normalized",
    "email_valid",
    "website",
    "country",
    "region",
    "city",
    "postal_code",
    "time_zones",
    "calling_profile_id",
    "employees",
    "industry",
    "product_interest",
    "inquiry",
    "source",
    "campaign_id",
    "field_sources",
    "score",
    "segment",
    "grade",
    "status",
    "queue_id",
    "assigned_rep_id",
    "attempts",
    "next_call_at",
    "last_attempt_at",
    "touches",
    "consent",
    "consent_source",
    "recycle_on",
    "status_reason",
    "inquired_at",
    "created_at",
    "updated_at",
    "version",
)
_PLACES = (
    ("US", "NY", "+1212555"),
    ("US", "CA", "+1415555"),
    ("US", "TX", "+1512555"),
    ("US", "IL", "+1312555"),
    ("CA", "ON", "+1416555"),
    ("GB", None, "+44207946"),
    ("DE", None, "+49301234"),
    ("FR", None, "+33142345"),
    ("AU", "NSW", "+61291234"),
    ("BR", None, "+55113456"),
)
_WORDS = ("Acme", "Northwind", "Globex", "Initech", "Summit", "Redwood", "Lakeside", "Crescent")
_KINDS = ("Health", "Bank", "Logistics", "Systems", "Retail", "Energy", "Media", "Labs")


class BulkHistory:
    """Adds `leads` synthetic leads with their simulated history to a demo database."""

    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy

    def add(
        self,
        leads: int,
        days: int,
        seed: int | None = None,
        contact_rate: float = 0.32,
        progress: Any = None,
    ) -> HistoryCounts:
        rng = random.Random(seed)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            reps, partners = cast_of(session, rng)
            campaigns = list(session.execute(select(Campaign.id, Campaign.channel)).all())
            queues = list(session.execute(select(Queue.id).order_by(Queue.id)).scalars())
            if not campaigns or not queues or not reps:
                raise ValueError("load the demo first: history needs reps, campaigns and queues")
            places = [
                (
                    country,
                    region,
                    prefix,
                    *profile_for_lead(session, self._policy, f"{prefix}0000", country, region),
                )
                for country, region, prefix in _PLACES
            ]
            simulator = HistorySimulator(
                rng, now, reps, partners, active_script_id(session), contact_rate
            )
            ids = first_ids(session)
            next_lead = bulk.next_id(session, Lead.__table__)  # type: ignore[arg-type]
            done = 0
            for chunk in _chunks(leads, CHUNK):
                batch = [
                    _synthetic_lead(rng, next_lead + done + i, now, days, places, campaigns, queues)
                    for i in range(chunk)
                ]
                rows = simulator.play(batch, ids)
                bulk.write_rows(
                    session,
                    Lead.__table__,  # type: ignore[arg-type]
                    LEAD_COLUMNS,
                    (tuple(lead[c] for c in LEAD_COLUMNS) for lead in batch),
                )
                write_history(session, rows)
                simulator.counts.attempts += len(rows.attempts)
                done += chunk
                if progress is not None:
                    progress(done, simulator.counts.attempts)
            finish(session)
            audit.record(
                session,
                at=now,
                actor_id=None,
                action="demo.history_added",
                entity_type="database",
                entity_id="demo",
                after={"leads": leads, "days": days, "attempts": simulator.counts.attempts},
            )
            uow.commit()
        return simulator.counts


def _chunks(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def _synthetic_lead(
    rng: random.Random,
    lead_id: int,
    now: datetime,
    days: int,
    places: list[tuple[Any, ...]],
    campaigns: list[Any],
    queues: list[int],
) -> dict[str, Any]:
    country, region, prefix, zones, profile_id = places[int(rng.random() * len(places))]
    campaign_id, channel = campaigns[int(rng.random() * len(campaigns))]
    company = f"{_WORDS[lead_id % len(_WORDS)]} {_KINDS[(lead_id // 8) % len(_KINDS)]} {lead_id}"
    inquired = now - timedelta(seconds=rng.random() * days * 86_400)
    enterprise = rng.random() < 0.3
    number = f"{prefix}{lead_id % 10_000:04d}"
    email = f"contact{lead_id}@example.com"
    return {
        "id": lead_id,
        "company": company,
        "company_key": company.lower(),
        "first_name": "Pat",
        "last_name": f"Prospect {lead_id}",
        "title": "IT Manager",
        "phone_raw": number,
        "phone_e164": number,
        "phone_valid": True,
        "email_raw": email,
        "email_normalized": email,
        "email_valid": True,
        "website": "",
        "country": country,
        "region": region,
        "city": "",
        "postal_code": "",
        "time_zones": zones,
        "calling_profile_id": profile_id,
        "employees": 1500 if enterprise else 80,
        "industry": "technology",
        "product_interest": "Contact center",
        "inquiry": "",
        "source": channel,
        "campaign_id": campaign_id,
        "field_sources": {},
        "score": int(rng.random() * 100),
        "segment": "enterprise" if enterprise else "smb",
        "grade": None,
        "status": "queued",
        "queue_id": queues[int(rng.random() * len(queues))],
        "assigned_rep_id": None,
        "attempts": 0,
        "next_call_at": None,
        "last_attempt_at": None,
        "touches": 1,
        "consent": "unknown",
        "consent_source": channel,
        "recycle_on": None,
        "status_reason": "",
        "inquired_at": inquired,
        "created_at": inquired,
        "updated_at": inquired,
        "version": 1,
    }
