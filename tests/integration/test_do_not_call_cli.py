"""`qualifier dnc add` from the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from qualifier_app.persistence.models import AuditEntry, Lead
from tests.support.cli import admin_main
from tests.support.factories import Factory


def test_dnc_add_blocks_matching_leads(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_id = factory.lead(phone_e164="+12125550111")
    assert (
        admin_main(
            [
                "--db",
                database_url,
                "dnc",
                "add",
                "--phone",
                "212-555-0111",
                "--country",
                "US",
                "--reason",
                "complaint",
                "--json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result == {"entries_added": 1, "leads_blocked": [lead_id]}
    assert factory.get_lead(lead_id).status == "do_not_call"
    assert admin_main(["--db", database_url, "dnc", "add", "--phone", "+1 212 555 0111"]) == 0
    assert "already listed; 0 leads taken out" in capsys.readouterr().out


def test_dnc_add_refuses_bad_input_in_one_line(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.lead()
    assert admin_main(["--db", database_url, "dnc", "add", "--email", "not an address"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qualifier: error: e-mail 'not an address':") and err.count("\n") == 1
    assert admin_main(["--db", database_url, "dnc", "add"]) == 2
    assert "give a phone number or an e-mail" in capsys.readouterr().err
    # A bad number and a bad address: both said, still in one line.
    both = ["--db", database_url, "dnc", "add", "--phone", "12ab", "--email", "gone@"]
    assert admin_main(both) == 2
    err = capsys.readouterr().err
    assert err.startswith("qualifier: error: phone '12ab': ") and "; e-mail 'gone@': " in err
    assert err.count("\n") == 1
    # A national number: the fix is the command's own --country, not a lead's country.
    argv = ["--db", database_url, "dnc", "add", "--phone", "912 345 678", "--reason", "asked"]
    assert admin_main(argv) == 2
    assert capsys.readouterr().err == (
        "qualifier: error: phone '912 345 678': no country: write it with its +country code, "
        "or give its country\n"
    )
    assert admin_main([*argv, "--country", "PT"]) == 0


def test_dnc_add_counts_its_entries_in_english(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_id = factory.lead(phone_e164="+12125550131")
    db = ["--db", database_url, "dnc", "add"]
    assert admin_main([*db, "--phone", "+12125550131"]) == 0
    assert capsys.readouterr().out == (
        "do-not-call: 1 entry added; 1 lead taken out of every queue\n"
    )
    assert factory.get_lead(lead_id).status == "do_not_call"
    assert admin_main([*db, "--phone", "+12125550132", "--email", "gone@away.example"]) == 0
    assert capsys.readouterr().out == (
        "do-not-call: 2 entries added; 0 leads taken out of every queue\n"
    )


def test_dnc_add_audits_each_lead_with_the_status_it_leaves(
    factory: Factory,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    queued = factory.lead(phone_e164="+12125550141")
    callback = factory.lead(email_raw="ida@example.org", email_normalized="ida@example.org")
    with factory.db.unit_of_work() as uow:
        uow.session.execute(update(Lead).where(Lead.id == callback).values(status="callback"))
        uow.commit()
    argv = ["--db", database_url, "dnc", "add", "--phone", "+12125550141"]
    assert admin_main([*argv, "--email", "ida@example.org", "--reason", "complaint"]) == 0
    capsys.readouterr()
    with factory.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.before, AuditEntry.after).where(
                AuditEntry.action == "lead.do_not_call"
            )
        ).all()
    assert sorted(tuple(row) for row in rows) == sorted(
        [
            (str(queued), {"status": "queued"}, {"status": "do_not_call"}),
            (str(callback), {"status": "callback"}, {"status": "do_not_call"}),
        ]
    )
