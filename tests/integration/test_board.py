"""The live team board: states, counts, team scope, and change notifications."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, insert, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import PermissionDenied
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import behind_pooler
from qualifier_app.persistence.models import CallAttempt
from qualifier_app.services.board.lead_filter import LeadFilter
from qualifier_app.services.board.team_board import RepState
from qualifier_app.services.center_days import center_zone
from tests.support.activity import Activity
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams


@pytest.fixture
def teams(factory: Factory) -> Teams:
    return two_teams(factory)


def test_states_and_figures(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    act = Activity(factory)
    now = clock.now()
    worked = factory.lead(queue="North queue", company="Acme Health")
    factory.lead(
        queue="North queue",
        status="callback",
        assigned_rep_id=teams.marco.user_id,
        next_call_at=now - timedelta(minutes=5),
    )
    factory.lead(
        queue="North queue",
        status="callback",
        assigned_rep_id=teams.marco.user_id,
        next_call_at=now + timedelta(hours=3),
    )
    services.accounts.sign_in("rita", PASSWORD)
    services.accounts.sign_in("marco", PASSWORD)
    assert services.queue.claim_next(teams.rita).id == worked
    services.reassign.set_paused(teams.tina, teams.marco.user_id, True)
    # Today (New York day) and yesterday's attempts: only today's count.
    act.attempt(worked, teams.rita, now - timedelta(hours=1), 60, "no_answer", "retry")
    act.attempt(worked, teams.rita, now - timedelta(minutes=30), 60, "contacted", "sales_ready")
    act.attempt(worked, teams.rita, now - timedelta(days=1), 60, "contacted", "nurture")
    clock.advance(timedelta(minutes=4))

    board = services.board.board(teams.tina)
    reps = {rep.login: rep for rep in board.reps}
    assert set(reps) == {"rita", "marco", "tina"}  # not Anna of the South team
    rita, marco = reps["rita"], reps["marco"]
    assert rita.state is RepState.WORKING
    assert (rita.lead_id, rita.company) == (worked, "Acme Health")
    assert rita.working_for(board.at) == timedelta(minutes=4)
    assert (rita.attempts_today, rita.contacts_today, rita.qualified_today) == (2, 1, 1)
    assert marco.state is RepState.PAUSED
    assert (marco.assigned, marco.callbacks_due) == (2, 1)
    assert reps["tina"].state is RepState.SIGNED_OUT
    assert [q.name for q in board.queues] == ["North queue"]
    assert board.teams == ("North",)


def test_idle_then_signed_out_when_presence_lapses(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    signed_in = services.accounts.sign_in("anna", PASSWORD)
    assert _state(services, teams, "anna") is RepState.IDLE
    clock.advance(timedelta(minutes=10))
    assert _state(services, teams, "anna") is RepState.SIGNED_OUT
    services.accounts.touch_session(signed_in)
    assert _state(services, teams, "anna") is RepState.IDLE
    services.accounts.sign_out(signed_in)
    assert _state(services, teams, "anna") is RepState.SIGNED_OUT


def test_stale_leases_are_counted(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    factory.lead(queue="North queue")
    services.queue.claim_next(teams.rita)
    clock.advance(timedelta(minutes=20))
    board = services.board.board(teams.tina)
    assert board.stale_leases == 1
    assert {r.login: r.state for r in board.reps}["rita"] is RepState.SIGNED_OUT


def test_reps_may_not_see_the_board(services: Services, teams: Teams) -> None:
    with pytest.raises(PermissionDenied):
        services.board.board(teams.rita)


def test_watch_reports_a_change_made_elsewhere(
    services: Services, factory: Factory, teams: Teams
) -> None:
    changed = threading.Event()
    started = threading.Event()
    stop = threading.Event()

    def watch() -> None:
        started.set()
        services.board.watch(teams.tina, stop, changed.set, wait_seconds=0.2)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    assert started.wait(10)
    # The feed may take a moment to listen; keep changing until it reports.
    for _ in range(50):
        factory.lead(queue="North queue")
        if changed.wait(0.5):
            break
    stop.set()
    thread.join(10)
    assert changed.is_set()
    assert not thread.is_alive()


def _state(services: Services, teams: Teams, login: str) -> RepState:
    board = services.board.board(teams.supervisor)
    return {r.login: r.state for r in board.reps}[login]


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_refresh_and_the_lead_table_go_without_begin_and_rollback(
    services: Services, factory: Factory, teams: Teams
) -> None:
    # A team lead's board refreshes after every change all day: a BEGIN and a ROLLBACK
    # around its statements were two round trips each time, and changed nothing it read.
    factory.lead(queue="North queue")
    services.board.board(teams.tina)  # the suite opens tina's own login's connection first
    sent: list[tuple[str, bool]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        sent.append((statement, conn.connection.dbapi_connection.autocommit))

    event.listen(Engine, "before_cursor_execute", keep)
    try:
        board = services.board.board(teams.tina)
        rows = services.lead_table.page(teams.tina, LeadFilter())
        counted = services.lead_table.count(teams.tina, LeadFilter())
    finally:
        event.remove(Engine, "before_cursor_execute", keep)
    assert "rita" in {rep.login for rep in board.reps}
    assert len(rows) == counted == 1
    assert sent
    # Behind a transaction pooler each statement alone would wait for a server connection.
    alone = not behind_pooler(services.db.engine)
    assert [statement for statement, autocommit in sent if autocommit != alone] == []


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_behind_a_pooler_the_reads_keep_their_transaction(services: Services) -> None:
    url = services.db.engine.url.update_query_dict({"pooler": "pgbouncer"})
    db = Database.from_url(url.render_as_string(hide_password=False))
    try:
        assert behind_pooler(db.engine)
        with db.lookup() as uow:
            connection = uow.session.connection()
            assert connection.execute(text("SELECT 1")).scalar_one() == 1
            assert not connection.connection.dbapi_connection.autocommit
    finally:
        db.dispose()


def test_a_refresh_reads_its_own_reps_attempts_of_the_day_by_index(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    # The rest of the center's day (Anna, South) and Rita's earlier days must not be read to
    # sum the North team's day: the day's figures come from the rep-and-end-time index.
    lead = factory.lead(queue="North queue")
    now = clock.now()
    rows = [
        {
            "request_id": str(uuid.uuid4()),
            "lead_id": lead,
            "rep_id": rep,
            "started_at": ended - timedelta(minutes=1),
            "ended_at": ended,
            "disposition": "no_answer",
            "outcome": "retry",
        }
        for n in range(400)
        for rep, ended in (
            (teams.anna.user_id, now - timedelta(seconds=n)),
            (teams.rita.user_id, now - timedelta(days=1 + n % 60)),
        )
    ]
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(CallAttempt), rows)
        uow.session.execute(text("ANALYZE call_attempts"))
        uow.commit()
    seen: list[tuple[str, Any]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM call_attempts" in statement:
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", keep)
    try:
        board = services.board.board(teams.tina)
    finally:
        event.remove(Engine, "before_cursor_execute", keep)
    assert {rep.login: rep.attempts_today for rep in board.reps}["rita"] == 0
    day = [(s, p) for s, p in seen if "call_attempts.ended_at >=" in s]
    assert len(day) == 1, seen
    postgres = services.db.engine.dialect.name == "postgresql"
    prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
    with services.db.engine.connect() as connection:
        if postgres:  # a table this small would be read whole; the choice of index is the test
            connection.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            " ".join(str(cell) for cell in row)
            for row in connection.exec_driver_sql(prefix + day[0][0], day[0][1]).all()
        )
    assert "ix_call_attempts_rep_ended" in plan, plan


def test_a_call_across_midnight_is_the_day_it_started_as_in_the_reports(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    """The board, the rep's own figures and their queue panel count a day's calls as every
    report does: by the day they started (a call from 23:58 to 00:03 is the day before's)."""
    with services.db.unit_of_work(write=False) as uow:
        zone = center_zone(uow.session)
    midnight = datetime.combine(clock.now().astimezone(zone).date(), time(), zone)
    act = Activity(factory)
    lead = factory.lead(queue="North queue")
    act.attempt(lead, teams.rita, midnight - timedelta(minutes=2), 300, "contacted", "nurture")
    act.attempt(lead, teams.rita, midnight + timedelta(minutes=10), 60, "no_answer", "retry")

    board = services.board.board(teams.tina)
    assert {rep.login: rep.attempts_today for rep in board.reps}["rita"] == 1
    figures = services.workspace.my_figures(teams.rita, zone)
    assert (figures.today.calls, figures.today.contacts) == (1, 0)
    assert services.workspace.rep_day(teams.rita, midnight).attempts == 1


def test_a_rep_working_from_the_command_line_is_in_that_state_since_the_claim(
    services: Services, factory: Factory, teams: Teams, clock: ManualClock
) -> None:
    """A rep with no app open (`qualifier queue claim`) showed "Working" with an empty time
    in state while the time on the lead ran."""
    lead = factory.lead(queue="North queue")
    assert services.queue.claim_next(teams.rita).id == lead
    clock.advance(timedelta(minutes=3))
    rita = next(rep for rep in services.board.board(teams.tina).reps if rep.login == "rita")
    assert rita.state is RepState.WORKING and rita.activity_since is None
    assert rita.in_activity_for(clock.now()) == rita.working_for(clock.now())
    assert rita.working_for(clock.now()) == timedelta(minutes=3)
