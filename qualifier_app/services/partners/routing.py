"""Routing sales-ready leads to partners: propose, route (with an audited override), and
route every lead still waiting. Ranking the partners is ranking.py, the policy itself
domain/partner_matching.py; creating the handoff is handoff_creation.py."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, NothingEligible
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.partner_matching import Match, Ranked, RoutingPolicy, load_reasons
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import listed, message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff, Lead, Partner
from qualifier_app.services.accounts.team_scope import leads_in_sight
from qualifier_app.services.compliance import consents
from qualifier_app.services.frame import Change, Frame, Reading
from qualifier_app.services.partners import handoff_queries
from qualifier_app.services.partners.delivery import DeliveryService
from qualifier_app.services.partners.dto import (
    HandoffSummary,
    PartnerExclusion,
    RoutedLead,
    RoutePendingResult,
    RoutingProposal,
)
from qualifier_app.services.partners.handoff_creation import create_handoff
from qualifier_app.services.partners.ranking import (
    PartnerRanking,
    Standings,
    choice_of,
    reasons_no_partner,
    why_no_partner,
)

# How often a route chooses again when its partner filled up meanwhile.
CAPACITY_RETRIES = 5
REQUEST_NAMESPACE = uuid.UUID("4f0e7c5e-5c1b-4e0b-9a54-6f7d7e0c2b11")


def derived_request_id(text: str) -> str:
    """A request id that is the same every time for the same cause (a re-route after one
    particular expiry), so retrying the cause never creates a second handoff."""
    return str(uuid.uuid5(REQUEST_NAMESPACE, text))


def _lead_in_sight(session: Session, actor: Actor, lead_id: int) -> Lead:
    """The lead, if `actor` sees it (on PostgreSQL, row-level security hides the others)."""
    lead = session.get(Lead, lead_id)
    seen = leads_in_sight(session, actor)
    if lead is None or (
        seen is not None
        and session.execute(select(Lead.id).where(Lead.id == lead_id, seen)).first() is None
    ):
        raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
    return lead


class RoutingService:
    def __init__(
        self, db: Database, clock: Clock, policy: RoutingPolicy, delivery: DeliveryService
    ) -> None:
        self._frame = Frame(db, clock)
        self._ranking = PartnerRanking(policy)
        self._delivery = delivery

    @property
    def policy(self) -> RoutingPolicy:
        return self._ranking.policy

    def rank_in(self, session: Session, lead: Lead, now: datetime) -> Match:
        """Every partner that could take the lead now, in the caller's transaction (which
        may have just taken the lead back from its partner)."""
        return self._ranking.rank(session, lead, now)

    def forget_tracks(self) -> None:
        """Measure every partner afresh on the next proposal."""
        self._ranking.forget_tracks()

    # --- the two entry points of the rep workspace --------------------------------------

    def propose(self, actor: Actor, lead_id: int) -> RoutingProposal:
        """The proposed partner for a lead, why, and the ranked alternatives."""
        with self._frame.read(actor, Action.ROUTE_LEADS) as reading:
            lead = _lead_in_sight(reading.session, actor, lead_id)
            result = self._ranking.rank(reading.session, lead, reading.now)
            company, status = lead.company, lead.status
            refused = consents.why_not_to_partner(reading.session, lead_id)
        choices = [choice_of(r) for r in result.ranked]
        notes = list(result.notes)
        if not choices:  # a sentence of its own, as shown to the rep
            why = reasons_no_partner(result)
            notes = [message("No partner is eligible for this lead: {why}.", why=why)]
        if refused is not None:
            # Shown where the rep would confirm a partner: nobody may receive this lead.
            choices, notes = [], [message("No partner: {why}.", why=refused)]
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
            partner_refused=refused is not None,
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
        proposed: int | None = None,
    ) -> HandoffSummary:
        """Hand a sales-ready lead to the proposed partner, or to `partner_id` with a reason,
        and deliver the package. The same request id twice gives the same one handoff.
        `proposed`: the partner the rep was shown and confirmed; when another is proposed
        now (a handoff elsewhere moved the rotation meanwhile), Conflict, and nothing is
        handed off: the lead never goes to a partner the rep did not see."""
        request_id = (request_id or str(uuid.uuid4())).strip()
        try:
            with self._frame.change(actor, Action.ROUTE_LEADS) as change:
                if not request_id or len(request_id) > 36:
                    raise InvalidInput(
                        message("the request id must be 1 to 36 characters"), "request_id"
                    )
                session = change.session
                existing = self._by_request(session, request_id, lead_id)
                if existing is not None:
                    change.discard()
                    return existing
                lead = _lead_in_sight(session, actor, lead_id)
                self._check_routable(session, lead)
                result = self._ranking.rank(session, lead, change.now)
                chosen, reason = self._choose(result, partner_id, override_reason)
                chosen, result, reason = self._hold_place(
                    session, lead, change.now, (chosen, result, reason), partner_id, override_reason
                )
                if proposed is not None and partner_id is None and chosen.partner_id != proposed:
                    raise Conflict(
                        message(
                            "the proposal changed meanwhile: {name} is proposed now; confirm to "
                            "send the lead there, or choose another partner",
                            name=chosen.name,
                        )
                    )
                handoff_id = create_handoff(
                    change, actor, lead, chosen, result, request_id, reason, why_prefix
                )
                try:
                    session.flush()
                except StaleDataError:
                    raise Conflict(
                        message(
                            (
                                "lead {lead_id} was changed by someone else meanwhile; nothing was "
                                "routed"
                            ),
                            lead_id=lead_id,
                        )
                    ) from None
        except IntegrityError:
            # The same request arrived twice at once; the first one made the handoff.
            with self._frame.read(actor) as reading:
                existing = self._by_request(reading.session, request_id, lead_id)
            if existing is None:
                raise
            return existing
        self._delivery.deliver(handoff_id)
        with self._frame.read(actor) as reading:
            return handoff_queries.summary(reading.session, handoff_id)

    def route_pending(self, actor: Actor, dry_run: bool = False) -> RoutePendingResult:
        """Route every sales-ready lead still waiting, best score first; the directory and
        the partners' records are read once, and the rotation moves on as leads are placed."""
        with self._frame.read(actor, Action.ROUTE_LEADS) as reading:
            in_scope = leads_in_sight(reading.session, actor)
            lead_ids = list(
                reading.session.execute(
                    select(Lead.id)
                    .where(
                        Lead.status == LeadStatus.SALES_READY.value,
                        *([] if in_scope is None else [in_scope]),
                    )
                    .order_by(Lead.score.desc(), Lead.updated_at, Lead.id)
                ).scalars()
            )
            standings = self._ranking.standings(reading.session, reading.now)
        routed: list[RoutedLead] = []
        waiting: list[RoutedLead] = []
        created: list[int] = []
        for lead_id in lead_ids:
            if dry_run:
                with self._frame.read(actor) as reading:
                    placed = self._place(reading, actor, lead_id, standings)
            else:
                with self._frame.change(actor) as change:
                    placed = self._place(change, actor, lead_id, standings)
                    if placed is None or placed.handoff_id is None:
                        change.discard()
            if placed is None:
                continue
            if placed.partner_id is None:
                waiting.append(placed)
                continue
            if placed.handoff_id is not None:
                created.append(placed.handoff_id)
            standings.placed(placed.partner_id)
            routed.append(placed)
        # Nothing is sent from here: a dead or hung mail server must never hold routing up.
        # Every handoff is committed above; the outbox sweep e-mails them (without a mail
        # server, each is parked in the outbox at once, a local step that waits for nothing).
        queued = awaiting = 0
        for handoff_id in created:
            if self._delivery.leave_to_sweep(handoff_id).awaiting:
                awaiting += 1
            else:
                queued += 1
        return RoutePendingResult(
            dry_run, tuple(routed), tuple(waiting), awaiting_delivery=awaiting, queued=queued
        )

    def _place(
        self, work: Reading, actor: Actor, lead_id: int, standings: Standings
    ) -> RoutedLead | None:
        """Where one waiting lead goes (no partner: why it waits); a `Change` hands it off
        there, a mere `Reading` only says so (a dry run). None when the lead is no longer
        waiting."""
        session = work.session
        lead = session.get(Lead, lead_id)
        if lead is None or lead.status != LeadStatus.SALES_READY.value:
            return None
        refused = consents.why_not_to_partner(session, lead_id)
        if refused is not None:
            return RoutedLead(lead_id, lead.company, None, None, None, refused)
        result = self._ranking.rank_in(session, lead, work.now, standings)
        best = result.best
        if best is None:
            return RoutedLead(lead_id, lead.company, None, None, None, why_no_partner(result))
        handoff_id = None
        if isinstance(work, Change):
            try:
                best, result, _ = self._hold_place(
                    session, lead, work.now, (best, result, ""), None, ""
                )
            except (NothingEligible, Conflict) as exc:
                # Another workstation filled the partners meanwhile.
                return RoutedLead(lead_id, lead.company, None, None, None, str(exc))
            handoff_id = create_handoff(work, actor, lead, best, result, str(uuid.uuid4()), "", "")
            try:
                session.flush()
            except StaleDataError:
                return None  # somebody routed it meanwhile
        return RoutedLead(lead_id, lead.company, best.partner_id, best.name, handoff_id, best.why)

    # --- building blocks ---------------------------------------------------------------------

    def _by_request(self, session: Session, request_id: str, lead_id: int) -> HandoffSummary | None:
        found = handoff_queries.summaries(session, Handoff.request_id == request_id)
        if not found:
            return None
        if found[0].lead_id != lead_id:
            raise Conflict(
                message("request {request_id} was used for another lead", request_id=request_id)
            )
        return found[0]

    def _check_routable(self, session: Session, lead: Lead) -> None:
        refused = consents.why_not_to_partner(session, lead.id)
        if refused is not None:
            raise Conflict(message("lead {lead}: {refused}", lead=lead.id, refused=refused))
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
            raise Conflict(
                message(
                    "lead {id} is handed off already to {partner} ({status})",
                    id=lead.id,
                    partner=current[0],
                    status=HandoffStatus(current[1]).label,
                )
                if current
                else message("lead {id} is handed off already", id=lead.id)
            )
        raise Conflict(
            message(
                "lead {id} is {label}; only sales-ready leads are routed",
                id=lead.id,
                label=LeadStatus(lead.status).label,
            )
        )

    def _choose(
        self, result: Match, partner_id: int | None, override_reason: str
    ) -> tuple[Ranked, str]:
        best = result.best
        if best is None:
            raise NothingEligible(why_no_partner(result))
        if partner_id is None or partner_id == best.partner_id:
            return best, ""
        chosen = result.get(partner_id)
        if chosen is None:
            excluded = result.exclusion(partner_id)
            if excluded is None:
                raise InvalidInput(
                    message("there is no partner {partner_id}", partner_id=partner_id), "partner"
                )
            raise InvalidInput(
                message(
                    "{name} cannot take this lead: {join}",
                    name=excluded.name,
                    join=listed(excluded.reasons, "; "),
                ),
                "partner",
            )
        reason = " ".join(override_reason.split())
        if not reason:
            raise InvalidInput(
                message(
                    "say why {name} instead of the proposed {name2}",
                    name=chosen.name,
                    name2=best.name,
                ),
                "override_reason",
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
        if self._frame.db.is_sqlite:
            return choice
        for _ in range(CAPACITY_RETRIES):
            chosen = choice[0]
            # In a savepoint, so that the lock of a partner found full is let go at once:
            # at most one partner is locked at a time, and two routings cannot deadlock.
            hold = session.begin_nested()
            session.execute(
                select(Partner.id).where(Partner.id == chosen.partner_id).with_for_update()
            )
            entry = self._ranking.directory(session).get(chosen.partner_id)
            load = self._ranking.loads(session, [chosen.partner_id], now)[chosen.partner_id]
            if entry is not None and not load_reasons(entry, load, None):
                hold.commit()
                return choice
            hold.rollback()
            result = self._ranking.rank(session, lead, now)
            chosen, reason = self._choose(result, partner_id, override_reason)
            choice = (chosen, result, reason)
        raise Conflict(
            message("partners kept filling up while this lead was routed; route it again")
        )
