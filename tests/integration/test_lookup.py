"""Lookup of any lead (phone in any format, e-mail, name or company prefix), the lead record
with its timeline, taking a found lead (inbound or not) and the past of a recycled lead."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, insert, select, text

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from qualifier_app.domain.normalize import company_key, person_key
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import AuditEntry, CallAttempt, Handoff, Lead
from qualifier_app.services.admin.retry_rules import RetryDraft
from qualifier_app.services.workspace.lead_record import recycled_past
from qualifier_app.services.workspace.lookup import LeadLookup, plan
from tests.integration.test_calling_rules import record_call
from tests.integration.test_retry_rules import DELAYS
from tests.integration.test_workspace import NOT_NOW, fetch, outcome
from tests.support.factories import Factory
from tests.support.partners import add_partner, qualify


def found(services: Services, actor: Actor, text: str) -> set[int]:
    return {hit.id for hit in services.lookup.find(actor, text).hits}


@pytest.mark.parametrize(
    "typed",
    ["(212) 555-0142", "212.555.0142", "+1 212-555-0142", "+12125550142", "1 212 555 0142"],
)
def test_a_phone_is_found_in_national_international_and_e164_forms(
    services: Services, factory: Factory, typed: str
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_raw="212-555-0142", phone_e164="+12125550142")
    factory.lead(phone_raw="212-555-0143", phone_e164="+12125550143")
    result = services.lookup.find(rep, typed)
    assert [hit.id for hit in result.hits] == [lead]
    assert result.hits[0].matched_on == "phone"
    assert result.understood_as == "phone +12125550142"


@pytest.mark.parametrize(
    "typed",
    [
        "(212) 555-0142 ext. 12",
        "+1 212 555 0142 ext 12",
        "212-555-0142 poste 4",
        "+1 212 555 0142;ext=12",
        "tel:+12125550142",
        "\uff12\uff11\uff12 \uff15\uff15\uff15 \uff10\uff11\uff14\uff12",  # full-width digits
    ],
)
def test_a_phone_with_an_extension_or_as_a_link_is_found_as_the_card_reads_it(
    services: Services, factory: Factory, typed: str
) -> None:
    """A prospect who calls back gives the number with the extension the card took; it was
    searched as a name or company and found nobody."""
    rep = factory.user("rita")
    lead = factory.lead(phone_raw="212-555-0142 ext. 12", phone_e164="+12125550142")
    factory.lead(phone_raw="212-555-0143", phone_e164="+12125550143")
    result = services.lookup.find(rep, typed)
    assert result.understood_as == "phone +12125550142"
    assert [hit.id for hit in result.hits] == [lead]


def test_a_company_or_name_with_digits_is_still_searched_as_one(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita")
    three_m = factory.lead(company="3M Company 2125550142", phone_e164="+13125550177")
    assert found(services, rep, "3M Company 2125550142") == {three_m}
    assert found(services, rep, "3M Comp") == {three_m}


def test_a_national_number_is_read_in_the_workstations_country(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita")
    berlin = factory.lead(phone_raw="030 901820", phone_e164="+4930901820", country="DE")
    german = LeadLookup(services.db, services.clock, "DE")
    assert {h.id for h in german.find(rep, "030 901820").hits} == {berlin}
    assert {h.id for h in german.find(rep, "+49 30 901820").hits} == {berlin}
    # Read as a US number it is not a valid one: the message says why.
    with pytest.raises(InvalidInput, match="030 901820"):
        services.lookup.find(rep, "030 901820")


def test_email_name_and_company_prefix(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    jane = factory.lead(
        first_name="Jane",
        last_name="Smithers",
        company="Northwind Traders",
        email_raw="Jane.Smithers@Northwind.example",
        email_normalized="jane.smithers@northwind.example",
    )
    john = factory.lead(first_name="John", last_name="Smith", company="Contoso")
    ann = factory.lead(first_name="Ann", last_name="Jones", company="Fabrikam")
    assert found(services, rep, "JANE.Smithers@northwind.example") == {jane}
    assert found(services, rep, "jane.smithers@north") == {jane}
    assert found(services, rep, "Jane.Smithers@NORTH") == {jane}
    assert found(services, rep, "jane_smithers@") == set()  # "_" is no wildcard here either
    assert found(services, rep, "smi") == {jane, john}
    assert found(services, rep, "SMITHE") == {jane}
    assert found(services, rep, "north") == {jane}
    assert found(services, rep, "contoso") == {john}
    assert found(services, rep, "john smi") == {john}
    assert found(services, rep, "Jo") == {john, ann}  # a first name and a last name
    assert found(services, rep, f"#{john}") == {john}
    assert found(services, rep, "nobody like this") == set()
    # LIKE's wildcards are plain characters in a prefix.
    assert found(services, rep, "s%") == set()
    assert found(services, rep, "__") == set()
    with pytest.raises(InvalidInput, match="at least 2 letters"):
        services.lookup.find(rep, "s")
    with pytest.raises(InvalidInput, match="type a phone number"):
        services.lookup.find(rep, "   ")


def test_a_surname_is_found_after_its_particle(services: Services, factory: Factory) -> None:
    """The prospect says "Silva" on the phone; the lead was imported as José da Silva."""
    rep = factory.user("rita")
    jose = factory.lead(first_name="José", last_name="da Silva", company="Alfa")
    anna = factory.lead(first_name="Anna", last_name="von der Heide", company="Beta")
    juan = factory.lead(first_name="Juan", last_name="de los Santos", company="Gamma")
    silvana = factory.lead(first_name="Ana", last_name="Silvano", company="Kappa")
    costa = factory.lead(first_name="Rui", last_name="Costa Silva", company="Epsilon")
    assert found(services, rep, "Silva") == {jose, silvana}
    assert found(services, rep, "heide") == {anna}
    assert found(services, rep, "Santos") == {juan}
    assert found(services, rep, "da Silva") == {jose}
    assert found(services, rep, "José Silva") == {jose}
    assert found(services, rep, "Rui Silva") == {costa}
    assert found(services, rep, "Anna Heide") == {anna}
    # A particle alone is the start of a surname, not every surname that has one.
    assert found(services, rep, "de") == {juan}
    assert found(services, rep, "Ana Silva") == {silvana}


def test_a_name_or_company_is_found_as_typed_without_its_accents(
    services: Services, factory: Factory
) -> None:
    """A rep typed "Conceicao" for Conceição and found nobody; nor "LEFÈVRE" on SQLite, whose
    NOCASE folds ASCII letters only (nor, in a database of the C locale, on PostgreSQL)."""
    rep = factory.user("rita")

    def lead(first: str, last: str, company: str) -> int:
        return factory.lead(
            first_name=first,
            last_name=last,
            company=company,
            person_key=person_key(first, last),
            company_key=company_key(company),
        )

    maria = lead("Maria", "Conceição", "Tejo Águas Lda")
    ines = lead("Inés", "Núñez", "Müller Straße GmbH")
    elodie = lead("Élodie", "Lefèvre", "Société Générale")
    assert found(services, rep, "Conceicao") == {maria}
    assert found(services, rep, "conceição") == {maria}
    assert found(services, rep, "Maria Conceicao") == {maria}
    assert found(services, rep, "Nunez") == {ines}
    assert found(services, rep, "muller strasse") == {ines}
    assert found(services, rep, "tejo aguas") == {maria}
    assert found(services, rep, "LEFÈVRE") == {elodie}
    assert found(services, rep, "lefevre") == {elodie}
    assert found(services, rep, "elodie lefevre") == {elodie}
    assert found(services, rep, "societe gen") == {elodie}
    assert found(services, rep, "Inez Nunez") == set()  # the first name is still what it is


def test_a_hit_says_who_holds_the_lead(services: Services, factory: Factory) -> None:
    rita, sam = factory.user("rita"), factory.user("sam")
    lead = factory.lead(last_name="Holder")
    assert services.queue.claim_next(sam).id == lead
    (hit,) = services.lookup.find(rita, "holder").hits
    assert hit.held_by == "Sam"
    with pytest.raises(Conflict, match="being worked by Sam"):
        services.workspace.take_found(rita, lead, inbound=True)


def test_an_inbound_call_is_taken_outside_the_window_and_logged_as_inbound(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rep = factory.user("rita")
    # 04:00 in New York: the window is shut, the prospect is calling anyway.
    clock.set(clock.now().replace(hour=9))
    lead = factory.lead(last_name="Caller", status="nurture", attempts=6)
    with pytest.raises(Conflict, match="is nurture; only an inbound call takes it back"):
        services.workspace.take_found(rep, lead, inbound=False)
    queued = factory.lead(last_name="Sleeper")
    with pytest.raises(Conflict, match="outside its calling window"):
        services.workspace.take_found(rep, queued, inbound=False)
    item = services.workspace.take_found(rep, lead, inbound=True)
    assert item.inbound and item.lead.id == lead and item.lead.status == "queued"
    receipt = services.workspace.submit(
        rep,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="still no budget",
            recycle_on=clock.now().date() + timedelta(days=90),
            inbound=item.inbound,  # as the workspace sends it
        ),
    )
    (attempt,) = fetch(services, CallAttempt, CallAttempt.id == receipt.attempt_id)
    assert attempt.direction == "inbound"
    (taken,) = fetch(services, AuditEntry, AuditEntry.action == "lead.taken")
    assert taken.after["inbound"] is True and taken.before["status"] == "nurture"
    assert taken.reason == "inbound call: the prospect called"


def test_an_outbound_take_keeps_the_claims_registry_and_call_caps(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    # On the national registry: the queue never offers it, nor may a lookup call it; the
    # prospect may still call in.
    listed = factory.lead(phone_e164="+12015550123", phone_raw="+1 201 555 0123")
    registry = tmp_path / "201.txt"
    registry.write_text("2015550123\n", encoding="utf-8")
    services.registries.import_snapshot(OPERATOR, registry, "US")
    with pytest.raises(Conflict, match="national do-not-call registry"):
        services.workspace.take_found(rep, listed, inbound=False)
    assert services.workspace.take_found(rep, listed, inbound=True).lead.id == listed
    services.queue.release(rep, listed)
    # Florida: three calls to a number in 24 hours, on any of its leads.
    miami = factory.lead(phone_e164="+13055550100", phone_raw="+1 305 555 0100", region="FL")
    for hours in (20, 21, 22):
        record_call(services, miami, rep.user_id, clock.now() - timedelta(hours=hours), "retry")
    with pytest.raises(Conflict, match=r"as many calls as US-FL allows \(at most 3 calls in any"):
        services.workspace.take_found(rep, miami, inbound=False)
    clock.advance(timedelta(hours=2, minutes=1))  # the oldest call is 24 hours old
    assert services.workspace.take_found(rep, miami, inbound=False).lead.id == miami
    services.queue.release(rep, miami)
    # A stale registry snapshot stops the country's outbound calls as it stops the claim.
    clock.advance(timedelta(days=40))
    elsewhere = factory.lead(phone_e164="+12125550199", phone_raw="+1 212 555 0199")
    with pytest.raises(Conflict, match="may not be called now: US do-not-call registry"):
        services.workspace.take_found(rep, elsewhere, inbound=False)


def test_a_lead_at_the_attempt_cap_is_not_called_out_and_the_refusal_counts_right(
    services: Services, factory: Factory
) -> None:
    """Calling a found lead out is refused once it has had the center's attempts, saying how
    many: "all 6 attempts", and with a cap of one "its 1 attempt" (it said "all 1 attempts")."""
    rep = factory.user("rita")
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    capped = factory.lead(attempts=6)
    with pytest.raises(Conflict, match=f"^lead {capped} has had all 6 attempts$"):
        services.workspace.take_found(rep, capped, inbound=False)
    services.retry_rules.save(ada, RetryDraft(1, DELAYS, 30))
    once = factory.lead(attempts=1)
    with pytest.raises(Conflict, match=f"^lead {once} has had its 1 attempt$"):
        services.workspace.take_found(rep, once, inbound=False)
    assert services.workspace.take_found(rep, once, inbound=True).lead.id == once


def test_taking_is_refused_for_do_not_call_and_for_a_rep_holding_another_lead(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita")
    blocked = factory.lead(status="do_not_call")
    with pytest.raises(Conflict, match="do-not-call"):
        services.workspace.take_found(rep, blocked, inbound=True)
    first = factory.lead()
    held = services.queue.claim_next(rep).id
    assert held == first
    other = factory.lead()
    with pytest.raises(Conflict, match=f"you hold lead {held}"):
        services.workspace.take_found(rep, other, inbound=True)
    supervisor = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    with pytest.raises(PermissionDenied):
        services.workspace.take_found(supervisor, other, inbound=True)


def test_record_and_the_past_of_a_recycled_lead(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita, sam = factory.user("rita"), factory.user("sam")
    lead = factory.lead(last_name="Recycled", company="Tailspin")
    item = services.workspace.next_lead(rita)
    assert item.past is None
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NURTURE,
            answers=NOT_NOW,
            reason="budget next year",
            recycle_on=clock.now().date() + timedelta(days=1),
        ),
    )
    clock.advance(timedelta(days=1))
    assert services.nurture.recycle_due(rita) == 1
    again = services.workspace.next_lead(sam)
    assert again.lead.id == lead and again.past is not None
    past = again.past
    assert past.nurture_reason == "budget next year"
    assert "Nurture" in past.last_outcome and "Rita" in past.last_outcome
    assert past.earlier_answers is not None
    assert past.earlier_answers.answers["budget_status"] == "none"
    # Only Budget, Authority, Need and Timeline answers are offered again, not the opening.
    assert past.prefill["budget_status"] == "none" and "reached_contact" not in past.prefill
    assert past.earlier_answers.script.endswith(f"v{item.script.version}")

    supervisor = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    record = services.lookup.record(supervisor, lead)
    kinds = {event.kind for event in record.timeline}
    assert {"attempt", "outcome", "qualification", "audit"} <= kinds
    assert record.held_by == "Sam"
    actions = [e.code for e in record.timeline if e.kind == "audit"]
    assert "lead.recycled" in actions and "lead.claimed" in actions
    titles = [e.title for e in record.timeline if e.kind == "audit"]
    assert "Lead claimed" in titles and "lead.claimed" not in titles
    # Who holds it and whose callback it is are said by name, not by user id.
    claimed = [e.detail for e in record.timeline if e.code == "lead.claimed"]
    assert "held by: Rita;" in claimed[0]
    times = [event.at for event in record.timeline]
    assert times == sorted(times)
    (answer_set,) = record.answer_sets
    assert answer_set.by == "Rita" and answer_set.answers["timeline"] == "no_plan"


def test_a_partners_loss_reason_is_on_the_past(services: Services, factory: Factory) -> None:
    rep = factory.user("rita")
    lead = factory.lead(last_name="Lost")
    qualify(factory, lead, rep)
    partner = add_partner(services, "Acme Partners")
    with services.db.unit_of_work() as uow:
        uow.session.add(
            Handoff(
                request_id="h-1",
                lead_id=lead,
                partner_id=partner,
                status="lost",
                lost_reason="chose a rival",
                created_at=services.clock.now(),
            )
        )
        uow.commit()
    with services.db.unit_of_work(write=False) as uow:
        past = recycled_past(uow.session, lead)
    assert past is not None
    assert past.partner_loss_reason == "Acme Partners lost: chose a rival"
    assert past.earlier_answers is not None


@pytest.mark.as_owner("migrates the database down and up")
def test_an_address_saved_in_capitals_is_found_after_the_upgrade_to_one_email_index(
    services: Services, factory: Factory, database_url: str
) -> None:
    rep = factory.user("rita")
    # A calling profile made now: the old schema's profiles lack columns of today's.
    profile = factory.get_lead(factory.lead(email_normalized="pat@example.com"))
    services.db.engine.dispose()
    engine = create_db_engine(database_url)
    try:
        schema.downgrade(engine, "0035_i17_attempts_of_people")
    finally:
        engine.dispose()
    # As a version that did not lower-case the whole address might have saved it.
    shouted = factory.lead(
        email_normalized="Jane.Doe@Example.COM",
        calling_profile_id=profile.calling_profile_id,
        time_zones=profile.time_zones,
    )
    engine = create_db_engine(database_url)
    try:
        schema.upgrade(engine)
    finally:
        engine.dispose()
    assert factory.get_lead(shouted).email_normalized == "jane.doe@example.com"
    assert found(services, rep, "jane.doe@example.com") == {shouted}
    assert found(services, rep, "JANE.DOE@exa") == {shouted}


def test_lookups_use_their_indexes(services: Services, factory: Factory) -> None:
    template = factory.get_lead(factory.lead())
    now = services.clock.now()
    rows = [
        {
            "company": f"Company {n}",
            "first_name": f"First{n}",
            "last_name": f"Last{n}",
            "email_normalized": f"p{n}@example.com",
            "phone_e164": f"+1212{n:07d}",
            "status": "queued",
            "calling_profile_id": template.calling_profile_id,
            "inquired_at": now,
            "updated_at": now,
            "created_at": now,
            "version": 1,
        }
        for n in range(3000)
    ]
    with services.db.unit_of_work() as uow:
        uow.session.execute(insert(Lead), rows)
        uow.commit()
    engine = services.db.engine
    postgres = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "

    def explain(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        return prefix + statement, parameters

    for typed, index in (
        ("+1 212 555 1234", "ix_leads_phone_e164"),
        ("p12@example.com", "ix_leads_email_normalized"),
        ("p12@exa", "ix_leads_email_normalized"),
        ("last12", "ix_leads_"),
        ("Silva", "ix_leads_"),
        ("company 123", "ix_leads_"),
        ("first12 last12", "ix_leads_"),
    ):
        _, conditions = plan(typed, "US", postgres)
        for _, condition, values in conditions:
            # Compiled afresh: what is sent becomes its EXPLAIN (see test_claim_plan).
            with engine.connect().execution_options(compiled_cache=None) as connection:
                if postgres:
                    connection.execute(text("ANALYZE leads"))
                event.listen(connection, "before_cursor_execute", explain, retval=True)
                query = select(Lead.id).where(condition).limit(51)
                found_plan = "\n".join(
                    " ".join(str(c) for c in row) for row in connection.execute(query, values)
                )
                connection.rollback()
            assert "Seq Scan on leads" not in found_plan, (typed, found_plan)
            assert "SCAN leads" not in found_plan.replace("SCAN leads USING", ""), found_plan
            assert index in found_plan, (typed, found_plan)
