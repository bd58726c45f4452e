"""The shared lead queue: claim the best eligible lead, keep it by heartbeat, give it back."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.calling_window import local_times
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import LeaseLost, NotFound, NothingEligible
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.persistence import audit, queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import CallingProfile, Campaign, Lead, User
from qualifier_app.services.calling_profiles import Profile, load_profiles, open_profile_ids
from qualifier_app.services.dto import ClaimedLead, LocalTime, QueueStats
from qualifier_app.settings import QueuePolicy


class QueueService:
    def __init__(self, db: Database, clock: Clock, policy: QueuePolicy) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy

    @property
    def lease_duration(self) -> timedelta:
        return timedelta(minutes=self._policy.lease_minutes)

    # --- claiming ---------------------------------------------------------------------------

    def claim_next(self, actor: Actor) -> ClaimedLead:
        """Lease the best eligible lead to `actor`, or raise NothingEligible.

        A rep who still holds a lead (after a crash, say) gets that lead back first.
        """
        require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        until = now + self.lease_duration
        with self._db.unit_of_work() as uow:
            session = uow.session
            self._check_can_work(session, actor)
            held = (
                session.execute(
                    update(Lead)
                    .where(Lead.lease_owner_id == actor.user_id, queue_sql.lease_held(now))
                    .values(lease_expires_at=until)
                    .returning(Lead.id)
                    .execution_options(synchronize_session=False)
                )
                .scalars()
                .first()
            )
            if held is not None:
                lead = self._card(session, held, now)
                uow.commit()
                return lead
            profiles = load_profiles(session)
            claimed = session.execute(
                queue_sql.claim_statement(
                    rep_id=actor.user_id,
                    now=now,
                    lease_until=until,
                    open_profile_ids=open_profile_ids(profiles, now),
                    max_attempts=self._policy.max_attempts,
                )
            ).first()
            if claimed is None:
                next_at = self._next_eligible_at(session, actor.user_id, profiles, now)
                raise NothingEligible(_empty_message(next_at, now), next_at)
            lead_id, version = claimed
            audit.record(
                session,
                at=now,
                actor_id=actor.audit_id,
                action="lead.claimed",
                entity_type="lead",
                entity_id=lead_id,
                after={
                    "lease_owner_id": actor.user_id,
                    "lease_expires_at": until,
                    "version": version,
                },
            )
            card = self._card(session, lead_id, now)
            uow.commit()
            return card

    def _check_can_work(self, session: Session, actor: Actor) -> None:
        paused, active = session.execute(
            select(User.paused, User.active).where(User.id == actor.user_id)
        ).one()
        if not active:
            raise NothingEligible(f"{actor.login} is deactivated and cannot take leads")
        if paused:
            raise NothingEligible(f"{actor.login} is paused by a team lead; no leads until resumed")

    def heartbeat(self, actor: Actor, lead_id: int) -> datetime:
        """Renew the lease on a lead the actor holds; raise LeaseLost if it went elsewhere."""
        require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        until = now + self.lease_duration
        with self._db.unit_of_work() as uow:
            renewed = uow.session.execute(
                update(Lead)
                .where(Lead.id == lead_id, Lead.lease_owner_id == actor.user_id)
                .values(lease_expires_at=until)
                .returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).first()
            if renewed is None:
                raise self._lost(uow.session, lead_id, actor)
            uow.commit()
        return until

    def release(self, actor: Actor, lead_id: int, reason: str = "") -> None:
        """Give a lead back to the queue. Only its holder may, or a team lead and above."""
        may_release_any = actor.may(Action.RELEASE_ANY_LEASE)
        if not may_release_any:
            require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = session.execute(
                select(Lead.lease_owner_id, Lead.lease_expires_at, Lead.version).where(
                    Lead.id == lead_id
                )
            ).first()
            if row is None:
                raise NotFound(f"there is no lead {lead_id}")
            owner, expires, version = row
            if owner is None:
                raise LeaseLost(f"lead {lead_id} is not held by anyone")
            if owner != actor.user_id and not may_release_any:
                raise self._lost(session, lead_id, actor)
            done = session.execute(
                update(Lead)
                .where(Lead.id == lead_id, Lead.version == version)
                .values(
                    lease_owner_id=None,
                    lease_expires_at=None,
                    leased_at=None,
                    updated_at=now,
                    version=Lead.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise self._lost(session, lead_id, actor)
            audit.record(
                session,
                at=now,
                actor_id=actor.audit_id,
                action="lead.released",
                entity_type="lead",
                entity_id=lead_id,
                before={"lease_owner_id": owner, "lease_expires_at": expires},
                after={"lease_owner_id": None},
                reason=reason,
            )
            uow.commit()

    def _lost(self, session: Session, lead_id: int, actor: Actor) -> Exception:
        row = session.execute(
            select(Lead.lease_owner_id, Lead.lease_expires_at, User.display_name)
            .outerjoin(User, User.id == Lead.lease_owner_id)
            .where(Lead.id == lead_id)
        ).first()
        if row is None:
            return NotFound(f"there is no lead {lead_id}")
        owner, expires, name = row
        now = self._clock.now()
        if owner is None or expires is None or expires <= now:
            return LeaseLost(f"{actor.login} does not hold lead {lead_id}; nobody holds it now")
        return LeaseLost(f"{actor.login} does not hold lead {lead_id}; {name} holds it now", name)

    # --- reading ----------------------------------------------------------------------------

    def stats(self, actor: Actor) -> QueueStats:
        require(actor, Action.VIEW_QUEUE_STATS)
        now = self._clock.now()
        with self._db.unit_of_work(write=False) as uow:
            session = uow.session
            by_status = {
                status: int(count)
                for status, count in session.execute(
                    select(Lead.status, func.count()).group_by(Lead.status)
                ).all()
            }
            leased = session.execute(
                select(func.count()).where(queue_sql.lease_held(now))
            ).scalar_one()
            eligible = session.execute(
                select(func.count())
                .select_from(Lead)
                .where(
                    queue_sql.eligible(
                        now,
                        open_profile_ids(load_profiles(session), now),
                        self._policy.max_attempts,
                    )
                )
            ).scalar_one()
        return QueueStats(by_status, int(leased), int(eligible), sum(by_status.values()))

    def next_eligible_at(self, actor: Actor) -> datetime | None:
        require(actor, Action.WORK_LEADS)
        now = self._clock.now()
        with self._db.unit_of_work(write=False) as uow:
            return self._next_eligible_at(
                uow.session, actor.user_id, load_profiles(uow.session), now
            )

    def _next_eligible_at(
        self, session: Session, rep_id: int, profiles: list[Profile], now: datetime
    ) -> datetime | None:
        by_id = {profile.id: profile for profile in profiles}
        best: datetime | None = None
        rows = session.execute(
            queue_sql.ready_at_by_profile(now, rep_id, self._policy.max_attempts)
        ).all()
        for profile_id, ready in rows:
            profile = by_id.get(profile_id)
            if profile is None or ready is None:
                continue
            opening = profile.next_opening(max(ready, now))
            if opening is not None and (best is None or opening < best):
                best = opening
        return best

    def card(self, actor: Actor, lead_id: int) -> ClaimedLead:
        require(actor, Action.WORK_LEADS)
        with self._db.unit_of_work(write=False) as uow:
            return self._card(uow.session, lead_id, self._clock.now())

    def _card(self, session: Session, lead_id: int, now: datetime) -> ClaimedLead:
        row = session.execute(
            select(Lead, Campaign.name, CallingProfile.window_start, CallingProfile.window_end)
            .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
            .join(CallingProfile, CallingProfile.id == Lead.calling_profile_id)
            .where(Lead.id == lead_id)
        ).first()
        if row is None:
            raise NotFound(f"there is no lead {lead_id}")
        lead, campaign, start, end = row
        zones = tuple(lead.time_zones.split()) if lead.time_zones else ()
        window = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        assert lead.lease_expires_at is not None or lead.lease_owner_id is None
        return ClaimedLead(
            id=lead.id,
            version=lead.version,
            company=lead.company,
            contact_name=lead.contact_name,
            title=lead.title,
            phone_raw=lead.phone_raw,
            phone_e164=lead.phone_e164,
            email=lead.email_normalized or lead.email_raw or None,
            country=lead.country,
            region=lead.region,
            status=lead.status,
            score=lead.score,
            segment=lead.segment,
            attempts=lead.attempts,
            campaign=campaign,
            source=lead.source,
            time_zones=zones,
            calling_window=window,
            local_times=tuple(LocalTime(zone, at) for zone, at in local_times(zones, now)),
            lease_expires_at=lead.lease_expires_at or now,
            next_call_at=lead.next_call_at,
        )


def _empty_message(next_at: datetime | None, now: datetime) -> str:
    if next_at is None:
        return "no lead is eligible now, and none is waiting in your queues"
    minutes = max(1, round((next_at - now).total_seconds() / 60))
    when = f"{next_at:%Y-%m-%d %H:%M} UTC"
    return f"no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)"
