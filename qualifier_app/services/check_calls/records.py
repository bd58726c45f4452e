"""What customers told the check calls, per partner: the measure beside acceptance speed,
reporting and win rate in a partner's routing weight."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.check_calls import CheckCallStatus, CustomerRecord, FollowUp
from qualifier_app.persistence.models import CheckCall


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


def reopened_by_partner(session: Session) -> dict[int, int]:
    """Handoffs reopened by a check call that wait for the channel manager, per partner."""
    return {
        int(pid): int(count)
        for pid, count in session.execute(
            select(CheckCall.partner_id, func.count(CheckCall.id))
            .where(CheckCall.follow_up == FollowUp.OPEN)
            .group_by(CheckCall.partner_id)
        ).all()
    }
