"""The shared lead queue: claim the best eligible lead, keep it by heartbeat, give it back."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.calling_rules import cap_shape
from qualifier_app.domain.calling_window import local_times
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import LeaseLost, NotFound, NothingEligible, PermissionDenied
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import listed, message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, Lead, QueueMember, User
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.center_days import center_zone
from qualifier_app.services.compliance.blocked import blocked_reasons, held_by_caps
from qualifier_app.services.compliance.registries import (
    registry_states,
    stale_countries,
)
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_profiles import (
    Profile,
    ProfileCache,
    capped_profiles,
    open_profile_ids,
)
from qualifier_app.services.queue.calling_rules import RuleBookCache
from qualifier_app.services.queue.claim_context import CONTEXT_TTL, EPOCH, ClaimContext
from qualifier_app.services.queue.dto import ClaimedLead, HeldLead, LocalTime, QueueStats
from qualifier_app.services.queue.lost import lost_lead
from qualifier_app.services.queue.no_queue import no_queue_refusal
from qualifier_app.services.queue.retry_rules import max_attempts_in_force
from qualifier_app.settings import QueuePolicy

# How many claimed leads a workstation remembers for their outcomes (it works one at a time).
HELD_KEPT = 8


class QueueService:
    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy
        self._profiles = ProfileCache()
        self._rules = RuleBookCache(policy)
        self._campaigns: dict[int, str] = {}
        self._context: ClaimContext | None = None
        self._held: dict[tuple[int, int], HeldLead] = {}  # by (rep, lead)
        self._held_lock = threading.Lock()  # claims and outcomes run on worker threads

    @property
    def lease_duration(self) -> timedelta:
        return timedelta(minutes=self._policy.lease_minutes)

    # --- claiming ---------------------------------------------------------------------------

    def claim_next(self, actor: Actor) -> ClaimedLead:
        """Lease the best eligible lead to `actor`, or raise NothingEligible.

        A rep who still holds a lead (after a crash, say) gets that lead back first.
        """
        if self._frame.db.dialect == "postgresql":
            claimed_in_one_call = self._claim_in_one_call(actor)
            if claimed_in_one_call is not None:
                return claimed_in_one_call
        with self._frame.change(actor, Action.WORK_LEADS) as change:
            session, now = change.session, change.now
            until = now + self.lease_duration
            queue_ids = self._queues_if_working(session, actor)
            profiles = self._profiles_now(session, now)
            blocked, why_blocked = stale_countries(session, now)
            caps = cap_shape(profile.place_rule for profile in profiles.values())
            params = queue_sql.claim_params(
                rep_id=actor.user_id,
                queue_ids=queue_ids,
                now=now,
                lease_until=until,
                open_profile_ids=open_profile_ids(profiles.values(), now),
                max_attempts=max_attempts_in_force(session, self._policy),
                blocked_countries=blocked,
                capped_profiles=capped_profiles(profiles.values(), caps),
            )
            # Asked before, not read off the claimed row's times: on PostgreSQL the database
            # keeps a lease's start to its own clock, which need not be the time given here.
            held_before = set(
                session.execute(
                    select(Lead.id).where(queue_sql.held_by(actor.user_id, now))
                ).scalars()
            )
            statement = queue_sql.claim_statement(caps, self._frame.db.dialect == "postgresql")
            claimed = session.connection().execute(statement, params)
            row = claimed.mappings().first()
            if row is None:
                raise self._nothing_eligible(
                    session, actor.user_id, profiles, now, blocked, why_blocked
                )
            if row["id"] not in held_before:
                change.audit(
                    "lead.claimed",
                    "lead",
                    row["id"],
                    after={
                        "lease_owner_id": actor.user_id,
                        "lease_expires_at": until,
                        "version": row["version"],
                    },
                )
            card = build_card(
                row,
                self._campaign_name(session, row["campaign_id"]),
                profiles.get(row["calling_profile_id"]),
                now,
            )
            return card

    def _claim_in_one_call(self, actor: Actor) -> ClaimedLead | None:
        """PostgreSQL: one call of qualifier_claim_next, in autocommit (one round trip).

        What the workstation decides (open calling profiles, stale registries, caps) holds
        for the minute the database's clock is expected in: profiles open and close on whole
        local minutes, registries go stale at midnight. When the database's clock turns out
        to be elsewhere the call changes nothing and is made again for its time (None when
        it keeps moving: the claim is then made in a transaction that reads the clock first)."""
        at = self._frame.clock.now()
        moves, reread = 0, False
        while True:
            # Read before the call's connection is taken: a workstation has one connection,
            # and the context's own read would wait for it (a minute) inside the call.
            context = self._claim_context(actor, at)
            [row] = self._frame.statement(actor, Action.WORK_LEADS).execute(
                queue_sql.CLAIM_CALL, self._call_params(actor, context)
            )
            at = self._frame.observe(row["db_now"])
            if row["refusal"] == "moved":
                moves += 1
                if moves == 3:
                    return None
            elif row["id"] is None and not reread and context.blocked(at):
                # Nothing for the rep while a registry blocks a country: a fresh import
                # since the context was read ends the block now, not a minute later.
                self._context, reread = None, True
            else:
                break
        if row["refusal"] is not None:
            raise self._refusal(row["refusal"], actor)
        if row["id"] is None:
            with self._frame.read(actor) as reading:
                raise self._nothing_eligible(
                    reading.session,
                    actor.user_id,
                    context.profiles,
                    reading.now,
                    context.blocked(reading.now),
                    context.why_blocked(reading.now),
                )
        if row["campaign_id"] is not None:
            self._campaigns[row["campaign_id"]] = row["campaign"]
        self._remember(actor, row)
        return build_card(row, row["campaign"], context.profiles.get(row["calling_profile_id"]), at)

    def prepare(self, actor: Actor) -> None:
        """Make the first claim as quick as the later ones, before the rep asks for it: read
        the calling profiles and registry snapshots, and on PostgreSQL call the claim for a
        minute long gone. The database refuses that call ("moved") and changes nothing, but
        has compiled and planned the claim on this workstation's connection by then, which
        is most of a first claim's time."""
        context = self._claim_context(actor, self._frame.clock.now())
        if self._frame.db.dialect == "postgresql":
            gone = {"valid_from": EPOCH, "valid_until": EPOCH}
            self._frame.statement(actor, Action.WORK_LEADS).execute(
                queue_sql.CLAIM_CALL, {**self._call_params(actor, context), **gone}
            )

    def held(self, actor: Actor, lead_id: int, version: int) -> HeldLead | None:
        """The lead as the actor claimed it here, if it was claimed at this version."""
        with self._held_lock:
            lead = self._held.get((actor.user_id, lead_id))
        return lead if lead is not None and lead.version == version else None

    def forget(self, actor: Actor, lead_id: int) -> None:
        with self._held_lock:
            self._held.pop((actor.user_id, lead_id), None)

    def _remember(self, actor: Actor, row: Mapping[Any, Any]) -> None:
        lead = HeldLead(
            id=row["id"],
            version=row["version"],
            status=row["status"],
            attempts=row["attempts"],
            country=row["country"],
            region=row["region"],
            segment=row["segment"],
            calling_profile_id=row["calling_profile_id"],
            time_zones=row["time_zones"],
            phone_e164=row["phone_e164"],
        )
        with self._held_lock:
            key = (actor.user_id, lead.id)
            self._held.pop(key, None)
            self._held[key] = lead
            while len(self._held) > HELD_KEPT:
                del self._held[next(iter(self._held))]

    def _call_params(self, actor: Actor, context: ClaimContext) -> dict[str, Any]:
        at = context.at
        profiles = context.profiles.values()
        caps = cap_shape(profile.place_rule for profile in profiles)
        capped = [
            (hours, calls, profile_id)
            for (hours, calls), ids in capped_profiles(profiles, caps)
            for profile_id in ids
        ]
        valid_from = at.replace(second=0, microsecond=0)
        return {
            "rep_id": actor.user_id,
            "valid_from": valid_from,
            "valid_until": min(valid_from + timedelta(minutes=1), context.fresh_until(at)),
            "lease_seconds": int(self.lease_duration.total_seconds()),
            "open_profiles": open_profile_ids(profiles, at),
            "file_max_attempts": self._policy.file_retry.max_attempts,
            "default_max_attempts": self._policy.max_attempts,
            "blocked_countries": context.blocked(at),
            "cap_profiles": [profile_id for _, _, profile_id in capped],
            "cap_hours": [hours for hours, _, _ in capped],
            "cap_calls": [calls for _, calls, _ in capped],
        }

    def _claim_context(self, actor: Actor, at: datetime) -> ClaimContext:
        """The calling profiles and registry snapshots, re-read at most once a minute."""
        context = self._context
        if context is None or not context.loaded_at <= at < context.loaded_at + CONTEXT_TTL:
            with self._frame.read(actor) as reading:
                session, now = reading.session, reading.now
                context = ClaimContext(
                    now,
                    self._profiles_now(session, now),
                    tuple(registry_states(session, now)),
                    zone=center_zone(session),
                )
            self._context = context
        return replace(context, at=at)

    @staticmethod
    def _refusal(refusal: str, actor: Actor) -> NothingEligible:
        if refusal == "paused":
            return NothingEligible(
                message(
                    "{login} is paused by a team lead; no leads until resumed", login=actor.login
                )
            )
        return NothingEligible(
            message("{login} is deactivated and cannot take leads", login=actor.login)
        )

    def _nothing_eligible(
        self,
        session: Session,
        rep_id: int,
        profiles: dict[int, Profile],
        now: datetime,
        blocked: list[str],
        why_blocked: list[str],
    ) -> NothingEligible:
        """What a rep is told when the claim found nothing: when the next lead becomes
        eligible, if a time frees one, and what holds leads back without one."""
        next_at = self._next_eligible_at(session, rep_id, profiles, now, blocked)
        capped = held_by_caps(
            session, now, profiles.values(), queue_sql.waiting_for(rep_id), blocked
        )
        held = [reason.line for reason in capped] + why_blocked
        if next_at is None and (refusal := no_queue_refusal(session, rep_id)):
            # Working no queue comes first: a stale registry or a call cap holds back only
            # what a queue would have given them.
            return NothingEligible(listed([refusal.message, *held], "; "))
        return NothingEligible(
            listed([_empty_message(next_at, now, bool(held)), *held], "; "), next_at
        )

    def _profiles_now(
        self, session: Session, now: datetime, must_have: int | None = None
    ) -> dict[int, Profile]:
        book = self._rules.get(session, now)
        return self._profiles.get(session, now, must_have=must_have, book=book)

    def _queues_if_working(self, session: Session, actor: Actor) -> list[int]:
        """The rep's queues, after checking that the rep may take leads at all."""
        rows = session.execute(
            select(User.paused, User.active, QueueMember.queue_id)
            .outerjoin(QueueMember, QueueMember.user_id == User.id)
            .where(User.id == actor.user_id)
        ).all()
        if not rows or not rows[0].active:
            raise self._refusal("deactivated", actor)
        if rows[0].paused:
            raise self._refusal("paused", actor)
        return [row.queue_id for row in rows if row.queue_id is not None]

    def _campaign_name(self, session: Session, campaign_id: int | None) -> str | None:
        if campaign_id is None:
            return None
        if campaign_id not in self._campaigns:
            self._campaigns[campaign_id] = session.execute(
                select(Campaign.name).where(Campaign.id == campaign_id)
            ).scalar_one()
        return self._campaigns[campaign_id]

    def heartbeat(self, actor: Actor, lead_id: int, *more_lead_ids: int) -> datetime:
        """Renew the leases on every lead given that the actor holds, in one statement, and
        return the new expiry; raise LeaseLost for a lead that went elsewhere (the others
        are renewed all the same)."""
        lead_ids = [lead_id, *more_lead_ids]
        if self._frame.db.dialect == "postgresql":
            renewed: dict[int, datetime] = {
                row["id"]: row["lease_expires_at"].astimezone(UTC)
                for row in self._frame.statement(actor, Action.WORK_LEADS).execute(
                    queue_sql.RENEW_LEASES,
                    {
                        "lease_seconds": int(self.lease_duration.total_seconds()),
                        "lead_ids": lead_ids,
                        "rep_id": actor.user_id,
                    },
                )
            }
            lost = [lead for lead in lead_ids if lead not in renewed]
            if lost:
                with self._frame.read(actor) as reading:
                    raise self._lost(reading.session, lost[0], actor, reading.now)
            return min(renewed.values())
        with self._frame.change(actor, Action.WORK_LEADS) as change:
            until = change.now + self.lease_duration
            found = change.session.execute(
                update(Lead)
                .where(Lead.id.in_(lead_ids), Lead.lease_owner_id == actor.user_id)
                .values(lease_expires_at=until)
                .returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).scalars()
            lost = sorted(set(lead_ids) - set(found))
            if lost:
                # The others stay renewed: losing one lead is no reason to lose the rest.
                lost_error = self._lost(change.session, lost[0], actor, change.now)
        if lost:
            raise lost_error
        return until

    def release(self, actor: Actor, lead_id: int, reason: str = "") -> None:
        """Give a lead back to the queue. Only its holder may, or a team lead and above."""
        may_release_any = actor.may(Action.RELEASE_ANY_LEASE)
        with self._frame.change(actor, None if may_release_any else Action.WORK_LEADS) as change:
            session, now = change.session, change.now
            query = select(Lead.lease_owner_id, Lead.lease_expires_at, Lead.version).where(
                Lead.id == lead_id
            )
            in_scope = scope_of(session, actor).leads() if may_release_any else None
            if in_scope is not None:
                query = query.add_columns(in_scope.label("in_scope"))
            row = session.execute(query).first()
            if in_scope is not None and (row is None or not row.in_scope):
                # On PostgreSQL row-level security hides another team's lead from a team
                # lead's own connection: for them, unseen and outside are one answer.
                raise PermissionDenied(
                    message("lead {lead_id} is not one of your teams' leads", lead_id=lead_id)
                )
            if row is None:
                raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
            owner, expires, version = row[:3]
            if owner is None:
                raise LeaseLost(message("lead {lead_id} is not held by anyone", lead_id=lead_id))
            if owner != actor.user_id and not may_release_any:
                raise self._lost(session, lead_id, actor, now)
            done = session.execute(
                update(Lead)
                .where(Lead.id == lead_id, Lead.version == version)
                .values(**queue_sql.released(now))
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise self._lost(session, lead_id, actor, now)
            change.audit(
                "lead.released",
                "lead",
                lead_id,
                before={"lease_owner_id": owner, "lease_expires_at": expires},
                after={"lease_owner_id": None},
                reason=reason,
            )

    def _lost(self, session: Session, lead_id: int, actor: Actor, now: datetime) -> Exception:
        return lost_lead(session, lead_id, actor, now)

    # --- reading ----------------------------------------------------------------------------

    def stats(self, actor: Actor) -> QueueStats:
        with self._frame.read(actor, Action.VIEW_QUEUE_STATS) as reading:
            session, now = reading.session, reading.now
            by_status = {
                status: int(count)
                for status, count in session.execute(
                    select(Lead.status, func.count()).group_by(Lead.status)
                ).all()
            }
            leased = session.execute(
                select(func.count()).where(queue_sql.lease_held(now))
            ).scalar_one()
            blocked, why_blocked = stale_countries(session, now)
            profiles = self._profiles_now(session, now)
            caps = cap_shape(profile.place_rule for profile in profiles.values())
            eligible = session.execute(
                select(func.count())
                .select_from(Lead)
                .where(
                    queue_sql.eligible(
                        now,
                        open_profile_ids(profiles.values(), now),
                        max_attempts_in_force(session, self._policy),
                    ),
                    queue_sql.lawful(blocked, caps),
                ),
                queue_sql.cap_params(now, capped_profiles(profiles.values(), caps)),
            ).scalar_one()
            blocked_now = blocked_reasons(session, now, self._policy)
            registry_blocked = session.execute(
                select(func.count())
                .select_from(Lead)
                .where(
                    Lead.status.in_(queue_sql.CLAIMABLE_VALUES),
                    queue_sql.under_stale_registry(blocked),
                )
            ).scalar_one()
        return QueueStats(
            by_status,
            int(leased),
            int(eligible),
            sum(by_status.values()),
            not_claimable=tuple(why_blocked),
            blocked_by_registry=int(registry_blocked),
            blocked=blocked_now,
        )

    def next_eligible_at(self, actor: Actor) -> datetime | None:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session, now = reading.session, reading.now
            profiles = self._profiles_now(session, now)
            blocked = stale_countries(session, now)[0]
            return self._next_eligible_at(session, actor.user_id, profiles, now, blocked)

    def _next_eligible_at(
        self,
        session: Session,
        rep_id: int,
        by_id: dict[int, Profile],
        now: datetime,
        blocked: list[str],
    ) -> datetime | None:
        """The first moment after `now` a lead in the rep's scope becomes claimable, if a
        time frees one (a stale registry and a call cap hold leads back without one)."""
        best: datetime | None = None
        caps = cap_shape(profile.place_rule for profile in by_id.values())
        rows = session.execute(
            queue_sql.ready_at_by_profile(
                now, rep_id, max_attempts_in_force(session, self._policy), blocked, caps
            ),
            queue_sql.cap_params(now, capped_profiles(by_id.values(), caps)),
        ).all()
        for profile_id, ready in rows:
            profile = by_id.get(profile_id)
            if profile is None or ready is None:
                continue
            opening = profile.next_opening(max(ready, now))
            # A lead that looks ready now but was not claimed is held by what this cannot
            # see (another claim took it meanwhile): no time, rather than one already come.
            if opening is not None and opening > now and (best is None or opening < best):
                best = opening
        return best

    def card(self, actor: Actor, lead_id: int) -> ClaimedLead:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session, now = reading.session, reading.now
            row = (
                session.execute(select(*queue_sql.CARD_COLUMNS).where(Lead.id == lead_id))
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
            # A lead taken up again (a draft, a lookup, an undo): its outcome is decided from
            # this as from a claim's; the call checks it still holds.
            self._remember(actor, row)
            profiles = self._profiles_now(session, now, must_have=row["calling_profile_id"])
            return build_card(
                row,
                self._campaign_name(session, row["campaign_id"]),
                profiles.get(row["calling_profile_id"]),
                now,
            )


def build_card(
    row: Mapping[Any, Any], campaign: str | None, profile: Profile | None, now: datetime
) -> ClaimedLead:
    zones = tuple(row["time_zones"].split()) if row["time_zones"] else ()
    contact = " ".join(part for part in (row["first_name"], row["last_name"]) if part)
    return ClaimedLead(
        id=row["id"],
        version=row["version"],
        company=row["company"],
        contact_name=contact,
        title=row["title"],
        phone_raw=row["phone_raw"],
        phone_e164=row["phone_e164"],
        email=row["email_normalized"] or row["email_raw"] or None,
        country=row["country"],
        region=row["region"],
        status=row["status"],
        score=row["score"],
        segment=row["segment"],
        attempts=row["attempts"],
        campaign=campaign,
        source=row["source"],
        time_zones=zones,
        calling_window=profile.window.text() if profile else "",
        local_times=tuple(LocalTime(zone, at) for zone, at in local_times(zones, now)),
        lease_expires_at=row["lease_expires_at"] or now,
        next_call_at=row["next_call_at"],
        calling_rule=profile.place_rule if profile else None,
    )


def _empty_message(next_at: datetime | None, now: datetime, held: bool) -> str:
    if next_at is not None:
        return message(
            "no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)",
            when=f"{next_at:%Y-%m-%d %H:%M} UTC",
            minutes=max(1, round((next_at - now).total_seconds() / 60)),
        )
    if held:
        return message("no lead is eligible now")
    return message("no lead is eligible now, and none is waiting in your queues")
