"""The change feed on PostgreSQL: counters polled through the workstation's connection
(migration 0022_i17_feed) against LISTEN/NOTIFY (the feed before it), side by side.

    python scripts/throwaway_postgres.py --pgbouncer -- .venv/bin/python benchmarks/change_feed.py

Plain psycopg on a scratch table of the test database, so that only the feed differs:
- commit throughput of 1, 8 and 32 writers, each committing one-row updates, with no
  trigger (the floor), with the NOTIFY trigger of 0006 (a listener connected) and with the
  counter trigger of 0022 (its own function body);
- what a poll costs: round trip and server CPU per poll, and what 500 workstations polling
  once a second would cost the server;
- how long a change takes to reach a board: NOTIFY delivery, and a poll every second;
- behind PgBouncer (when QUALIFIER_TEST_PGBOUNCER_URL is set): what setting the server
  timeouts in each transaction costs (one more statement per transaction).
"""

from __future__ import annotations

import importlib.util
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path(__file__).resolve().parent.parent
ROWS = 10_000
SECONDS = 3.0
ROUNDS = 3
WRITERS = (1, 8, 32)
FEEDS = ("none (floor)", "notify", "counter")


def _conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _migration() -> Any:
    path = next((ROOT / "migrations" / "versions").glob("*_0022_i17_feed.py"))
    spec = importlib.util.spec_from_file_location("feed_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["feed_migration"] = module
    spec.loader.exec_module(module)
    return module


def _setup(conn: psycopg.Connection[Any]) -> None:
    feed = _migration()
    conn.execute(
        "DROP TABLE IF EXISTS bench_rows; DROP TABLE IF EXISTS bench_counters; "
        "DROP FUNCTION IF EXISTS bench_notify() CASCADE; "
        "DROP FUNCTION IF EXISTS bench_count() CASCADE"
    )
    conn.execute("CREATE TABLE bench_rows (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)")
    conn.execute(f"INSERT INTO bench_rows (id) SELECT generate_series(1, {ROWS})")
    conn.execute(
        "CREATE TABLE bench_counters (slot smallint PRIMARY KEY, version bigint NOT NULL "
        "DEFAULT 0) WITH (fillfactor = 50)"
    )
    conn.execute(f"INSERT INTO bench_counters (slot) SELECT generate_series(0, {feed.SLOTS - 1})")
    conn.execute(
        "CREATE FUNCTION bench_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('bench_changes', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    body = feed._BUMP.replace("change_counters", "bench_counters").replace(
        "qualifier.change_counted", "bench.change_counted"
    )
    conn.execute(
        f"CREATE FUNCTION bench_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
        "RETURN NULL; END $$"
    )
    conn.execute("VACUUM ANALYZE bench_rows")


def _use_trigger(conn: psycopg.Connection[Any], kind: str) -> None:
    conn.execute("DROP TRIGGER IF EXISTS bench_feed ON bench_rows")
    if kind == "notify":
        conn.execute(
            "CREATE TRIGGER bench_feed AFTER UPDATE ON bench_rows FOR EACH STATEMENT "
            "EXECUTE FUNCTION bench_notify()"
        )
    elif kind == "counter":
        conn.execute(
            "CREATE TRIGGER bench_feed AFTER UPDATE ON bench_rows FOR EACH ROW "
            "EXECUTE FUNCTION bench_count()"
        )


def _writers(url: str, count: int) -> tuple[float, float, float]:
    """(commits/s, p50 ms, p99 ms) of `count` writers committing one-row updates."""
    start = threading.Barrier(count + 1)
    stop = threading.Event()
    latencies: list[list[float]] = [[] for _ in range(count)]

    def write(index: int) -> None:
        pick = random.Random(index)
        with psycopg.connect(_conninfo(url), autocommit=True) as conn:
            conn.execute("UPDATE bench_rows SET n = n + 1 WHERE id = 1")
            start.wait()
            while not stop.is_set():
                began = time.perf_counter()
                conn.execute(
                    "UPDATE bench_rows SET n = n + 1 WHERE id = %s",
                    (pick.randint(1, ROWS),),
                    prepare=True,
                )
                latencies[index].append(time.perf_counter() - began)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    time.sleep(SECONDS)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    every = sorted(x for one in latencies for x in one)
    p99 = every[min(len(every) - 1, int(len(every) * 0.99))]
    return len(every) / elapsed, statistics.median(every) * 1000, p99 * 1000


def _backend_cpu(conn: psycopg.Connection[Any]) -> float | None:
    """CPU seconds the server process behind `conn` has used (same machine, Linux)."""
    row = conn.execute("SELECT pg_backend_pid()").fetchone()
    try:
        fields = Path(f"/proc/{row[0] if row else 0}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _poll_cost(url: str) -> tuple[float, float | None]:
    """(ms per poll round trip, server CPU µs per poll)."""
    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        query = "SELECT sum(version) FROM bench_counters"
        for _ in range(100):
            conn.execute(query, prepare=False).fetchone()
        cpu = _backend_cpu(conn)
        polls = 0
        began = time.perf_counter()
        while time.perf_counter() - began < SECONDS:
            conn.execute(query, prepare=False).fetchone()
            polls += 1
        elapsed = time.perf_counter() - began
        used = _backend_cpu(conn)
    per_poll_cpu = (used - cpu) / polls * 1e6 if cpu is not None and used is not None else None
    return elapsed / polls * 1000, per_poll_cpu


def _notify_latency(url: str, samples: int = 20) -> float:
    """Median ms from a writer's commit to the listener holding the notification."""
    seen: list[float] = []
    with (
        psycopg.connect(_conninfo(url), autocommit=True) as listener,
        psycopg.connect(_conninfo(url), autocommit=True) as writer,
    ):
        listener.execute("LISTEN bench_changes")
        for _ in range(samples):
            writer.execute("UPDATE bench_rows SET n = n + 1 WHERE id = 1")
            committed = time.perf_counter()
            for _ in listener.notifies(timeout=5, stop_after=1):
                seen.append(time.perf_counter() - committed)
    return statistics.median(seen) * 1000


def _poll_latency(url: str, poll_seconds: float = 1.0, samples: int = 12) -> tuple[float, float]:
    """(median, worst) ms from a commit to a poller (every `poll_seconds`) seeing it: the
    commit falls anywhere in the poll interval, as a person's does."""
    seen: list[float] = []
    query = "SELECT sum(version) FROM bench_counters"
    with (
        psycopg.connect(_conninfo(url), autocommit=True) as poller,
        psycopg.connect(_conninfo(url), autocommit=True) as writer,
    ):
        for index in range(samples):
            last = poller.execute(query).fetchone()
            next_poll = time.perf_counter() + poll_seconds
            time.sleep(poll_seconds * (index + 0.5) / samples)
            writer.execute("UPDATE bench_rows SET n = n + 1 WHERE id = 1")
            committed = time.perf_counter()
            while True:
                time.sleep(max(0.0, next_poll - time.perf_counter()))
                next_poll += poll_seconds
                if poller.execute(query).fetchone() != last:
                    seen.append(time.perf_counter() - committed)
                    break
    return statistics.median(seen) * 1000, max(seen) * 1000


def _per_transaction_timeouts(url: str) -> tuple[float, float]:
    """(transactions/s without, with) the timeouts set at the start of each transaction: a
    read-only transaction of one SELECT, as a board read or a poll in a transaction."""
    setting = (
        "SELECT set_config('statement_timeout', '30000', true), "
        "set_config('idle_in_transaction_session_timeout', '60000', true)"
    )
    rates = []
    with psycopg.connect(_conninfo(url), prepare_threshold=None) as conn:
        for with_setting in (False, True):
            count = 0
            began = time.perf_counter()
            while time.perf_counter() - began < SECONDS:
                if with_setting:
                    conn.execute(setting)
                conn.execute("SELECT 1").fetchone()
                conn.commit()
                count += 1
            rates.append(count / (time.perf_counter() - began))
    return rates[0], rates[1]


def main() -> int:
    url = os.environ.get("QUALIFIER_TEST_PG_URL")
    if not url:
        print("set QUALIFIER_TEST_PG_URL (or run through scripts/throwaway_postgres.py)")
        return 2
    bouncer = os.environ.get("QUALIFIER_TEST_PGBOUNCER_URL")
    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        _setup(conn)
        print("| writers | feed | commits/s | p50 ms | p99 ms |")
        print("|---:|---|---:|---:|---:|")
        # The feeds take turns, round after round, so a change in the machine's load falls
        # on all of them; each figure is the median of the rounds.
        with psycopg.connect(_conninfo(url), autocommit=True) as listener:
            listener.execute("LISTEN bench_changes")
            for count in WRITERS:
                runs: dict[str, list[tuple[float, float, float]]] = {}
                for _ in range(ROUNDS):
                    for kind in FEEDS:
                        _use_trigger(conn, kind.split()[0])
                        runs.setdefault(kind, []).append(_writers(url, count))
                        conn.execute("VACUUM bench_rows")
                for kind, measured in runs.items():
                    rate, p50, p99 = (
                        statistics.median(column) for column in zip(*measured, strict=True)
                    )
                    print(f"| {count} | {kind} | {rate:,.0f} | {p50:.2f} | {p99:.2f} |")
        _use_trigger(conn, "notify")
        notify_ms = _notify_latency(url)
        _use_trigger(conn, "counter")
        poll_ms, poll_cpu = _poll_cost(url)
        median_ms, worst_ms = _poll_latency(url)
        print()
        print(f"poll: {poll_ms:.3f} ms per round trip", end="")
        if poll_cpu is not None:
            print(
                f", {poll_cpu:.0f} µs server CPU per poll; 500 workstations polling once a "
                f"second: {poll_cpu * 500 / 1e6:.3f} of a core"
            )
        else:
            print()
        print(f"a change reaches a board: NOTIFY {notify_ms:.2f} ms (median); ", end="")
        print(f"a poll every second {median_ms:.0f} ms median, {worst_ms:.0f} ms worst")
        if bouncer:
            without, with_setting = _per_transaction_timeouts(bouncer)
            print(
                f"through PgBouncer: {without:,.0f} read transactions/s, {with_setting:,.0f} with "
                f"the timeouts set in each ({(1 / with_setting - 1 / without) * 1000:.3f} ms "
                "more per transaction)"
            )
        conn.execute(
            "DROP TABLE bench_rows; DROP TABLE bench_counters; DROP FUNCTION bench_notify(); "
            "DROP FUNCTION bench_count()"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
