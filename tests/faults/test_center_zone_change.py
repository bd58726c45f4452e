"""A large center changes its time zone: counting every call again by the new zone takes
longer than the limit a workstation's statements have (30 s, meant for the queue's), and the
change must still be saved, not cancelled half-way by the server."""

from __future__ import annotations

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence import engine
from qualifier_app.settings import DatabaseTimeouts
from tests.support.factories import Factory


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_zone_change_that_outlasts_the_statement_limit_is_saved(
    services: Services, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The administrator's own connection gives a statement one second.
    monkeypatch.setattr(engine, "DatabaseTimeouts", lambda: DatabaseTimeouts(statement_seconds=1))
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(ada, name="East", time_zone="America/New_York")
    # The recount made slow, as a million leads' calls make it.
    with services.db.engine.begin() as owner:
        owner.exec_driver_sql(
            "CREATE FUNCTION counted_slowly() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(1.5); RETURN NULL; END $$"
        )
        owner.exec_driver_sql(
            "CREATE TRIGGER center_counted_slowly AFTER UPDATE OF time_zone ON center "
            "FOR EACH ROW EXECUTE FUNCTION counted_slowly()"
        )

    assert services.center.change(ada, time_zone="Europe/Zurich").time_zone == "Europe/Zurich"
    assert services.center.show(ada).time_zone == "Europe/Zurich"
