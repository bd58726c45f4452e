"""Check calls on PostgreSQL with each person's own login: a rep makes the check call of a
lead they qualified (the lifecycle trigger knows the check-call moves), and only
administrators change the policy, in the database as in the service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from psycopg import errors
from sqlalchemy import select, text

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import CheckCall, Handoff
from tests.conftest import START
from tests.security.conftest import Center
from tests.support.check_calls import ANSWERS_CONTACTED, answer
from tests.support.partners import add_partner
from tests.support.roles import connect_as


def _delivered_a_week_ago(center: Center) -> tuple[int, int]:
    """A lead Rita qualified, handed to a partner seven days (five business days) ago."""
    partner_id = add_partner(center.services, "Alpha Voice")
    lead_id = center.factory.lead("North queue", status="handed_off", segment="enterprise")
    with center.services.db.unit_of_work() as uow:
        handoff = Handoff(
            request_id=str(uuid.uuid4()),
            lead_id=lead_id,
            partner_id=partner_id,
            qualified_by_id=center.teams.rita.user_id,
            status="sent",
            created_at=START - timedelta(days=7),
            sent_at=START - timedelta(days=7),
        )
        uow.session.add(handoff)
        uow.session.flush()
        uow.commit()
        return lead_id, handoff.id


def test_a_rep_makes_the_check_call_of_their_lead_as_themselves(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead_id, handoff_id = _delivered_a_week_ago(center)
    center.services.check_calls.policies.set(OPERATOR, "enterprise", 5, 100)
    rita = center.teams.rita
    services = as_person("rita")
    assert services.check_calls.make_due(rita).due == 1  # the sweep runs as whoever is in

    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id and item.script.name == "check-call"
    # The partner called two days after delivery, as the customer tells it.
    receipt = answer(services, rita, item, ANSWERS_CONTACTED | {"contacted_on": "2026-11-19"})

    assert receipt.status == "handed_off"
    with center.services.db.unit_of_work(write=False) as uow:
        check = uow.session.execute(
            select(CheckCall).where(CheckCall.handoff_id == handoff_id)
        ).scalar_one()
        assert (check.status, check.answered_by_id) == ("answered", rita.user_id)


def test_only_an_administrator_changes_the_policy(center: Center) -> None:
    with connect_as(center.url, "rita") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO check_call_policies (segment, partner_id, business_days, "
            "share_percent, minimum_per_month, updated_at) "
            "VALUES ('smb', 0, 1, 100, 0, now())"
        )
    with connect_as(center.url, "rita") as connection:
        assert connection.execute("SELECT count(*) FROM check_call_policies").fetchone() == (0,)


def test_a_rep_undoes_their_check_call_as_themselves(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead_id, handoff_id = _delivered_a_week_ago(center)
    center.services.check_calls.policies.set(OPERATOR, "enterprise", 5, 100)
    rita = center.teams.rita
    services = as_person("rita")
    services.check_calls.make_due(rita)
    item = services.workspace.next_lead(rita)
    receipt = answer(services, rita, item, ANSWERS_CONTACTED | {"contacted_on": "2026-11-19"})
    # The suite's clock is weeks behind the server's, whose clock alone decides the undo
    # window: the call ended just now by the database's time.
    with center.services.db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE call_attempts SET ended_at = now() WHERE id = :id"),
            {"id": receipt.attempt_id},
        )
        uow.commit()

    again = services.workspace.undo_outcome(rita, receipt.attempt_id)

    assert again.lead.id == lead_id and again.lead.status == "check_call"
    with center.services.db.unit_of_work(write=False) as uow:
        check = uow.session.execute(
            select(CheckCall).where(CheckCall.handoff_id == handoff_id)
        ).scalar_one()
        assert (check.status, check.answered_by_id, check.call_attempt_id) == ("due", None, None)
