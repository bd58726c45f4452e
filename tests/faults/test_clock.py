"""One clock, the database's: workstations whose own clocks are 20 minutes off agree on who
holds a lead and whether a prospect may be called, and are told their clock is off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services, build
from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import DatabaseClock, ManualClock, SystemClock
from qualifier_app.domain.errors import LeaseLost, NothingEligible
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Handoff, Lead
from qualifier_app.services.accounts.cli_sessions import SESSION_LIFETIME
from qualifier_app.services.admin.calling_rules import RuleDraft
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.settings import Settings
from tests.support.cli import in_process
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead

SKEW = timedelta(minutes=20)


def workstation(settings: Settings, offset: timedelta) -> Services:
    """The app as built on a workstation whose clock is `offset` off the real time."""
    clock = DatabaseClock(ManualClock(datetime.now(UTC) + offset))
    return build(settings, clock, db=Database.from_url(settings.database_url))


@pytest.fixture
def real_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path / "data")


@pytest.fixture
def slow_and_fast(real_settings: Settings) -> Iterator[tuple[Services, Services]]:
    slow = workstation(real_settings, -SKEW)
    fast = workstation(real_settings, SKEW)
    yield slow, fast
    slow.close()
    fast.close()


def noon_zone(now: datetime) -> tuple[str, datetime]:
    """A time zone where it is now about noon, and the local time there."""
    hours = (12 - now.hour + 12) % 24 - 12  # -12 … 11
    name = "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # POSIX signs are reversed
    return name, now + timedelta(hours=hours)


def lead_in_window(
    factory: Factory, services: Services, start: time, end: time, place: str = ""
) -> int:
    """A lead in a zone where it is about noon now, called only between `start` and `end`:
    the calling rule of `place` says so (the center's default rule without one)."""
    zone, _ = noon_zone(datetime.now(UTC))
    if place:
        services.calling_rules.save_rule(
            OPERATOR, RuleDraft(place, f"{start:%H:%M}", f"{end:%H:%M}")
        )
    with services.db.unit_of_work() as uow:
        profile = profile_id_for(uow.session, [zone], CallingWindow(start, end), place=place)
        uow.commit()
    return factory.lead(time_zones=zone, calling_profile_id=profile)


def open_lead(factory: Factory, services: Services) -> int:
    return lead_in_window(factory, services, time(0, 0), time(23, 59))


def test_the_frame_takes_the_databases_time_and_measures_the_skew(
    slow_and_fast: tuple[Services, Services],
) -> None:
    _slow, fast = slow_and_fast
    frame = Frame(fast.db, fast.clock)
    before = datetime.now(UTC)
    with frame.read(None) as reading:
        read = reading.now
    after = datetime.now(UTC)
    # The database runs on this machine: its time is the real time, not the fast clock's.
    assert before - timedelta(seconds=2) <= read <= after + timedelta(seconds=2)
    assert isinstance(fast.clock, DatabaseClock)
    assert abs(fast.clock.offset + SKEW) < timedelta(seconds=5)
    notice = fast.clock.skew_notice()
    assert notice is not None and "20 min ahead of the database's" in notice
    # Outside a transaction the corrected workstation clock agrees with the database.
    assert abs(fast.clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_a_clock_within_a_minute_is_not_reported(real_settings: Settings) -> None:
    services = workstation(real_settings, timedelta(seconds=30))
    try:
        assert isinstance(services.clock, DatabaseClock)
        assert services.clock.skew_notice() is None  # nothing measured yet
        with Frame(services.db, services.clock).read(None):
            pass
        assert services.clock.skew_notice() is None
    finally:
        services.close()


def test_skewed_workstations_never_share_a_lead(
    slow_and_fast: tuple[Services, Services],
) -> None:
    slow, fast = slow_and_fast
    factory = Factory(slow)
    rita = factory.user("rita")
    sam = factory.user("sam")
    lead_id = open_lead(factory, slow)

    claimed = slow.queue.claim_next(rita)
    assert claimed.id == lead_id
    # Seen from a workstation 20 minutes fast, a lease taken on one 20 minutes slow had run
    # out five minutes ago; seen from the database it has 15 minutes to go.
    with pytest.raises(NothingEligible):
        fast.queue.claim_next(sam)
    with pytest.raises(LeaseLost, match="Rita holds it now"):
        fast.queue.heartbeat(sam, lead_id)
    assert slow.queue.heartbeat(rita, lead_id) > datetime.now(UTC) + timedelta(minutes=14)

    with slow.db.unit_of_work(write=False) as uow:
        lead = uow.session.get(Lead, lead_id)
        assert lead is not None and lead.lease_expires_at is not None
        expires = lead.lease_expires_at
        audited = uow.session.execute(
            select(AuditEntry.at).where(AuditEntry.action == "lead.claimed")
        ).scalar_one()
    real = datetime.now(UTC)
    assert real + timedelta(minutes=14) < expires <= real + timedelta(minutes=15, seconds=5)
    assert abs(audited - real) < timedelta(minutes=1), "audit time is the database's"


def test_calling_windows_are_checked_in_the_databases_hour(
    slow_and_fast: tuple[Services, Services],
) -> None:
    slow, fast = slow_and_fast
    factory = Factory(slow)
    rita, sam = factory.user("rita"), factory.user("sam")
    _, local = noon_zone(datetime.now(UTC))
    minute = local.hour * 60 + local.minute
    # Open for ten more minutes: the fast workstation's own clock says it closed already.
    closing = lead_in_window(
        factory, slow, time(10, 0), CallingWindow.from_minutes(0, minute + 10).end, "IS"
    )
    # Opens in ten minutes: the fast workstation's own clock says it is open already.
    lead_in_window(
        factory,
        slow,
        CallingWindow.from_minutes(minute + 10, minute + 70).start,
        time(23, 0),
        "NO",
    )
    assert fast.queue.claim_next(rita).id == closing
    with pytest.raises(NothingEligible):
        fast.queue.claim_next(sam)


def test_sla_sweeps_judge_deadlines_by_the_databases_time(
    slow_and_fast: tuple[Services, Services], real_settings: Settings
) -> None:
    slow, fast = slow_and_fast
    factory = Factory(slow)
    rep = factory.user("rita")
    add_partner(slow, "Alpha Voice", sla_hours=1)
    handoff = slow.routing.route(rep, sales_ready_lead(factory, rep))

    def deadline_in(delta: timedelta) -> None:
        with slow.db.unit_of_work() as uow:
            row = uow.session.get(Handoff, handoff.id)
            assert row is not None
            # Delivered an hour before the deadline (no mail server here: it would wait).
            row.status, row.deadline_at = "sent", datetime.now(UTC) + delta
            row.sent_at = row.delivered_at = row.deadline_at - timedelta(hours=1)
            uow.commit()

    # Ten minutes to go: the fast workstation's own clock says it ran out ten minutes ago.
    deadline_in(timedelta(minutes=10))
    assert fast.sla.sweep(rep).expired == 0
    assert handoff_row(slow, handoff.id).status == "sent"
    # Ran out ten minutes ago: a fresh slow workstation's own clock says ten minutes to go.
    deadline_in(-timedelta(minutes=10))
    late = workstation(real_settings, -SKEW)
    try:
        assert late.sla.sweep(rep).expired == 1
    finally:
        late.close()
    assert handoff_row(slow, handoff.id).status == "expired"


def test_an_export_is_audited_at_the_databases_time(
    real_settings: Settings, tmp_path: Path
) -> None:
    fast = workstation(real_settings, SKEW)  # nothing read from the database yet
    try:
        supervisor = Factory(fast).user("sue", role=Role.SUPERVISOR)
        ahead = workstation(real_settings, SKEW)
        try:
            assert ahead.exports.export_leads(supervisor, tmp_path / "leads.csv").rows == 0
        finally:
            ahead.close()
        with fast.db.unit_of_work(write=False) as uow:
            audited = uow.session.execute(
                select(AuditEntry.at).where(AuditEntry.action == "leads.exported")
            ).scalar_one()
        assert abs(audited - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        fast.close()


def test_signing_in_on_the_command_line_says_the_clock_is_off(
    real_settings: Settings,
    file_keyring: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """`qualifier login` on a laptop three hours fast: one warning line, as the desktop app's
    sign-in says it; the sign-in lasts as long by the database's clock all the same."""
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    setup = workstation(real_settings, timedelta(0))
    try:
        Factory(setup).user("rita")
    finally:
        setup.close()
    run = in_process(capsys, monkeypatch)
    url = real_settings.database_url
    login = ("--db", url, "login", "--as", "rita", "--password-stdin")

    assert run(*login, stdin=f"{PASSWORD}\n").stderr == ""  # a right clock: nothing said
    workstation_now = SystemClock.now
    monkeypatch.setattr(SystemClock, "now", lambda self: workstation_now(self) + timedelta(hours=3))
    done = run(*login, stdin=f"{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "qualifier: warning: This workstation's clock is 3 h 00 min ahead of the database's. "
        "Qualifier uses the database's time, but please have the clock and its time zone "
        "corrected."
    ]
    until = datetime.strptime(done.stdout.split(" until ")[1].strip(), "%Y-%m-%d %H:%M UTC")
    assert abs(until.replace(tzinfo=UTC) - (datetime.now(UTC) + SESSION_LIFETIME)) < SKEW
