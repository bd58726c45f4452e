"""The report rollups kept without rows every outcome shares (PostgreSQL): two outcomes of
the same day and status do not wait for each other, an outcome moves its lead in the rollup
once, and the team-scope helpers ask who is asking once per query."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import psycopg
import pytest
from sqlalchemy import Connection, func, insert, select, text, update

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Role
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import CallAttempt, Lead, LeadStatusDay, LeadStatusDayChange
from qualifier_app.services.reports.status_kpis import FOLD
from qualifier_app.services.workspace.dto import Outcome
from tests.integration.test_lead_status_days import counted
from tests.support.factories import Factory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]


@contextmanager
def _open_transaction(services: Services) -> Iterator[Connection]:
    with services.db.engine.connect() as connection:
        # A wait for another transaction's lock fails at once instead of hanging the test.
        connection.execute(text("SET LOCAL lock_timeout = '2s'"))
        yield connection


def _call_and_nurture(
    connection: Connection, lead_id: int, rep_id: int, clock: ManualClock
) -> None:
    """What an outcome writes that the rollups follow: a call attempt and the lead's status."""
    now = clock.now()
    connection.execute(
        insert(CallAttempt).values(
            request_id=str(uuid.uuid4()),
            lead_id=lead_id,
            rep_id=rep_id,
            started_at=now - timedelta(minutes=2),
            ended_at=now,
            disposition="contacted",
            outcome="nurture",
        )
    )
    connection.execute(
        update(Lead).where(Lead.id == lead_id).values(status="nurture", version=Lead.version + 1)
    )


@pytest.mark.as_owner("two open transactions on two connections at once")
def test_two_outcomes_of_the_same_day_and_status_do_not_wait_for_each_other(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, marco = factory.user("rita"), factory.user("marco")
    first, second = factory.lead(), factory.lead()  # same day, status, place and campaign
    with _open_transaction(services) as one, _open_transaction(services) as other:
        _call_and_nurture(one, first, rita.user_id, clock)
        # Before the rollup had no shared rows, this waited for `one` to commit.
        _call_and_nurture(other, second, marco.user_id, clock)
        other.commit()
        one.commit()
    assert [factory.get_lead(lead).last_caller_id for lead in (first, second)] == [
        rita.user_id,
        marco.user_id,
    ]
    rollup, direct = counted(services)
    assert rollup == direct


def _changes(services: Services) -> int:
    with services.db.engine.connect() as connection:
        return int(
            connection.execute(select(func.count()).select_from(LeadStatusDayChange)).scalar_one()
        )


@pytest.mark.as_owner("reads the rollup's table of changes, which only report readers see")
def test_a_fold_moves_the_changes_into_the_rollup_and_changes_no_figure(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita")
    leads = [factory.lead() for _ in range(3)]
    factory.set_lead(leads[0], status="nurture", last_caller_id=rita.user_id)
    before = counted(services)
    assert before[0] == before[1] and _changes(services) > 0
    with services.db.engine.connect() as connection:
        connection.execute(FOLD)
        connection.commit()
        folded = connection.execute(
            select(func.sum(LeadStatusDay.leads)).where(LeadStatusDay.leads != 0)
        ).scalar_one()
    assert _changes(services) == 0
    assert counted(services) == before
    assert folded == len(leads)


@pytest.mark.as_owner("reads the rollup's table of changes, which only report readers see")
def test_an_outcome_moves_its_lead_in_the_rollup_once(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    """The outcome sets the last caller in its own update of the lead: one move of the lead
    (its old key -1, its new key +1), not a second one by the last caller's trigger."""
    rita = factory.user("rita")
    factory.lead()
    item = services.workspace.next_lead(rita)
    before = _changes(services)
    services.workspace.submit(
        rita,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=item.lead.id,
            version=item.lead.version,
            kind=OutcomeKind.NURTURE,
            started_at=clock.now() - timedelta(minutes=2),
            script_id=item.script.id,
            reason="budget next year",
            recycle_on=date(2027, 6, 1),
        ),
    )
    lead = factory.get_lead(item.lead.id)
    assert (lead.status, lead.last_caller_id) == ("nurture", rita.user_id)
    assert _changes(services) - before == 2
    rollup, direct = counted(services)
    assert rollup == direct


@pytest.mark.as_owner("reads the lead's row version (xmin), as the owner")
def test_a_call_by_the_last_caller_leaves_the_lead_as_it_is(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    lead = factory.lead()

    def version() -> str:
        with services.db.engine.connect() as connection:
            row = text("SELECT xmin::text FROM leads WHERE id = :id")
            return str(connection.execute(row, {"id": lead}).scalar_one())

    for _ in range(2):
        with services.db.engine.connect() as connection:
            connection.execute(
                insert(CallAttempt).values(
                    request_id=str(uuid.uuid4()),
                    lead_id=lead,
                    rep_id=rita.user_id,
                    started_at=clock.now(),
                    ended_at=clock.now(),
                    disposition="no_answer",
                    outcome="retry",
                )
            )
            connection.commit()
        if _ == 0:
            first = version()
    assert factory.get_lead(lead).last_caller_id == rita.user_id
    assert version() == first  # the second call found the last caller already right


def _calls_of_who_is_asking(services: Services, helper: str) -> int:
    url = services.db.engine.url.set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        if not conn.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]:  # type: ignore[index]
            pytest.skip("counting function calls (track_functions) needs a superuser")
        conn.execute("SET track_functions = 'all'")
        conn.execute(f"SELECT count(*) FROM {helper}()")
        row = conn.execute(
            "SELECT pg_stat_get_xact_function_calls('qualifier_user_id'::regproc)"
        ).fetchone()
        conn.rollback()
    assert row is not None
    return int(row[0] or 0)


@pytest.mark.as_owner("counts function calls on a connection of its own")
def test_the_team_scope_asks_who_is_asking_once_per_query(
    services: Services, factory: Factory
) -> None:
    for number in range(12):
        factory.user(f"rep{number}", queues=("Main", "Second"))
    for number in range(4):
        factory.user(f"lead{number}", Role.TEAM_LEAD, team=f"Team {number}")
    # Once for each of the helper's two queries, not once per team lead's row read.
    assert _calls_of_who_is_asking(services, "qualifier_led_team_ids") <= 2


@pytest.mark.as_owner("migrates the database down and up")
def test_changes_not_folded_yet_survive_a_downgrade_and_an_upgrade(
    services: Services, factory: Factory, database_url: str
) -> None:
    rita = factory.user("rita")
    leads = [factory.lead() for _ in range(3)]
    factory.set_lead(leads[0], status="nurture", last_caller_id=rita.user_id)
    assert _changes(services) > 0
    services.db.engine.dispose()
    engine = create_db_engine(database_url)
    try:
        schema.downgrade(engine, "0027_i15_handoff_state_row_lock")
        with engine.connect() as connection:
            kept = connection.execute(
                text(
                    "SELECT status, last_caller_id, sum(leads) FROM lead_status_days "
                    "GROUP BY status, last_caller_id HAVING sum(leads) <> 0"
                )
            ).all()
        assert sorted(tuple(row) for row in kept) == [
            ("nurture", rita.user_id, 1),
            ("queued", 0, 2),
        ]
        schema.upgrade(engine)
    finally:
        engine.dispose()
    rollup, direct = counted(services)
    assert rollup == direct and sum(direct.values()) == len(leads)
