"""The center's name, time zone and calling window, changed after setup by an administrator."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, Center
from qualifier_app.services.admin.campaigns import CampaignChange
from tests.integration.test_workspace import GRADE_A, outcome
from tests.support.cli import Runner, in_process
from tests.support.factories import PASSWORD, Factory
from tests.support.partners import add_partner


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def center_audit(services: Services) -> list[tuple[str, object, object]]:
    with services.db.unit_of_work(write=False) as uow:
        return [
            (entry.action, entry.before, entry.after)
            for entry in uow.session.execute(
                select(AuditEntry).where(AuditEntry.entity_type == "center").order_by(AuditEntry.id)
            ).scalars()
        ]


def test_a_center_whose_admin_came_from_user_add_gets_its_name_and_zone_later(
    services: Services, factory: Factory
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    assert not services.center.show(ada).set_up
    with pytest.raises(InvalidInput, match="give both"):
        services.center.change(ada, name="Lisbon Center")

    made = services.center.change(ada, name="  Lisbon   Center ", time_zone="Europe/Lisbon")
    assert (made.name, made.time_zone, made.calling_window) == (
        "Lisbon Center",
        "Europe/Lisbon",
        "09:00-18:00",
    )
    changed = services.center.change(ada, calling_window="08:30-20:00")
    assert changed.calling_window == "08:30-20:00"
    assert services.center.show(ada) == changed
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(Center.window_start, Center.window_end)).one() == (
            510,
            1200,
        )
    assert [action for action, _, _ in center_audit(services)] == [
        "center.set_up",
        "center.changed",
    ]
    assert center_audit(services)[-1][1:] == (
        {
            "name": "Lisbon Center",
            "time_zone": "Europe/Lisbon",
            "window": "09:00-18:00",
            "currency": "USD",
        },
        {
            "name": "Lisbon Center",
            "time_zone": "Europe/Lisbon",
            "window": "08:30-20:00",
            "currency": "USD",
        },
    )


def test_the_center_is_checked_as_setup_checks_it_and_only_admins_change_it(
    services: Services, factory: Factory
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(ada, name="East", time_zone="America/New_York")
    with pytest.raises(InvalidInput, match="time zone 'Mars/Base' is unknown"):
        services.center.change(ada, time_zone="Mars/Base")
    # A city alone is not guessed, but named; a zone typed in other letters is the zone, as
    # the database spells it (Windows finds "europe/zurich", Linux does not).
    with pytest.raises(InvalidInput, match="'Zurich' is unknown; did you mean Europe/Zurich"):
        services.center.change(ada, time_zone="Zurich")
    with pytest.raises(InvalidInput, match="did you mean America/New_York"):
        services.center.change(ada, time_zone="new york")
    services.center.change(ada, time_zone=" europe/zurich ")
    assert services.center.show(ada).time_zone == "Europe/Zurich"
    # A space where the zone database writes an underscore is that zone.
    services.center.change(ada, time_zone="america/new york")
    with pytest.raises(InvalidInput, match="must start before it ends"):
        services.center.change(ada, calling_window="18:00-09:00")
    with pytest.raises(InvalidInput, match="needs a name"):
        services.center.change(ada, name="  ")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    with pytest.raises(PermissionDenied):
        services.center.change(sam, name="Mine")
    # A read refused is not told it may not change: it asked to read.
    with pytest.raises(PermissionDenied) as refused:
        services.center.show(sam)
    assert str(refused.value) == "sam (supervisor) may not read or change the center's settings"
    assert services.center.show(ada).name == "East"
    services.center.change(ada, name="East")  # nothing changes: nothing audited
    assert len(center_audit(services)) == 3  # set up, to Zurich and back


def test_center_show_and_set_on_the_command_line(
    factory: Factory, database_url: str, run: Runner
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    acting = ("--as", "ada", "--password-stdin")
    west = ("--name", "West", "--time-zone", "America/Denver", "--calling-window", "08:00-17:00")
    done = run("--db", database_url, "center", "set", *west, *acting, stdin=PASSWORD)
    assert (done.returncode, done.stdout) == (
        0,
        "West: time zone America/Denver, calls 08:00-17:00, amounts in USD\n"
        # The shipped rules give the US its legal hours, whatever the center's window.
        "that calling window applies where no place has a calling rule of its own; US, US-FL, "
        "US-LA, US-MD, US-MS, US-OK keep their own (Calling rules area)\n"
        "national do-not-call registries honoured: none\n",
    )
    shown = run("--db", database_url, "center", "show", "--json", *acting, stdin=PASSWORD)
    assert json.loads(shown.stdout)["time_zone"] == "America/Denver"
    assert json.loads(shown.stdout)["workstation_window"] is None
    refused = run("--db", database_url, "center", "set", "--calling-window", "9-5", *acting,
                  stdin=PASSWORD)  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr == ("qualifier: error: calling window '9-5' must read like 09:00-18:00\n")


def test_the_center_s_currency_is_every_amount_s(
    factory: Factory, services: Services, database_url: str, run: Runner
) -> None:
    """Every amount was in US dollars: a Zurich center's campaign cost showed "USD", and a
    cost typed "CHF 12'500" or a partner's "48.000 €" was counted as dollars."""
    ada = factory.center("Europe/Zurich")
    services.campaigns.save(ada, "Spring fair", CampaignChange(cost=Decimal(9000)))
    acting = ("--as", "ada", "--password-stdin")
    db = ("--db", database_url)

    def campaign_set(cost: str) -> tuple[int, str]:
        done = run(*db, "campaign", "set", "Spring fair", "--cost", cost, *acting, stdin=PASSWORD)
        return done.returncode, done.stderr

    assert campaign_set("12.500 €") == (
        2,
        "qualifier: error: cost '12.500 €' is in EUR, but the center counts in USD: amounts "
        "are not converted; give it in USD\n",
    )
    refused = run(*db, "center", "set", "--currency", "franc", *acting, stdin=PASSWORD)
    assert (refused.returncode, refused.stderr) == (
        2,
        "qualifier: error: 'franc' is not a currency code: give one of ISO 4217's, such as "
        "USD, EUR, GBP or CHF\n",
    )
    done = run(*db, "center", "set", "--currency", "chf", *acting, stdin=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "amounts in CHF" in done.stdout
    # As the Center area asks before it saves: what the change does to the amounts kept.
    assert done.stdout.splitlines()[-1] == (
        "amounts are never converted: every campaign's cost, partner's pipeline and revenue "
        "kept so far now reads in CHF (was USD)"
    )
    again = run(*db, "center", "set", "--currency", "CHF", *acting, stdin=PASSWORD)
    assert "never converted" not in again.stdout
    # The campaigns' costs are said in it, not converted; new campaigns are in it too.
    assert campaign_set("CHF 12'500") == (0, "")
    assert campaign_set("$12,500")[0] == 2
    services.campaigns.save(ada, "Autumn mailing", CampaignChange(cost=Decimal(100)))
    assert {(c.name, c.cost, c.currency) for c in services.campaigns.list(ada)} == {
        ("Spring fair", Decimal(12500), "CHF"),
        ("Autumn mailing", Decimal(100), "CHF"),
    }
    assert services.center.currency(factory.user("rita")) == "CHF"
    assert center_audit(services)[-1][1:] == (
        {"name": "Harbor Center", "time_zone": "Europe/Zurich", "window": "09:00-18:00",
         "currency": "USD"},
        {"name": "Harbor Center", "time_zone": "Europe/Zurich", "window": "09:00-18:00",
         "currency": "CHF"},
    )  # fmt: skip


def test_the_script_s_budget_is_asked_and_handed_on_in_the_center_s_currency(
    factory: Factory, services: Services
) -> None:
    """A Zurich center's reps were asked for the budget "(USD)", a budget typed "€120.000"
    was kept as 120,000 of them, and the partner read "Approximate budget (USD)"."""
    factory.center("Europe/Zurich", currency="CHF")
    add_partner(services, "West Coast Voice")
    rita = factory.user("rita")
    factory.lead(segment="enterprise")
    item = services.workspace.next_lead(rita)
    assert item.center_currency == "CHF"
    answers = {**GRADE_A, "budget_amount": "€120.000"}
    with pytest.raises(InvalidInput, match="is in EUR, but the center counts in CHF") as refused:
        services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers=answers))
    assert refused.value.field == "budget_amount"
    assert factory.get_lead(item.lead.id).status == "queued"  # nothing saved, still hers

    answers["budget_amount"] = "CHF 120'000"
    services.workspace.submit(rita, outcome(item, OutcomeKind.SALES_READY, answers=answers))
    handoff = services.routing.route(rita, item.lead.id)
    [package] = [
        p for p in services.settings.outbox_dir.rglob("*.json") if str(handoff.id) in p.name
    ]
    said = {a["question"]: a["answer"] for a in json.loads(package.read_text("utf-8"))["answers"]}
    assert said["Approximate budget (CHF)"] == "120000"


def test_a_registry_the_center_honours_blocks_its_numbers_until_it_is_imported(
    services: Services,
    factory: Factory,
    database_url: str,
    run: Runner,
    tmp_path: Path,
    clock: ManualClock,
) -> None:
    """Before, a registry counted only once imported: a center that never imported the US
    registry called US numbers as if it had a fresh snapshot."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    rep = factory.user("rita")
    services.center.change(ada, name="East", time_zone="America/New_York")
    us_number = factory.lead(phone_e164="+12125550102", score=90)
    elsewhere = factory.lead(phone_e164="+4930123456", country="DE", score=10)
    acting = ("--as", "ada", "--password-stdin")
    honour = run("--db", database_url, "center", "set", "--registries", "us", *acting,
                 stdin=PASSWORD)  # fmt: skip
    assert honour.returncode == 0, honour.stderr
    assert "national do-not-call registries honoured: US" in honour.stdout
    # The US number waits; the German one is not held back by a registry of another country.
    assert services.queue.claim_next(rep).id == elsewhere
    services.queue.release(rep, elsewhere)
    assert services.queue.stats(ada).blocked_by_registry == 1
    listing = run("--db", database_url, "dnc", "registries", *acting, stdin=PASSWORD)
    assert "never imported" in listing.stdout and "STALE" in listing.stdout
    path = tmp_path / "registry.txt"
    path.write_text("2015550199\n", encoding="utf-8")
    services.registries.import_snapshot(ada, path, "US")
    clock.advance(timedelta(minutes=2))  # the claim reads the registries once a minute
    assert services.queue.claim_next(rep).id == us_number
    services.queue.release(rep, us_number)

    unknown = run("--db", database_url, "center", "set", "--registries", "XX", *acting,
                  stdin=PASSWORD)  # fmt: skip
    assert unknown.returncode == 2
    assert unknown.stderr == "qualifier: error: unknown registry 'XX'; known registries: US\n"
    assert ("center.changed", {"registries": None}, {"registries": "US"}) in [
        (action, {"registries": before.get("registries")}, {"registries": after.get("registries")})
        for action, before, after in center_audit(services)
        if isinstance(before, dict) and isinstance(after, dict)
    ]


def test_center_show_says_when_this_workstation_narrows_the_window(
    factory: Factory, database_url: str, run: Runner, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """`queue stats` named the settings file's window while `center show` named the center's
    alone, and the administrator could not tell which one the claims use."""
    factory.user("ada", Role.ADMIN, team=None, queues=())
    settings = tmp_path / "settings.toml"
    settings.write_text('[queue]\ncalling_window = "10:00-19:00"\n')
    monkeypatch.setenv("QUALIFIER_CONFIG", str(settings))
    acting = ("--as", "ada", "--password-stdin")
    shown = run("--db", database_url, "center", "show", *acting, stdin=PASSWORD)
    assert shown.stdout.endswith(
        "this workstation's settings file narrows the calling window its claims use to "
        "10:00-19:00 ([queue] calling_window)\n"
    )
    as_json = run("--db", database_url, "center", "show", "--json", *acting, stdin=PASSWORD)
    assert json.loads(as_json.stdout)["workstation_window"] == "10:00-19:00"


def test_a_stale_registry_that_holds_no_lead_is_named_without_a_count_of_none(
    services: Services, factory: Factory
) -> None:
    """The board read "0 leads: the US do-not-call registry … has never been imported"."""
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    services.center.change(ada, name="Lisbon", time_zone="Europe/Lisbon", registries=["US"])
    factory.lead(phone_e164="+4930123456", country="DE")
    tess = factory.user("tess", Role.TEAM_LEAD, queues=())
    [line] = [blocked.line for blocked in services.board.board(tess).blocked]
    assert line == (
        "the US do-not-call registry, which the center honours, has never been imported: "
        "leads in US, PR, VI, GU, MP, AS are not claimable until it is (no waiting lead held "
        "back by it now)"
    )
