"""The lead record: the card and every touch, attempt, BANT answer set (with its script
version), outcome, handoff, partner feedback and audit row of one lead, on one timeline; and
the past a rep must see when a recycled lead comes back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session, aliased

from qualifier_app.domain.audit_actions import action_words
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.outcomes import OutcomeKind, reason_text
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.text import joined, listed, message, restored
from qualifier_app.domain.touches import touch_kind_text
from qualifier_app.persistence import audit
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    Campaign,
    ContactCorrection,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    Qualification,
    QualificationAnswer,
    Queue,
    Script,
    Touch,
    User,
)
from qualifier_app.services.admin.audit import describe_change
from qualifier_app.services.compliance import consents
from qualifier_app.services.workspace.lead_record_dto import (
    AnswerSet,
    LeadRecord,
    RecycledPast,
    TimelineEvent,
)

# Partner statuses after which a lead comes back to the center to be worked again.
PARTNER_GAVE_BACK = ("rejected", "lost", "expired")


def _label(outcome: str) -> str:
    try:
        return OutcomeKind(outcome).label
    except ValueError:
        return outcome.replace("_", " ")


def _disposition(value: str) -> str:
    try:
        return Disposition(value).label
    except ValueError:
        return value.replace("_", " ")


def _status(value: str) -> str:
    try:
        return HandoffStatus(value).label
    except ValueError:
        return value.replace("_", " ")


def answer_value(row: QualificationAnswer) -> Any:
    """The stored answer as the script form takes it back (text, number, ISO date, …)."""
    if row.value_choices is not None:
        return list(row.value_choices)
    if row.value_bool is not None:
        return row.value_bool
    if row.value_date is not None:
        return row.value_date.isoformat()
    if row.value_number is not None:
        number: Decimal = row.value_number
        # "2.5", never "2.500": the form reads a dot before three digits as thousands.
        return format(number.normalize(), "f")
    return row.value_text or ""


def answer_sets(session: Session, lead_id: int) -> tuple[AnswerSet, ...]:
    """Every BANT answer set of the lead, newest first."""
    rows = session.execute(
        select(Qualification, Script.name, Script.version, User.display_name)
        .join(Script, Script.id == Qualification.script_id)
        .join(CallAttempt, CallAttempt.id == Qualification.call_attempt_id)
        .outerjoin(User, User.id == CallAttempt.rep_id)
        .where(Qualification.lead_id == lead_id)
        .order_by(Qualification.created_at.desc(), Qualification.id.desc())
    ).all()
    ids = [row[0].id for row in rows]
    answers: dict[int, dict[str, Any]] = {i: {} for i in ids}
    if ids:
        for answer in session.scalars(
            select(QualificationAnswer)
            .where(QualificationAnswer.qualification_id.in_(ids))
            .order_by(QualificationAnswer.id)
        ):
            answers[answer.qualification_id][answer.question_key] = answer_value(answer)
    return tuple(
        AnswerSet(
            qualification_id=q.id,
            at=q.created_at,
            script_id=q.script_id,
            script=f"{name} v{version}",
            grade=q.grade,
            decision=q.decision,
            answers=answers[q.id],
            by=by or "",
        )
        for q, name, version, by in rows
    )


# A call attempt as the card and the recycled past show it: ended at, by, disposition,
# outcome, reason, notes.
AttemptRow = Row[datetime, str, str, str, str, str]
ATTEMPTS = (
    select(
        CallAttempt.ended_at,
        User.display_name,
        CallAttempt.disposition,
        CallAttempt.outcome,
        CallAttempt.reason,
        CallAttempt.notes,
    )
    .join(User, User.id == CallAttempt.rep_id)
    .where(CallAttempt.lead_id == bindparam("lead_id"))
    .order_by(CallAttempt.ended_at.desc(), CallAttempt.id.desc())
)
GIVEN_BACK = (
    select(Handoff, Partner.name)
    .join(Partner, Partner.id == Handoff.partner_id)
    .where(Handoff.lead_id == bindparam("lead_id"), Handoff.status.in_(PARTNER_GAVE_BACK))
    .order_by(Handoff.created_at.desc(), Handoff.id.desc())
    .limit(1)
)


def attempts_of(session: Session, lead_id: int) -> Sequence[AttemptRow]:
    """Every call attempt on the lead, the latest first: when, by whom, and how it ended."""
    return session.execute(ATTEMPTS, {"lead_id": lead_id}).all()


def recycled_past(
    session: Session, lead_id: int, attempts: Sequence[AttemptRow] | None = None
) -> RecycledPast | None:
    """The earlier answers, last outcome, nurture reason and partner's loss reason of a lead
    that came back from nurture or from a partner; None for a lead that never went away.
    `attempts`: the lead's `attempts_of`, when the caller has read them already."""
    if attempts is None:
        attempts = attempts_of(session, lead_id)
    nurtured = [a for a in attempts if a.outcome == OutcomeKind.NURTURE.value]
    handoff = session.execute(GIVEN_BACK, {"lead_id": lead_id}).first()
    if not nurtured and handoff is None:
        return None
    last = attempts[0] if attempts else None
    last_outcome = ""
    if last is not None:
        last_outcome = message(
            "{outcome} on {at:%Y-%m-%d} by {rep}",
            outcome=_label(last.outcome),
            at=last.ended_at,
            rep=last.display_name,
        )
        if last.reason:
            last_outcome = joined(last_outcome, ": ", reason_text(last.reason))
    nurture_reason = reason_text(nurtured[0].reason) if nurtured else ""
    loss = ""
    if handoff is not None:
        sent, partner = handoff
        why = sent.lost_reason if sent.status == "lost" else sent.reject_reason
        if sent.status == "expired":
            why = why or message("not accepted in time")
        loss = message("{partner} {status}", partner=partner, status=_status(sent.status))
        if why:
            loss = joined(loss, ": ", why)
    sets = answer_sets(session, lead_id)
    prefill: dict[str, Any] = {}
    if sets:
        prefill = {
            row.question_key: answer_value(row)
            for row in session.scalars(
                select(QualificationAnswer).where(
                    QualificationAnswer.qualification_id == sets[0].qualification_id,
                    QualificationAnswer.dimension.is_not(None),
                )
            )
        }
    return RecycledPast(
        earlier_answers=sets[0] if sets else None,
        last_outcome=last_outcome,
        nurture_reason=nurture_reason,
        partner_loss_reason=loss,
        prefill=prefill,
    )


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


# Where a handoff's news came from, as the lead record says it.
ORIGINS = {
    "routing": message("routing"),
    "delivery": message("delivery"),
    "sweep": message("SLA sweep"),
    "check_call": message("check call"),
    "import": message("partner import"),
    "gui": message("channel manager"),
}


def _origin(origin: str) -> str:
    return ORIGINS.get(origin, origin)


def _timeline(session: Session, lead: Lead, sets: tuple[AnswerSet, ...]) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    for kind, source, campaign, at in session.execute(
        select(Touch.kind, Touch.source, Campaign.name, Touch.occurred_at)
        .outerjoin(Campaign, Campaign.id == Touch.campaign_id)
        .where(Touch.lead_id == lead.id)
    ):
        title: str = touch_kind_text(kind)
        if source:
            title = joined(title, " — ", touch_kind_text(source))
        events.append(TimelineEvent(at, "touch", title, campaign or ""))
    for attempt, rep in session.execute(
        select(CallAttempt, User.display_name)
        .outerjoin(User, User.id == CallAttempt.rep_id)
        .where(CallAttempt.lead_id == lead.id)
    ):
        title = message(
            "{direction} call: {disposition}",
            direction=message("Inbound") if attempt.direction == "inbound" else message("Outbound"),
            disposition=_disposition(attempt.disposition),
        )
        events.append(TimelineEvent(attempt.started_at, "attempt", title, "", rep or ""))
        detail: str = listed(
            (part for part in (reason_text(attempt.reason), attempt.notes) if part), "; "
        )
        events.append(
            TimelineEvent(attempt.ended_at, "outcome", _label(attempt.outcome), detail, rep or "")
        )
    for answer_set in sets:
        title = message(
            "BANT answers on {script}: grade {grade}",
            script=answer_set.script,
            grade=answer_set.grade,
        )
        detail = "; ".join(f"{key}: {_short(value)}" for key, value in answer_set.answers.items())
        events.append(TimelineEvent(answer_set.at, "qualification", title, detail, answer_set.by))
    routed_by = aliased(User)
    handoff_ids: dict[int, str] = {}
    for handoff, partner, by in session.execute(
        select(Handoff, Partner.name, routed_by.display_name)
        .join(Partner, Partner.id == Handoff.partner_id)
        .outerjoin(routed_by, routed_by.id == Handoff.routed_by_id)
        .where(Handoff.lead_id == lead.id)
    ):
        handoff_ids[handoff.id] = partner
        title = message(
            "Handoff to {partner} ({status})", partner=partner, status=_status(handoff.status)
        )
        events.append(
            TimelineEvent(handoff.created_at, "handoff", title, restored(handoff.why), by or "")
        )
    if handoff_ids:
        for event in session.scalars(
            select(HandoffEvent).where(HandoffEvent.handoff_id.in_(handoff_ids))
        ):
            title = message(
                "{partner}: {status}",
                partner=handoff_ids[event.handoff_id],
                status=_status(event.status),
            )
            events.append(
                TimelineEvent(
                    event.at, "partner", title, restored(event.note), _origin(event.origin)
                )
            )
    for correction, by in session.execute(
        select(ContactCorrection, User.display_name)
        .outerjoin(User, User.id == ContactCorrection.corrected_by_id)
        .where(ContactCorrection.lead_id == lead.id)
    ):
        title = message("{field} corrected", field=correction.field.capitalize())
        detail = f"{correction.old_value} → {correction.new_value}"
        events.append(TimelineEvent(correction.corrected_at, "correction", title, detail, by or ""))
    rows = session.execute(
        select(AuditEntry, User.display_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.entity_type == "lead", AuditEntry.entity_id == str(lead.id))
        .order_by(AuditEntry.id)
    ).all()
    payloads = _named(
        session, audit.reveal(session, [p for row, _ in rows for p in (row.before, row.after)])
    )
    for index, (row, by) in enumerate(rows):
        before, after = payloads[2 * index], payloads[2 * index + 1]
        detail = describe_change(before, after, worded=True, subject="lead")
        if row.reason:
            detail = joined(detail, " — ", row.reason) if detail else row.reason
        who = by or message("system")
        events.append(
            TimelineEvent(row.at, "audit", action_words(row.action), detail, who, row.action)
        )
    order = {"touch": 0, "attempt": 1, "qualification": 2, "outcome": 3, "handoff": 4}
    events.sort(key=lambda e: (e.at, order.get(e.kind, 5)))
    return events


def lead_record(session: Session, lead_id: int, now: datetime) -> LeadRecord:
    holder = aliased(User)
    assigned = aliased(User)
    row = session.execute(
        select(Lead, Campaign.name, assigned.display_name, holder.display_name)
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
        .outerjoin(assigned, assigned.id == Lead.assigned_rep_id)
        .outerjoin(holder, holder.id == Lead.lease_owner_id)
        .where(Lead.id == lead_id)
    ).first()
    if row is None:
        raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
    lead, campaign, assigned_name, holder_name = row
    live = lead.lease_expires_at is not None and lead.lease_expires_at > now
    sets = answer_sets(session, lead.id)
    facts = {
        message("Industry"): lead.industry,
        message("Employees"): "" if lead.employees is None else str(lead.employees),
        message("Product interest"): lead.product_interest,
        message("Source"): touch_kind_text(lead.source),
        message("Consent (import)"): lead.consent,
        message("Time zones"): lead.time_zones,
        message("Recycle on"): lead.recycle_on.isoformat() if lead.recycle_on else "",
        message("Merged into"): ""
        if lead.merged_into_id is None
        else message("lead {lead}", lead=lead.merged_into_id),
    }
    return LeadRecord(
        id=lead.id,
        version=lead.version,
        company=lead.company,
        contact_name=lead.contact_name,
        title=lead.title,
        phone=lead.phone_e164 or lead.phone_raw,
        email=lead.email_normalized or lead.email_raw,
        country=lead.country or "",
        city=lead.city,
        status=lead.status,
        status_reason=lead.status_reason,
        score=lead.score,
        grade=lead.grade or "",
        segment=lead.segment or "",
        attempts=lead.attempts,
        campaign=campaign or "",
        assigned_rep=assigned_name,
        held_by=holder_name if live and lead.lease_owner_id is not None else None,
        inquiry=lead.inquiry,
        timeline=tuple(_timeline(session, lead, sets)),
        answer_sets=sets,
        past=recycled_past(session, lead.id),
        facts={k: v for k, v in facts.items() if v},
        consent=consents.lines(session, lead.id),
    )


# The ids a lead's audit rows keep, and what the record says in their place.
_QUEUE_KEYS = frozenset({"queue", "queue_id"})
_PERSON_KEYS = frozenset(
    {"assigned_rep_id", "lease_owner_id", "last_caller_id", "rep_id", "callback_rep_id"}
)


def _named(session: Session, payloads: list[Any]) -> list[Any]:
    """The payloads with queue and person ids given as names ("queue: Enterprise", not
    "queue: 3"), where the reader may see them; an id stays an id otherwise."""
    queue_ids: set[int] = set()
    person_ids: set[int] = set()
    for payload in payloads:
        if isinstance(payload, dict):
            for key, value in payload.items():
                if isinstance(value, int) and not isinstance(value, bool):
                    if key in _QUEUE_KEYS:
                        queue_ids.add(value)
                    elif key in _PERSON_KEYS:
                        person_ids.add(value)
    if not queue_ids and not person_ids:
        return payloads
    queues = dict(
        session.execute(select(Queue.id, Queue.name).where(Queue.id.in_(queue_ids))).all()
    )
    people = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_(person_ids))).all()
    )

    def name(key: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return value
        if key in _QUEUE_KEYS:
            return queues.get(value, value)
        if key in _PERSON_KEYS:
            return people.get(value, value)
        return value

    return [
        {key: name(key, value) for key, value in payload.items()}
        if isinstance(payload, dict)
        else payload
        for payload in payloads
    ]
