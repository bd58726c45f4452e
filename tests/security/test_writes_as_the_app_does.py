"""A team lead, a supervisor and an administrator, signed in to PostgreSQL as themselves with
psql, write a table only as some path of the application for their role does (migration
0054_writes_as_the_app_does): nobody deletes a call, a lead, a handoff or its history, a
campaign, a partner or the center; only those who work leads write calls; a call, a
correction, a handoff's history and a touch are never changed, but an erasure blanks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import func, select

from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import (
    CallAttempt,
    Campaign,
    Handoff,
    HandoffEvent,
    Lead,
    Partner,
    Touch,
)
from tests.security.conftest import Center
from tests.support.activity import Activity
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

DENIED = (errors.InsufficientPrivilege,)
CALL = (
    "INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at, "
    "disposition, outcome, reason, notes, direction, talk_seconds) "
    "VALUES ('forged', %s, %s, now(), now(), 'contacted', 'retry', '', '', 'outbound', 0)"
)


@dataclass
class Worked:
    """A lead of Tina's team worked by Rita: a call, a touch, a handoff with its history."""

    lead: int
    call: int
    campaign: int
    partner: int
    handoff: int


@pytest.fixture
def admin(center: Center) -> Actor:
    return center.factory.user("al", Role.ADMIN, team=None, queues=())


@pytest.fixture
def worked(center: Center) -> Worked:
    activity = Activity(center.factory)
    lead, rita = center.north_lead, center.teams.rita
    campaign = activity.campaign("Spring webinar")
    partner = activity.partner("Acme Resellers")
    call = activity.attempt(lead, rita, activity.now - timedelta(hours=1))
    handoff = activity.handoff(lead, partner, activity.now)
    with center.services.db.unit_of_work() as uow:
        uow.session.add(
            Touch(lead_id=lead, kind="web form", campaign_id=campaign, occurred_at=activity.now)
        )
        uow.session.add(
            HandoffEvent(handoff_id=handoff, at=activity.now, status="accepted", origin="gui")
        )
        uow.commit()
    return Worked(lead, call, campaign, partner, handoff)


def refused(person: psycopg.Connection, *statements: str) -> None:
    for statement in statements:
        with pytest.raises(DENIED):
            person.execute(statement)


def counts(center: Center) -> dict[str, int]:
    with center.services.db.unit_of_work(write=False) as uow:
        return {
            model.__tablename__: int(uow.session.scalar(select(func.count()).select_from(model)))
            for model in (CallAttempt, Lead, Handoff, HandoffEvent, Touch, Campaign, Partner)
        }


def destroying(worked: Worked) -> tuple[str, ...]:
    return (
        f"DELETE FROM call_attempts WHERE id = {worked.call}",
        f"DELETE FROM handoff_events WHERE handoff_id = {worked.handoff}",
        f"DELETE FROM handoffs WHERE id = {worked.handoff}",
        f"DELETE FROM touches WHERE lead_id = {worked.lead}",
        f"DELETE FROM leads WHERE id = {worked.lead}",
        f"DELETE FROM campaigns WHERE id = {worked.campaign}",
        f"DELETE FROM partners WHERE id = {worked.partner}",
        "DELETE FROM contact_corrections",
        "DELETE FROM import_batches",
    )


def test_a_supervisor_deletes_no_call_lead_handoff_campaign_or_partner(
    center: Center, worked: Worked
) -> None:
    before = counts(center)
    with connect_as(center.url, "sam") as sam:
        refused(sam, *destroying(worked))
        assert sam.execute("SELECT count(*) FROM call_attempts").fetchone() == (1,)
    assert counts(center) == before


def test_a_supervisor_writes_no_call_and_rewrites_no_history(
    center: Center, worked: Worked
) -> None:
    rita = center.teams.rita
    with connect_as(center.url, "sam") as sam:
        refused(
            sam,
            CALL % (worked.lead, rita.user_id),
            f"UPDATE call_attempts SET outcome = 'sales_ready' WHERE id = {worked.call}",
            f"UPDATE handoff_events SET status = 'won' WHERE handoff_id = {worked.handoff}",
            f"UPDATE touches SET occurred_at = now() WHERE lead_id = {worked.lead}",
            "UPDATE contact_corrections SET new_value = ''",
        )


def test_a_team_lead_deletes_nothing_of_their_teams_work(center: Center, worked: Worked) -> None:
    before = counts(center)
    with connect_as(center.url, "tina") as tina:
        # The lead is her team's: she reads its call, handoff and history.
        assert tina.execute(
            f"SELECT count(*) FROM handoffs WHERE id = {worked.handoff}"
        ).fetchone() == (1,)
        refused(
            tina,
            *destroying(worked),
            f"UPDATE handoff_events SET status = 'won' WHERE handoff_id = {worked.handoff}",
            f"INSERT INTO touches (lead_id, kind, source, occurred_at, details) "
            f"VALUES ({worked.lead}, 'web form', '', now(), '{{}}')",
            "UPDATE firmographics SET employees = 5000",
        )
    assert counts(center) == before


def test_an_administrator_deletes_no_work_and_only_blanks_a_call(
    center: Center, worked: Worked, admin: Actor
) -> None:
    before = counts(center)
    rita = center.teams.rita
    with connect_as(center.url, "al") as al:
        refused(
            al,
            *destroying(worked),
            "DELETE FROM center",
            CALL % (worked.lead, rita.user_id),
            f"UPDATE call_attempts SET rep_id = {admin.user_id} WHERE id = {worked.call}",
            f"UPDATE call_attempts SET started_at = now() WHERE id = {worked.call}",
            f"UPDATE handoff_events SET status = 'won' WHERE handoff_id = {worked.handoff}",
            f"INSERT INTO team_leads (team_id, user_id) SELECT min(id), {admin.user_id} FROM teams",
        )
        # What an erasure blanks, it may still blank.
        blanked = al.execute(
            f"UPDATE call_attempts SET notes = '', number_e164 = NULL WHERE id = {worked.call}"
        )
        assert blanked.rowcount == 1
        al.execute(f"UPDATE handoff_events SET note = '' WHERE handoff_id = {worked.handoff}")
        al.execute(f"UPDATE touches SET details = '{{}}' WHERE lead_id = {worked.lead}")
    assert counts(center) == before


def test_a_rep_rewrites_no_history_and_adds_no_touch(center: Center, worked: Worked) -> None:
    before = counts(center)
    with connect_as(center.url, "rita") as rita:
        # She made the call and sees the lead's handoff and its history.
        assert rita.execute(
            f"SELECT count(*) FROM handoff_events WHERE handoff_id = {worked.handoff}"
        ).fetchone() == (1,)
        refused(
            rita,
            f"UPDATE handoff_events SET status = 'won' WHERE handoff_id = {worked.handoff}",
            f"UPDATE touches SET occurred_at = now() WHERE lead_id = {worked.lead}",
            f"INSERT INTO touches (lead_id, kind, source, occurred_at, details) "
            f"VALUES ({worked.lead}, 'web form', '', now(), '{{}}')",
            "UPDATE contact_corrections SET new_value = ''",
        )
    assert counts(center) == before
