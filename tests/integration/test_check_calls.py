"""Check calls after a handoff, on both databases: due on the configured business day in the
qualifying rep's queue, claimed through the one claim (its calling rules included),
answered, and what the customer said: reopened, re-routed, flagged, weighed and reported."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    NothingEligible,
    PermissionDenied,
)
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import AuditEntry, Handoff
from qualifier_app.services.admin.retry_rules import RetryDraft
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.services.reports.publication_cards import REOPENED, Week, edition
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.settings import Settings
from tests.integration.test_retry_rules import DELAYS
from tests.integration.test_workspace import outcome
from tests.support.check_calls import (
    ANSWERS_CONTACTED,
    ANSWERS_NOT_CONTACTED,
    answer,
    check_call_due,
    check_every_handoff,
    check_of,
    handed_off,
    to_check_day,
)
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered (sent) and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def test_due_on_the_business_day_in_the_qualifying_reps_queue_and_answered(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    other = factory.user("otto.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)

    clock.advance(CHECK_DAY_MINUS_A_MINUTE)
    assert services.check_calls.make_due(rita).due == 0
    assert check_of(services, handoff_id) is None
    clock.advance(timedelta(minutes=1))
    assert services.check_calls.make_due(rita).due == 1
    assert services.check_calls.make_due(rita).due == 0  # judged once

    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.assigned_rep_id, lead.attempts) == ("check_call", rita.user_id, 0)
    [due] = services.check_calls.due(rita)
    assert (due.lead_id, due.rep, due.why) == (lead_id, "Rita.Rep", "every handoff is checked")
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(other)  # it waits for the rep who qualified the lead

    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    assert item.lead.status == "check_call"
    assert item.script.name == "check-call"
    receipt = answer(services, rita, item, ANSWERS_CONTACTED)
    assert receipt.status == "handed_off"
    assert "contacted them (experience 4/5)" in receipt.message

    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.status, check.contacted, check.satisfaction) == ("answered", True, 4)
    assert (check.contacted_by, check.still_needs, check.follow_up) == (
        "Dana from the partner",
        True,
        None,
    )
    assert not check.contradiction
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.lease_owner_id, lead.assigned_rep_id) == ("handed_off", None, None)
    assert handoff_row(services, handoff_id).status == "sent"
    with services.db.unit_of_work(write=False) as uow:
        actions = set(
            uow.session.execute(
                select(AuditEntry.action).where(AuditEntry.entity_type == "check_call")
            ).scalars()
        )
    assert {"check_call.due", "check_call.check_call"} <= actions


CHECK_DAY_MINUS_A_MINUTE = timedelta(days=7) - timedelta(minutes=1)


def test_no_check_when_the_partner_reported_won_or_lost_first(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    won_lead, won = handed_off(services, factory, rita)
    _, lost = handed_off(services, factory, rita)
    services.handoffs.record_feedback(
        OPERATOR, won, "won", revenue=Decimal(5000), closed_on=clock.now().date()
    )
    services.handoffs.record_feedback(OPERATOR, lost, "lost", reason="budget cut")

    to_check_day(clock)
    result = services.check_calls.make_due(rita)

    assert (result.due, result.cancelled) == (0, 2)
    for handoff_id, status in ((won, "won"), (lost, "lost")):
        check = check_of(services, handoff_id)
        assert check is not None
        assert (check.status, check.why) == (
            "cancelled",
            f"the partner already reported the lead {status}",
        )
    assert factory.get_lead(won_lead).status == "handed_off"
    assert services.check_calls.due(rita) == ()


def test_a_sample_checks_at_least_n_per_partner_a_month(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24, capacity_open=None)
    services.check_calls.policies.set(OPERATOR, "enterprise", 3, 0, minimum_per_month=2)
    handoffs = [handed_off(services, factory, rita)[1] for _ in range(3)]

    clock.advance(timedelta(days=5))  # Tuesday + 3 business days is Friday
    result = services.check_calls.make_due(rita)

    assert (result.due, result.skipped) == (2, 1)
    statuses = [check_of(services, h).status for h in handoffs]  # type: ignore[union-attr]
    assert statuses == ["due", "due", "skipped"]
    skipped = check_of(services, handoffs[2])
    assert skipped is not None and skipped.why == "not in the 0 % sample"


def test_a_partner_policy_beats_the_segment_policy(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    services.check_calls.policies.set(OPERATOR, "enterprise", 10, 100)
    services.check_calls.policies.set(OPERATOR, "enterprise", 2, 100, partner="Alpha Voice")
    _, handoff_id = handed_off(services, factory, rita)

    clock.advance(timedelta(days=2))  # Thursday: two business days on
    assert services.check_calls.make_due(rita).due == 1
    check = check_of(services, handoff_id)
    assert check is not None and check.status == "due"
    with pytest.raises(InvalidInput, match="1 to 30 business days"):
        services.check_calls.policies.set(OPERATOR, "smb", 0, 100)
    with pytest.raises(InvalidInput, match="poor record"):
        services.check_calls.policies.set(OPERATOR, "smb", 5, 50, poor_share_percent=20)


def test_not_contacted_after_the_sla_reopens_and_reroutes_with_the_reason(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    manager = factory.user("cm.supervisor", role=Role.SUPERVISOR, queues=())
    alpha = add_partner(services, "Alpha Voice", sla_hours=24)
    beta = add_partner(services, "Beta Voice", sla_hours=48)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)
    assert handoff_row(services, handoff_id).partner_id == alpha
    services.handoffs.record_feedback(OPERATOR, handoff_id, "accepted")
    to_check_day(clock)
    services.check_calls.make_due(rita)

    item = services.workspace.next_lead(rita)
    receipt = answer(services, rita, item, ANSWERS_NOT_CONTACTED)
    assert "reopened for the channel manager" in receipt.message

    [reopened] = services.check_calls.reopened(manager)
    assert (reopened.lead_id, reopened.partner, reopened.offers_reroute) == (
        lead_id,
        "Alpha Voice",
        True,
    )
    assert "never contacted them" in reopened.said
    # The board and the weekly scorecard show it too.
    clock.advance(timedelta(minutes=1))
    assert services.board.board(manager).reopened_handoffs == 1
    with services.db.unit_of_work(write=False) as uow:
        week = Week.before(clock.now().date() + timedelta(days=7))
        cards = edition(uow.session, manager, services.settings.routing, week, clock.now())
    alpha_card = next(card for card in cards.partners if card.name == "Alpha Voice")
    figures = dict(alpha_card.figures)
    assert (figures[REOPENED], figures["Check calls answered"]) == (1, 1)
    assert figures["Contacted by the partner (customers say)"] == 0.0
    outcome = services.check_calls.reroute(manager, reopened.check_call_id)

    assert isinstance(outcome, HandoffSummary)
    assert outcome.partner_id == beta
    assert outcome.why.startswith(
        "Re-routed because the customer told our check call that Alpha Voice never contacted them."
    )
    old = handoff_row(services, handoff_id)
    assert old.status == "expired"
    assert factory.get_lead(lead_id).status == "handed_off"
    assert services.check_calls.reopened(manager) == ()
    check = check_of(services, handoff_id)
    assert check is not None and check.follow_up == "rerouted"
    # The SLA sweep, seeing the taken-back handoff, makes no second new handoff.
    services.sla.sweep(rita)
    with services.db.unit_of_work(write=False) as uow:
        count = len(uow.session.execute(select(Handoff.id).where(Handoff.lead_id == lead_id)).all())
    assert count == 2


def test_no_reroute_takes_the_lead_from_its_partner_when_no_other_partner_can_take_it(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    lead_id, handoff_id = check_call_due(services, factory, clock, rita, accepted=True)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)
    [reopened] = services.check_calls.reopened(OPERATOR)

    with pytest.raises(Conflict, match="no other partner can take the lead now") as refused:
        services.check_calls.reroute(OPERATOR, reopened.check_call_id)
    assert refused.value.message == (
        "no other partner can take the lead now: keep it with Alpha Voice with a note, "
        "or re-route it later"
    )
    assert handoff_row(services, handoff_id).status == "accepted"
    assert factory.get_lead(lead_id).status == "handed_off"
    assert services.check_calls.reopened(OPERATOR) == (reopened,)
    # Once another partner covers the lead, the same decision re-routes it.
    beta = add_partner(services, "Beta Voice", sla_hours=48)
    outcome = services.check_calls.reroute(OPERATOR, reopened.check_call_id)
    assert isinstance(outcome, HandoffSummary) and outcome.partner_id == beta


def test_a_take_back_is_no_report_from_the_partner(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    _, handoff_id = check_call_due(services, factory, clock, rita)
    add_partner(services, "Beta Voice", sla_hours=48)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)
    [reopened] = services.check_calls.reopened(OPERATOR)
    assert isinstance(
        services.check_calls.reroute(OPERATOR, reopened.check_call_id), HandoffSummary
    )

    # Alpha Voice never said a word about the lead it was taken back from.
    assert handoff_row(services, handoff_id).last_update_at is None
    alpha = next(
        p
        for p in services.reports.conversion_by_partner(OPERATOR, Period())
        if p.partner == "Alpha Voice"
    )
    assert (alpha.sent, alpha.with_feedback, alpha.feedback_compliance) == (1, 0, 0.0)


def test_a_reopened_handoff_the_partner_then_closed_leaves_the_channel_managers_list(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    manager = factory.user("cm.supervisor", role=Role.SUPERVISOR, queues=())
    _, handoff_id = check_call_due(services, factory, clock, rita, accepted=True)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)
    [reopened] = services.check_calls.reopened(manager)

    services.handoffs.record_feedback(
        OPERATOR, handoff_id, "won", revenue=Decimal(900), closed_on=clock.now().date()
    )
    assert services.check_calls.reopened(manager) == ()
    clock.advance(timedelta(minutes=1))
    assert services.board.board(manager).reopened_handoffs == 0
    with pytest.raises(Conflict, match="is won now; nothing to decide"):
        services.check_calls.keep(manager, reopened.check_call_id, "too late")


def test_active_but_never_contacted_is_flagged(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    _, handoff_id = handed_off(services, factory, rita)
    services.handoffs.record_feedback(OPERATOR, handoff_id, "active", pipeline_value=Decimal(20000))
    to_check_day(clock)
    services.check_calls.make_due(rita)

    item = services.workspace.next_lead(rita)
    answers = ANSWERS_NOT_CONTACTED | {"still_needs": "no"}
    receipt = answer(services, rita, item, answers)

    assert "flagged: Alpha Voice reports the lead active" in receipt.message
    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.contradiction, check.handoff_status, check.still_needs) == (True, "active", False)
    [reopened] = services.check_calls.reopened(OPERATOR)
    assert reopened.contradiction and not reopened.offers_reroute
    with pytest.raises(InvalidInput, match="no longer needs it"):
        services.check_calls.reroute(OPERATOR, reopened.check_call_id)
    services.check_calls.keep(OPERATOR, reopened.check_call_id, "partner calls tomorrow")
    assert services.check_calls.reopened(OPERATOR) == ()


def test_the_calling_rules_apply_to_check_calls(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)
    to_check_day(clock)
    clock.advance(timedelta(hours=12))  # 22:00 in New York: outside the calling window
    services.check_calls.make_due(rita)
    assert factory.get_lead(lead_id).status == "check_call"
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)

    clock.advance(timedelta(hours=12))  # 10:00 in New York
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    # No answer: it retries as any lead, later, and the lease is gone.
    receipt = services.workspace.submit(
        rita,
        Outcome(
            request_id="check-no-answer-1",
            lead_id=lead_id,
            version=item.lead.version,
            kind=OutcomeKind.NO_CONTACT,
            started_at=clock.now(),
            disposition=Disposition.NO_ANSWER,
        ),
    )
    assert receipt.status == "check_call"
    assert receipt.next_call_at is not None and receipt.next_call_at > clock.now()
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
    check = check_of(services, handoff_id)
    assert check is not None and (check.status, check.attempts) == ("due", 1)

    # A number put on the do-not-call list is out of every queue, check calls included.
    clock.advance(timedelta(hours=3))
    lead = factory.get_lead(lead_id)
    with services.db.unit_of_work() as uow:
        do_not_call.block(
            uow.session,
            now=clock.now(),
            actor_id=None,
            phone_e164=lead.phone_e164,
            email=None,
            reason="asked not to be called",
        )
        uow.commit()
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
    assert services.check_calls.due(rita) == ()


def test_what_customers_say_moves_the_routing_weight_and_why_this_partner_says_so(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    # Five handoffs: no longer a new partner on its floor weight.
    for _ in range(5):
        services.handoffs.record_feedback(
            OPERATOR, handed_off(services, factory, rita)[1], "accepted"
        )
    before = services.routing.propose(rita, _probe(factory)).proposed
    assert before is not None and "customers say" not in before.why

    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 5
    for number in range(5):
        item = services.workspace.next_lead(rita)
        answer(services, rita, item, ANSWERS_NOT_CONTACTED, request_id=f"check-weigh-{number:04d}")
    services.routing.forget_tracks()

    after = services.routing.propose(rita, _probe(factory)).proposed
    assert after is not None
    assert "customers say it contacted 0 of 5 (0%)" in after.why
    assert after.weight < before.weight


def _probe(factory: Factory) -> int:
    return sales_ready_lead(factory, None, region="NY", postal_code="10001")


def test_a_partner_report_after_the_check_day_takes_the_check_call_back(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lost_lead, lost = handed_off(services, factory, rita)
    rejected_lead, rejected = handed_off(services, factory, rita)
    services.handoffs.record_feedback(OPERATOR, rejected, "accepted")
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 2

    services.handoffs.record_feedback(OPERATOR, lost, "lost", reason="went with a rival")
    services.handoffs.record_feedback(OPERATOR, rejected, "rejected", reason="not our market")

    lost_check, rejected_check = check_of(services, lost), check_of(services, rejected)
    assert lost_check is not None and rejected_check is not None
    assert (lost_check.status, lost_check.why) == (
        "cancelled",
        "the partner reported the lead lost",
    )
    assert rejected_check.status == "cancelled"
    assert factory.get_lead(lost_lead).status == "handed_off"
    assert factory.get_lead(rejected_lead).status == "sales_ready"  # waits for the next partner
    assert services.check_calls.due(rita) == ()
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)


def test_news_from_a_channel_manager_who_does_not_work_the_lead_cancels_its_check_call(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    factory.user("carla.channel", Role.REP, team=None, queues=())
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = services.accounts.actor_for("carla.channel")
    add_partner(services, "Alpha Voice", sla_hours=24, channel_manager="carla.channel")
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)
    to_check_day(clock)
    assert services.check_calls.make_due(rita).due == 1
    assert factory.get_lead(lead_id).status == "check_call"

    services.handoffs.record_feedback(carla, handoff_id, "lost", reason="budget cut")

    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.status, check.why) == ("cancelled", "the partner reported the lead lost")
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.assigned_rep_id, lead.lease_owner_id) == ("handed_off", None, None)
    assert services.check_calls.due(rita) == ()


def test_a_team_lead_who_is_a_channel_manager_sees_no_other_teams_reopened_handoffs(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita.rep")
    factory.user("tina.lead", Role.TEAM_LEAD, team="Team B", queues=("B queue",))
    services.partners.set_channel_manager(OPERATOR, "tina.lead")
    tina = services.accounts.actor_for("tina.lead")
    add_partner(services, "Alpha Voice", sla_hours=24)
    add_partner(services, "Beta Voice", countries=("DE",), channel_manager="tina.lead")
    check_every_handoff(services)
    _, handoff_id = handed_off(services, factory, rita)
    services.handoffs.record_feedback(OPERATOR, handoff_id, "accepted")
    to_check_day(clock)
    services.check_calls.make_due(rita)
    answer(services, rita, services.workspace.next_lead(rita), ANSWERS_NOT_CONTACTED)
    [reopened] = services.check_calls.reopened(OPERATOR)

    # Another team's lead with a partner she does not manage: as row-level security hides
    # it on PostgreSQL, on SQLite too; nor may she decide it.
    assert services.check_calls.reopened(tina) == ()
    with pytest.raises((NotFound, PermissionDenied)):
        services.check_calls.keep(tina, reopened.check_call_id, "they will call")
    assert services.check_calls.reopened(OPERATOR) == (reopened,)


def test_a_check_call_not_reached_in_its_one_attempt_says_so_in_the_singular(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    """With an attempt cap of one, the check call closed unreached "in 1 attempts"."""
    rita = factory.user("rita.rep")
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.retry_rules.save(ada, RetryDraft(1, DELAYS, 30))
    add_partner(services, "Alpha Voice", sla_hours=24)
    check_every_handoff(services)
    lead_id, handoff_id = handed_off(services, factory, rita)
    to_check_day(clock)
    services.check_calls.make_due(rita)
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    no_answer = outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.NO_ANSWER)
    services.workspace.submit(rita, no_answer)
    check = check_of(services, handoff_id)
    assert check is not None
    assert (check.status, check.attempts, check.why) == ("unreached", 1, "not reached in 1 attempt")
