"""PgBouncer with a login per person: what a hand-over costs, and how many server connections
PostgreSQL sees at once.

    QUALIFIER_PGBOUNCER_POOL_SIZE=3 python scripts/throwaway_postgres.py --pgbouncer -- \\
        python benchmarks/pooler_handover.py [--people 12] [--seconds 10]

PgBouncer pools per (database, login). With more people than `max_db_connections`, a person
whose login has no server connection gets one that the pooler takes from another person's
idle login: it closes that connection and opens a new one (a new backend and a SCRAM login).
`max_db_connections` counts the connections PgBouncer has open; one it has just closed stays
on the server until its backend has exited, so PostgreSQL can see a few more at once. This
measures both, with `--people` logins each running a one-statement transaction and pausing
(`--pause` ms), through the pooler and, as the baseline, directly on connections of their own:

- statement p50 / p99, and how many statements got a server connection another login had;
- the server connections PostgreSQL listed at once (pg_stat_activity, sampled as fast as one
  connection can), against the pooler's `max_db_connections` read from its console.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
import uuid
from typing import Any

import psycopg
from sqlalchemy.engine import make_url


def libpq(url: str, **changes: Any) -> str:
    return (
        make_url(url).set(drivername="postgresql", **changes).render_as_string(hide_password=False)
    )


def pooler_limit(pooler: str) -> int:
    """`max_db_connections` as the running pooler has it (its console speaks simple queries)."""
    console = libpq(pooler, database="pgbouncer")
    with psycopg.connect(console, autocommit=True, cursor_factory=psycopg.ClientCursor) as c:
        for row in c.execute("SHOW CONFIG").fetchall():
            if row[0] == "max_db_connections":
                return int(row[1])
    raise SystemExit("the pooler's console does not show max_db_connections")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run(
    url: str,
    server: str,
    logins: list[tuple[str, str]],
    seconds: float,
    pause: float,
) -> dict[str, Any]:
    """Each login in a thread of its own on `url`, while one connection directly to `server`
    counts the server's connections of these logins."""
    stop = threading.Event()
    latencies: list[float] = []
    handed: list[int] = []  # statements whose server connection another login had before
    errors: list[str] = []
    lock = threading.Lock()

    def person(login: str, password: str) -> None:
        rng = random.Random(login)
        backends: set[int] = set()  # each one after the first was handed over
        took: list[float] = []
        try:
            target = libpq(url, username=login, password=password)
            # No prepared statements: behind a transaction pooler they would not survive.
            with psycopg.connect(target, autocommit=True, prepare_threshold=None) as c:
                while not stop.is_set():
                    began = time.perf_counter()
                    row = c.execute("SELECT pg_backend_pid()").fetchone()
                    took.append((time.perf_counter() - began) * 1000)
                    backends.add(int(row[0]) if row else 0)
                    time.sleep(rng.uniform(0, 2 * pause))
        except psycopg.Error as exc:
            errors.append(f"{login}: {type(exc).__name__}")
        with lock:
            latencies.extend(took)
            handed.append(max(0, len(backends) - 1))

    threads = [threading.Thread(target=person, args=pair) for pair in logins]
    names = [login for login, _ in logins]
    samples: list[int] = []
    database = make_url(server).database or ""
    with psycopg.connect(libpq(server), autocommit=True) as watch:
        for thread in threads:
            thread.start()
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            row = watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND usename = ANY(%s)",
                (database, names),
            ).fetchone()
            samples.append(int(row[0]) if row else 0)
        stop.set()
        for thread in threads:
            thread.join()
    return {
        "statements": len(latencies),
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "handed": sum(handed),
        "peak": max(samples, default=0),
        "samples": samples,
        "errors": errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pause", type=float, default=20.0, help="ms between a person's calls")
    parser.add_argument(
        "--tag", default=uuid.uuid4().hex[:6], help="the run's logins are handover_TAG_N"
    )
    args = parser.parse_args()
    server = os.environ.get("QUALIFIER_TEST_PG_URL")
    pooler = os.environ.get("QUALIFIER_TEST_PGBOUNCER_URL")
    problems = [
        said
        for wrong, said in (
            (not server or not pooler, "run it under scripts/throwaway_postgres.py --pgbouncer"),
            (args.people < 1, "--people must be at least 1"),
            (
                args.seconds <= 0 or args.pause < 0,
                "--seconds must be positive and --pause 0 or more",
            ),
            (not args.tag.isalnum(), "--tag: letters and digits only"),
        )
        if wrong
    ]
    if problems or not server or not pooler:
        print(f"pooler_handover: {problems[0]}", file=sys.stderr)
        return 2
    limit = pooler_limit(pooler)
    tag = args.tag
    logins = [(f"handover_{tag}_{n}", uuid.uuid4().hex) for n in range(args.people)]
    with psycopg.connect(libpq(server), autocommit=True) as admin:
        for login, password in logins:
            admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'")
    try:
        print(
            f"{args.people} logins, each a one-statement transaction then a pause of "
            f"0–{2 * args.pause:.0f} ms, {args.seconds:.0f} s; the pooler's "
            f"max_db_connections = {limit}\n"
        )
        print(
            "| route | statements | p50 ms | p99 ms | on a connection handed over | "
            "server connections at once: peak | samples above the pooler's limit |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for route, url in (("directly (baseline)", server), ("PgBouncer", pooler)):
            got = run(url, server, logins, args.seconds, args.pause / 1000)
            above = sum(1 for seen in got["samples"] if seen > limit)
            share = f"{100 * above / max(1, len(got['samples'])):.1f} %"
            beyond = f"{above:,} of {len(got['samples']):,} ({share})" if url == pooler else "–"
            print(
                f"| {route} | {got['statements']:,} | {got['p50']:.2f} | {got['p99']:.2f} | "
                f"{got['handed']:,} | {got['peak']} | {beyond} |",
                flush=True,
            )
            if got["errors"]:
                print(f"  errors: {statistics.mode(got['errors'])} and {len(got['errors'])} in all")
    finally:
        with psycopg.connect(libpq(server), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename LIKE %s",
                (f"handover_{tag}_%",),
            )
            for login, _ in logins:
                admin.execute(f"DROP ROLE IF EXISTS {login}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
