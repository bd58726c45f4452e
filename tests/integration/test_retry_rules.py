"""The retry rules in the database: saved and audited by administrators, followed by the next
no-contact outcome and the claim on every workstation, a settings file's own values still
winning on its machine; and the center's calling window from first-run setup as the default
window of leads that no place rule covers."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput, NothingEligible, PermissionDenied
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition, RetryOverrides
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.accounts.first_run import CenterSetup
from qualifier_app.services.admin.retry_rules import RetryDraft
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.services.workspace.dto import Outcome, WorkItem
from qualifier_app.settings import QueuePolicy
from tests.support.cli import main_as
from tests.support.factories import Factory

DELAYS = {
    "no_answer": (30, 60),
    "busy": (10,),
    "voicemail_left": (1440,),
    "wrong_number": (1440,),
    "bad_number": (),
}


def _no_answer(item: WorkItem) -> Outcome:
    return Outcome(
        request_id=str(uuid.uuid4()),
        lead_id=item.lead.id,
        version=item.lead.version,
        kind=OutcomeKind.NO_CONTACT,
        started_at=item.lead.lease_expires_at - timedelta(minutes=20),
        script_id=item.script.id,
        disposition=Disposition.NO_ANSWER,
    )


def _call(services: Services, rep: Actor, factory: Factory, lead_id: int) -> datetime | None:
    item = services.workspace.next_lead(rep)
    assert item.lead.id == lead_id
    services.workspace.submit(rep, _no_answer(item))
    return factory.get_lead(lead_id).next_call_at


def test_the_delays_saved_in_the_database_set_when_the_next_attempt_is_due(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    rita = factory.user("rita")
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    first, second = factory.lead(), factory.lead(score=10)
    # Before any save: the settings file's (here the built-in) 120 minutes.
    assert _call(services, rita, factory, first) == clock.now() + timedelta(minutes=120)

    view = services.retry_rules.save(ada, RetryDraft(3, DELAYS, 30), "call back sooner")
    assert view.shared.delays["no_answer"] == (30, 60) and view.saved_by == "ada"
    assert _call(services, rita, factory, second) == clock.now() + timedelta(minutes=30)
    clock.advance(timedelta(minutes=31))
    assert _call(services, rita, factory, second) == clock.now() + timedelta(minutes=60)
    # The cap of 3 attempts (the file's was 6): the third call sends the lead to nurture.
    clock.advance(timedelta(minutes=61))
    assert _call(services, rita, factory, second) is None
    lead = factory.get_lead(second)
    assert (lead.status, lead.status_reason) == ("nurture", "no contact after 3 call attempts")
    assert lead.recycle_on == (clock.now() + timedelta(days=30)).date()

    with services.db.unit_of_work(write=False) as uow:
        reason, before, after = uow.session.execute(
            select(AuditEntry.reason, AuditEntry.before, AuditEntry.after).where(
                AuditEntry.action == "retry_settings.saved"
            )
        ).one()
    assert reason == "call back sooner"
    assert before["max_attempts"] == 6 and after["delays"]["no_answer"] == [30, 60]


def test_a_lead_past_the_new_cap_is_not_claimed_and_a_raised_cap_lets_it_back(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita")
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    lead_id = factory.lead(attempts=4)
    services.retry_rules.save(ada, RetryDraft(4, DELAYS, 90))
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
    services.retry_rules.save(ada, RetryDraft(8, DELAYS, 90))
    assert services.workspace.next_lead(rita).lead.id == lead_id


def test_a_machine_whose_settings_file_sets_a_value_keeps_its_own(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    rita = factory.user("rita")
    services.retry_rules.save(ada, RetryDraft(3, DELAYS, 30))
    own = RetryOverrides(delays={"no_answer": (45,)})
    settings = replace(services.settings, queue=replace(services.settings.queue, file_retry=own))
    machine = build(settings, clock, db=Database.from_url(settings.database_url))
    try:
        view = machine.retry_rules.view(ada)
        assert view.overridden == ("delay_no_answer",)
        assert view.in_force.delays["no_answer"] == (45,) and view.in_force.max_attempts == 3
        lead_id = factory.lead()
        assert _call(machine, rita, factory, lead_id) == clock.now() + timedelta(minutes=45)
    finally:
        machine.close()


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (RetryDraft(0, DELAYS, 30), "max_attempts", "1 to 50"),
        (RetryDraft(3, DELAYS, 0), "nurture_recycle_days", "1 to 3650"),
        (RetryDraft(3, {**DELAYS, "busy": (0,)}, 30), "delay_busy", "1 to 129600"),
        (RetryDraft(3, {"hung_up": (5,)}, 30), "delays", "not a no-contact disposition"),
    ],
)
def test_bad_retry_rules_are_refused_naming_the_field(
    services: Services, factory: Factory, draft: RetryDraft, field: str, message: str
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.retry_rules.save(ada, RetryDraft(4, DELAYS, 60))
    with pytest.raises(InvalidInput, match=message) as refused:
        services.retry_rules.save(ada, draft)
    assert refused.value.field == field
    assert services.retry_rules.view(ada).shared.max_attempts == 4  # nothing lost


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(services: Services, factory: Factory, role: Role) -> None:
    actor = factory.user(f"u{role.value.replace('_', '')}", role, team=None, queues=())
    reads, changes = role in (Role.SUPERVISOR, Role.ADMIN), role is Role.ADMIN
    for allowed, call in (
        (reads, lambda: services.retry_rules.view(actor)),
        (changes, lambda: services.retry_rules.save(actor, RetryDraft(5, DELAYS, 60))),
    ):
        if allowed:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_the_center_window_from_setup_is_the_default_window(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    services.first_run.set_up(
        CenterSetup(
            "Paris desk", "Europe/Paris", time(10, 0), time(16, 0), "ada", "Correct horse 42!"
        )
    )
    with services.db.unit_of_work(write=False) as uow:
        book = load_rule_book(uow.session, QueuePolicy())
    assert book.rule(book.place_for("FR", None)).window.text() == "10:00-16:00"
    assert book.rule(book.place_for("US", "NY")).window.text() == "08:00-21:00"  # its own rule

    rita = factory.user("rita", queues=("Main",))
    clock.set(datetime(2026, 11, 24, 16, 30, tzinfo=UTC))  # 17:30 in Paris
    lead_id = factory.lead(
        phone_raw="+33 1 42 68 53 00", phone_e164="+33142685300", country="FR", region=None
    )
    with pytest.raises(NothingEligible):
        services.workspace.next_lead(rita)
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 11:00 in Paris
    assert services.workspace.next_lead(rita).lead.id == lead_id


def test_the_command_line_shows_and_sets_the_retry_rules(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    assert main_as("sam", ["--db", database_url, "retry", "show"]) == 0
    assert "not saved yet" in capsys.readouterr().out

    for bad, message in (
        (["--max-attempts", "0"], "the attempt cap must be 1 to 50 calls"),
        (["--delay", "busy=10,x"], "is not a list of whole minutes"),
        (["--delay", "busy"], "must read DISPOSITION=MINUTES"),
    ):
        assert main_as("ada", ["--db", database_url, "retry", "set", *bad]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert main_as("sam", ["--db", database_url, "retry", "set", "--max-attempts", "3"]) == 2
    capsys.readouterr()

    argv = ["retry", "set", "--max-attempts", "4", "--delay", "busy=10,30", "--reason", "fast"]
    assert main_as("ada", ["--db", database_url, *argv]) == 0
    assert "busy: 10, 30" in capsys.readouterr().out
    view = services.retry_rules.view(factory.services.accounts.actor_for("ada"))
    assert view.shared.max_attempts == 4 and view.shared.delays["no_answer"] == (120, 240, 1440)
