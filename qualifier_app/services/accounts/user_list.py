"""Adding a center's people from a list (CSV or XLSX, a row each: login, name, role, team), as
an administrator does on the first day for fifty reps at once. Each person gets a one-time
password they replace at their first sign-in, as the Users area gives one; on PostgreSQL their
own database login is made as for one person added by hand. Every row is accounted for: added,
or refused with the reason (a login taken, a team that does not exist, a role not known), and
one refused row stops none of the others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from qualifier_app.domain.errors import Gathered, InvalidInput, QualifierError
from qualifier_app.domain.normalize import fold
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.domain.text import listed, message
from qualifier_app.integrations.tabular import (
    UnreadableRow,
    blank_between,
    blank_rows_note,
    header_again,
    read_table,
    repeats_header,
)
from qualifier_app.services.accounts.dto import UserSummary
from qualifier_app.services.accounts.passwords import one_time_password
from qualifier_app.services.accounts.staff import StaffService
from qualifier_app.services.accounts.users import AccountService, check_login, display_name_of
from qualifier_app.services.intake.batches import cell, header_rule, map_header

USER_COLUMNS: dict[str, tuple[str, ...]] = {
    "login": ("username", "user_name", "user", "user_id", "benutzername", "benutzer",
              "usuario", "utilisateur", "identifiant", "utilizador"),
    "name": ("display_name", "full_name", "person", "anzeigename", "nombre", "nom", "nome"),
    "role": ("rolle", "rol", "papel", "ruolo"),
    "team": ("team_name", "equipe", "equipo", "equipa", "squadra"),
}  # fmt: skip
# A role as lists write it, in English or as the app names it in the center's language; an
# empty one is a rep's, the role most rows of such a list have.
_ROLE_WORDS = {
    **dict.fromkeys(("rep", "reps", "representative", "agent", "agente"), Role.REP),
    **dict.fromkeys(("team lead", "teamlead", "team leader", "lead", "teamleitung",
                     "teamleiter", "jefe de equipo", "lider de equipo", "lider de equipe",
                     "chef d equipe", "chef d'equipe"), Role.TEAM_LEAD),
    **dict.fromkeys(("supervisor", "superviseur"), Role.SUPERVISOR),
    **dict.fromkeys(("admin", "administrator", "administrador", "administrateur"), Role.ADMIN),
}  # fmt: skip


@dataclass(frozen=True)
class AddedPerson:
    line: int
    login: str
    name: str
    role: str
    team: str | None
    one_time_password: str


@dataclass(frozen=True)
class RefusedRow:
    line: int
    login: str
    reason: str


@dataclass(frozen=True)
class PeopleAdded:
    file: str
    rows: int
    added: tuple[AddedPerson, ...]
    refused: tuple[RefusedRow, ...]
    hidden: int = 0  # rows the workbook hides (a filter): not read, as in every import
    blank: int = 0  # blank rows between the rows read: skipped, and said so

    def blank_note(self) -> str:
        """The summary's words for the blank rows ("; 2 blank rows between them skipped"),
        empty without any."""
        return blank_rows_note(self.blank) if self.blank else ""


def role_of(text: str) -> Role:
    words = " ".join(fold(text).replace("_", " ").replace("-", " ").split())
    if not words:
        return Role.REP
    role = _ROLE_WORDS.get(words)
    if role is None:
        raise InvalidInput(
            message(
                "role {role!r} is not one of {choices}",
                role=text,
                # As the reader's language names them, each a word the list may give.
                choices=listed([r.label for r in Role], ", "),
            ),
            "role",
        )
    return role


class PeopleList:
    def __init__(self, accounts: AccountService, staff: StaffService) -> None:
        self._accounts = accounts
        self._staff = staff

    def add_all(
        self, actor: Actor, path: Path, progress: Callable[[int], None] | None = None
    ) -> PeopleAdded:
        """Add everyone the list names; `progress` hears each row's line as it is done."""
        require(actor, Action.MANAGE_USERS)
        added: list[AddedPerson] = []
        refused: list[RefusedRow] = []
        rows = blank = 0
        seen: dict[str, int] = {}
        with read_table(path, rule=header_rule(USER_COLUMNS, least=1)) as table:
            columns = map_header(table.header, USER_COLUMNS, ["login"], table.header_found)
            numbered = table.numbered or enumerate(table.rows, start=table.header_row + 1)
            last = table.header_row
            for line, row in numbered:
                rows += 1
                blank += blank_between(last, line, table.hidden_rows)
                last = line
                login = ""
                try:
                    if isinstance(row, UnreadableRow):
                        raise InvalidInput(row.reason, "file")
                    login = cell(row, columns, "login")
                    if repeats_header(row, table.header):
                        raise InvalidInput(header_again(), "login")
                    added.append(self._add(actor, line, login, row, columns, seen))
                except QualifierError as exc:
                    refused.append(RefusedRow(line, login, exc.message))
                if progress is not None:
                    progress(line)
            hidden = len(table.hidden_rows)
        return PeopleAdded(str(path), rows, tuple(added), tuple(refused), hidden, blank)

    def _add(
        self,
        actor: Actor,
        line: int,
        login: str,
        row: list[str],
        columns: dict[str, int],
        seen: dict[str, int],
    ) -> AddedPerson:
        name, role_text = cell(row, columns, "name"), cell(row, columns, "role")
        # Every problem the row shows on its own, said at once: the administrator mends the
        # list once, not once per problem.
        gathered = Gathered()
        gathered.check(partial(_login_once, login, line, seen))
        gathered.check(partial(display_name_of, name, login))
        gathered.check(partial(role_of, role_text))
        gathered.done()
        team = cell(row, columns, "team") or None
        person, password = self.add_one(actor, login, role_of(role_text).value, name, team)
        return AddedPerson(
            line, person.login, person.display_name, person.role, person.team, password
        )

    def add_one(
        self, actor: Actor, login: str, role: str, name: str = "", team: str | None = None
    ) -> tuple[UserSummary, str]:
        """Add one person with a one-time password, which this returns, to be shown once:
        nobody knows a first password but the person, who chooses their own at once."""
        person = self._accounts.add_user(actor, login, one_time_password(login), role, name, team)
        return person, self._staff.reset_password(actor, person.login)


def _login_once(login: str, line: int, seen: dict[str, int]) -> None:
    """A login the list gives once, as a login must be written."""
    if not login:
        raise InvalidInput(message("no login"), "login")
    check_login(login)
    key = login.casefold()
    if key in seen:
        raise InvalidInput(message("the login is also on row {value}", value=seen[key]), "login")
    seen[key] = line
