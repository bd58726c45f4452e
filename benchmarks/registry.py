"""National registry: import time and peak memory, and the claim's latency with it loaded.

Writes a registry file of N numbers (default 20,000,000, as the US registry's full list).
Per database: the floor first (the same file copied as it is into an unindexed table: COPY
on PostgreSQL, executemany on SQLite), then claims and releases K times without a registry
(one rep, 20,000 queued leads of which every tenth will be on the registry), then the import
through RegistryService with its time and the process's peak resident memory, then the same
claims with the registry loaded; p50 and p99 claim latency both times. Last, next month's
snapshot (1 % of the numbers changed) is imported while one rep claims on another
connection all along: the import's time and the claims' latency meanwhile.

    python benchmarks/registry.py [--pg URL] [--numbers N] [--leads L] [--claims K]
                                  [--only postgresql|sqlite]

PostgreSQL comes from --pg or QUALIFIER_TEST_PG_URL (`make benchmarks` starts one). Peak
memory is ru_maxrss of this process (the file is streamed, never held).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

from sqlalchemy import insert, text

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Lead, Queue, QueueMember
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.settings import Settings

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York, a Tuesday


def write_registry(path: Path, count: int, changed: int = 0) -> None:
    """Area-code style lines, "AAA,NNNNNNN", spread over 200 area codes; the last `changed`
    numbers differ from the first snapshot's (next month's list)."""
    with path.open("w", encoding="ascii") as handle:
        for index in range(count):
            area = 201 + index % 200
            base = 2000000 if index < count - changed else 7000000
            handle.write(f"{area},{base + index // 200:07d}\n")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed_leads(db: Database, services_settings: Settings, leads: int, rep_id: int) -> None:
    with db.unit_of_work() as uow:
        session = uow.session
        queue = Queue(name="Main", description="", created_at=NOW)
        session.add(queue)
        session.flush()
        session.add(QueueMember(queue_id=queue.id, user_id=rep_id))
        _zones, profile = profile_for_lead(
            session, services_settings.queue, "+12125550000", "US", "NY"
        )
        rows = []
        for index in range(leads):
            # Every tenth lead's number is on the registry, spread evenly through the claim order:
            # the claim steps over them.
            listed = index % 10 == 0
            area = 201 + index % 200
            number = (
                f"+1{area}{2000000 + index // 200:07d}" if listed else f"+1212{3000000 + index:07d}"
            )
            rows.append(
                {
                    "company": f"C{index}",
                    "phone_e164": number,
                    "country": "US",
                    "region": "NY",
                    "time_zones": "America/New_York",
                    "calling_profile_id": profile,
                    "status": "queued",
                    "score": (index * 37) % 100,
                    "queue_id": queue.id,
                    "inquired_at": NOW - timedelta(days=1),
                    "created_at": NOW - timedelta(days=1),
                    "updated_at": NOW,
                }
            )
        session.execute(insert(Lead), rows)
        uow.commit()
    with db.unit_of_work() as uow:
        # As autovacuum would have by the time anyone claims: statistics for the planner.
        uow.session.execute(text("ANALYZE"))
        uow.commit()


def floor(url: str, registry: Path) -> float:
    """Seconds to copy the file as it is into a table with no index: what no import beats."""
    engine = create_db_engine(url)
    started = time.perf_counter()
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("CREATE TEMPORARY TABLE registry_floor (line TEXT)")
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with (
                cursor.copy("COPY registry_floor (line) FROM STDIN") as copy,
                registry.open("rb") as handle,
            ):
                while block := handle.read(1 << 20):
                    copy.write(block)
        else:
            connection.exec_driver_sql("CREATE TEMPORARY TABLE registry_floor (line TEXT)")
            with registry.open(encoding="ascii") as handle:
                while lines := list(islice(handle, 50_000)):
                    connection.exec_driver_sql(
                        "INSERT INTO registry_floor (line) VALUES (?)",
                        [(line.rstrip("\n"),) for line in lines],
                    )
    engine.dispose()
    return time.perf_counter() - started


def claims(services: Services, actor: Actor, clock: ManualClock, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        card = services.queue.claim_next(actor)
        times.append((time.perf_counter() - started) * 1000)
        services.queue.release(actor, card.id)
        clock.advance(timedelta(seconds=1))
    return sorted(times)


def p99(times: list[float]) -> float:
    return times[min(len(times) - 1, int(len(times) * 0.99))]


def claims_meanwhile(
    services: Services, actor: Actor, clock: ManualClock, work: Callable[[], object]
) -> tuple[float, list[float]]:
    """Seconds `work` took, and the claims one rep made on another connection meanwhile."""
    done = threading.Event()
    times: list[float] = []

    def claiming() -> None:
        while not done.is_set():
            times.extend(claims(services, actor, clock, 1))

    claimer = threading.Thread(target=claiming)
    started = time.perf_counter()
    claimer.start()
    try:
        work()
    finally:
        took = time.perf_counter() - started
        done.set()
        claimer.join()
    return took, sorted(times)


def run(name: str, url: str, registry: Path, monthly: Path, leads: int, count: int) -> None:
    engine = create_db_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    print(
        f"{name:10} floor (the file copied into an unindexed table): {floor(url, registry):.1f} s"
    )
    settings = Settings(database_url=url, data_dir=Path(tempfile.mkdtemp()))
    clock = ManualClock(NOW)
    services = build(settings, clock, db=Database.from_url(url))
    try:
        services.accounts.add_user(OPERATOR, "bench", "registry-rep-2026", "rep", "Bench", None)
        actor = services.accounts.actor_for("bench")
        seed_leads(services.db, settings, leads, actor.user_id)
        without = claims(services, actor, clock, count)
        print(
            f"{name:10} claim without a registry ({leads:,} leads, {count} claims): "
            f"p50 {statistics.median(without):.1f} ms, p99 {p99(without):.1f} ms"
        )
        started, before = time.perf_counter(), rss_mb()
        loaded = services.registries.import_snapshot(OPERATOR, registry, "US")
        took = time.perf_counter() - started
        print(
            f"{name:10} import {loaded.entries:,} numbers: {took:.1f} s, "
            f"peak RSS {rss_mb():.0f} MB (before {before:.0f} MB)"
        )
        with services.db.unit_of_work() as uow:
            uow.session.execute(text("ANALYZE"))
            uow.commit()
        times = claims(services, actor, clock, count)
        card = services.queue.claim_next(actor)
        assert not card.phone_e164 or card.phone_e164.startswith("+1212")
        services.queue.release(actor, card.id)
        print(
            f"{name:10} claim with the registry loaded ({leads:,} leads, {count} claims): "
            f"p50 {statistics.median(times):.1f} ms, p99 {p99(times):.1f} ms"
        )

        def next_month() -> object:
            return services.registries.import_snapshot(OPERATOR, monthly, "US")

        if name == "sqlite":
            # One writer: a claim would wait for the whole import (and give up after its
            # busy timeout), so there is nothing to measure meanwhile.
            started = time.perf_counter()
            next_month()
            print(
                f"{name:10} next month's snapshot (1 % of the numbers changed): "
                f"{time.perf_counter() - started:.1f} s, peak RSS {rss_mb():.0f} MB"
            )
            return
        took, during = claims_meanwhile(services, actor, clock, next_month)
        print(
            f"{name:10} next month's snapshot (1 % of the numbers changed): {took:.1f} s, "
            f"peak RSS {rss_mb():.0f} MB; {len(during)} claims meanwhile: "
            f"p50 {statistics.median(during):.1f} ms, p99 {p99(during):.1f} ms, "
            f"max {during[-1]:.0f} ms"
        )
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--numbers", type=int, default=20_000_000)
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        registry = Path(folder) / "us-registry.txt"
        write_registry(registry, args.numbers)
        monthly = Path(folder) / "us-registry-next-month.txt"
        write_registry(monthly, args.numbers, changed=args.numbers // 100)
        print(f"registry file: {args.numbers:,} numbers, {registry.stat().st_size / 1e6:.0f} MB")
        if args.pg and args.only != "sqlite":
            run("postgresql", args.pg, registry, monthly, args.leads, args.claims)
        if args.only != "postgresql":
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            run("sqlite", url, registry, monthly, args.leads, args.claims)


if __name__ == "__main__":
    main()
