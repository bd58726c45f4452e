"""The weekly publication: scorecards to every partner and channel manager, and the
supervisors' summary of who is not updating their leads, each sent once per week.

Every message is claimed first: a `publications` row with a unique key per (week, recipient
kind, recipient id), written with its audit row in one transaction, before anything is sent;
the outcome (e-mailed, or left in the outbox) is recorded after. A second publication of the
same week, from this workstation or any other, finds the row and sends nothing. A send that
stopped half way (the process died between the claim and the record) is left as "started"
and is never sent again blindly, as with handoffs.

Mail goes the way handoff packages go (integrations/mail.py): by SMTP when a server is
configured, otherwise (or when the server refuses it) to the outbox folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.integrations.mail import MailOutcomeUnknown, MailUnavailable, Outbox, SmtpMailer
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Publication
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners.sweep_lease import SweepLease
from qualifier_app.services.reports.publication_cards import Card, Edition, Laggard, Week, edition
from qualifier_app.services.reports.publication_mail import (
    compose_scorecard,
    compose_summary,
    message_id,
)
from qualifier_app.settings import WEEKDAYS, MailSettings, PublicationSettings

PARTNER, MANAGER, SUPERVISORS = "partner", "channel_manager", "supervisors"
# What became of one recipient's message.
SMTP, OUTBOX, UNKNOWN, STARTED = "smtp", "outbox", "unknown", "started"
ALREADY, SKIPPED, WOULD_SEND = "already", "skipped", "would send"
LEASE = "weekly-publication"


@dataclass(frozen=True)
class Sent:
    kind: str
    recipient_id: int
    recipient: str
    address: str  # empty: the outbox folder
    outcome: str  # smtp / outbox / unknown / already / skipped / would send
    note: str = ""


@dataclass(frozen=True)
class PublicationResult:
    week: str
    dry_run: bool
    sent: tuple[Sent, ...]
    laggards: tuple[Laggard, ...]

    def count(self, *outcomes: str) -> int:
        return sum(1 for s in self.sent if s.outcome in outcomes)

    def text(self) -> str:
        if self.dry_run:
            return (
                f"{self.week}: would send {self.count(WOULD_SEND)} scorecards "
                f"({self.count(ALREADY)} already published, {self.count(SKIPPED)} without an "
                "address); nothing was sent"
            )
        return (
            f"{self.week}: {self.count(SMTP)} e-mailed, {self.count(OUTBOX)} left in the outbox, "
            f"{self.count(ALREADY)} already published, {self.count(SKIPPED)} without an address"
            + (f", {self.count(UNKNOWN)} of unknown outcome" if self.count(UNKNOWN) else "")
        )


class _AlreadyPublished(Exception):
    pass


class PublicationService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policy: RoutingPolicy,
        mail: MailSettings,
        settings: PublicationSettings,
        outbox: Outbox,
        mailer: SmtpMailer | None = None,
    ) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy
        self._mail = mail
        self.settings = settings
        self._outbox = outbox
        self._mailer = mailer or SmtpMailer(mail)
        self._lease = SweepLease(db, LEASE, mail.sweep_lease_minutes)

    def edition(self, actor: Actor, week: Week) -> Edition:
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            return edition(reading.session, actor, self._policy, week, reading.now)

    def publish(
        self, actor: Actor, week: str | None = None, *, dry_run: bool = False
    ) -> PublicationResult:
        """Publish one week's scorecards (by default the last whole week); `dry_run` says
        what would be sent and sends nothing."""
        require(actor, Action.VIEW_REPORTS)
        chosen = Week.parse(week) if week else Week.before(self._frame.clock.now())
        if chosen.monday > self._frame.clock.now().date():
            raise InvalidInput(
                message("the week {text} has not begun yet", text=chosen.text()), "week"
            )
        found = self.edition(actor, chosen)
        text = chosen.text()
        done = self._published(text) if dry_run else set()
        sent: list[Sent] = []
        for card in found.partners:
            sent.append(self._one(actor, text, card, ", ".join(card.addresses), dry_run, done))
        for card in found.managers:
            template = self.settings.manager_address
            address = template.format(login=card.login) if template else ""
            sent.append(self._one(actor, text, card, address, dry_run, done))
        sent.append(self._summary(actor, found, dry_run, done))
        return PublicationResult(text, dry_run, tuple(sent), tuple(found.laggards))

    def publish_if_due(self, actor: Actor) -> PublicationResult | None:
        """The schedule: on the configured weekday from its hour on, publish last week's
        scorecards, once, whichever workstations are open (a lease, then the unique key)."""
        weekday = self.settings.weekday
        if not weekday:
            return None
        now = self._frame.clock.now()
        start = now.replace(hour=self.settings.hour, minute=0, second=0, microsecond=0)
        start -= timedelta(days=(now.weekday() - WEEKDAYS.index(weekday)) % 7)
        if now < start:
            return None
        week = Week.before(start)
        if (SUPERVISORS, 0) in self._published(week.text()):
            return None  # the summary goes last: this week's publication is complete
        with self._lease.held() as mine:
            if not mine:
                return None
            return self.publish(actor, week.text())

    def _published(self, week: str) -> set[tuple[str, int]]:
        with self._frame.read(None) as reading:
            return {
                (kind, rid)
                for kind, rid in reading.session.execute(
                    select(Publication.recipient_kind, Publication.recipient_id).where(
                        Publication.week == week
                    )
                ).all()
            }

    def _one(
        self,
        actor: Actor,
        week: str,
        card: Card,
        address: str,
        dry_run: bool,
        done: set[tuple[str, int]],
    ) -> Sent:
        if card.kind == PARTNER and not address:
            note = "no partner rep with an e-mail address"
            return Sent(card.kind, card.recipient_id, card.name, "", SKIPPED, note)
        if dry_run:
            outcome = ALREADY if (card.kind, card.recipient_id) in done else WOULD_SEND
            return Sent(card.kind, card.recipient_id, card.name, address, outcome)
        return self._send(
            actor,
            week,
            card.kind,
            card.recipient_id,
            card.name,
            address,
            lambda to, msg_id: compose_scorecard(card, week, self._mail.sender, to, msg_id),
        )

    def _summary(
        self, actor: Actor, found: Edition, dry_run: bool, done: set[tuple[str, int]]
    ) -> Sent:
        address = self.settings.supervisors
        if dry_run:
            outcome = ALREADY if (SUPERVISORS, 0) in done else WOULD_SEND
            return Sent(SUPERVISORS, 0, "Supervisors", address, outcome)
        return self._send(
            actor,
            found.week.text(),
            SUPERVISORS,
            0,
            "Supervisors",
            address,
            lambda to, msg_id: compose_summary(found, self._mail.sender, to, msg_id),
        )

    def _send(
        self,
        actor: Actor,
        week: str,
        kind: str,
        recipient_id: int,
        recipient: str,
        address: str,
        compose: Callable[[str, str], EmailMessage],
    ) -> Sent:
        msg_id = message_id(week, kind, recipient_id, self._mail.sender)
        key = f"{week} {kind} {recipient_id}"
        try:
            self._claim(actor, week, kind, recipient_id, recipient, address, msg_id, key)
        except _AlreadyPublished:
            return Sent(kind, recipient_id, recipient, address, ALREADY)
        message = compose(address or "undisclosed-recipients:;", msg_id)
        name = f"scorecard-{week}-{kind}-{recipient_id}"
        outcome, note = OUTBOX, "no mail server is configured" if address else "no address"
        if self._mailer.configured and address:
            try:
                self._mailer.send(message)
                outcome, note = SMTP, ""
            except MailOutcomeUnknown as exc:
                outcome, note = UNKNOWN, str(exc)
            except MailUnavailable as exc:
                note = str(exc)
        if outcome == OUTBOX:
            data = {"week": week, "kind": kind, "recipient": recipient, "address": address}
            self._outbox.put(name, message, data)
        with self._frame.change(actor) as change:
            change.session.execute(
                update(Publication)
                .where(
                    Publication.week == week,
                    Publication.recipient_kind == kind,
                    Publication.recipient_id == recipient_id,
                )
                .values(channel=outcome, sent_at=change.now, note=note[:500])
                .execution_options(synchronize_session=False)
            )
            change.audit(
                "report.publication_sent",
                "publication",
                key,
                before={"channel": STARTED},
                after={"channel": outcome},
                reason=note,
            )
        return Sent(kind, recipient_id, recipient, address, outcome, note)

    def _claim(
        self,
        actor: Actor,
        week: str,
        kind: str,
        recipient_id: int,
        recipient: str,
        address: str,
        msg_id: str,
        key: str,
    ) -> None:
        try:
            with self._frame.change(actor, Action.VIEW_REPORTS) as change:
                taken = change.session.execute(
                    select(Publication.id).where(
                        Publication.week == week,
                        Publication.recipient_kind == kind,
                        Publication.recipient_id == recipient_id,
                    )
                ).scalar()
                if taken is not None:
                    change.discard()
                    raise _AlreadyPublished
                change.session.add(
                    Publication(
                        week=week,
                        recipient_kind=kind,
                        recipient_id=recipient_id,
                        recipient=recipient[:200],
                        address=address[:1000],
                        message_id=msg_id,
                        channel=STARTED,
                        created_at=change.now,
                        note="",
                    )
                )
                change.session.flush()
                change.audit(
                    "report.published",
                    "publication",
                    key,
                    after={"recipient": recipient, "message_id": msg_id},
                )
        except IntegrityError:
            raise _AlreadyPublished from None
