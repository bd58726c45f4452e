"""A rep or team lead who is a channel manager, signed in to PostgreSQL as themselves: the
feedback of the partners they manage, and nothing more (no other partner's handoffs, no
column but the feedback, no lead they do not work); and new teams are an admin's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR, Role
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.activity import Activity
from tests.support.roles import AUDIT_ROW, audited, connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
MANAGERS = ["rita", "tina"]  # a North rep, the North team lead: neither works the South lead


@dataclass
class Handoffs:
    theirs: int  # the South lead, sent to the partner they manage
    other: int  # Anna's callback, sent to a partner someone else manages


@pytest.fixture
def handoffs(center: Center, request: pytest.FixtureRequest) -> Handoffs:
    login = request.node.callspec.params["login"]
    center.services.partners.set_channel_manager(OPERATOR, login)
    manager = center.services.accounts.actor_for(login)
    activity = Activity(center.factory)
    theirs = activity.partner("Acme Partner", manager=manager)
    other = activity.partner("Other Partner", manager=center.teams.supervisor)
    center.factory.set_lead(center.south_lead, status="handed_off")
    return Handoffs(
        activity.handoff(center.south_lead, theirs, START),
        activity.handoff(center.anna_callback, other, START),
    )


def ids(connection: psycopg.Connection, sql: str, *params: object) -> set[int]:
    return {row[0] for row in connection.execute(sql, params).fetchall()}


def lead_status(center: Center, lead_id: int) -> str:
    return center.factory.get_lead(lead_id).status


@pytest.mark.parametrize("login", MANAGERS)
def test_a_channel_manager_reads_their_partners_handoffs_only(
    center: Center, handoffs: Handoffs, login: str
) -> None:
    with connect_as(center.url, login) as manager:
        assert ids(manager, "SELECT id FROM handoffs") == {handoffs.theirs}
        # The lead itself stays out of reach; the handoff list shows it through a function.
        assert ids(manager, "SELECT id FROM leads") == {center.north_lead}
        [(company, status)] = manager.execute(
            "SELECT company, status FROM qualifier_handoff_lead(%s)", (handoffs.theirs,)
        ).fetchall()
        assert (company, status) == (
            center.factory.get_lead(center.south_lead).company,
            "handed_off",
        )
        with pytest.raises(DENIED):
            manager.execute("SELECT * FROM qualifier_handoff_lead(%s)", (handoffs.other,))
        assert ids(manager, "SELECT id FROM handoff_events") == set()


@pytest.mark.parametrize("login", MANAGERS)
def test_a_channel_manager_changes_only_the_feedback(
    center: Center, handoffs: Handoffs, login: str
) -> None:
    with connect_as(center.url, login) as manager:
        for column, value in (
            ("deadline_at", "2030-01-01"),
            ("sla_breached", True),
            ("message_id", "<forged@example>"),
            ("grade", "A"),
        ):
            with pytest.raises(DENIED):
                manager.execute(
                    f"UPDATE handoffs SET {column} = %s WHERE id = %s", (value, handoffs.theirs)
                )
        assert (
            manager.execute(
                "UPDATE handoffs SET status = 'accepted', accepted_at = now(), "
                "last_update_at = now(), version = version + 1 WHERE id = %s",
                (handoffs.theirs,),
            ).rowcount
            == 1
        )
        manager.execute(
            "INSERT INTO handoff_events (handoff_id, at, status, origin, note, data) "
            "VALUES (%s, now(), 'accepted', 'gui', '', '{}')",
            (handoffs.theirs,),
        )
        # Another partner's handoff is not there to change, nor to add history to.
        assert (
            manager.execute(
                "UPDATE handoffs SET status = 'rejected' WHERE id = %s", (handoffs.other,)
            ).rowcount
            == 0
        )
        with pytest.raises(DENIED):
            manager.execute(
                "INSERT INTO handoff_events (handoff_id, at, status, origin, note, data) "
                "VALUES (%s, now(), 'rejected', 'gui', '', '{}')",
                (handoffs.other,),
            )
    with center.services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(text("SELECT id, status FROM handoffs ORDER BY id")).all()
    assert [tuple(row) for row in rows] == [(handoffs.theirs, "accepted"), (handoffs.other, "sent")]


@pytest.mark.parametrize("login", MANAGERS)
def test_a_channel_manager_moves_back_only_the_lead_their_partner_rejected(
    center: Center, handoffs: Handoffs, login: str
) -> None:
    move = "SELECT qualifier_return_for_routing(%s, 'rejected by the partner')"
    with connect_as(center.url, login) as manager:
        assert (
            manager.execute(
                "UPDATE leads SET status = 'sales_ready' WHERE id IN (%s, %s)",
                (center.south_lead, center.anna_callback),
            ).rowcount
            == 0
        )
        with pytest.raises(DENIED):
            manager.execute(move, (handoffs.other,))
        # Not rejected (yet): nothing moves.
        assert manager.execute(move, (handoffs.theirs,)).fetchone() == (None,)
        assert lead_status(center, center.south_lead) == "handed_off"
        manager.execute(
            "UPDATE handoffs SET status = 'rejected', rejected_at = now(), "
            "reject_reason = 'no budget' WHERE id = %s",
            (handoffs.theirs,),
        )
        assert manager.execute(move, (handoffs.theirs,)).fetchone() == (center.south_lead,)
    assert lead_status(center, center.south_lead) == "sales_ready"
    assert lead_status(center, center.anna_callback) == "callback"


@pytest.mark.parametrize("login", ["rita"])
def test_no_longer_a_channel_manager_no_longer_reaches_the_handoffs(
    center: Center, handoffs: Handoffs, login: str
) -> None:
    # The app refuses to switch off a manager who still looks after a partner (they would be
    # left its manager); the database must shut them out all the same, as an owner's direct
    # change leaves them.
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE users SET is_channel_manager = false WHERE login = :login"),
            {"login": login},
        )
        uow.commit()
    with connect_as(center.url, login) as former:
        assert ids(former, "SELECT id FROM handoffs") == set()
        with pytest.raises(DENIED):
            former.execute(
                "SELECT qualifier_return_for_routing(%s, 'rejected')", (handoffs.theirs,)
            )
    with connect_as(center.url, "marco") as marco:  # never was one
        assert ids(marco, "SELECT id FROM handoffs") == set()


def test_a_team_lead_adds_no_team(center: Center) -> None:
    north = center.factory.team("North")
    center.factory.user("ada", Role.ADMIN, team=None, queues=())
    with connect_as(center.url, "tina") as tina:
        with pytest.raises(DENIED):
            tina.execute(
                "INSERT INTO teams (name, active, created_at) VALUES ('Mine', true, now())"
            )
        with pytest.raises(DENIED):
            tina.execute("DELETE FROM teams WHERE id = %s", (north,))
        # Her own team stays hers to rename (with its audit row, 0068).
        with audited(tina, north, "team", "team.renamed"):
            renamed = tina.execute("UPDATE teams SET name = 'Nord' WHERE id = %s", (north,))
            assert renamed.rowcount == 1
    with connect_as(center.url, "ada") as ada, ada.transaction():
        west = ada.execute(
            "INSERT INTO teams (name, active, created_at) VALUES ('West', true, now()) RETURNING id"
        ).fetchone()
        assert west is not None
        ada.execute(AUDIT_ROW, ("team.added", "team", str(west[0])))


@pytest.mark.parametrize("login", ["rita"])
def test_a_channel_managers_workstation_sweeps_only_the_handoffs_of_leads_it_sees(
    center: Center,
    handoffs: Handoffs,
    login: str,
    as_person: Callable[[str], Services],
) -> None:
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE handoffs SET deadline_at = :due WHERE id = :id"),
            {"due": START - timedelta(hours=1), "id": handoffs.theirs},
        )
        uow.commit()
    rita = as_person(login)
    result = rita.sla.sweep(rita.accounts.actor_for(login))
    assert result.expired == 0  # not hers to expire: the SLA is no channel manager's to judge
    swept = center.services.sla.sweep(OPERATOR)
    assert swept.expired == 1


FEEDBACK_BATCH = (
    "INSERT INTO import_batches (kind, file_name, file_sha256, started_by_id, started_at, "
    "status, rows, imported, merged, rejected) "
    "VALUES (%s, 'export.csv', 'x', qualifier_user_id(), now(), 'running', 0, 0, 0, 0)"
)


@pytest.mark.parametrize("login", ["rita"])
def test_a_rep_channel_manager_imports_feedback_batches_only(
    center: Center, handoffs: Handoffs, login: str
) -> None:
    """Rita (a rep) manages a partner: her feedback import is recorded as her own batch, and
    its contacts match her partner's handoffs only. Anna (a rep) manages none."""
    south = center.factory.get_lead(center.south_lead)
    anna = center.factory.get_lead(center.anna_callback)
    with connect_as(center.url, "rita") as rita:
        rita.execute(FEEDBACK_BATCH, ("partner_feedback",))
        with pytest.raises(DENIED):
            rita.execute(FEEDBACK_BATCH, ("leads",))
        with pytest.raises(DENIED):
            rita.execute(
                "INSERT INTO import_batches (kind, file_name, file_sha256, started_by_id, "
                "started_at, status, rows, imported, merged, rejected) VALUES "
                "('partner_feedback', 'x.csv', 'x', %s, now(), 'running', 0, 0, 0, 0)",
                (center.teams.anna.user_id,),
            )
        assert ids(
            rita,
            "SELECT handoff_id FROM qualifier_handoffs_by_contact(NULL, %s)",
            south.phone_e164,
        ) == {handoffs.theirs}
        assert (
            ids(
                rita,
                "SELECT handoff_id FROM qualifier_handoffs_by_contact(NULL, %s)",
                anna.phone_e164,
            )
            == set()
        )
    with connect_as(center.url, "anna") as anna_connection, pytest.raises(DENIED):
        anna_connection.execute(FEEDBACK_BATCH, ("partner_feedback",))
