"""Signing out while a call of the person's waits for the workstation's one connection: the
call ends at once (refused: signed out), it does not wait out the pool's wait."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from qualifier_app.app import sign_in_person
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.persistence.person_login import close_for_good
from qualifier_app.settings import Settings
from qualifier_app.settings.database import DatabaseConnections
from tests.conftest import START
from tests.security.conftest import Center
from tests.security.test_gui_sign_in import connections_of
from tests.support.factories import PASSWORD

pytestmark = pytest.mark.postgres

POOL_WAIT_SECONDS = 30


@pytest.fixture
def greedy_main_thread() -> Iterator[None]:
    """The signing-out thread keeps the interpreter until it blocks, as a busy one may: the
    waiting call, woken by the connection coming back, gets no turn before the close."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    yield
    sys.setswitchinterval(before)


def test_a_call_waiting_for_the_connection_at_sign_out_ends_at_once(
    center: Center, tmp_path: Path, greedy_main_thread: None
) -> None:
    settings = Settings(
        database_url=center.url,
        data_dir=tmp_path / "data",
        connections=DatabaseConnections(pool_size=1, pool_wait_seconds=POOL_WAIT_SECONDS),
    )
    signed = sign_in_person(settings, "rita", PASSWORD, "desk 7", ManualClock(START))
    assert signed is not None
    services, _ = signed
    db = services.db
    ended: list[str] = []

    def waiting_call() -> None:
        try:
            with db.unit_of_work(write=False) as uow:
                uow.session.execute(text("SELECT 1"))
            ended.append("ran")
        except Exception as exc:
            ended.append(type(exc).__name__)

    waiting = threading.Thread(target=waiting_call)
    try:
        with db.unit_of_work(write=False) as uow:  # the sign-out's own work, on the one connection
            uow.session.execute(text("SELECT 1"))
            waiting.start()
            deadline = time.monotonic() + 5
            while db.engine.pool.checkedout() and time.monotonic() < deadline:
                # The waiting call is inside the pool's wait once it stops running.
                if waiting.is_alive() and not _running(waiting):
                    break
                time.sleep(0.01)
        close_for_good(db)
        began = time.monotonic()
        waiting.join(POOL_WAIT_SECONDS + 5)
        assert not waiting.is_alive()
        assert time.monotonic() - began < 5, ended
        assert ended in (["ran"], ["DatabaseUnavailable"])
        # And nothing of hers is left open on the server.
        deadline = time.monotonic() + 5
        while connections_of(center, "rita") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert connections_of(center, "rita") == 0
        with (
            pytest.raises(DatabaseUnavailable, match="signed out"),
            db.unit_of_work(write=False) as uow,
        ):
            uow.session.execute(text("SELECT 1"))
    finally:
        services.close()


def _running(thread: threading.Thread) -> bool:
    frame = sys._current_frames().get(thread.ident or 0)
    while frame is not None:
        if frame.f_code.co_name == "wait" and "threading" in frame.f_code.co_filename:
            return False
        frame = frame.f_back
    return True
