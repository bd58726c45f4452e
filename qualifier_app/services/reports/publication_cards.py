"""The figures of the weekly publication: a scorecard per partner and per channel manager,
and the supervisors' summary of who is not reporting.

The scorecards reuse the status report grouped by partner and by channel manager (the leads
handed off up to the end of the week, counted as docs/reports.md says), the stale-partners
rule (open handoffs with no news for `stale_days`) and the partner track records that routing
weighs partners by, measured at the end of the week and at the end of the week before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.check_calls import CustomerRecord
from qualifier_app.domain.closed_loop import (
    AWAITING_NEWS,
    HandoffOutcome,
    HandoffStatus,
    is_stale,
    track_of,
)
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_matching import RoutingPolicy, Track, performance
from qualifier_app.domain.reporting import Period, midnight
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Handoff, Partner, PartnerRep, User
from qualifier_app.services.center_days import center_currency, center_zone
from qualifier_app.services.check_calls.records import customer_records, reopened_by_partner
from qualifier_app.services.reports import status_kpis
from qualifier_app.services.reports.dto import ReportFilters, StatusKpi

REOPENED = "Handoffs reopened by check calls (customer not contacted)"
BOTTOM_SHARE = 0.2  # the supervisors' summary names the bottom 20 % by reporting compliance


@dataclass(frozen=True)
class Week:
    year: int
    number: int

    @staticmethod
    def parse(text: str) -> Week:
        """`2026-W48` (ISO week)."""
        cleaned = text.strip().upper()
        try:
            year_text, number_text = cleaned.split("-W")
            week = Week(int(year_text), int(number_text))
            week.monday  # noqa: B018 - raises for a week the year does not have
        except ValueError:
            raise InvalidInput(
                message(
                    "the week must look like 2026-W48 (ISO year and week), not {text!r}", text=text
                ),
                "week",
            ) from None
        return week

    @staticmethod
    def before(today: date) -> Week:
        """The last whole week before `today` (the center's date)."""
        year, number, _ = (today - timedelta(days=7)).isocalendar()
        return Week(year, number)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def previous(self) -> Week:
        year, number, _ = (self.monday - timedelta(days=7)).isocalendar()
        return Week(year, number)

    def text(self) -> str:
        return f"{self.year}-W{self.number:02d}"


@dataclass(frozen=True)
class Weight:
    reporting: float | None  # share of due handoffs the partner kept up to date
    weight: float  # its routing weight
    due: int = 0  # handoffs old enough that news was due
    reported: int = 0  # of those, the ones kept up to date
    sent: int = 0  # handoffs the weight is measured over


@dataclass
class Card:
    """One recipient's scorecard. `figures` are (label, value) pairs in reading order."""

    kind: str  # partner / channel_manager
    recipient_id: int
    name: str
    login: str = ""  # channel managers
    addresses: tuple[str, ...] = ()
    figures: list[tuple[str, Any]] = field(default_factory=list)
    partners: list[Card] = field(default_factory=list)  # a channel manager's partners
    stale: list[tuple[str, str, int]] = field(default_factory=list)  # rep, e-mail, handoffs


@dataclass(frozen=True)
class Laggard:
    partner_id: int
    partner: str
    channel_manager: str
    reporting: float
    weight_before: float
    weight_now: float
    due: int = 0  # handoffs due for news (the compliance's denominator)
    reported: int = 0  # of those, kept up to date


@dataclass
class Edition:
    """Everything one week's publication says."""

    week: Week
    partners: list[Card]
    managers: list[Card]
    laggards: list[Laggard]
    measured: int  # partners with handoffs old enough to judge their reporting


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _kpi_figures(kpi: StatusKpi | None, currency: str) -> list[tuple[str, Any]]:
    """The status figures of a card; its amounts labelled with the center's currency."""
    kpi = kpi or StatusKpi("", 0, 0, 0, 0, 0, Decimal(0), Decimal(0))
    return [
        ("Leads", kpi.total),
        ("Handoffs", kpi.handoffs),
        ("Pending", kpi.pending),
        ("Active", kpi.active),
        ("Unqualified", kpi.unqualified),
        ("% pending", kpi.pending_share),
        ("% active", kpi.active_share),
        ("% unqualified", kpi.unqualified_share),
        (f"Pipeline value ({currency})", kpi.pipeline_value),
        (f"Won revenue ({currency})", kpi.won_revenue),
    ]


def sent_handoffs(session: Session, since: datetime, before: datetime) -> Sequence[Any]:
    """What the track records are measured on: the handoffs sent in [since, before)."""
    return session.execute(
        select(
            Handoff.partner_id,
            Handoff.status,
            Handoff.sent_at,
            Handoff.accepted_at,
            Handoff.rejected_at,
            Handoff.last_update_at,
            Partner.sla_hours,
        )
        .join(Partner, Partner.id == Handoff.partner_id)
        .where(Handoff.sent_at >= since, Handoff.sent_at < before)
    ).all()


def weights(
    session: Session,
    policy: RoutingPolicy,
    at: datetime,
    handoffs: Sequence[Any] | None = None,
) -> tuple[dict[int, Weight], dict[int, dict[str, Any]]]:
    """Each partner's reporting compliance and routing weight as measured at `at` (handoffs
    sent in the performance window before it), plus acceptance time and SLA breaches.
    `handoffs`: those of `sent_handoffs` over a window that covers this one, read once for
    several moments."""
    since = at - timedelta(days=policy.performance_days)
    if handoffs is None:
        handoffs = sent_handoffs(session, since, at)
    outcomes: dict[int, list[HandoffOutcome]] = {}
    breaches: dict[int, int] = {}
    for pid, status, sent, accepted, rejected, updated, hours in handoffs:
        if not since <= sent < at:
            continue
        answered = accepted or rejected
        outcomes.setdefault(pid, []).append(
            HandoffOutcome(HandoffStatus(status), sent, answered, updated, hours)
        )
        late = (
            answered is not None and sent is not None and answered > sent + timedelta(hours=hours)
        )
        if status == HandoffStatus.EXPIRED.value or late:
            breaches[pid] = breaches.get(pid, 0) + 1
    found: dict[int, Weight] = {}
    extra: dict[int, dict[str, Any]] = {}
    customers = customer_records(session, list(outcomes), since, at)
    for pid, rows in outcomes.items():
        track = replace(track_of(rows, at, policy.stale_days), customer=customers.get(pid))
        perf = performance(track, policy)
        found[pid] = Weight(
            perf.reporting, perf.weight, track.reporting_due, track.reported, track.sent
        )
        extra[pid] = {
            "acceptance_hours": perf.average_response_hours,
            "breaches": breaches.get(pid, 0),
            "sent": track.sent,
            "customers": track.customer,
        }
    return found, extra


def _stale(
    session: Session, at: datetime, days: int
) -> tuple[dict[int, tuple[int, int]], dict[int, dict[tuple[str, str], int]]]:
    """Per partner: (open handoffs awaiting news, stale ones), and the stale ones per rep."""
    counts: dict[int, tuple[int, int]] = {}
    reps: dict[int, dict[tuple[str, str], int]] = {}
    for pid, status, sent, updated, rep, email in session.execute(
        select(
            Handoff.partner_id,
            Handoff.status,
            Handoff.sent_at,
            Handoff.last_update_at,
            PartnerRep.name,
            PartnerRep.email,
        )
        .outerjoin(PartnerRep, PartnerRep.id == Handoff.partner_rep_id)
        .where(Handoff.status.in_([s.value for s in AWAITING_NEWS]))
    ).all():
        open_, stale = counts.get(pid, (0, 0))
        if is_stale(HandoffStatus(status), sent, updated, at, days):
            stale += 1
            key = (rep or "(no rep)", email or "")
            reps.setdefault(pid, {})[key] = reps.setdefault(pid, {}).get(key, 0) + 1
        counts[pid] = (open_ + 1, stale)
    return counts, reps


def _ranked(values: dict[int, float]) -> dict[int, str]:
    """'2 of 7' per id, best (highest) first; ties share a rank."""
    order = sorted(values.values(), reverse=True)
    return {key: f"{order.index(value) + 1} of {len(order)}" for key, value in values.items()}


def edition(
    session: Session, actor: Actor, policy: RoutingPolicy, week: Week, now: datetime
) -> Edition:
    """The week's scorecards and summary, as of the end of the week (or now, if sooner)."""
    zone = center_zone(session)
    currency = center_currency(session)
    at = min(midnight(week.monday + timedelta(days=7), zone), now)
    period = Period(None, week.monday + timedelta(days=6), zone)
    partner_kpis = status_kpis.status_kpis(session, actor, "partner", period, ReportFilters())
    by_partner = {k.group: k for k in partner_kpis}
    manager_kpis = by_manager(session, partner_kpis)
    week_before = at - timedelta(days=7)
    handoffs = sent_handoffs(session, week_before - timedelta(days=policy.performance_days), at)
    now_weights, extra = weights(session, policy, at, handoffs)
    before_weights, _ = weights(session, policy, week_before, handoffs)
    open_stale, stale_reps = _stale(session, at, policy.stale_days)
    reopened = reopened_by_partner(session)
    partners = session.execute(
        select(Partner.id, Partner.name, Partner.channel_manager_id)
        .where(Partner.active.is_(True))
        .order_by(Partner.name)
    ).all()
    addresses: dict[int, list[str]] = {}
    for pid, email in session.execute(
        select(PartnerRep.partner_id, PartnerRep.email)
        .where(PartnerRep.active.is_(True), PartnerRep.email != "")
        .order_by(PartnerRep.id)
    ).all():
        addresses.setdefault(pid, []).append(email)
    weight_rank = _ranked(
        {pid: now_weights[pid].weight if pid in now_weights else 0.0 for pid, _, _ in partners}
    )
    cards: dict[int, Card] = {}
    for pid, name, _manager in partners:
        info = extra.get(pid, {})
        open_, stale = open_stale.get(pid, (0, 0))
        perf = now_weights.get(pid)
        card = Card("partner", pid, name, addresses=tuple(addresses.get(pid, ())))
        card.figures = [
            *_kpi_figures(by_partner.get(name), currency),
            ("Average acceptance time (hours)", info.get("acceptance_hours")),
            ("SLA breaches", info.get("breaches", 0)),
            ("Open handoffs awaiting news", open_),
            (f"Open handoffs with no news for {policy.stale_days} days", stale),
            ("Reporting compliance", perf.reporting if perf else None),
            ("Routing weight", perf.weight if perf else None),
            ("Rank among partners (by routing weight)", weight_rank[pid]),
            *_check_call_figures(info.get("customers"), reopened.get(pid, 0)),
        ]
        card.stale = [
            (rep, email, count)
            for (rep, email), count in sorted(
                stale_reps.get(pid, {}).items(), key=lambda item: (-item[1], item[0])
            )
        ]
        cards[pid] = card
    managers = _manager_cards(session, partners, cards, manager_kpis, currency)
    return Edition(
        week=week,
        partners=list(cards.values()),
        managers=managers,
        laggards=_laggards(partners, now_weights, before_weights, session, policy),
        measured=sum(1 for pid, _, _ in partners if _reporting(now_weights, pid) is not None),
    )


def by_manager(session: Session, by_partner: list[StatusKpi]) -> dict[str, StatusKpi]:
    """The status report by channel manager, added up from the report by partner: a lead's
    channel manager is its partner's, so each partner's figures go to its manager's row
    (the same figures `status_kpis(..., "channel_manager", ...)` counts, in one pass)."""
    manager_of = {
        name: manager or status_kpis.NO_MANAGER
        for name, manager in session.execute(
            select(Partner.name, User.display_name).outerjoin(
                User, User.id == Partner.channel_manager_id
            )
        ).all()
    }
    manager_of[status_kpis.NOT_HANDED_OFF] = status_kpis.NOT_HANDED_OFF
    found: dict[str, StatusKpi] = {}
    for kpi in by_partner:
        group = manager_of[kpi.group]
        before = found.get(group, StatusKpi(group, 0, 0, 0, 0, 0, Decimal(0), Decimal(0)))
        found[group] = StatusKpi(
            group,
            before.total + kpi.total,
            before.handoffs + kpi.handoffs,
            before.pending + kpi.pending,
            before.active + kpi.active,
            before.unqualified + kpi.unqualified,
            before.pipeline_value + kpi.pipeline_value,
            before.won_revenue + kpi.won_revenue,
        )
    return found


def _reporting(found: dict[int, Weight], pid: int) -> float | None:
    weight = found.get(pid)
    return weight.reporting if weight else None


def _manager_cards(
    session: Session,
    partners: Sequence[Any],
    cards: dict[int, Card],
    by_manager: dict[str, StatusKpi],
    currency: str,
) -> list[Card]:
    users = {
        uid: (login, display)
        for uid, login, display in session.execute(
            select(User.id, User.login, User.display_name).where(
                User.id.in_({m for _, _, m in partners if m is not None})
            )
        ).all()
    }
    won = {
        uid: float(by_manager[display].won_revenue) if display in by_manager else 0.0
        for uid, (_, display) in users.items()
    }
    rank = _ranked(won)
    found: list[Card] = []
    for uid, (login, display) in sorted(users.items(), key=lambda item: item[1][1]):
        card = Card("channel_manager", uid, display, login=login)
        card.partners = [cards[pid] for pid, _, manager in partners if manager == uid]
        stale = sum(_figure(c, "Open handoffs with no news") for c in card.partners)
        breaches = sum(_figure(c, "SLA breaches") for c in card.partners)
        reopened = sum(_figure(c, REOPENED) for c in card.partners)
        card.figures = [
            *_kpi_figures(by_manager.get(display), currency),
            ("Partners", len(card.partners)),
            ("SLA breaches", breaches),
            ("Open handoffs with no news", stale),
            (REOPENED, reopened),
            ("Rank among channel managers (by won revenue)", rank[uid]),
        ]
        found.append(card)
    return found


def _check_call_figures(record: CustomerRecord | None, reopened: int) -> list[tuple[str, Any]]:
    record = record or CustomerRecord()
    return [
        ("Check calls answered", record.reached),
        ("Contacted by the partner (customers say)", record.contact_rate),
        ("Customer satisfaction (1–5)", record.satisfaction),
        (REOPENED, reopened),
    ]


def _figure(card: Card, starts: str) -> int:
    for label, value in card.figures:
        if label.startswith(starts):
            return int(value or 0)
    return 0


def _laggards(
    partners: Sequence[Any],
    now_weights: dict[int, Weight],
    before_weights: dict[int, Weight],
    session: Session,
    policy: RoutingPolicy,
) -> list[Laggard]:
    """The bottom 20 % of the partners whose reporting can be judged (at least one)."""
    unmeasured = performance(Track(), policy).weight  # a partner with no handoffs yet
    managers = dict(session.execute(select(User.id, User.display_name)).all())
    judged = [
        (now_weights[pid].reporting or 0.0, name, pid, manager)
        for pid, name, manager in partners
        if _reporting(now_weights, pid) is not None
    ]
    judged.sort(key=lambda item: (item[0], item[1]))
    count = math.ceil(len(judged) * BOTTOM_SHARE)
    return [
        Laggard(
            partner_id=pid,
            partner=name,
            channel_manager=managers.get(manager, "(no channel manager)"),
            reporting=reporting,
            weight_before=before_weights[pid].weight if pid in before_weights else unmeasured,
            weight_now=now_weights[pid].weight,
            due=now_weights[pid].due,
            reported=now_weights[pid].reported,
        )
        for reporting, name, pid, manager in judged[:count]
    ]
