"""A person's change of a team, queue, partner or do-not-call registry comes with its audit
row (migration 0068_setup_changes_are_audited): a team lead renamed their team, a channel
manager changed their partner's terms, a supervisor emptied a registry, each by hand and with
no trace in the audit log."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from qualifier_app.domain.roles import OPERATOR
from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import one
from tests.support.activity import Activity
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

UNAUDITED = "was changed without its audit row"
NUMBERS_UNAUDITED = "numbers were changed without its audit row"
AUDIT_ROW = (
    "INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, reason) "
    "VALUES (now(), qualifier_user_id(), %s, %s, %s, 'by hand')"
)


def _refused(person: psycopg.Connection, says: str, sql: str, *params: object) -> None:
    with pytest.raises(errors.InsufficientPrivilege, match=says):
        person.execute(sql, params)


def test_a_team_lead_renames_their_team_and_queue_only_with_the_audit_row(
    center: Center,
) -> None:
    team = center.factory.team("North")
    queue = center.teams.north_queue
    with connect_as(center.url, "tina") as tina:
        _refused(tina, UNAUDITED, "UPDATE teams SET name = 'Nord' WHERE id = %s", team)
        _refused(tina, UNAUDITED, "UPDATE queues SET name = 'Nord' WHERE id = %s", queue)
        # Another team's audit row does not account for hers.
        with pytest.raises(errors.InsufficientPrivilege, match=UNAUDITED), tina.transaction():
            tina.execute("UPDATE teams SET name = 'Nord' WHERE id = %s", (team,))
            tina.execute(AUDIT_ROW, ("team.renamed", "team", str(center.factory.team("South"))))
        assert one(tina, "SELECT name FROM teams WHERE id = %s", team) == "North"
        # Written as it was, nothing changed: nothing to audit.
        tina.execute("UPDATE teams SET name = name WHERE id = %s", (team,))
        with tina.transaction():
            tina.execute("UPDATE teams SET name = 'Nord' WHERE id = %s", (team,))
            tina.execute(AUDIT_ROW, ("team.renamed", "team", str(team)))
        assert one(tina, "SELECT name FROM teams WHERE id = %s", team) == "Nord"


def test_a_channel_manager_changes_their_partner_only_with_the_audit_row(
    center: Center,
) -> None:
    center.services.partners.set_channel_manager(OPERATOR, "tina")
    partner = Activity(center.factory).partner(
        "Acme Partner", manager=center.services.accounts.actor_for("tina")
    )
    with connect_as(center.url, "tina") as tina:
        _refused(tina, UNAUDITED, "UPDATE partners SET sla_hours = 999 WHERE id = %s", partner)
        _refused(
            tina,
            UNAUDITED,
            "INSERT INTO partner_reps (partner_id, name, email, active) "
            "VALUES (%s, 'Mallory', 'mallory@example.com', true)",
            partner,
        )
        assert one(tina, "SELECT sla_hours FROM partners WHERE id = %s", partner) == 48
        with tina.transaction():
            tina.execute("UPDATE partners SET sla_hours = 24 WHERE id = %s", (partner,))
            tina.execute(AUDIT_ROW, ("partner.changed", "partner", str(partner)))
        assert one(tina, "SELECT sla_hours FROM partners WHERE id = %s", partner) == 24


def test_a_supervisor_changes_a_registry_only_with_its_audit_row(center: Center) -> None:
    with connect_as(center.url, "sam") as sam:
        # As an import does: the numbers, the snapshot, its audit row.
        with sam.transaction():
            sam.execute(
                "INSERT INTO dnc_registry_numbers (number, registry_name) "
                "SELECT n, 'us' FROM generate_series(12125550100, 12125550102) AS n"
            )
            snapshot = one(
                sam,
                "INSERT INTO dnc_registry_snapshots (registry_name, taken_on, loaded_at, "
                "entries) VALUES ('us', current_date, now(), 3) RETURNING id",
            )
            sam.execute(AUDIT_ROW, ("dnc_registry.imported", "dnc_registry", str(snapshot)))
        for statement in (
            "DELETE FROM dnc_registry_numbers WHERE registry_name = 'us'",
            "DELETE FROM dnc_registry_numbers WHERE number = 1",  # even when nothing goes
            "INSERT INTO dnc_registry_numbers (number, registry_name) VALUES (1, 'us')",
        ):
            _refused(sam, NUMBERS_UNAUDITED, statement)
        _refused(
            sam,
            UNAUDITED,
            "UPDATE dnc_registry_snapshots SET taken_on = current_date + 30 WHERE id = %s",
            snapshot,
        )
        assert one(sam, "SELECT count(*) FROM dnc_registry_numbers") == 3
    # Nothing is left owed once a transaction is over, refused or committed.
    with center.services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(text("SELECT count(*) FROM audit_due")).scalar_one() == 0
