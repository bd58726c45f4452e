"""A hypothesis state machine over claim / release / expire / outcome, checked against a
simple model of who holds what. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import delete, insert, select, update

from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import LeaseLost, NothingEligible
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead, Queue, QueueMember, User
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.settings import QueuePolicy
from tests.conftest import START

REPS = 3
LEADS = 4
LEASE = timedelta(minutes=15)
POLICY = QueuePolicy(max_attempts=3)


def seed(db: Database) -> tuple[list[Actor], list[int]]:
    """Three reps in one queue (made once: audit rows refer to them and are append-only),
    and four fresh queued leads for every example."""
    with db.unit_of_work() as uow:
        s = uow.session
        queue_id = s.execute(select(Queue.id).where(Queue.name == "Main")).scalar()
        if queue_id is None:
            queue = Queue(name="Main", description="", created_at=START)
            s.add(queue)
            s.flush()
            queue_id = queue.id
            for n in range(REPS):
                user = User(
                    login=f"rep{n}",
                    display_name=f"Rep {n}",
                    role="rep",
                    password_hash="x",
                    created_at=START,
                )
                s.add(user)
                s.flush()
                s.add(QueueMember(queue_id=queue_id, user_id=user.id))
        users = s.execute(select(User).order_by(User.login)).scalars().all()
        actors = [Actor(u.id, u.login, u.display_name, Role.REP) for u in users]
        s.execute(delete(Lead))
        profile = profile_id_for(s, ("America/New_York",), CallingWindow())
        ids = list(
            s.scalars(
                insert(Lead).returning(Lead.id, sort_by_parameter_order=True),
                [
                    {
                        "company": f"Lead {n}",
                        "status": "queued",
                        "score": n,
                        "queue_id": queue_id,
                        "calling_profile_id": profile,
                        "time_zones": "America/New_York",
                        "inquired_at": START,
                        "created_at": START - timedelta(minutes=n),
                        "updated_at": START,
                        "version": 1,
                    }
                    for n in range(LEADS)
                ],
            )
        )
        uow.commit()
    return actors, ids


class QueueMachine(RuleBasedStateMachine):
    db: Database

    def __init__(self) -> None:
        super().__init__()
        self.clock = ManualClock(START)
        self.queue = QueueService(self.db, self.clock, POLICY)
        self.actors, self.leads = seed(self.db)
        # The model: lead → (holder index, lease expiry); and leads finished for good.
        self.holder: dict[int, tuple[int, Any]] = {}
        self.finished: set[int] = set()

    def held_by(self, rep: int) -> int | None:
        now = self.clock.now()
        for lead, (owner, until) in self.holder.items():
            if owner == rep and until > now:
                return lead
        return None

    def free_leads(self) -> set[int]:
        now = self.clock.now()
        return {
            lead
            for lead in self.leads
            if lead not in self.finished
            and (lead not in self.holder or self.holder[lead][1] <= now)
        }

    @rule(rep=st.integers(0, REPS - 1))
    def claim(self, rep: int) -> None:
        actor = self.actors[rep]
        already = self.held_by(rep)
        try:
            card = self.queue.claim_next(actor)
        except NothingEligible:
            assert already is None
            assert not self.free_leads(), "a free lead was not handed out"
            return
        if already is not None:
            assert card.id == already, "a rep holding a lead got a second one"
        else:
            assert card.id in self.free_leads(), "claimed a lead someone else holds"
            # Best score first among the free ones.
            assert card.id == max(self.free_leads(), key=self.leads.index)
        self.holder[card.id] = (rep, self.clock.now() + LEASE)

    @rule(rep=st.integers(0, REPS - 1), lead_index=st.integers(0, LEADS - 1))
    def release(self, rep: int, lead_index: int) -> None:
        lead = self.leads[lead_index]
        owner = self.holder.get(lead, (None, None))[0]
        if owner == rep and lead not in self.finished:
            self.queue.release(self.actors[rep], lead)
            del self.holder[lead]
        else:
            with pytest.raises(LeaseLost):
                self.queue.release(self.actors[rep], lead)

    @rule(minutes=st.sampled_from([1, 7, 16]))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(timedelta(minutes=minutes))

    @rule(
        rep=st.integers(0, REPS - 1),
        lead_index=st.integers(0, LEADS - 1),
        status=st.sampled_from(["nurture", "do_not_call", "disqualified"]),
    )
    def outcome(self, rep: int, lead_index: int, status: str) -> None:
        """The holder finishes the lead; the write is conditional on still holding it."""
        lead = self.leads[lead_index]
        with self.db.unit_of_work() as uow:
            done = uow.session.execute(
                update(Lead)
                .where(
                    Lead.id == lead,
                    Lead.lease_owner_id == self.actors[rep].user_id,
                    Lead.lease_expires_at > self.clock.now(),
                )
                .values(
                    status=status,
                    lease_owner_id=None,
                    lease_expires_at=None,
                    version=Lead.version + 1,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            uow.commit()
        owner, until = self.holder.get(lead, (None, START))
        expected = owner == rep and until > self.clock.now() and lead not in self.finished
        assert done == int(expected)
        if expected:
            self.finished.add(lead)
            del self.holder[lead]

    @invariant()
    def database_agrees_with_the_model(self) -> None:
        now = self.clock.now()
        with self.db.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(Lead.id, Lead.lease_owner_id, Lead.lease_expires_at, Lead.status)
            ).all()
        holders_per_rep: dict[int, int] = {}
        for lead, owner_id, until, status in rows:
            if lead in self.finished:
                assert status != "queued"
                continue
            live = owner_id is not None and until is not None and until > now
            model = self.holder.get(lead)
            model_live = model is not None and model[1] > now
            assert live == model_live
            if live:
                assert owner_id == self.actors[model[0]].user_id  # type: ignore[index]
                holders_per_rep[owner_id] = holders_per_rep.get(owner_id, 0) + 1
        assert all(count == 1 for count in holders_per_rep.values())


@pytest.mark.slow
def test_queue_state_machine(database_url: str) -> None:
    db = Database.from_url(database_url)
    QueueMachine.db = db
    machine_settings = settings(
        max_examples=30,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    try:
        QueueMachine.TestCase.settings = machine_settings
        QueueMachine.TestCase().runTest()
    finally:
        db.dispose()
