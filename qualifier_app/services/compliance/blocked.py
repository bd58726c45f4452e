"""Why leads that wait to be called cannot be claimed now, and how many each reason holds:
a stale national registry for their country, or their place's rule (a legal holiday, a day
without calls, the hours outside its window). Read for `queue stats`, the team board and the
rep's queue panel; the claim itself enforces the same rules."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from qualifier_app.domain.text import message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import Lead
from qualifier_app.services.compliance.registries import RegistryState, registry_states
from qualifier_app.services.queue.calling_profiles import Profile, load_profiles
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.settings import QueuePolicy


@dataclass(frozen=True)
class BlockedReason:
    reason: str
    leads: int

    @property
    def line(self) -> str:
        return message("{leads:,} lead(s): {reason}", leads=self.leads, reason=self.reason)


@dataclass
class ClosedPlaceCounts:
    """The waiting leads of closed places in one scope, recounted at most once a `keep`
    while the same places are closed and the same registries stale.

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
) -> tuple[BlockedReason, ...]:
    """Leads (in `scope`) that are due and free but held back now, grouped by reason, most
    first. A stale registry is named even when it holds no lead back. `places=False` leaves
    the places' rules out (they count every waiting lead of a closed place). `remembered`
    (a memo and a name for `scope`) lets a caller that asks often reuse the closed places'
    counts; see `ClosedPlaceCounts`."""
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
    if closed:
        outside_registries = (
            ~queue_sql.under_stale_registry(sorted(stale_countries)) if stale_countries else None
        )

        def count() -> Sequence[tuple[int, int]]:
            return [
                (int(profile_id), int(held))
                for profile_id, held in session.execute(
                    select(Lead.calling_profile_id, func.count())
                    .where(
                        waiting,
                        Lead.calling_profile_id.in_(sorted(closed)),
                        *(() if outside_registries is None else (outside_registries,)),
                    )
                    .group_by(Lead.calling_profile_id)
                ).all()
            ]

        if remembered is None:
            rows = count()
        else:
            memo, scope_name = remembered
            counted = (frozenset(closed.items()), frozenset(stale_countries))
            rows = memo.rows(scope_name, counted, now, count)
        for profile_id, held in rows:
            counts[closed[profile_id]] += held
    return tuple(
        BlockedReason(reason, leads)
        for reason, leads in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if leads or reason in registries
    )
