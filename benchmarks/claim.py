"""Claim throughput and latency of the shared queue, next to two baselines.

For 1, 8 and 32 concurrent claimers (separate processes) on PostgreSQL and SQLite over
20,000 queued leads it prints claims/s, p50 and p99 claim latency and double claims, and in
the same run:
  - the floor: p50/p99 of a bare one-row durable commit at the same concurrency;
  - a naive claim: read the best lead, then update it, without SKIP LOCKED or a condition.

    python benchmarks/claim.py [--pg URL] [--duration S] [--levels 1,8,32] [--leads N]

PostgreSQL comes from --pg or QUALIFIER_TEST_PG_URL (`make benchmarks` starts one).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import insert, select, text, update
from sqlalchemy.engine import make_url

from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence import queue_sql, schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead, Queue, QueueMember, User
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.settings import QueuePolicy

AT = datetime(2026, 11, 24, 15, tzinfo=UTC)  # inside the New York calling window


@dataclass
class Figures:
    operations: int
    seconds: float
    latencies_ms: list[float]
    doubles: int

    @property
    def rate(self) -> float:
        return self.operations / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def prepare(url: str, leads: int, reps: int) -> None:
    engine = Database.from_url(url).engine
    schema.upgrade(engine)
    db = Database(engine)
    with db.unit_of_work() as uow:
        s = uow.session
        queue = Queue(name="Bench", description="", created_at=AT)
        s.add(queue)
        s.flush()
        for n in range(reps):
            user = User(
                login=f"bench{n}",
                display_name=f"Bench {n}",
                role="rep",
                password_hash="-",
                created_at=AT,
            )
            s.add(user)
            s.flush()
            s.add(QueueMember(queue_id=queue.id, user_id=user.id))
        profile = profile_id_for(s, ("America/New_York",), CallingWindow())
        rows = [
            {
                "company": f"Company {n}",
                "status": "queued",
                "score": (n * 7919) % 100,
                "queue_id": queue.id,
                "calling_profile_id": profile,
                "time_zones": "America/New_York",
                "inquired_at": AT,
                "created_at": AT - timedelta(seconds=n),
                "updated_at": AT,
                "version": 1,
            }
            for n in range(leads)
        ]
        for start in range(0, len(rows), 5000):
            s.execute(insert(Lead), rows[start : start + 5000])
        s.execute(text("CREATE TABLE bench_commit (id INTEGER PRIMARY KEY, n INTEGER)"))
        uow.commit()
    engine.dispose()


def reset(url: str) -> None:
    db = Database.from_url(url)
    with db.unit_of_work() as uow:
        uow.session.execute(
            update(Lead)
            .values(status="queued", lease_owner_id=None, lease_expires_at=None, leased_at=None)
            .execution_options(synchronize_session=False)
        )
        uow.session.execute(text("DELETE FROM bench_commit"))
        uow.commit()
    # Measure a database in its steady state: statistics current, dead rows of the reset
    # cleared, as autovacuum (PostgreSQL) and `PRAGMA optimize` (SQLite) keep it.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if db.dialect == "postgresql":
            connection.exec_driver_sql("VACUUM ANALYZE leads")
        else:
            connection.exec_driver_sql("ANALYZE")
    db.dispose()


_barrier: Any = None


def _init(barrier: Any) -> None:
    global _barrier  # noqa: PLW0603 - a pool initializer can only hand over state this way
    _barrier = barrier


def worker(kind: str, url: str, index: int, duration: float) -> dict[str, Any]:
    db = Database.from_url(url, pool_size=1)
    clock = ManualClock(AT)
    with db.unit_of_work(write=False) as uow:
        user_id = uow.session.execute(
            select(User.id).where(User.login == f"bench{index}")
        ).scalar_one()
    actor = Actor(user_id, f"bench{index}", "Bench", Role.REP)
    queue = QueueService(db, clock, QueuePolicy())
    latencies: list[float] = []
    claimed: list[int] = []

    def operation(n: int) -> int | None:
        """One timed operation; the lead it took, if any. Raises StopIteration when empty."""
        if kind == "commit":
            with db.unit_of_work() as uow:
                uow.session.execute(
                    text("INSERT INTO bench_commit (id, n) VALUES (:i, :n)"),
                    {"i": index * 10_000_000 + n, "n": n},
                )
                uow.commit()
            return None
        if kind == "claim":
            try:
                return queue.claim_next(actor).id
            except NothingEligible:
                raise StopIteration from None
        lead_id = naive_claim(db, user_id)
        if lead_id is None:
            raise StopIteration
        return lead_id

    def finish(lead_id: int, status: str) -> None:
        """Take the lead out of the queue (or put it back), conditional on holding it."""
        with db.unit_of_work() as uow:
            uow.session.execute(
                update(Lead)
                .where(Lead.id == lead_id, Lead.lease_owner_id == user_id)
                .values(status=status, lease_owner_id=None, lease_expires_at=None)
                .execution_options(synchronize_session=False)
            )
            uow.commit()

    # One untimed operation first, so that compiling statements and filling caches is not
    # counted as latency; the lead it took goes back to the queue.
    warm = operation(0)
    if warm is not None:
        finish(warm, "queued")
    # As the desktop app does once its window is up: collect and freeze what start-up built,
    # so a full garbage collection of it does not land on one measured claim.
    gc.collect()
    gc.freeze()
    _barrier.wait()  # every process connected and warm: start together
    deadline = time.time() + duration
    n = 0
    while time.time() < deadline:
        n += 1
        began = time.perf_counter()
        try:
            lead_id = operation(n)
        except StopIteration:
            break
        latencies.append((time.perf_counter() - began) * 1000)
        if lead_id is not None:
            claimed.append(lead_id)
            finish(lead_id, "nurture")
    db.dispose()
    return {"latencies": latencies, "claimed": claimed}


def naive_claim(db: Database, user_id: int) -> int | None:
    """Read the best lead, then take it: the race the real claim is built to avoid."""
    now = AT
    with db.unit_of_work() as uow:
        s = uow.session
        lead_id = s.execute(
            select(Lead.id)
            .where(Lead.status == "queued", queue_sql.lease_free(now))
            .order_by(Lead.score.desc(), Lead.created_at, Lead.id)
            .limit(1)
        ).scalar()
        if lead_id is None:
            return None
        s.execute(
            update(Lead)
            .where(Lead.id == lead_id)
            .values(lease_owner_id=user_id, lease_expires_at=now + timedelta(minutes=15))
            .execution_options(synchronize_session=False)
        )
        uow.commit()
        return int(lead_id)


def measure(kind: str, url: str, claimers: int, duration: float) -> Figures:
    reset(url)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(claimers)
    with context.Pool(claimers, initializer=_init, initargs=(barrier,)) as pool:
        results = pool.starmap(worker, [(kind, url, i, duration) for i in range(claimers)])
    latencies = [lat for r in results for lat in r["latencies"]]
    counts = Counter(lead for r in results for lead in r["claimed"])
    doubles = sum(count - 1 for count in counts.values() if count > 1)
    return Figures(len(latencies), duration, latencies, doubles)


def fresh_postgres(server: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin_url = make_url(server).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin_url.render_as_string(hide_password=False), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument("--leads", type=int, default=20_000)
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="qualifier-bench-"))
    targets = [("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}")]
    if args.pg:
        targets.insert(0, ("PostgreSQL", fresh_postgres(args.pg)))
    else:
        print("no PostgreSQL given (--pg or QUALIFIER_TEST_PG_URL): SQLite only")
    print(
        f"{args.leads:,} queued leads, {args.duration:.0f} s per measurement, "
        f"{os.cpu_count()} CPU cores\n"
    )
    header = (
        "| database | claimers | what | ops/s | p50 ms | p99 ms | double claims |\n"
        "|---|---:|---|---:|---:|---:|---:|"
    )
    print(header)
    for name, url in targets:
        prepare(url, args.leads, max(levels))
        for level in levels:
            for kind, label in (
                ("commit", "bare commit (floor)"),
                ("claim", "claim_next"),
                ("naive", "naive read-then-update"),
            ):
                figures = measure(kind, url, level, args.duration)
                doubles = "–" if kind == "commit" else str(figures.doubles)
                print(
                    f"| {name} | {level} | {label} | {figures.rate:,.0f} | "
                    f"{figures.pct(0.5):.1f} | {figures.pct(0.99):.1f} | {doubles} |",
                    flush=True,
                )
    print("\np50/p99 are over every operation of every claimer in the measurement.")


if __name__ == "__main__":
    main()
