"""Routing sales-ready leads to partners: propose, route (with an audited override), and
route every lead still waiting. The policy itself is domain/partner_matching.py."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import DECLINED, OPEN, HandoffOutcome, HandoffStatus, track_of
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, NothingEligible
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.partner_matching import (
    WEEK_DAYS,
    Directory,
    LeadFacts,
    Match,
    PartnerEntry,
    PartnerLoad,
    PriorHandoff,
    Ranked,
    RoutingPolicy,
    Track,
    load_reasons,
    match,
    normalize_word,
    screen,
)
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    CallAttempt,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    PartnerRep,
    Qualification,
)
from qualifier_app.services.partners import handoff_queries
from qualifier_app.services.partners.delivery import DeliveryService
from qualifier_app.services.partners.dto import (
    HandoffSummary,
    PartnerChoice,
    PartnerExclusion,
    RoutedLead,
    RoutePendingResult,
    RoutingProposal,
)

# How long a partner's measured track record is reused before it is measured again.
TRACK_TTL = timedelta(minutes=5)
# How often a route chooses again when its partner filled up meanwhile.
CAPACITY_RETRIES = 5
REQUEST_NAMESPACE = uuid.UUID("4f0e7c5e-5c1b-4e0b-9a54-6f7d7e0c2b11")


def derived_request_id(text: str) -> str:
    """A request id that is the same every time for the same cause (a re-route after one
    particular expiry), so retrying the cause never creates a second handoff."""
    return str(uuid.uuid5(REQUEST_NAMESPACE, text))


def facts_of(lead: Lead) -> LeadFacts:
    region = (lead.region or "").split("-")[-1] or None
    return LeadFacts(
        lead_id=lead.id,
        country=lead.country,
        region=region,
        postal_code=lead.postal_code,
        product=lead.product_interest,
        segment=lead.segment,
        company=lead.company,
    )


def _choice(ranked: Ranked) -> PartnerChoice:
    return PartnerChoice(
        partner_id=ranked.partner_id,
        name=ranked.name,
        rank=ranked.rank,
        why=ranked.why,
        where=ranked.where,
        weight=round(ranked.weight, 3),
        received=ranked.received,
        fair_share=round(ranked.fair_share, 2),
        preferred=ranked.preferred,
    )


def _no_partner(result: Match) -> str:
    # Partners that cover the lead's geography say the most about what is missing.
    telling = sorted(result.excluded, key=lambda e: any("cover" in r for r in e.reasons))
    parts = [e.text() for e in telling[:3]]
    if len(telling) > 3:
        parts.append(f"and {len(telling) - 3} more")
    parts.extend(result.notes)
    if not parts:
        return "no partner is eligible for this lead: the partner directory is empty"
    return "no partner is eligible for this lead: " + "; ".join(parts)


class RoutingService:
    def __init__(
        self, db: Database, clock: Clock, policy: RoutingPolicy, delivery: DeliveryService
    ) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy
        self._delivery = delivery
        self._directory_lock = threading.Lock()
        self._directory_key: tuple[int, int, int] | None = None
        self._directory = Directory(())
        self._tracks_lock = threading.Lock()
        self._track_cache: dict[int, tuple[datetime, Track]] = {}

    @property
    def policy(self) -> RoutingPolicy:
        return self._policy

    # --- the two entry points of the rep workspace --------------------------------------

    def propose(self, actor: Actor, lead_id: int) -> RoutingProposal:
        """The proposed partner for a lead, why, and the ranked alternatives."""
        require(actor, Action.ROUTE_LEADS)
        now = self._clock.now()
        with self._db.unit_of_work(write=False) as uow:
            lead = uow.session.get(Lead, lead_id)
            if lead is None:
                raise NotFound(f"there is no lead {lead_id}")
            result = self._match(uow.session, lead, now)
            company, status = lead.company, lead.status
        choices = [_choice(r) for r in result.ranked]
        notes = list(result.notes) if choices else [_no_partner(result)]
        return RoutingProposal(
            lead_id=lead_id,
            company=company,
            lead_status=status,
            proposed=choices[0] if choices else None,
            alternatives=tuple(choices[1:]),
            excluded=tuple(
                PartnerExclusion(e.partner_id, e.name, e.reasons) for e in result.excluded
            ),
            notes=tuple(notes),
        )

    def route(
        self,
        actor: Actor,
        lead_id: int,
        partner_id: int | None = None,
        override_reason: str = "",
        request_id: str | None = None,
        *,
        why_prefix: str = "",
    ) -> HandoffSummary:
        """Hand a sales-ready lead to the proposed partner, or to `partner_id` with a reason,
        and deliver the package. The same request id twice gives the same one handoff."""
        require(actor, Action.ROUTE_LEADS)
        request_id = (request_id or str(uuid.uuid4())).strip()
        if not request_id or len(request_id) > 36:
            raise InvalidInput("the request id must be 1 to 36 characters", "request_id")
        now = self._clock.now()
        try:
            with self._db.unit_of_work() as uow:
                session = uow.session
                existing = self._by_request(session, request_id, lead_id)
                if existing is not None:
                    return existing
                lead = session.get(Lead, lead_id)
                if lead is None:
                    raise NotFound(f"there is no lead {lead_id}")
                self._check_routable(session, lead)
                result = self._match(session, lead, now)
                chosen, reason = self._choose(result, partner_id, override_reason)
                chosen, result, reason = self._hold_place(
                    session, lead, now, (chosen, result, reason), partner_id, override_reason
                )
                handoff_id = self._create(
                    session, lead, chosen, result, actor, request_id, reason, why_prefix, now
                )
                try:
                    session.flush()
                except StaleDataError:
                    raise Conflict(
                        f"lead {lead_id} was changed by someone else meanwhile; nothing was routed"
                    ) from None
                uow.commit()
        except IntegrityError:
            # The same request arrived twice at once; the first one made the handoff.
            with self._db.unit_of_work(write=False) as uow:
                existing = self._by_request(uow.session, request_id, lead_id)
            if existing is None:
                raise
            return existing
        self._delivery.deliver(handoff_id)
        with self._db.unit_of_work(write=False) as uow:
            return handoff_queries.summary(uow.session, handoff_id)

    def route_pending(self, actor: Actor, dry_run: bool = False) -> RoutePendingResult:
        """Route every sales-ready lead still waiting, best score first; the directory and
        the partners' records are read once, and the rotation moves on as leads are placed."""
        require(actor, Action.ROUTE_LEADS)
        now = self._clock.now()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            lead_ids = list(
                session.execute(
                    select(Lead.id)
                    .where(Lead.status == LeadStatus.SALES_READY.value)
                    .order_by(Lead.score.desc(), Lead.updated_at, Lead.id)
                ).scalars()
            )
            entries = self._entries(session)
            all_ids = [e.partner_id for e in entries.entries]
            loads = self._loads(session, all_ids, now)
            tracks = self._tracks(session, all_ids, now)
        routed: list[RoutedLead] = []
        waiting: list[RoutedLead] = []
        created: list[int] = []
        for lead_id in lead_ids:
            with self._db.unit_of_work(write=not dry_run) as uow:
                session = uow.session
                lead = session.get(Lead, lead_id)
                if lead is None or lead.status != LeadStatus.SALES_READY.value:
                    continue
                facts = facts_of(lead)
                result = match(
                    facts,
                    screen(facts, entries),
                    loads,
                    tracks,
                    self._declined(session, lead_id),
                    self._prior(session, lead, now),
                    self._policy,
                )
                best = result.best
                if best is None:
                    waiting.append(
                        RoutedLead(lead_id, lead.company, None, None, None, _no_partner(result))
                    )
                    continue
                handoff_id = None
                if not dry_run:
                    try:
                        best, result, _ = self._hold_place(
                            session, lead, now, (best, result, ""), None, ""
                        )
                    except (NothingEligible, Conflict) as exc:
                        # Another workstation filled the partners meanwhile.
                        waiting.append(
                            RoutedLead(lead_id, lead.company, None, None, None, str(exc))
                        )
                        continue
                    handoff_id = self._create(
                        session,
                        lead,
                        best,
                        result,
                        actor,
                        str(uuid.uuid4()),
                        "",
                        "",
                        now,
                    )
                    try:
                        session.flush()
                    except StaleDataError:
                        continue  # somebody routed it meanwhile
                    uow.commit()
                    created.append(handoff_id)
                loads[best.partner_id] = loads.get(best.partner_id, PartnerLoad()).plus_one()
                routed.append(
                    RoutedLead(
                        lead_id, lead.company, best.partner_id, best.name, handoff_id, best.why
                    )
                )
        delivered = failed = 0
        for handoff_id in created:
            outcome = self._delivery.deliver(handoff_id)
            if outcome.delivered:
                delivered += 1
            else:
                failed += 1
        return RoutePendingResult(dry_run, tuple(routed), tuple(waiting), delivered, failed)

    # --- building blocks ---------------------------------------------------------------------

    def _by_request(self, session: Session, request_id: str, lead_id: int) -> HandoffSummary | None:
        found = handoff_queries.summaries(session, Handoff.request_id == request_id)
        if not found:
            return None
        if found[0].lead_id != lead_id:
            raise Conflict(f"request {request_id} was used for another lead")
        return found[0]

    def _check_routable(self, session: Session, lead: Lead) -> None:
        if lead.status == LeadStatus.SALES_READY.value:
            return
        if lead.status == LeadStatus.HANDED_OFF.value:
            current = session.execute(
                select(Partner.name, Handoff.status)
                .join(Partner, Partner.id == Handoff.partner_id)
                .where(Handoff.lead_id == lead.id)
                .order_by(Handoff.id.desc())
                .limit(1)
            ).first()
            where = f" to {current[0]} ({current[1]})" if current else ""
            raise Conflict(f"lead {lead.id} is handed off already{where}")
        raise Conflict(
            f"lead {lead.id} is {LeadStatus(lead.status).label}; only sales-ready leads are routed"
        )

    def _choose(
        self, result: Match, partner_id: int | None, override_reason: str
    ) -> tuple[Ranked, str]:
        best = result.best
        if best is None:
            raise NothingEligible(_no_partner(result))
        if partner_id is None or partner_id == best.partner_id:
            return best, ""
        chosen = result.get(partner_id)
        if chosen is None:
            excluded = result.exclusion(partner_id)
            if excluded is None:
                raise InvalidInput(f"there is no partner {partner_id}", "partner")
            raise InvalidInput(
                f"{excluded.name} cannot take this lead: {'; '.join(excluded.reasons)}", "partner"
            )
        reason = " ".join(override_reason.split())
        if not reason:
            raise InvalidInput(
                f"say why {chosen.name} instead of the proposed {best.name}", "override_reason"
            )
        return chosen, reason

    def _hold_place(
        self,
        session: Session,
        lead: Lead,
        now: datetime,
        choice: tuple[Ranked, Match, str],
        partner_id: int | None,
        override_reason: str,
    ) -> tuple[Ranked, Match, str]:
        """Lock the chosen partner's row until commit, then count its load again: two
        workstations routing at once must not both take a partner's last place. The lock
        waits for the other's commit, and PostgreSQL's statements then see it. SQLite needs
        none of this: its write transaction began with BEGIN IMMEDIATE, so the counts of
        the match were already exact."""
        if self._db.is_sqlite:
            return choice
        for _ in range(CAPACITY_RETRIES):
            chosen = choice[0]
            # In a savepoint, so that the lock of a partner found full is let go at once:
            # at most one partner is locked at a time, and two routings cannot deadlock.
            hold = session.begin_nested()
            session.execute(
                select(Partner.id).where(Partner.id == chosen.partner_id).with_for_update()
            )
            entry = self._entries(session).get(chosen.partner_id)
            load = self._loads(session, [chosen.partner_id], now)[chosen.partner_id]
            if entry is not None and not load_reasons(entry, load, None):
                hold.commit()
                return choice
            hold.rollback()
            result = self._match(session, lead, now)
            chosen, reason = self._choose(result, partner_id, override_reason)
            choice = (chosen, result, reason)
        raise Conflict("partners kept filling up while this lead was routed; route it again")

    def _create(
        self,
        session: Session,
        lead: Lead,
        chosen: Ranked,
        result: Match,
        actor: Actor,
        request_id: str,
        override_reason: str,
        why_prefix: str,
        now: datetime,
    ) -> int:
        best = result.best
        assert best is not None
        rep_id = self._pick_rep(session, chosen.partner_id)
        qualification = session.execute(
            select(Qualification.id, Qualification.grade, CallAttempt.rep_id)
            .join(CallAttempt, CallAttempt.id == Qualification.call_attempt_id)
            .where(Qualification.lead_id == lead.id)
            .order_by(Qualification.created_at.desc(), Qualification.id.desc())
            .limit(1)
        ).first()
        why = chosen.why
        if override_reason:
            why = (
                f"Chosen by {actor.display_name} instead of the proposed {best.name}: "
                f"{override_reason}. {why}"
            )
        why = why_prefix + why
        check_move(LeadStatus(lead.status), LeadStatus.HANDED_OFF)
        before = {"status": lead.status}
        lead.status = LeadStatus.HANDED_OFF.value
        lead.status_reason = f"handed to {chosen.name}"
        lead.updated_at = now
        handoff = Handoff(
            request_id=request_id,
            lead_id=lead.id,
            partner_id=chosen.partner_id,
            partner_rep_id=rep_id,
            qualification_id=qualification[0] if qualification else None,
            qualified_by_id=qualification[2] if qualification else None,
            routed_by_id=actor.audit_id,
            grade=(qualification[1] if qualification else None) or lead.grade,
            why=why,
            override_reason=override_reason,
            status=HandoffStatus.PENDING.value,
            created_at=now,
        )
        session.add(handoff)
        session.flush()
        session.add(
            HandoffEvent(
                handoff_id=handoff.id,
                at=now,
                status=HandoffStatus.PENDING.value,
                origin="routing",
                note=why[:2000],
            )
        )
        audit.record(
            session,
            at=now,
            actor_id=actor.audit_id,
            action="lead.handed_off",
            entity_type="lead",
            entity_id=lead.id,
            before=before,
            after={"status": lead.status, "handoff_id": handoff.id},
        )
        audit.record(
            session,
            at=now,
            actor_id=actor.audit_id,
            action="handoff.created",
            entity_type="handoff",
            entity_id=handoff.id,
            after={
                "lead_id": lead.id,
                "partner_id": chosen.partner_id,
                "partner_rep_id": rep_id,
                "request_id": request_id,
                "why": why,
            },
        )
        if override_reason:
            audit.record(
                session,
                at=now,
                actor_id=actor.audit_id,
                action="handoff.override",
                entity_type="handoff",
                entity_id=handoff.id,
                before={"proposed_partner_id": best.partner_id, "proposed": best.name},
                after={"partner_id": chosen.partner_id, "partner": chosen.name},
                reason=override_reason,
            )
        return handoff.id

    def _pick_rep(self, session: Session, partner_id: int) -> int | None:
        """The partner's active rep with the fewest open handoffs."""
        open_values = [s.value for s in OPEN]
        open_count = (
            select(func.count(Handoff.id))
            .where(
                Handoff.partner_id == partner_id,
                Handoff.status.in_(open_values),
                Handoff.partner_rep_id == PartnerRep.id,
            )
            .correlate(PartnerRep)
            .scalar_subquery()
        )
        return session.execute(
            select(PartnerRep.id)
            .where(
                PartnerRep.partner_id == partner_id,
                PartnerRep.active.is_(True),
                PartnerRep.email != "",
            )
            .order_by(open_count, PartnerRep.id)
            .limit(1)
        ).scalar()

    def _match(self, session: Session, lead: Lead, now: datetime) -> Match:
        facts = facts_of(lead)
        screened = screen(facts, self._entries(session))
        ids = [c.entry.partner_id for c in screened.covered]
        return match(
            facts,
            screened,
            self._loads(session, ids, now),
            self._tracks(session, ids, now),
            self._declined(session, lead.id),
            self._prior(session, lead, now),
            self._policy,
        )

    def _entries(self, session: Session) -> Directory:
        """The directory, cached until any partner changes (every change moves a version)."""
        count, versions, top = session.execute(
            select(
                func.count(Partner.id),
                func.coalesce(func.sum(Partner.version), 0),
                func.coalesce(func.max(Partner.id), 0),
            )
        ).one()
        key = (int(count), int(versions), int(top))
        with self._directory_lock:
            if key == self._directory_key:
                return self._directory
        rows = session.execute(
            select(
                Partner.id,
                Partner.name,
                Partner.active,
                Partner.countries,
                Partner.regions,
                Partner.postal_prefixes,
                Partner.products,
                Partner.segments,
                Partner.capacity_open,
                Partner.capacity_week,
                Partner.sla_hours,
            ).order_by(Partner.id)
        ).all()
        entries = Directory(
            PartnerEntry(
                partner_id=row.id,
                name=row.name,
                active=row.active,
                countries=frozenset(str(c).upper() for c in row.countries),
                regions=frozenset(str(r).upper() for r in row.regions),
                postal_prefixes=tuple(str(p) for p in row.postal_prefixes),
                products=frozenset(normalize_word(str(p)) for p in row.products),
                segments=frozenset(normalize_word(str(s)) for s in row.segments),
                capacity_open=row.capacity_open,
                capacity_week=row.capacity_week,
                sla_hours=row.sla_hours,
            )
            for row in rows
        )
        with self._directory_lock:
            self._directory_key, self._directory = key, entries
        return entries

    def _loads(
        self, session: Session, partner_ids: Sequence[int], now: datetime
    ) -> dict[int, PartnerLoad]:
        if not partner_ids:
            return {}
        open_values = [s.value for s in OPEN]
        week_start = now - timedelta(days=WEEK_DAYS)
        rotation_start = now - timedelta(days=self._policy.rotation_days)
        is_open = Handoff.status.in_(open_values)
        counts = {
            pid: (int(o or 0), int(w or 0), int(r or 0))
            for pid, o, w, r in session.execute(
                select(
                    Handoff.partner_id,
                    func.sum(case((is_open, 1), else_=0)),
                    func.sum(case((Handoff.created_at >= week_start, 1), else_=0)),
                    func.sum(case((Handoff.created_at >= rotation_start, 1), else_=0)),
                )
                .where(
                    Handoff.partner_id.in_(partner_ids),
                    or_(is_open, Handoff.created_at >= min(week_start, rotation_start)),
                )
                .group_by(Handoff.partner_id)
            ).all()
        }
        with_rep = set(
            session.execute(
                select(PartnerRep.partner_id)
                .where(
                    PartnerRep.partner_id.in_(partner_ids),
                    PartnerRep.active.is_(True),
                    PartnerRep.email != "",
                )
                .distinct()
            ).scalars()
        )
        return {
            pid: PartnerLoad(*counts.get(pid, (0, 0, 0)), has_rep=pid in with_rep)
            for pid in partner_ids
        }

    def _tracks(
        self, session: Session, partner_ids: Sequence[int], now: datetime
    ) -> dict[int, Track]:
        """Track records, measured at most TRACK_TTL ago: they move slowly, and measuring
        them is most of the cost of a proposal."""
        found: dict[int, Track] = {}
        with self._tracks_lock:
            for pid in partner_ids:
                cached = self._track_cache.get(pid)
                if cached is not None and now - TRACK_TTL <= cached[0] <= now:
                    found[pid] = cached[1]
        missing = [pid for pid in partner_ids if pid not in found]
        if not missing:
            return found
        since = now - timedelta(days=self._policy.performance_days)
        outcomes: dict[int, list[HandoffOutcome]] = {pid: [] for pid in missing}
        for pid, status, sent, accepted, rejected, updated, hours in session.execute(
            select(
                Handoff.partner_id,
                Handoff.status,
                Handoff.sent_at,
                Handoff.accepted_at,
                Handoff.rejected_at,
                Handoff.last_update_at,
                Partner.sla_hours,
            )
            .join(Partner, Partner.id == Handoff.partner_id)
            .where(Handoff.partner_id.in_(missing), Handoff.sent_at >= since)
        ).all():
            outcomes[pid].append(
                HandoffOutcome(HandoffStatus(status), sent, accepted or rejected, updated, hours)
            )
        fresh = {
            pid: track_of(rows, now, self._policy.stale_days) for pid, rows in outcomes.items()
        }
        with self._tracks_lock:
            for pid, track in fresh.items():
                self._track_cache[pid] = (now, track)
        return {**found, **fresh}

    def forget_tracks(self) -> None:
        """Measure every partner afresh on the next proposal."""
        with self._tracks_lock:
            self._track_cache.clear()

    def _declined(self, session: Session, lead_id: int) -> dict[int, str]:
        declined: dict[int, str] = {}
        for pid, status, at in session.execute(
            select(Handoff.partner_id, Handoff.status, Handoff.created_at).where(
                Handoff.lead_id == lead_id,
                Handoff.status.in_([s.value for s in DECLINED]),
            )
        ).all():
            declined[pid] = (
                f"rejected this lead (handed on {at:%Y-%m-%d})"
                if status == HandoffStatus.REJECTED
                else f"let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})"
            )
        return declined

    def _prior(self, session: Session, lead: Lead, now: datetime) -> list[PriorHandoff]:
        """Recent handoffs of the same company or contact (or this very lead)."""
        # One indexed lookup per key, then the handoffs of those leads: an OR over the three
        # columns would scan the leads table.
        matched: dict[int, str] = {lead.id: "lead"}
        for column, value, on in (
            (Lead.company_key, lead.company_key, "company"),
            (Lead.email_normalized, lead.email_normalized, "contact"),
            (Lead.phone_e164, lead.phone_e164, "contact"),
        ):
            if not value:
                continue
            for other in session.execute(select(Lead.id).where(column == value)).scalars():
                matched.setdefault(other, on)
        since = now - timedelta(days=self._policy.same_account_days)
        rows = session.execute(
            select(
                Handoff.id, Handoff.partner_id, Partner.name, Handoff.created_at, Handoff.lead_id
            )
            .join(Partner, Partner.id == Handoff.partner_id)
            .where(
                Handoff.lead_id.in_(list(matched)),
                Handoff.created_at >= since,
                Handoff.status.notin_([s.value for s in DECLINED]),
            )
            .order_by(Handoff.created_at.desc())
            .limit(20)
        ).all()
        return [
            PriorHandoff(handoff_id, pid, name, at, matched[other_lead])
            for handoff_id, pid, name, at, other_lead in rows
        ]
