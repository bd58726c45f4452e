"""Making check calls due: each delivered handoff is judged once, on its check day.

Run by every workstation's sweep and by `qualifier check-calls due`; safe to run anywhere at
once: a handoff gets at most one check-call row (unique key), and each handoff is decided in
its own transaction, by the database's time. A due check call puts the lead into the queue of
the rep who qualified it (or, when that rep no longer takes leads, into its team's queue) as
"check_call": the claim then treats it like any lead, with leases, calling windows,
do-not-call and per-number caps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.calling_rules import RuleBook
from qualifier_app.domain.check_calls import (
    CHECKABLE,
    CLOSED_BY_PARTNER,
    SCRIPT_NAME,
    CheckCallStatus,
    CheckPolicy,
    Decision,
    add_business_days,
    days_off,
    decide,
    policy_for,
)
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.reporting import midnight
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CheckCall, Handoff, Lead, Script, User
from qualifier_app.services.center_days import center_today, center_zone
from qualifier_app.services.check_calls.answers import recorded_cancelled
from qualifier_app.services.check_calls.dto import ScheduleResult
from qualifier_app.services.check_calls.policy import stored_policies
from qualifier_app.services.check_calls.records import customer_records
from qualifier_app.services.compliance.consents import leads_that_said_no_to_calls
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import QueuePolicy

# How long after its check day a handoff is still judged: the sweep runs only while some app
# is open, so a check day that fell on a Friday evening or in a closed week comes later.
LATE_JUDGING = timedelta(days=31)
# How far back a partner's check-call record decides whether it is checked more often.
RECORD_DAYS = 180
COUNTED = (CheckCallStatus.DUE, CheckCallStatus.ANSWERED, CheckCallStatus.UNREACHED)
REP_ROLES = (Role.REP.value, Role.TEAM_LEAD.value)


def check_day(
    book: RuleBook,
    sent_at: datetime,
    business_days: int,
    country: str | None,
    region: str | None,
    zones_key: str | None,
) -> datetime:
    """When a handoff delivered at `sent_at` is checked: business days in the lead's local
    time, skipping its place's holidays."""
    zones = cw.parse_zones_key(zones_key or "")
    zone = cw.zone(zones[0]) if zones else None
    return add_business_days(sent_at, business_days, days_off(book, country, region), zone)


def look_back(policies: list[CheckPolicy]) -> timedelta:
    """How long ago a handoff may have been delivered and still wait for its check day: the
    longest policy's business days as calendar days, each week's weekend, a holiday for each
    week, and the judging that came late."""
    longest = max(policy.business_days for policy in policies)
    weeks = longest // 5 + 1
    return timedelta(days=longest + 3 * weeks) + LATE_JUDGING


# Due check calls whose lead is no longer in the queue as a check call.
_DUE_WITHOUT_ITS_LEAD = (
    select(CheckCall.id)
    .join(Lead, Lead.id == CheckCall.lead_id)
    .where(CheckCall.status == CheckCallStatus.DUE, Lead.status != LeadStatus.CHECK_CALL.value)
    .order_by(CheckCall.id)
)


def _unjudged(
    now: datetime, policies: list[CheckPolicy]
) -> Select[int, datetime | None, int, str | None, str | None, str | None, str]:
    """Delivered handoffs not judged yet that may have reached their check day."""
    return (
        select(
            Handoff.id,
            Handoff.sent_at,
            Handoff.partner_id,
            Lead.segment,
            Lead.country,
            Lead.region,
            Lead.time_zones,
        )
        .join(Lead, Lead.id == Handoff.lead_id)
        .where(
            Handoff.sent_at.is_not(None),
            Handoff.sent_at >= now - look_back(policies),
            Handoff.status.in_(sorted(CHECKABLE | CLOSED_BY_PARTNER)),
            Handoff.id.not_in(select(CheckCall.handoff_id)),
        )
        .order_by(Handoff.sent_at, Handoff.id)
    )


class CheckCallScheduler:
    def __init__(self, frame: Frame) -> None:
        self._frame = frame

    def make_due(self, actor: Actor) -> ScheduleResult:
        require(actor, Action.RUN_SLA_SWEEP)
        with self._frame.read(None) as reading:
            session, now = reading.session, reading.now
            left = session.execute(_DUE_WITHOUT_ITS_LEAD).scalars().all()
            policies = stored_policies(session)
            rows = session.execute(_unjudged(now, policies)).all() if policies else []
            # Only the places' holidays are read from it: the windows do not matter here.
            book = load_rule_book(session, QueuePolicy()) if rows else None
        counts = {"due": 0, "skipped": 0, "cancelled": 0}
        counts["cancelled"] += sum(self._cancel_left(check_id) for check_id in left)
        for handoff_id, sent_at, partner_id, segment, country, region, zones in rows:
            policy = policy_for(policies, segment, partner_id)
            if policy is None or sent_at is None or book is None:
                continue
            due_at = check_day(book, sent_at, policy.business_days, country, region, zones)
            if due_at > now:
                continue
            status = self._judge(handoff_id, policy, due_at)
            if status == CheckCallStatus.DUE:
                counts["due"] += 1
            elif status == CheckCallStatus.SKIPPED:
                counts["skipped"] += 1
            elif status == CheckCallStatus.CANCELLED:
                counts["cancelled"] += 1
        return ScheduleResult(counts["due"], counts["skipped"], counts["cancelled"])

    def _cancel_left(self, check_id: int) -> bool:
        """A due check call whose lead left the queue another way (its number or address put
        on the do-not-call list from another lead or the list itself) is cancelled: it would
        otherwise count as checked this month for ever."""
        with self._frame.change(None) as change:
            session = change.session
            check = session.execute(
                select(CheckCall).where(CheckCall.id == check_id).with_for_update()
            ).scalar_one_or_none()
            lead_status = (
                session.execute(select(Lead.status).where(Lead.id == check.lead_id)).scalar_one()
                if check is not None and check.status == CheckCallStatus.DUE
                else LeadStatus.CHECK_CALL.value
            )
            if check is None or lead_status == LeadStatus.CHECK_CALL.value:
                change.discard()
                return False
            reason = message("the lead is {status}", status=LeadStatus(lead_status).label)
            check.status = CheckCallStatus.CANCELLED
            recorded_cancelled(change, check, lead_status, reason)
            return True

    def _judge(self, handoff_id: int, policy: CheckPolicy, due_at: datetime) -> str | None:
        try:
            with self._frame.change(None) as change:
                return self._judge_in(change, handoff_id, policy, due_at)
        except IntegrityError:
            return None  # another workstation judged it a moment ago

    def _judge_in(
        self, change: Change, handoff_id: int, policy: CheckPolicy, due_at: datetime
    ) -> str | None:
        session, now = change.session, change.now
        handoff = session.get(Handoff, handoff_id)
        assert handoff is not None and handoff.sent_at is not None
        if session.execute(select(CheckCall.id).where(CheckCall.handoff_id == handoff_id)).first():
            change.discard()
            return None
        lead = session.execute(
            select(Lead).where(Lead.id == handoff.lead_id).with_for_update()
        ).scalar_one()
        month_start = midnight(center_today(session, now).replace(day=1), center_zone(session))
        checked = session.execute(
            select(func.count(CheckCall.id)).where(
                CheckCall.partner_id == handoff.partner_id,
                CheckCall.status.in_(COUNTED),
                CheckCall.decided_at >= month_start,
            )
        ).scalar_one()
        record = customer_records(
            session, [handoff.partner_id], now - timedelta(days=RECORD_DAYS)
        ).get(handoff.partner_id)
        decision = decide(
            policy, handoff_id, handoff.status, int(checked), record is not None and record.poor
        )
        if decision.check and lead.status != LeadStatus.HANDED_OFF.value:
            decision = Decision(
                False,
                CheckCallStatus.CANCELLED,
                message("the lead is {status}", status=LeadStatus(lead.status).label),
            )
        if decision.check and leads_that_said_no_to_calls(session, [lead.id]):
            decision = Decision(
                False, CheckCallStatus.CANCELLED, message("the prospect said no to phone calls")
            )
        check = CheckCall(
            handoff_id=handoff.id,
            lead_id=lead.id,
            partner_id=handoff.partner_id,
            partner_rep_id=handoff.partner_rep_id,
            rep_id=handoff.qualified_by_id,
            status=decision.status,
            why=decision.reason,
            due_at=due_at,
            decided_at=now,
            lead_attempts=lead.attempts,
        )
        session.add(check)
        session.flush()
        if decision.check:
            self._into_queue(change, lead, check, due_at)
        change.audit(
            f"check_call.{decision.status}",
            "check_call",
            check.id,
            after={
                "handoff_id": handoff.id,
                "lead_id": lead.id,
                "status": decision.status,
                "due_at": due_at,
                "assigned_rep_id": lead.assigned_rep_id if decision.check else None,
            },
            reason=decision.reason,
        )
        return decision.status

    def _into_queue(self, change: Change, lead: Lead, check: CheckCall, due_at: datetime) -> None:
        session = change.session
        if not session.execute(
            select(Script.id).where(Script.name == SCRIPT_NAME).limit(1)
        ).first():
            install_scripts(session, change.now)
        rep_works = (
            check.rep_id is not None
            and session.execute(
                select(User.id).where(
                    User.id == check.rep_id, User.active.is_(True), User.role.in_(REP_ROLES)
                )
            ).first()
        )
        check_move(LeadStatus(lead.status), LeadStatus.CHECK_CALL)
        lead.status = LeadStatus.CHECK_CALL.value
        lead.assigned_rep_id = check.rep_id if rep_works else None
        lead.attempts = 0
        lead.next_call_at = due_at
        lead.updated_at = change.now
