"""Editing the calling rules in the database: checked (window of an hour or more, end after
start, days, caps >= 1), audited, read by the queue's rule book, and who may."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.calling_window import CallingRules, CallingWindow
from qualifier_app.domain.errors import InvalidFields, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry
from qualifier_app.services.admin.calling_rules import RuleDraft
from qualifier_app.services.queue.calling_rules import load_rule_book
from qualifier_app.settings import QueuePolicy
from tests.support.factories import Factory

GERMANY = RuleDraft("de", "09:00", "20:00", "12345", 2, 5, "UWG section 7")


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (RuleDraft("DE", "9", "20:00"), "start", "not a time of day"),
        (RuleDraft("DE", "20:00", "09:00"), "end", "must end after it starts"),
        (RuleDraft("DE", "09:00", "09:30"), "end", "at least an hour"),
        (RuleDraft("DE", "09:00", "20:00", ""), "weekdays", "at least one day"),
        (RuleDraft("DE", "09:00", "20:00", "12345", 0), "calls_per_day", "at least 1"),
        (RuleDraft("DE", "09:00", "20:00", "12345", 3, 2), "calls_per_week", "below the daily"),
        (RuleDraft("Germany", "09:00", "20:00"), "place", "not a place"),
    ],
)
def test_bad_rules_are_refused_naming_the_field(
    services: Services, factory: Factory, draft: RuleDraft, field: str, message: str
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.calling_rules.save_rule(admin, GERMANY)
    with pytest.raises(InvalidInput, match=message) as refused:
        services.calling_rules.save_rule(admin, draft)
    assert refused.value.field == field
    (saved,) = [r for r in services.calling_rules.rules(admin) if r.place == "DE"]
    assert (saved.start, saved.end, saved.calls_per_day) == ("09:00", "20:00", 2)  # kept


def test_every_field_at_fault_is_named_at_once(services: Services, factory: Factory) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    with pytest.raises(InvalidFields) as refused:
        services.calling_rules.save_rule(admin, RuleDraft("Germany", "9", "20:00", "", 0, 0))
    problems = refused.value.problems
    assert [problem.field for problem in problems] == [
        "place",
        "start",
        "weekdays",
        "calls_per_day",
        "calls_per_week",
    ]
    assert str(refused.value).startswith("'Germany' is not a place") and "; 9 is not" in str(
        refused.value
    )
    assert not [r for r in services.calling_rules.rules(admin) if r.place == "DE"]


def test_rules_and_holidays_are_audited_and_read_by_the_queue(
    services: Services, factory: Factory
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    saved = services.calling_rules.save_rule(admin, GERMANY, "German law")
    assert saved.cells()[:5] == ("DE", "09:00-20:00", "Mon, Tue, Wed, Thu, Fri", "2", "5")
    services.calling_rules.save_rule(admin, RuleDraft("", "10:00", "18:00"), "our default")
    christmas = date(2026, 12, 25)
    services.calling_rules.add_holiday(admin, "DE", christmas, "Christmas")
    with pytest.raises(InvalidInput, match="already a holiday") as twice:
        services.calling_rules.add_holiday(admin, "DE", christmas)
    assert twice.value.field == "on"
    with pytest.raises(InvalidInput, match="add its rule first") as ruleless:
        services.calling_rules.add_holiday(admin, "FR", christmas)
    assert ruleless.value.field == "place"

    views = {r.place: r for r in services.calling_rules.rules(admin)}
    assert views["DE"].holidays == 1 and views[""].label.startswith("Default")
    assert [h.name for h in services.calling_rules.holidays(admin, "de")] == ["Christmas"]

    with services.db.unit_of_work(write=False) as uow:
        book = load_rule_book(uow.session, QueuePolicy())
        germany = book.rule(book.place_for("DE", "BY"))
        assert germany.calls_per_day == 2 and germany.weekdays == "12345"
        noon = datetime(2026, 12, 25, 11, 0, tzinfo=UTC)
        assert "legal holiday" in (germany.why_closed(("Europe/Berlin",), noon) or "")
        assert book.rule(book.place_for("FR", None)).window.text() == "10:00-18:00"
        actions = list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-3:] == ["calling_rule.saved", "calling_rule.saved", "calling_holiday.added"]

    services.calling_rules.remove_holiday(admin, "DE", christmas, "moved")
    services.calling_rules.remove_rule(admin, "DE", "no German leads any more")
    with pytest.raises(InvalidInput, match="not removed"):
        services.calling_rules.remove_rule(admin, "")
    with pytest.raises(NotFound):
        services.calling_rules.remove_rule(admin, "DE")
    assert "DE" not in [r.place for r in services.calling_rules.rules(admin)]
    assert not services.calling_rules.holidays(admin, "DE")


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(services: Services, factory: Factory, role: Role) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.calling_rules.save_rule(admin, GERMANY)
    services.calling_rules.add_holiday(admin, "DE", date(2026, 10, 3))
    actor = factory.user(f"u{role.value.replace('_', '')}", role, team=None, queues=())
    rules = services.calling_rules
    reads = {
        "rules": lambda: rules.rules(actor),
        "holidays": lambda: rules.holidays(actor, "DE"),
        "retry_rules": lambda: services.retry_rules.view(actor),
    }
    changes = {
        "add_holiday": lambda: rules.add_holiday(actor, "DE", date(2026, 12, 25)),
        "remove_holiday": lambda: rules.remove_holiday(actor, "DE", date(2026, 10, 3)),
        "save_rule": lambda: rules.save_rule(actor, RuleDraft("DE", "08:00", "20:00")),
        "remove_rule": lambda: rules.remove_rule(actor, "DE"),
    }
    for cases, allowed in (
        (reads, role in (Role.SUPERVISOR, Role.ADMIN)),
        (changes, role is Role.ADMIN),
    ):
        for name, call in cases.items():
            if allowed:
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()
                assert name


def test_the_default_rule_applies_everywhere_else_unless_a_machine_overrides_its_window(
    services: Services, factory: Factory
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.calling_rules.save_rule(admin, RuleDraft("", "10:00", "18:00", "12345", 4))
    services.calling_rules.add_holiday(admin, "", date(2026, 12, 24), "closed")
    saturday = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    with services.db.unit_of_work(write=False) as uow:
        book = load_rule_book(uow.session, QueuePolicy())
        default = book.rule(book.place_for("FR", None))
        assert (default.window.text(), default.calls_per_day) == ("10:00-18:00", 4)
        assert "no calls on Saturday" in (default.why_closed(("Europe/Paris",), saturday) or "")
        assert date(2026, 12, 24) in default.holidays
        machine = QueuePolicy(calling_rules=CallingRules(CallingWindow.parse("09:00-17:00")))
        overridden = load_rule_book(uow.session, machine).default
        # The machine narrows the center's 10:00-18:00 to 10:00-17:00; it cannot add 09:00.
        assert overridden.window.text() == "10:00-17:00" and overridden.calls_per_day == 4
