"""Handoff statuses and the closed loop: sent → accepted / rejected → active → won / lost.

Updates arrive from partner-CRM exports that skip steps (a lead can show up "won" without
ever having been "accepted"), so every forward move is allowed; nothing moves backwards, a
closed handoff stays closed, and an expired one belongs to the partner who got it next.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from qualifier_app.domain.currency import check_in_currency, without_currency
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.inquiry_dates import parse_when
from qualifier_app.domain.normalize import amount, fold
from qualifier_app.domain.partner_matching import Track
from qualifier_app.domain.sla import response_score
from qualifier_app.domain.text import message


class HandoffStatus(StrEnum):
    PENDING = "pending"  # created, not delivered yet
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"
    ACTIVE = "active"
    WON = "won"
    LOST = "lost"

    @property
    def label(self) -> str:
        return {
            HandoffStatus.PENDING: message("pending"),
            HandoffStatus.SENT: message("sent"),
            HandoffStatus.ACCEPTED: message("accepted"),
            HandoffStatus.REJECTED: message("rejected"),
            HandoffStatus.EXPIRED: message("expired"),
            HandoffStatus.ACTIVE: message("active"),
            HandoffStatus.WON: message("won"),
            HandoffStatus.LOST: message("lost"),
        }[self]


# Handoffs the partner still holds (they count against its capacity).
OPEN = frozenset(
    {HandoffStatus.PENDING, HandoffStatus.SENT, HandoffStatus.ACCEPTED, HandoffStatus.ACTIVE}
)
# Open handoffs on which the partner owes us news.
AWAITING_NEWS = frozenset({HandoffStatus.SENT, HandoffStatus.ACCEPTED, HandoffStatus.ACTIVE})
DECLINED = frozenset({HandoffStatus.REJECTED, HandoffStatus.EXPIRED})
CLOSED = frozenset({HandoffStatus.WON, HandoffStatus.LOST, HandoffStatus.REJECTED})
# What a partner (or a channel manager on its behalf) may report.
REPORTABLE = (
    HandoffStatus.ACCEPTED,
    HandoffStatus.REJECTED,
    HandoffStatus.ACTIVE,
    HandoffStatus.WON,
    HandoffStatus.LOST,
)

_STEP = {
    HandoffStatus.SENT: 1,
    HandoffStatus.ACCEPTED: 2,
    HandoffStatus.ACTIVE: 3,
    HandoffStatus.WON: 4,
    HandoffStatus.LOST: 4,
    HandoffStatus.REJECTED: 4,
}

# Words partner CRMs use for the statuses: Salesforce's lead statuses and opportunity stages,
# Dynamics' and HubSpot's, and plain words, in English and in the languages of the partners'
# CRMs (German, French, Spanish, Portuguese, Italian, Dutch); compared folded, as `_key` does.
_STATUS_WORDS: dict[HandoffStatus, tuple[str, ...]] = {
    HandoffStatus.ACCEPTED: (
        "accepted", "accept", "acknowledged", "new", "received", "open not contacted",
        "not contacted", "angenommen", "akzeptiert", "neu", "accepte", "acceptee", "nouveau",
        "aceptado", "aceptada", "nuevo", "aceito", "aceita", "novo", "accettato", "nuovo",
        "geaccepteerd", "nieuw",
    ),
    HandoffStatus.REJECTED: (
        "rejected", "reject", "declined", "returned", "disqualified", "unqualified",
        "abgelehnt", "zuruckgewiesen", "refuse", "refusee", "rejete", "rejetee", "rechazado",
        "rechazada", "recusado", "recusada", "rejeitado", "rejeitada", "rifiutato",
        "afgewezen",
    ),
    HandoffStatus.ACTIVE: (
        "active", "working", "in progress", "open", "opportunity", "pipeline",
        "working contacted", "contacted", "closed converted", "converted", "prospecting",
        "qualification", "qualified", "needs analysis", "value proposition",
        "id decision makers", "perception analysis", "proposal", "proposal price quote",
        "price quote", "negotiation", "negotiation review", "in bearbeitung", "offen",
        "qualifiziert", "angebot", "verhandlung", "en cours", "qualifie", "qualifiee",
        "proposition", "negociation", "en curso", "en progreso", "abierto", "abierta",
        "calificado", "cualificado", "propuesta", "negociacion", "em andamento", "aberto",
        "aberta", "qualificado", "proposta", "negociacao", "in corso", "aperto", "qualificato",
        "trattativa", "lopend", "in behandeling", "offerte", "onderhandeling",
    ),
    HandoffStatus.WON: (
        "won", "closed won", "gewonnen", "abgeschlossen und gewonnen", "geschlossen gewonnen",
        "gagne", "gagnee", "fermee gagnee", "ferme gagne", "ganado", "ganada", "cerrada ganada",
        "cerrado ganado", "ganho", "ganha", "fechado ganho", "fechada ganha", "vinto",
        "chiuso vinto", "chiusa vinta", "gesloten gewonnen",
    ),
    HandoffStatus.LOST: (
        "lost", "closed lost", "closed not converted", "not converted", "verloren",
        "abgeschlossen und verloren", "geschlossen verloren", "perdu", "perdue",
        "fermee perdue", "ferme perdu", "perdido", "perdida", "cerrada perdida",
        "cerrado perdido", "fechado perdido", "fechada perdida", "perso", "chiuso perso",
        "chiusa persa", "gesloten verloren",
    ),
}  # fmt: skip


def _key(text: str) -> str:
    """A status as compared: "Closed - Won", "Closed/Won" and "closed_won" are one; so are
    "Fermée gagnée" and "fermee gagnee"."""
    return " ".join(
        fold(text).replace(".", " ").replace("/", " ").replace("-", " ").replace("_", " ").split()
    )


ALIASES = {_key(word): status for status, words in _STATUS_WORDS.items() for word in words}


def parse_status(text: str) -> HandoffStatus:
    status = ALIASES.get(_key(text))
    if status is None:
        known = ", ".join(s.value for s in REPORTABLE)
        raise InvalidInput(
            message(
                "unknown status {strip!r}; use one of {known}", strip=text.strip(), known=known
            ),
            "status",
        )
    return status


def check_update(current: HandoffStatus, target: HandoffStatus) -> None:
    """Refuse a move the closed loop does not allow; the same status again is allowed
    for an active handoff (a new pipeline value) and harmless otherwise."""
    if target not in REPORTABLE:
        raise InvalidInput(
            message("a partner cannot set a handoff to {value}", value=target.value), "status"
        )
    if current is HandoffStatus.PENDING:
        raise Conflict(message("this handoff has not been delivered to the partner yet"))
    if current is HandoffStatus.EXPIRED:
        raise Conflict(
            message("the partner let this handoff expire; the lead went to another partner")
        )
    if current in CLOSED and target is not current:
        raise Conflict(
            message(
                "this handoff is closed as {value}; it cannot become {target}",
                value=current.value,
                target=target,
            )
        )
    if target is HandoffStatus.REJECTED and current in {HandoffStatus.ACTIVE}:
        raise Conflict(message("an active opportunity cannot be rejected any more; report it lost"))
    if _STEP[target] < _STEP[current]:
        raise Conflict(
            message(
                "a handoff that is {value} cannot go back to {value2}",
                value=current.value,
                value2=target.value,
            )
        )


@dataclass(frozen=True)
class Feedback:
    """One validated status update from a partner."""

    status: HandoffStatus
    reason: str = ""
    pipeline_value: Decimal | None = None
    revenue: Decimal | None = None
    closed_on: date | None = None


# Amounts are kept as integer cents (persistence/types.py: Money); a trillion is far beyond
# any lead's revenue and far within what the column holds.
MOST_MONEY = 10**12


def parse_money(text: str, field: str, currency: str | None = None) -> Decimal | None:
    """An amount as a person or a partner's CRM writes it, with a currency or not and its
    thousands marks in any convention ("48.000 €" and "€48,000" are the same); None for no
    text. Marked in a currency other than `currency` (the center's, where known), refused."""
    cleaned, meant = without_currency(text.strip())
    if not cleaned.strip():
        return None
    check_in_currency(text, meant, currency, field)
    value = amount(cleaned)
    if value is None:
        raise InvalidInput(
            message(
                "{replace} {strip!r} is not an amount",
                replace=field.replace("_", " "),
                strip=text.strip(),
            ),
            field,
        )
    return check_money(value, field)


def check_money(value: Decimal, field: str) -> Decimal:
    """Every amount the center keeps (revenue, pipeline value, a campaign's cost), however
    it was typed: zero or more, less than MOST_MONEY, in cents."""
    if not value.is_finite() or value < 0:
        raise InvalidInput(
            message("{replace} must be zero or more", replace=field.replace("_", " ")), field
        )
    if value >= MOST_MONEY:
        raise InvalidInput(
            message(
                "{replace} must be less than {most:,}",
                replace=field.replace("_", " "),
                most=MOST_MONEY,
            ),
            field,
        )
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(
            message("{replace} has more than two decimals", replace=field.replace("_", " ")), field
        )
    return value


def parse_day(text: str, field: str) -> date | None:
    """A day as an inquiry's date is read: ISO, or day/month/year (month first when both are
    possible, unless written with dots: "11/30/2026", "30.11.2026")."""
    cleaned = text.strip()
    if not cleaned:
        return None
    # A day as written: read on UTC's wall clock, its date is the one written.
    moment = parse_when(cleaned, None, zone=UTC)
    if moment is not None:
        return moment.date()
    try:
        return date.fromisoformat(cleaned[:10])
    except ValueError:
        raise InvalidInput(
            message(
                "{replace} {cleaned!r} is not a date (use YYYY-MM-DD)",
                replace=field.replace("_", " "),
                cleaned=cleaned,
            ),
            field,
        ) from None


def validate(
    status: HandoffStatus,
    reason: str = "",
    pipeline_value: Decimal | None = None,
    revenue: Decimal | None = None,
    closed_on: date | None = None,
    today: date | None = None,
) -> Feedback:
    reason = reason.strip()
    if status in {HandoffStatus.REJECTED, HandoffStatus.LOST} and not reason:
        raise InvalidInput(message("say why the lead was {value}", value=status.value), "reason")
    if status is HandoffStatus.ACTIVE and pipeline_value is None:
        raise InvalidInput(
            message("an active opportunity needs its pipeline value"), "pipeline_value"
        )
    if status is HandoffStatus.WON:
        if revenue is None:
            raise InvalidInput(message("a won lead needs its revenue"), "revenue")
        if closed_on is None:
            raise InvalidInput(message("a won lead needs its close date"), "closed_on")
    closed = status in {HandoffStatus.WON, HandoffStatus.LOST}
    # An open opportunity's close date is when the partner expects to close it (Salesforce's
    # Close Date): in the future, and not kept.
    if closed and closed_on is not None and today is not None and closed_on > today:
        raise InvalidInput(
            message("the close date {closed_on} is in the future", closed_on=closed_on), "closed_on"
        )
    return Feedback(
        status=status,
        reason=reason,
        pipeline_value=pipeline_value,
        revenue=revenue,
        closed_on=closed_on if closed else None,
    )


# --- who is not reporting ------------------------------------------------------------------


def last_news(sent_at: datetime | None, last_update_at: datetime | None) -> datetime | None:
    return last_update_at or sent_at


def is_stale(
    status: HandoffStatus,
    sent_at: datetime | None,
    last_update_at: datetime | None,
    now: datetime,
    days: int,
) -> bool:
    """An open handoff with no news from the partner for `days` days."""
    news = last_news(sent_at, last_update_at)
    return status in AWAITING_NEWS and news is not None and news <= now - timedelta(days=days)


@dataclass(frozen=True)
class HandoffOutcome:
    """One handoff as the performance measure sees it."""

    status: HandoffStatus
    sent_at: datetime | None
    answered_at: datetime | None  # accepted or rejected
    last_update_at: datetime | None
    sla_hours: int


def track_of(outcomes: Iterable[HandoffOutcome], now: datetime, stale_days: int) -> Track:
    sent = speed_count = response_count = due = reported = won = lost = 0
    speed_total = hours_total = 0.0
    for outcome in outcomes:
        if outcome.sent_at is None:
            continue
        sent += 1
        if outcome.answered_at is not None:
            speed_total += response_score(outcome.sent_at, outcome.answered_at, outcome.sla_hours)
            speed_count += 1
            hours_total += max(0.0, (outcome.answered_at - outcome.sent_at).total_seconds() / 3600)
            response_count += 1
        elif outcome.status is HandoffStatus.EXPIRED:
            speed_count += 1  # a score of zero
        if outcome.sent_at <= now - timedelta(days=stale_days):
            due += 1
            stale = is_stale(
                outcome.status, outcome.sent_at, outcome.last_update_at, now, stale_days
            )
            if not stale and outcome.status is not HandoffStatus.EXPIRED:
                reported += 1
        if outcome.status is HandoffStatus.WON:
            won += 1
        elif outcome.status is HandoffStatus.LOST:
            lost += 1
    return Track(
        sent=sent,
        speed_total=speed_total,
        speed_count=speed_count,
        response_hours_total=hours_total,
        response_count=response_count,
        reporting_due=due,
        reported=reported,
        won=won,
        lost=lost,
    )
