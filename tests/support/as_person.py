"""The suite as least-privileged roles: on PostgreSQL each unit of work that a service does
for a person runs on a connection logged in as that person's own login role, as in the app;
work for nobody (setup, sweeps, the tests' own checks) stays on the owner's connection.

Test users all have the factory's password, so the router can sign in as any of them.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, text

from qualifier_app.persistence.database import Database, OneStatement, UnitOfWork
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.person_login import close_for_good, person_url
from tests.support.factories import PASSWORD


class PersonRoutedDatabase(Database):
    def __init__(self, url: str, password: str = PASSWORD) -> None:
        super().__init__(create_db_engine(url))
        self._url = url
        self._password = password
        self._people: dict[str, Database] = {}
        # The GUI's workers ask for one person's connection from several threads at once:
        # a second engine for the same person would never be disposed.
        self._opening = threading.Lock()
        self.routed: set[str] = set()  # the logins whose work ran as themselves

    def unit_of_work(self, *, write: bool = True, acting: str | None = None) -> UnitOfWork:
        person = self._routed(acting)
        return person.unit_of_work(write=write) if person else super().unit_of_work(write=write)

    def lookup(self, *, acting: str | None = None) -> UnitOfWork:
        person = self._routed(acting)
        return person.lookup() if person else super().lookup()

    def one_statement(self, *, acting: str | None = None) -> OneStatement:
        person = self._routed(acting)
        return person.one_statement() if person else super().one_statement()

    def _routed(self, acting: str | None) -> Database | None:
        """The person's own database, noted as routed; None for work that runs as the owner."""
        person = self._person(acting) if acting else None
        if person is not None:
            self.routed.add(str(acting))
        return person

    def engine_for(self, acting: str | None) -> Engine:
        """The engine that `acting`'s work runs on (their own login role's, once they have one)."""
        person = self._person(acting) if acting else None
        return person.engine if person is not None else self.engine

    def _person(self, login: str) -> Database | None:
        with self._opening:
            return self._people.get(login) or self._open(login)

    def _open(self, login: str) -> Database | None:
        with super().unit_of_work(write=False) as uow:
            role = uow.session.execute(
                text(
                    "SELECT u.db_role FROM users u JOIN pg_roles r ON r.rolname = u.db_role "
                    "WHERE u.login = :login AND r.rolcanlogin"
                ),
                {"login": login},
            ).scalar_one_or_none()
        if role is None:
            return None  # not (yet) a person with a login role: the operator, the system
        person = Database.from_url(person_url(self._url, role, self._password), pool_size=1)
        self._people[login] = person
        return person

    def dispose(self) -> None:
        # As at a sign-out: a window's timer or change feed still running after the test
        # cannot open a connection that nobody would close.
        for person in self._people.values():
            close_for_good(person)
        super().dispose()
