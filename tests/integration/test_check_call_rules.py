"""Check calls and the places' rules, on both databases: a callback set during a check call
keeps to the lead's calling window, days and holidays as a BANT callback does; the business
days before a check call skip the holidays of the lead's place; and a team lead's board counts
only the reopened handoffs of their team's leads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.models import Handoff
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.workspace.dto import Outcome, WorkItem
from qualifier_app.settings import Settings
from tests.support.check_calls import (
    ANSWERS_NOT_CONTACTED,
    answer,
    check_call_due,
    check_every_handoff,
    check_of,
    handed_off,
    to_check_day,
)
from tests.support.factories import Factory
from tests.support.partners import add_partner
from tests.support.smtp import SmtpServer, with_mail_server

NEW_ORLEANS = ZoneInfo("America/Chicago")
LOUISIANA = {"region": "LA", "postal_code": "70112", "phone_e164": "+15045550142"}


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


def _callback(services: Services, rep: Actor, item: WorkItem, at: datetime, number: int) -> Outcome:
    return Outcome(
        request_id=f"check-callback-{number:04d}",
        lead_id=item.lead.id,
        version=item.lead.version,
        kind=OutcomeKind.CALLBACK,
        started_at=services.clock.now(),
        callback_at=at,
        script_id=item.script.id,
        answers={},
    )


def test_business_days_skip_the_holidays_of_the_leads_place(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    _, new_york = handed_off(services, factory, rita)
    _, louisiana = handed_off(services, factory, rita, **LOUISIANA)

    # Tuesday + 5 business days: next Tuesday in New York; Thanksgiving (a legal holiday in
    # the Louisiana calling rule) makes it Wednesday in New Orleans.
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 1
    ny_check = check_of(services, new_york)
    assert ny_check is not None and ny_check.status == "due"
    assert check_of(services, louisiana) is None
    clock.advance(timedelta(days=1))
    assert services.check_calls.make_due(rita).due == 1
    la_check = check_of(services, louisiana)
    assert la_check is not None and la_check.status == "due"
    assert la_check.due_at - ny_check.due_at == timedelta(days=1)


def test_a_check_day_weeks_away_over_the_holidays_is_still_judged_when_the_sweep_comes_late(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services, days=30)
    _, handoff_id = handed_off(services, factory, rita, **LOUISIANA)

    # Tuesday 24 November + 30 business days, without Thanksgiving, Christmas and New Year's
    # Day: Friday 8 January, 45 days on. Nobody sweeps until Monday.
    clock.advance(timedelta(days=48))
    assert services.check_calls.make_due(rita).due == 1
    check = check_of(services, handoff_id)
    assert check is not None and check.status == "due"
    assert check.due_at.astimezone(NEW_ORLEANS) == datetime(2027, 1, 8, 9, tzinfo=NEW_ORLEANS)


def test_a_check_call_whose_number_went_on_the_do_not_call_list_no_longer_counts_as_checked(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24, capacity_open=None)
    for segment in ("smb", "enterprise"):
        services.check_calls.policies.set(OPERATOR, segment, 5, 0, minimum_per_month=1)
    listed_lead, listed = handed_off(services, factory, rita)
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 1
    with services.db.unit_of_work() as uow:
        do_not_call.block(
            uow.session,
            now=clock.now(),
            actor_id=None,
            phone_e164=factory.get_lead(listed_lead).phone_e164,
            email=None,
            reason="asked on another line",
        )
        uow.commit()

    assert services.check_calls.make_due(rita).cancelled == 1
    check = check_of(services, listed)
    assert check is not None
    assert (check.status, check.why) == ("cancelled", "the lead is do not call")
    # The month's one check call is still to be made: the next handoff gets it.
    _, next_one = handed_off(services, factory, rita)
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 1
    check = check_of(services, next_one)
    assert check is not None and check.status == "due"


def test_the_minimum_per_partner_a_month_counts_the_centers_months(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    services.center.change(OPERATOR, name="West", time_zone="America/Los_Angeles")
    add_partner(services, "Alpha Voice", sla_hours=24, capacity_open=None)
    for segment in ("smb", "enterprise"):
        services.check_calls.policies.set(OPERATOR, segment, 1, 0, minimum_per_month=1)
    _, november = handed_off(services, factory, rita)
    _, december = handed_off(services, factory, rita)
    with services.db.unit_of_work() as uow:
        for handoff_id, sent_at in (
            (november, datetime(2026, 11, 28, 2, tzinfo=UTC)),  # Friday 21:00 in New York
            (december, datetime(2026, 12, 1, 15, tzinfo=UTC)),
        ):
            uow.session.execute(
                update(Handoff).where(Handoff.id == handoff_id).values(sent_at=sent_at)
            )
        uow.commit()

    # Monday 30 November, 18:30 at the center (already 1 December in UTC): November's one.
    clock.advance(datetime(2026, 12, 1, 2, 30, tzinfo=UTC) - clock.now())
    assert services.check_calls.make_due(rita).due == 1
    # Wednesday 2 December: December's one is still to be made.
    clock.advance(datetime(2026, 12, 2, 16, tzinfo=UTC) - clock.now())
    assert services.check_calls.make_due(rita).due == 1
    check = check_of(services, december)
    assert check is not None and check.status == "due"


def test_a_check_call_callback_keeps_to_the_calling_rules(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita, **LOUISIANA)
    to_check_day(clock)
    clock.advance(timedelta(days=1))
    services.check_calls.make_due(rita)
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id and item.lead.status == "check_call"

    refused = [
        (datetime(2026, 12, 25, 10, 0, tzinfo=NEW_ORLEANS), "2026-12-25 is a legal holiday"),
        (datetime(2026, 12, 6, 10, 0, tzinfo=NEW_ORLEANS), "no calls on Sunday in US-LA"),
        (
            datetime(2026, 12, 3, 20, 30, tzinfo=NEW_ORLEANS),
            "20:30 in America/Chicago is outside the calling window 08:00-20:00 of US-LA",
        ),
    ]
    for number, (at, why) in enumerate(refused):
        with pytest.raises(InvalidInput, match="a callback then is not allowed") as error:
            services.workspace.submit(rita, _callback(services, rita, item, at, number))
        assert why in str(error.value)
        assert error.value.field == "callback_at"
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.lease_owner_id) == ("check_call", rita.user_id)  # nothing saved

    allowed = datetime(2026, 12, 3, 10, 0, tzinfo=NEW_ORLEANS)
    receipt = services.workspace.submit(rita, _callback(services, rita, item, allowed, 9))
    assert receipt.status == "check_call"
    assert factory.get_lead(lead_id).next_call_at == allowed
    # In the prospect's time, as it was picked (16:00 UTC).
    assert receipt.message == (
        "Check call again at Thu 03 Dec 10:00, the prospect's time (America/Chicago)"
    )
    check = check_of(services, handoff_id)
    assert check is not None and check.status == "due"


def test_a_team_leads_board_counts_only_their_teams_reopened_handoffs(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    rita_lead = factory.user("lars.lead", Role.TEAM_LEAD)  # Rita's team
    other_lead = factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=("B queue",))
    supervisor = factory.user("sam.super", Role.SUPERVISOR, team=None, queues=())
    check_call_due(services, factory, clock, rita, accepted=True)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)

    assert services.board.board(supervisor).reopened_handoffs == 1
    assert services.board.board(rita_lead).reopened_handoffs == 1
    assert services.board.board(other_lead).reopened_handoffs == 0


def test_a_team_leads_check_call_report_covers_their_teams_leads_only(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    rita_lead = factory.user("lars.lead", Role.TEAM_LEAD)  # Rita's team
    other_lead = factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=("B queue",))
    supervisor = factory.user("sam.super", Role.SUPERVISOR, team=None, queues=())
    check_call_due(services, factory, clock, rita, accepted=True)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)

    for by in ("rep", "partner"):
        assert services.check_calls.report(supervisor, by).rows
        assert services.check_calls.report(rita_lead, by).rows
        # What row-level security lets tina see on PostgreSQL, on SQLite too: nothing.
        assert services.check_calls.report(other_lead, by).rows == ()


def test_a_team_lead_lists_the_check_calls_due_in_their_teams_queues_only(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    rita_lead = factory.user("lars.lead", Role.TEAM_LEAD)  # Rita's team
    other_lead = factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=("B queue",))
    lead_id, _ = check_call_due(services, factory, clock, rita)

    assert [due.lead_id for due in services.check_calls.due(rita_lead)] == [lead_id]
    assert services.check_calls.due(other_lead) == ()
