"""The rep's day, for the queue panel: what waits for the rep, and the rep's own figures."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select

from qualifier_app.domain.calling_rules import cap_shape
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import CallAttempt, Lead
from qualifier_app.services.compliance.blocked import blocked_reasons
from qualifier_app.services.compliance.registries import stale_countries
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_profiles import (
    capped_profiles,
    load_profiles,
    open_profile_ids,
)
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.no_queue import no_queue_refusal
from qualifier_app.services.queue.retry_rules import max_attempts_in_force
from qualifier_app.services.workspace.dto import CallbackDue, RepDay
from qualifier_app.services.workspace.work_items import HISTORY_ROWS
from qualifier_app.settings import QueuePolicy

ELIGIBLE_CAP = 1000


class RepDays:
    def __init__(self, frame: Frame, queue: QueueService, queue_policy: QueuePolicy) -> None:
        self._frame = frame
        self._queue = queue
        self._queue_policy = queue_policy

    def rep_day(self, actor: Actor, since: datetime) -> RepDay:
        """Eligible leads, the rep's callbacks, and the rep's figures since `since` (the start
        of the rep's own day)."""
        me = actor.user_id
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session, now = reading.session, reading.now
            # With the places' rules (days, holidays), as the claim applies them.
            book = load_rule_book(session, self._queue_policy)
            profiles = load_profiles(session, book)
            open_ids = open_profile_ids(profiles, now)
            caps = cap_shape(profile.place_rule for profile in profiles)
            # Counted up to a cap: "1,000+" tells a rep as much as the exact figure, and
            # counting a whole large queue after every outcome would cost more than the claim.
            mine = queue_sql.waiting_for(me)
            waiting = (
                select(Lead.id)
                .where(
                    queue_sql.eligible(
                        now, open_ids, max_attempts_in_force(session, self._queue_policy)
                    ),
                    queue_sql.lawful(stale_countries(session, now)[0], caps),
                    mine,
                )
                .limit(ELIGIBLE_CAP)
                .subquery()
            )
            eligible = session.execute(
                select(func.count()).select_from(waiting),
                queue_sql.cap_params(now, capped_profiles(profiles, caps)),
            ).scalar_one()
            rows = session.execute(
                select(Lead.id, Lead.company, Lead.first_name, Lead.last_name, Lead.next_call_at)
                .where(
                    Lead.status == LeadStatus.CALLBACK.value,
                    Lead.assigned_rep_id == me,
                    Lead.next_call_at.is_not(None),
                )
                .order_by(Lead.next_call_at)
                .limit(HISTORY_ROWS)
            ).all()
            callbacks = tuple(
                CallbackDue(int(i), company, " ".join(p for p in (first, last) if p), at, at <= now)
                for i, company, first, last, at in rows
                if at is not None
            )
            # The places' rules are counted when they leave the rep nothing: after every
            # outcome, counting a large queue's closed places would cost more than the claim.
            blocked = blocked_reasons(
                session, now, self._queue_policy, mine, places=eligible == 0, unworked=False
            )
            no_queue = no_queue_refusal(session, me) if eligible == 0 else None
            attempts, contacts, qualified = session.execute(
                select(
                    func.count(),
                    func.coalesce(
                        func.sum(
                            case(
                                (CallAttempt.disposition == Disposition.CONTACTED.value, 1), else_=0
                            )
                        ),
                        0,
                    ),
                    func.coalesce(
                        func.sum(
                            case((CallAttempt.outcome == OutcomeKind.SALES_READY.value, 1), else_=0)
                        ),
                        0,
                    ),
                ).where(queue_sql.calls_started_since(CallAttempt.rep_id == me, since))
            ).one()
        next_at = None if eligible else self._queue.next_eligible_at(actor)
        return RepDay(
            int(eligible),
            next_at,
            callbacks,
            int(attempts),
            int(contacts),
            int(qualified),
            blocked,
            no_queue.message if no_queue is not None else None,
        )
