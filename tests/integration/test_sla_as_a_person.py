"""The SLA sweep as a workstation runs it on PostgreSQL: everything on the signed-in person's
own login role (the command line and the app connect as them), not the owner's connection,
against a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
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
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import OK, REFUSE, SmtpServer, with_mail_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    if settings.database_url.startswith("sqlite"):
        pytest.skip("login roles are PostgreSQL's")
    return with_mail_server(settings, smtp_server)


@pytest.fixture
def workstation(
    services: Services, settings: Settings, clock: ManualClock, factory: Factory
) -> Iterator[Services]:
    """sam.super's workstation: every connection is their login role."""
    factory.user("sam.super", Role.SUPERVISOR)
    with services.db.unit_of_work(write=False) as uow:
        role = uow.session.execute(
            text("SELECT db_role FROM users WHERE login = 'sam.super'")
        ).scalar_one()
    db = Database.from_url(person_url(settings.database_url, role, PASSWORD), pool_size=1)
    theirs = build(settings, clock, db=db)
    yield theirs
    theirs.close()


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
