"""A workstation's pooled connection that the server has closed (a restart, a DBA, an idle
timeout on the way) is found dead by the next claim, outcome or heartbeat, which is sent
again on a fresh connection: the person sees nothing of it."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import DatabaseUnavailable
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import ImportBatch, Lead
from qualifier_app.services.workspace.dto import Outcome
from tests.support.factories import Factory


def _close_server_side(services: Services, user_id: int) -> int:
    """Terminate every server connection of the person's database login; how many."""
    with services.db.unit_of_work() as uow:
        closed = uow.session.execute(
            text(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) FROM "
                "pg_stat_activity a JOIN users u ON a.usename = u.db_role WHERE u.id = :id"
            ),
            {"id": user_id},
        ).scalar_one()
        uow.commit()
    return int(closed)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_claim_outcome_and_heartbeat_on_a_closed_connection_go_through_a_fresh_one(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    first_lead, second_lead = factory.lead(score=90), factory.lead(score=10)
    first = services.queue.claim_next(rep)
    assert first.id == first_lead
    assert _close_server_side(services, rep.user_id) >= 1
    services.queue.heartbeat(rep, first.id)
    assert _close_server_side(services, rep.user_id) >= 1
    receipt = services.workspace.submit(
        rep,
        Outcome(
            request_id=str(uuid.uuid4()),
            lead_id=first.id,
            version=first.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=clock.now(),
            disposition=Disposition.NO_ANSWER,
        ),
    )
    assert receipt.lead_id == first.id and receipt.attempt_id is not None
    assert _close_server_side(services, rep.user_id) >= 1
    second = services.queue.claim_next(rep)
    assert second.id == second_lead
    held = factory.get_lead(second_lead)
    assert held.lease_owner_id == rep.user_id
    assert factory.get_lead(first_lead).lease_owner_id is None


# Ends the connection of whoever inserts leads, inside the statement (as a server restart or
# a DBA would); only while the table `cut_import` has a row.
CUT_WHILE_WRITING = (
    "CREATE TABLE cut_import (armed boolean)",
    "INSERT INTO cut_import VALUES (true)",
    "GRANT SELECT ON cut_import TO PUBLIC",
    """CREATE FUNCTION cut_import() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           IF EXISTS (SELECT FROM cut_import) THEN
               PERFORM pg_terminate_backend(pg_backend_pid());
           END IF;
           RETURN NULL;
       END $$""",
    "CREATE TRIGGER cut_import AFTER INSERT ON leads FOR EACH STATEMENT "
    "EXECUTE FUNCTION cut_import()",
)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
@pytest.mark.parametrize("person", [False, True], ids=["owner", "supervisor"])
def test_an_import_whose_connection_is_lost_while_writing_says_so_and_runs_again(
    services: Services, factory: Factory, tmp_path: Path, person: bool
) -> None:
    """The owner's import writes with COPY, a person's with batched INSERTs: both on the
    driver's own cursor, whose errors were a psycopg traceback."""
    actor = factory.user("sam", Role.SUPERVISOR, team=None, queues=()) if person else OPERATOR
    source = tmp_path / "inquiries.csv"
    source.write_text(
        "First Name,Last Name,Company,Email,Country\n"
        + "".join(f"Ann{n},Lee,Firm {n},ann{n}@firm{n}.example,US\n" for n in range(40)),
        encoding="utf-8",
    )
    with services.db.unit_of_work() as uow:
        for statement in CUT_WHILE_WRITING:
            uow.session.execute(text(statement))
        uow.commit()

    with pytest.raises(DatabaseUnavailable, match="cannot reach the database"):
        services.intake.import_inquiries(actor, source)

    with services.db.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM cut_import"))
        uow.commit()
    again = services.intake.import_inquiries(actor, source)
    assert again.imported == 40
    with services.db.unit_of_work(write=False) as uow:
        statuses = uow.session.scalars(select(ImportBatch.status).order_by(ImportBatch.id)).all()
        leads = uow.session.execute(select(func.count()).select_from(Lead)).scalar_one()
    assert (statuses, leads) == (["failed", "finished"], 40)
