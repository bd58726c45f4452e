"""`qualifier lead find` and `qualifier lead show`: text, JSON, and one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.support.cli import admin_main
from tests.support.factories import Factory


def test_find_and_show(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(
        company="Northwind", last_name="Okafor", phone_raw="212 555 0177", phone_e164="+12125550177"
    )
    factory.services.queue.claim_next(rep)
    # The command reads the database's own time: a lease that lasts past the test.
    factory.set_lead(lead, lease_expires_at=datetime(2100, 1, 1, tzinfo=UTC))

    assert admin_main(["--db", database_url, "lead", "find", "(212) 555-0177"]) == 0
    out = capsys.readouterr().out
    assert "Northwind" in out and "Rita" in out and "phone +12125550177" in out

    assert admin_main(["--db", database_url, "lead", "find", "okaf", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [hit["id"] for hit in found["hits"]] == [lead]
    assert found["hits"][0]["held_by"] == "Rita"

    assert admin_main(["--db", database_url, "lead", "find", "030 901820", "--country", "DE"]) == 0
    assert "no lead found (phone +4930901820)" in capsys.readouterr().out

    assert admin_main(["--db", database_url, "lead", "show", str(lead)]) == 0
    out = capsys.readouterr().out
    assert f"Lead {lead}: Northwind" in out and "lead.claimed" in out and "Held by Rita" in out

    assert admin_main(["--db", database_url, "lead", "show", str(lead), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == lead
    claimed = [event for event in record["timeline"] if event["code"] == "lead.claimed"]
    assert [event["title"] for event in claimed] == ["Lead claimed"]


def test_errors_are_one_line(
    factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.lead()
    assert admin_main(["--db", database_url, "lead", "show", "999"]) == 2
    assert capsys.readouterr().err == "qualifier: error: there is no lead 999\n"
    assert admin_main(["--db", database_url, "lead", "find", "555-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qualifier: error: phone 555-01: ") and err.count("\n") == 1
    assert admin_main(["--db", database_url, "lead", "find", "x"]) == 2
    assert "at least 2 letters" in capsys.readouterr().err
    # An unknown country is named, not taken for the default one.
    for command in (["lead", "find", "ab"], ["person", "export", "--phone", "030 901820"]):
        with pytest.raises(SystemExit) as exited:  # argparse's own exit for a bad argument
            admin_main(["--db", database_url, *command, "--country", "XX"])
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert "'XX' is not a country (an ISO code like US, DE)" in err and err.count("\n") == 1
