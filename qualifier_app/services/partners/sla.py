"""The SLA sweep: deliver what is waiting, remind at 75 %, expire and re-route at 100 %.

Safe to run from every workstation at once and as often as wanted: only the workstation
holding the sweep's lease (a row judged by the database's clock) sweeps, the others return
at once; and each step is still a conditional update that only one sweeper wins, and a
re-route uses a request id derived from the expired handoff, so it happens once. The counts
are what this sweep did: a delivery or a reminder is counted only when this sweep handed it
over; one that failed is counted as failing and tried again by the next sweep.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BindParameter, and_, bindparam, func, select, update

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import Conflict, NothingEligible, PermissionDenied
from qualifier_app.domain.lifecycle import LeadStatus, can_move
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.domain.text import message, stored
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff, HandoffEvent, Lead, Partner
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners import reminders
from qualifier_app.services.partners.delivery import DeliveryService
from qualifier_app.services.partners.dto import SweepResult
from qualifier_app.services.partners.routing import RoutingService, derived_request_id
from qualifier_app.services.partners.sweep_lease import SweepLease

# The time of the transaction that selects due handoffs: bound to `Frame.read`'s `now`.
# It takes the column's type (a UTC date-time) where it is compared.
_NOW: BindParameter[datetime] = bindparam("now")

# Re-routes made by the sweep are nobody's in particular.
SWEEP = Actor(user_id=0, login="sla-sweep", display_name="SLA sweep", role=Role.ADMIN)


class SlaService:
    def __init__(
        self, db: Database, clock: Clock, delivery: DeliveryService, routing: RoutingService
    ) -> None:
        self._frame = Frame(db, clock)
        self._delivery = delivery
        self._routing = routing
        self._lease = SweepLease(db, "sla-sweep", delivery.settings.sweep_lease_minutes)

    def sweep(self, actor: Actor) -> SweepResult:
        """One sweep, when no other workstation is sweeping; all zeros when one is."""
        require(actor, Action.RUN_SLA_SWEEP)
        with self._lease.held() as mine:
            if not mine:
                return SweepResult(0, 0, 0, 0, 0, 0)
            return self._sweep()

    def _sweep(self) -> SweepResult:
        delivered = failed = awaiting = 0
        for handoff_id in self._ids(
            Handoff.status == HandoffStatus.PENDING.value,
            Handoff.delivered_at.is_(None),
            Handoff.delivery_flagged_at.is_(None),
        ):
            outcome = self._delivery.deliver(handoff_id)
            if outcome.sent_now:
                delivered += 1
            elif outcome.awaiting:
                awaiting += 1
            elif outcome.problem and outcome.channel == "outbox":
                failed += 1
        reminded = reminders_failed = 0
        # Which handoffs are due is judged by the database's time, read in the transaction
        # that selects them (a workstation's own clock may be minutes off).
        for handoff_id in self._ids(
            Handoff.status == HandoffStatus.SENT.value,
            Handoff.reminded_at.is_(None),
            Handoff.deadline_at > _NOW,
        ):
            reminder = self._delivery.remind(handoff_id)
            if reminder == reminders.SENT:
                reminded += 1
            elif reminder in (reminders.FAILED, reminders.UNKNOWN, reminders.REFUSED):
                reminders_failed += 1
        expired = 0
        for handoff_id in self._ids(
            Handoff.status == HandoffStatus.SENT.value, Handoff.deadline_at <= _NOW
        ):
            if self._expire(handoff_id):
                expired += 1
        rerouted = waiting = 0
        for lead_id, handoff_id, partner, hours in self._owed_reroutes():
            try:
                self._routing.route(
                    SWEEP,
                    lead_id,
                    request_id=derived_request_id(f"reroute-after-expiry:{handoff_id}"),
                    why_prefix=message(
                        "Re-routed after {partner} let its {hours} h acceptance SLA run out.",
                        partner=partner,
                        hours=hours,
                    ),
                )
                rerouted += 1
            except (NothingEligible, Conflict):
                waiting += 1
            except PermissionDenied:
                # On PostgreSQL a rep's or team lead's login hands off only the leads they
                # route themselves, and a re-route is nobody's in particular: the lead, back
                # to sales-ready with its reason, is re-routed by the next sweep of a
                # workstation whose login may (a supervisor's or an administrator's, or
                # `qualifier sla sweep`). The rest of this sweep goes on; the others would be
                # refused the same.
                break
        return SweepResult(
            delivered, failed, reminded, expired, rerouted, waiting, awaiting, reminders_failed
        )

    def _ids(self, *conditions: object) -> list[int]:
        """Handoff ids meeting `conditions`; `_NOW` in them is the transaction's time.

        Only handoffs of leads this connection sees: on PostgreSQL a channel manager's
        workstation also sees their partners' handoffs, of which it may change only the
        feedback; whoever sees the lead sweeps it."""
        with self._frame.read(None) as reading:
            return list(
                reading.session.execute(
                    select(Handoff.id)
                    .join(Lead, Lead.id == Handoff.lead_id)
                    .where(*conditions)  # type: ignore[arg-type]
                    .order_by(Handoff.id),
                    {"now": reading.now},
                ).scalars()
            )

    def _expire(self, handoff_id: int) -> bool:
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            done = session.execute(
                update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.status == HandoffStatus.SENT.value,
                    Handoff.deadline_at <= now,
                )
                .values(
                    status=HandoffStatus.EXPIRED.value,
                    sla_breached=True,
                    version=Handoff.version + 1,
                )
                .returning(Handoff.lead_id, Handoff.partner_id, Handoff.deadline_at)
                .execution_options(synchronize_session=False)
            ).first()
            if done is None:
                change.discard()
                return False
            lead_id, partner_id, deadline_at = done
            partner = session.execute(
                select(Partner.name).where(Partner.id == partner_id)
            ).scalar_one()
            session.add(
                HandoffEvent(
                    handoff_id=handoff_id,
                    at=now,
                    status=HandoffStatus.EXPIRED.value,
                    origin="sweep",
                    note=stored(
                        message(
                            "not accepted by {at:%Y-%m-%d %H:%M} UTC; SLA breached", at=deadline_at
                        )
                    ),
                )
            )
            change.audit(
                "handoff.expired",
                "handoff",
                handoff_id,
                before={"status": HandoffStatus.SENT.value},
                after={"status": HandoffStatus.EXPIRED.value, "sla_breached": True},
                reason=f"{partner} did not answer within its acceptance SLA",
            )
            lead = session.get(Lead, lead_id)
            assert lead is not None
            if lead.status == LeadStatus.HANDED_OFF.value and can_move(
                LeadStatus.HANDED_OFF, LeadStatus.SALES_READY
            ):
                lead.status = LeadStatus.SALES_READY.value
                lead.status_reason = f"{partner} let the acceptance SLA run out; re-routing"
                lead.updated_at = now
                change.audit(
                    "lead.returned_for_routing",
                    "lead",
                    lead_id,
                    before={"status": LeadStatus.HANDED_OFF.value},
                    after={"status": LeadStatus.SALES_READY.value},
                    reason=f"SLA of handoff {handoff_id} expired",
                )
        return True

    def _owed_reroutes(self) -> list[tuple[int, int, str, int]]:
        """Sales-ready leads whose latest handoff expired: (lead, handoff, partner, SLA)."""
        with self._frame.read(None) as reading:
            latest = (
                select(Handoff.lead_id, func.max(Handoff.id).label("handoff_id"))
                .group_by(Handoff.lead_id)
                .subquery()
            )
            rows = reading.session.execute(
                select(Lead.id, Handoff.id, Partner.name, Partner.sla_hours)
                .join(latest, latest.c.lead_id == Lead.id)
                .join(Handoff, and_(Handoff.id == latest.c.handoff_id))
                .join(Partner, Partner.id == Handoff.partner_id)
                .where(
                    Lead.status == LeadStatus.SALES_READY.value,
                    Handoff.status == HandoffStatus.EXPIRED.value,
                )
                .order_by(Lead.score.desc(), Lead.id)
            ).all()
        return [(int(a), int(b), str(c), int(d)) for a, b, c, d in rows]
