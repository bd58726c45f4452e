"""Why leads that wait to be called cannot be claimed now, and how many each reason holds:
a stale national registry for their country, their place's rule (a legal holiday, a day
without calls, the hours outside its window, a per-number call cap), or a queue nobody works.
Read for `queue stats`, the team board, the rep's queue panel and the claim's "nothing
eligible"; the claim itself enforces the same rules."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.calling_rules import cap_shape
from qualifier_app.domain.text import counted, message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead, Queue
from qualifier_app.services.compliance.registries import RegistryState, registry_states
from qualifier_app.services.queue.calling_profiles import Profile, capped_profiles, load_profiles
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.settings import QueuePolicy


@dataclass(frozen=True)
class BlockedReason:
    reason: str
    leads: int

    @property
    def line(self) -> str:
        if not self.leads:  # a stale registry is named before any lead waits under it
            return message("{reason} (no waiting lead held back by it now)", reason=self.reason)
        return counted(
            self.leads, "{count:,} lead: {reason}", "{count:,} leads: {reason}", reason=self.reason
        )


@dataclass
class ClosedPlaceCounts:
    """The waiting leads of closed places in one scope, recounted at most once a `keep`
    while the same places are closed and the same registries stale (and, alike, those of
    the queues nobody works while the same queues hold them: see _in_queues_nobody_works).

    A team board refreshes after every change in the center, which at hundreds of
    workstations is several times a second, and this count reads every waiting lead of every
    closed place: at night, most of the queue (at 500 workstations it took 87 % of the
    server's time). A place that opens or closes, or a registry that goes stale with the
    date, changes what is counted, so that shows at once; leads moving into or out of a closed
    place wait up to `keep` to be counted.

    What the counts are read against (the registries' newest snapshots, the calling profiles
    and the places' rules) is kept as long, for every scope, on the same date: changed by an
    import or an administrator, it shows within `keep`. A board refresh then reads no rules."""

    keep: timedelta = timedelta(minutes=1)
    # per scope: what was counted (the closed places, the stale countries), when, the counts
    _kept: dict[Hashable, tuple[Hashable, datetime, Sequence[tuple[int, int]]]] = field(
        default_factory=dict
    )
    # when read, and what: (registry states, calling profiles)
    _reference: tuple[datetime, tuple[list[RegistryState], list[Profile]]] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _current(self, read_at: datetime, now: datetime) -> bool:
        """Read less than `keep` ago (and not in the future of a clock set back)."""
        return timedelta(0) <= now - read_at < self.keep

    def reference(
        self, now: datetime, read: Callable[[], tuple[list[RegistryState], list[Profile]]]
    ) -> tuple[list[RegistryState], list[Profile]]:
        with self._lock:
            kept = self._reference
        if kept is not None and self._current(kept[0], now) and kept[0].date() == now.date():
            return kept[1]
        value = read()
        with self._lock:
            self._reference = (now, value)
        return value

    def rows(
        self,
        scope: Hashable,
        counted: Hashable,
        now: datetime,
        count: Callable[[], Sequence[tuple[int, int]]],
    ) -> Sequence[tuple[int, int]]:
        with self._lock:
            kept = self._kept.get(scope)
        if kept is not None and kept[0] == counted and self._current(kept[1], now):
            return kept[2]
        rows = count()
        with self._lock:
            self._kept[scope] = (counted, now, rows)
        return rows


def blocked_reasons(
    session: Session,
    now: datetime,
    policy: QueuePolicy,
    scope: ColumnElement[bool] | None = None,
    *,
    places: bool = True,
    remembered: tuple[ClosedPlaceCounts, Hashable] | None = None,
    unworked: bool = True,
    scope_queues: Collection[int] | None = None,
) -> tuple[BlockedReason, ...]:
    """Leads (in `scope`) that are due and free but held back now, grouped by reason, most
    first. A stale registry is named even when it holds no lead back. `places=False` leaves
    the places' rules out (they count every waiting lead of a closed place). `remembered`
    (a memo and a name for `scope`) lets a caller that asks often reuse the closed places'
    counts; see `ClosedPlaceCounts`. `unworked=False` leaves out the queues nobody works (a
    rep's own queues are worked by the rep); `scope_queues` are the queues of `scope` (a
    team's), the only ones whose unassigned leads it holds."""
    waiting = and_(
        Lead.status.in_(queue_sql.CLAIMABLE_VALUES),
        queue_sql.due(now),
        queue_sql.lease_free(now),
        *(() if scope is None else (scope,)),
    )
    counts: Counter[str] = Counter()
    registries: set[str] = set()
    stale_countries: set[str] = set()

    def read() -> tuple[list[RegistryState], list[Profile]]:
        profiles = load_profiles(session, load_rule_book(session, policy)) if places else []
        return registry_states(session, now), profiles

    if remembered is None or not places:
        states, profiles = read()
    else:
        states, profiles = remembered[0].reference(now, read)
    for state in states:
        if not state.stale:
            continue
        stale_countries.update(state.countries)
        held = session.execute(
            select(func.count())
            .select_from(Lead)
            .where(waiting, queue_sql.under_stale_registry(list(state.countries)))
        ).scalar_one()
        counts[state.reason()] += int(held)
        registries.add(state.reason())
    closed = {
        profile.id: reason
        for profile in profiles
        if (reason := profile.place_rule.why_closed_for_place(profile.zones, now)) is not None
    }
    capped = [profile for profile in profiles if profile.id not in closed]
    if closed or any(profile.place_rule.capped for profile in capped):
        outside_registries = (
            ~queue_sql.under_stale_registry(sorted(stale_countries)) if stale_countries else None
        )

        def count() -> Sequence[tuple[int, int]]:
            in_closed_places = _by_profile(
                session,
                waiting,
                Lead.calling_profile_id.in_(sorted(closed)),
                *(() if outside_registries is None else (outside_registries,)),
            )
            return in_closed_places + _held_by_caps(
                session, now, capped, waiting, sorted(stale_countries)
            )

        if remembered is None:
            rows = count()
        else:
            memo, scope_name = remembered
            counted = (frozenset(closed.items()), frozenset(stale_countries))
            rows = memo.rows(scope_name, counted, now, count)
        why = closed | _cap_reasons(capped)
        for profile_id, held in rows:
            counts[why[profile_id]] += held
    if unworked:
        counts.update(_in_queues_nobody_works(session, now, waiting, remembered, scope_queues))
    return _most_first(counts, keep=registries)


def _in_queues_nobody_works(
    session: Session,
    now: datetime,
    waiting: ColumnElement[bool],
    remembered: tuple[ClosedPlaceCounts, Hashable] | None,
    scope_queues: Collection[int] | None,
) -> Counter[str]:
    """The waiting leads of each active queue that no active person works, but those assigned
    to a rep (who calls them wherever they are): a lead moved or imported there is called by
    nobody until someone is given the queue. Which queues hold any is read each time (the
    first such lead of each); how many (every lead of an import, on every board refresh) is
    recounted once a `keep` while the same queues hold them, as for the closed places."""
    nobodys = and_(waiting, Lead.assigned_rep_id.is_(None))
    queues = select(Queue.id, Queue.name).where(
        Queue.active.is_(True),
        Queue.id.not_in(queue_sql.worked_queues()),
        select(Lead.id).where(Lead.queue_id == Queue.id, nobodys).exists(),
    )
    if scope_queues is not None:
        queues = queues.where(Queue.id.in_(sorted(scope_queues)))
    unworked = dict(session.execute(queues).all())

    def count() -> Sequence[tuple[int, int]]:
        if not unworked:
            return []
        rows = session.execute(
            select(Lead.queue_id, func.count())
            .where(nobodys, Lead.queue_id.in_(sorted(unworked)))
            .group_by(Lead.queue_id)
        ).all()
        return [(int(queue_id or 0), int(held)) for queue_id, held in rows]

    if remembered is None:
        rows = count()
    else:
        # Queues that hold none are kept too: one that holds leads again is counted afresh.
        memo, scope_name = remembered
        rows = memo.rows(("nobody works", scope_name), frozenset(unworked), now, count)
    held_back: Counter[str] = Counter()
    for queue_id, held in rows:
        held_back[message("nobody works queue {queue}", queue=unworked[queue_id])] += held
    return held_back


def held_by_caps(
    session: Session,
    now: datetime,
    profiles: Iterable[Profile],
    scope: ColumnElement[bool],
    stale: Sequence[str] = (),
) -> tuple[BlockedReason, ...]:
    """Leads (in `scope`) due and free now, in an open place, outside the `stale` registries'
    countries, that a per-number call cap of their place holds back, by cap, most first."""
    open_now = [p for p in profiles if p.place_rule.why_closed_for_place(p.zones, now) is None]
    waiting = and_(
        Lead.status.in_(queue_sql.CLAIMABLE_VALUES),
        queue_sql.due(now),
        queue_sql.lease_free(now),
        scope,
    )
    counts: Counter[str] = Counter()
    why = _cap_reasons(open_now)
    for profile_id, held in _held_by_caps(session, now, open_now, waiting, stale):
        counts[why[profile_id]] += held
    return _most_first(counts)


def _most_first(counts: Counter[str], keep: Iterable[str] = ()) -> tuple[BlockedReason, ...]:
    """The reasons by how many leads each holds back, most first; none without leads but
    those to `keep` (a stale registry is said even when it holds back nothing)."""
    kept = set(keep)
    return tuple(
        BlockedReason(reason, leads)
        for reason, leads in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if leads or reason in kept
    )


def _by_profile(
    session: Session, *where: ColumnElement[bool], params: dict[str, Any] | None = None
) -> list[tuple[int, int]]:
    """(calling profile, leads) of the leads `where` says."""
    rows = session.execute(
        select(Lead.calling_profile_id, func.count())
        .where(*where)
        .group_by(Lead.calling_profile_id),
        params,
    )
    return [(int(profile_id), int(held)) for profile_id, held in rows.all()]


def _cap_reasons(profiles: Iterable[Profile]) -> dict[int, str]:
    return {
        profile.id: message(
            "number has had as many calls as {place} allows (at most {limits}, counting every "
            "lead with this number)",
            place=profile.place_rule.label,
            limits=profile.place_rule.limits(),
        )
        for profile in profiles
        if profile.place_rule.capped
    }


def _held_by_caps(
    session: Session,
    now: datetime,
    profiles: Sequence[Profile],
    waiting: ColumnElement[bool],
    stale: Sequence[str],
) -> list[tuple[int, int]]:
    """(profile, leads) of `waiting` over a per-number cap of their place. Only how many:
    when a number frees up depends on calls a rep's own connection may not all see."""
    caps = cap_shape(profile.place_rule for profile in profiles)
    if not caps:
        return []
    return _by_profile(
        session,
        waiting,
        Lead.calling_profile_id.in_([p.id for p in profiles if p.place_rule.capped]),
        ~queue_sql.under_stale_registry(stale),
        ~queue_sql.under_caps(caps),
        params=queue_sql.cap_params(now, capped_profiles(profiles, caps)),
    )
