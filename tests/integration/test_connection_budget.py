"""A signed-in workstation on PostgreSQL: one server connection, named for the DBA, a change
feed without LISTEN, and a server that ends the connection is not an error the person sees.

Each workstation here is the real sign-in path (`sign_in_person`: the person's own login
role, the settings' pool), counted in pg_stat_activity by the owner while it works. With
QUALIFIER_TEST_PGBOUNCER_URL set (`throwaway_postgres.py --pgbouncer`) the same runs through
PgBouncer in transaction pooling mode.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qualifier_app.app import Services, build, sign_in_person
from qualifier_app.domain.clock import Clock, DatabaseClock, ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.persistence import notify
from qualifier_app.persistence.database import Database
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.settings import DatabaseConnections, DatabaseTimeouts, Settings
from tests.conftest import START
from tests.support.connections import end_connections, libpq, server_connections
from tests.support.databases import (
    PGBOUNCER_URL_ENV,
    PostgresTemplates,
    postgres_required,
    required,
)
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import Teams, two_teams

pytestmark = pytest.mark.postgres


@dataclass
class Center:
    url: str
    owner: Services
    factory: Factory
    teams: Teams


@pytest.fixture
def center(postgres_templates: PostgresTemplates | None, tmp_path: Path) -> Iterator[Center]:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    settings = Settings(database_url=url, data_dir=tmp_path / "owner")
    owner = build(settings, ManualClock(START), db=Database.from_url(url))
    factory = Factory(owner)
    teams = two_teams(factory)
    for _ in range(6):
        factory.lead("North queue")
    yield Center(url, owner, factory, teams)
    owner.close()
    postgres_templates.drop(url)


def _through_pooler(url: str) -> str:
    """`url`'s database through the test PgBouncer (it serves every database of the server)."""
    bouncer = os.environ.get(PGBOUNCER_URL_ENV)
    if not bouncer:
        required(PGBOUNCER_URL_ENV, "run with `throwaway_postgres.py --pgbouncer`")
    through = make_url(url).set(host=make_url(bouncer).host, port=make_url(bouncer).port)
    return through.update_query_dict({"pooler": "pgbouncer"}).render_as_string(False)


@pytest.fixture(
    params=[pytest.param("direct", marks=pytest.mark.direct_only), pytest.param("pgbouncer")]
)
def route(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def workstation(
    center: Center, route: str, tmp_path: Path
) -> Iterator[Callable[..., tuple[Services, SignedIn]]]:
    """Sign a person in as the app does, with the settings' connection budget."""
    opened: list[Services] = []
    url = center.url if route == "direct" else _through_pooler(center.url)
    connections = DatabaseConnections(
        pooler="" if route == "direct" else "pgbouncer", change_poll_seconds=0.2
    )

    def sign_in(
        login: str, clock: Clock | None = None, timeouts: DatabaseTimeouts | None = None
    ) -> tuple[Services, SignedIn]:
        settings = Settings(
            database_url=url,
            data_dir=tmp_path / login,
            connections=connections,
            timeouts=timeouts or DatabaseTimeouts(),
        )
        signed = sign_in_person(settings, login, PASSWORD, "ws", clock or ManualClock(START))
        assert signed is not None
        opened.append(signed[0])
        return signed

    yield sign_in
    for services in opened:
        services.close()


def _restart_pooler_for(database: str) -> None:
    """What a restart of PgBouncer does to its clients: every client and server connection to
    `database` is dropped (its admin console's KILL), then new ones are let in again."""
    bouncer = os.environ[PGBOUNCER_URL_ENV]
    console = libpq(make_url(bouncer).set(database="pgbouncer").render_as_string(False))
    with psycopg.connect(console, autocommit=True, cursor_factory=psycopg.ClientCursor) as admin:
        admin.execute(f"KILL {database}")
        admin.execute(f"RESUME {database}")


def test_a_signed_in_workstation_uses_one_server_connection_while_it_works(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]], route: str
) -> None:
    lead, lead_in = workstation("tina")
    rep, rep_in = workstation("rita")
    stop = threading.Event()
    changed = threading.Event()
    peak: dict[str, int] = {"tina": 0, "rita": 0}
    names: set[str] = set()
    errors: list[BaseException] = []

    def count() -> None:
        while not stop.is_set():
            for login, most in list(peak.items()):
                found = server_connections(center.url, login)
                peak[login] = max(most, len(found))
                names.update(name for name, _ in found)

    def board_reads() -> None:
        try:
            for _ in range(15):
                lead.board.board(lead_in.actor)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    def rep_work() -> None:
        try:
            for _ in range(3):
                card = rep.queue.claim_next(rep_in.actor)
                rep.queue.heartbeat(rep_in.actor, card.id)
                rep.queue.release(rep_in.actor, card.id, "budget test")
        except BaseException as exc:
            errors.append(exc)

    def rep_reads() -> None:
        try:
            for _ in range(10):
                rep.queue.stats(rep_in.actor)
        except BaseException as exc:
            errors.append(exc)

    counter = threading.Thread(target=count, daemon=True)
    feed = threading.Thread(
        target=lead.board.watch, args=(lead_in.actor, stop, changed.set, 0.2), daemon=True
    )
    # The GUI's worker pool runs several calls at once; they take turns on the one connection.
    workers = [threading.Thread(target=board_reads) for _ in range(3)]
    workers += [threading.Thread(target=rep_work), threading.Thread(target=rep_reads)]
    counter.start()
    feed.start()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert changed.wait(10), "the team lead's feed saw none of the rep's claims"
    stop.set()
    feed.join(10)
    counter.join(10)

    assert not errors, errors
    if route == "direct":
        assert peak == {"tina": 1, "rita": 1}
        host = socket.gethostname()
        assert {f"qualifier tina@{host}"[:63], f"qualifier rita@{host}"[:63]} <= names
    else:
        # Between transactions PgBouncer hands the server connection to others: at most one
        # at a time is this workstation's.
        assert max(peak.values()) <= 1


def test_the_change_feed_reports_committed_changes_only(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]]
) -> None:
    lead, _ = workstation("tina")
    feed = notify.open_feed(lead.db.engine, poll_seconds=0.05)
    try:
        assert not feed.wait(0.3)  # nothing changed yet
        with center.owner.db.unit_of_work() as uow:  # a change that is rolled back
            uow.session.execute(text("UPDATE users SET paused = true WHERE login = 'rita'"))
        assert not feed.wait(0.3)
        center.factory.lead("North queue")
        assert feed.wait(5)
        assert not feed.wait(0.3)  # reported once
    finally:
        feed.close()
    with center.owner.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(text("SELECT count(*) FROM change_counters")).scalar() == 64


def test_an_open_transaction_that_changed_leads_locks_no_counter(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]]
) -> None:
    # The counter is bumped as the transaction commits: a claim, an outcome or an import
    # still at work (or waiting for a lock elsewhere) makes no other writer wait for it.
    lead, _ = workstation("tina")
    feed = notify.open_feed(lead.db.engine, poll_seconds=0.05)
    try:
        with center.owner.db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE leads SET next_call_at = now()"))
            uow.session.execute(text("UPDATE users SET paused = true WHERE login = 'rita'"))
            with psycopg.connect(libpq(center.url), autocommit=True) as other:
                free = other.execute(
                    "SELECT slot FROM change_counters FOR UPDATE SKIP LOCKED"
                ).fetchall()
            assert len(free) == 64
            assert not feed.wait(0.3)  # not committed yet
            uow.commit()
        assert feed.wait(5)
        assert not feed.wait(0.3)  # one transaction, one change
    finally:
        feed.close()


def test_a_claim_that_finds_nothing_is_not_a_change(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]]
) -> None:
    rep, rep_in = workstation("anna")  # the South queue is empty
    lead, _ = workstation("omar")
    feed = notify.open_feed(lead.db.engine, poll_seconds=0.05)
    try:
        with pytest.raises(NothingEligible):
            rep.queue.claim_next(rep_in.actor)
        assert not feed.wait(0.3)
    finally:
        feed.close()


def test_a_server_that_ended_the_connection_is_not_an_error_the_person_sees(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]], route: str
) -> None:
    # The database's clock: every unit of work starts by reading the server's time.
    lead, lead_in = workstation("tina", DatabaseClock())
    rep, rep_in = workstation("rita", DatabaseClock())
    changed = threading.Event()
    stop = threading.Event()
    lead.board.board(lead_in.actor)
    rep.queue.stats(rep_in.actor)
    feed = threading.Thread(
        target=lead.board.watch, args=(lead_in.actor, stop, changed.set, 0.2), daemon=True
    )
    feed.start()

    if route == "direct":
        for login in ("tina", "rita"):
            assert end_connections(center.url, login) == 1
    else:
        _restart_pooler_for(make_url(center.url).database or "")

    board = lead.board.board(lead_in.actor)  # a read
    assert {r.login for r in board.reps} >= {"rita", "marco"}
    center.factory.lead("North queue")  # the feed carries on after its connection was ended
    assert changed.wait(10)
    stop.set()
    feed.join(10)
    assert rep.queue.stats(rep_in.actor) is not None


def test_every_transaction_has_the_server_timeouts_of_the_settings(
    center: Center, workstation: Callable[..., tuple[Services, SignedIn]]
) -> None:
    """Directly they come as startup options; through PgBouncer (which refuses those) each
    transaction sets them for itself."""
    timeouts = replace(DatabaseTimeouts(), statement_seconds=7, idle_in_transaction_seconds=9)
    services, _ = workstation("tina", timeouts=timeouts)
    for _ in range(8):  # past psycopg's prepare threshold, on whichever server connection
        with services.db.unit_of_work(write=False) as uow:
            assert uow.session.execute(text("SHOW statement_timeout")).scalar() == "7s"
            assert (
                uow.session.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()
                == "9s"
            )
