"""A phone put on the do-not-call list while an import that has just checked the list is
writing its leads: the import's lead must not reach the queue (found by trying imports and
do-not-call changes at once on PostgreSQL, where nothing ordered the two)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from qualifier_app.app import Services
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Lead
from qualifier_app.services.compliance.do_not_call import DncResult
from qualifier_app.services.intake import window_writer
from tests.support.factories import Factory

pytestmark = pytest.mark.postgres

PHONE = "+1 646 555 0199"


def _waiting_on_the_list(services: Services) -> bool:
    with services.db.unit_of_work(write=False) as uow:
        return bool(
            uow.session.execute(
                text(
                    "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE wait_event = 'advisory' "
                    "AND datname = current_database())"
                )
            ).scalar_one()
        )


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_phone_listed_while_an_import_writes_its_lead_keeps_that_lead_out_of_the_queue(
    services: Services, factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    ines = factory.user("ines", Role.SUPERVISOR, team=None, queues=())
    rita = factory.user("rita")
    source = tmp_path / "inquiries.csv"
    source.write_text(
        f"First Name,Last Name,Company,Email,Phone,Country\nPat,Lee,Acme,pat@acme.example,"
        f"{PHONE},US\n",
        encoding="utf-8",
    )
    checked, go_on = threading.Event(), threading.Event()
    marked: Callable[..., None] = window_writer.mark_do_not_call

    def list_checked_then_wait(window: window_writer.Window) -> None:
        marked(window)
        checked.set()
        go_on.wait(timeout=60)

    monkeypatch.setattr(window_writer, "mark_do_not_call", list_checked_then_wait)
    failures: list[BaseException] = []

    def run(work: Callable[[], object]) -> threading.Thread:
        def guarded() -> None:
            try:
                work()
            except BaseException as exc:
                failures.append(exc)

        thread = threading.Thread(target=guarded)
        thread.start()
        return thread

    importing = run(lambda: services.intake.import_inquiries(sam, source))
    assert checked.wait(timeout=60)
    added: list[DncResult] = []
    listing = run(lambda: added.append(services.do_not_call.add(ines, phone=PHONE, reason="asked")))
    # The listing either waits for the import to commit, or (as it did) runs past it.
    deadline = time.monotonic() + 30
    while listing.is_alive() and not _waiting_on_the_list(services):
        assert time.monotonic() < deadline, "the listing neither ended nor waited"
        time.sleep(0.05)
    go_on.set()
    importing.join(timeout=60)
    listing.join(timeout=60)
    assert failures == []

    with services.db.unit_of_work(write=False) as uow:
        status = uow.session.scalars(select(Lead.status)).one()
    assert status == "do_not_call"
    assert len(added[0].leads_blocked) == 1
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rita)
