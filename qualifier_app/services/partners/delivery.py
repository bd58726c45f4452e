"""Delivering handoff packages and reminders to partner reps, exactly once.

A delivery is claimed in the database before anything is sent (a "started" event guarded by
the handoff's version), so two workstations running the sweep never send the same handoff
twice; a handoff whose delivered_at is set is never sent again. The Message-ID is derived
from the handoff, so even a send repeated after a crash is the same message to the partner.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qualifier_app.domain import sla
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.handoff_package import BantAnswer, HandoffPackage
from qualifier_app.integrations.mail import (
    MailUnavailable,
    Outbox,
    SmtpMailer,
    compose_handoff,
    compose_reminder,
    message_id,
)
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    CallAttempt,
    Campaign,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    PartnerRep,
    Qualification,
    QualificationAnswer,
    Script,
    User,
)
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners.dto import DeliveryOutcome
from qualifier_app.settings import MailSettings

# A delivery that started this long ago and never finished (a crash) may be tried again.
DELIVERY_LEASE = timedelta(minutes=10)
STARTED, FAILED, DONE = "started", "failed", "done"


def _question_texts(definition: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, str]]]:
    """question key → (text, dimension, option value → label) from a script definition."""
    found: dict[str, tuple[str, str, dict[str, str]]] = {}
    for screen in definition.get("screens", []):
        dimension = str(screen.get("dimension") or "")
        for question in screen.get("questions", []):
            options = {
                str(o.get("value")): str(o.get("label", o.get("value")))
                for o in question.get("options", [])
            }
            found[str(question.get("key"))] = (
                str(question.get("text", question.get("key"))),
                dimension,
                options,
            )
    return found


def _answer_text(answer: QualificationAnswer, options: dict[str, str]) -> str:
    if answer.value_choices is not None:
        return ", ".join(options.get(str(v), str(v)) for v in answer.value_choices)
    if answer.value_bool is not None:
        return "yes" if answer.value_bool else "no"
    if answer.value_number is not None:
        return f"{answer.value_number.normalize():f}"
    if answer.value_date is not None:
        return answer.value_date.isoformat()
    text = answer.value_text or ""
    return options.get(text, text)


class DeliveryService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: MailSettings,
        outbox: Outbox,
        mailer: SmtpMailer | None = None,
    ) -> None:
        self._frame = Frame(db, clock)
        self._settings = settings
        self.outbox = outbox
        self._mailer = mailer or SmtpMailer(settings)

    # --- the handoff package ---------------------------------------------------------------

    def deliver(self, handoff_id: int) -> DeliveryOutcome:
        """Send one handoff by SMTP (or to the outbox); a no-op once it was delivered."""
        claimed = self._claim(handoff_id)
        if isinstance(claimed, DeliveryOutcome):
            return claimed
        handoff_request, package = claimed
        msg_id = message_id(handoff_id, handoff_request, self._settings.sender)
        message = compose_handoff(package, self._settings.sender, msg_id)
        name = f"handoff-{handoff_id:08d}"
        channel: str | None = None
        problem = ""
        if self._mailer.configured:
            try:
                self._mailer.send(message)
                channel = "smtp"
            except MailUnavailable as exc:
                problem = str(exc)
            if channel == "smtp":
                self.outbox.mark_sent(name)
            else:
                self.outbox.put(name, message, package.as_json())
        else:
            self.outbox.put(name, message, package.as_json())
            channel = "outbox"
        self._finish(handoff_id, package, msg_id, channel, problem)
        return DeliveryOutcome(handoff_id, channel is not None, channel or "outbox", problem)

    def _claim(self, handoff_id: int) -> tuple[str, HandoffPackage] | DeliveryOutcome:
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            handoff = session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(f"there is no handoff {handoff_id}")
            if handoff.delivered_at is not None:
                change.discard()
                return DeliveryOutcome(handoff_id, True, handoff.delivery_channel)
            if handoff.status != HandoffStatus.PENDING:
                change.discard()
                return DeliveryOutcome(handoff_id, False, None, f"handoff is {handoff.status}")
            last = session.execute(
                select(HandoffEvent.at, HandoffEvent.data)
                .where(HandoffEvent.handoff_id == handoff_id, HandoffEvent.origin == "delivery")
                .order_by(HandoffEvent.id.desc())
                .limit(1)
            ).first()
            if (
                last is not None
                and last[1].get("delivery") == STARTED
                and last[0] > now - DELIVERY_LEASE
            ):
                change.discard()
                return DeliveryOutcome(handoff_id, False, None, "being delivered elsewhere")
            attempt = handoff.delivery_attempts + 1
            claimed = session.execute(
                update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.version == handoff.version,
                    Handoff.delivered_at.is_(None),
                )
                .values(delivery_attempts=attempt, version=Handoff.version + 1)
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                change.discard()
                return DeliveryOutcome(handoff_id, False, None, "being delivered elsewhere")
            session.add(
                HandoffEvent(
                    handoff_id=handoff_id,
                    at=now,
                    status=HandoffStatus.PENDING.value,
                    origin="delivery",
                    note=f"delivery attempt {attempt}",
                    data={"delivery": STARTED, "attempt": attempt},
                )
            )
            package = self._package(session, handoff, now)
            request_id = handoff.request_id
        return request_id, package

    def _finish(
        self,
        handoff_id: int,
        package: HandoffPackage,
        msg_id: str,
        channel: str | None,
        problem: str,
    ) -> None:
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            if channel is not None:
                session.execute(
                    update(Handoff)
                    .where(Handoff.id == handoff_id, Handoff.delivered_at.is_(None))
                    .values(
                        status=HandoffStatus.SENT.value,
                        sent_at=package.sent_at,
                        deadline_at=package.respond_by,
                        delivered_at=now,
                        delivery_channel=channel,
                        message_id=msg_id,
                        version=Handoff.version + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                note = "e-mailed to the partner rep" if channel == "smtp" else "left in the outbox"
                status, data = HandoffStatus.SENT.value, {"delivery": DONE, "channel": channel}
            else:
                session.execute(
                    update(Handoff)
                    .where(Handoff.id == handoff_id, Handoff.delivered_at.is_(None))
                    .values(delivery_channel="outbox", version=Handoff.version + 1)
                    .execution_options(synchronize_session=False)
                )
                note = f"not delivered, kept in the outbox for a retry: {problem}"
                status, data = HandoffStatus.PENDING.value, {"delivery": FAILED}
            session.add(
                HandoffEvent(
                    handoff_id=handoff_id,
                    at=now,
                    status=status,
                    origin="delivery",
                    note=note,
                    data=data,
                )
            )
            change.audit(
                "handoff.delivered" if channel else "handoff.delivery_failed",
                "handoff",
                handoff_id,
                after={"channel": channel, "message_id": msg_id} if channel else {"outbox": True},
                reason=problem,
            )

    # --- reminders ---------------------------------------------------------------------------

    def remind(self, handoff_id: int) -> bool:
        """Send the 75 % reminder once; False when it was sent already or is not due."""
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            handoff = session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(f"there is no handoff {handoff_id}")
            if handoff.sent_at is None or handoff.deadline_at is None:
                change.discard()
                return False
            due = sla.state(
                now, handoff.sent_at, handoff.deadline_at, handoff.reminded_at is not None
            )
            if handoff.status != HandoffStatus.SENT or due is not sla.SlaState.REMIND:
                change.discard()
                return False
            claimed = session.execute(
                update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.reminded_at.is_(None),
                    Handoff.status == HandoffStatus.SENT.value,
                )
                .values(reminded_at=now, version=Handoff.version + 1)
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                change.discard()
                return False
            package = self._package(session, handoff, handoff.sent_at, handoff.deadline_at)
            original = handoff.message_id or message_id(
                handoff_id, handoff.request_id, self._settings.sender
            )
            session.add(
                HandoffEvent(
                    handoff_id=handoff_id,
                    at=now,
                    status=HandoffStatus.SENT.value,
                    origin="sweep",
                    note=f"reminder: answer due by {handoff.deadline_at:%Y-%m-%d %H:%M} UTC",
                    data={"reminder": True},
                )
            )
            change.audit("handoff.reminded", "handoff", handoff_id, after={"reminded_at": now})
            request_id = handoff.request_id
        reminder_id = message_id(handoff_id, request_id, self._settings.sender, "reminder")
        message = compose_reminder(package, self._settings.sender, reminder_id, original)
        name = f"handoff-{handoff_id:08d}-reminder"
        try:
            if not self._mailer.configured:
                raise MailUnavailable("SMTP is not configured")
            self._mailer.send(message)
        except MailUnavailable:
            self.outbox.put(name, message, package.as_json())
        return True

    # --- building the package --------------------------------------------------------------

    def package(self, handoff_id: int) -> HandoffPackage:
        with self._frame.read(None) as reading:
            handoff = reading.session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(f"there is no handoff {handoff_id}")
            return self._package(reading.session, handoff, handoff.sent_at or reading.now)

    def _package(
        self,
        session: Session,
        handoff: Handoff,
        sent_at: datetime,
        respond_by: datetime | None = None,
    ) -> HandoffPackage:
        lead = session.get(Lead, handoff.lead_id)
        partner = session.get(Partner, handoff.partner_id)
        assert lead is not None and partner is not None
        rep = session.get(PartnerRep, handoff.partner_rep_id) if handoff.partner_rep_id else None
        campaign = (
            session.execute(select(Campaign.name).where(Campaign.id == lead.campaign_id)).scalar()
            if lead.campaign_id
            else None
        )
        qualification = (
            session.get(Qualification, handoff.qualification_id)
            if handoff.qualification_id
            else None
        )
        answers: list[BantAnswer] = []
        points: dict[str, int] = {}
        qualified_at = None
        if qualification is not None:
            qualified_at = qualification.created_at
            points = {
                "B": qualification.budget_points,
                "A": qualification.authority_points,
                "N": qualification.need_points,
                "T": qualification.timeline_points,
            }
            definition = session.execute(
                select(Script.definition).where(Script.id == qualification.script_id)
            ).scalar()
            texts = _question_texts(definition or {})
            for answer in session.execute(
                select(QualificationAnswer)
                .where(QualificationAnswer.qualification_id == qualification.id)
                .order_by(QualificationAnswer.id)
            ).scalars():
                text, dimension, options = texts.get(
                    answer.question_key, (answer.question_key, "", {})
                )
                answers.append(
                    BantAnswer(
                        dimension=answer.dimension or dimension,
                        question=_fill(text, lead),
                        answer=_answer_text(answer, options),
                    )
                )
        notes = tuple(
            note.strip()
            for note in session.execute(
                select(CallAttempt.notes)
                .where(CallAttempt.lead_id == lead.id, CallAttempt.notes != "")
                .order_by(CallAttempt.ended_at)
            ).scalars()
            if note.strip()
        )
        qualified_by = ""
        if handoff.qualified_by_id:
            qualified_by = (
                session.execute(
                    select(User.display_name).where(User.id == handoff.qualified_by_id)
                ).scalar()
                or ""
            )
        location = ", ".join(
            part
            for part in (lead.city, lead.region or "", lead.postal_code, lead.country or "")
            if part
        )
        return HandoffPackage(
            handoff_id=handoff.id,
            lead_id=lead.id,
            partner=partner.name,
            partner_rep=rep.name if rep else "",
            partner_rep_email=rep.email if rep else "",
            company=lead.company,
            contact_name=lead.contact_name,
            title=lead.title,
            phone=lead.phone_e164 or lead.phone_raw,
            email=lead.email_normalized or lead.email_raw,
            website=lead.website,
            location=location,
            employees=lead.employees,
            annual_revenue=str(lead.annual_revenue) if lead.annual_revenue is not None else None,
            industry=lead.industry,
            product_interest=lead.product_interest,
            inquiry=lead.inquiry,
            segment=lead.segment,
            grade=handoff.grade,
            bant_points=points,
            answers=tuple(answers),
            notes=notes,
            qualified_by=qualified_by or "the Qualifying Center",
            qualified_at=qualified_at,
            why=handoff.why,
            sla_hours=partner.sla_hours,
            respond_by=respond_by or sla.deadline(sent_at, partner.sla_hours),
            sent_at=sent_at,
            campaign=campaign,
        )


def _fill(text: str, lead: Lead) -> str:
    for key, value in (
        ("{company}", lead.company),
        ("{contact_name}", lead.contact_name),
        ("{contact_first_name}", lead.first_name),
        ("{product_interest}", lead.product_interest),
    ):
        text = text.replace(key, value)
    return text
