"""What a claim on PostgreSQL relies on that the workstation reads now and then: the calling
profiles open and the national registries' snapshots, kept for a minute (CONTEXT_TTL)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from qualifier_app.services.compliance.registries import RegistryState
from qualifier_app.services.queue.calling_profiles import Profile

# A moment before any: a context never read, and a window that has closed.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# How long the calling profiles and registry snapshots a claim relies on are kept before they
# are read again: as long as ProfileCache keeps profiles.
CONTEXT_TTL = timedelta(seconds=60)


@dataclass(frozen=True)
class ClaimContext:
    """What a claim on PostgreSQL relies on that the workstation reads now and then."""

    loaded_at: datetime
    profiles: dict[int, Profile]
    registries: tuple[RegistryState, ...]
    at: datetime = field(default=EPOCH)
    # The center's time zone: a snapshot is dated, and ages, by the center's day.
    zone: tzinfo = UTC

    def blocked(self, at: datetime) -> list[str]:
        """The countries whose registry snapshot is stale at `at`."""
        return sorted({country for state in self._stale(at) for country in state.countries})

    def why_blocked(self, at: datetime) -> list[str]:
        return [state.reason() for state in self._stale(at)]

    def fresh_until(self, at: datetime) -> datetime:
        """When the first snapshot still fresh at `at` goes stale (the day after its limit)."""
        ends = [
            datetime.combine(
                state.taken_on + timedelta(days=state.max_age_days + 1), time(), self.zone
            )
            for state in self.registries
            if state.taken_on is not None and not _stale(state, self._today(at))
        ]
        return min(ends, default=at + CONTEXT_TTL)

    def _today(self, at: datetime) -> date:
        return at.astimezone(self.zone).date()

    def _stale(self, at: datetime) -> list[RegistryState]:
        today = self._today(at)
        return [
            state
            if state.taken_on is None
            else replace(state, age_days=(today - state.taken_on).days)
            for state in self.registries
            if _stale(state, today)
        ]


def _stale(state: RegistryState, today: date) -> bool:
    if state.taken_on is None:  # honoured, never imported
        return True
    return (today - state.taken_on).days > state.max_age_days
