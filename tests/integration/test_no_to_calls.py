"""A prospect's "no" to phone calls holds for every call the center places: no check call is
queued for them (it is cancelled, with the reason the team lead reads), and the check before
a dial refuses their lead, unless the rep took it for an inbound call. On both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Lead
from qualifier_app.settings import Settings
from tests.integration.test_workspace import GRADE_A, NOT_NOW, outcome
from tests.support.check_calls import check_every_handoff, check_of
from tests.support.factories import Factory
from tests.support.partners import add_partner
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def test_no_check_call_for_a_prospect_who_said_no_to_calls(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    adam = factory.user("adam", role=Role.ADMIN)
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id = factory.lead(region="NY", postal_code="10001")
    item = services.workspace.next_lead(rita)
    answers = {**GRADE_A, "consent_phone": "no", "consent_partner": "yes"}
    services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers=answers))
    handoff = services.routing.route(adam, lead_id)
    clock.advance(timedelta(days=7))

    result = services.check_calls.make_due(adam)
    assert (result.due, result.cancelled) == (0, 1)
    assert factory.get_lead(lead_id).status == "handed_off"
    check = check_of(services, handoff.id)
    assert check is not None and (check.status, check.why) == (
        "cancelled",
        "the prospect said no to phone calls",
    )
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)


def test_a_dial_to_a_prospect_who_said_no_needs_an_inbound_take(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers={**NOT_NOW, "consent_phone": "no"},
            reason="not now",
            recycle_on=clock.now().date() + timedelta(days=30),
        ),
    )
    clock.advance(timedelta(days=2))
    services.workspace.take_found(rita, lead_id, inbound=True)
    assert services.workspace.why_not_dial(rita, lead_id) is None

    # The same lead, held under an outbound take (a lookup's), is not dialled.
    services.queue.release(rita, lead_id, reason="prospect hung up")
    with factory.db.unit_of_work() as uow:
        lead = uow.session.get(Lead, lead_id)
        assert lead is not None
        lead.status, lead.recycle_on = "queued", None  # as a lead queued before the "no"
        uow.commit()
    services.workspace.take_found(rita, lead_id, inbound=False)
    assert str(services.workspace.why_not_dial(rita, lead_id)) == (
        f"the prospect of lead {lead_id} said no to phone calls: it may not be called. "
        "If the prospect is calling you, take it as an inbound call"
    )
