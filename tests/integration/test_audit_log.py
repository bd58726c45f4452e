"""The audit viewer's use case and `qualifier audit list|export`: filters, team scope, CSV."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.admin.audit import AuditFilter, describe_change
from qualifier_app.services.admin.campaigns import KEEP, CampaignChange
from tests.support.cli import admin_main
from tests.support.factories import Factory


def _history(services: Services, factory: Factory, clock: ManualClock) -> dict[str, object]:
    """Two teams' reps claim, a supervisor changes a campaign, a lead goes do-not-call."""
    rita = factory.user("rita", Role.REP, team="North", queues=("North queue",))
    otto = factory.user("otto", Role.REP, team="South", queues=("South queue",))
    north_lead = factory.lead(queue="North queue")
    south_lead = factory.lead(queue="South queue", phone_e164="+12125550999")
    services.queue.claim_next(rita)
    clock.advance(timedelta(days=1))
    services.queue.claim_next(otto)
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    clock.advance(timedelta(days=1))
    services.campaigns.save(
        sam,
        "=HYPERLINK(evil)",
        CampaignChange(cost=Decimal("100"), channel=KEEP, starts_on=None, ends_on=None),
        reason="-2+3 budget fix",
    )
    services.do_not_call.add(sam, phone="+1 212 555 0999", reason="asked on the phone")
    return {"rita": rita, "otto": otto, "north": north_lead, "south": south_lead, "sam": sam}


@pytest.mark.as_owner(
    reason="a person's audit rows carry the database's time (audit_log_actor), and this "
    "test filters by a period of the test clock"
)
def test_supervisor_filters_by_user_lead_action_and_period(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    cast = _history(services, factory, clock)
    sam, south = cast["sam"], cast["south"]
    assert isinstance(sam, Actor)
    everything = services.audit.find(sam).rows
    assert [row.at for row in everything] == sorted((row.at for row in everything), reverse=True)

    by_rita = services.audit.find(sam, AuditFilter(user="Rita")).rows
    assert {row.who for row in by_rita} == {"rita"}
    assert [row.action for row in by_rita] == ["lead.claimed"]

    about_south = services.audit.find(sam, AuditFilter(lead_id=int(str(south)))).rows
    assert [row.action for row in about_south] == ["lead.do_not_call", "lead.claimed"]
    blocked = about_south[0]
    assert blocked.who == "sam" and blocked.reason == "asked on the phone"
    assert blocked.changes == "status: queued → do_not_call"

    lead_rows = services.audit.find(sam, AuditFilter(action="lead")).rows
    assert {row.action for row in lead_rows} == {"lead.claimed", "lead.do_not_call"}
    dnc_rows = services.audit.find(sam, AuditFilter(action="do_not_call")).rows
    assert [row.action for row in dnc_rows] == ["do_not_call.added"]
    # An action is matched as a whole word or its dotted start, never a part of one.
    assert services.audit.find(sam, AuditFilter(action="do_not")).rows == ()

    first_day = services.audit.find(
        sam, AuditFilter(since=date(2026, 11, 24), until=date(2026, 11, 24))
    ).rows
    assert {row.action for row in first_day} >= {"lead.claimed"}
    assert all(row.at.date() == date(2026, 11, 24) for row in first_day)
    later = services.audit.find(sam, AuditFilter(since=date(2026, 11, 26))).rows
    assert {row.action for row in later} == {
        "campaign.created",
        "campaign.changed",
        "do_not_call.added",
        "lead.do_not_call",
    }

    page = services.audit.find(sam, limit=2)
    assert len(page.rows) == 2 and page.more


def test_team_lead_sees_only_their_team(
    services: Services, factory: Factory, clock: ManualClock
) -> None:
    cast = _history(services, factory, clock)
    tess = factory.user("tess", Role.TEAM_LEAD, team="North", queues=())
    rows = services.audit.find(tess).rows
    assert rows, "the team lead sees her team's rows"
    about = {(row.entity_type, row.entity_id) for row in rows}
    assert ("lead", str(cast["north"])) in about
    assert ("lead", str(cast["south"])) not in about
    assert {row.who for row in rows} <= {"rita", "tess", "system"}
    assert services.audit.find(tess, AuditFilter(user="otto")).rows == ()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(Role.REP, False), (Role.TEAM_LEAD, True), (Role.SUPERVISOR, True), (Role.ADMIN, True)],
)
def test_who_may_read_the_audit_log(
    factory: Factory, services: Services, role: Role, allowed: bool
) -> None:
    person = factory.user(f"someone-{role.value}", role, team="North", queues=())
    if allowed:
        services.audit.find(person)
    else:
        with pytest.raises(PermissionDenied, match="may not view the audit log"):
            services.audit.find(person)
        with pytest.raises(PermissionDenied):
            services.audit.export_csv(person, AuditFilter(), Path("never.csv"))


def test_bad_filters_say_which_field(services: Services, factory: Factory) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    with pytest.raises(InvalidInput, match="no user 'nobody'") as unknown:
        services.audit.find(sam, AuditFilter(user="nobody"))
    assert unknown.value.field == "user"
    with pytest.raises(InvalidInput, match="ends") as backwards:
        AuditFilter(since=date(2026, 11, 24), until=date(2026, 11, 1))
    assert backwards.value.field == "until"


def test_export_is_spreadsheet_safe(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    cast = _history(services, factory, clock)
    sam = cast["sam"]
    assert isinstance(sam, Actor)
    out = tmp_path / "audit.csv"
    count = services.audit.export_csv(sam, AuditFilter(action="campaign"), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert count == len(rows) >= 1
    assert header == ["When (UTC)", "Who", "Action", "What", "Before → after", "Why"]
    row = next(row for row in rows if row[5])
    assert row[1] == "sam" and row[2].startswith("campaign.")
    assert row[5] == "'-2+3 budget fix"  # would be a formula in a spreadsheet otherwise
    assert not [cell for line in rows for cell in line if cell[:1] in ("=", "+", "-", "@")]
    with pytest.raises(InvalidInput, match=r"\.csv"):
        services.audit.export_csv(sam, AuditFilter(), tmp_path / "audit.xlsx")


def test_describe_change_shows_before_and_after() -> None:
    assert describe_change({"status": "queued", "score": 5}, {"status": "nurture", "score": 5}) == (
        "status: queued → nurture"
    )
    assert describe_change(None, {"queues": ["A", "B"]}) == "queues: A, B"
    assert describe_change({"team": "North"}, {}) == "team: North → (removed)"
    assert describe_change(None, None) == ""


@pytest.mark.as_owner(
    reason="a person's audit rows carry the database's time (audit_log_actor), and this "
    "test lists a period of the test clock"
)
def test_cli_audit_list_and_export(
    services: Services,
    factory: Factory,
    clock: ManualClock,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cast = _history(services, factory, clock)
    south = cast["south"]
    assert admin_main(["--db", database_url, "audit", "list", "--lead", str(south), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["action"] for row in listed["rows"]] == ["lead.do_not_call", "lead.claimed"]
    assert listed["rows"][0]["who"] == "sam" and listed["more"] is False

    assert admin_main(["--db", database_url, "audit", "list", "--user", "rita"]) == 0
    text = capsys.readouterr().out
    assert "lead.claimed" in text and "rita" in text and "do_not_call" not in text

    assert (
        admin_main(
            ["--db", database_url, "audit", "list", "--since", "2026-11-30", "--user", "rita"]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "no audit rows match"
    # A filter that finds nothing because it is part of a word, or a typo, is told so.
    assert admin_main(["--db", database_url, "audit", "list", "--action", "lead.claim"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "no audit rows match",
        "(an action is matched whole or by its dotted start: lead.claimed?)",
    ]
    assert admin_main(["--db", database_url, "audit", "list", "--action", "lead.clamed"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "no audit rows match",
        "(no action this version writes is named or begins with 'lead.clamed': a typo?)",
    ]

    out = tmp_path / "all.csv"
    assert admin_main(["--db", database_url, "audit", "export", "--out", str(out)]) == 0
    assert "audit rows written" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").count("\n") > 4


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--user", "ghost"], "there is no user 'ghost'"),
        (["--since", "yesterday"], "'yesterday' is not a date"),
        (["--lead", "0"], "must be a positive number"),
        (["--since", "2026-11-24", "--until", "2026-11-01"], "ends (2026-11-01) before"),
        (["--as", "rita"], "may not view the audit log"),
    ],
)
def test_cli_audit_bad_input_is_one_line(
    factory: Factory,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    factory.user("rita")
    try:
        code = admin_main(["--db", database_url, "audit", "list", *arguments])
    except SystemExit as exited:  # argparse refuses bad arguments this way
        code = int(str(exited.code))
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_row_no_person_wrote_is_the_systems(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failed sign-in is audited with no actor: shown and found as the system's, never as
    an "operator" (every command acts as a signed-in person)."""
    factory.user("rita")
    with pytest.raises(AuthenticationFailed):
        services.accounts.sign_in("rita", "not her password")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    [failed] = services.audit.find(sam, AuditFilter(user="system", action="login.failed")).rows
    assert failed.who == "system" and failed.worded()[1] == "system"
    assert admin_main(["--db", database_url, "audit", "list", "--user", "System"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if "login.failed" in line]
    assert len(listed) == 1 and " system " in listed[0] and "operator" not in listed[0]
