"""The weekly publication: scorecards to every partner and channel manager, and the
supervisors' summary of who is not updating their leads, each sent once per week.

Every message is claimed first: a `publications` row with a unique key per (week, recipient
kind, recipient id), written with its audit row before anything is sent; the outcome
(e-mailed, left in the outbox, to be retried) is recorded after. Messages are claimed and
recorded in batches, one transaction each. A second publication of the same week, from this
workstation or any other, finds the row and sends nothing, except what the mail server
failed to take for the time being (down, busy, a 4xx answer): that is claimed again and
sent, with the same Message-ID, by the next publication (the schedule looks again until the
week is complete). A send that stopped half way (the process died between a batch's claim
and its record) is left as "started" and is never sent again blindly, as with handoffs.

Mail goes the way handoff packages go (integrations/mail.py): by SMTP when a server is
configured, otherwise to the outbox folder; a message the server refused for good (a 5xx
answer) goes to the outbox too, for a person to send by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

from sqlalchemy import Table, bindparam, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.integrations.mail import MailOutcomeUnknown, MailUnavailable, Outbox, SmtpMailer
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Publication
from qualifier_app.services.center_days import center_today
from qualifier_app.services.frame import Frame
from qualifier_app.services.partners.sweep_lease import SweepLease
from qualifier_app.services.reports.publication_cards import Card, Edition, Laggard, Week, edition
from qualifier_app.services.reports.publication_mail import (
    compose_scorecard,
    compose_summary,
    message_id,
)
from qualifier_app.services.reports.query_parts import without_jit
from qualifier_app.settings import WEEKDAYS, MailSettings, PublicationSettings

PARTNER, MANAGER, SUPERVISORS = "partner", "channel_manager", "supervisors"
# What became of one recipient's message.
SMTP, OUTBOX, UNKNOWN, STARTED = "smtp", "outbox", "unknown", "started"
# Not sent: the mail server failed for now (sent again later) or refused it for good (outbox).
RETRY, REFUSED = "retry", "refused"
ALREADY, SKIPPED, WOULD_SEND = "already", "skipped", "would send"
LEASE = "weekly-publication"
# Messages claimed in one transaction and recorded in one: a process that dies half way leaves
# at most this many "started" (never re-sent blindly), for a 25th of the transactions.
BATCH = 25


@dataclass(frozen=True)
class Sent:
    kind: str
    recipient_id: int
    recipient: str
    address: str  # empty: the outbox folder
    outcome: str  # smtp / outbox / retry / refused / unknown / already / skipped / would send
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
            + (
                f", {self.count(RETRY)} not sent yet (the mail server failed for now; the next "
                "publication tries again)"
                if self.count(RETRY)
                else ""
            )
            + (
                f", {self.count(REFUSED)} refused by the mail server for good (in the outbox, "
                "to send by hand)"
                if self.count(REFUSED)
                else ""
            )
        )


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

    def today(self, actor: Actor) -> date:
        """The center's date now, by the database's clock."""
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            return center_today(reading.session, reading.now)

    def edition(self, actor: Actor, week: Week) -> Edition:
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            without_jit(reading.session)
            return edition(reading.session, actor, self._policy, week, reading.now)

    def publish(
        self, actor: Actor, week: str | None = None, *, dry_run: bool = False
    ) -> PublicationResult:
        """Publish one week's scorecards (by default the last whole week); `dry_run` says
        what would be sent and sends nothing."""
        require(actor, Action.VIEW_REPORTS)
        today = self.today(actor)
        chosen = Week.parse(week) if week else Week.before(today)
        if chosen.monday > today:
            raise InvalidInput(
                message("the week {text} has not begun yet", text=chosen.text()), "week"
            )
        found = self.edition(actor, chosen)
        text = chosen.text()
        done = {key for key, channel in self._published(text).items() if channel != RETRY}
        mail = self._mail
        messages: list[_Message] = []
        for card in found.partners:
            messages.append(self._scorecard(text, card, ", ".join(card.addresses)))
        for card in found.managers:
            template = self.settings.manager_address
            address = template.format(login=card.login) if template else ""
            messages.append(self._scorecard(text, card, address))
        summary = _Message(
            SUPERVISORS,
            0,
            "Supervisors",
            self.settings.supervisors,
            lambda to, msg_id: compose_summary(found, mail.sender, to, msg_id),
        )
        sent: dict[tuple[str, int], Sent] = {}
        scorecards: list[_Message] = []
        for item in [*messages, summary]:
            if item.skipped:
                sent[item.key] = item.sent(SKIPPED, item.skipped)
            elif item.key in done:
                sent[item.key] = item.sent(ALREADY)
            elif dry_run:
                sent[item.key] = item.sent(WOULD_SEND)
            else:
                sent[item.key] = item.sent(ALREADY)  # unless this workstation claims it
                if item is not summary:
                    scorecards.append(item)
        batches = [scorecards[i : i + BATCH] for i in range(0, len(scorecards), BATCH)]
        if not dry_run and summary.key not in done:
            # The summary goes last, alone: once it is claimed, every scorecard is.
            batches.append([summary])
        stalled: list[str] = []
        for batch in batches:
            sent.update(
                ((s.kind, s.recipient_id), s) for s in self._send(actor, text, batch, stalled)
            )
        return PublicationResult(text, dry_run, tuple(sent.values()), tuple(found.laggards))

    def _scorecard(self, week: str, card: Card, address: str) -> _Message:
        sender = self._mail.sender
        return _Message(
            card.kind,
            card.recipient_id,
            card.name,
            address,
            lambda to, msg_id: compose_scorecard(card, week, sender, to, msg_id),
            "no partner rep with an e-mail address" if card.kind == PARTNER and not address else "",
        )

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
        week = Week.before(start.date())
        done = self._published(week.text())
        if (SUPERVISORS, 0) in done and RETRY not in done.values():
            return None  # the summary goes last, and nothing waits for a retry: complete
        with self._lease.held() as mine:
            if not mine:
                return None
            return self.publish(actor, week.text())

    def _published(self, week: str) -> dict[tuple[str, int], str]:
        """The week's claimed messages and where each one stands (its channel)."""
        with self._frame.read(None) as reading:
            return {
                (kind, rid): channel
                for kind, rid, channel in reading.session.execute(
                    select(
                        Publication.recipient_kind, Publication.recipient_id, Publication.channel
                    ).where(Publication.week == week)
                ).all()
            }

    def _send(
        self, actor: Actor, week: str, batch: list[_Message], stalled: list[str]
    ) -> list[Sent]:
        """Claim a batch, send what this workstation claimed, record what became of it.
        `stalled` holds why the mail server ran out of time earlier in this publication, if
        it did: the rest is then left for the next one instead of waiting for it again."""
        claimed = self._claim(actor, week, batch)
        outcomes: list[Sent] = []
        try:
            for item in batch:
                if item.key in claimed:
                    outcomes.append(self._deliver(week, item, stalled))
        finally:  # what went out before a failure is recorded all the same
            if outcomes:
                self._record(actor, week, outcomes)
        return outcomes

    def _claim(self, actor: Actor, week: str, batch: list[_Message]) -> set[tuple[str, int]]:
        """Claim these messages in one transaction, each with its audit row; returns the ones
        this workstation claimed (another may have claimed some first: the unique key)."""
        with self._frame.change(actor, Action.VIEW_REPORTS) as change:
            dialect = change.session.get_bind().dialect.name
            insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
            rows = [
                {
                    "week": week,
                    "recipient_kind": item.kind,
                    "recipient_id": item.recipient_id,
                    "recipient": item.recipient[:200],
                    "address": item.address[:1000],
                    "message_id": self._message_id(week, item),
                    "channel": STARTED,
                    "created_at": change.now,
                    "note": "",
                }
                for item in batch
            ]
            claimed = {
                (kind, rid)
                for kind, rid in change.session.execute(
                    insert(Publication)
                    .values(rows)
                    .on_conflict_do_nothing(
                        index_elements=["week", "recipient_kind", "recipient_id"]
                    )
                    .returning(Publication.recipient_kind, Publication.recipient_id)
                )
            }
            # What the mail server failed to take last time is claimed again.
            others = [item.key for item in batch if item.key not in claimed]
            retried: set[tuple[str, int]] = (
                {
                    (str(kind), int(rid))
                    for kind, rid in change.session.execute(
                        update(Publication)
                        .where(
                            Publication.week == week,
                            Publication.channel == RETRY,
                            tuple_(Publication.recipient_kind, Publication.recipient_id).in_(
                                others
                            ),
                        )
                        .values(channel=STARTED)
                        .returning(Publication.recipient_kind, Publication.recipient_id)
                        .execution_options(synchronize_session=False)
                    )
                }
                if others
                else set()
            )
            claimed |= retried
            for row in rows:
                key = (row["recipient_kind"], row["recipient_id"])
                if key in claimed:
                    change.audit(
                        "report.published",
                        "publication",
                        f"{week} {row['recipient_kind']} {row['recipient_id']}",
                        before={"channel": RETRY} if key in retried else None,
                        after={"recipient": row["recipient"], "message_id": row["message_id"]},
                    )
            if not claimed:
                change.discard()
        return claimed

    def _message_id(self, week: str, item: _Message) -> str:
        return message_id(week, item.kind, item.recipient_id, self._mail.sender)

    def _deliver(self, week: str, item: _Message, stalled: list[str]) -> Sent:
        """Send one claimed message, by SMTP or to the outbox folder; or leave it to be
        retried when the mail server fails for now."""
        address = item.address
        composed = item.compose(address or "undisclosed-recipients:;", self._message_id(week, item))
        outcome, note = OUTBOX, "no mail server is configured" if address else "no address"
        if self._mailer.configured and address and stalled:
            outcome, note = RETRY, stalled[0]
        elif self._mailer.configured and address:
            try:
                self._mailer.send(composed)
                outcome, note = SMTP, ""
            except MailOutcomeUnknown as exc:
                outcome, note = UNKNOWN, str(exc)
            except MailUnavailable as exc:
                outcome, note = (REFUSED if exc.lasting else RETRY), str(exc)
                if exc.timed_out:
                    stalled.append(note)
        if outcome in (OUTBOX, REFUSED):
            data = {
                "week": week,
                "kind": item.kind,
                "recipient": item.recipient,
                "address": address,
            }
            self._outbox.put(f"scorecard-{week}-{item.kind}-{item.recipient_id}", composed, data)
        return item.sent(outcome, note)

    def _record(self, actor: Actor, week: str, outcomes: list[Sent]) -> None:
        """What became of the claimed messages, in one transaction, each with its audit row."""
        table = Publication.__table__
        assert isinstance(table, Table)
        with self._frame.change(actor) as change:
            change.session.execute(
                update(table)
                .where(
                    table.c.week == week,
                    table.c.recipient_kind == bindparam("kind"),
                    table.c.recipient_id == bindparam("rid"),
                )
                .values(
                    channel=bindparam("outcome"),
                    sent_at=bindparam("sent_at"),
                    note=bindparam("note"),
                ),
                [
                    {
                        "kind": s.kind,
                        "rid": s.recipient_id,
                        "outcome": s.outcome,
                        "sent_at": None if s.outcome == RETRY else change.now,
                        "note": s.note[:500],
                    }
                    for s in outcomes
                ],
            )
            for s in outcomes:
                change.audit(
                    "report.publication_sent",
                    "publication",
                    f"{week} {s.kind} {s.recipient_id}",
                    before={"channel": STARTED},
                    after={"channel": s.outcome},
                    reason=s.note,
                )


@dataclass(frozen=True)
class _Message:
    """One recipient's message of the week, not composed yet."""

    kind: str
    recipient_id: int
    recipient: str
    address: str  # empty: the outbox folder
    compose: Callable[[str, str], EmailMessage]  # (to, Message-ID) -> the message
    skipped: str = ""  # why it is not sent at all

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.recipient_id)

    def sent(self, outcome: str, note: str = "") -> Sent:
        return Sent(self.kind, self.recipient_id, self.recipient, self.address, outcome, note)
