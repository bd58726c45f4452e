"""The statements behind the shared queue.

One statement claims the best eligible lead for a rep. On PostgreSQL each candidate
subquery locks its row with FOR UPDATE SKIP LOCKED, so concurrent claimers step over each
other instead of queueing up; SQLite ignores the locking clause and relies on the writer
lock taken by BEGIN IMMEDIATE, and on the conditional UPDATE that re-checks the lease.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    or_,
    select,
    text,
    true,
    union_all,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.dml import ReturningUpdate
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.functions import FunctionElement

from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.persistence.models import (
    FRESH_SQL,
    CallAttempt,
    CallingProfile,
    Lead,
    QueueMember,
    RegistryNumber,
    TakenBackCall,
    User,
)
from qualifier_app.persistence.types import UTCDateTime

Moment = datetime | BindParameter[datetime]
Ids = Sequence[int] | BindParameter[Any]
Codes = Sequence[str] | BindParameter[Any]
# Per-number caps in force: ((hours, calls), …), for example ((24, 3),) for Florida's rule.
CapShape = tuple[tuple[int, int], ...]

CLAIMABLE_VALUES = sorted(status.value for status in CLAIMABLE)


def lease_free(now: Moment) -> ColumnElement[bool]:
    return or_(Lead.lease_owner_id.is_(None), Lead.lease_expires_at <= now)


def released(now: datetime) -> dict[str, Any]:
    """What giving a held lead back to its queue writes: no holder, and a new version."""
    return {
        "lease_owner_id": None,
        "lease_expires_at": None,
        "leased_at": None,
        "updated_at": now,
        "version": Lead.version + 1,
    }


def lease_held(now: datetime) -> ColumnElement[bool]:
    return and_(Lead.lease_owner_id.is_not(None), Lead.lease_expires_at > now)


def due(now: Moment) -> ColumnElement[bool]:
    return or_(Lead.next_call_at.is_(None), Lead.next_call_at <= now)


def eligible(
    now: Moment, open_profile_ids: Ids, max_attempts: int | BindParameter[int]
) -> ColumnElement[bool]:
    return and_(
        Lead.status.in_(CLAIMABLE_VALUES), callable_now(now, open_profile_ids, max_attempts)
    )


def callable_now(
    now: Moment, open_profile_ids: Ids, max_attempts: int | BindParameter[int]
) -> ColumnElement[bool]:
    """Due, not leased by anyone, attempts left, inside its calling window."""
    return and_(
        due(now),
        lease_free(now),
        Lead.attempts < max_attempts,
        Lead.calling_profile_id.in_(_ids(open_profile_ids)),
    )


def registry_key(phone_e164: Any) -> ColumnElement[int]:
    """A lead's number as stored on the national registries: the digits of its E.164 form."""
    return cast(func.substr(phone_e164, 2), BigInteger)


def lawful(blocked_countries: Codes, caps: CapShape = ()) -> ColumnElement[bool]:
    """Not on a national registry (a primary-key probe), not in a country whose registry
    snapshot is stale, and under every per-number call cap of its place."""
    return and_(
        ~under_stale_registry(blocked_countries),
        ~exists().where(RegistryNumber.number == registry_key(Lead.phone_e164)),
        *_under_each_cap(caps),
    )


def under_caps(caps: CapShape) -> ColumnElement[bool]:
    """Under every per-number call cap of its place (parameters: cap_params)."""
    return and_(true(), *_under_each_cap(caps))


def _under_each_cap(caps: CapShape) -> list[ColumnElement[bool]]:
    conditions = []
    for index, (_hours, calls) in enumerate(caps):
        capped: BindParameter[Any] = bindparam(f"capped_{index}", expanding=True)
        since = bindparam(f"since_{index}", type_=UTCDateTime())
        conditions.append(
            or_(
                Lead.calling_profile_id.not_in(capped),
                Lead.phone_e164.is_(None),
                calls_to_number_since(Lead.phone_e164, since) < calls,
            )
        )
    return conditions


def under_stale_registry(blocked_countries: Codes) -> ColumnElement[bool]:
    """The lead is in a country whose registry snapshot is stale: by its number's country,
    which its calling profile holds, else (a profile that does not say) by its address.
    Two uncorrelated lookups in the few calling profiles, made once per statement."""
    blocked = _ids(blocked_countries)
    by_number = select(CallingProfile.id).where(CallingProfile.number_country.in_(blocked))
    unsaid = select(CallingProfile.id).where(CallingProfile.number_country == "")
    return or_(
        Lead.calling_profile_id.in_(by_number),
        and_(
            Lead.country.is_not(None),
            Lead.country.in_(blocked),
            Lead.calling_profile_id.in_(unsaid),
        ),
    )


def calls_started_since(rep_ids: ColumnElement[bool], since: datetime) -> ColumnElement[bool]:
    """The calls (of the reps `rep_ids` says) that started at `since` or later: a day's
    calls are those that started on it, as every report counts them (a call from 23:58 to
    00:03 is the day before's). Read by the rep-and-end-time index: a call ends after it
    starts, so the end bounds the range the start is then checked in."""
    return and_(rep_ids, CallAttempt.ended_at >= since, CallAttempt.started_at >= since)


def calls_to_number_since(phone_e164: Any, since: Moment) -> Any:
    """Calls made to a phone number since `since`, by the number each call was made to (not
    the number its lead has now), whatever their disposition, callbacks included; and the
    calls whose outcome was undone, which were dialled all the same."""
    return calls_to_number(phone_e164, since)


class calls_to_number(FunctionElement[int]):  # noqa: N801 - reads as SQL
    """On PostgreSQL the definer function of migration 0050, which counts every call: a
    rep's own statement sees only their team's (row-level security). Elsewhere, and in the
    claim's function, the same two counts written out."""

    type = Integer()
    inherit_cache = True


@compiles(calls_to_number)
def _counted_here(element: calls_to_number, compiler: Any, **kw: Any) -> str:
    number, since = element.clauses
    made = (
        select(func.count(CallAttempt.id))
        .where(CallAttempt.number_e164 == number, CallAttempt.started_at > since)
        .scalar_subquery()
    )
    taken_back = (
        select(func.count(TakenBackCall.id))
        .where(TakenBackCall.number_e164 == number, TakenBackCall.started_at > since)
        .scalar_subquery()
    )
    return f"({compiler.process(made, **kw)} + {compiler.process(taken_back, **kw)})"


@compiles(calls_to_number, "postgresql")
def _counted_by_definer(element: calls_to_number, compiler: Any, **kw: Any) -> str:
    return f"qualifier_calls_to_number({compiler.process(element.clauses, **kw)})"


def _ids(ids: Ids | Codes) -> Any:
    return ids if isinstance(ids, BindParameter) else list(ids)


def in_queues_of(rep_id: int) -> ColumnElement[bool]:
    return Lead.queue_id.in_(select(QueueMember.queue_id).where(QueueMember.user_id == rep_id))


def worked_queues() -> Select[int]:
    """The queues somebody still active works: a leaver's tick works nothing, and whether a
    queue has a team does not say (a team's queue may have had everyone unticked)."""
    return (
        select(QueueMember.queue_id)
        .join(User, User.id == QueueMember.user_id)
        .where(User.active.is_(True))
        .distinct()
    )


def held_by(rep_id: int | BindParameter[int], now: Moment) -> ColumnElement[bool]:
    return and_(Lead.lease_owner_id == rep_id, Lead.lease_expires_at > now)


# What a claim hands back: everything the lead card shows, in the same round trip.
CARD_COLUMNS = (
    Lead.id,
    Lead.version,
    Lead.company,
    Lead.first_name,
    Lead.last_name,
    Lead.title,
    Lead.phone_raw,
    Lead.phone_e164,
    Lead.email_raw,
    Lead.email_normalized,
    Lead.country,
    Lead.region,
    Lead.status,
    Lead.score,
    Lead.segment,
    Lead.attempts,
    Lead.campaign_id,
    Lead.source,
    Lead.time_zones,
    Lead.calling_profile_id,
    Lead.lease_expires_at,
    Lead.leased_at,
    Lead.next_call_at,
)


class unindexed(FunctionElement[int]):  # noqa: N801 - reads as SQL
    """A column that SQLite's planner must not look up by index: SQLite plans without
    statistics and would rather take an index on the rep or the queue and then sort the
    whole queue than walk the claim-order index. Written "column + 0" on SQLite only;
    PostgreSQL keeps the plain column, and with it its row estimates."""

    type = Integer()
    inherit_cache = True


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _opaque(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} + 0)"


def claim_params(
    *,
    rep_id: int,
    queue_ids: Sequence[int],
    now: datetime,
    lease_until: datetime,
    open_profile_ids: Sequence[int],
    max_attempts: int,
    blocked_countries: Sequence[str] = (),
    capped_profiles: Sequence[tuple[tuple[int, int], Sequence[int]]] = (),
) -> dict[str, Any]:
    """`capped_profiles`: for each cap of the statement's CapShape, in its order, the
    profiles it applies to."""
    params = {
        "rep_id": rep_id,
        "queue_ids": list(queue_ids),
        "now": now,
        "lease_until": lease_until,
        "open_profiles": list(open_profile_ids),
        "max_attempts": max_attempts,
        "blocked_countries": list(blocked_countries),
    }
    return params | cap_params(now, capped_profiles)


def cap_params(
    now: datetime, capped_profiles: Sequence[tuple[tuple[int, int], Sequence[int]]]
) -> dict[str, Any]:
    """The parameters of lawful()'s caps: which profiles each applies to, since when."""
    params: dict[str, Any] = {}
    for index, ((hours, _calls), profile_ids) in enumerate(capped_profiles):
        params[f"capped_{index}"] = list(profile_ids)
        params[f"since_{index}"] = now - timedelta(hours=hours)
    return params


@cache
def claim_statement(
    caps: CapShape = (), postgres: bool = False
) -> ReturningUpdate[*tuple[Any, ...]]:
    """The claim, built once per database and shape of caps with bound parameters (see
    claim_params): building a statement this size costs more than running it. PostgreSQL
    claims in one call of a function (CLAIM_CALL); this statement is its fallback there."""
    rep_id: BindParameter[int] = bindparam("rep_id", type_=Integer())
    queue_ids: BindParameter[Any] = bindparam("queue_ids", expanding=True)
    now = bindparam("now", type_=UTCDateTime())
    lease_until = bindparam("lease_until", type_=UTCDateTime())
    open_profile_ids: BindParameter[Any] = bindparam("open_profiles", expanding=True)
    max_attempts: BindParameter[int] = bindparam("max_attempts", type_=Integer())
    blocked: BindParameter[Any] = bindparam("blocked_countries", expanding=True)
    law = lawful(blocked, caps)
    ok = and_(eligible(now, open_profile_ids, max_attempts), law)
    # 0. A lead this rep still holds (after a crash, or a lost reply) comes back first, lease
    #    renewed. Waited for, not skipped: another claim that looked at it a moment ago may
    #    still lock it, and skipping it would hand this rep a second lead, or none. Only
    #    inside its calling window, as every other pick: outside it the lease runs out.
    held = (
        select(Lead.id)
        .where(
            held_by(rep_id, now),
            Lead.status.in_(CLAIMABLE_VALUES),
            Lead.calling_profile_id.in_(open_profile_ids),
        )
        .limit(1)
        .with_for_update()
        .scalar_subquery()
    )
    # 1. Leads waiting for this rep in person: "me only" callbacks and reassigned leads.
    mine = (
        select(Lead.id)
        .where(ok, Lead.assigned_rep_id == rep_id)
        .order_by(Lead.next_call_at.asc().nulls_last(), Lead.score.desc(), Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    # 2. Callbacks (and check calls) that anyone in the queue may take, oldest first.
    shared_callbacks = (
        select(Lead.id)
        .where(
            # The few statuses alone, not also "queued": given it, SQLite may search the
            # (queue, status) index for every queued lead instead of the few callbacks.
            # Check calls due to a team (not to one rep) are taken like shared callbacks.
            Lead.status.in_((LeadStatus.CALLBACK.value, LeadStatus.CHECK_CALL.value)),
            callable_now(now, open_profile_ids, max_attempts),
            Lead.assigned_rep_id.is_(None),
            Lead.queue_id.in_(queue_ids),
            law,
        )
        .order_by(Lead.next_call_at.asc().nulls_first(), Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    # 3. The queue itself: best score first, then the oldest inquiry.
    fresh = (
        _best_free_or_expired(now, open_profile_ids, max_attempts, queue_ids, law)
        if postgres
        else _best_queued(now, open_profile_ids, max_attempts, queue_ids, law)
    )
    resumed = held_by(rep_id, now)
    return (
        update(Lead)
        .where(Lead.id == func.coalesce(held, mine, shared_callbacks, fresh))
        .where(
            or_(lease_free(now), Lead.lease_owner_id == rep_id), Lead.status.in_(CLAIMABLE_VALUES)
        )
        .values(
            lease_owner_id=rep_id,
            lease_expires_at=lease_until,
            leased_at=case((resumed, Lead.leased_at), else_=now),
            updated_at=now,
            version=case((resumed, Lead.version), else_=Lead.version + 1),
        )
        .returning(*CARD_COLUMNS)
        .execution_options(synchronize_session=False)
    )


def _best_queued(
    now: Moment, open_profile_ids: Ids, max_attempts: BindParameter[int], queue_ids: Ids, law: Any
) -> Any:
    """SQLite: walks the partial index ix_leads_claim_order (its predicate is repeated here so
    the planner uses it)."""
    return (
        select(Lead.id)
        .where(
            # Literal, not bound parameters: SQLite uses a partial index only when the query
            # repeats its predicate word for word.
            text(FRESH_SQL),
            callable_now(now, open_profile_ids, max_attempts),
            unindexed(Lead.assigned_rep_id).is_(None),
            unindexed(Lead.queue_id).in_(queue_ids),
            law,
        )
        .order_by(Lead.score.desc(), Lead.created_at, Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )


def _best_free_or_expired(
    now: Moment, open_profile_ids: Ids, max_attempts: BindParameter[int], queue_ids: Ids, law: Any
) -> Any:
    """PostgreSQL, as qualifier_claim_next picks: the better of the best lead nobody holds
    (walking ix_leads_claim_free) and the best lead whose lease ran out (ix_leads_lease_expiry).
    Its leads have no index of all queued leads in claim order (0037_i17_claim_order_sqlite)."""

    def best(*lease: ColumnElement[bool]) -> Any:
        return (
            select(Lead.id, Lead.score, Lead.created_at)
            .where(
                text(FRESH_SQL),
                *lease,  # which of the two indexes the pick walks
                callable_now(now, open_profile_ids, max_attempts),
                Lead.assigned_rep_id.is_(None),
                Lead.queue_id.in_(queue_ids),
                law,
            )
            .order_by(Lead.score.desc(), Lead.created_at, Lead.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .subquery()
        )

    free = best(Lead.lease_owner_id.is_(None))
    expired = best(Lead.lease_owner_id.is_not(None), Lead.lease_expires_at <= now)
    pick = union_all(select(free), select(expired)).subquery()
    return (
        select(pick.c.id)
        .order_by(pick.c.score.desc(), pick.c.created_at, pick.c.id)
        .limit(1)
        .scalar_subquery()
    )


def waiting_for(rep_id: int) -> ColumnElement[bool]:
    """The leads a rep may be given: theirs in person, and their queues' unassigned ones."""
    return or_(
        Lead.assigned_rep_id == rep_id,
        and_(Lead.assigned_rep_id.is_(None), in_queues_of(rep_id)),
    )


def ready_at_by_profile(
    now: datetime,
    rep_id: int | None,
    max_attempts: int,
    blocked_countries: Sequence[str] = (),
    caps: CapShape = (),
) -> Any:
    """For each calling profile: the earliest moment a claimable lead in scope stops waiting
    for its next call time or for someone else's lease (the calling window comes on top).

    Leads no moment frees are left out: those of a country whose registry is stale (until an
    import), those on a registry, and those due and free now but over a per-number cap of
    their place (parameters: cap_params), whose number frees up when calls made to it, which
    a rep's own connection may not all see, leave the period."""
    later_of = case(
        (
            and_(Lead.next_call_at.is_not(None), Lead.next_call_at > Lead.lease_expires_at),
            Lead.next_call_at,
        ),
        else_=Lead.lease_expires_at,
    )
    ready = case(
        (lease_held(now), later_of),
        (and_(Lead.next_call_at.is_not(None), Lead.next_call_at > now), Lead.next_call_at),
        else_=now,
    )
    query = select(Lead.calling_profile_id, func.min(ready)).where(
        Lead.status.in_(CLAIMABLE_VALUES),
        Lead.attempts < max_attempts,
        lawful(blocked_countries),
        or_(~and_(due(now), lease_free(now)), under_caps(caps)),
    )
    if rep_id is not None:
        query = query.where(waiting_for(rep_id))
    return query.group_by(Lead.calling_profile_id)


# PostgreSQL: the claim as one call of a function (migration 0022_i17_claim), which checks
# that the rep may work, claims, writes the audit row and returns the card's columns with the
# campaign's name, the database's time and whether the lease is new ("fresh").
CLAIM_CALL = text(
    "SELECT * FROM qualifier_claim_next(CAST(:rep_id AS integer), CAST(:now AS timestamptz), "
    "CAST(:valid_from AS timestamptz), CAST(:valid_until AS timestamptz), "
    "CAST(:lease_seconds AS integer), CAST(:open_profiles AS integer[]), "
    "CAST(:file_max_attempts AS integer), CAST(:default_max_attempts AS integer), "
    "CAST(:blocked_countries AS text[]), CAST(:cap_profiles AS integer[]), "
    "CAST(:cap_hours AS integer[]), CAST(:cap_calls AS integer[]))"
)

# PostgreSQL: renew every lease the rep holds among `lead_ids` in one statement, by the
# database's clock unless a time is given.
RENEW_LEASES = text(
    "UPDATE leads SET lease_expires_at = coalesce(CAST(:now AS timestamptz), now()) "
    "+ make_interval(secs => CAST(:lease_seconds AS integer)) "
    "WHERE id = ANY (CAST(:lead_ids AS integer[])) AND lease_owner_id = CAST(:rep_id AS integer) "
    "RETURNING id, lease_expires_at"
)

# PostgreSQL: an outcome the workstation decided, applied in one call of a function
# (migration 0023_i17_outcome) while the lead is as the decision saw it; no row when it
# is not (the outcome is then recorded in a transaction).
_OUTCOME_PARAMS = (
    ("rep", "integer"),
    ("now", "timestamptz"),
    ("valid_from", "timestamptz"),
    ("valid_until", "timestamptz"),
    ("request_id", "text"),
    ("lead", "integer"),
    ("version", "integer"),
    ("status", "text"),
    ("attempts", "integer"),
    ("country", "text"),
    ("region", "text"),
    ("calling_profile_id", "integer"),
    ("time_zones", "text"),
    ("retry_read", "boolean"),
    ("retry_saved_at", "timestamptz"),
    ("new_status", "text"),
    ("status_reason", "text"),
    ("new_attempts", "integer"),
    ("next_call_at", "timestamptz"),
    ("assign", "boolean"),
    ("assigned_rep_id", "integer"),
    ("recycle_on", "date"),
    ("started_at", "timestamptz"),
    ("disposition", "text"),
    ("outcome", "text"),
    ("reason", "text"),
    ("notes", "text"),
    ("callback_at", "timestamptz"),
    ("callback_rep_id", "integer"),
    ("direction", "text"),
    ("talk_seconds", "integer"),
)


def outcome_of_no_lead(rep_id: int, at: datetime) -> dict[str, Any]:
    """OUTCOME_CALL's parameters for no lead at all: the call finds nothing to change. Its
    window spans a day either side of `at`, so that it is not refused as "moved" first."""
    unset = dict.fromkeys(name for name, _ in _OUTCOME_PARAMS if name != "now")
    return {
        **unset,
        "rep": rep_id,
        "valid_from": at - timedelta(days=1),
        "valid_until": at + timedelta(days=1),
        "retry_read": False,
        "assign": False,
    }


OUTCOME_CALL = text(
    "SELECT * FROM qualifier_record_outcome("  # noqa: S608 - this module's own constants
    + ", ".join(f"p_{name} => CAST(:{name} AS {kind})" for name, kind in _OUTCOME_PARAMS)
    + ")"
)
