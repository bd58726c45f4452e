"""What a person is told when the database cannot be used, from the driver's first line."""

from __future__ import annotations

from qualifier_app.persistence.database import unavailable_because

WHERE = "PostgreSQL 10.20.0.5:6432/qualifier"


def test_a_pooler_that_cannot_sign_in_to_its_server_is_not_a_network_fault() -> None:
    """PgBouncer's own words when its look-up of the person's secret keeps failing: "cannot
    reach the database" sent the person to look at their network."""
    detail = "server login has been failing, try again later (server_login_retry)"
    said = str(unavailable_because(detail, WHERE))
    assert said.startswith(
        f"{WHERE} answers, but PgBouncer cannot sign in to the PostgreSQL server behind it ("
    )
    assert "PgBouncer's log" in said and "cannot reach" not in said


def test_anything_else_is_said_as_the_driver_said_it() -> None:
    said = str(unavailable_because("connection timeout expired", WHERE))
    assert said == f"cannot reach the database ({WHERE}): connection timeout expired"
