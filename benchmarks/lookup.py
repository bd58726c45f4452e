"""Lead lookup on a million leads: by phone (typed in national form), e-mail and name prefix,
next to a floor, on PostgreSQL and SQLite.

Each lookup is the whole use case a workstation runs (`LeadLookup.find`: role check, a read
transaction, the index look-ups and the rows of the hits). The floor, in the same run, is a
plain select of one lead by primary key in its own read transaction.

    python benchmarks/lookup.py [--pg URL] [--leads N] [--lookups N] [--only PostgreSQL|SQLite]

PostgreSQL comes from --pg or QUALIFIER_TEST_PG_URL (`make benchmarks` starts one).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from claim import fresh_postgres  # the claim benchmark's scratch database, beside this file
from sqlalchemy import select

from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence import schema
from qualifier_app.persistence.bulk import write_rows
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.workspace.lookup import LeadLookup

AT = datetime(2026, 11, 24, 15, tzinfo=UTC)
SLICE = 50_000
SYLLABLES = (
    *("an", "ber", "cal", "dor", "el", "fin", "gar", "hol", "is", "jen", "kar", "lu"),
    *("mar", "nor", "ol", "per", "quin", "ros", "sol", "tam", "ul", "ven", "wil", "zan"),
)
FIRST = (
    *("Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi"),
    *("Lena", "Mo", "Nia", "Omar", "Pat", "Rita", "Sam", "Tia", "Uma", "Vic", "Wen"),
)
COLUMNS = (
    "id", "company", "company_key", "first_name", "last_name", "person_key", "phone_raw",
    "phone_e164", "phone_valid", "email_raw", "email_normalized", "email_valid", "country",
    "status", "score", "calling_profile_id", "time_zones", "attempts", "touches", "consent",
    "inquired_at", "created_at", "updated_at", "version", "field_sources", "title", "website",
    "city", "postal_code", "industry", "product_interest", "inquiry", "source", "consent_source",
    "status_reason",
)  # fmt: skip


def surname(n: int) -> str:
    a, b, c = n % 24, (n // 24) % 24, (n // 576) % 24
    return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).capitalize()


def person(n: int) -> dict[str, str]:
    last = surname((n * 7919) % 13824)
    first = FIRST[n % len(FIRST)]
    company = f"{surname((n * 104729) % 13824)} {('Labs', 'Group', 'Inc', 'GmbH')[n % 4]}"
    return {
        "first": first,
        "last": last,
        "company": company,
        "email": f"{first.lower()}.{last.lower()}{n}@example.com",
        "phone": f"+1212{2_000_000 + n:07d}",
        "national": f"(212) {200 + n // 10_000:03d}-{n % 10_000:04d}",
    }


def rows(leads: int, profile: int) -> Iterator[tuple[Any, ...]]:
    for n in range(leads):
        p = person(n)
        yield (
            n + 1, p["company"], p["company"].lower(), p["first"], p["last"],
            f"{p['last'].lower()} {p['first'][0].lower()}", p["national"], p["phone"], True,
            p["email"], p["email"], True, "US", "queued", n % 100, profile, "America/New_York",
            0, 1, "unknown", AT, AT, AT, 1, {}, "", "", "", "", "", "", "", "", "", "",
        )  # fmt: skip


def prepare(url: str, leads: int) -> Database:
    db = Database.from_url(url)
    schema.upgrade(db.engine)
    with db.unit_of_work() as uow:
        profile = profile_id_for(uow.session, ("America/New_York",), CallingWindow())
        uow.commit()
    started = time.perf_counter()
    # In slices, each its own statement and transaction: well inside the statement timeout.
    generated = rows(leads, profile)
    for _ in range(0, leads, SLICE):
        with db.unit_of_work() as uow:
            table = Lead.__table__
            write_rows(uow.session, table, COLUMNS, islice(generated, SLICE))  # type: ignore[arg-type]
            uow.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(
            "VACUUM ANALYZE leads" if db.dialect == "postgresql" else "ANALYZE"
        )
    print(f"  loaded {leads:,} leads in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def timed(operation: Callable[[int], object], samples: list[int]) -> list[float]:
    operation(samples[0])  # warm: the first look-up loads phone metadata, plans, the pool
    latencies = []
    for n in samples:
        start = time.perf_counter()
        operation(n)
        latencies.append((time.perf_counter() - start) * 1000)
    return sorted(latencies)


def pct(latencies: list[float], q: float) -> float:
    return latencies[min(len(latencies) - 1, int(q * len(latencies)))]


def measure(name: str, db: Database, leads: int, lookups: int) -> None:
    lookup = LeadLookup(db, ManualClock(AT), "US")
    rep = Actor(1, "bench", "Bench", Role.REP)
    rng = random.Random(14)
    samples = [rng.randrange(leads) for _ in range(lookups)]

    def floor(n: int) -> object:
        with db.unit_of_work(write=False) as uow:
            return uow.session.execute(select(Lead.id, Lead.company).where(Lead.id == n + 1)).one()

    def found(text: str, n: int) -> object:
        result = lookup.find(rep, text)
        assert result.hits, (text, n)
        return result

    cases: list[tuple[str, Callable[[int], object]]] = [
        ("primary-key select (floor)", floor),
        ("phone, national form", lambda n: found(person(n)["national"], n)),
        ("e-mail", lambda n: found(person(n)["email"].upper(), n)),
        ("name prefix (3 letters)", lambda n: found(person(n)["last"][:3], n)),
        ("company prefix (5 letters)", lambda n: found(person(n)["company"][:5], n)),
    ]
    for label, operation in cases:
        latencies = timed(operation, samples)
        print(
            f"| {name} | {label} | {pct(latencies, 0.5):.1f} | {pct(latencies, 0.95):.1f} | "
            f"{pct(latencies, 0.99):.1f} |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=500)
    parser.add_argument("--only", choices=("PostgreSQL", "SQLite"), help="one database only")
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="qualifier-bench-")  # removed when the run ends
    folder = Path(scratch.name)
    targets = [("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}")]
    if args.pg:
        targets.insert(0, ("PostgreSQL", fresh_postgres(args.pg)))
    else:
        print("no PostgreSQL given (--pg or QUALIFIER_TEST_PG_URL): SQLite only")
    print(f"{args.leads:,} leads, {args.lookups} lookups per line, {os.cpu_count()} CPU cores\n")
    targets = [(name, url) for name, url in targets if args.only in (None, name)]
    for name, url in targets:
        print(f"{name}:", flush=True)
        db = prepare(url, args.leads)
        if name == targets[0][0]:
            print("| database | lookup | p50 ms | p95 ms | p99 ms |\n|---|---|---:|---:|---:|")
        measure(name, db, args.leads, args.lookups)
        db.dispose()


if __name__ == "__main__":
    main()
