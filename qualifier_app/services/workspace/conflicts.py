"""A lead that is no longer the rep's: say what happened to it and who has it now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.audit_actions import action_words
from qualifier_app.domain.errors import LeaseLost
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import joined, message
from qualifier_app.persistence.models import AuditEntry, Lead, User
from qualifier_app.services.queue.lost import erased_lead, last_change


def lease_lost(session: Session, lead: Lead, actor: Actor, now: datetime) -> LeaseLost:
    """Nothing was written; say what happened to the lead and who has it now."""
    if (erased := erased_lead(session, lead.id)) is not None:
        return erased

    def name(user_id: int | None) -> str | None:
        if user_id is None:
            return None
        return session.execute(select(User.display_name).where(User.id == user_id)).scalar()

    holder = None
    if lead.lease_owner_id not in (None, actor.user_id) and (
        lead.lease_expires_at is not None and lead.lease_expires_at > now
    ):
        holder = name(lead.lease_owner_id)
    assigned = name(lead.assigned_rep_id) if lead.assigned_rep_id != actor.user_id else None
    lead_id, company = lead.id, lead.company
    own = _own_change_elsewhere(session, lead_id, actor) if not (holder or assigned) else None
    if holder:
        said = message(
            "lead {lead} ({company}) was taken over while you had it open: {holder} holds it now",
            lead=lead_id,
            company=company,
            holder=holder,
        )
    elif assigned:
        said = message(
            "lead {lead} ({company}) was reassigned to {assigned} while you had it open",
            lead=lead_id,
            company=company,
            assigned=assigned,
        )
    elif own is not None:
        said = message(
            "lead {lead} ({company}) was changed at {at:%H:%M} UTC at another of your "
            "workstations while you had it open here ({change})",
            lead=lead_id,
            company=company,
            change=action_words(own[0]),
            at=own[1],
        )
    elif LeadStatus(lead.status) not in CLAIMABLE:
        said = message(
            "lead {lead} ({company}) is {status} now; nobody holds it",
            lead=lead_id,
            company=company,
            status=LeadStatus(lead.status).label,
        )
    else:
        said = message(
            "lead {lead} ({company}) changed while you had it open (your lease ran out); "
            "nobody holds it now",
            lead=lead_id,
            company=company,
        )
    said = joined(said, last_change(session, lead.id, actor))
    return LeaseLost(joined(said, message(". Your notes are kept as a draft.")), holder or assigned)


def _own_change_elsewhere(
    session: Session, lead_id: int, actor: Actor
) -> tuple[str, datetime] | None:
    """(action, when) of the lead's newest audit row when the person themselves wrote it: a
    lead that changed under this workstation did so at another they are signed in at (it
    said their lease had run out)."""
    newest = session.execute(
        select(AuditEntry.action, AuditEntry.at, AuditEntry.actor_id)
        .where(AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(lead_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if newest is None or newest.actor_id != actor.user_id:
        return None
    return newest.action, newest.at
