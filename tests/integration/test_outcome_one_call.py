"""The outcome of a call on PostgreSQL in one round trip, and what falls back to the
transaction: a stale lead, a resend, two resends at once."""

from __future__ import annotations

import re
import threading
import time
import uuid
from datetime import date, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import LeaseLost
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import AgentState, AuditEntry, CallAttempt
from qualifier_app.services.workspace.dto import Outcome, OutcomeReceipt, WorkItem
from tests.integration.test_workspace import count, outcome
from tests.support.factories import Factory
from tests.support.statements import statements_sent

ONE_CALL = [("SELECT * FROM qualifier_record_outcome", True)]


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


def _audit(services: Services, entity_type: str, entity_id: int) -> list[dict[str, Any]]:
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id)
        ).scalars()
        return [
            {
                "action": row.action,
                "actor_id": row.actor_id,
                "before": row.before,
                "after": row.after,
                "reason": row.reason,
            }
            for row in rows
        ]


def _claimed(
    services: Services, factory: Factory, rep: Actor, kind: OutcomeKind, **fields: Any
) -> tuple[WorkItem, Outcome]:
    """A new lead, claimed by `rep`, and an outcome of `kind` for it."""
    factory.lead()
    item = services.workspace.next_lead(rep)
    return item, outcome(item, kind, **fields)


CASES = {
    OutcomeKind.NO_CONTACT: {"disposition": Disposition.VOICEMAIL, "talk_seconds": 12},
    OutcomeKind.CALLBACK: {"callback_at": None, "notes": "after lunch"},
    OutcomeKind.NURTURE: {"reason": "budget next year", "recycle_on": date(2027, 6, 1)},
    OutcomeKind.DISQUALIFY: {"reason": "student", "answers": {}},
}


def _fields(kind: OutcomeKind, clock: ManualClock) -> dict[str, Any]:
    fields = dict(CASES[kind])
    if kind is OutcomeKind.CALLBACK:
        fields["callback_at"] = clock.now() + timedelta(days=1)
    return fields


@pytest.mark.parametrize("kind", list(CASES))
@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_an_outcome_on_postgresql_is_one_statement_outside_any_transaction(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock, kind: OutcomeKind
) -> None:
    # The first outcome reads the shared rules the workstation keeps for a minute.
    first, request = _claimed(services, factory, rita, kind, **_fields(kind, clock))
    services.workspace.submit(rita, request)
    item, request = _claimed(services, factory, rita, kind, **_fields(kind, clock))

    with statements_sent(services, rita) as sent:
        receipt = services.workspace.submit(rita, request)

    assert sent == ONE_CALL
    assert not receipt.replayed
    lead = factory.get_lead(item.lead.id)
    assert (lead.status, lead.lease_owner_id, lead.version) == (
        receipt.status,
        None,
        item.lead.version + 1,
    )
    assert lead.next_call_at == receipt.next_call_at
    assert lead.recycle_on == receipt.recycle_on
    assert count(services, CallAttempt, CallAttempt.lead_id == item.lead.id) == 1
    [audited] = _audit(services, "lead", item.lead.id)[-1:]
    assert audited["action"] == f"lead.{kind.value}"
    assert audited["actor_id"] == rita.user_id
    assert audited["after"]["call_attempt_id"] == receipt.attempt_id
    assert audited["after"]["version"] == item.lead.version + 1
    assert first.lead.id != item.lead.id


@pytest.mark.parametrize("kind", list(CASES))
@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_one_call_writes_what_the_transaction_writes(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock, kind: OutcomeKind
) -> None:
    """The same outcome, once in one call (Rita) and once in the transaction (Marco, whose
    workstation did not keep the lead as claimed): the same rows, the same audit."""
    marco = factory.user("marco")
    written: dict[str, Any] = {}
    for rep, in_one_call in ((rita, True), (marco, False)):
        item, request = _claimed(services, factory, rep, kind, **_fields(kind, clock))
        if not in_one_call:
            services.queue.forget(rep, item.lead.id)
        with statements_sent(services, rep) as sent:
            receipt = services.workspace.submit(rep, request)
        # (Rita's workstation reads the shared rules first: they are kept a minute.)
        assert (ONE_CALL[0] in sent) is in_one_call, sent
        with services.db.unit_of_work(write=False) as uow:
            attempt = uow.session.get(CallAttempt, receipt.attempt_id)
            state = uow.session.execute(
                select(AgentState.state, AgentState.reason, AgentState.since).where(
                    AgentState.user_id == rep.user_id, AgentState.ended_at.is_(None)
                )
            ).one()
            assert attempt is not None
            attempt_row = {
                column: getattr(attempt, column)
                for column in (
                    "started_at",
                    "ended_at",
                    "disposition",
                    "outcome",
                    "reason",
                    "notes",
                    "callback_at",
                    "callback_rep_id",
                    "recycle_on",
                    "direction",
                    "talk_seconds",
                )
            }
        lead_audit = _audit(services, "lead", item.lead.id)[-1]
        del lead_audit["actor_id"], lead_audit["after"]["call_attempt_id"]
        # A callback for "me only" is assigned to the rep who set it: Rita, or Marco.
        for snapshot in (lead_audit["before"], lead_audit["after"]):
            if snapshot["assigned_rep_id"] == rep.user_id:
                snapshot["assigned_rep_id"] = "the rep"
        if attempt_row["callback_rep_id"] == rep.user_id:
            attempt_row["callback_rep_id"] = "the rep"
        written[rep.login] = {
            "receipt": (receipt.status, receipt.next_call_at, receipt.message),
            "attempt": attempt_row,
            "lead": lead_audit,
            "state": tuple(state),
            "state audit": [
                {**row, "actor_id": row["actor_id"] == rep.user_id}
                for row in _audit(services, "user", rep.user_id)
                if row["action"] == "agent_state.changed"
            ],
        }
    assert written["rita"] == written["marco"]
    assert written["rita"]["state"][0] == "after_call_work"
    assert written["rita"]["state audit"][-1]["after"] == {"state": "after_call_work", "reason": ""}


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_stale_lead_falls_back_and_names_who_holds_it_now(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    marco = factory.user("marco")
    factory.lead()
    item = services.workspace.next_lead(rita)
    clock.advance(timedelta(minutes=services.settings.queue.lease_minutes + 1))
    assert services.workspace.next_lead(marco).lead.id == item.lead.id
    with statements_sent(services, rita) as sent, pytest.raises(LeaseLost) as lost:
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
        )
    assert lost.value.holder == "Marco"
    # The call changed nothing; the transaction that followed found the lead taken.
    assert ONE_CALL[0] in sent and sent[-1] != ONE_CALL[0]
    assert count(services, CallAttempt) == 0
    assert factory.get_lead(item.lead.id).lease_owner_id == marco.user_id


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_resend_gets_the_first_receipt(services: Services, factory: Factory, rita: Actor) -> None:
    factory.lead()
    item = services.workspace.next_lead(rita)
    request = outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    first = services.workspace.submit(rita, request)
    second = services.workspace.submit(rita, request)
    assert not first.replayed and second.replayed
    assert (second.attempt_id, second.status) == (first.attempt_id, first.status)
    assert count(services, CallAttempt) == 1
    assert factory.get_lead(item.lead.id).attempts == 1


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
@pytest.mark.as_owner(
    "the two sends must arrive on two connections at once; the test router gives a person "
    "one connection"
)
def test_two_sends_at_once_record_one_outcome(
    services: Services, factory: Factory, rita: Actor
) -> None:
    """A workstation resends while the first send is still waiting for the lead: both wait
    on the lead's row; one call records the outcome, the other finds the lead changed and
    gets the first receipt from the transaction."""
    factory.lead()
    item = services.workspace.next_lead(rita)
    request = outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.VOICEMAIL)
    results: list[OutcomeReceipt | BaseException] = []

    def send() -> None:
        try:
            results.append(services.workspace.submit(rita, request))
        except BaseException as error:  # the assertion below names it
            results.append(error)

    with services.db.engine.connect() as holder:
        holder.execute(text("SELECT id FROM leads WHERE id = :id FOR UPDATE"), {"id": item.lead.id})
        senders = [threading.Thread(target=send) for _ in range(2)]
        for sender in senders:
            sender.start()
        _wait_for_lock_waits(services, 2)
        holder.rollback()
    for sender in senders:
        sender.join(30)
    assert len(results) == 2 and all(isinstance(r, OutcomeReceipt) for r in results), results
    receipts = [r for r in results if isinstance(r, OutcomeReceipt)]
    assert sorted(r.replayed for r in receipts) == [False, True]
    assert receipts[0].attempt_id == receipts[1].attempt_id
    assert count(services, CallAttempt) == 1
    assert factory.get_lead(item.lead.id).attempts == 1


def _wait_for_lock_waits(services: Services, waiting: int) -> None:
    for _ in range(300):
        with services.db.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).scalar_one()
        if found >= waiting:
            return
        time.sleep(0.1)
    raise AssertionError(f"never saw {waiting} sends wait for the lead's lock")


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_outcome_function_keeps_one_generic_plan(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    now = clock.now()
    leads = [factory.lead() for _ in range(8)]
    for lead_id in leads:
        factory.set_lead(
            lead_id, lease_owner_id=rita.user_id, lease_expires_at=now + timedelta(minutes=15)
        )
    plans: list[str] = []
    url = services.db.engine.url.set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
        conn.execute("LOAD 'auto_explain'")
        for setting in ("log_min_duration = 0", "log_nested_statements = on", "log_level = notice"):
            conn.execute(f"SET auto_explain.{setting}")
        call = re.sub(r":(\w+)", r"%(\1)s", str(queue_sql.OUTCOME_CALL))
        for lead_id in leads:
            lead = factory.get_lead(lead_id)
            recorded = conn.execute(
                call,
                {
                    "rep": rita.user_id,
                    "now": now,
                    "valid_from": now - timedelta(minutes=1),
                    "valid_until": now + timedelta(minutes=1),
                    "request_id": str(uuid.uuid4()),
                    "lead": lead_id,
                    "version": lead.version,
                    "status": lead.status,
                    "attempts": lead.attempts,
                    "country": lead.country,
                    "region": lead.region,
                    "calling_profile_id": lead.calling_profile_id,
                    "time_zones": lead.time_zones,
                    "retry_read": False,
                    "retry_saved_at": None,
                    "new_status": "queued",
                    "status_reason": None,
                    "new_attempts": lead.attempts + 1,
                    "next_call_at": now + timedelta(hours=1),
                    "assign": False,
                    "assigned_rep_id": None,
                    "recycle_on": None,
                    "started_at": now - timedelta(minutes=5),
                    "disposition": "no_answer",
                    "outcome": "retry",
                    "reason": "no answer",
                    "notes": "",
                    "callback_at": None,
                    "callback_rep_id": None,
                    "direction": "outbound",
                    "talk_seconds": None,
                },
            ).fetchone()
            assert recorded is not None and recorded[2] is not None
    # Each notice: "duration: … ms  plan:", then the plan.
    outcomes = [
        plan.partition("\n")[2]
        for plan in plans
        if "Insert on call_attempts" in plan and "Update on leads" in plan
    ]
    # Planned once for the connection, its parameters left as parameters ($n), never
    # re-planned for the values of a call.
    assert len(outcomes) == 8, plans
    assert len(set(outcomes)) == 1, outcomes[:2]
    assert "$6" in outcomes[0]
    assert count(services, CallAttempt) == 8
