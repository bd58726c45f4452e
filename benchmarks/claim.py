"""Claim throughput and latency of the shared queue, next to its baselines.

For 1, 8 and 32 concurrent claimers (separate processes) on PostgreSQL and SQLite over
20,000 queued leads it prints claims/s, p50 and p99 claim latency, the CPU time per claim
and outcome (the claimer's own, and on PostgreSQL its server process's) and double claims,
and in the same run:
  - the floor: a plain one-row durable commit, one round trip (plain psycopg in autocommit;
    plain sqlite3 on SQLite), not through the application's session;
  - on PostgreSQL, the hand-written claim: one `UPDATE … WHERE id = (SELECT … FOR UPDATE
    SKIP LOCKED LIMIT 1) RETURNING id` on the same `leads` table, and one `UPDATE` as its
    outcome, each in autocommit (what the database can do for this exact query); and
    the same two statements as the rep's own login (skip_locked_rep), which pay the
    row-level policies and triggers that the database applies to every rep's write, each
    with the lead's audit row that it requires of a rep's change (migration 0067);
  - on PostgreSQL, the application's claim statement without the application: the same
    call of `qualifier_claim_next` that `claim_next` sends, from plain psycopg as the rep's
    login (in autocommit, prepared after five calls as the app's direct connections are),
    followed by the hand-written outcome: what the claim costs the server and the wire, so
    that the rest of `claim_next`'s time is the workstation's own;
  - a naive claim: read the best lead, then update it, without SKIP LOCKED or a condition;
  - `claim_next` followed by the outcome in a transaction (claim_tx), as it is recorded
    whenever the one call cannot be used: the outcome's cost before it was one call;
  - on PostgreSQL, a peer queue library: pgqueuer (the `benchmarks` extra) taking one job
    at a time and logging it done (`Queries.dequeue(1)` + `log_jobs`), each claimer on its
    own connection, over as many queued jobs in the same database.
`claim_next` is followed by the application's own outcome (a call not answered: the lead
waits for its next try), as a rep's workstation sends it. On PostgreSQL each claimer runs as
its rep's own login role, as the app does (row-level security, grants and the triggers that
check the rep apply); --as-owner runs them as the schema owner instead. The round trips of
each claim and outcome are counted (statements sent, and BEGIN and COMMIT or ROLLBACK for
each transaction).

    python benchmarks/claim.py [--pg URL] [--duration S] [--levels 1,8,32] [--leads N] [--history N]
                               [--kinds commit,skip_locked,skip_locked_rep,claim_call,claim,
                                        claim_tx,naive,pgqueuer]
                               [--no-sqlite]
                               [--as-owner] [--without-triggers leads_status_days_update,…]
                               [--without-indexes ix_leads_claim_order,…]

Before the first measurement the database gets --history earlier call attempts (20,000),
a month old, unanswered, spread over the leads: a center's `call_attempts` is never empty,
and the outcome's statement, planned once per connection, would otherwise keep the plan it
made for an empty table (reading the whole table for its request-id check) while the run
fills it. Each measurement starts from the same leads and these attempts.

--without-triggers disables those triggers on `leads` in the run's own scratch database, to
isolate what they cost the claim and the outcome (PostgreSQL only). --without-indexes drops
those indexes of `leads` there, to weigh what keeping them costs every write of a lead.

PostgreSQL comes from --pg or QUALIFIER_TEST_PG_URL (`make benchmarks` starts one).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import gc
import importlib.util
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy import event, insert, select, text, update
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.engine import make_url

from qualifier_app.app import build
from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible, PermissionDenied
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence import audit, queue_sql, schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import sync_login
from qualifier_app.persistence.models import (
    CallAttempt,
    CallingProfile,
    Lead,
    Queue,
    QueueMember,
    User,
)
from qualifier_app.persistence.person_login import person_url
from qualifier_app.services.center_days import write_offsets
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.settings import QueuePolicy, Settings

AT = datetime(2026, 11, 24, 15, tzinfo=UTC)  # inside the New York calling window
TICK = os.sysconf("SC_CLK_TCK")
REP_PASSWORD = "bench-rep-password"  # each bench rep's own database login

# The hand-written claim and its outcome, as anyone would write them for this table: the
# claim walks ix_leads_claim_free, the queued leads nobody holds (no lease runs out in a run).
SKIP_LOCKED_CLAIM = """
UPDATE leads SET lease_owner_id = %(rep)s, lease_expires_at = now() + interval '15 minutes',
                 leased_at = now(), version = version + 1
WHERE id = (SELECT id FROM leads
            WHERE status = 'queued' AND lease_owner_id IS NULL
            ORDER BY score DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING id"""
SKIP_LOCKED_DONE = """
UPDATE leads SET status = 'nurture', lease_owner_id = NULL, lease_expires_at = NULL,
                 version = version + 1
WHERE id = %(lead)s AND lease_owner_id = %(rep)s"""
# As the rep's own login, each statement also appends the lead's audit row, as the database
# requires of a rep's change of a lead (migration 0067); the actor and time are the database's.
AUDITED = """
WITH changed AS ({change})
INSERT INTO audit_log (at, action, entity_type, entity_id, before, after, reason)
SELECT now(), '{action}', 'lead', id::text, NULL, NULL, '' FROM changed
RETURNING entity_id::integer"""
SKIP_LOCKED_CLAIM_REP = AUDITED.format(change=SKIP_LOCKED_CLAIM.strip(), action="lead.claimed")
SKIP_LOCKED_DONE_REP = AUDITED.format(
    change=SKIP_LOCKED_DONE.strip() + " RETURNING id", action="lead.released"
)


# Baselines of one statement for the claim and one for its outcome, each outside the app.
ONE_STATEMENT_BASELINES = frozenset({"skip_locked", "skip_locked_rep", "claim_call", "pgqueuer"})


def claim_call_sql() -> str:
    """`queue_sql.CLAIM_CALL` as psycopg takes it, the SQL the app's one-call claim sends."""
    dialect = PGDialect_psycopg()  # type: ignore[no-untyped-call]  # SQLAlchemy's dialects are untyped
    return str(queue_sql.CLAIM_CALL.compile(dialect=dialect))


def claim_call_params(rep_id: int, open_profiles: list[int]) -> dict[str, Any]:
    """The parameters of `queue_sql.CLAIM_CALL` as `claim_next` passes them at AT: these
    calling profiles open, no registry stale, no call caps, the policy's lease and attempts."""
    policy = QueuePolicy()
    minute = AT.replace(second=0, microsecond=0)
    return {
        "rep_id": rep_id,
        "now": AT,
        "valid_from": minute,
        "valid_until": minute + timedelta(minutes=1),
        "lease_seconds": policy.lease_minutes * 60,
        "open_profiles": open_profiles,
        "file_max_attempts": policy.file_retry.max_attempts,
        "default_max_attempts": policy.max_attempts,
        "blocked_countries": [],
        "cap_profiles": [],
        "cap_hours": [],
        "cap_calls": [],
    }


@dataclass
class Figures:
    operations: int
    seconds: float
    latencies_ms: list[float]
    doubles: int
    client_cpu_s: float
    server_cpu_s: float | None
    trips: tuple[int, int]  # round trips of all claims, of all outcomes (app's own only)
    outcome_latencies_ms: list[float]

    @property
    def rate(self) -> float:
        return self.operations / self.seconds if self.seconds else 0.0

    def pct(self, q: float, outcomes: bool = False) -> float:
        latencies = self.outcome_latencies_ms if outcomes else self.latencies_ms
        if not latencies:
            return float("nan")
        ordered = sorted(latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def outcome_p50(self) -> str:
        return f"{self.pct(0.5, outcomes=True):.2f}" if self.outcome_latencies_ms else "–"

    def trips_per_operation(self, kind: str) -> str:
        if kind == "commit":
            return "1"
        if kind in ONE_STATEMENT_BASELINES:
            return "1 + 1"
        if not self.operations:
            return "–"
        claim, outcome = (count / self.operations for count in self.trips)
        return f"{claim:.1f} + {outcome:.1f}"

    def per_operation_ms(self, seconds: float | None) -> str:
        if seconds is None or not self.operations:
            return "–"
        return f"{seconds * 1000 / self.operations:.2f}"


# The earlier calls of a center that has been at work for a while. The outcome's statement is
# planned once per connection (PostgreSQL keeps its generic plan), so against an empty
# `call_attempts` it would keep reading the whole table for its request-id check, a table that
# grows with every outcome of the run: a cost no center with a history has.
HISTORY_ATTEMPTS = 20_000
HISTORY = "history-"  # the earlier calls' request ids begin with this; a reset keeps them


def prepare(url: str, leads: int, reps: int, history: int = 0) -> None:
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
            sync_login(s, user.login, "rep", active=True, password=REP_PASSWORD)
        # A center in New York: each outcome's call is dated by the center's day.
        write_offsets(s, "America/New_York")
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
        if history:
            earlier_calls(s, history)
        uow.commit()
    engine.dispose()


def earlier_calls(session: Any, count: int) -> None:
    """`count` calls a month before AT, by a rep of their own, spread over the queued leads,
    each unanswered, so no lead's eligibility changes."""
    caller = User(
        login="benchhistory",
        display_name="Earlier caller",
        role="rep",
        password_hash="-",
        created_at=AT,
    )
    session.add(caller)
    session.flush()
    lead_ids = list(session.scalars(select(Lead.id).order_by(Lead.id)))
    at = AT - timedelta(days=30)
    rows = [
        {
            "request_id": f"{HISTORY}{n}",
            "lead_id": lead_ids[n % len(lead_ids)],
            "rep_id": caller.id,
            "started_at": at,
            "ended_at": at + timedelta(minutes=1),
            "disposition": Disposition.NO_ANSWER.value,
            "outcome": OutcomeKind.NO_CONTACT.value,
            "reason": "",
            "notes": "",
        }
        for n in range(count)
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(CallAttempt), rows[start : start + 5000])


def reset(url: str) -> None:
    db = Database.from_url(url)
    with db.unit_of_work() as uow:
        uow.session.execute(
            text("DELETE FROM call_attempts WHERE request_id NOT LIKE :earlier"),
            {"earlier": f"{HISTORY}%"},
        )
        uow.session.execute(
            update(Lead)
            .values(
                status="queued",
                lease_owner_id=None,
                lease_expires_at=None,
                leased_at=None,
                attempts=0,
                next_call_at=None,
                last_attempt_at=None,
            )
            .execution_options(synchronize_session=False)
        )
        uow.session.execute(text("DELETE FROM bench_commit"))
        uow.commit()
    # Measure a database in its steady state: statistics current, dead rows of the reset
    # cleared, as autovacuum (PostgreSQL) and `PRAGMA optimize` (SQLite) keep it.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if db.dialect == "postgresql":
            connection.exec_driver_sql("VACUUM ANALYZE leads")
            connection.exec_driver_sql("VACUUM ANALYZE call_attempts")
        else:
            connection.exec_driver_sql("ANALYZE")
    db.dispose()


_barrier: Any = None


def _init(barrier: Any) -> None:
    global _barrier  # noqa: PLW0603 - a pool initializer can only hand over state this way
    _barrier = barrier


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _server_cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) the server processes with these pids have used so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / TICK


class Claimer:
    """One claiming process: one kind of operation, on its own connection(s)."""

    def __init__(self, kind: str, url: str, index: int, as_owner: bool = False) -> None:
        self.kind = kind
        self.index = index
        self.postgres = url.startswith("postgresql")
        login = f"bench{index}"
        owner = Database.from_url(url, pool_size=1)
        with owner.unit_of_work(write=False) as uow:
            self.user_id = uow.session.execute(
                select(User.id).where(User.login == login)
            ).scalar_one()
        if self.postgres and not as_owner:
            owner.dispose()
            self.db = Database.from_url(person_url(url, login, REP_PASSWORD), pool_size=1)
        else:
            self.db = owner
        self.round_trips = 0
        event.listen(self.db.engine, "before_cursor_execute", self._sent)
        event.listen(self.db.engine, "commit", self._ended)
        event.listen(self.db.engine, "rollback", self._ended)
        self.actor = Actor(self.user_id, f"bench{index}", "Bench", Role.REP)
        self.services = build(Settings(database_url=url), ManualClock(AT), db=self.db)
        self.plain: Any = None
        if kind in {"commit", "skip_locked", "skip_locked_rep"}:
            if self.postgres:
                # The rep's own login pays what the database checks on every rep's write of
                # a lead (its row-level policies and triggers); the owner's skips them.
                caller = person_url(url, login, REP_PASSWORD) if kind == "skip_locked_rep" else url
                self.plain = psycopg.connect(_libpq(caller), autocommit=True)
            else:
                self.plain = sqlite3.connect(make_url(url).database or "", isolation_level=None)
                self.plain.execute("PRAGMA journal_mode = WAL")
                self.plain.execute("PRAGMA synchronous = NORMAL")
                self.plain.execute("PRAGMA busy_timeout = 5000")
        self.rep_plain: Any = None
        if kind == "claim_call":
            if not self.postgres:
                raise SystemExit("claim_call is PostgreSQL's: the app's claim is one call there")
            self.plain = psycopg.connect(_libpq(url), autocommit=True)
            caller = url if as_owner else person_url(url, login, REP_PASSWORD)
            self.rep_plain = psycopg.connect(_libpq(caller), autocommit=True, row_factory=dict_row)
            self.claim_sql = claim_call_sql()
            self.claim_params = self._claim_call_params(owner if as_owner else self.db)
        self.versions: dict[int, int] = {}
        self.jobs: Any = None
        if kind == "pgqueuer":
            self.jobs = PgQueuerConsumer(_libpq(url))

    def _claim_call_params(self, db: Database) -> dict[str, Any]:
        """claim_call_params with every calling profile of this database open."""
        with db.unit_of_work(write=False) as uow:
            profiles = list(uow.session.execute(select(CallingProfile.id)).scalars())
        return claim_call_params(self.user_id, profiles)

    def _sent(self, *_args: Any) -> None:
        self.round_trips += 1

    def _ended(self, connection: Any) -> None:
        driver = connection.connection.driver_connection
        if isinstance(driver, sqlite3.Connection):
            # The app sends SQLite's BEGIN itself (counted as a statement); COMMIT or ROLLBACK
            # now, if a transaction was open.
            self.round_trips += int(driver.in_transaction)
        elif not driver.autocommit:
            # psycopg sent BEGIN before the transaction's first statement; COMMIT or ROLLBACK
            # now. In autocommit neither is sent.
            self.round_trips += 2

    def server_pids(self) -> list[int]:
        if not self.postgres:
            return []
        if self.rep_plain is not None:
            return [self.rep_plain.info.backend_pid, self.plain.info.backend_pid]
        if self.plain is not None:
            return [self.plain.info.backend_pid]
        if self.jobs is not None:
            return [self.jobs.backend_pid()]
        with self.db.engine.connect() as connection:
            return [int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())]

    def operation(self, n: int) -> int | None:
        """One timed claim (or commit); the lead it took, if any. StopIteration: empty."""
        if self.kind == "commit":
            self._commit(n)
            return None
        if self.kind in {"skip_locked", "skip_locked_rep"}:
            claim = SKIP_LOCKED_CLAIM_REP if self.kind == "skip_locked_rep" else SKIP_LOCKED_CLAIM
            row = self.plain.execute(claim, {"rep": self.user_id}).fetchone()
            if row is None:
                raise StopIteration
            return int(row[0])
        if self.kind == "claim_call":
            [claimed] = self.rep_plain.execute(self.claim_sql, self.claim_params).fetchall()
            if claimed["refusal"] is not None:
                raise SystemExit(f"the claim was refused: {claimed['refusal']}")
            if claimed["id"] is None:
                raise StopIteration
            return int(claimed["id"])
        if self.kind == "pgqueuer":
            job = self.jobs.dequeue()
            if job is None:
                raise StopIteration
            return int(job.id)
        if self.kind in {"claim", "claim_tx"}:
            try:
                card = self.services.queue.claim_next(self.actor)
            except NothingEligible:
                raise StopIteration from None
            self.versions[card.id] = card.version
            return card.id
        return self._naive()

    def _naive(self) -> int | None:
        try:
            lead_id = naive_claim(self.db, self.user_id)
        except PermissionDenied:
            return None  # another rep's lead, which the database refuses them (0049)
        if lead_id is None:
            raise StopIteration
        return lead_id

    def _commit(self, n: int) -> None:
        key = self.index * 10_000_000 + n
        if self.postgres:
            self.plain.execute("INSERT INTO bench_commit (id, n) VALUES (%s, %s)", (key, n))
        else:
            self.plain.execute("BEGIN IMMEDIATE")
            self.plain.execute("INSERT INTO bench_commit (id, n) VALUES (?, ?)", (key, n))
            self.plain.execute("COMMIT")

    def outcome(self, lead_id: int) -> None:
        """What follows a claim: the application's outcome after `claim_next`, one plain
        UPDATE after the hand-written claim and after the app's claim call, and a plain one
        after the naive claim."""
        if self.kind in {"claim", "claim_tx"}:
            if self.kind == "claim_tx":
                # As a workstation that did not keep the lead as claimed: the transaction.
                self.services.queue.forget(self.actor, lead_id)
            self.services.workspace.submit(
                self.actor,
                Outcome(
                    request_id=str(uuid.uuid4()),
                    lead_id=lead_id,
                    version=self.versions.pop(lead_id),
                    kind=OutcomeKind.NO_CONTACT,
                    started_at=AT,
                    disposition=Disposition.NO_ANSWER,
                ),
            )
        elif self.kind == "skip_locked_rep":
            self.plain.execute(SKIP_LOCKED_DONE_REP, {"lead": lead_id, "rep": self.user_id})
        elif self.kind in {"skip_locked", "claim_call"}:
            self.plain.execute(SKIP_LOCKED_DONE, {"lead": lead_id, "rep": self.user_id})
        elif self.kind == "pgqueuer":
            self.jobs.done()
        else:
            finish(self.db, lead_id, self.user_id, "nurture")

    def close(self) -> None:
        for plain in (self.plain, self.rep_plain):
            if plain is not None:
                plain.close()
        if self.jobs is not None:
            self.jobs.close()
        self.services.close()


class PgQueuerConsumer:
    """pgqueuer taking one job at a time and logging it done, on its own connection."""

    def __init__(self, url: str) -> None:
        from pgqueuer.domain.types import QueueEntrypoint, QueueManagerId
        from pgqueuer.ports.repository import EntrypointExecutionParameter
        from pgqueuer.queries import Queries

        self.loop = asyncio.new_event_loop()
        self.connection = self.loop.run_until_complete(
            psycopg.AsyncConnection.connect(url, autocommit=True)
        )
        self.queries = Queries.from_psycopg_connection(self.connection)
        self.entrypoints = {
            QueueEntrypoint("bench"): EntrypointExecutionParameter(concurrency_limit=0)
        }
        self.manager = QueueManagerId(uuid.uuid4())
        self.job: Any = None

    def backend_pid(self) -> int:
        return int(self.connection.info.backend_pid)

    def dequeue(self) -> Any:
        jobs = self.loop.run_until_complete(
            self.queries.dequeue(
                1,
                self.entrypoints,
                self.manager,
                None,
                timedelta(seconds=30),
            )
        )
        self.job = jobs[0] if jobs else None
        return self.job

    def done(self) -> None:
        self.loop.run_until_complete(self.queries.log_jobs([(self.job, "successful", None)]))

    def close(self) -> None:
        self.loop.run_until_complete(self.connection.close())
        self.loop.close()


def queue_jobs(url: str, jobs: int) -> None:
    """pgqueuer's tables in the run's database (installed once), holding `jobs` queued jobs."""
    from pgqueuer.queries import Queries

    async def fill() -> None:
        async with await psycopg.AsyncConnection.connect(_libpq(url), autocommit=True) as conn:
            queries = Queries.from_psycopg_connection(conn)
            if not await queries.has_table("pgqueuer"):
                await queries.install()
            await queries.clear_queue()
            await queries.clear_queue_log()
            for start in range(0, jobs, 5000):
                count = min(5000, jobs - start)
                await queries.enqueue(["bench"] * count, [None] * count, [0] * count)
            await conn.execute("VACUUM ANALYZE pgqueuer")

    asyncio.run(fill())


def worker(kind: str, url: str, index: int, duration: float, as_owner: bool) -> dict[str, Any]:
    claimer = Claimer(kind, url, index, as_owner)
    latencies: list[float] = []
    claimed: list[int] = []
    trips = {"claim": 0, "outcome": 0}
    outcome_latencies: list[float] = []
    # One untimed claim and outcome first, so that compiling statements and filling caches
    # is not counted.
    try:
        warm = claimer.operation(0)
        if warm is not None:
            claimer.outcome(warm)
    except BaseException:
        # The others would wait for this process at the start for ever; they fail with
        # BrokenBarrierError, so this one says why.
        _barrier.abort()
        traceback.print_exc()
        raise
    pids = claimer.server_pids()
    # As the desktop app does once its window is up: collect and freeze what start-up built,
    # so a full garbage collection of it does not land on one measured claim.
    gc.collect()
    gc.freeze()
    _barrier.wait()  # every process connected and warm: start together
    cpu_began, server_began = time.process_time(), _server_cpu(pids)
    deadline = time.time() + duration
    n = 0
    while time.time() < deadline:
        n += 1
        sent = claimer.round_trips
        began = time.perf_counter()
        try:
            lead_id = claimer.operation(n)
        except StopIteration:
            break
        latencies.append((time.perf_counter() - began) * 1000)
        trips["claim"] += claimer.round_trips - sent
        if lead_id is not None:
            claimed.append(lead_id)
            sent = claimer.round_trips
            began = time.perf_counter()
            claimer.outcome(lead_id)
            outcome_latencies.append((time.perf_counter() - began) * 1000)
            trips["outcome"] += claimer.round_trips - sent
    client_cpu = time.process_time() - cpu_began
    server_cpu = _server_cpu(pids) - server_began if pids else None
    claimer.close()
    return {
        "latencies": latencies,
        "claimed": claimed,
        "client_cpu": client_cpu,
        "server_cpu": server_cpu,
        "trips": trips,
        "outcome_latencies": outcome_latencies,
    }


def finish(db: Database, lead_id: int, user_id: int, status: str) -> None:
    """Take the lead out of the queue (or put it back), conditional on holding it; with its
    audit row, which the database requires of a rep's change of a lead."""
    with db.unit_of_work() as uow:
        finished = uow.session.execute(
            update(Lead)
            .where(Lead.id == lead_id, Lead.lease_owner_id == user_id)
            .values(status=status, lease_owner_id=None, lease_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        if finished.rowcount == 0:  # another rep took it meanwhile: nothing to audit
            return
        audit.record(
            uow.session,
            at=AT,
            actor_id=user_id,
            action="lead.released",
            entity_type="lead",
            entity_id=lead_id,
        )
        uow.commit()


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
        audit.record(
            s,
            at=now,
            actor_id=user_id,
            action="lead.claimed",
            entity_type="lead",
            entity_id=lead_id,
        )
        uow.commit()
        return int(lead_id)


def measure(
    kind: str, url: str, claimers: int, duration: float, as_owner: bool, leads: int
) -> Figures:
    reset(url)
    if kind == "pgqueuer":
        queue_jobs(url, leads)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(claimers)
    with context.Pool(claimers, initializer=_init, initargs=(barrier,)) as pool:
        results = pool.starmap(
            worker, [(kind, url, i, duration, as_owner) for i in range(claimers)]
        )
    latencies = [lat for r in results for lat in r["latencies"]]
    counts = Counter(lead for r in results for lead in r["claimed"])
    doubles = sum(count - 1 for count in counts.values() if count > 1)
    server = [r["server_cpu"] for r in results]
    return Figures(
        len(latencies),
        duration,
        latencies,
        doubles,
        sum(r["client_cpu"] for r in results),
        None if None in server else sum(server),
        (sum(r["trips"]["claim"] for r in results), sum(r["trips"]["outcome"] for r in results)),
        [lat for r in results for lat in r["outcome_latencies"]],
    )


def disable_triggers(url: str, names: list[str]) -> None:
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        for name in names:
            try:
                connection.execute(f'ALTER TABLE leads DISABLE TRIGGER "{name.strip()}"')
            except psycopg.errors.UndefinedObject:
                print(f"claim: leads has no trigger {name.strip()!r}", file=sys.stderr)
                sys.exit(2)
    print(f"disabled on leads, in this scratch database only: {', '.join(names)}")


def drop_indexes(url: str, names: list[str]) -> None:
    wanted = [name.strip() for name in names]
    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        known = {
            row[0]
            for row in connection.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'leads'"
            )
        }
        unknown = [name for name in wanted if name not in known]
        if unknown:  # before any is dropped: the run measures all of them gone or none
            print(f"claim: leads has no index {unknown[0]!r}", file=sys.stderr)
            sys.exit(2)
        for name in wanted:
            connection.execute(f'DROP INDEX "{name}"')
        connection.execute("VACUUM ANALYZE leads")
    print(f"dropped, in this scratch database only: {', '.join(wanted)}")


def fresh_postgres(server: str) -> str:
    """A scratch database on the server, dropped when the run ends (also when it fails)."""
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin_url = make_url(server).set(drivername="postgresql", database="postgres")
    admin_conninfo = admin_url.render_as_string(hide_password=False)
    with psycopg.connect(admin_conninfo, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        # A scratch database on a server others use: its people's logins may exist (0059).
        admin.execute(f"ALTER DATABASE \"{name}\" SET qualifier.logins = 'shared'")
    atexit.register(_drop_database, admin_conninfo, name)
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _drop_database(admin_conninfo: str, name: str) -> None:
    with psycopg.connect(admin_conninfo, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


LABELS = {
    "commit": "bare commit (floor)",
    "skip_locked": "hand-written SKIP LOCKED",
    "skip_locked_rep": "hand-written SKIP LOCKED, as the rep's login",
    "claim_call": "the app's claim call, plain psycopg",
    "claim": "claim_next + outcome",
    "claim_tx": "claim_next + outcome in a transaction",
    "naive": "naive read-then-update",
    "pgqueuer": "pgqueuer dequeue + log, one job at a time",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument(
        "--history",
        type=int,
        default=HISTORY_ATTEMPTS,
        help="earlier call attempts in the database before the first measurement",
    )
    parser.add_argument("--kinds", default=",".join(LABELS))
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--as-owner", action="store_true", help="claim as the schema owner, not as each rep"
    )
    parser.add_argument("--without-triggers", default="", help="triggers on leads to disable")
    parser.add_argument("--without-indexes", default="", help="indexes of leads to drop")
    args = parser.parse_args()
    if args.history < 0:
        print("claim: --history must be 0 or more", file=sys.stderr)
        sys.exit(2)
    levels = [int(level) for level in args.levels.split(",")]
    kinds = [kind for kind in args.kinds.split(",") if kind]
    if "pgqueuer" in kinds and importlib.util.find_spec("pgqueuer") is None:
        print("pgqueuer is not installed (pip install -e '.[benchmarks]'): measured without it")
        kinds.remove("pgqueuer")
    scratch = tempfile.TemporaryDirectory(prefix="qualifier-bench-")  # removed when the run ends
    folder = Path(scratch.name)
    targets = [] if args.no_sqlite else [("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}")]
    if args.pg:
        targets.insert(0, ("PostgreSQL", fresh_postgres(args.pg)))
    else:
        print("no PostgreSQL given (--pg or QUALIFIER_TEST_PG_URL): SQLite only")
    print(
        f"{args.leads:,} queued leads, {args.history:,} earlier call attempts, "
        f"{args.duration:.0f} s per measurement, {os.cpu_count()} CPU cores\n"
    )
    header = (
        "| database | claimers | what | ops/s | p50 ms | p99 ms | outcome p50 ms "
        "| client CPU ms/op | server CPU ms/op | round trips claim + outcome | double claims |\n"
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    print(header)
    for name, url in targets:
        prepare(url, args.leads, max(levels), args.history)
        if name == "PostgreSQL" and args.without_triggers:
            disable_triggers(url, args.without_triggers.split(","))
        if name == "PostgreSQL" and args.without_indexes:
            drop_indexes(url, args.without_indexes.split(","))
        for level in levels:
            for kind in kinds:
                if kind in ONE_STATEMENT_BASELINES and name == "SQLite":
                    continue  # no SKIP LOCKED: SQLite has one writer at a time
                figures = measure(kind, url, level, args.duration, args.as_owner, args.leads)
                doubles = "–" if kind == "commit" else str(figures.doubles)
                print(
                    f"| {name} | {level} | {LABELS[kind]} | {figures.rate:,.0f} | "
                    f"{figures.pct(0.5):.2f} | {figures.pct(0.99):.1f} | "
                    f"{figures.outcome_p50()} | "
                    f"{figures.per_operation_ms(figures.client_cpu_s)} | "
                    f"{figures.per_operation_ms(figures.server_cpu_s)} | "
                    f"{figures.trips_per_operation(kind)} | {doubles} |",
                    flush=True,
                )
    print(
        "\np50/p99 are over every claim (or commit) of every claimer in the measurement, "
        "outcome p50 over every outcome; "
        "CPU per operation covers the claim and its outcome."
    )


if __name__ == "__main__":
    main()
