"""The check-call policy, per segment and optionally per partner: administrators set it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.check_calls import CheckPolicy, check_policy
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CheckCallPolicy, Partner
from qualifier_app.services.check_calls.dto import PolicyRow
from qualifier_app.services.frame import Frame


def stored_policies(session: Session) -> list[CheckPolicy]:
    return [_policy(row) for row in session.execute(select(CheckCallPolicy)).scalars()]


class CheckCallPolicies:
    def __init__(self, frame: Frame) -> None:
        self._frame = frame

    def list(self, actor: Actor) -> tuple[PolicyRow, ...]:
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            rows = reading.session.execute(
                select(CheckCallPolicy, Partner.name)
                .outerjoin(Partner, Partner.id == CheckCallPolicy.partner_id)
                .order_by(CheckCallPolicy.segment, Partner.name.nulls_first())
            ).all()
            return tuple(
                PolicyRow(
                    row.segment,
                    row.partner_id or None,
                    name or "",
                    row.business_days,
                    row.share_percent,
                    row.minimum_per_month,
                    row.poor_share_percent,
                    _policy(row).describe(),
                )
                for row, name in rows
            )

    def set(
        self,
        actor: Actor,
        segment: str,
        business_days: int,
        share_percent: int,
        *,
        partner: str | None = None,
        minimum_per_month: int = 0,
        poor_share_percent: int | None = None,
    ) -> PolicyRow:
        """Create or change the policy of a segment (or of one partner in it)."""
        with self._frame.change(actor, Action.MANAGE_CHECK_CALLS) as change:
            session = change.session
            partner_id: int | None = None
            if partner:
                partner_id = session.execute(
                    select(Partner.id).where(Partner.name == partner.strip())
                ).scalar_one_or_none()
                if partner_id is None:
                    raise NotFound(
                        message("there is no partner {partner!r}", partner=partner.strip())
                    )
            policy = check_policy(
                segment, partner_id, business_days, share_percent, minimum_per_month,
                poor_share_percent,
            )  # fmt: skip
            row = session.execute(
                select(CheckCallPolicy).where(
                    CheckCallPolicy.segment == policy.segment,
                    CheckCallPolicy.partner_id == (partner_id or 0),
                )
            ).scalar_one_or_none()
            before = None if row is None else _values(row)
            if row is None:
                row = CheckCallPolicy(segment=policy.segment, partner_id=partner_id or 0)
                session.add(row)
            row.business_days = policy.business_days
            row.share_percent = policy.share_percent
            row.minimum_per_month = policy.minimum_per_month
            row.poor_share_percent = policy.poor_share_percent
            row.updated_at = change.now
            session.flush()
            change.audit(
                "check_call_policy.set", "check_call_policy", row.id, before=before,
                after=_values(row),
            )  # fmt: skip
            return PolicyRow(
                policy.segment,
                partner_id,
                partner.strip() if partner else "",
                policy.business_days,
                policy.share_percent,
                policy.minimum_per_month,
                policy.poor_share_percent,
                policy.describe(),
            )

    def remove(self, actor: Actor, segment: str, partner: str | None = None) -> None:
        with self._frame.change(actor, Action.MANAGE_CHECK_CALLS) as change:
            session = change.session
            query = select(CheckCallPolicy).where(CheckCallPolicy.segment == segment.lower())
            if partner:
                query = query.join(Partner, Partner.id == CheckCallPolicy.partner_id).where(
                    Partner.name == partner.strip()
                )
            else:
                query = query.where(CheckCallPolicy.partner_id == 0)
            row = session.execute(query).scalar_one_or_none()
            if row is None:
                which = f"{segment} / {partner}" if partner else segment
                raise NotFound(message("there is no check-call policy for {which}", which=which))
            change.audit(
                "check_call_policy.removed", "check_call_policy", row.id, before=_values(row)
            )
            session.delete(row)


def _policy(row: CheckCallPolicy) -> CheckPolicy:
    return CheckPolicy(
        row.segment,
        row.partner_id or None,
        row.business_days,
        row.share_percent,
        row.minimum_per_month,
        row.poor_share_percent,
    )


def _values(row: CheckCallPolicy) -> dict[str, object]:
    return {
        "segment": row.segment,
        "partner_id": row.partner_id or None,
        "business_days": row.business_days,
        "share_percent": row.share_percent,
        "minimum_per_month": row.minimum_per_month,
        "poor_share_percent": row.poor_share_percent,
    }
