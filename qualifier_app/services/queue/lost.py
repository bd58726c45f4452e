"""A lead the rep no longer holds: who has it now, or where it went, and who changed it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from qualifier_app.domain.errors import LeaseLost
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import joined, message
from qualifier_app.persistence.models import AuditEntry, Lead, User


def lost_lead(session: Session, lead_id: int, actor: Actor, now: datetime) -> LeaseLost:
    """Nothing was written for the rep: say who holds the lead now, or that it was
    reassigned or closed meanwhile, and who made the last change to it."""
    holder_user, assigned_user = aliased(User), aliased(User)
    row = session.execute(
        select(
            Lead.lease_owner_id,
            Lead.lease_expires_at,
            Lead.assigned_rep_id,
            Lead.status,
            holder_user.display_name,
            assigned_user.display_name,
        )
        .outerjoin(holder_user, holder_user.id == Lead.lease_owner_id)
        .outerjoin(assigned_user, assigned_user.id == Lead.assigned_rep_id)
        .where(Lead.id == lead_id)
    ).first()
    rep = actor.display_name  # as people are named on screen and in the audit
    if row is None:
        # On PostgreSQL a rep sees only the leads of their queues and their own: moved to
        # another team's queue, the lead is out of sight (and it may have been erased).
        return LeaseLost(
            message(
                "{rep} does not hold lead {lead_id}; it is no longer in your queues",
                rep=rep,
                lead_id=lead_id,
            )
        )
    if (erased := erased_lead(session, lead_id)) is not None:
        return erased
    owner, expires, assigned_id, status, holder, assigned = row
    if owner is not None and expires is not None and expires > now:
        return LeaseLost(
            message(
                "{rep} does not hold lead {lead_id}; {name} holds it now",
                rep=rep,
                lead_id=lead_id,
                name=holder,
            ),
            holder,
        )
    if assigned_id is not None and assigned_id != actor.user_id:
        said = message(
            "{rep} does not hold lead {lead_id}; it was reassigned to {name}",
            rep=rep,
            lead_id=lead_id,
            name=assigned,
        )
    elif LeadStatus(status) not in CLAIMABLE:
        said = message(
            "{rep} does not hold lead {lead_id}; it is {status} now",
            rep=rep,
            lead_id=lead_id,
            status=LeadStatus(status).label,
        )
    else:
        said = message(
            "{rep} does not hold lead {lead_id}; nobody holds it now",
            rep=rep,
            lead_id=lead_id,
        )
    return LeaseLost(joined(said, last_change(session, lead_id, actor)), assigned)


def erased_lead(session: Session, lead_id: int) -> LeaseLost | None:
    """The refusal for a lead whose person was erased while the rep had it open, or None."""
    erased = select(AuditEntry.id).where(
        AuditEntry.entity_type == "lead",
        AuditEntry.entity_id == str(lead_id),
        AuditEntry.action == "lead.erased",
    )
    if session.execute(erased.limit(1)).first() is None:
        return None
    return LeaseLost(
        message(
            "lead {lead_id} was erased on the person's request while you had it open; "
            "what you typed about them is discarded",
            lead_id=lead_id,
        ),
        erased=True,
    )


def last_change(session: Session, lead_id: int, actor: Actor) -> str:
    """ " (last change: reassigned by Tina Lead at 16:02 UTC)", from the lead's newest audit
    row written by someone else; "" when there is none."""
    last = session.execute(
        select(AuditEntry.action, AuditEntry.at, User.display_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(
            AuditEntry.entity_type == "lead",
            AuditEntry.entity_id == str(lead_id),
            or_(AuditEntry.actor_id.is_(None), AuditEntry.actor_id != actor.user_id),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return ""
    action, at, by = last
    return message(
        " (last change: {change} by {by} at {at:%H:%M} UTC)",
        change=action.split(".", 1)[-1].replace("_", " "),
        by=by or message("an operator"),
        at=at,
    )
