"""A network that freezes (the path keeps acknowledging but forwards nothing), delays or
resets, between the app and PostgreSQL, through the loopback proxy of tests/support.

Keepalives and the TCP user timeout cannot see a freeze (the proxy's host acknowledges
every segment), and `statement_timeout` is the server's: it cannot end a wait for a reply
that never arrives. The client's own reply deadlines (persistence/engine.py) make the call
fail during the outage; the workspace shows "Connection lost, your work is kept" and
recovers by itself when the network comes back."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.persistence.database import Database
from qualifier_app.settings import DatabaseTimeouts
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.calls import ServiceCalls
from tests.support.databases import PostgresTemplates, postgres_required
from tests.support.tcp_proxy import TcpProxy, proxy_to

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

# A reply is waited for at most statement_seconds + connect_seconds = 3 s.
SHORT = DatabaseTimeouts(connect_seconds=2, statement_seconds=1)
# Only a guard against hanging the suite: a frozen call without a deadline never returns.
GUARD_SECONDS = 60


@pytest.fixture
def pg_url(postgres_templates: PostgresTemplates | None) -> Iterator[str]:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    yield url
    postgres_templates.drop(url)


@pytest.fixture
def proxy(pg_url: str) -> Iterator[TcpProxy]:
    with proxy_to(pg_url) as running:
        yield running


@pytest.fixture
def db(pg_url: str, proxy: TcpProxy) -> Iterator[Database]:
    database = Database.from_url(proxy.url_for(pg_url), timeouts=SHORT)
    yield database
    database.dispose()


def select_one(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return int(uow.session.execute(text("SELECT 1")).scalar_one())


def write_row(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE users SET failed_logins = failed_logins"))
        uow.commit()


def outcome_while_frozen(proxy: TcpProxy, call: Callable[[], object]) -> BaseException | None:
    """Run `call` with the proxy frozen; the error it ended with, seen while still frozen."""
    ended: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            ended.append(exc)
        else:
            ended.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=GUARD_SECONDS)
    assert ended, "the call was still waiting for the frozen network"
    return ended[0]


def test_a_call_into_a_frozen_network_fails_and_the_next_one_works_after_the_thaw(
    db: Database, proxy: TcpProxy
) -> None:
    assert select_one(db) == 1  # a pooled connection through the proxy
    proxy.freeze()
    error = outcome_while_frozen(proxy, lambda: select_one(db))
    assert isinstance(error, DatabaseUnavailable)
    assert "cannot reach the database" in str(error)
    proxy.thaw()
    assert select_one(db) == 1


def test_a_commit_into_a_frozen_network_fails_and_the_change_is_not_half_kept(
    db: Database, proxy: TcpProxy
) -> None:
    write_row(db)

    def frozen_at_commit() -> None:
        with db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE users SET failed_logins = 7"))
            proxy.freeze()
            uow.commit()

    error = outcome_while_frozen(proxy, frozen_at_commit)
    assert isinstance(error, DatabaseUnavailable)
    proxy.thaw()
    # The COMMIT never reached the server: its session ends, the change is rolled back.
    with db.unit_of_work(write=False) as uow:
        kept = uow.session.execute(text("SELECT count(*) FROM users WHERE failed_logins = 7"))
        assert kept.scalar_one() == 0


def test_a_slow_network_is_waited_for(db: Database, proxy: TcpProxy) -> None:
    proxy.delay = 0.2  # every chunk, well under the reply deadline
    assert select_one(db) == 1
    write_row(db)
    assert select_one(db) == 1


def test_a_reset_network_fails_the_call_in_flight_and_the_pool_reconnects(
    db: Database, proxy: TcpProxy
) -> None:
    assert select_one(db) == 1
    proxy.reset_all()  # idle pooled connections die: the pool's ping replaces them
    assert select_one(db) == 1
    proxy.freeze()

    def reset_soon() -> None:
        while proxy.open_connections == 0:
            threading.Event().wait(0.01)
        proxy.reset_all()

    resetter = threading.Thread(target=reset_soon, daemon=True)
    resetter.start()
    error = outcome_while_frozen(proxy, lambda: select_one(db))
    resetter.join(timeout=GUARD_SECONDS)
    assert isinstance(error, DatabaseUnavailable)
    proxy.thaw()
    assert select_one(db) == 1


def test_the_workspace_says_connection_lost_and_recovers_by_itself(
    qtbot: QtBot, db: Database, proxy: TcpProxy
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    banner = Banner(owner)
    workers = Workers()
    calls = ServiceCalls(owner, workers, banner, retry_delays_ms=[200])
    results: list[int] = []
    errors: list[Exception] = []
    try:
        assert select_one(db) == 1
        proxy.freeze()
        calls.call(lambda: select_one(db), results.append, errors.append, doing="taking a lead")
        qtbot.waitUntil(lambda: banner.text() != "", timeout=GUARD_SECONDS * 1000)
        assert banner.text().startswith("Connection lost, your work is kept")
        assert "taking a lead" in banner.text()
        assert results == [] and errors == []
        proxy.thaw()
        # The retries go on by themselves: the first after the thaw answers and clears it.
        qtbot.waitUntil(lambda: results == [1], timeout=GUARD_SECONDS * 1000)
        assert banner.text() == ""
        assert errors == []
    finally:
        proxy.thaw()
        workers.drain()
