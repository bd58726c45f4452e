"""The rep workspace service: every outcome, idempotency, conflicts, corrections, figures."""

from __future__ import annotations

import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput, LeaseLost, NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.engine import behind_pooler
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    ContactCorrection,
    DoNotCallEntry,
    Qualification,
    QualificationAnswer,
    Script,
)
from qualifier_app.services.workspace.dto import ContactChange, Outcome, OutcomeReceipt, WorkItem
from tests.support.factories import Factory

OPENING = {
    "reached_contact": "yes",
    "recording_notice": "yes",
    "permission": "yes",
    "prospect_kind": "business",
    "contact_ok": "yes",
}
GRADE_A = {
    **OPENING,
    "need_level": "project",
    "seats": "250",
    "budget_status": "approved",
    "authority_role": "decision_maker",
    "timeline": "this_quarter",
    "decision_date": "2027-01-15",
    "partner_notes": "wants a demo",
}
# Real interest, but no budget and no plan: the script says nurture.
NOT_NOW = {
    **OPENING,
    "need_level": "pain",
    "budget_status": "none",
    "authority_role": "influencer",
    "timeline": "no_plan",
}


def outcome(item: WorkItem, kind: OutcomeKind, **fields: Any) -> Outcome:
    values: dict[str, Any] = {
        "request_id": str(uuid.uuid4()),
        "lead_id": item.lead.id,
        "version": item.lead.version,
        "kind": kind,
        "started_at": item.lead.lease_expires_at - timedelta(minutes=20),
        "script_id": item.script.id,
    }
    values.update(fields)
    return Outcome(**values)


def count(services: Services, model: Any, *where: Any) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(
            uow.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()
        )


def fetch(services: Services, model: Any, *where: Any) -> list[Any]:
    """Rows detached from their session, to assert on after it closed."""
    with services.db.unit_of_work(write=False) as uow:
        found = list(uow.session.execute(select(model).where(*where)).scalars())
        for row in found:
            uow.session.expunge(row)
        return found


@pytest.fixture
def rita(factory: Factory) -> Actor:
    return factory.user("rita")


def test_next_lead_fills_the_card_and_installs_the_script(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead(company="Acme Health", inquiry="wants a contact center quote")
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    assert item.inquiry == "wants a contact center quote"
    assert item.script.name == "bant-default"
    assert item.script.definition["screens"][0]["key"] == "opening"
    assert count(services, Script) >= 1
    assert item.history == ()


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_card_is_read_without_a_transaction_and_reads_the_attempts_once(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    # The card follows every claim: on a LAN each BEGIN, ROLLBACK or second read of the
    # lead's attempts is a round trip the rep waits for.
    factory.lead()
    first = services.workspace.next_lead(rita)
    services.workspace.submit(
        rita, outcome(first, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    clock.advance(timedelta(minutes=121))  # the next try is due
    sent: list[tuple[str, bool]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        sent.append((statement, conn.connection.dbapi_connection.autocommit))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        again = services.workspace.next_lead(rita)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)

    assert again.lead.id == first.lead.id
    assert [attempt.disposition for attempt in again.history] == [Disposition.NO_ANSWER.value]
    # Behind a transaction pooler each statement alone would wait for a server connection.
    alone = not behind_pooler(services.db.engine)
    assert sent and all(autocommit == alone for _, autocommit in sent)
    assert len(sent) <= (5 if alone else 6)  # a pooler's transaction sets its timeouts
    assert sum("FROM call_attempts" in statement for statement, _ in sent) == 1


# SQLite cannot race here: the install runs in one BEGIN IMMEDIATE write transaction.
@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_two_workstations_installing_the_scripts_at_once_both_get_a_lead(
    services: Services, factory: Factory, rita: Actor
) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from qualifier_app.services.workspace.scripts import install_scripts

    raced: list[bool] = []

    def other_workstation_commits_first(session: Session, *_: object) -> None:
        # Both saw an empty table; the other workstation commits its copies just before ours.
        if raced or not any(isinstance(row, Script) for row in session.new):
            return
        raced.append(True)
        with services.db.unit_of_work() as uow:
            install_scripts(uow.session, services.clock.now())
            uow.commit()

    factory.lead()
    event.listen(Session, "before_flush", other_workstation_commits_first)
    try:
        item = services.workspace.next_lead(rita)
    finally:
        event.remove(Session, "before_flush", other_workstation_commits_first)
    assert raced
    assert item.script.name == "bant-default"
    with services.db.unit_of_work(write=False) as uow:
        versions = uow.session.execute(select(Script.name, Script.version)).all()
    assert len(versions) == len(set(versions)) >= 1


def test_no_answer_logs_an_attempt_and_sets_the_next_call(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita,
        outcome(
            item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER, notes="rang 8 times"
        ),
    )
    lead = factory.get_lead(lead_id)
    assert lead.status == "queued"
    assert lead.attempts == 1
    assert lead.next_call_at == clock.now() + timedelta(minutes=120)
    assert lead.lease_owner_id is None
    assert receipt.next_call_at == lead.next_call_at
    assert count(services, CallAttempt, CallAttempt.disposition == "no_answer") == 1
    assert count(services, AuditEntry, AuditEntry.action == "lead.retry") == 1
    # The next claim finds nothing until the retry time has come.
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
    clock.advance(timedelta(minutes=121))
    again = services.workspace.next_lead(rita)
    assert again.lead.id == lead_id
    assert again.history[0].notes == "rang 8 times"


def test_the_last_allowed_attempt_sends_the_lead_to_nurture(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    max_attempts = services.settings.retry.max_attempts
    lead_id = factory.lead(attempts=max_attempts - 1)
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    lead = factory.get_lead(lead_id)
    assert lead.status == "nurture"
    assert lead.status_reason == f"no contact after {max_attempts} call attempts"
    assert lead.recycle_on == (clock.now() + timedelta(days=90)).date()
    assert receipt.status == "nurture"


def test_a_bad_number_goes_to_nurture_at_once(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BAD_NUMBER)
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.attempts) == ("nurture", 1)
    assert "bad number" in lead.status_reason


def test_florida_allows_three_calls_in_24_hours(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead(phone_raw="+1 305 555 0100", phone_e164="+13055550100", region="FL")
    first_call = clock.now()
    for _ in range(3):
        item = services.workspace.next_lead(rita)
        assert item.lead.id == lead_id
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
        )
        clock.set(factory.get_lead(lead_id).next_call_at)  # type: ignore[arg-type]
    # Busy delays are 15, 60 and 240 minutes; the third call pushes the next past 24 hours.
    assert factory.get_lead(lead_id).next_call_at == first_call + timedelta(hours=24)


def test_calls_outside_the_queue_are_refused_for_other_kinds_of_input(
    services: Services, factory: Factory, rita: Actor
) -> None:
    factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput) as error:
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.CONTACTED)
        )
    assert error.value.field == "disposition"
    with pytest.raises(InvalidInput, match="request id"):
        services.workspace.submit(rita, outcome(item, OutcomeKind.NO_CONTACT, request_id="x"))


# --- callbacks ---------------------------------------------------------------------------


def new_york(text: str) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize(
    ("local", "allowed"),
    [("07:59", False), ("08:00", True), ("20:59", True), ("21:00", False)],
)
def test_callbacks_only_inside_the_calling_window(
    services: Services, factory: Factory, rita: Actor, local: str, allowed: bool
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    at = new_york(f"2026-11-25T{local}")
    request = outcome(
        item,
        OutcomeKind.CALLBACK,
        callback_at=at,
        answers={"reached_contact": "yes", "permission": "no"},
    )
    if not allowed:
        with pytest.raises(InvalidInput, match="outside the calling window 08:00-21:00") as error:
            services.workspace.submit(rita, request)
        assert error.value.field == "callback_at"
        assert factory.get_lead(lead_id).lease_owner_id == rita.user_id
        return
    services.workspace.submit(rita, request)
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.next_call_at, lead.assigned_rep_id) == ("callback", at, rita.user_id)


def test_the_next_call_after_no_answer_is_said_in_the_prospect_s_time(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    """As a callback's: the time the rep reads is the prospect's, named as theirs, not UTC."""
    clock.set(datetime(2027, 3, 16, 14, 0, tzinfo=UTC))  # 10:00 in New York
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    )
    at = factory.get_lead(lead_id).next_call_at
    assert at is not None
    local = at.astimezone(new_york("2027-03-16T10:00").tzinfo)
    assert receipt.message == (
        f"No answer logged; next call {local:%a %d %b %H:%M}, the prospect's time "
        "(America/New_York)"
    )


def test_callback_on_a_dst_change_day_uses_the_local_offset(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    # 2027-03-14: New York springs forward; 08:30 local is 12:30 UTC (EDT), not 13:30.
    clock.set(datetime(2027, 3, 13, 16, 0, tzinfo=UTC))
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    at = new_york("2027-03-14T08:30")
    assert at.astimezone(UTC).hour == 12
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.CALLBACK, callback_at=at, answers={})
    )
    assert factory.get_lead(lead_id).next_call_at == datetime(2027, 3, 14, 12, 30, tzinfo=UTC)
    # The confirmation says the prospect's 08:30 as theirs (neither 12:30 UTC, a different
    # clock from the one the rep typed in, nor 08:30 called UTC).
    assert receipt.message == (
        "Callback set for Sun 14 Mar 08:30, the prospect's time (America/New_York)"
    )
    # 07:30 local that morning is 11:30 UTC: refused, although 11:30 UTC was 06:30 the day before.
    item2 = _second_lead(services, factory, rita)
    with pytest.raises(InvalidInput, match="07:30 in America/New_York"):
        services.workspace.submit(
            rita, outcome(item2, OutcomeKind.CALLBACK, callback_at=new_york("2027-03-14T07:30"))
        )


def _second_lead(services: Services, factory: Factory, rita: Actor) -> WorkItem:
    factory.lead()
    return services.workspace.next_lead(rita)


def test_callback_for_a_lead_with_several_time_zones_must_suit_all(
    services: Services, factory: Factory, rita: Actor
) -> None:
    # A Texas address spans Chicago and Denver time; 08:30 Chicago is 07:30 Denver.
    lead_id = factory.lead(phone_raw="", phone_e164=None, phone_valid=False, region="TX")
    item = services.workspace.next_lead(rita)
    assert set(item.lead.time_zones) == {"America/Chicago", "America/Denver"}
    chicago_0830 = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="07:30 in America/Denver"):
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.CALLBACK, callback_at=chicago_0830)
        )
    services.workspace.submit(
        rita, outcome(item, OutcomeKind.CALLBACK, callback_at=chicago_0830 + timedelta(hours=1))
    )
    assert factory.get_lead(lead_id).status == "callback"


def test_callback_for_anyone_and_in_the_past(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput, match="has passed"):
        services.workspace.submit(
            rita,
            outcome(item, OutcomeKind.CALLBACK, callback_at=clock.now() - timedelta(minutes=1)),
        )
    with pytest.raises(InvalidInput, match="pick the date"):
        services.workspace.submit(rita, outcome(item, OutcomeKind.CALLBACK))
    at = clock.now() + timedelta(hours=2)
    services.workspace.submit(
        rita, outcome(item, OutcomeKind.CALLBACK, callback_at=at, callback_me_only=False)
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.assigned_rep_id) == ("callback", None)
    # Anyone in the queue gets it once it is due.
    marco = factory.user("marco")
    clock.set(at)
    assert services.workspace.next_lead(marco).lead.id == lead_id


def test_me_only_callback_shows_in_the_reps_day_and_comes_back_to_the_rep(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead(company="Callback Co")
    item = services.workspace.next_lead(rita)
    at = clock.now() + timedelta(hours=1)
    services.workspace.submit(rita, outcome(item, OutcomeKind.CALLBACK, callback_at=at))
    day = services.workspace.rep_day(rita, clock.now() - timedelta(hours=10))
    assert [(c.lead_id, c.company, c.due) for c in day.callbacks] == [
        (lead_id, "Callback Co", False)
    ]
    assert (day.attempts, day.contacts, day.qualified) == (1, 1, 0)
    marco = factory.user("marco")
    clock.set(at)
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(marco)
    assert services.workspace.next_lead(rita).lead.id == lead_id


# --- qualification -----------------------------------------------------------------------


def test_sales_ready_stores_typed_answers_with_the_script_version(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead(segment="enterprise")
    item = services.workspace.next_lead(rita)
    answers = {**GRADE_A, "need_areas": ["uc", "contact_center"], "budget_amount": "$120,000"}
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.SALES_READY, answers=answers)
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.grade, lead.lease_owner_id) == ("sales_ready", "A", None)
    assert receipt.message == "Sales-ready (grade A): ready for a partner"
    with services.db.unit_of_work(write=False) as uow:
        qualification = uow.session.execute(select(Qualification)).scalar_one()
        script = uow.session.get(Script, qualification.script_id)
        assert script is not None and script.version == item.script.version
        assert (qualification.grade, qualification.recommendation, qualification.decision) == (
            "A",
            "sales_ready",
            "sales_ready",
        )
        assert (qualification.budget_points, qualification.authority_points) == (30, 30)
        assert (qualification.need_points, qualification.timeline_points) == (30 + 6 + 5, 30)
        rows = {
            a.question_key: a for a in uow.session.execute(select(QualificationAnswer)).scalars()
        }
        for row in rows.values():
            uow.session.expunge(row)
    assert rows["permission"].value_bool is True
    assert rows["need_level"].value_text == "project"
    assert rows["need_level"].dimension == "N" and rows["need_level"].points == 30
    assert rows["need_areas"].value_choices == ["contact_center", "uc"]
    assert rows["seats"].value_number == Decimal("250.00")
    assert rows["budget_amount"].value_number == Decimal("120000.00")
    assert rows["decision_date"].value_date == date(2027, 1, 15)
    assert rows["partner_notes"].value_text == "wants a demo"
    day = services.workspace.rep_day(rita, clock.now() - timedelta(hours=1))
    assert (day.attempts, day.contacts, day.qualified) == (1, 1, 1)


def test_sales_ready_needs_every_required_answer(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    answers = {k: v for k, v in GRADE_A.items() if k != "authority_role"}
    with pytest.raises(InvalidInput, match="Who decides on this purchase") as error:
        services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers=answers))
    assert error.value.field == "authority_role"
    with pytest.raises(InvalidInput, match="go through the script"):
        services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers={}))
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.lease_owner_id) == ("queued", rita.user_id)
    assert count(services, CallAttempt) == 0


def test_a_bad_answer_is_named(services: Services, factory: Factory, rita: Actor) -> None:
    factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput, match="is not a number") as error:
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.SALES_READY, answers={**GRADE_A, "seats": "many"})
        )
    assert error.value.field == "seats"


def test_overruling_the_recommendation_needs_a_reason_and_is_audited(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput, match="recommends nurture") as error:
        services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers=NOT_NOW))
    assert error.value.field == "overrule_reason"
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.SALES_READY,
            answers=NOT_NOW,
            overrule_reason="CFO joined the call and confirmed funds",
        ),
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.grade) == ("sales_ready", "B")
    [qualification] = fetch(services, Qualification)
    [entry] = fetch(services, AuditEntry, AuditEntry.action == "qualification.overruled")
    assert qualification.recommendation == "nurture"
    assert qualification.decision == "sales_ready"
    assert qualification.overrule_reason == "CFO joined the call and confirmed funds"
    assert entry.reason == "CFO joined the call and confirmed funds"
    assert entry.after is not None and entry.after["computed_grade"] == "C"


def test_nurture_with_reason_and_recycle_date(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput, match="why the lead goes to nurture"):
        services.workspace.submit(rita, outcome(item, OutcomeKind.NURTURE, answers=NOT_NOW))
    with pytest.raises(InvalidInput, match="after today"):
        services.workspace.submit(
            rita,
            outcome(
                item,
                OutcomeKind.NURTURE,
                answers=NOT_NOW,
                reason="no budget",
                recycle_on=clock.now().date(),
            ),
        )
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="no budget until next quarter",
            recycle_on=date(2027, 1, 1),
            notes="send the webinar recording",
        ),
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.grade, lead.recycle_on) == ("nurture", "C", date(2027, 1, 1))
    assert lead.status_reason == "no budget until next quarter"


def test_disqualify_with_reason(services: Services, factory: Factory, rita: Actor) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    answers = {**OPENING, "prospect_kind": "student"}
    with pytest.raises(InvalidInput, match="why the lead is disqualified"):
        services.workspace.submit(rita, outcome(item, OutcomeKind.DISQUALIFY, answers=answers))
    services.workspace.submit(
        rita,
        outcome(item, OutcomeKind.DISQUALIFY, answers=answers, reason="student or private person"),
    )
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.grade, lead.status_reason) == (
        "disqualified",
        "D",
        "student or private person",
    )


# --- do not call -------------------------------------------------------------------------


def test_do_not_call_takes_every_matching_lead_out_of_every_queue(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    marco = factory.user("marco", queues=("Other",))
    phone = "+12125550199"
    mine = factory.lead(phone_e164=phone, email_normalized="pat@example.com", score=99)
    same_phone = factory.lead(queue="Other", phone_e164=phone, score=99)
    same_email = factory.lead(email_normalized="pat@example.com", status="nurture")
    unrelated = factory.lead(score=1)
    held_by_marco = services.workspace.next_lead(marco)
    assert held_by_marco.lead.id == same_phone
    item = services.workspace.next_lead(rita)
    assert item.lead.id == mine
    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.DO_NOT_CALL, reason="asked to be removed", answers={})
    )
    assert receipt.blocked_leads == 3
    for lead_id in (mine, same_phone, same_email):
        lead = factory.get_lead(lead_id)
        assert (lead.status, lead.lease_owner_id) == ("do_not_call", None)
    assert factory.get_lead(unrelated).status == "queued"
    with services.db.unit_of_work(write=False) as uow:
        hashes = set(
            uow.session.execute(select(DoNotCallEntry.kind, DoNotCallEntry.value_hash)).all()
        )
    assert hashes == {
        ("phone", dnc_hash(DncKind.PHONE, phone)),
        ("email", dnc_hash(DncKind.EMAIL, "pat@example.com")),
    }
    # Marco had the other lead open: his outcome is refused and he is told why.
    with pytest.raises(LeaseLost, match="do not call"):
        services.workspace.submit(
            marco, outcome(held_by_marco, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
        )
    clock.advance(timedelta(days=400))
    assert services.workspace.next_lead(rita).lead.id == unrelated


def test_do_not_call_service_checks_its_input(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead(phone_e164="+442079460000", country="GB", region=None)
    with pytest.raises(InvalidInput, match="a phone number or an e-mail"):
        services.do_not_call.add(rita, reason="x")
    with pytest.raises(InvalidInput, match="phone '12'"):
        services.do_not_call.add(rita, phone="12", country="GB")
    result = services.do_not_call.add(rita, phone="020 7946 0000", country="GB", reason="complaint")
    assert result.entries_added == 1 and result.leads_blocked == (lead_id,)
    again = services.do_not_call.add(rita, phone="+44 20 7946 0000", reason="complaint")
    assert again.entries_added == 0 and again.leads_blocked == ()
    assert services.do_not_call.is_listed(rita, phone_e164="+442079460000", email=None)


# --- idempotency and conflicts -----------------------------------------------------------


def test_the_same_request_twice_is_recorded_once(
    services: Services, factory: Factory, rita: Actor
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    request = outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.VOICEMAIL)
    first = services.workspace.submit(rita, request)
    second = services.workspace.submit(rita, request)
    assert second.replayed and not first.replayed
    assert second.attempt_id == first.attempt_id
    assert count(services, CallAttempt) == 1
    assert factory.get_lead(lead_id).attempts == 1


def test_conflict_after_a_team_lead_reassigned_the_lead(
    services: Services, factory: Factory, rita: Actor
) -> None:
    marco = factory.user("marco")
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    lead = factory.get_lead(lead_id)
    # What a reassignment does: a new owner, no lease, a new version.
    factory.set_lead(
        lead_id,
        assigned_rep_id=marco.user_id,
        lease_owner_id=None,
        lease_expires_at=None,
        version=lead.version + 1,
    )
    with pytest.raises(LeaseLost, match="reassigned to Marco") as error:
        services.workspace.submit(
            rita,
            outcome(item, OutcomeKind.NURTURE, reason="x", recycle_on=date(2027, 3, 1), answers={}),
        )
    assert error.value.holder == "Marco"
    assert count(services, CallAttempt) == 0
    assert factory.get_lead(lead_id).status == "queued"


def test_conflict_names_the_rep_who_took_the_lead_after_the_lease_ran_out(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    marco = factory.user("marco")
    factory.lead()
    item = services.workspace.next_lead(rita)
    clock.advance(timedelta(minutes=services.settings.queue.lease_minutes + 1))
    assert services.workspace.next_lead(marco).lead.id == item.lead.id
    with pytest.raises(LeaseLost, match="Marco holds it now"):
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
        )


def test_a_lead_saved_at_the_reps_other_workstation_says_so(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    """Signed in at two desks, Ctrl+N at the second gives the lead held at the first; saved
    there, the first said the rep's lease had run out and nobody knew why."""
    lead_id = factory.lead(company="Twin Desk Inc")
    at_first_desk = services.workspace.next_lead(rita)
    at_second_desk = services.workspace.next_lead(rita)
    assert at_second_desk.lead.id == at_first_desk.lead.id == lead_id
    clock.advance(timedelta(minutes=3))
    services.workspace.submit(
        rita, outcome(at_second_desk, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    with pytest.raises(LeaseLost) as error:
        services.workspace.submit(
            rita, outcome(at_first_desk, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
        )
    # When: the database's clock, which PostgreSQL's outcome call reads for itself.
    assert re.fullmatch(
        rf"lead {lead_id} \(Twin Desk Inc\) was changed at \d\d:\d\d UTC at another of your "
        r"workstations while you had it open here \(No contact: lead to retry\)\. Your notes "
        r"are kept as a draft\.",
        str(error.value),
    ), str(error.value)
    assert factory.get_lead(lead_id).attempts == 1


def test_an_expired_lease_nobody_took_still_accepts_the_outcome(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    clock.advance(timedelta(hours=2))
    services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    assert factory.get_lead(lead_id).attempts == 1


def test_resume_from_a_draft(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    marco = factory.user("marco")
    lead_id = factory.lead()
    item = services.workspace.next_lead(rita)
    clock.advance(timedelta(hours=1))  # the workstation crashed; the lease ran out
    resumed = services.workspace.resume(rita, lead_id, item.lead.version)
    assert resumed.lead.version == item.lead.version
    assert factory.get_lead(lead_id).lease_owner_id == rita.user_id
    clock.advance(timedelta(hours=1))
    services.workspace.next_lead(marco)  # someone else takes it meanwhile
    with pytest.raises(LeaseLost, match="Marco holds it now"):
        services.workspace.resume(rita, lead_id, item.lead.version)


# --- contact corrections -----------------------------------------------------------------


def test_corrections_keep_the_original_and_name_other_leads(
    services: Services, factory: Factory, rita: Actor
) -> None:
    other = factory.lead(
        company="Other Co",
        phone_e164="+13125550142",
        email_normalized="kim@other.example",
        status="nurture",
    )
    lead_id = factory.lead(
        phone_raw="212 555 0001", phone_e164="+12125550001", email_raw="bad at mail"
    )
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id

    invalid = services.workspace.check_contact(rita, lead_id, "phone", "312 555")
    assert not invalid.valid and "too short" in invalid.reason
    checked = services.workspace.check_contact(rita, lead_id, "phone", "(312) 555-0142")
    assert checked.valid and checked.normalized == "+13125550142"
    assert "America/Chicago" in checked.time_zones
    assert [o.id for o in checked.other_leads] == [other]
    assert "also belongs to lead" in checked.message and "Other Co" in checked.message
    mail = services.workspace.check_contact(rita, lead_id, "email", " Kim@Other.Example ")
    assert mail.normalized == "kim@other.example" and [o.id for o in mail.other_leads] == [other]

    with pytest.raises(InvalidInput) as error:
        services.workspace.submit(
            rita,
            outcome(
                item,
                OutcomeKind.NO_CONTACT,
                disposition=Disposition.NO_ANSWER,
                corrections=(ContactChange("email", "kim@@x"),),
            ),
        )
    assert error.value.field == "email"
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.NO_ANSWER,
            corrections=(
                ContactChange("phone", "(312) 555-0142"),
                ContactChange("email", "kim@other.example"),
            ),
        ),
    )
    lead = factory.get_lead(lead_id)
    assert (lead.phone_e164, lead.email_normalized, lead.email_valid) == (
        "+13125550142",
        "kim@other.example",
        True,
    )
    # A Chicago number at a New York address: only hours open in both zones are safe.
    assert lead.time_zones == "America/Chicago America/New_York"
    with services.db.unit_of_work(write=False) as uow:
        corrections = {
            c.field: (c.old_value, c.new_value)
            for c in uow.session.execute(select(ContactCorrection)).scalars()
        }
    assert corrections == {
        "phone": ("212 555 0001", "(312) 555-0142"),
        "email": ("bad at mail", "kim@other.example"),
    }
    assert count(services, AuditEntry, AuditEntry.action == "contact.corrected") == 2


def test_an_e_mail_cleared_is_taken_off_the_lead_and_a_phone_cleared_is_refused(
    services: Services, factory: Factory, rita: Actor
) -> None:
    """The address on file is not the prospect's and they give none: it goes (it was refused
    as "e-mail '': no e-mail address"). A lead is called, so it keeps a phone number."""
    lead_id = factory.lead(
        email_raw="Old.Boss@Example.com", email_normalized="old.boss@example.com", email_valid=True
    )
    item = services.workspace.next_lead(rita)
    with pytest.raises(InvalidInput) as error:
        services.workspace.submit(
            rita,
            outcome(
                item,
                OutcomeKind.NO_CONTACT,
                disposition=Disposition.NO_ANSWER,
                corrections=(ContactChange("phone", " "),),
            ),
        )
    assert error.value.field == "phone"
    phone_raw = factory.get_lead(lead_id).phone_raw
    assert str(error.value) == (
        f"a lead keeps a phone number: type the right one, or put back {phone_raw}"
    )
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.NO_ANSWER,
            corrections=(ContactChange("email", ""),),
        ),
    )
    lead = factory.get_lead(lead_id)
    assert (lead.email_raw, lead.email_normalized, lead.email_valid) == ("", None, False)
    assert lead.phone_raw == phone_raw
    with services.db.unit_of_work(write=False) as uow:
        corrections = [
            (c.field, c.old_value, c.new_value)
            for c in uow.session.execute(select(ContactCorrection)).scalars()
        ]
    assert corrections == [("email", "Old.Boss@Example.com", "")]


def test_a_number_typed_for_a_lead_without_a_country_is_read_in_its_numbers_country(
    services: Services, factory: Factory, rita: Actor
) -> None:
    """Imported with no country column, reached on +1 212 …: "212 555 0199" was refused for
    want of a country the rep cannot set in the Workspace."""
    lead_id = factory.lead(country=None, region=None)
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id and item.phone_check is not None and item.phone_check.valid
    checked = services.workspace.check_contact(rita, lead_id, "phone", "212 555 0199")
    assert (checked.valid, checked.normalized) == (True, "+12125550199")
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.WRONG_NUMBER,
            corrections=(ContactChange("phone", "212 555 0199"),),
        ),
    )
    assert factory.get_lead(lead_id).phone_e164 == "+12125550199"


def test_a_corrected_number_on_the_do_not_call_list_cannot_be_queued_again(
    services: Services, factory: Factory, rita: Actor
) -> None:
    services.do_not_call.add(rita, phone="+13125550143", reason="complaint")
    factory.lead()
    item = services.workspace.next_lead(rita)
    check = services.workspace.check_contact(rita, item.lead.id, "phone", "+1 312 555 0143")
    assert check.on_do_not_call and "do-not-call" in check.message
    receipt = services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.BUSY,
            corrections=(ContactChange("phone", "+1 312 555 0143"),),
        ),
    )
    # The list applies at once: the lead is do-not-call (tests/integration/test_no_calls_again).
    assert receipt.status == "do_not_call" and "do-not-call list" in receipt.message


def test_rep_day_counts_eligible_leads_and_says_when_the_next_comes(
    services: Services, factory: Factory, rita: Actor, clock: ManualClock
) -> None:
    factory.lead()
    factory.lead()
    factory.lead(queue="Elsewhere")
    day = services.workspace.rep_day(rita, clock.now() - timedelta(hours=8))
    assert (day.eligible_now, day.next_eligible_at) == (2, None)
    for _ in range(2):
        item = services.workspace.next_lead(rita)
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
        )
    day = services.workspace.rep_day(rita, clock.now() - timedelta(hours=8))
    assert day.eligible_now == 0
    assert day.next_eligible_at == clock.now() + timedelta(minutes=120)
    assert (day.attempts, day.contacts, day.qualified) == (2, 0, 0)


def test_supervisors_cannot_work_leads(services: Services, factory: Factory) -> None:
    sam = factory.user("sam", role=Role.SUPERVISOR)
    from qualifier_app.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.workspace.next_lead(sam)


def test_rep_day_counts_eligible_leads_up_to_a_cap(
    services: Services,
    factory: Factory,
    rita: Actor,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from qualifier_app.services.workspace import rep_day as rep_day_module

    for _ in range(3):
        factory.lead()
    monkeypatch.setattr(rep_day_module, "ELIGIBLE_CAP", 2)
    assert services.workspace.rep_day(rita, clock.now()).eligible_now == 2


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
@pytest.mark.as_owner(
    "the retry must arrive on a second connection while the first is still committing; "
    "the test router gives a person one connection"
)
def test_a_retry_that_waited_for_the_first_attempt_gets_its_receipt(
    services: Services, factory: Factory, rita: Actor
) -> None:
    """A workstation that lost the reply resends the outcome while the server still commits
    the first: the resend waits for the lead's lock and must then find the first one saved,
    not report the lead lost (its snapshot was taken before the first committed)."""
    factory.lead()
    item = services.workspace.next_lead(rita)
    # The outcome's transaction, as after a restart of the workstation: one that did not
    # claim the lead itself has no snapshot to decide it from in one call.
    services.queue.forget(rita, item.lead.id)
    request = outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.VOICEMAIL)
    committing, go = threading.Event(), threading.Event()
    first_sender: dict[str, int] = {}

    def send_first() -> OutcomeReceipt:
        first_sender["thread"] = threading.get_ident()
        return services.workspace.submit(rita, request)

    def hold_the_first_commit(_conn: Any) -> None:
        if threading.get_ident() == first_sender.get("thread"):
            committing.set()
            assert go.wait(30)

    event.listen(services.db.engine, "commit", hold_the_first_commit)
    results: dict[str, Any] = {}

    def resend() -> None:
        try:
            results["second"] = services.workspace.submit(rita, request)
        except Exception as error:  # the assertion below names it
            results["second"] = error

    try:
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(send_first)
            assert committing.wait(30)
            second = threading.Thread(target=resend)
            second.start()
            _wait_for_a_lock_wait(services)
            go.set()
            second.join(30)
            receipt = first.result(30)
    finally:
        go.set()
        event.remove(services.db.engine, "commit", hold_the_first_commit)
    assert not receipt.replayed
    assert isinstance(results["second"], OutcomeReceipt), results["second"]
    assert results["second"].replayed
    assert results["second"].attempt_id == receipt.attempt_id
    assert count(services, CallAttempt) == 1


def _wait_for_a_lock_wait(services: Services) -> None:
    for _ in range(300):
        with services.db.engine.connect() as connection:
            waiting = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).scalar_one()
        if waiting:
            return
        time.sleep(0.1)
    raise AssertionError("the resent outcome never waited for the lead's lock")
