"""The rep's workspace: take the next lead, qualify it with the script, record the outcome.

Every outcome is one transaction: the call attempt (unique by the workstation's request id,
so a retry after a lost reply changes nothing), the lead's new status, the typed BANT
answers with the script version, contact corrections keeping the original, and the audit
rows. The lead must still be the rep's: same version as when it was claimed, and no other
holder; otherwise nothing is written and the rep is told who has it now.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain import bant
from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.do_not_call import DncKind
from qualifier_app.domain.errors import Conflict, InvalidInput, LeaseLost, NotFound
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus, check_move
from qualifier_app.domain.retry import NO_CONTACT, Disposition, RetryPolicy, decide
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence import audit, queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    CallingProfile,
    Campaign,
    ContactCorrection,
    Lead,
    Qualification,
    QualificationAnswer,
    Script,
    Touch,
    User,
)
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.queue.calling_profiles import (
    load_profiles,
    open_profile_ids,
    profile_for_lead,
)
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.dto import ClaimedLead
from qualifier_app.services.workspace.dto import (
    CallbackDue,
    ContactChange,
    ContactCheckResult,
    EarlierAttempt,
    OtherLead,
    Outcome,
    OutcomeKind,
    OutcomeReceipt,
    RepDay,
    ScriptRef,
    Touchpoint,
    WorkItem,
)
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import QueuePolicy, WorkspacePolicy

REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{8,36}$")
CALLBACK_HORIZON = timedelta(days=92)
HISTORY_ROWS = 20
ELIGIBLE_CAP = 1000

DECISIONS = {
    OutcomeKind.SALES_READY: bant.Recommendation.SALES_READY,
    OutcomeKind.NURTURE: bant.Recommendation.NURTURE,
    OutcomeKind.DISQUALIFY: bant.Recommendation.DISQUALIFY,
    OutcomeKind.CALLBACK: bant.Recommendation.CALLBACK,
}
TARGET_STATUS = {
    OutcomeKind.CALLBACK: LeadStatus.CALLBACK,
    OutcomeKind.SALES_READY: LeadStatus.SALES_READY,
    OutcomeKind.NURTURE: LeadStatus.NURTURE,
    OutcomeKind.DISQUALIFY: LeadStatus.DISQUALIFIED,
    OutcomeKind.DO_NOT_CALL: LeadStatus.DO_NOT_CALL,
}
# Outcomes after which the lead would be called again: a number on the do-not-call list
# must not go back to a queue with them.
CALLS_AGAIN = frozenset({OutcomeKind.NO_CONTACT, OutcomeKind.CALLBACK, OutcomeKind.NURTURE})


class WorkspaceService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        queue: QueueService,
        queue_policy: QueuePolicy,
        retry: RetryPolicy,
        policy: WorkspacePolicy | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._queue = queue
        self._queue_policy = queue_policy
        self._retry = retry
        self._policy = policy or WorkspacePolicy()
        self._scripts: dict[int, ScriptRef] = {}
        self._parsed: dict[int, bant.Script] = {}

    # --- taking a lead ----------------------------------------------------------------------

    def next_lead(self, actor: Actor) -> WorkItem:
        """Claim the next lead (see QueueService.claim_next) with all the card shows."""
        claimed = self._queue.claim_next(actor)
        return self._work_item(claimed)

    def resume(self, actor: Actor, lead_id: int, version: int) -> WorkItem:
        """Take up a lead again from a saved draft: only if nobody changed it meanwhile."""
        require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        until = now + timedelta(minutes=self._queue_policy.lease_minutes)
        with self._db.unit_of_work() as uow:
            session = uow.session
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
                    raise NotFound(f"there is no lead {lead_id}")
                raise self._conflict(session, lead, actor, now)
            audit.record(
                session,
                at=now,
                actor_id=actor.audit_id,
                action="lead.resumed",
                entity_type="lead",
                entity_id=lead_id,
                after={"lease_owner_id": actor.user_id, "lease_expires_at": until},
                reason="draft restored after the workstation closed",
            )
            uow.commit()
        return self._work_item(self._queue.card(actor, lead_id))

    def _work_item(self, lead: ClaimedLead) -> WorkItem:
        if not self._scripts:
            self._ensure_scripts()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            row = session.execute(
                select(Lead, User.display_name)
                .outerjoin(User, User.id == Lead.assigned_rep_id)
                .where(Lead.id == lead.id)
            ).one()
            full, assigned = row
            touches = tuple(
                Touchpoint(kind, source, campaign, at)
                for kind, source, campaign, at in session.execute(
                    select(Touch.kind, Touch.source, Campaign.name, Touch.occurred_at)
                    .outerjoin(Campaign, Campaign.id == Touch.campaign_id)
                    .where(Touch.lead_id == lead.id)
                    .order_by(Touch.occurred_at.desc())
                    .limit(HISTORY_ROWS)
                ).all()
            )
            history = tuple(
                EarlierAttempt(at, rep, disposition, outcome, reason, notes)
                for at, rep, disposition, outcome, reason, notes in session.execute(
                    select(
                        CallAttempt.ended_at,
                        User.display_name,
                        CallAttempt.disposition,
                        CallAttempt.outcome,
                        CallAttempt.reason,
                        CallAttempt.notes,
                    )
                    .join(User, User.id == CallAttempt.rep_id)
                    .where(CallAttempt.lead_id == lead.id)
                    .order_by(CallAttempt.ended_at.desc(), CallAttempt.id.desc())
                    .limit(HISTORY_ROWS)
                ).all()
            )
            script = self._script_for(session, full.segment)
            if script is None:
                raise NotFound(f"no BANT script is installed for the {full.segment} segment")
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
                assigned_rep=assigned,
                touches=touches,
                history=history,
                script=script,
                phone_check=check_phone(full.phone_raw or full.phone_e164 or "", full.country),
                email_check=check_email(full.email_raw or full.email_normalized or ""),
            )

    # --- scripts ----------------------------------------------------------------------------

    def _script_for(self, session: Session, segment: str | None) -> ScriptRef | None:
        """The newest active script for the segment; a script for every segment otherwise."""
        seg = bant.segment_key(segment)
        row = session.execute(
            select(Script.id)
            .where(Script.active.is_(True), or_(Script.segment == seg, Script.segment.is_(None)))
            .order_by(case((Script.segment == seg, 0), else_=1), Script.version.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return self._script_by_id(session, int(row[0]))

    def _script_by_id(self, session: Session, script_id: int) -> ScriptRef:
        # Script versions never change once stored, so they are cached for good.
        cached = self._scripts.get(script_id)
        if cached is not None:
            return cached
        found = session.get(Script, script_id)
        if found is None:
            raise NotFound(f"there is no script {script_id}")
        ref = ScriptRef(found.id, found.name, found.version, dict(found.definition))
        self._parsed[ref.id] = bant.parse_script(ref.definition)
        self._scripts[ref.id] = ref
        return ref

    def active_scripts(self, actor: Actor) -> tuple[ScriptRef, ...]:
        """The newest active script of each name, so a workstation can prepare its screens
        before the first lead arrives."""
        require(actor, Action.WORK_LEADS)
        self._ensure_scripts()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            newest = (
                select(Script.name, func.max(Script.version).label("version"))
                .where(Script.active.is_(True))
                .group_by(Script.name)
                .subquery()
            )
            ids = session.execute(
                select(Script.id).join(
                    newest, and_(Script.name == newest.c.name, Script.version == newest.c.version)
                )
            ).scalars()
            return tuple(self._script_by_id(session, int(i)) for i in ids)

    def _ensure_scripts(self) -> None:
        """A database that never ran the demo has no script yet: install the shipped ones."""
        with self._db.unit_of_work(write=False) as uow:
            if uow.session.execute(select(Script.id).limit(1)).first() is not None:
                return
        with self._db.unit_of_work() as uow:
            install_scripts(uow.session, self._clock.now())
            uow.commit()

    def parsed_script(self, script_id: int) -> bant.Script:
        if script_id not in self._parsed:
            with self._db.unit_of_work(write=False) as uow:
                self._script_by_id(uow.session, script_id)
        return self._parsed[script_id]

    # --- contact checks ---------------------------------------------------------------------

    def check_contact(self, actor: Actor, lead_id: int, field: str, raw: str) -> ContactCheckResult:
        """Validate a corrected phone or e-mail, and say whether another lead or the
        do-not-call list has it already."""
        require(actor, Action.WORK_LEADS)
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            country = session.execute(select(Lead.country).where(Lead.id == lead_id)).first()
            if country is None:
                raise NotFound(f"there is no lead {lead_id}")
            if field == "phone":
                phone = check_phone(raw, country[0])
                if not phone.valid or phone.e164 is None:
                    return ContactCheckResult(field, False, phone.reason, None, "", (), (), False)
                zones = ", ".join(phone.time_zones) or "time zone unknown"
                details = (
                    f"{phone.international} · national {phone.national} · "
                    f"{phone.number_type} · {zones}"
                )
                others = self._other_leads(session, Lead.phone_e164 == phone.e164, lead_id)
                listed = do_not_call.is_listed(session, DncKind.PHONE, phone.e164)
                return ContactCheckResult(
                    field, True, "", phone.e164, details, phone.time_zones, others, listed
                )
            if field == "email":
                mail = check_email(
                    raw, check_deliverability=self._policy.check_email_deliverability
                )
                if not mail.valid or mail.normalized is None:
                    return ContactCheckResult(field, False, mail.reason, None, "", (), (), False)
                others = self._other_leads(
                    session, Lead.email_normalized == mail.normalized, lead_id
                )
                listed = do_not_call.is_listed(session, DncKind.EMAIL, mail.normalized)
                return ContactCheckResult(
                    field, True, "", mail.normalized, mail.normalized, (), others, listed
                )
        raise InvalidInput(f"{field!r} is not a contact field (phone or email)", "field")

    @staticmethod
    def _other_leads(session: Session, match: Any, lead_id: int) -> tuple[OtherLead, ...]:
        rows = session.execute(
            select(Lead.id, Lead.company, Lead.first_name, Lead.last_name, Lead.status)
            .where(match, Lead.id != lead_id)
            .order_by(Lead.id)
            .limit(5)
        ).all()
        return tuple(
            OtherLead(int(i), company, " ".join(p for p in (first, last) if p), status)
            for i, company, first, last, status in rows
        )

    # --- outcomes ---------------------------------------------------------------------------

    def submit(self, actor: Actor, outcome: Outcome) -> OutcomeReceipt:
        """Record the outcome of a lead the actor holds. Sending the same request id again
        returns the first receipt and writes nothing."""
        require(actor, Action.WORK_LEADS)
        if not REQUEST_ID.match(outcome.request_id):
            raise InvalidInput(
                "the request id must be 8–36 letters, digits or dashes", "request_id"
            )
        try:
            with self._db.unit_of_work() as uow:
                replay = self._replay(uow.session, actor, outcome)
                if replay is not None:
                    return replay
                receipt = self._apply(uow.session, actor, outcome, self._clock.now())
                uow.commit()
                return receipt
        except IntegrityError:
            # The same request arrived twice at once; the other one was recorded.
            with self._db.unit_of_work(write=False) as uow:
                replay = self._replay(uow.session, actor, outcome)
            if replay is None:
                raise
            return replay
        except StaleDataError:
            with self._db.unit_of_work(write=False) as uow:
                lead = uow.session.get(Lead, outcome.lead_id)
                assert lead is not None
                raise self._conflict(uow.session, lead, actor, self._clock.now()) from None

    def _replay(self, session: Session, actor: Actor, outcome: Outcome) -> OutcomeReceipt | None:
        attempt = session.execute(
            select(CallAttempt).where(CallAttempt.request_id == outcome.request_id)
        ).scalar_one_or_none()
        if attempt is None:
            return None
        if attempt.lead_id != outcome.lead_id or attempt.rep_id != actor.user_id:
            raise Conflict("this request id was already used for another outcome")
        lead = session.get(Lead, attempt.lead_id)
        assert lead is not None
        qualification = session.execute(
            select(Qualification.id).where(Qualification.call_attempt_id == attempt.id)
        ).scalar_one_or_none()
        return OutcomeReceipt(
            request_id=attempt.request_id,
            lead_id=lead.id,
            attempt_id=attempt.id,
            status=lead.status,
            grade=lead.grade,
            next_call_at=lead.next_call_at,
            recycle_on=lead.recycle_on,
            message="already saved",
            replayed=True,
            qualification_id=qualification,
        )

    def _apply(
        self, session: Session, actor: Actor, outcome: Outcome, now: datetime
    ) -> OutcomeReceipt:
        lead = session.execute(
            select(Lead).where(Lead.id == outcome.lead_id).with_for_update()
        ).scalar_one_or_none()
        if lead is None:
            raise NotFound(f"there is no lead {outcome.lead_id}")
        if lead.version != outcome.version or lead.lease_owner_id != actor.user_id:
            raise self._conflict(session, lead, actor, now)
        kind = outcome.kind
        disposition = (
            outcome.disposition if kind is OutcomeKind.NO_CONTACT else Disposition.CONTACTED
        )
        if kind is OutcomeKind.NO_CONTACT and disposition not in NO_CONTACT:
            raise InvalidInput(
                "choose how the call went: no answer, busy, voicemail …", "disposition"
            )
        before = _snapshot(lead)
        assessment, answers, script = self._assess(lead, outcome, now.date())
        self._apply_corrections(session, lead, actor, outcome, now)

        reason, callback_rep = self._move(session, lead, actor, outcome, disposition, now)

        grade: str | None = None
        if assessment is not None and kind in DECISIONS and kind is not OutcomeKind.CALLBACK:
            grade = bant.recommended_grade(DECISIONS[kind], assessment.grade)
            lead.grade = grade
        elif kind is OutcomeKind.DO_NOT_CALL:
            lead.grade = None

        attempt = CallAttempt(
            request_id=outcome.request_id,
            lead_id=lead.id,
            rep_id=actor.user_id,
            started_at=min(outcome.started_at, now),
            ended_at=now,
            disposition=disposition.value,
            outcome=kind.value,
            reason=reason,
            notes=outcome.notes.strip(),
            callback_at=lead.next_call_at if kind is OutcomeKind.CALLBACK else None,
            callback_rep_id=callback_rep,
            recycle_on=lead.recycle_on,
        )
        session.add(attempt)
        session.flush()

        qualification_id = None
        if assessment is not None and script is not None:
            qualification_id = self._record_qualification(
                session, actor, lead, attempt, script, assessment, answers, outcome, grade, now
            )
        after = _snapshot(lead)
        audit.record(
            session,
            at=now,
            actor_id=actor.audit_id,
            action=f"lead.{kind.value}",
            entity_type="lead",
            entity_id=lead.id,
            before=before,
            after={**after, "disposition": disposition.value, "call_attempt_id": attempt.id},
            reason=reason,
        )
        blocked = 0
        if kind is OutcomeKind.DO_NOT_CALL:
            session.flush()
            result = do_not_call.block(
                session,
                now=now,
                actor_id=actor.audit_id,
                phone_e164=lead.phone_e164,
                email=lead.email_normalized,
                reason=reason or "asked not to be called",
            )
            # This lead is already do-not-call; the others with its phone or e-mail follow.
            blocked = len(result.leads_blocked) + 1
        return OutcomeReceipt(
            request_id=outcome.request_id,
            lead_id=lead.id,
            attempt_id=attempt.id,
            status=lead.status,
            grade=lead.grade,
            next_call_at=lead.next_call_at,
            recycle_on=lead.recycle_on,
            message=_receipt_message(kind, lead, disposition, blocked),
            qualification_id=qualification_id,
            blocked_leads=blocked,
        )

    def _move(
        self,
        session: Session,
        lead: Lead,
        actor: Actor,
        outcome: Outcome,
        disposition: Disposition,
        now: datetime,
    ) -> tuple[str, int | None]:
        """Give the lead its new status; (reason, the rep a callback is for)."""
        kind = outcome.kind
        lead.lease_owner_id = None
        lead.lease_expires_at = None
        lead.leased_at = None
        lead.updated_at = now
        lead.last_attempt_at = now
        lead.next_call_at = None
        callback_rep: int | None = None
        reason = outcome.reason.strip()
        recycle_on: date | None = None
        target: LeadStatus
        if kind is OutcomeKind.NO_CONTACT:
            target, reason, recycle_on = self._no_contact(session, lead, disposition, now)
        elif kind is OutcomeKind.CALLBACK:
            target = LeadStatus.CALLBACK
            lead.next_call_at = self._check_callback(session, lead, outcome.callback_at, now)
            callback_rep = actor.user_id if outcome.callback_me_only else None
            lead.assigned_rep_id = callback_rep
        else:
            target = TARGET_STATUS[kind]
            recycle_on = self._check_terminal(kind, outcome, reason, now.date())
            lead.assigned_rep_id = None
        if target in {LeadStatus.NURTURE, LeadStatus.DISQUALIFIED}:
            lead.status_reason = reason
        lead.recycle_on = recycle_on if target is LeadStatus.NURTURE else None
        check_move(LeadStatus(lead.status), target)
        lead.status = target.value
        return reason, callback_rep

    def _no_contact(
        self, session: Session, lead: Lead, disposition: Disposition, now: datetime
    ) -> tuple[LeadStatus, str, date | None]:
        recent = session.execute(
            select(CallAttempt.ended_at).where(
                CallAttempt.lead_id == lead.id, CallAttempt.ended_at > now - timedelta(hours=24)
            )
        ).scalars()
        decision = decide(
            self._retry,
            disposition,
            lead.attempts,
            now,
            recent_calls=list(recent),
            country=lead.country,
            region=lead.region,
        )
        lead.attempts = decision.attempts
        if decision.gives_up:
            lead.assigned_rep_id = None
            return LeadStatus.NURTURE, decision.nurture_reason, decision.recycle_on
        lead.next_call_at = decision.next_call_at
        return LeadStatus.QUEUED, disposition.label.lower(), None

    def _check_callback(
        self, session: Session, lead: Lead, at: datetime | None, now: datetime
    ) -> datetime:
        if at is None:
            raise InvalidInput("pick the date and time of the callback", "callback_at")
        if at.tzinfo is None:
            raise InvalidInput("the callback time has no time zone", "callback_at")
        if at <= now:
            raise InvalidInput("the callback time has passed; pick a later one", "callback_at")
        if at > now + CALLBACK_HORIZON:
            raise InvalidInput("a callback can be at most three months ahead", "callback_at")
        start, end = session.execute(
            select(CallingProfile.window_start, CallingProfile.window_end).where(
                CallingProfile.id == lead.calling_profile_id
            )
        ).one()
        window = cw.CallingWindow.from_minutes(start, end)
        zones = cw.parse_zones_key(lead.time_zones)
        if zones and not cw.is_open(zones, at, window):
            local = "; ".join(f"{t:%H:%M} in {z}" for z, t in cw.local_times(zones, at))
            raise InvalidInput(
                f"{local} is outside the calling window {window.text()}; pick a time inside it",
                "callback_at",
            )
        return at

    @staticmethod
    def _check_terminal(
        kind: OutcomeKind, outcome: Outcome, reason: str, today: date
    ) -> date | None:
        if kind is OutcomeKind.NURTURE:
            if not reason:
                raise InvalidInput("say why the lead goes to nurture", "reason")
            if outcome.recycle_on is None:
                raise InvalidInput("pick the date to call this lead again", "recycle_on")
            if outcome.recycle_on <= today:
                raise InvalidInput("the recycle date must be after today", "recycle_on")
            return outcome.recycle_on
        if kind is OutcomeKind.DISQUALIFY and not reason:
            raise InvalidInput("say why the lead is disqualified", "reason")
        return None

    def _assess(
        self, lead: Lead, outcome: Outcome, today: date
    ) -> tuple[bant.Assessment | None, dict[str, bant.AnswerValue], bant.Script | None]:
        if outcome.kind is OutcomeKind.NO_CONTACT:
            return None, {}, None
        if outcome.script_id is None:
            if outcome.kind is OutcomeKind.SALES_READY:
                raise InvalidInput(
                    "go through the script before calling a lead sales-ready", "script"
                )
            return None, {}, None
        script = self.parsed_script(outcome.script_id)
        answers: dict[str, bant.AnswerValue] = {}
        for key, raw in outcome.answers.items():
            try:
                question = script.question(key)
            except KeyError:
                raise InvalidInput(
                    f"question {key!r} is not in script {script.name} v{script.version}", key
                ) from None
            value = bant.parse_answer(question, raw)
            if value is not None:
                answers[key] = value
        answers = bant.counted_answers(script, lead.segment, answers)
        if not answers:
            if outcome.kind is OutcomeKind.SALES_READY:
                raise InvalidInput(
                    "go through the script before calling a lead sales-ready", "script"
                )
            return None, {}, None
        assessment = bant.assess(script, lead.segment, answers, today)
        decision = DECISIONS.get(outcome.kind)
        if outcome.kind is OutcomeKind.SALES_READY and not assessment.complete:
            question = script.question(assessment.missing[0])
            raise InvalidInput(
                f"answer “{question.text}” first: a sales-ready lead needs every required answer",
                question.key,
            )
        overruled = decision is not None and decision is not assessment.recommendation
        if (
            overruled
            and (assessment.complete or outcome.kind is OutcomeKind.SALES_READY)
            and not outcome.overrule_reason.strip()
        ):
            assert decision is not None
            raise InvalidInput(
                f"the script recommends {assessment.recommendation.label} "
                f"(grade {assessment.grade}: {assessment.reason}); say why you choose "
                f"{decision.label} instead",
                "overrule_reason",
            )
        return assessment, answers, script

    def _record_qualification(
        self,
        session: Session,
        actor: Actor,
        lead: Lead,
        attempt: CallAttempt,
        script: bant.Script,
        assessment: bant.Assessment,
        answers: Mapping[str, bant.AnswerValue],
        outcome: Outcome,
        grade: str | None,
        now: datetime,
    ) -> int:
        assert outcome.script_id is not None
        decision = DECISIONS.get(outcome.kind)
        overruled = decision is not None and decision is not assessment.recommendation
        overrule_reason = outcome.overrule_reason.strip() if overruled else ""
        qualification = Qualification(
            call_attempt_id=attempt.id,
            lead_id=lead.id,
            script_id=outcome.script_id,
            segment=bant.segment_key(lead.segment),
            budget_points=assessment.points["B"],
            authority_points=assessment.points["A"],
            need_points=assessment.points["N"],
            timeline_points=assessment.points["T"],
            grade=grade or assessment.grade,
            recommendation=assessment.recommendation.value,
            decision=outcome.kind.value,
            overrule_reason=overrule_reason,
            created_at=now,
        )
        session.add(qualification)
        session.flush()
        for key, value in answers.items():
            question = script.question(key)
            session.add(_answer_row(qualification.id, question, script, value))
        audit.record(
            session,
            at=now,
            actor_id=actor.audit_id,
            action="qualification.overruled" if overrule_reason else "qualification.recorded",
            entity_type="qualification",
            entity_id=qualification.id,
            after={
                "lead_id": lead.id,
                "script": f"{script.name} v{script.version}",
                "points": dict(assessment.points),
                "computed_grade": assessment.grade,
                "grade": qualification.grade,
                "recommendation": assessment.recommendation.value,
                "decision": outcome.kind.value,
            },
            reason=overrule_reason,
        )
        return qualification.id

    def _apply_corrections(
        self, session: Session, lead: Lead, actor: Actor, outcome: Outcome, now: datetime
    ) -> None:
        for change in outcome.corrections:
            corrected = self._correct(session, lead, change)
            if corrected is None:
                continue
            old, new = corrected
            row = ContactCorrection(
                lead_id=lead.id,
                field=change.field,
                old_value=old[:320],
                new_value=new[:320],
                corrected_by_id=actor.user_id,
                corrected_at=now,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                at=now,
                actor_id=actor.audit_id,
                action="contact.corrected",
                entity_type="lead",
                entity_id=lead.id,
                after={"field": change.field, "contact_correction_id": row.id},
            )
            listed = (
                do_not_call.is_listed(session, DncKind.PHONE, lead.phone_e164)
                if change.field == "phone" and lead.phone_e164
                else change.field == "email"
                and lead.email_normalized is not None
                and do_not_call.is_listed(session, DncKind.EMAIL, lead.email_normalized)
            )
            if listed and outcome.kind in CALLS_AGAIN:
                raise InvalidInput(
                    f"the corrected {change.field} is on the do-not-call list; "
                    "choose Do not call for this lead",
                    change.field,
                )

    def _correct(
        self, session: Session, lead: Lead, change: ContactChange
    ) -> tuple[str, str] | None:
        value = change.value.strip()
        if change.field == "phone":
            phone = check_phone(value, lead.country)
            if not phone.valid or phone.e164 is None:
                raise InvalidInput(f"phone {value!r}: {phone.reason}", "phone")
            if phone.e164 == lead.phone_e164 and value == lead.phone_raw:
                return None
            old = lead.phone_raw or lead.phone_e164 or ""
            lead.phone_raw = value
            lead.phone_e164 = phone.e164
            lead.phone_extension = phone.extension
            lead.phone_valid = True
            # A new number can mean a new time zone, and with it a new calling window.
            zones, profile_id = profile_for_lead(
                session, self._queue_policy, phone.e164, lead.country, lead.region
            )
            lead.time_zones = zones
            lead.calling_profile_id = profile_id
            return old, value
        if change.field == "email":
            mail = check_email(value, check_deliverability=self._policy.check_email_deliverability)
            if not mail.valid or mail.normalized is None:
                raise InvalidInput(f"e-mail {value!r}: {mail.reason}", "email")
            if mail.normalized == lead.email_normalized and value == lead.email_raw:
                return None
            old = lead.email_raw or lead.email_normalized or ""
            lead.email_raw = value
            lead.email_normalized = mail.normalized
            lead.email_valid = True
            return old, value
        raise InvalidInput(f"{change.field!r} is not a contact field (phone or email)", "field")

    # --- conflicts --------------------------------------------------------------------------

    def _conflict(self, session: Session, lead: Lead, actor: Actor, now: datetime) -> LeaseLost:
        """Nothing was written; say what happened to the lead and who has it now."""

        def name(user_id: int | None) -> str | None:
            if user_id is None:
                return None
            return session.execute(select(User.display_name).where(User.id == user_id)).scalar()

        holder = None
        if lead.lease_owner_id not in (None, actor.user_id) and (
            lead.lease_expires_at is not None and lead.lease_expires_at > now
        ):
            holder = name(lead.lease_owner_id)
        assigned = name(lead.assigned_rep_id) if lead.assigned_rep_id != actor.user_id else None
        what = f"lead {lead.id} ({lead.company})"
        if holder:
            message = f"{what} was taken over while you had it open: {holder} holds it now"
        elif assigned:
            message = f"{what} was reassigned to {assigned} while you had it open"
        elif LeadStatus(lead.status) not in CLAIMABLE:
            message = f"{what} is {LeadStatus(lead.status).label} now; nobody holds it"
        else:
            message = (
                f"{what} changed while you had it open (your lease ran out); nobody holds it now"
            )
        last = session.execute(
            select(AuditEntry.action, AuditEntry.at, User.display_name)
            .outerjoin(User, User.id == AuditEntry.actor_id)
            .where(
                AuditEntry.entity_type == "lead",
                AuditEntry.entity_id == str(lead.id),
                or_(AuditEntry.actor_id.is_(None), AuditEntry.actor_id != actor.user_id),
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if last is not None:
            action, at, by = last
            message += f" (last change: {action.split('.', 1)[-1].replace('_', ' ')} by "
            message += f"{by or 'an operator'} at {at:%H:%M} UTC)"
        return LeaseLost(message + ". Your notes are kept as a draft.", holder or assigned)

    # --- the queue panel --------------------------------------------------------------------

    def rep_day(self, actor: Actor, since: datetime) -> RepDay:
        """Eligible leads, the rep's callbacks, and the rep's figures since `since` (the start
        of the rep's own day)."""
        require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        me = actor.user_id
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            open_ids = open_profile_ids(load_profiles(session), now)
            # Counted up to a cap: "1,000+" tells a rep as much as the exact figure, and
            # counting a whole large queue after every outcome would cost more than the claim.
            waiting = (
                select(Lead.id)
                .where(
                    queue_sql.eligible(now, open_ids, self._queue_policy.max_attempts),
                    or_(
                        Lead.assigned_rep_id == me,
                        and_(Lead.assigned_rep_id.is_(None), queue_sql.in_queues_of(me)),
                    ),
                )
                .limit(ELIGIBLE_CAP)
                .subquery()
            )
            eligible = session.execute(select(func.count()).select_from(waiting)).scalar_one()
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
                ).where(CallAttempt.rep_id == me, CallAttempt.ended_at >= since)
            ).one()
        next_at = None if eligible else self._queue.next_eligible_at(actor)
        return RepDay(
            int(eligible), next_at, callbacks, int(attempts), int(contacts), int(qualified)
        )


def _snapshot(lead: Lead) -> dict[str, Any]:
    return {
        "status": lead.status,
        "attempts": lead.attempts,
        "next_call_at": lead.next_call_at,
        "assigned_rep_id": lead.assigned_rep_id,
        "grade": lead.grade,
        "recycle_on": lead.recycle_on,
        "version": lead.version,
    }


def _answer_row(
    qualification_id: int, question: bant.Question, script: bant.Script, value: bant.AnswerValue
) -> QualificationAnswer:
    row = QualificationAnswer(
        qualification_id=qualification_id,
        question_key=question.key,
        question_type=question.type.value,
        dimension=script.dimension_of(question),
        points=bant.points_for(question, value),
    )
    if isinstance(value, bool):
        row.value_bool = value
    elif isinstance(value, tuple):
        row.value_choices = list(value)
    elif isinstance(value, date):
        row.value_date = value
    elif isinstance(value, str):
        row.value_text = value
    else:
        row.value_number = value
    return row


def _receipt_message(kind: OutcomeKind, lead: Lead, disposition: Disposition, blocked: int) -> str:
    if kind is OutcomeKind.NO_CONTACT and lead.status == LeadStatus.NURTURE.value:
        return f"{disposition.label} logged; {lead.status_reason}: the lead goes to nurture"
    when = f"{lead.next_call_at:%a %d %b %H:%M} UTC" if lead.next_call_at else ""
    others = blocked - 1
    return {
        OutcomeKind.NO_CONTACT: f"{disposition.label} logged; next call {when}",
        OutcomeKind.CALLBACK: f"Callback set for {when}",
        OutcomeKind.SALES_READY: f"Sales-ready (grade {lead.grade}): ready for a partner",
        OutcomeKind.NURTURE: f"Nurture until {lead.recycle_on:%d %b %Y}" if lead.recycle_on else "",
        OutcomeKind.DISQUALIFY: "Disqualified",
        OutcomeKind.DO_NOT_CALL: "On the do-not-call list"
        + (f"; {others} other lead(s) with the same phone or e-mail too" if others else ""),
    }[kind]
