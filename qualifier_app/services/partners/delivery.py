"""Delivering handoff packages and reminders to partner reps: at most once blindly, and
reliably at least once.

A delivery is claimed in the database before anything is sent (a "started" event guarded by
the handoff's version, with the next allowed attempt pushed far out), and its outcome is
recorded after: done, failed (surely not received: tried again by the next sweep, unless the
server refused it for good, its address or the message itself, which is flagged for a person
at once) or unknown (the server may have it: tried again only after a long pause, with the
same Message-ID, a limited number of times, then flagged for a person). A handoff whose
delivered_at is set is never sent again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.handoff_package import HandoffPackage
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import joined
from qualifier_app.domain.text import message as message_
from qualifier_app.integrations.mail import (
    MailOutcomeUnknown,
    MailUnavailable,
    MessageRefused,
    Outbox,
    RecipientRefused,
    SmtpMailer,
    compose_handoff,
    compose_reminder,
    message_id,
)
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff, HandoffEvent, Lead
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners import handoff_queries, reminders
from qualifier_app.services.partners.delivery_events import delivery_event
from qualifier_app.services.partners.dto import DeliveryOutcome, FlaggedDelivery
from qualifier_app.services.partners.flagged import (
    DO_NOT_CALL,
    FLAG_NOTE,
    MESSAGE_REFUSED,
    REFUSED,
    Resolution,
    allow_one_more_try,
    flag,
    flag_note,
    flagged_handoff,
    flagged_list,
    mark_delivered,
    resolution,
    since_resend,
)
from qualifier_app.services.partners.handoff_package import build_package
from qualifier_app.settings import MailSettings

STARTED, FAILED, DONE, UNKNOWN = "started", "failed", "done", "unknown"
AWAITING_STATE = "awaiting"
AWAITING = message_("awaiting delivery: no mail server is configured, the package is in the outbox")
# After a whole SMTP timeout, other deliveries skip the server this long (to the outbox).
STALL_PAUSE = timedelta(minutes=2)
DO_NOT_CALL_NOTE = message_(
    "not sent: the lead went do-not-call after it was routed; the partner must not have it"
)


def delivery_states(session: Session, handoff_id: int) -> list[str | None]:
    """The delivery states a handoff went through, oldest first."""
    return list(
        session.execute(
            select(HandoffEvent.data["delivery"].as_string())
            .where(HandoffEvent.handoff_id == handoff_id, HandoffEvent.origin == "delivery")
            .order_by(HandoffEvent.id)
        ).scalars()
    )


def _unknown_outcomes(states: list[str | None]) -> int:
    """Attempts that started and never learned whether the server took the message."""
    states, _ = since_resend(states)
    started = sum(1 for state in states if state == STARTED)
    settled = sum(1 for state in states if state in (DONE, FAILED))
    return started - settled


def _too_many_unknown(states: list[str | None], retries: int) -> bool:
    """More unconfirmed attempts than allowed: after a person's "send again", just one."""
    _, resent = since_resend(states)
    return _unknown_outcomes(states) > (0 if resent else retries)


def _refused_for_good(problem: MailUnavailable) -> str:
    """The flag reason when the mail server refused the handoff for good, else "": its
    partner rep's address (REFUSED) or the message itself (MESSAGE_REFUSED)."""
    if isinstance(problem, RecipientRefused):
        return REFUSED
    if isinstance(problem, MessageRefused):
        return MESSAGE_REFUSED
    return ""


def _not_now(handoff: Handoff, states: list[str | None], now: datetime) -> DeliveryOutcome | None:
    """Why this handoff is not to be sent now, or None when it is."""
    if handoff.delivered_at is not None:
        return DeliveryOutcome(handoff.id, True, handoff.delivery_channel)
    if handoff.status != HandoffStatus.PENDING:
        return DeliveryOutcome(handoff.id, False, None, f"handoff is {handoff.status}")
    if handoff.delivery_flagged_at is not None:
        return DeliveryOutcome(handoff.id, False, None, FLAG_NOTE)
    if handoff.delivery_retry_at is not None and handoff.delivery_retry_at > now:
        if states and states[-1] == STARTED:
            return DeliveryOutcome(handoff.id, False, None, "being delivered elsewhere")
        return DeliveryOutcome(
            handoff.id,
            False,
            None,
            "the last attempt's outcome is unknown; not resent before "
            f"{handoff.delivery_retry_at:%Y-%m-%d %H:%M} UTC",
        )
    return None


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
        self._unknown_pause = timedelta(hours=settings.unknown_retry_hours)
        self._stalled_until: datetime | None = None

    @property
    def settings(self) -> MailSettings:
        return self._settings

    # --- the handoff package ---------------------------------------------------------------

    def deliver(self, handoff_id: int) -> DeliveryOutcome:
        """Send one handoff by SMTP (or to the outbox); a no-op once it was delivered.

        The attempt is recorded before the send and its outcome after. An attempt whose
        outcome is unknown (the server took the message but never confirmed it, or this
        process died in between) is not sent again until `unknown_retry_hours` have passed,
        then with the same Message-ID, at most `unknown_retries` times; after that the
        handoff is flagged for a person. `sent_now` in the outcome is True only when this
        call delivered it."""
        if not self._mailer.configured:
            return self._await_mail_server(handoff_id)
        claimed = self._claim(handoff_id)
        if isinstance(claimed, DeliveryOutcome):
            return claimed
        msg_id, attempt, package = claimed
        message = compose_handoff(package, self._settings.sender, msg_id)
        name = f"handoff-{handoff_id:08d}"
        channel: str | None = None
        problem = refused = ""
        unknown = False
        if self._mail_server_stalled():
            problem = (
                "the SMTP server did not answer a moment ago; kept in the outbox for the next sweep"
            )
        else:
            try:
                self._mailer.send(message)
                channel = "smtp"
            except MailOutcomeUnknown as exc:
                problem, unknown = str(exc), True
                self._note_stall(exc)
            except MailUnavailable as exc:
                problem, refused = str(exc), _refused_for_good(exc)
                self._note_stall(exc)
        if channel == "smtp":
            if (self.outbox.folder / f"{name}.eml").exists():
                self.outbox.put(name, message, package.as_json())  # keep what was sent
            self.outbox.mark_sent(name)
        elif channel is None and not unknown:
            self.outbox.put(name, message, package.as_json())
        flagged = self._finish(
            handoff_id, package, msg_id, attempt, channel, problem, unknown, refused
        )
        if flagged:
            problem = joined(problem, "; ", flagged)
        return DeliveryOutcome(
            handoff_id, channel is not None, channel or "outbox", problem, channel is not None
        )

    def leave_to_sweep(self, handoff_id: int) -> DeliveryOutcome:
        """What routing many leads does instead of sending: nothing that touches the
        network. Without a mail server the package is parked in the outbox ("awaiting
        delivery"); with one, the handoff stays pending for the outbox sweep to e-mail."""
        if not self._mailer.configured:
            return self._await_mail_server(handoff_id)
        return DeliveryOutcome(handoff_id, False, None, "queued for the outbox sweep")

    def _await_mail_server(self, handoff_id: int) -> DeliveryOutcome:
        """No mail server is configured: the package waits in the outbox, the handoff stays
        pending ("awaiting delivery") and its SLA does not start. Parked once: later sweeps
        leave it alone until SMTP is configured, then it is delivered like any other."""
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            handoff = session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(message_("there is no handoff {handoff_id}", handoff_id=handoff_id))
            states = delivery_states(session, handoff_id)
            not_now = _not_now(handoff, states, now)
            if not_now is not None or handoff.delivery_channel == "outbox":
                change.discard()
                return not_now or DeliveryOutcome(
                    handoff_id, False, "outbox", AWAITING, awaiting=True
                )
            msg_id = handoff.message_id or message_id(
                handoff_id, handoff.request_id, self._settings.sender
            )
            package = build_package(session, handoff, now)
            parked = session.execute(
                update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.version == handoff.version,
                    Handoff.delivered_at.is_(None),
                )
                .values(delivery_channel="outbox", message_id=msg_id, version=Handoff.version + 1)
                .execution_options(synchronize_session=False)
            )
            if parked.rowcount != 1:  # type: ignore[attr-defined]
                change.discard()
                return DeliveryOutcome(handoff_id, False, None, "being delivered elsewhere")
            session.add(
                delivery_event(
                    handoff_id,
                    now,
                    message_("{awaiting}; the SLA starts when it is e-mailed", awaiting=AWAITING),
                    {"delivery": AWAITING_STATE},
                )
            )
            change.audit(
                "handoff.awaiting_delivery",
                "handoff",
                handoff_id,
                after={"outbox": True, "message_id": msg_id},
                reason="no mail server is configured",
            )
            # Written inside the transaction: if the commit fails, the next sweep writes
            # the same file again.
            message = compose_handoff(package, self._settings.sender, msg_id)
            self.outbox.put(f"handoff-{handoff_id:08d}", message, package.as_json())
        return DeliveryOutcome(handoff_id, False, "outbox", AWAITING, awaiting=True)

    def _mail_server_stalled(self) -> bool:
        """A server that just made us wait for a whole timeout is not asked again for a
        while, so routing many leads never waits once per lead for a dead server."""
        return self._stalled_until is not None and self._frame.clock.now() < self._stalled_until

    def _note_stall(self, problem: MailUnavailable) -> None:
        if problem.timed_out:
            self._stalled_until = self._frame.clock.now() + STALL_PAUSE

    def _claim(self, handoff_id: int) -> tuple[str, int, HandoffPackage] | DeliveryOutcome:
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            handoff = session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(message_("there is no handoff {handoff_id}", handoff_id=handoff_id))
            states = delivery_states(session, handoff_id)
            not_now = _not_now(handoff, states, now)
            if not_now is not None:
                change.discard()
                return not_now
            msg_id = handoff.message_id or message_id(
                handoff_id, handoff.request_id, self._settings.sender
            )
            lead_status = session.execute(
                select(Lead.status).where(Lead.id == handoff.lead_id)
            ).scalar()
            if lead_status == LeadStatus.DO_NOT_CALL.value:
                # Listed after it was routed and before it was sent: the prospect is neither
                # called nor handed to a partner. A person sees it among the flagged.
                flag(change, handoff, msg_id, DO_NOT_CALL_NOTE, DO_NOT_CALL)
                return DeliveryOutcome(handoff_id, False, None, DO_NOT_CALL_NOTE)
            if _too_many_unknown(states, self._settings.unknown_retries):
                # The last attempt never reported back (a crash between send and record).
                flag(change, handoff, msg_id, "the last attempt never reported back")
                return DeliveryOutcome(handoff_id, False, None, FLAG_NOTE)
            attempt = handoff.delivery_attempts + 1
            claimed = session.execute(
                update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.version == handoff.version,
                    Handoff.delivered_at.is_(None),
                )
                .values(
                    delivery_attempts=attempt,
                    # Until the outcome is recorded, assume the worst: the partner may have it.
                    delivery_retry_at=now + self._unknown_pause,
                    message_id=msg_id,
                    version=Handoff.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                change.discard()
                return DeliveryOutcome(handoff_id, False, None, "being delivered elsewhere")
            session.add(
                delivery_event(
                    handoff_id,
                    now,
                    f"delivery attempt {attempt}",
                    {"delivery": STARTED, "attempt": attempt, "message_id": msg_id},
                )
            )
            change.audit(
                "handoff.delivery_started",
                "handoff",
                handoff_id,
                after={"attempt": attempt, "message_id": msg_id},
            )
            package = build_package(session, handoff, now)
        return msg_id, attempt, package

    def _finish(
        self,
        handoff_id: int,
        package: HandoffPackage,
        msg_id: str,
        attempt: int,
        channel: str | None,
        problem: str,
        unknown: bool,
        refused: str = "",
    ) -> str:
        """Record the attempt's outcome; what the handoff waits for when it now waits for a
        person, else "". `refused`: the flag reason when the mail server refused it for good
        (REFUSED, MESSAGE_REFUSED), else ""."""
        with self._frame.change(None) as change:
            session, now = change.session, change.now
            flagged = ""
            data: dict[str, object]
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
                        delivery_retry_at=None,
                        message_id=msg_id,
                        version=Handoff.version + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                note = (
                    message_("e-mailed to the partner rep")
                    if channel == "smtp"
                    else message_("left in the outbox")
                )
                status, data = HandoffStatus.SENT.value, {"delivery": DONE, "channel": channel}
                action = "handoff.delivered"
            elif unknown:
                session.execute(
                    update(Handoff)
                    .where(Handoff.id == handoff_id, Handoff.delivered_at.is_(None))
                    .values(
                        delivery_retry_at=now + self._unknown_pause,
                        version=Handoff.version + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                note = message_(
                    "outcome unknown, not resent before {at:%Y-%m-%d %H:%M} UTC: {problem}",
                    at=now + self._unknown_pause,
                    problem=problem,
                )
                status, data = HandoffStatus.PENDING.value, {"delivery": UNKNOWN}
                action = "handoff.delivery_unknown"
            else:
                session.execute(
                    update(Handoff)
                    .where(Handoff.id == handoff_id, Handoff.delivered_at.is_(None))
                    .values(
                        delivery_channel="outbox",
                        delivery_retry_at=None,
                        version=Handoff.version + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                note = (
                    message_(
                        "not delivered, the mail server refused it for good: {problem}",
                        problem=problem,
                    )
                    if refused
                    else message_(
                        "not delivered, kept in the outbox for a retry: {problem}", problem=problem
                    )
                )
                status, data = HandoffStatus.PENDING.value, {"delivery": FAILED}
                action = "handoff.delivery_failed"
            session.add(delivery_event(handoff_id, now, note, data, status=status))
            change.audit(
                action,
                "handoff",
                handoff_id,
                after={"channel": channel, "message_id": msg_id}
                if channel
                else {"outbox": not unknown, "message_id": msg_id, "attempt": attempt},
                reason=problem,
            )
            if unknown:
                states = delivery_states(session, handoff_id)
                if _too_many_unknown(states, self._settings.unknown_retries):
                    handoff = session.get(Handoff, handoff_id)
                    assert handoff is not None
                    flag(change, handoff, msg_id, f"{attempt} sends went unconfirmed")
                    flagged = FLAG_NOTE
            elif refused:
                # Every later sweep would be refused the same: a person gives the partner a
                # working address, or has the message let through (or gives the partner the
                # lead by other means), and decides.
                handoff = session.get(Handoff, handoff_id)
                assert handoff is not None
                flag(change, handoff, msg_id, problem, refused)
                flagged = flag_note(refused)
        return flagged

    def flagged(self, actor: Actor | None = None) -> list[FlaggedDelivery]:
        """Handoffs whose e-mail may or may not have reached the partner: a person checks
        with the partner (by Message-ID) and resends or marks them by hand."""
        with self._frame.read(actor, Action.RECORD_PARTNER_FEEDBACK) as reading:
            seen = None if actor is None else handoff_queries.in_sight(reading.session, actor)
            return flagged_list(reading.session, *([] if seen is None else [seen]))

    def resolve_flagged(
        self, actor: Actor, handoff_id: int, decision: Resolution | str, note: str = ""
    ) -> DeliveryOutcome:
        """A person's decision on a flagged delivery, audited: "delivered" marks it sent
        (its SLA starts now); "send-again" tries once more at once, same Message-ID."""
        decided = resolution(decision)
        with self._frame.change(actor, Action.RECORD_PARTNER_FEEDBACK) as change:
            seen = handoff_queries.in_sight(change.session, actor)
            if (
                seen is not None
                and not change.session.execute(
                    select(Handoff.id).where(Handoff.id == handoff_id, seen)
                ).first()
            ):
                # Another partner's, as row-level security hides it on PostgreSQL.
                raise NotFound(message_("there is no handoff {handoff_id}", handoff_id=handoff_id))
            handoff = flagged_handoff(change, handoff_id)
            if decided is Resolution.DELIVERED:
                mark_delivered(change, handoff, note)
            else:
                allow_one_more_try(change, handoff, note)
        if decided is Resolution.DELIVERED:
            return DeliveryOutcome(handoff_id, True, "smtp")
        self._stalled_until = None  # a person asked for this try: ask the server now
        return self.deliver(handoff_id)

    # --- reminders ---------------------------------------------------------------------------

    def remind(self, handoff_id: int) -> str:
        """Send the 75 % reminder when it is due and not sent yet (reminders.py); returns
        what became of it: reminders.SENT, OUTBOX, FAILED, UNKNOWN, REFUSED, or "" (nothing
        to do)."""
        if self._mailer.configured and self._mail_server_stalled():
            return reminders.FAILED  # asked again by the next sweep
        settings = self._settings
        with self._frame.change(None) as change:
            claimed = reminders.claim(
                change, handoff_id, settings.sender, self._unknown_pause, settings.unknown_retries
            )
        if claimed is None:
            return ""
        reminder = compose_reminder(
            claimed.package, settings.sender, claimed.msg_id, claimed.original_id, claimed.at
        )
        outcome, problem = reminders.SENT, ""
        if not self._mailer.configured:
            # Someone sends it by hand, as the handoff packages that wait there.
            self.outbox.put(
                f"handoff-{handoff_id:08d}-reminder", reminder, claimed.package.as_json()
            )
            outcome = reminders.OUTBOX
        else:
            try:
                self._mailer.send(reminder)
            except MailOutcomeUnknown as exc:
                outcome, problem = reminders.UNKNOWN, str(exc)
                self._note_stall(exc)
            except MailUnavailable as exc:
                refused = reminders.REFUSED if _refused_for_good(exc) else reminders.FAILED
                outcome, problem = refused, str(exc)
                self._note_stall(exc)
        with self._frame.change(None) as change:
            reminders.record(change, claimed, outcome, problem)
        return outcome

    # --- building the package --------------------------------------------------------------

    def package(self, handoff_id: int) -> HandoffPackage:
        with self._frame.read(None) as reading:
            handoff = reading.session.get(Handoff, handoff_id)
            if handoff is None:
                raise NotFound(message_("there is no handoff {handoff_id}", handoff_id=handoff_id))
            return build_package(reading.session, handoff, handoff.sent_at or reading.now)
