"""The database keeps each lead's last caller as call attempts come and go (the status
reports credit a lead never handed off to them), on both databases."""

from __future__ import annotations

from datetime import timedelta
from uuid import uuid4

import psycopg
import pytest
from sqlalchemy import delete, select, update

from qualifier_app.persistence.models import CallAttempt, Lead
from tests.support.explain import explain_every_statement
from tests.support.factories import Factory, at

DAY = at("2026-11-10T09:00:00+00:00")


def _attempt(lead_id: int, rep_id: int, minutes: int) -> CallAttempt:
    return CallAttempt(
        request_id=str(uuid4()),
        lead_id=lead_id,
        rep_id=rep_id,
        started_at=DAY + timedelta(minutes=minutes),
        ended_at=DAY + timedelta(minutes=minutes + 2),
        disposition="no_answer",
        outcome="retry",
    )


def _call(factory: Factory, lead_id: int, rep_id: int, minutes: int) -> int:
    with factory.db.unit_of_work() as uow:
        attempt = _attempt(lead_id, rep_id, minutes)
        uow.session.add(attempt)
        uow.commit()
        return attempt.id


def _last_callers(factory: Factory, *leads: int) -> list[int | None]:
    with factory.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(select(Lead.id, Lead.last_caller_id).where(Lead.id.in_(leads)))
        found = {lead_id: caller for lead_id, caller in rows}
    return [found[lead] for lead in leads]


def test_the_last_caller_follows_attempts_added_changed_and_removed(factory: Factory) -> None:
    rita, marco = factory.user("rita").user_id, factory.user("marco").user_id
    first, second = factory.lead(), factory.lead()
    assert _last_callers(factory, first, second) == [None, None]
    _call(factory, first, rita, 0)
    latest = _call(factory, first, marco, 10)
    assert _last_callers(factory, first, second) == [marco, None]
    with factory.db.unit_of_work() as uow:  # an undo takes the latest attempt back
        uow.session.execute(delete(CallAttempt).where(CallAttempt.id == latest))
        uow.commit()
    assert _last_callers(factory, first, second) == [rita, None]
    with factory.db.unit_of_work() as uow:  # several attempts at once, as a bulk load adds them
        uow.session.add_all(
            _attempt(second, rep, number) for number, rep in enumerate((marco, rita, marco))
        )
        uow.commit()
    assert _last_callers(factory, first, second) == [rita, marco]
    with factory.db.unit_of_work() as uow:  # an attempt moved to another lead (a merge)
        uow.session.execute(
            update(CallAttempt).where(CallAttempt.lead_id == first).values(lead_id=second)
        )
        uow.commit()
    assert _last_callers(factory, first, second) == [None, marco]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_an_attempt_by_the_last_caller_does_not_update_the_lead_again(factory: Factory) -> None:
    rita, marco = factory.user("rita").user_id, factory.user("marco").user_id
    lead = factory.lead()
    _call(factory, lead, rita, 0)
    plans: list[str] = []
    url = factory.db.engine.url.set(drivername="postgresql")
    insert = (
        "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
        "disposition, outcome, reason, notes) "
        "VALUES (%s, %s, %s, %s, %s, 'no_answer', 'retry', '', '')"
    )
    # One transaction, so that behind a transaction pooler it all runs on one session.
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        explain_every_statement(conn, plans)
        for rep, minutes in ((rita, 10), (marco, 20)):
            began = DAY + timedelta(minutes=minutes)
            conn.execute(insert, (str(uuid4()), lead, rep, began, began + timedelta(minutes=2)))
    updates = [plan for plan in plans if "Update on leads" in plan]
    # Rita was already the last caller: the trigger looked and wrote nothing (an UPDATE of
    # leads, even of no row, sets up every index of the table). Marco's attempt changed it.
    assert len(updates) == 1, plans
    assert _last_callers(factory, lead) == [marco]
