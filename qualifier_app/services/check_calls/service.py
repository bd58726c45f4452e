"""The check calls' one face for the CLI and the GUI; each room does its part: `policy`,
`schedule` (making them due), `answers` (saved from the workspace), `follow_up` (after
"not contacted") and `report`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import aliased

from qualifier_app.domain.check_calls import CheckCallStatus
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import CheckCall, Lead, Partner, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.check_calls.dto import (
    DueCheckCall,
    PolicyRow,
    ReopenedHandoff,
    ScheduleResult,
)
from qualifier_app.services.check_calls.follow_up import CheckCallFollowUp
from qualifier_app.services.check_calls.policy import CheckCallPolicies
from qualifier_app.services.check_calls.report import CheckCallReport
from qualifier_app.services.check_calls.schedule import CheckCallScheduler
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.services.partners.routing import RoutingService
from qualifier_app.services.reports.dto import ReportTable


class CheckCallService:
    def __init__(self, db: Database, clock: Clock, routing: RoutingService) -> None:
        self._frame = Frame(db, clock)
        self.policies = CheckCallPolicies(self._frame)
        self._scheduler = CheckCallScheduler(self._frame)
        self._follow_up = CheckCallFollowUp(self._frame, routing)
        self._report = CheckCallReport(self._frame)

    def make_due(self, actor: Actor) -> ScheduleResult:
        """Judge every handoff that reached its check day: due, skipped or cancelled."""
        return self._scheduler.make_due(actor)

    def due(self, actor: Actor) -> tuple[DueCheckCall, ...]:
        """Check calls waiting in a queue now, oldest first."""
        with self._frame.read(actor, Action.VIEW_QUEUE_STATS) as reading:
            rep = aliased(User)
            # A team lead's: their teams' queues, as row-level security shows them on
            # PostgreSQL.
            in_scope = scope_of(reading.session, actor).leads()
            rows = reading.session.execute(
                select(CheckCall, Lead.company, Partner.name, rep.display_name, Lead.attempts)
                .join(Lead, Lead.id == CheckCall.lead_id)
                .join(Partner, Partner.id == CheckCall.partner_id)
                .outerjoin(rep, rep.id == Lead.assigned_rep_id)
                .where(
                    CheckCall.status == CheckCallStatus.DUE,
                    Lead.status == LeadStatus.CHECK_CALL.value,
                    *([] if in_scope is None else [in_scope]),
                )
                .order_by(CheckCall.due_at, CheckCall.id)
            ).all()
            return tuple(
                DueCheckCall(
                    check_call_id=check.id,
                    handoff_id=check.handoff_id,
                    lead_id=check.lead_id,
                    company=company,
                    partner=partner,
                    rep=rep_name or "",
                    due_at=check.due_at,
                    attempts=int(attempts),
                    why=check.why,
                )
                for check, company, partner, rep_name, attempts in rows
            )

    def list_policies(self, actor: Actor) -> tuple[PolicyRow, ...]:
        return self.policies.list(actor)

    def reopened(self, actor: Actor) -> tuple[ReopenedHandoff, ...]:
        return self._follow_up.reopened(actor)

    def reroute(self, actor: Actor, check_call_id: int) -> HandoffSummary | str:
        return self._follow_up.reroute(actor, check_call_id)

    def keep(self, actor: Actor, check_call_id: int, note: str) -> None:
        self._follow_up.keep(actor, check_call_id, note)

    def report(self, actor: Actor, by: str, period: Period | None = None) -> ReportTable:
        return self._report.table(actor, by, period or Period())
