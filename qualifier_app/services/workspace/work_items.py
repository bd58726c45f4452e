"""Taking a lead: the next one from the queue, or one again from a saved draft, with all the
card and the script need."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import BindParameter, Integer, bindparam, or_, select, update

from qualifier_app.domain import check_calls
from qualifier_app.domain.contact import check_email, check_phone, reading_country
from qualifier_app.domain.currency import DEFAULT_CURRENCY
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.domain.time_zones import callback_zone
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import (
    Campaign,
    Center,
    Handoff,
    Lead,
    Partner,
    Touch,
    User,
)
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.dto import ClaimedLead
from qualifier_app.services.workspace.conflicts import lease_lost
from qualifier_app.services.workspace.dto import EarlierAttempt, Touchpoint, WorkItem
from qualifier_app.services.workspace.lead_record import attempts_of, recycled_past
from qualifier_app.services.workspace.scripts import ScriptLibrary
from qualifier_app.settings import QueuePolicy

HISTORY_ROWS = 20
NO_LEAD = 0  # ids start at 1

# The card's reads, built once: a claim is the workstation's most frequent call.
_LEAD: BindParameter[int] = bindparam("lead_id", type_=Integer)
CARD = (
    select(
        Lead.id,
        Lead.status,
        Lead.segment,
        Lead.country,
        Lead.first_name,
        Lead.phone_raw,
        Lead.phone_e164,
        Lead.phone_valid,
        Lead.email_raw,
        Lead.email_normalized,
        Lead.email_valid,
        Lead.website,
        Lead.city,
        Lead.postal_code,
        Lead.industry,
        Lead.employees,
        Lead.annual_revenue,
        Lead.product_interest,
        Lead.inquiry,
        Lead.inquired_at,
        Lead.consent,
        # Read with the card, not in a statement of its own: the card follows every claim.
        select(Center.time_zone).order_by(Center.id).limit(1).scalar_subquery().label("center"),
        select(Center.currency).order_by(Center.id).limit(1).scalar_subquery().label("currency"),
        User.display_name.label("assigned"),
    )
    .outerjoin(User, User.id == Lead.assigned_rep_id)
    .where(Lead.id == _LEAD)
)
TOUCHES = (
    select(Touch.kind, Touch.source, Campaign.name, Touch.occurred_at)
    .outerjoin(Campaign, Campaign.id == Touch.campaign_id)
    .where(Touch.lead_id == _LEAD)
    .order_by(Touch.occurred_at.desc())
    .limit(HISTORY_ROWS)
)


class WorkItems:
    def __init__(
        self, frame: Frame, queue: QueueService, queue_policy: QueuePolicy, scripts: ScriptLibrary
    ) -> None:
        self._frame = frame
        self._queue = queue
        self._queue_policy = queue_policy
        self._scripts = scripts

    def next_lead(self, actor: Actor) -> WorkItem:
        """Claim the next lead (see QueueService.claim_next) with all the card shows."""
        claimed = self._queue.claim_next(actor)
        return self.work_item(claimed)

    def resume(self, actor: Actor, lead_id: int, version: int) -> WorkItem:
        """Take up a lead again from a saved draft: only if nobody changed it meanwhile."""
        with self._frame.change(actor, Action.WORK_LEADS) as change:
            session, now = change.session, change.now
            until = now + timedelta(minutes=self._queue_policy.lease_minutes)
            taken = session.execute(
                update(Lead)
                .where(
                    Lead.id == lead_id,
                    Lead.version == version,
                    Lead.status.in_(queue_sql.CLAIMABLE_VALUES),
                    or_(Lead.lease_owner_id == actor.user_id, queue_sql.lease_free(now)),
                )
                .values(lease_owner_id=actor.user_id, lease_expires_at=until, leased_at=now)
                .returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).first()
            if taken is None:
                lead = session.get(Lead, lead_id)
                if lead is None:
                    raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
                raise lease_lost(session, lead, actor, now)
            change.audit(
                "lead.resumed",
                "lead",
                lead_id,
                after={"lease_owner_id": actor.user_id, "lease_expires_at": until},
                reason="draft restored after the workstation closed",
            )
        return self.work_item(self._queue.card(actor, lead_id))

    def prepare(self) -> None:
        """The card's reads for no lead, so that this connection has met its tables before
        the first card."""
        with self._frame.lookup(None) as session:
            session.execute(CARD, {"lead_id": NO_LEAD}).all()
            session.execute(TOUCHES, {"lead_id": NO_LEAD}).all()
            recycled_past(session, NO_LEAD, attempts_of(session, NO_LEAD))

    def work_item(self, lead: ClaimedLead, *, inbound: bool = False) -> WorkItem:
        if not self._scripts.loaded:
            self._scripts.ensure_installed()
        with self._frame.lookup(None) as session:
            full = session.execute(CARD, {"lead_id": lead.id}).one()
            touches = tuple(
                Touchpoint(kind, source, campaign, at)
                for kind, source, campaign, at in session.execute(
                    TOUCHES, {"lead_id": lead.id}
                ).all()
            )
            attempts = attempts_of(session, lead.id)
            history = tuple(
                EarlierAttempt(at, rep, disposition, outcome, reason, notes)
                for at, rep, disposition, outcome, reason, notes in attempts[:HISTORY_ROWS]
            )
            partner = None
            if full.status == LeadStatus.CHECK_CALL.value:
                script = self._scripts.newest_named(session, check_calls.SCRIPT_NAME)
                if script is None:
                    raise NotFound(message("no check-call script is installed"))
                partner = session.execute(
                    select(Partner.name)
                    .join(Handoff, Handoff.partner_id == Partner.id)
                    .where(Handoff.lead_id == lead.id)
                    .order_by(Handoff.id.desc())
                    .limit(1)
                ).scalar_one_or_none()
            else:
                script = self._scripts.for_lead(
                    session,
                    full.id,
                    full.segment,
                    in_progress=full.status == LeadStatus.CALLBACK.value,
                )
            if script is None:
                raise NotFound(
                    message(
                        "no BANT script is installed for the {segment} segment",
                        segment=full.segment,
                    )
                )
            return WorkItem(
                lead=lead,
                first_name=full.first_name,
                phone_valid=full.phone_valid,
                email_raw=full.email_raw,
                email_valid=full.email_valid,
                website=full.website,
                city=full.city,
                postal_code=full.postal_code,
                industry=full.industry,
                employees=full.employees,
                annual_revenue=full.annual_revenue,
                product_interest=full.product_interest,
                inquiry=full.inquiry,
                inquired_at=full.inquired_at,
                consent=full.consent,
                assigned_rep=full.assigned,
                touches=touches,
                history=history,
                script=script,
                phone_check=check_phone(
                    full.phone_raw or full.phone_e164 or "",
                    reading_country(full.country, full.phone_e164),
                ),
                email_check=check_email(full.email_raw or full.email_normalized or ""),
                inbound=inbound,
                past=recycled_past(session, lead.id, attempts),
                partner=partner,
                callback_zone=callback_zone(
                    lead.time_zones,
                    lead.country,
                    lead.region,
                    lead.phone_e164,
                    full.center or "UTC",
                ),
                center_zone=full.center or "UTC",
                center_currency=full.currency or DEFAULT_CURRENCY,
            )
