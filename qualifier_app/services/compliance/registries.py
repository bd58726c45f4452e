"""National do-not-call registries: import a snapshot, and say whether it is still fresh.

A snapshot replaces the registry's numbers in one transaction (claims see the old list
until it commits). Numbers are kept as the digits of their E.164 form, streamed from the
file in chunks, so memory stays bounded whatever the file's size: on PostgreSQL COPY into a
temporary table and only the difference written to the keyed table, on SQLite executemany.
A registry whose newest snapshot is older than its limit blocks the claim of every lead in
the countries it covers, until a fresh snapshot is imported.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import TextIO

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_phone
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry_columns import header_key
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import counted, message
from qualifier_app.integrations.tabular import printable
from qualifier_app.integrations.text_encoding import open_text
from qualifier_app.persistence.bulk import driver_cursor
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import LONG_REPLY_OPTION
from qualifier_app.persistence.models import Center, RegistryNumber, RegistrySnapshot
from qualifier_app.services.center_days import center_today
from qualifier_app.services.frame import Frame

CHUNK = 50_000
# How long one statement over a national list may take before the import gives up on the
# server (20 million numbers take well under a minute per statement on a loaded machine).
LONG_REPLY_SECONDS = 1800
NUMBER_COLUMNS = ("number", "phone", "phone_number", "telephone", "phonenumber")
# A national list changes by a few percent a month; a snapshot with less than this share of
# the last one's numbers is more likely a file cut short, and would make listed numbers
# claimable, so it is loaded only when the person importing confirms it.
SHRINK_CONFIRM_SHARE = 0.8


@dataclass(frozen=True)
class Registry:
    name: str
    countries: tuple[str, ...]
    calling_code: str
    national_digits: int
    max_age_days: int
    source: str


# The registries the center knows. US: 16 CFR 310.4(b)(3)(iv) (Telemarketing Sales Rule
# safe harbor) and 47 CFR 64.1200(c)(2)(i)(D): the registry is to be used in a version
# obtained no more than 31 days before the call.
REGISTRIES = {
    # The registry takes the numbers of the US territories on the same plan too (Puerto
    # Rico, the Virgin Islands, Guam, the Northern Marianas, American Samoa).
    "US": Registry(
        "US",
        ("US", "PR", "VI", "GU", "MP", "AS"),
        "1",
        10,
        31,
        "16 CFR 310.4(b)(3)(iv); 47 CFR 64.1200(c)(2)(i)(D)",
    ),
}


@dataclass(frozen=True)
class RegistryState:
    name: str
    countries: tuple[str, ...]
    taken_on: date | None  # None: honoured by the center, never imported
    max_age_days: int
    age_days: int
    entries: int

    @property
    def stale(self) -> bool:
        return self.taken_on is None or self.age_days > self.max_age_days

    def reason(self) -> str:
        if self.taken_on is None:
            return message(
                "the {name} do-not-call registry, which the center honours, has never been "
                "imported: leads in {countries} are not claimable until it is",
                name=self.name,
                countries=", ".join(self.countries),
            )
        return message(
            "{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit "
            "{limit}): leads in {countries} are not claimable until a fresh import",
            name=self.name,
            taken_on=f"{self.taken_on:%Y-%m-%d}",
            age=self.age_days,
            limit=self.max_age_days,
            countries=", ".join(self.countries),
        )


@dataclass(frozen=True)
class RegistryImport:
    registry: str
    taken_on: date
    entries: int
    lines: int


class SnapshotShrinks(InvalidInput):
    """A snapshot with far fewer numbers than the registry's last one, not confirmed."""

    def __init__(self, text: str, entries: int, previous: int) -> None:
        super().__init__(text, "file")
        self.entries = entries
        self.previous = previous


def registry_named(name: str) -> Registry:
    found = REGISTRIES.get(name.strip().upper())
    if found is None:
        known = ", ".join(sorted(REGISTRIES))
        raise InvalidInput(
            message("unknown registry {name!r}; known registries: {known}", name=name, known=known),
            "registry",
        )
    return found


def registry_states(session: Session, now: datetime) -> list[RegistryState]:
    """The newest snapshot of every registry ever imported, with its age on the center's
    date at `now`."""
    newest = (
        select(RegistrySnapshot.registry_name, func.max(RegistrySnapshot.id).label("id"))
        .group_by(RegistrySnapshot.registry_name)
        .subquery()
    )
    rows = session.execute(
        select(RegistrySnapshot).join(newest, newest.c.id == RegistrySnapshot.id)
    ).scalars()
    # A snapshot is dated by the center's day (import_snapshot), so it ages by it too.
    today = center_today(session, now)
    states = []
    for snapshot in rows:
        known = REGISTRIES.get(snapshot.registry_name)
        if known is None:
            continue
        states.append(
            RegistryState(
                known.name,
                known.countries,
                snapshot.taken_on,
                known.max_age_days,
                (today - snapshot.taken_on).days,
                snapshot.entries,
            )
        )
    imported = {state.name for state in states}
    for name in honoured(session):
        known = REGISTRIES.get(name)
        if known is not None and name not in imported:
            states.append(RegistryState(name, known.countries, None, known.max_age_days, 0, 0))
    return sorted(states, key=lambda state: state.name)


def honoured(session: Session) -> list[str]:
    """The registries the center says it must honour (`qualifier center set --registries`)."""
    row = session.execute(select(Center.registries).order_by(Center.id).limit(1)).scalar()
    return (row or "").split()


def honoured_names(names: Iterable[str]) -> str:
    """The registries given (`US`, `us, ca`), checked, as the center row keeps them."""
    return " ".join(sorted({registry_named(name).name for name in names if name.strip()}))


def stale_countries(session: Session, now: datetime) -> tuple[list[str], list[str]]:
    """(countries whose leads may not be claimed now, the reasons in words)."""
    stale = [state for state in registry_states(session, now) if state.stale]
    countries = sorted({country for state in stale for country in state.countries})
    return countries, [state.reason() for state in stale]


def read_numbers(path: Path, registry: Registry) -> Iterator[int]:
    """The file's numbers as E.164 digits: one a line ("2015550123", "201,5550123" as in the
    registry's area-code files) or CSV with a header naming a number column, in any encoding
    a CSV import reads."""
    with open_text(path) as handle:
        first = handle.readline()
        # A header names its columns; a first line that reads as a phone number ("4157486262
        # ext 12") is the file's first number.
        if any(ch.isalpha() for ch in first) and _as_phone(first, registry) is None:
            yield from _csv_numbers(path, handle, first, registry)
            return
        for number, line in enumerate(_chain(first, handle), start=1):
            raw = line.strip()
            if raw:
                yield _digits(raw.replace(",", ""), registry, path, number)


def _chain(first: str, rest: TextIO | Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _csv_numbers(path: Path, handle: TextIO, header: str, registry: Registry) -> Iterator[int]:
    # Titles are compared as the inquiry import compares them: "Phone Number", "phone-number"
    # and "phone_number" are one.
    names = [header_key(name) for name in next(csv.reader([header]))]
    column = next(
        (names.index(key) for key in map(header_key, NUMBER_COLUMNS) if key in names), None
    )
    if column is None:
        raise InvalidInput(
            message(
                "{name}: no number column in the header (expected one of {join})",
                name=path.name,
                join=", ".join(NUMBER_COLUMNS),
            ),
            "file",
        )
    for number, row in enumerate(csv.reader(handle), start=2):
        if not row or not "".join(row).strip():
            continue
        if column >= len(row):
            raise InvalidInput(
                message(
                    "{name} line {number}: no value in the number column",
                    name=path.name,
                    number=number,
                ),
                "file",
            )
        yield _digits(row[column], registry, path, number)


def _digits(raw: str, registry: Registry, path: Path, line: int) -> int:
    cleaned = raw.strip()
    if cleaned.isascii() and cleaned.isdigit():
        # The registry's own files: plain digits, read without looking at each character.
        digits, junk = cleaned, False
    else:
        digits = "".join(ch for ch in cleaned if ch.isdigit())
        junk = any(ch.isalpha() or "\udc00" <= ch <= "\udcff" for ch in cleaned)
    if junk and (number := _as_phone(cleaned, registry)) is not None:
        return number  # written with an extension or a mark a phone number may carry
    if not junk and len(digits) == registry.national_digits:
        return int(registry.calling_code + digits)
    if (
        not junk
        and len(digits) == registry.national_digits + len(registry.calling_code)
        and digits.startswith(registry.calling_code)
    ):
        return int(digits)
    raise InvalidInput(
        message(
            "{name} line {line}: {value!r} is not a {name2} phone number",
            name=path.name,
            line=line,
            value=printable(cleaned, 40),
            name2=registry.name,
        ),
        "file",
    )


def _as_phone(text: str, registry: Registry) -> int | None:
    """The E.164 digits of `text` read as a phone number of the registry's (its extension
    dropped: the registry lists numbers), or None."""
    checked = check_phone(text.strip(), registry.countries[0], details=False)
    digits = (checked.e164 or "").removeprefix("+")
    if (
        checked.valid
        and digits.startswith(registry.calling_code)
        and len(digits) == len(registry.calling_code) + registry.national_digits
    ):
        return int(digits)
    return None


class RegistryService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def import_snapshot(
        self,
        actor: Actor,
        path: Path,
        registry_name: str,
        as_of: date | None = None,
        progress: Callable[[int], None] | None = None,
        *,
        allow_shrink: bool = False,
    ) -> RegistryImport:
        """Replace a registry's numbers with the file's (supervisors, administrators).
        Nothing changes unless the whole file reads cleanly and holds numbers; a file with
        far fewer numbers than the last snapshot only with `allow_shrink`."""
        registry = registry_named(registry_name)
        if not path.is_file():
            raise InvalidInput(message("{path} is not a readable file", path=path), "file")
        with self._frame.change(actor, Action.IMPORT_REGISTRY) as change:
            session, now = change.session, change.now
            # The day the person downloading the file is in: the center's, not UTC's.
            today = center_today(session, now)
            taken_on = as_of or today
            age = (today - taken_on).days
            if age < 0:
                raise InvalidInput(
                    message(
                        "the snapshot's date {taken_on} is after the center's today ({today})",
                        taken_on=taken_on,
                        today=today,
                    ),
                    "as_of",
                )
            if age > registry.max_age_days:
                raise InvalidInput(
                    message(
                        (
                            "a snapshot of {taken_on} is already {age} days old; the {name} "
                            "registry must be at most {max_age_days} days old"
                        ),
                        taken_on=taken_on,
                        age=age,
                        name=registry.name,
                        max_age_days=registry.max_age_days,
                    ),
                    "as_of",
                )
            loaded = session.execute(
                select(RegistrySnapshot.entries, RegistrySnapshot.taken_on)
                .where(RegistrySnapshot.registry_name == registry.name)
                .order_by(RegistrySnapshot.id.desc())
                .limit(1)
            ).first()
            if loaded is not None and taken_on < loaded.taken_on:
                # Its numbers would replace newer ones: those listed since would be called.
                raise InvalidInput(
                    message(
                        "the {name} registry holds the snapshot of {loaded}; one of {taken_on} "
                        "is older",
                        name=registry.name,
                        loaded=loaded.taken_on,
                        taken_on=taken_on,
                    ),
                    "as_of",
                )
            previous = 0 if loaded is None else loaded.entries

            def accept(entries: int) -> None:
                _accept_snapshot(path, registry, entries, previous, allow_shrink)

            numbers = read_numbers(path, registry)
            lines, entries = _load(session, registry.name, numbers, progress, accept)
            snapshot = RegistrySnapshot(
                registry_name=registry.name, taken_on=taken_on, loaded_at=now, entries=entries
            )
            session.add(snapshot)
            session.flush()
            change.audit(
                "dnc_registry.imported",
                "dnc_registry",
                snapshot.id,
                after={
                    "registry": registry.name,
                    "taken_on": taken_on,
                    "entries": entries,
                    "file": path.name,
                },
            )
        return RegistryImport(registry.name, taken_on, int(entries), lines)

    def states(self, actor: Actor) -> list[RegistryState]:
        with self._frame.read(actor, Action.VIEW_DO_NOT_CALL_LIST) as reading:
            return registry_states(reading.session, reading.now)

    def today(self, actor: Actor) -> date:
        """The day a snapshot taken now is of: the center's."""
        with self._frame.read(actor, Action.VIEW_DO_NOT_CALL_LIST) as reading:
            return center_today(reading.session, reading.now)


def _accept_snapshot(
    path: Path, registry: Registry, entries: int, previous: int, allow_shrink: bool
) -> None:
    """Refuse a file that would empty the registry, or shrink it far unless confirmed."""
    if not entries:
        raise InvalidInput(
            message(
                "{name} holds no phone numbers (it is empty, or has only a header or blank "
                "lines); nothing was imported",
                name=path.name,
            ),
            "file",
        )
    if not allow_shrink and entries < previous * SHRINK_CONFIRM_SHARE:
        raise SnapshotShrinks(
            counted(
                entries,
                "{name} holds {count:,} number, {share:.0%} fewer than the {previous:,} of "
                "the last {registry} snapshot (a file cut short?): nothing was imported; confirm "
                "that the registry shrank to load it",
                "{name} holds {count:,} numbers, {share:.0%} fewer than the {previous:,} of "
                "the last {registry} snapshot (a file cut short?): nothing was imported; confirm "
                "that the registry shrank to load it",
                name=path.name,
                share=1 - entries / previous,
                previous=previous,
                registry=registry.name,
            ),
            entries,
            previous,
        )


def _load(
    session: Session,
    name: str,
    numbers: Iterator[int],
    progress: Callable[[int], None] | None,
    accept: Callable[[int], None],
) -> tuple[int, int]:
    """Put the file's numbers in place of the registry's; returns how many the file held
    (duplicates included) and how many different ones are now on the registry. `accept` is
    given that count once the file is read and may refuse it (the transaction then rolls
    back). Progress is told the numbers read after each chunk; the last count once they are
    all in place, just before the commit."""
    report = _Reporter(progress)
    if session.get_bind().dialect.name == "postgresql":
        entries = _load_postgresql(session, name, numbers, report, accept)
        return report.done(), entries
    session.execute(delete(RegistryNumber).where(RegistryNumber.registry_name == name))
    while chunk := list(islice(numbers, CHUNK)):
        session.execute(
            insert(RegistryNumber).prefix_with("OR IGNORE"),
            [{"number": number, "registry_name": name} for number in chunk],
        )
        report.read(len(chunk))
    entries = session.execute(
        select(func.count()).where(RegistryNumber.registry_name == name)
    ).scalar_one()
    accept(int(entries))
    return report.done(), int(entries)


class _Reporter:
    """Holds back the newest count until `done`, so the last report means "in place"."""

    def __init__(self, progress: Callable[[int], None] | None) -> None:
        self._progress = progress
        self._reported = 0
        self._read = 0

    def read(self, count: int) -> None:
        if self._progress is not None and self._read > self._reported:
            self._progress(self._read)
            self._reported = self._read
        self._read += count

    def done(self) -> int:
        if self._progress is not None and self._read > self._reported:
            self._progress(self._read)
        return self._read


INSERT_SORTED = (
    "INSERT INTO dnc_registry_numbers (number, registry_name) "
    "SELECT number, CAST(:name AS VARCHAR) FROM registry_sorted"
)
INSERT_CHANGED = (
    "INSERT INTO dnc_registry_numbers (number, registry_name) "
    "SELECT number, CAST(:name AS VARCHAR) FROM registry_change WHERE NOT gone ORDER BY number"
)


def _load_postgresql(
    session: Session,
    name: str,
    numbers: Iterator[int],
    report: _Reporter,
    accept: Callable[[int], None],
) -> int:
    """The file goes into a temporary table (no WAL, no index), is sorted and deduplicated
    once, and only the difference is written to the keyed table: numbers gone from the
    registry are deleted, new ones inserted in key order (appending to the index instead of
    probing it at random, which made a national list take minutes). A monthly snapshot
    differs little from the last one, so a re-import writes little. Claims keep reading the
    old rows until the commit and never wait: nothing here locks what they read."""
    # A national list takes longer than the statement limit meant for the queue.
    session.execute(text("SET LOCAL statement_timeout = 0"))
    session.execute(
        text("CREATE TEMPORARY TABLE registry_load (number BIGINT NOT NULL) ON COMMIT DROP")
    )
    with (
        driver_cursor(session, "writing registry_load") as cursor,
        cursor.copy("COPY registry_load (number) FROM STDIN") as copy,
    ):
        while chunk := list(islice(numbers, CHUNK)):
            # One text block per chunk: row by row costs a Python call per number.
            copy.write("\n".join(map(str, chunk)) + "\n")
            report.read(len(chunk))
    # Written in key order, so reading it back in physical order is reading it sorted.
    entries = _long(
        session,
        text(
            "CREATE TEMPORARY TABLE registry_sorted ON COMMIT DROP AS "
            "SELECT DISTINCT number FROM registry_load ORDER BY number"
        ),
    )
    _long(session, text("DROP TABLE registry_load"))
    accept(entries)
    # Temporary tables get no statistics from autovacuum; the joins below need them.
    _long(session, text("ANALYZE registry_sorted"))
    # A nested loop over a table the planner believes small would be quadratic here.
    session.execute(text("SET LOCAL enable_nestloop = off"))
    listed = session.execute(
        text("SELECT EXISTS (SELECT FROM dnc_registry_numbers WHERE registry_name = :name)"),
        {"name": name},
    ).scalar_one()
    insert_new = INSERT_SORTED
    if listed:
        # Numbers gone from the registry and numbers new on it, in one pass over both lists.
        _long(
            session,
            text(
                "CREATE TEMPORARY TABLE registry_change ON COMMIT DROP AS "
                "SELECT COALESCE(fresh.number, listed.number) AS number, "
                "fresh.number IS NULL AS gone FROM registry_sorted AS fresh FULL JOIN "
                "(SELECT number FROM dnc_registry_numbers WHERE registry_name = :name) AS listed "
                "ON listed.number = fresh.number "
                "WHERE fresh.number IS NULL OR listed.number IS NULL"
            ),
            {"name": name},
        )
        _long(
            session,
            text(
                "DELETE FROM dnc_registry_numbers AS listed USING registry_change AS change "
                "WHERE change.gone AND listed.number = change.number "
                "AND listed.registry_name = :name"
            ),
            {"name": name},
        )
        insert_new = INSERT_CHANGED
    _long(session, text(insert_new), {"name": name})
    # Fresh statistics, so the claim's planner probes the registry by key instead of
    # hashing the whole list.
    _long(session, text("ANALYZE dnc_registry_numbers"))
    return entries


def _long(session: Session, statement: TextClause, params: dict[str, str] | None = None) -> int:
    """A statement over the whole list, allowed longer than the usual wait for a reply (the
    server's statement limit is lifted for the transaction above); its row count."""
    result = session.execute(
        statement, params, execution_options={LONG_REPLY_OPTION: LONG_REPLY_SECONDS}
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
