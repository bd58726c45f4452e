"""The SLA sweep as a workstation runs it on PostgreSQL: everything on the signed-in person's
own login role (the command line and the app connect as them), not the owner's connection,
against a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.persistence.person_login import person_url
from qualifier_app.settings import Settings
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, handoff_events, handoff_row, sales_ready_lead
from tests.support.smtp import OK, REFUSE, SmtpServer, with_mail_server

# Login roles are PostgreSQL's.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    return with_mail_server(settings, smtp_server)


@pytest.fixture
def station(
    services: Services, settings: Settings, clock: ManualClock
) -> Iterator[Callable[[str], Services]]:
    """A person's workstation, by their login: every connection is their login role."""
    opened: list[Services] = []

    def of(login: str) -> Services:
        with services.db.unit_of_work(write=False) as uow:
            role = uow.session.execute(
                text("SELECT db_role FROM users WHERE login = :login"), {"login": login}
            ).scalar_one()
        db = Database.from_url(person_url(settings.database_url, role, PASSWORD), pool_size=1)
        opened.append(build(settings, clock, db=db))
        return opened[-1]

    yield of
    for theirs in opened:
        theirs.close()


@pytest.fixture
def workstation(factory: Factory, station: Callable[[str], Services]) -> Services:
    """sam.super's workstation."""
    factory.user("sam.super", Role.SUPERVISOR)
    return station("sam.super")


def test_a_reminder_the_server_refused_is_recorded_and_sent_later_from_a_persons_workstation(
    services: Services,
    workstation: Services,
    factory: Factory,
    clock: ManualClock,
    smtp_server: SmtpServer,
) -> None:
    rep = factory.user("rita.rep")
    supervisor = services.accounts.actor_for("sam.super")
    add_partner(services, "Alpha Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    smtp_server.inbox.mode = REFUSE  # 451 just when the reminder is due

    clock.advance(timedelta(hours=18))
    # Was: "the database refused this: an audit row of handoff 1 comes with its change,
    # not on its own", the sweep ended there and the reminder stayed "started" for hours.
    failing = workstation.sla.sweep(supervisor)

    assert (failing.reminded, failing.reminders_failed) == (0, 1)
    with services.db.unit_of_work(write=False) as uow:
        audited = uow.session.execute(
            select(AuditEntry.action).where(AuditEntry.action.like("handoff.remind%"))
        ).scalars()
        assert list(audited) == ["handoff.reminder_failed"]

    smtp_server.inbox.mode = OK
    clock.advance(timedelta(minutes=30))
    assert workstation.sla.sweep(supervisor).reminded == 1
    assert handoff_row(services, handoff.id).reminded_at is not None
    assert str(smtp_server.inbox.messages[-1]["Subject"]).startswith("Reminder:")


def test_a_message_refused_for_good_is_flagged_and_sent_again_from_a_supervisors_workstation(
    services: Services,
    workstation: Services,
    factory: Factory,
    clock: ManualClock,
    smtp_server: SmtpServer,
) -> None:
    rep = factory.user("rita.rep")
    supervisor = services.accounts.actor_for("sam.super")
    add_partner(services, "Alpha Voice", sla_hours=24)
    smtp_server.stop()
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    smtp_server.start()
    smtp_server.inbox.refusal = "554 5.7.1 rejected as spam"
    smtp_server.inbox.mode = REFUSE

    clock.advance(timedelta(minutes=5))
    assert workstation.sla.sweep(supervisor).delivery_failed == 1
    [flagged] = workstation.delivery.flagged(supervisor)
    assert (flagged.handoff_id, flagged.why) == (handoff.id, "message_refused")
    clock.advance(timedelta(minutes=5))
    assert workstation.sla.sweep(supervisor).delivery_failed == 0
    assert len(smtp_server.inbox.refused) == 1

    smtp_server.inbox.mode = OK
    outcome = workstation.delivery.resolve_flagged(supervisor, handoff.id, "send-again")
    assert outcome.delivered
    assert handoff_row(services, handoff.id).status == "sent"
    assert len(smtp_server.inbox.messages) == 1


@pytest.mark.parametrize(("login", "role"), [("rita.rep", Role.REP), ("tom.lead", Role.TEAM_LEAD)])
def test_a_reps_or_team_leads_sweep_expires_and_leaves_the_re_route_to_a_supervisors(
    services: Services,
    station: Callable[[str], Services],
    factory: Factory,
    clock: ManualClock,
    smtp_server: SmtpServer,
    login: str,
    role: Role,
) -> None:
    rep = factory.user("rita.rep")
    sweeper = factory.user(login, role) if login != "rita.rep" else rep
    factory.user("sam.super", Role.SUPERVISOR)
    supervisor = services.accounts.actor_for("sam.super")
    add_partner(services, "Alpha Voice", sla_hours=24)
    add_partner(services, "Beta Voice", sla_hours=24)
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    # The partner's server refuses the reminder as spam: given up, recorded as the person.
    smtp_server.inbox.refusal = "554 5.7.1 rejected as spam"
    smtp_server.inbox.mode = REFUSE
    clock.advance(timedelta(hours=18))
    theirs = station(login)
    assert theirs.sla.sweep(sweeper).reminders_failed == 1
    assert handoff_events(services, handoff.id)[-1].data["reminder"] == "given-up"
    smtp_server.inbox.mode = OK

    clock.advance(timedelta(hours=7))
    # Was: "the database refused this change to handoffs: row-level security does not let
    # your login make it", the sweep failed there, every few minutes. A rep's or team lead's
    # login hands off only what they route themselves; a re-route is nobody's in particular.
    swept = theirs.sla.sweep(sweeper)
    assert (swept.expired, swept.rerouted) == (1, 0)
    assert handoff_row(services, handoff.id).status == "expired"

    clock.advance(timedelta(minutes=5))
    again = station("sam.super").sla.sweep(supervisor)
    assert again.rerouted == 1
    with services.db.unit_of_work(write=False) as uow:
        actions = uow.session.execute(
            select(AuditEntry.action)
            .where(AuditEntry.action.in_(["handoff.expired", "handoff.created"]))
            .order_by(AuditEntry.id)
        ).scalars()
        assert list(actions) == ["handoff.created", "handoff.expired", "handoff.created"]
