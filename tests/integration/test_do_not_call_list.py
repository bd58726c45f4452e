"""The do-not-call list: search, admin-only removal with a reason, and `qualifier dnc remove`."""

from __future__ import annotations

import json

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.roles import Role
from qualifier_app.services.admin.audit import AuditFilter
from tests.support.cli import admin_main
from tests.support.factories import Factory


def test_search_by_value_or_by_words(services: Services, factory: Factory) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.do_not_call.add(sam, phone="212-555-0123", country="US", reason="Angry caller")
    services.do_not_call.add(sam, email="Pat@Example.com", reason="unsubscribe_request")
    everything = services.do_not_call.search(sam)
    assert [entry.kind for entry in everything.entries] == ["email", "phone"]
    assert everything.entries[0].added_by == "sam"

    by_phone = services.do_not_call.search(sam, "+1 (212) 555-0123")
    assert [entry.kind for entry in by_phone.entries] == ["phone"]
    assert by_phone.read_as == "phone +12125550123"
    national = services.do_not_call.search(sam, "212 555 0123", country="US")
    assert national.entries == by_phone.entries
    assert services.do_not_call.search(sam, "pat@EXAMPLE.com").entries[0].kind == "email"
    assert services.do_not_call.search(sam, "+1 212 555 0199").entries == ()
    assert [e.kind for e in services.do_not_call.search(sam, "angry").entries] == ["phone"]
    # "_" and "%" are letters here, not wildcards.
    assert len(services.do_not_call.search(sam, "e_r").entries) == 1
    assert len(services.do_not_call.search(sam, "u_s").entries) == 0
    assert len(services.do_not_call.search(sam, "%").entries) == 0

    with pytest.raises(InvalidInput, match="e-mail 'pat@'") as bad:
        services.do_not_call.search(sam, "pat@")
    assert bad.value.field == "search"
    with pytest.raises(InvalidInput, match="phone '212 555 01': ") as short:
        services.do_not_call.search(sam, "212 555 01")
    assert short.value.field == "search"


def test_removal_is_for_admins_with_a_reason_and_leads_stay_blocked(
    services: Services, factory: Factory
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    lead = factory.lead(phone_e164="+12125550177")
    services.do_not_call.add(sam, phone="+12125550177", reason="complaint")
    entry = services.do_not_call.search(ada).entries[0]

    with pytest.raises(PermissionDenied, match="may not remove an entry"):
        services.do_not_call.remove(sam, entry.id, reason="mistake")
    with pytest.raises(InvalidInput, match="say why") as no_reason:
        services.do_not_call.remove(ada, entry.id, reason="  ")
    assert no_reason.value.field == "reason"
    assert services.do_not_call.search(ada).entries == (entry,)  # nothing lost

    removed = services.do_not_call.remove(ada, entry.id, reason="typed the wrong number")
    assert removed == entry
    assert services.do_not_call.search(ada).entries == ()
    assert factory.get_lead(lead).status == "do_not_call"  # not brought back by itself
    (row,) = services.audit.find(ada, AuditFilter(action="do_not_call.removed")).rows
    assert (row.who, row.reason, row.entity_id) == ("ada", "typed the wrong number", str(entry.id))
    assert row.before is not None and row.before["reason"] == "complaint"

    with pytest.raises(Conflict, match="no longer on the list"):
        services.do_not_call.remove(ada, entry.id, reason="again")
    # Listed again later: it applies at once again.
    services.do_not_call.add(sam, phone="+12125550177", reason="asked again")
    assert len(services.do_not_call.search(sam).entries) == 1


@pytest.mark.parametrize(
    ("role", "may_view", "may_remove"),
    [
        (Role.REP, False, False),
        (Role.TEAM_LEAD, False, False),
        (Role.SUPERVISOR, True, False),
        (Role.ADMIN, True, True),
    ],
)
def test_role_matrix(
    services: Services, factory: Factory, role: Role, may_view: bool, may_remove: bool
) -> None:
    person = factory.user(f"p-{role.value}", role, team="North", queues=())
    services.do_not_call.add(person, email="x@example.com", reason="r")
    entry_id = services.do_not_call.find(
        factory.user("ada", Role.ADMIN, team=None, queues=()),
        phone=None,
        country=None,
        email="x@example.com",
    )
    if may_view:
        services.do_not_call.search(person)
    else:
        with pytest.raises(PermissionDenied):
            services.do_not_call.search(person)
    if may_remove:
        services.do_not_call.remove(person, entry_id, reason="r")
    else:
        with pytest.raises(PermissionDenied):
            services.do_not_call.remove(person, entry_id, reason="r")


def test_cli_list_and_remove(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    lead = factory.lead(email_raw="kim@example.com", email_normalized="kim@example.com")
    assert admin_main(["--db", database_url, "dnc", "add", "--email", "kim@example.com"]) == 0
    assert admin_main(["--db", database_url, "dnc", "list", "--json"]) == 0
    capsys.readouterr()
    assert admin_main(["--db", database_url, "dnc", "list", "--search", "kim@example.com"]) == 0
    assert "email" in capsys.readouterr().out

    remove = ["--db", database_url, "dnc", "remove", "--email", "kim@example.com"]
    assert admin_main([*remove, "--reason", "wrong", "--as", "sam"]) == 2
    assert "may not remove an entry" in capsys.readouterr().err
    assert admin_main([*remove, "--reason", " ", "--as", "ada"]) == 2
    assert "say why" in capsys.readouterr().err
    assert admin_main([*remove, "--reason", "added by mistake", "--as", "ada", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "email"
    assert factory.get_lead(lead).status == "do_not_call"
    assert admin_main([*remove, "--reason", "again"]) == 2
    err = capsys.readouterr().err
    assert "kim@example.com is not on the do-not-call list" in err and err.count("\n") == 1
    assert admin_main(["--db", database_url, "dnc", "list"]) == 0
    assert "no do-not-call entries match" in capsys.readouterr().out


def test_removing_an_entry_that_never_was_says_there_is_none(
    services: Services, factory: Factory, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ada = factory.user("ada", Role.ADMIN, team=None, queues=())
    with pytest.raises(NotFound, match="there is no do-not-call entry 99999"):
        services.do_not_call.remove(ada, 99999, reason="typed the wrong number")
    remove = ["--db", database_url, "dnc", "remove", "--id", "99999", "--reason", "mistake"]
    assert admin_main(remove) == 2
    assert capsys.readouterr().err == "qualifier: error: there is no do-not-call entry 99999\n"
    # One that was listed and came off is said to be no longer on the list.
    services.do_not_call.add(ada, email="gone@example.org", reason="asked")
    entry = services.do_not_call.search(ada).entries[0]
    services.do_not_call.remove(ada, entry.id, reason="added by mistake")
    assert admin_main([*remove[:5], str(entry.id), "--reason", "again"]) == 2
    assert f"do-not-call entry {entry.id} is no longer on the list" in capsys.readouterr().err
