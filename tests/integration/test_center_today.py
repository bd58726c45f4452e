"""The center's day is "today" where that decides something shared: a nurture lead comes back at
midnight of its recycle date where the center is (in New York it came back at 19:00 the
evening before, UTC's midnight), and a partner's close date is in the future by the center's
calendar, whether a channel manager enters it or a partner's file says it. On both
databases."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.settings import Settings
from tests.support.check_calls import ANSWERS_CONTACTED, answer, check_call_due, check_of
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server

NEW_YORK = ZoneInfo("America/New_York")
# 22:00 on November 25 in New York: the 26th in UTC already.
EVENING = datetime(2026, 11, 26, 3, tzinfo=UTC)


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered, and partners report on them."""
    return with_mail_server(settings, smtp_server)


def test_a_nurture_lead_comes_back_at_midnight_where_the_center_is(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    factory.center("America/New_York")
    rita = factory.user("rita")
    lead = factory.lead(status="nurture", recycle_on=date(2026, 11, 26))
    clock.set(EVENING)
    assert services.nurture.recycle_due(rita) == 0
    assert factory.get_lead(lead).status == "nurture"
    clock.set(datetime(2026, 11, 26, 0, 30, tzinfo=NEW_YORK).astimezone(UTC))
    assert services.nurture.recycle_due(rita) == 1
    assert factory.get_lead(lead).status == "queued"


def _accepted_handoff(services: Services, factory: Factory) -> tuple[Actor, int]:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    services.handoffs.record_feedback(sam, handoff.id, "accepted")
    return sam, handoff.id


def test_a_close_date_is_in_the_future_by_the_center_s_calendar(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    factory.center("America/New_York")
    sam, handoff = _accepted_handoff(services, factory)
    clock.set(EVENING)
    with pytest.raises(InvalidInput) as future:
        services.handoffs.record_feedback(
            sam, handoff, "won", revenue=Decimal(9000), closed_on=date(2026, 11, 26)
        )
    assert future.value.field == "closed_on"
    won = services.handoffs.record_feedback(
        sam, handoff, "won", revenue=Decimal(9000), closed_on=date(2026, 11, 25)
    )
    assert (won.status, handoff_row(services, handoff).closed_on) == ("won", date(2026, 11, 25))


def test_a_partner_file_s_close_date_is_in_the_future_by_the_center_s_calendar(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    factory.center("America/New_York")
    sam, handoff = _accepted_handoff(services, factory)
    clock.set(EVENING)
    path = tmp_path / "alpha.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Handoff", "Stage", "Amount", "Close Date"],
                [str(handoff), "Closed Won", "9000", "2026-11-26"],
            ]
        )
    report = services.handoffs.import_feedback(sam, path, "Alpha Voice")
    assert (report.applied, report.rejected) == (0, 1)
    assert handoff_row(services, handoff).status == "accepted"


def test_a_lost_lead_closes_and_comes_back_by_the_center_s_calendar(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    factory.center("America/New_York")
    sam, handoff = _accepted_handoff(services, factory)
    clock.set(EVENING)
    services.handoffs.record_feedback(sam, handoff, "lost", reason="went with a rival")
    assert handoff_row(services, handoff).closed_on == date(2026, 11, 25)
    services.handoffs.back_to_nurture(sam, handoff)
    lead = factory.get_lead(handoff_row(services, handoff).lead_id)
    days = services.settings.routing.nurture_recycle_days
    assert (lead.status, lead.recycle_on) == ("nurture", date(2026, 11, 25) + timedelta(days=days))


def test_a_check_call_counts_the_center_s_days_in_berlin(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    """After midnight in Berlin, "the partner called today" names a day UTC has not begun,
    and a handoff sent then was sent on that day, not the one before."""
    factory.center("Europe/Berlin")
    rita = factory.user("rita.rep")
    # 00:30 on November 25 in Berlin; its check day is 00:30 on December 2 (18:30 in New York).
    clock.set(datetime(2026, 11, 24, 23, 30, tzinfo=UTC))
    _, handoff = check_call_due(services, factory, clock, rita)
    item = services.workspace.next_lead(rita)
    receipt = answer(services, rita, item, {**ANSWERS_CONTACTED, "contacted_on": "2026-12-02"})
    assert receipt.status == "handed_off"
    check = check_of(services, handoff)
    assert check is not None and check.contacted_on == date(2026, 12, 2)
    table = services.check_calls.report(OPERATOR, "partner")
    [everyone, _] = [
        dict(zip((c.key for c in table.columns), row, strict=True)) for row in table.rows
    ]
    assert (everyone["partner_rep"], everyone["median_days"]) == ("", 7.0)
