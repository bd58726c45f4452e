"""The sign-in throttle holds when twenty workstations try wrong passwords at once."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.persistence.models import AuditEntry, User
from qualifier_app.services.accounts.users import FREE_FAILURES
from tests.conftest import START
from tests.support.factories import Factory
from tests.support.signins import wrong_password

PROCESSES = 20


@pytest.mark.slow
def test_twenty_parallel_wrong_passwords_are_counted_and_throttled(
    services: Services, factory: Factory, database_url: str
) -> None:
    factory.user("rita")
    # Twenty real processes, each with its own connection; forked from a server that
    # imported the app once, instead of twenty interpreters each importing it afresh.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.support.signins"])
    start = context.Barrier(PROCESSES)
    out = context.Queue()
    workers = [
        context.Process(target=wrong_password, args=(database_url, "rita", START, start, out))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    results = sorted(out.get(timeout=300) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    # The fourth wrong password in a row locks the login (5 s; the clock stands still), so
    # exactly that many were compared: the rest were turned away without a check.
    checked = FREE_FAILURES
    assert results == ["checked"] * checked + ["throttled"] * (PROCESSES - checked)
    with services.db.unit_of_work(write=False) as uow:
        user = uow.session.execute(select(User).where(User.login == "rita")).scalar_one()
        assert user.failed_logins == checked, "no failure was lost"
        assert user.locked_until is not None and user.locked_until > START
        audited = dict(
            uow.session.execute(
                select(AuditEntry.action, func.count())
                .where(AuditEntry.action.like("login.%"))
                .group_by(AuditEntry.action)
            ).all()
        )
    assert audited == {"login.failed": checked, "login.throttled": PROCESSES - checked}
