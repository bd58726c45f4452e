"""Reading handoffs as plain summaries, shared by routing, delivery and the closed loop."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, or_, select, text
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import NotFound, PermissionDenied
from qualifier_app.domain.roles import PERMISSIONS, Action, Actor
from qualifier_app.domain.text import message, restored
from qualifier_app.persistence.models import Handoff, Lead, Partner, PartnerRep
from qualifier_app.services.accounts.team_scope import leads_in_sight
from qualifier_app.services.frame import Change
from qualifier_app.services.partners.dto import HandoffSummary


def only_as_channel_manager(actor: Actor) -> bool:
    """Someone whose role does not record partner feedback, who does as a channel manager:
    for the partners they manage only."""
    return actor.role not in PERMISSIONS[Action.RECORD_PARTNER_FEEDBACK]


def in_sight(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """A condition on Handoff for the handoffs `actor` sees in the closed loop, None when
    they see all: as row-level security shows them on PostgreSQL, on SQLite too. A team lead
    sees those of their teams' leads, a channel manager those of the partners they manage;
    one who reads no reports sees only the latter."""
    if only_as_channel_manager(actor) and not actor.may(Action.VIEW_REPORTS):
        return _managed(actor)
    return of_leads_in_sight(session, actor)


def of_leads_in_sight(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """A condition on Handoff for the handoffs of the leads `actor` sees and of the partners
    they manage (what row-level security shows on PostgreSQL), None when they see all."""
    leads = leads_in_sight(session, actor)
    if leads is None:
        return None
    return or_(Handoff.lead_id.in_(select(Lead.id).where(leads)), _managed(actor))


def _managed(actor: Actor) -> ColumnElement[bool]:
    if not actor.is_channel_manager:
        return false()
    return Handoff.partner_id.in_(
        select(Partner.id).where(Partner.channel_manager_id == actor.user_id)
    )


def summaries(session: Session, *conditions: Any, limit: int | None = None) -> list[HandoffSummary]:
    query = (
        select(Handoff, Lead, Partner.name, PartnerRep.name)
        .outerjoin(Lead, Lead.id == Handoff.lead_id)
        .join(Partner, Partner.id == Handoff.partner_id)
        .outerjoin(PartnerRep, PartnerRep.id == Handoff.partner_rep_id)
        .where(*conditions)
        .order_by(Handoff.created_at.desc(), Handoff.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        HandoffSummary(
            id=h.id,
            request_id=h.request_id,
            lead_id=h.lead_id,
            company=lead.company,
            contact_name=lead.contact_name,
            lead_status=lead.status,
            partner_id=h.partner_id,
            partner=partner,
            partner_rep=rep,
            status=h.status,
            grade=h.grade,
            why=restored(h.why),
            override_reason=h.override_reason,
            created_at=h.created_at,
            sent_at=h.sent_at,
            deadline_at=h.deadline_at,
            reminded_at=h.reminded_at,
            delivery_channel=h.delivery_channel,
            delivered_at=h.delivered_at,
            delivery_attempts=h.delivery_attempts,
            sla_breached=h.sla_breached,
            accepted_at=h.accepted_at,
            reject_reason=h.reject_reason,
            pipeline_value=h.pipeline_value,
            won_revenue=h.won_revenue,
            closed_on=h.closed_on,
            lost_reason=h.lost_reason,
            last_update_at=h.last_update_at,
            delivery_flagged_at=h.delivery_flagged_at,
        )
        for h, seen, partner, rep in session.execute(query).all()
        for lead in (seen or lead_of(session, h.id),)
    ]


def lead_of(session: Session, handoff_id: int) -> Lead:
    """The lead of a handoff that row-level security hides from its partner's channel
    manager (a rep or team lead who does not work it): what the list shows of it, through
    the database function that checks they manage the partner."""
    company, first_name, last_name, status, recycle_on = session.execute(
        text("SELECT * FROM qualifier_handoff_lead(:handoff)"), {"handoff": handoff_id}
    ).one()
    return Lead(
        company=company,
        first_name=first_name,
        last_name=last_name,
        status=status,
        recycle_on=recycle_on,
    )


def summary(session: Session, handoff_id: int, *conditions: Any) -> HandoffSummary:
    found = summaries(session, Handoff.id == handoff_id, *conditions)
    if not found:
        raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
    return found[0]


def in_reach(change: Change, handoff_id: int) -> Handoff:
    """The handoff, for those who record partner feedback by their role, or for its partner's
    channel manager; to any other channel manager it is not there (as row-level security
    shows it on PostgreSQL), or, to a team lead whose team's lead it is, not theirs."""
    session, actor = change.session, change.actor
    handoff = session.get(Handoff, handoff_id)
    if (
        handoff is not None
        and actor is not None
        and only_as_channel_manager(actor)
        and session.execute(
            select(Partner.channel_manager_id).where(Partner.id == handoff.partner_id)
        ).scalar_one()
        != actor.user_id
    ):
        seen = in_sight(session, actor)
        if (
            seen is None
            or session.execute(select(Handoff.id).where(Handoff.id == handoff_id, seen)).first()
        ):
            # A team lead's own team's lead, with a partner they do not manage: in their list.
            raise PermissionDenied(
                message(
                    "{login} records feedback only for the partners they manage",
                    login=actor.login,
                )
            )
        handoff = None
    if handoff is None:
        raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
    return handoff
