"""After "not contacted": the channel manager sees the reopened handoff and either re-routes
the lead to the next eligible partner (when the customer still needs it), with the reason,
or keeps it with the partner, with a note."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from qualifier_app.domain.check_calls import FollowUp
from qualifier_app.domain.closed_loop import AWAITING_NEWS, HandoffStatus
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, NothingEligible
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.partner_matching import Match
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import joined, message, restored, stored
from qualifier_app.persistence.models import (
    CheckCall,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    PartnerRep,
)
from qualifier_app.services.check_calls.dto import ReopenedHandoff
from qualifier_app.services.check_calls.records import waiting_for_a_decision
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.partners import handoff_queries
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.services.partners.ranking import reasons_no_partner
from qualifier_app.services.partners.routing import RoutingService, derived_request_id


def reopened_query(*conditions: Any) -> Any:
    rep = aliased(PartnerRep)
    return (
        select(
            CheckCall,
            Lead.company,
            Partner.name,
            rep.name,
            Partner.channel_manager_id,
            Handoff.sent_at,
        )
        .join(Handoff, Handoff.id == CheckCall.handoff_id)
        .join(Lead, Lead.id == CheckCall.lead_id)
        .join(Partner, Partner.id == CheckCall.partner_id)
        .outerjoin(rep, rep.id == CheckCall.partner_rep_id)
        .where(waiting_for_a_decision(), *conditions)
        .order_by(CheckCall.answered_at, CheckCall.id)
    )


def reopened_in(session: Session, *conditions: Any) -> tuple[ReopenedHandoff, ...]:
    return tuple(
        ReopenedHandoff(
            check_call_id=check.id,
            handoff_id=check.handoff_id,
            lead_id=check.lead_id,
            company=company,
            partner=partner,
            partner_rep=rep or "",
            channel_manager_id=manager,
            sent_at=sent_at,
            answered_at=check.answered_at,
            said=restored(check.follow_up_note),
            still_needs=check.still_needs,
            contradiction=check.contradiction,
            offers_reroute=check.still_needs is not False,
        )
        for check, company, partner, rep, manager, sent_at in session.execute(
            reopened_query(*conditions)
        ).all()
    )


class CheckCallFollowUp:
    def __init__(self, frame: Frame, routing: RoutingService) -> None:
        self._frame = frame
        self._routing = routing

    def reopened(self, actor: Actor) -> tuple[ReopenedHandoff, ...]:
        """Reopened handoffs; a channel manager sees those of their own partners (a team
        lead's also those of their teams' leads)."""
        with self._frame.read(actor, Action.RECORD_PARTNER_FEEDBACK) as reading:
            seen = handoff_queries.in_sight(reading.session, actor)
            return reopened_in(reading.session, *([] if seen is None else [seen]))

    def reroute(self, actor: Actor, check_call_id: int) -> HandoffSummary | str:
        """Take the lead from the partner the customer says never called and hand it to the
        next eligible partner with the reason; refused, with nothing changed, when no other
        partner could take it. A text when the one that could was taken meanwhile (the lead
        then waits as sales-ready for the next routing)."""
        with self._frame.change(actor, Action.RECORD_PARTNER_FEEDBACK) as change:
            check, handoff, partner = self._open(change, check_call_id)
            if check.still_needs is False:
                raise InvalidInput(
                    message(
                        "the customer no longer needs it: keep the handoff with the partner instead"
                    ),
                    "check_call",
                )
            reason = message(
                "the customer told our check call that {partner} never contacted them",
                partner=partner,
            )
            before = {"status": handoff.status}
            # Not the partner's news: its last update stays what the partner last reported.
            handoff.status = HandoffStatus.EXPIRED.value
            change.session.add(
                HandoffEvent(
                    handoff_id=handoff.id,
                    at=change.now,
                    status=HandoffStatus.EXPIRED.value,
                    origin="check_call",
                    note=stored(message("taken back: {reason}", reason=reason)),
                    data={"check_call_id": check.id},
                )
            )
            change.audit(
                "handoff.taken_back",
                "handoff",
                handoff.id,
                before=before,
                after={"status": HandoffStatus.EXPIRED.value},
                reason=reason,
            )
            lead = change.session.execute(
                select(Lead).where(Lead.id == handoff.lead_id).with_for_update()
            ).scalar_one()
            check_move(LeadStatus(lead.status), LeadStatus.SALES_READY)
            lead.status = LeadStatus.SALES_READY.value
            lead.status_reason = f"re-routing: {reason}"
            lead.updated_at = change.now
            change.session.flush()
            eligible = self._routing.rank_in(change.session, lead, change.now)
            if not eligible.ranked:
                # Taking it back now would leave the customer with no partner at all.
                raise Conflict(_nobody_else(eligible, handoff.partner_id, partner))
            self._settle(change, check, FollowUp.REROUTED, reason)
            lead_id, handoff_id = lead.id, handoff.id
        try:
            return self._routing.route(
                actor,
                lead_id,
                # The SLA sweep re-routes expired handoffs with the same request id: whoever
                # comes first makes the one new handoff.
                request_id=derived_request_id(f"reroute-after-expiry:{handoff_id}"),
                why_prefix=message("Re-routed because {reason}.", reason=reason),
            )
        except (NothingEligible, Conflict, NotFound, InvalidInput) as exc:
            # The lead waits as sales-ready with the reason for the next routing.
            return message(
                "taken back from {partner}; not re-routed yet: {why}",
                partner=partner,
                why=exc.message,
            )

    def keep(self, actor: Actor, check_call_id: int, note: str) -> None:
        """Leave the lead with the partner (it promised to call, say), with a note."""
        if not note.strip():
            raise InvalidInput(message("say why the lead stays with the partner"), "note")
        with self._frame.change(actor, Action.RECORD_PARTNER_FEEDBACK) as change:
            check, _, _ = self._open(change, check_call_id)
            self._settle(change, check, FollowUp.KEPT, note.strip())

    def _open(self, change: Change, check_call_id: int) -> tuple[CheckCall, Handoff, str]:
        session = change.session
        check = session.execute(
            select(CheckCall).where(CheckCall.id == check_call_id).with_for_update()
        ).scalar_one_or_none()
        seen = None if change.actor is None else handoff_queries.in_sight(session, change.actor)
        if check is None or (
            seen is not None
            and session.execute(
                select(Handoff.id).where(Handoff.id == check.handoff_id, seen)
            ).first()
            is None
        ):
            # Another partner's, as row-level security hides it on PostgreSQL.
            raise NotFound(message("there is no check call {check_call}", check_call=check_call_id))
        if check.follow_up != FollowUp.OPEN:
            raise Conflict(
                message(
                    "check call {check_call} is not open for a decision", check_call=check_call_id
                )
            )
        handoff = session.execute(
            select(Handoff).where(Handoff.id == check.handoff_id).with_for_update()
        ).scalar_one()
        partner = session.execute(
            select(Partner.name).where(Partner.id == handoff.partner_id)
        ).scalar_one()
        if HandoffStatus(handoff.status) not in AWAITING_NEWS:
            raise Conflict(
                message(
                    "the handoff to {partner} is {status} now; nothing to decide",
                    partner=partner,
                    status=handoff.status,
                )
            )
        return check, handoff, partner

    @staticmethod
    def _settle(change: Change, check: CheckCall, how: str, note: str) -> None:
        before = {"follow_up": check.follow_up}
        check.follow_up = how
        if note:
            check.follow_up_note = stored(joined(restored(check.follow_up_note), " — ", note))
        check.followed_up_by_id = change.actor.audit_id if change.actor else None
        check.followed_up_at = change.now
        change.audit(
            f"check_call.{how}",
            "check_call",
            check.id,
            before=before,
            after={"follow_up": how},
            reason=note,
        )


def _nobody_else(eligible: Match, partner_id: int, partner: str) -> str:
    """Why a reopened lead stays with its partner: what keeps each other partner out."""
    others = tuple(e for e in eligible.excluded if e.partner_id != partner_id)
    keep = message("keep it with {partner} with a note, or re-route it later", partner=partner)
    if not others:
        return message("no other partner can take the lead now: {keep}", keep=keep)
    return message(
        "no other partner can take the lead now ({why}): {keep}",
        why=reasons_no_partner(replace(eligible, excluded=others, notes=())),
        keep=keep,
    )
