"""Adding a center's people from a list: fifty reps on the first day were fifty `user add`
commands, each password typed twice. Every row is added or refused with its reason, each
person signs in with their one-time password and must choose their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.user_list import role_of
from tests.integration.test_staff_moves import data_dir, run
from tests.support.cli import Runner
from tests.support.factories import PASSWORD, Factory

NEW_PASSWORD = "Quartz-Field-2210"


__all__ = ["data_dir", "run"]  # the command line's fixtures, shared with the staff tests


@pytest.mark.as_owner(
    reason="each person's password is one the test's sign-in router does not know"
)
def test_everyone_on_the_list_is_added_or_refused_with_the_reason(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.queue("East Main", team="East")
    factory.user("rosa", team="East", queues=())
    people = tmp_path / "people.csv"
    people.write_text(
        "Staff for December;;;\n"  # a title above the header
        "Benutzername;Name;Rolle;Team\n"
        "nina;Nina Novak;Rep;East\n"
        "tom;Tom Lead;Team Lead;east\n"
        "sam;;supervisor;\n"
        ";;;\n"  # a blank row names nobody: skipped, the lines after keep their numbers
        "rosa;Rosa;rep;East\n"
        "Nina;Nina again;rep;East\n"
        "zoe;Zoe;king;East\n"
        "max;Max;;Nowhere\n"
        "bad login!;X;rep;East\n"
        "Benutzername;Name;Rolle;Team\n"
        ";Nobody;rep;East\n"
        f"9 lives;{'N' * 130};boss;East\n",  # three problems, each said
        encoding="utf-8",
    )
    lines: list[int] = []
    done = services.people_list.add_all(admin, people, lines.append)

    assert done.rows == 11
    assert (done.blank, done.blank_note()) == (1, "; 1 blank row between them skipped")
    assert [(p.line, p.login, p.name, p.role, p.team) for p in done.added] == [
        (3, "nina", "Nina Novak", "rep", "East"),
        (4, "tom", "Tom Lead", "team_lead", "East"),
        (5, "sam", "sam", "supervisor", None),
    ]
    assert [(r.line, r.login, r.reason.split(" must ")[0]) for r in done.refused] == [
        (7, "rosa", "a user 'rosa' exists already"),
        (8, "Nina", "the login is also on row 3"),
        (9, "zoe", "role 'king' is not one of Rep, Team lead, Supervisor, Administrator"),
        (10, "max", "there is no team 'Nowhere'"),
        (11, "bad login!", "login 'bad login!'"),  # … must start with a letter …
        (12, "Benutzername", "the column titles again, no data (files put one after another?)"),
        (13, "", "no login"),
        (14, "9 lives", "login '9 lives'"),
    ]
    assert done.refused[-1].reason.split("; ")[1:] == [
        "the name must have at most 120 characters",
        "role 'boss' is not one of Rep, Team lead, Supervisor, Administrator",
    ]
    assert len(done.added) + len(done.refused) == done.rows  # every row accounted for
    assert lines == [3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14]

    # A rep added to a team works its queues; everyone signs in with the password given
    # once, and must choose their own before anything else.
    users = {u.login: u for u in services.accounts.list_users(admin)}
    assert users["nina"].queues == ("East Main",)
    for person in done.added:
        signed_in = services.accounts.sign_in(person.login, person.one_time_password).actor
        assert services.staff.must_change_password(signed_in)
        services.staff.change_own_password(signed_in, person.one_time_password, NEW_PASSWORD)
    assert services.accounts.sign_in("nina", NEW_PASSWORD).actor.role is Role.REP
    assert len({p.one_time_password for p in done.added}) == 3


def test_a_workbook_list_and_who_may_use_it(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    tina = factory.user("tina", Role.TEAM_LEAD, team="East", queues=())
    factory.team("East")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Username", "Full name", "Team"])  # no role column: everyone is a rep
    sheet.append(["omar", "Omar Haddad", "East"])
    sheet.append(["wes", "Wes from the West team", "East"])
    sheet.row_dimensions[3].hidden = True  # the list filtered to one team
    people = tmp_path / "people.xlsx"
    workbook.save(people)
    with pytest.raises(PermissionDenied):
        services.people_list.add_all(tina, people)
    done = services.people_list.add_all(admin, people)
    assert ([p.login for p in done.added], done.rows, done.hidden) == (["omar"], 1, 1)

    no_login = tmp_path / "names.csv"
    no_login.write_text("Name,Team\nOmar,East\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="the file has no column for login"):
        services.people_list.add_all(admin, no_login)


def test_roles_as_lists_write_them() -> None:
    assert role_of("") is Role.REP
    assert role_of(" Team-Leader ") is Role.TEAM_LEAD
    assert role_of("team_lead") is Role.TEAM_LEAD
    assert role_of("Administrator") is Role.ADMIN
    assert role_of("Agent") is Role.REP
    # As the app names them in the center's language (the Users area's role list).
    assert role_of("Teamleitung") is Role.TEAM_LEAD
    assert role_of("Chef d'équipe") is Role.TEAM_LEAD
    assert role_of("Líder de equipe") is Role.TEAM_LEAD
    assert role_of("Administrador") is Role.ADMIN
    with pytest.raises(InvalidInput, match="role 'boss' is not one of"):
        role_of("boss")


def test_user_import_on_the_command_line(
    database_url: str, factory: Factory, run: Runner, tmp_path: Path
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    factory.team("East")
    people = tmp_path / "people.csv"
    people.write_text("login,name,role,team\nnina,Nina,rep,East\nzoe,Zoe,king,East\n")
    as_ada = ("--as", "ada", "--password-stdin")
    done = run("--db", database_url, "user", "import", str(people), *as_ada,
               stdin=f"{PASSWORD}\n")  # fmt: skip
    # A refused row is someone who cannot sign in: a script is told by the exit code.
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "people.csv: 2 rows read = 1 added + 1 refused"
    assert lines[1].startswith("one-time passwords (shown once")
    assert lines[-1].split()[:4] == ["nina", "Nina", "rep", "East"]
    one_time = lines[-1].split()[4]
    assert done.stderr.splitlines() == [
        "qualifier: row 3 (zoe): role 'king' is not one of Rep, Team lead, Supervisor, "
        "Administrator"
    ]
    # The one-time password opens nothing but choosing one's own.
    refused = run("--db", database_url, "queue", "stats", "--as", "nina", "--password-stdin",
                  stdin=f"{one_time}\n")  # fmt: skip
    assert refused.returncode == 2
    assert "is a one-time password" in refused.stderr

    again = run("--db", database_url, "user", "import", str(people), "--json", *as_ada,
                stdin=f"{PASSWORD}\n")  # fmt: skip
    report = json.loads(again.stdout)
    assert again.returncode == 1
    assert (report["rows"], report["added"]) == (2, [])
    assert report["refused"][0]["reason"] == "a user 'nina' exists already"

    missing = run("--db", database_url, "user", "import", str(tmp_path / "none.csv"), *as_ada,
                  stdin=f"{PASSWORD}\n")  # fmt: skip
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [
        f"qualifier: error: {tmp_path / 'none.csv'} does not exist"
    ]

    one = tmp_path / "one.csv"  # it said "1 rows read"
    one.write_text("login,name,role,team\nolga,Olga,rep,East\n")
    single = run("--db", database_url, "user", "import", str(one), *as_ada,
                 stdin=f"{PASSWORD}\n")  # fmt: skip
    assert single.returncode == 0, single.stderr
    assert single.stdout.splitlines()[0] == "one.csv: 1 row read = 1 added + 0 refused"
