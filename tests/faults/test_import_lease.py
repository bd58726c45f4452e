"""An import holds its batch on a lease it renews by the database's clock while it runs.

The server stopped under an import (PostgreSQL, between the app and the server a loopback
proxy that resets every connection and refuses new ones, as a stopped server does): the
import says "cannot reach the database", and cannot record its end either. Its batch said
"running" (0 rows, or what its chunks committed) for as long as a live import could go
without moving. Now it reads as interrupted once its lease ran out by the database's clock,
and the next import of the file records it so, stores every row once and counts the rows the
dead one stored as already imported. A live import whose chunk waits long (a lock held
elsewhere) keeps its batch: its lease is renewed from a thread of its own meanwhile.

A workstation killed outright (SIGKILL) mid-import: tests/e2e/test_cli_interrupt.py."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import ImportBatch, Lead, Touch
from qualifier_app.services.intake import history
from qualifier_app.services.intake.dto import ImportProgress, ImportSummary
from qualifier_app.services.intake.history import PastImport, stalled
from qualifier_app.settings import Settings
from tests.integration.test_intake import big_file
from tests.support.factories import Factory
from tests.support.tcp_proxy import TcpProxy, proxy_to

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]

ROWS, CHUNK = 100, 30
# Longer than an import's lease, far shorter than a live import may wait on a lock.
LATER = timedelta(minutes=3)


@pytest.fixture
def proxy(database_url: str) -> Iterator[TcpProxy]:
    with proxy_to(database_url) as running:
        yield running


@pytest.fixture
def settings(database_url: str, proxy: TcpProxy, tmp_path: Path) -> Settings:
    """Every connection of the app, the owner's and each person's, goes through the proxy."""
    return Settings(database_url=proxy.url_for(database_url), data_dir=tmp_path / "data")


def batches(services: Services) -> list[tuple[str, int]]:
    with services.db.unit_of_work(write=False) as uow:
        found = uow.session.execute(
            select(ImportBatch.status, ImportBatch.rows).order_by(ImportBatch.id)
        ).all()
    return [(status, rows) for status, rows in found]


def stored(services: Services) -> tuple[int, int]:
    with services.db.unit_of_work(write=False) as uow:
        leads = uow.session.execute(select(func.count()).select_from(Lead)).scalar_one()
        touches = uow.session.execute(select(func.count()).select_from(Touch)).scalar_one()
    return int(leads), int(touches)


def test_an_import_whose_server_stopped_reads_as_interrupted_and_the_next_one_stores_the_rest(
    services: Services, factory: Factory, clock: ManualClock, proxy: TcpProxy, tmp_path: Path
) -> None:
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    source = big_file(tmp_path, ROWS)

    def server_stops(progress: ImportProgress) -> None:
        proxy.server_down()  # after the first chunk's commit, before the second chunk

    with pytest.raises(DatabaseUnavailable, match="cannot reach the database"):
        services.intake.import_inquiries(
            supervisor, source, progress=server_stops, chunk_rows=CHUNK
        )
    proxy.server_up()

    (cut,) = services.import_history.recent(supervisor)
    # Just now it was alive: as far as anyone can tell, it may still run.
    assert (cut.status, cut.rows, cut.finished_at) == ("running", CHUNK, None)

    clock.advance(LATER)
    (dead,) = services.import_history.recent(supervisor)
    assert (dead.status, dead.rows, dead.imported, dead.finished_at) == (
        "interrupted", CHUNK, CHUNK, None)  # fmt: skip
    assert dead.what_to_do() == (
        "the 30 rows read so far are kept; run the same file again: rows already stored are "
        "not added twice"
    )
    assert batches(services) == [("running", CHUNK)]  # a read changes nothing

    # The next import of the file records it as interrupted as it starts, even if it stops.
    cancelled = services.intake.import_inquiries(supervisor, source, cancel=lambda: True)
    assert cancelled.cancelled and cancelled.rows == 0
    assert batches(services) == [("interrupted", CHUNK), ("cancelled", 0)]

    again = services.intake.import_inquiries(supervisor, source, chunk_rows=CHUNK)
    assert (again.rows, again.already_imported) == (ROWS, CHUNK)
    assert again.rows == again.imported + again.merged + again.rejected + again.already_imported
    assert batches(services)[-1] == ("finished", ROWS)
    latest, _, earlier = services.import_history.recent(supervisor)
    assert (earlier.status, earlier.imported_again) == ("interrupted", latest.batch_id)
    # Every row once: the file's last fifth repeat earlier people, merged into their leads.
    assert stored(services) == (ROWS * 4 // 5, ROWS)


def test_a_live_import_waiting_long_on_a_lock_keeps_its_batch_running(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(history, "LEASE_RENEWED_EVERY", timedelta(seconds=0.05), raising=False)
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    watcher = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    source = big_file(tmp_path, ROWS)
    ended: list[ImportSummary | BaseException] = []

    def run(actor: Actor) -> None:
        try:
            ended.append(services.intake.import_inquiries(actor, source, chunk_rows=CHUNK))
        except BaseException as exc:
            ended.append(exc)

    with services.db.unit_of_work() as blocker:
        # Another transaction holds the leads: the import's first chunk waits for it.
        blocker.session.execute(text("LOCK TABLE leads IN SHARE MODE"))
        importer = threading.Thread(target=run, args=(supervisor,), daemon=True)
        importer.start()
        waiting_on_the_lock(services)

        clock.advance(timedelta(minutes=30))  # far longer than any lease: it renews it
        live = seen_running(services, watcher)
        assert (live.rows, live.finished_at) == (0, None)
        # Nor would the next import of the file record it as interrupted.
        with services.db.unit_of_work(write=False) as uow:
            dead = uow.session.scalars(select(ImportBatch.id).where(stalled(clock.now())))
            assert dead.all() == []
    importer.join(timeout=120)

    (summary,) = ended
    assert isinstance(summary, ImportSummary), summary
    assert (summary.rows, summary.already_imported) == (ROWS, 0)
    assert batches(services) == [("finished", ROWS)]
    (past,) = services.import_history.recent(watcher)
    assert past.status == "finished"


def waiting_on_the_lock(services: Services) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with services.db.unit_of_work(write=False) as uow:
            waiting = uow.session.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                )
            ).scalar_one()
        if waiting:
            return
        time.sleep(0.05)
    pytest.fail("the import never waited for the lock")


def seen_running(services: Services, watcher: Actor) -> PastImport:
    """The import as the history shows it once its lease was renewed after the clock moved
    (a renewal every 50 ms here)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        (past,) = services.import_history.recent(watcher)
        if past.status == "running":
            return past
        time.sleep(0.05)
    pytest.fail(f"a live import reads as {past.status}")
