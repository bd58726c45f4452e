"""Creating a handoff: the lead is handed off to the chosen partner's least busy rep, with
the grade of its latest qualification, the "why this partner", and audit rows for the
lead, the handoff and any override of the proposal."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import OPEN, HandoffStatus
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.partner_matching import Match, Ranked
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import listed, message, stored
from qualifier_app.persistence.models import (
    CallAttempt,
    Handoff,
    HandoffEvent,
    Lead,
    PartnerRep,
    Qualification,
)
from qualifier_app.services.frame import Change


def create_handoff(
    change: Change,
    actor: Actor,
    lead: Lead,
    chosen: Ranked,
    result: Match,
    request_id: str,
    override_reason: str,
    why_prefix: str,
) -> int:
    """Hand `lead` to `chosen` (`override_reason` says why it is not the proposed partner)
    and return the new handoff's id; the package is delivered after the commit."""
    session, now = change.session, change.now
    best = result.best
    assert best is not None
    rep_id = pick_rep(session, chosen.partner_id)
    qualification = session.execute(
        select(Qualification.id, Qualification.grade, CallAttempt.rep_id)
        .join(CallAttempt, CallAttempt.id == Qualification.call_attempt_id)
        .where(Qualification.lead_id == lead.id)
        .order_by(Qualification.created_at.desc(), Qualification.id.desc())
        .limit(1)
    ).first()
    why = chosen.why
    if override_reason:
        why = listed(
            (
                message(
                    "Chosen by {person} instead of the proposed {partner}: {reason}.",
                    person=actor.display_name,
                    partner=best.name,
                    reason=override_reason,
                ),
                why,
            ),
            " ",
        )
    if why_prefix:
        why = listed((why_prefix, why), " ")
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
        why=stored(why),
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
            note=stored(why),
        )
    )
    change.audit(
        "lead.handed_off",
        "lead",
        lead.id,
        before=before,
        after={"status": lead.status, "handoff_id": handoff.id},
    )
    change.audit(
        "handoff.created",
        "handoff",
        handoff.id,
        after={
            "lead_id": lead.id,
            "partner_id": chosen.partner_id,
            "partner_rep_id": rep_id,
            "request_id": request_id,
            "why": why,
        },
    )
    if override_reason:
        change.audit(
            "handoff.override",
            "handoff",
            handoff.id,
            before={"proposed_partner_id": best.partner_id, "proposed": best.name},
            after={"partner_id": chosen.partner_id, "partner": chosen.name},
            reason=override_reason,
        )
    return handoff.id


def pick_rep(session: Session, partner_id: int) -> int | None:
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
