"""Why waiting leads cannot be claimed, and how many: a stale national registry and a
place's rule (Mississippi forbids Sunday calls), in `queue stats`, the team board and the
rep's queue panel, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import RegistrySnapshot
from tests.support.cli import admin_main
from tests.support.factories import Factory

TUESDAY = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York, 09:00 in Jackson
SUNDAY = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)  # 12:00 in New York, 11:00 in Jackson


def registry_file(tmp_path: Path) -> Path:
    path = tmp_path / "201.txt"
    path.write_text("2015550123\n", encoding="utf-8")
    return path


def lines(reasons: tuple[object, ...]) -> list[str]:
    return [getattr(r, "line") for r in reasons]  # noqa: B009 - the DTOs of three services


def test_a_stale_registry_is_named_with_the_leads_it_holds_back(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    clock.set(TUESDAY)
    rita = factory.user("rita")
    sue = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    factory.lead(score=90)
    factory.lead(score=80)
    factory.lead(phone_e164="+442079460000", country="GB", region=None, score=10)
    taken = clock.now().date() - timedelta(days=20)
    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US", as_of=taken)
    assert services.queue.stats(OPERATOR).blocked == ()

    clock.advance(timedelta(days=12))  # 32 days old
    reason = (
        f"US do-not-call registry snapshot of {taken:%Y-%m-%d} is 32 days old (limit 31): "
        "leads in US, PR, VI, GU, MP, AS are not claimable until a fresh import"
    )
    assert lines(services.queue.stats(OPERATOR).blocked) == [f"2 leads: {reason}"]
    day = services.workspace.rep_day(rita, clock.now() - timedelta(hours=2))
    assert lines(day.blocked) == [f"2 leads: {reason}"]
    assert day.eligible_now == 1  # the British lead
    assert lines(services.board.board(sue).blocked) == [f"2 leads: {reason}"]

    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US")
    assert services.queue.stats(OPERATOR).blocked == ()
    assert services.workspace.rep_day(rita, clock.now()).blocked == ()


def test_a_place_that_forbids_sunday_calls_says_so(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    clock.set(SUNDAY)
    rita = factory.user("rita")
    factory.lead(phone_e164="+16015550100", region="MS", score=90)
    factory.lead(phone_e164="+16015550101", region="MS", score=80)
    new_york = factory.lead(score=10)
    stats = services.queue.stats(OPERATOR)
    assert lines(stats.blocked) == ["2 leads: no calls on Sunday in US-MS"]
    # While the rep has a lead to call, the panel leaves the places' rules out.
    assert services.workspace.rep_day(rita, clock.now()).blocked == ()
    assert services.queue.claim_next(rita).id == new_york
    assert lines(services.workspace.rep_day(rita, clock.now()).blocked) == [
        "2 leads: no calls on Sunday in US-MS"
    ]
    clock.set(SUNDAY + timedelta(days=1))  # Monday: Mississippi may be called again
    services.queue.release(rita, new_york)
    assert services.queue.stats(OPERATOR).blocked == ()


def test_queue_stats_prints_each_reason_with_its_count(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command reads the database's own clock: the snapshot is made old by that clock.
    taken = datetime.now(UTC).date() - timedelta(days=40)
    with services.db.unit_of_work() as uow:
        uow.session.add(
            RegistrySnapshot(
                registry_name="US", taken_on=taken, loaded_at=datetime.now(UTC), entries=0
            )
        )
        uow.commit()
    factory.lead()
    factory.lead()
    assert admin_main(["--db", database_url, "queue", "stats"]) == 0
    out = capsys.readouterr().out
    assert (
        f"not claimable: US do-not-call registry snapshot of {taken:%Y-%m-%d} is 40 days old "
        "(limit 31): leads in US, PR, VI, GU, MP, AS are not claimable until a fresh import "
        "(2 leads waiting)"
    ) in out


def test_the_board_recounts_a_closed_place_within_a_minute_and_at_once_when_it_opens(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    # A board refreshes after every change in the center: it reuses the closed places'
    # counts for a minute, unless the places that are closed change.
    clock.set(SUNDAY)
    factory.user("rita")
    sue = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    factory.lead(phone_e164="+16015550100", region="MS", score=90)
    factory.lead(phone_e164="+16015550101", region="MS", score=80)
    assert lines(services.board.board(sue).blocked) == ["2 leads: no calls on Sunday in US-MS"]

    factory.lead(phone_e164="+16015550102", region="MS", score=70)
    clock.advance(timedelta(seconds=20))
    assert lines(services.board.board(sue).blocked) == ["2 leads: no calls on Sunday in US-MS"]
    assert lines(services.queue.stats(OPERATOR).blocked) == ["3 leads: no calls on Sunday in US-MS"]
    clock.advance(timedelta(seconds=40))
    assert lines(services.board.board(sue).blocked) == ["3 leads: no calls on Sunday in US-MS"]

    clock.set(SUNDAY + timedelta(days=1, seconds=-30))  # Monday: Mississippi opens
    assert services.board.board(sue).blocked == ()


def test_the_board_reads_the_registries_and_the_rules_once_a_minute(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    # A board refreshes after every change in the center; what changes a few times a day
    # (a registry's newest snapshot, the places' rules) is read again after a minute.
    clock.set(TUESDAY)
    factory.user("rita")
    sue = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    factory.lead(score=90)
    factory.lead(score=80)
    taken = clock.now().date() - timedelta(days=20)
    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US", as_of=taken)
    clock.advance(timedelta(days=12))  # 32 days old
    [stale] = lines(services.board.board(sue).blocked)
    assert stale.startswith("2 leads: US do-not-call registry snapshot")

    services.registries.import_snapshot(OPERATOR, registry_file(tmp_path), "US")
    clock.advance(timedelta(seconds=20))
    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(Engine, "before_cursor_execute", note)
    try:
        assert lines(services.board.board(sue).blocked) == [stale]
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert sent, "the board read nothing"
    for table in ("registry_snapshots", "calling_rules", "calling_holidays", "calling_profiles"):
        # The count of leads names the profiles of a stale registry's country in a subquery.
        read = [statement for statement in sent if "FROM leads" not in statement]
        assert not any(table in statement for statement in read), table

    clock.advance(timedelta(seconds=41))
    assert services.board.board(sue).blocked == ()
