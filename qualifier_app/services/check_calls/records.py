"""What customers told the check calls, per partner: the measure beside acceptance speed,
reporting and win rate in a partner's routing weight."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.check_calls import CheckCallStatus, CustomerRecord, FollowUp
from qualifier_app.domain.closed_loop import AWAITING_NEWS
from qualifier_app.persistence.models import CheckCall, Handoff, Lead
from qualifier_app.services.accounts.team_scope import TeamScope


def customer_records(
    session: Session, partner_ids: Sequence[int], since: datetime, before: datetime | None = None
) -> dict[int, CustomerRecord]:
    """Answered check calls since `since` (and before `before`), per partner; partners
    without one are left out."""
    if not partner_ids:
        return {}
    rows = session.execute(
        select(
            CheckCall.partner_id,
            func.count(CheckCall.id),
            func.sum(case((CheckCall.contacted.is_(True), 1), else_=0)),
            func.coalesce(func.sum(CheckCall.satisfaction), 0),
            func.count(CheckCall.satisfaction),
        )
        .where(
            CheckCall.partner_id.in_(list(partner_ids)),
            CheckCall.status == CheckCallStatus.ANSWERED,
            CheckCall.contacted.is_not(None),
            CheckCall.answered_at >= since,
            *([CheckCall.answered_at < before] if before is not None else []),
        )
        .group_by(CheckCall.partner_id)
    ).all()
    return {
        int(pid): CustomerRecord(int(reached), int(contacted or 0), int(total), int(count))
        for pid, reached, contacted, total, count in rows
    }


def waiting_for_a_decision() -> ColumnElement[bool]:
    """Check calls that reopened their handoff while the partner still owes news on it:
    once it reported the lead won, lost or rejected, or its SLA ran out, nothing is left to
    decide."""
    return and_(
        CheckCall.follow_up == FollowUp.OPEN,
        CheckCall.handoff_id.in_(
            select(Handoff.id).where(Handoff.status.in_(sorted(s.value for s in AWAITING_NEWS)))
        ),
    )


def reopened_by_partner(session: Session, scope: TeamScope | None = None) -> dict[int, int]:
    """Handoffs reopened by a check call that wait for the channel manager, per partner; with
    a team's scope, only those of its leads (its queues, or qualified or checked by its
    people)."""
    conditions: list[Any] = [waiting_for_a_decision()]
    in_scope = scope.leads() if scope is not None else None
    if scope is not None and in_scope is not None:
        people = sorted(scope.people_ids)
        conditions.append(
            or_(
                CheckCall.lead_id.in_(select(Lead.id).where(in_scope)),
                CheckCall.rep_id.in_(people),
                CheckCall.answered_by_id.in_(people),
            )
        )
    return {
        int(pid): int(count)
        for pid, count in session.execute(
            select(CheckCall.partner_id, func.count(CheckCall.id))
            .where(*conditions)
            .group_by(CheckCall.partner_id)
        ).all()
    }
