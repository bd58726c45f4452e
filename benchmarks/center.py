"""A center of N workstations on one PostgreSQL, directly and through PgBouncer.

Each simulated workstation signs in with the person's own database login, exactly as the app
does (`app.sign_in_person`: its own engine and services), and works at a human pace
compressed in time: claim the next lead, a call of 20-120 s with lease heartbeats, an
outcome (mostly no contact, sometimes a callback, nurture, disqualification or a sales-ready
lead), a little after-call work, the rep's queue panel read after every outcome and every
30 s as the workspace reads it. Team leads keep their board open (the change feed, a
debounced refresh, a poll every 10 s); a supervisor runs reports; halfway through, the
supervisor's workstation imports 50,000 inquiries. The workstations are threads (mostly
asleep) in a few processes; the import has a process of its own, as it has a machine of its
own in a real center.

In a center each workstation has a machine to itself; here they share the database's. So
the workstations' processes and the import's run niced (--load-nice), and a few probes (a
handful of reps, faster than a person so their p99 has samples, and a team lead) each work
in a process of their own at normal priority: their figures are what a rep at a workstation
of their own waits for while the others work, without the hundreds of other simulated
workstations' Python competing for the same interpreter lock and cores.

It prints, per number of workstations and route: peak server connections (pg_stat_activity),
claim, outcome, heartbeat, board refresh, queue panel and report p50/p99, CPU per claim of the
server, the pooler and the clients, what the machine was busy with, and the invariants, read
from the database afterwards: no lead held by two reps at once, no outcome a workstation was
told is saved that the database does not have, no lead left leased.

Baselines in the same run, on a copy of the same database, at 1 and N consumers at full
speed: the floor (a plain one-row commit, one round trip), a hand-written `FOR UPDATE SKIP
LOCKED` claim and its acknowledgement on the same `leads` table (plain psycopg), and
pgqueuer's dequeue + ack, one job at a time.

    python scripts/throwaway_postgres.py --pgbouncer -- python benchmarks/center.py \\
        [--workstations 50,200] [--duration S] [--speed K] [--routes direct,pgbouncer]

`make benchmark-center` does that with the default sizes. PostgreSQL comes from --pg or
QUALIFIER_TEST_PG_URL, the pooler from --pgbouncer or QUALIFIER_TEST_PGBOUNCER_URL; the
server needs max_connections above the largest N (QUALIFIER_PG_MAX_CONNECTIONS for the
throwaway server).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import gc
import importlib.util
import itertools
import math
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.errors import LeaseLost, NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Role
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import sync_login
from qualifier_app.persistence.models import Lead, Queue, QueueMember, Team, TeamLead, User
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.services.workspace.dto import Outcome, WorkItem
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import QueuePolicy, Settings

HERE = Path(__file__).resolve().parent
PASSWORD = "center-simulation-7"  # every simulated person's; throwaway databases only
REPS_PER_TEAM = 20
# Workstations per process unless told: their threads take turns on one interpreter lock and
# share one heap to collect, which a workstation of its own does not.
WORKSTATIONS_PER_PROCESS = 64
CALL_SECONDS = (20.0, 120.0)
AFTER_CALL_SECONDS = (5.0, 30.0)
EMPTY_QUEUE_WAIT = 30.0  # a rep told "nothing eligible" tries again after this long
REPORT_EVERY = 60.0  # the supervisor looks at a report about once a minute
BOARD_DEBOUNCE = 0.25  # as ui/board/team_board.py: a refresh 250 ms after a change
BOARD_POLL = 10.0  # and one every 10 s anyway
# As ui/workspace/area.py: the rep's queue panel (leads waiting, callbacks, the day's figures)
# is read again after every outcome and every 30 s (PANEL_REFRESH_MS).
PANEL_SECONDS = 30.0
OUTCOMES = [  # what a call comes to, and how often
    (OutcomeKind.NO_CONTACT, 60),
    (OutcomeKind.CALLBACK, 14),
    (OutcomeKind.NURTURE, 10),
    (OutcomeKind.DISQUALIFY, 8),
    (OutcomeKind.SALES_READY, 8),
]
OPENING = {
    "reached_contact": "yes",
    "recording_notice": "yes",
    "permission": "yes",
    "prospect_kind": "business",
    "contact_ok": "yes",
}
ANSWERS: dict[OutcomeKind, dict[str, Any]] = {
    OutcomeKind.SALES_READY: {
        **OPENING,
        "need_level": "project",
        "seats": "250",
        "budget_status": "approved",
        "authority_role": "decision_maker",
        "timeline": "this_quarter",
        "decision_date": "2027-06-15",
    },
    OutcomeKind.NURTURE: {
        **OPENING,
        "need_level": "pain",
        "budget_status": "none",
        "authority_role": "influencer",
        "timeline": "no_plan",
    },
    OutcomeKind.DISQUALIFY: {**OPENING, "prospect_kind": "student"},
}
# Zones whose local time is tried in turn: the leads are in one whose calling window is open
# now and stays open for the run (08:00-21:00 local).
ZONES = [
    "America/New_York",
    "Europe/Berlin",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Sao_Paulo",
]


# --- figures -----------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def ms(values: list[float], q: float) -> str:
    value = pct(values, q)
    return "–" if math.isnan(value) else f"{value:.1f}"


def cpu_seconds(pid: int, *, with_children: bool = False) -> float:
    """User + system CPU of a process (and of its children that ended), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if with_children:
        ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(stat[1]) == pid:
                    found.append(int(entry.name))
    return found


def server_cpu(postmaster: int) -> float:
    """The whole server's CPU so far: the postmaster, its live backends, and (through the
    postmaster's children counters) every backend that has ended."""
    return cpu_seconds(postmaster, with_children=True) + sum(
        cpu_seconds(child, with_children=True) for child in children_of(postmaster)
    )


def pooler_pid(url: str | None) -> int | None:
    """The PgBouncer process listening on `url`'s port (its ini file names the port)."""
    if not url:
        return None
    port = make_url(url).port
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            if not any(arg.endswith(b"pgbouncer") for arg in argv[:1]):
                continue
            for arg in argv[1:]:
                if (
                    arg.endswith(b".ini")
                    and f"listen_port = {port}\n" in Path(arg.decode()).read_text()
                ):
                    return int(entry.name)
    return None


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


# --- databases -----------------------------------------------------------------------------


def libpq(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def admin(server: str) -> psycopg.Connection[Any]:
    return psycopg.connect(libpq(server, "postgres"), autocommit=True)


def open_zone(now: datetime) -> str:
    for zone in ZONES:
        local = now.astimezone(ZoneInfo(zone))
        if 9 <= local.hour < 19 and local.weekday() < 5:
            return zone
    for zone in ZONES:  # a weekend everywhere: the default window holds on weekends too
        if 9 <= now.astimezone(ZoneInfo(zone)).hour < 19:
            return zone
    return ZONES[0]


def people(workstations: int) -> tuple[list[str], list[str], str]:
    """Logins of the reps, their team leads (one per REPS_PER_TEAM reps) and the supervisor.
    Roles are the server's, shared by every database on it: the names are the same in
    every run, and a run gives them this run's password again."""
    reps = [f"center.rep{n:03d}" for n in range(1, workstations + 1)]
    leads = [f"center.lead{n:02d}" for n in range(1, -(-workstations // REPS_PER_TEAM) + 1)]
    return reps, leads, "center.super"


def make_template(server: str, workstations: int, leads: int) -> tuple[str, str]:
    """A migrated database with the people (each with a login role), one queue for them all
    and `leads` queued leads in a zone whose calling window is open; returns its name and
    the zone of the leads."""
    name = f"center_{uuid.uuid4().hex[:8]}"
    with admin(server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
        # Each center size is a database of its own on one server, with the same logins.
        connection.execute(f"ALTER DATABASE \"{name}\" SET qualifier.logins = 'shared'")
    url = with_database(server, name)
    db = Database.from_url(url)
    schema.upgrade(db.engine)
    db.dispose()
    return name, populate(url, workstations, leads)


def populate(url: str, workstations: int, leads: int) -> str:
    """The center in a migrated database; returns the zone of its leads."""
    db = Database.from_url(url)
    reps, team_leads, supervisor = people(workstations)
    with db.unit_of_work() as uow:
        s = uow.session
        now = s.execute(text("SELECT now()")).scalar_one().astimezone(UTC)
        zone = open_zone(now)
        install_scripts(s, now)
        queue = Queue(name="Center", description="the simulated center's queue", created_at=now)
        s.add(queue)
        s.flush()
        for number, lead_login in enumerate(team_leads):
            team = Team(name=f"Team {number + 1:02d}", created_at=now)
            s.add(team)
            s.flush()
            members = reps[number * REPS_PER_TEAM : (number + 1) * REPS_PER_TEAM]
            for login, role in [(lead_login, Role.TEAM_LEAD), *((r, Role.REP) for r in members)]:
                user = _person(s, login, role, team.id, now)
                s.add(QueueMember(queue_id=queue.id, user_id=user.id))
                if role is Role.TEAM_LEAD:
                    s.add(TeamLead(team_id=team.id, user_id=user.id))
        user = _person(s, supervisor, Role.SUPERVISOR, None, now)
        user.is_channel_manager = True
        profile = profile_id_for(s, (zone,), CallingWindow())
        rows = [
            {
                "company": f"Company {n}",
                "company_key": f"company {n}",
                "contact_name": f"Pat Prospect{n}",
                "first_name": "Pat",
                "last_name": f"Prospect{n}",
                "status": "queued",
                "segment": "enterprise",
                "score": (n * 7919) % 100,
                "queue_id": queue.id,
                "calling_profile_id": profile,
                "time_zones": zone,
                "inquired_at": now - timedelta(days=1),
                "created_at": now - timedelta(seconds=n),
                "updated_at": now,
                "version": 1,
            }
            for n in range(leads)
        ]
        for start in range(0, len(rows), 5000):
            s.execute(insert(Lead), rows[start : start + 5000])
        s.execute(text("CREATE TABLE bench_commit (id BIGINT PRIMARY KEY, n INTEGER)"))
        uow.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()
    return zone


def _person(s: Any, login: str, role: Role, team_id: int | None, now: datetime) -> User:
    user = User(
        login=login,
        display_name=login.replace("center.", "").title(),
        role=role.value,
        team_id=team_id,
        password_hash="-",  # PostgreSQL checks the password: the login role's
        active=True,
        created_at=now,
    )
    s.add(user)
    s.flush()
    sync_login(s, login, role.value, active=True, password=PASSWORD)
    return user


def copy_of(server: str, template: str) -> str:
    name = f"center_{uuid.uuid4().hex[:8]}"
    with admin(server) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def drop(server: str, name: str) -> None:
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the simulated center ------------------------------------------------------------------


@dataclass
class Plan:
    url: str  # the route the workstations take (directly or through the pooler)
    speed: float  # how much faster than a person
    data_dir: str
    seed: int
    behind_pooler: bool = False
    # How much lower than the machine's normal priority the process runs (os.nice)
    nice: int = 0
    # The workstations' `[queue] heartbeat_seconds`; None: the app's default.
    heartbeat_seconds: int | None = None


@dataclass
class Tally:
    """What one process's workstations saw."""

    claims: list[float] = field(default_factory=list)
    outcomes: list[float] = field(default_factory=list)
    heartbeats: list[float] = field(default_factory=list)
    boards: list[float] = field(default_factory=list)
    panels: list[float] = field(default_factory=list)  # the rep's queue panel
    reports: list[float] = field(default_factory=list)
    sign_ins: list[float] = field(default_factory=list)
    # the workspace getting the first claim, card and outcome ready after sign-in, before
    # the day starts (WorkspaceService.prepare)
    preparations: list[float] = field(default_factory=list)
    # each workstation's first claim, ms (also in `claims`): the first whose card it fills,
    # and the first of its triggers' writes on its connection; and the later ones
    first_claims: list[float] = field(default_factory=list)
    later_claims: list[float] = field(default_factory=list)
    # (lead, login, monotonic claim start, monotonic outcome end)
    held: list[tuple[int, str, float, float]] = field(default_factory=list)
    receipts: list[tuple[str, int]] = field(default_factory=list)  # (request id, attempt id)
    unconfirmed: list[str] = field(default_factory=list)  # outcomes sent that got no receipt
    # the calling thread's CPU per operation, ms (Python's share: all threads take turns on
    # one interpreter lock per process)
    cpu: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    # when each operation began (time.monotonic(), one clock for every process), in the
    # order of its list: what ran while the import did can be told apart
    began: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    # Python's garbage collections of a millisecond or more, ms: every thread of the process
    # waits for them
    collections: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    empty: int = 0
    feeds_stopped: int = 0
    cpu_seconds: float = 0.0  # the process's, from the start of the day to its end
    niceness: int = 0  # the process's, as it worked
    probe: bool = False  # a workstation in a process of its own, at normal priority
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, value: float) -> None:
        with self.lock:
            getattr(self, name).append(value)

    def error(self, where: str, exc: BaseException) -> None:
        with self.lock:
            self.errors[f"{where}: {type(exc).__name__}"] += 1

    def plain(self) -> dict[str, Any]:
        return {
            key: dict(value) if key in {"cpu", "began"} else value
            for key, value in vars(self).items()
            if key != "lock" and not key.startswith("_")
        }


def route_settings(plan: Plan) -> Settings:
    """The workstation's settings; through PgBouncer it is told so (`[database] pooler`) when
    the app has that setting."""
    settings = Settings(database_url=plan.url, data_dir=Path(plan.data_dir))
    connections = getattr(settings, "connections", None)
    if plan.behind_pooler and connections is not None and hasattr(connections, "pooler"):
        settings = dataclasses.replace(
            settings, connections=dataclasses.replace(connections, pooler="pgbouncer")
        )
    if plan.heartbeat_seconds is not None:
        settings = dataclasses.replace(
            settings,
            queue=dataclasses.replace(settings.queue, heartbeat_seconds=plan.heartbeat_seconds),
        )
    return settings


def sign_in(plan: Plan, login: str, tally: Tally) -> Any:
    from qualifier_app.app import sign_in_person

    settings = route_settings(plan)
    began = time.perf_counter()
    signed = sign_in_person(settings, login, PASSWORD, workstation=f"sim-{login}")
    tally.add("sign_ins", (time.perf_counter() - began) * 1000)
    assert signed is not None
    return signed


def timed(tally: Tally, name: str, call: Callable[[], Any], *also: str) -> Any:
    """The call's result; its time goes into the tally's list `name` (and those in `also`)."""
    at, began, cpu = time.monotonic(), time.perf_counter(), time.thread_time()
    result = call()
    spent = (time.perf_counter() - began) * 1000
    with tally.lock:
        for into in (name, *also):
            getattr(tally, into).append(spent)
        tally.began[name].append(at)
        tally.cpu[name].append((time.thread_time() - cpu) * 1000)
    return result


def outcome_for(item: WorkItem, kind: OutcomeKind, started: datetime) -> Outcome:
    lead = item.lead
    server_now = lead.lease_expires_at - timedelta(minutes=QueuePolicy().lease_minutes)
    fields: dict[str, Any] = {
        "request_id": str(uuid.uuid4()),
        "lead_id": lead.id,
        "version": lead.version,
        "kind": kind,
        "started_at": started,
        "script_id": item.script.id,
        "answers": ANSWERS.get(kind, {}),
    }
    if kind is OutcomeKind.NO_CONTACT:
        fields["disposition"] = Disposition.NO_ANSWER
    elif kind is OutcomeKind.CALLBACK:
        fields["answers"] = OPENING
        fields["callback_at"] = server_now + timedelta(days=1)
        fields["callback_me_only"] = False
    elif kind is OutcomeKind.NURTURE:
        fields["reason"] = "no budget until next quarter"
        fields["recycle_on"] = server_now.date() + timedelta(days=90)
    elif kind is OutcomeKind.DISQUALIFY:
        fields["reason"] = "student or private person"
    return Outcome(**fields)


def workstation(  # noqa: PLR0912, PLR0915 - one rep's day, start to end
    plan: Plan, login: str, go: Any, stop: Any, tally: Tally, ready: Callable[[], None]
) -> None:
    rng = random.Random(f"{plan.seed}-{login}")
    try:
        services, signed = sign_in(plan, login, tally)
    except Exception as exc:
        tally.error("sign-in", exc)
        ready()
        return
    actor = signed.actor
    heartbeat = services.settings.queue.heartbeat_seconds / plan.speed
    kinds, weights = zip(*OUTCOMES, strict=True)
    panel_every = PANEL_SECONDS / plan.speed
    next_panel = time.monotonic() + rng.uniform(0, panel_every)

    def panel() -> None:
        """The rep's queue panel read again, as the workspace does on its timer and after
        every outcome."""
        nonlocal next_panel
        next_panel = time.monotonic() + panel_every
        day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            timed(tally, "panels", partial(services.workspace.rep_day, actor, day))
        except Exception as exc:
            tally.error("panel", exc)

    def pause(seconds: float, *, till_the_end: bool = False) -> None:
        """Wait as the workspace waits, its panel read on its timer meanwhile; `till_the_end`:
        through the center's closing (a call the rep finishes)."""
        ends = time.monotonic() + seconds
        while (left := ends - time.monotonic()) > 0 and (till_the_end or not stop.is_set()):
            if time.monotonic() >= next_panel:
                panel()
                continue
            wait = min(left, max(0.0, next_panel - time.monotonic()))
            if till_the_end:
                time.sleep(wait)
            else:
                stop.wait(wait)

    try:  # as the workspace does when it opens
        services.workspace.active_scripts(actor)
        timed(tally, "preparations", partial(services.workspace.prepare, actor))
    except Exception as exc:
        tally.error("prepare", exc)
    ready()
    go.wait()
    # Workstations do not all press Next in the same second.
    stop.wait(rng.uniform(0, sum(AFTER_CALL_SECONDS) / plan.speed))
    first = True
    try:
        while not stop.is_set():
            began = time.monotonic()
            try:
                item = timed(
                    tally,
                    "claims",
                    lambda: services.workspace.next_lead(actor),
                    "first_claims" if first else "later_claims",
                )
                first = False
            except NothingEligible:
                with tally.lock:
                    tally.empty += 1
                panel()
                pause(EMPTY_QUEUE_WAIT / plan.speed)
                continue
            except Exception as exc:
                tally.error("claim", exc)
                stop.wait(1)
                continue
            started = item.lead.lease_expires_at - timedelta(minutes=QueuePolicy().lease_minutes)
            call_ends = time.monotonic() + rng.uniform(*CALL_SECONDS) / plan.speed
            lead_id = item.lead.id
            # The call goes on even when the center closes: the rep finishes it.
            while (left := call_ends - time.monotonic()) > 0:
                pause(min(left, heartbeat), till_the_end=True)
                if time.monotonic() < call_ends:
                    try:
                        timed(
                            tally, "heartbeats", partial(services.queue.heartbeat, actor, lead_id)
                        )
                    except Exception as exc:
                        tally.error("heartbeat", exc)
            outcome = outcome_for(item, rng.choices(kinds, weights)[0], started)
            receipt = None
            for _ in range(3):  # as a rep sends it again after "cannot reach the database"
                try:
                    receipt = timed(
                        tally, "outcomes", partial(services.workspace.submit, actor, outcome)
                    )
                    break
                except LeaseLost as exc:
                    tally.error("outcome", exc)
                    break
                except Exception as exc:
                    tally.error("outcome", exc)
            with tally.lock:
                tally.held.append((lead_id, login, began, time.monotonic()))
                if receipt is not None:
                    tally.receipts.append((receipt.request_id, receipt.attempt_id))
                else:
                    tally.unconfirmed.append(outcome.request_id)
            panel()
            pause(rng.uniform(*AFTER_CALL_SECONDS) / plan.speed)
        services.workspace.end_shift(actor)
    except Exception as exc:
        tally.error("shift", exc)
    finally:
        services.close()


def team_lead(
    plan: Plan, login: str, go: Any, stop: Any, tally: Tally, ready: Callable[[], None]
) -> None:
    try:
        services, signed = sign_in(plan, login, tally)
    except Exception as exc:
        tally.error("sign-in", exc)
        ready()
        return
    actor = signed.actor
    changed = threading.Event()
    feed_stop = threading.Event()

    def feed() -> None:
        try:
            services.board.watch(actor, feed_stop, changed.set)
        except Exception as exc:
            with tally.lock:
                tally.feeds_stopped += 1
            tally.error("change feed", exc)

    watcher = threading.Thread(target=feed, daemon=True)
    watcher.start()
    ready()
    go.wait()
    try:
        while not stop.is_set():
            changed.wait(BOARD_POLL)
            changed.clear()
            if stop.wait(BOARD_DEBOUNCE):
                break
            try:
                timed(tally, "boards", lambda: services.board.board(actor))
            except Exception as exc:
                tally.error("board", exc)
    finally:
        feed_stop.set()
        watcher.join(5)
        services.close()


def supervisor(
    plan: Plan, login: str, go: Any, stop: Any, tally: Tally, ready: Callable[[], None]
) -> None:
    try:
        services, signed = sign_in(plan, login, tally)
    except Exception as exc:
        tally.error("sign-in", exc)
        ready()
        return
    actor = signed.actor
    ready()
    go.wait()
    today = datetime.now(UTC).date()
    period = Period(today - timedelta(days=30), today)
    reports = [
        lambda: services.reports.conversion_by_rep(actor, period),
        lambda: services.reports.status_kpis(actor, "team", period),
        lambda: services.queue.stats(actor),
    ]
    try:
        n = 0
        while not stop.wait(REPORT_EVERY / plan.speed):
            try:
                timed(tally, "reports", reports[n % len(reports)])
            except Exception as exc:
                tally.error("report", exc)
            n += 1
    finally:
        services.close()


def run_people(
    plan: Plan,
    cast: list[tuple[str, str]],
    go: Any,
    stop: Any,
    signed_in: Any,
    results: Any,
    probe: bool = False,
) -> None:
    """One process's share of the center: a thread per person. Once all of them have signed
    in, the process settles its memory as each workstation does once its window is open."""
    tally = Tally(niceness=os.nice(plan.nice), probe=probe)
    roles = {"rep": workstation, "lead": team_lead, "supervisor": supervisor}
    gate = threading.Semaphore(4)  # a morning's sign-ins, a few at a time per process
    waiting = [len(cast)]
    all_in = threading.Event()

    def person(kind: str, login: str) -> None:
        released = threading.Event()

        def ready() -> None:
            if not released.is_set():
                released.set()
                gate.release()
                with tally.lock:
                    waiting[0] -= 1
                    if not waiting[0]:
                        all_in.set()

        gate.acquire()
        try:
            roles[kind](plan, login, go, stop, tally, ready)
        except Exception:
            traceback.print_exc()
        finally:
            ready()

    threads = [
        threading.Thread(target=person, args=(kind, login), daemon=True) for kind, login in cast
    ]
    collecting = [0.0]

    def collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        elif (spent := (time.perf_counter() - collecting[0]) * 1000) >= 1:
            tally.collections.append(spent)

    for thread in threads:
        thread.start()
    all_in.wait()
    from qualifier_app.app import settle_memory

    settle_memory()
    for _, login in cast:
        signed_in.put(login)
    go.wait()
    gc.callbacks.append(collection)
    cpu_at_start = time.process_time()
    for thread in threads:
        thread.join()
    tally.cpu_seconds = time.process_time() - cpu_at_start
    results.put(tally.plain())


def run_import(plan: Plan, login: str, csv: str, results: Any) -> None:
    """The supervisor's import, on a workstation of its own."""
    os.nice(plan.nice)
    try:
        tally = Tally()
        services, signed = sign_in(plan, login, tally)
        began, started = time.perf_counter(), time.monotonic()
        summary = services.intake.import_inquiries(
            signed.actor, Path(csv), rejects_path=Path(plan.data_dir) / "rejects.csv"
        )
        results.put(
            {
                "seconds": time.perf_counter() - began,
                "span": (started, time.monotonic()),
                "rows": summary.rows,
                "imported": summary.imported,
            }
        )
        services.close()
    except Exception as exc:
        results.put({"error": f"{type(exc).__name__}: {exc}"})


@dataclass
class Sample:
    peak: int = 0
    peak_active: int = 0
    peak_lock_waits: int = 0  # backends waiting for a row or table lock at once
    # What the backends running a statement were doing, over all samples: "CPU" (no wait
    # event: on a core, or waiting for one) or the wait event's type and name.
    running: Counter[str] = field(default_factory=Counter)
    # The server's own work, as seen in the samples (time.monotonic()): each autovacuum
    # worker's task, first and last seen, and when each checkpoint ended, by its trigger.
    # A task is told from the same task run again by when its transaction began.
    maintenance: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    checkpoints: list[tuple[str, float]] = field(default_factory=list)


def watch_connections(owner_url: str, database: str, stop: threading.Event, into: Sample) -> None:
    """Count the server's connections to the database (besides this one) twice a second."""
    checkpoints = "SELECT checkpoints_timed, checkpoints_req FROM pg_stat_bgwriter"
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        done = connection.execute(checkpoints).fetchone() or (0, 0)
        while not stop.wait(0.5):
            now = time.monotonic()
            for task, began in connection.execute(
                "SELECT query, xact_start FROM pg_stat_activity WHERE datname = %s "
                "AND backend_type = 'autovacuum worker' AND query <> ''",
                (database,),
            ).fetchall():
                into.maintenance.setdefault((str(task), str(began)), [now, now])[1] = now
            ended = connection.execute(checkpoints).fetchone() or done
            seen = time.monotonic()
            into.checkpoints += [
                (trigger, seen)
                for trigger, before, after in zip(("timed", "requested"), done, ended, strict=True)
                for _ in range(after - before)
            ]
            done = ended
            total, active, waiting = connection.execute(
                "SELECT count(*), count(*) FILTER (WHERE state <> 'idle'), "
                "count(*) FILTER (WHERE wait_event_type = 'Lock') FROM pg_stat_activity "
                "WHERE datname = %s AND backend_type = 'client backend' "
                "AND pid <> pg_backend_pid()",
                (database,),
            ).fetchone() or (0, 0, 0)
            into.peak = max(into.peak, int(total))
            into.peak_active = max(into.peak_active, int(active))
            into.peak_lock_waits = max(into.peak_lock_waits, int(waiting))
            for doing, count in connection.execute(
                "SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'), count(*) "
                "FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend' "
                "AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1",
                (database,),
            ).fetchall():
                into.running[str(doing)] += int(count)


def sessions_started(owner_url: str, database: str) -> int:
    """Server connections opened to the database so far (each one a backend started and a
    login authenticated): through the pooler, how often it hands a connection to another
    person."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        row = connection.execute(
            "SELECT sessions FROM pg_stat_database WHERE datname = %s", (database,)
        ).fetchone()
    return int(row[0]) if row else 0


def reset_statements(owner_url: str) -> bool:
    """Start `pg_stat_statements` afresh for this run; False when the server has not loaded it
    (QUALIFIER_PG_STAT_STATEMENTS=1 for the throwaway server)."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        row = connection.execute("SHOW shared_preload_libraries").fetchone()
        if not row or "pg_stat_statements" not in row[0]:
            return False
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        connection.execute("SELECT pg_stat_statements_reset()")
    return True


def top_statements(owner_url: str, database: str, limit: int = 15) -> list[dict[str, Any]]:
    """Where the server's time went, by statement, summed over the people's login roles (the
    extension keeps one entry per role); nested statements (inside functions and triggers) are
    marked, their time is also in the statement that ran them."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        total = connection.execute(
            "SELECT coalesce(sum(s.total_exec_time), 0) FROM pg_stat_statements s "
            "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = %s AND s.toplevel",
            (database,),
        ).fetchone()
        rows = connection.execute(
            "SELECT s.toplevel, sum(s.calls), sum(s.total_exec_time), sum(s.rows), "
            "sum(s.shared_blks_hit + s.shared_blks_read), max(s.max_exec_time), min(s.query) "
            "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
            "WHERE d.datname = %s GROUP BY s.queryid, s.toplevel "
            "ORDER BY sum(s.total_exec_time) DESC LIMIT %s",
            (database, limit),
        ).fetchall()
    whole = float(total[0]) if total else 0.0
    return [
        {
            "toplevel": bool(toplevel),
            "calls": int(calls),
            "total_ms": float(spent),
            "share": float(spent) / whole if whole else 0.0,
            "mean_ms": float(spent) / int(calls) if calls else 0.0,
            "rows": int(rows),
            "blocks_per_call": int(blocks) / int(calls) if calls else 0.0,
            "max_ms": float(longest),
            "query": " ".join(str(query).split())[:160],
        }
        for toplevel, calls, spent, rows, blocks, longest, query in rows
    ]


# The query of `qualifier_user_id()`, which row-level security asks who is asking with.
ASKER_LOOKUP = "%SELECT id FROM users%WHERE db_role = session_user%"


def asker_lookups(owner_url: str, database: str) -> int:
    """How many times the server looked up who is asking (pg_stat_statements)."""
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        row = connection.execute(
            "SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s "
            "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = %s AND s.query LIKE %s",
            (database, ASKER_LOOKUP),
        ).fetchone()
    return int(row[0]) if row else 0


def simulate(  # noqa: PLR0912, PLR0915 - a run, its measurements and its checks
    server: str,
    route: str,
    route_url: str,
    database: str,
    workstations: int,
    args: argparse.Namespace,
    csv: Path,
) -> dict[str, Any]:
    owner_url = with_database(server, database)
    plan = Plan(
        url=with_database(route_url, database),
        speed=args.speed,
        data_dir=tempfile.mkdtemp(prefix="run-", dir=csv.parent),
        seed=args.seed,
        behind_pooler=route == "pgbouncer",
        heartbeat_seconds=args.heartbeat_seconds,
    )
    reps, team_leads, boss = people(workstations)
    # The probes: a few reps and a team lead each in a process of their own at the machine's
    # normal priority, as a workstation has a machine to itself. The others' processes (and
    # the import's) yield the CPU to them and to the server: in a center their CPU is on
    # their own machines, not on the database's.
    probe_reps = reps[: args.probes]
    probe_leads = team_leads[:1] if probe_reps else []
    probes = [("rep", r) for r in probe_reps] + [("lead", t) for t in probe_leads]
    cast = [("rep", r) for r in reps[len(probe_reps) :]] + [
        ("lead", t) for t in team_leads[len(probe_leads) :]
    ]
    count = args.processes or max(2, math.ceil(workstations / WORKSTATIONS_PER_PROCESS))
    shares = [cast[i::count] for i in range(count)]
    shares[-1].append(("supervisor", boss))
    load = dataclasses.replace(plan, nice=args.load_nice)
    probing = dataclasses.replace(plan, speed=args.probe_speed)
    context = multiprocessing.get_context("spawn")
    go, stop = context.Event(), context.Event()
    signed_in, results = context.Queue(), context.Queue()
    processes = [
        context.Process(target=run_people, args=(load, share, go, stop, signed_in, results))
        for share in shares
        if share
    ] + [
        context.Process(
            target=run_people, args=(probing, [probe], go, stop, signed_in, results, True)
        )
        for probe in probes
    ]
    for process in processes:
        process.start()
    for _ in range(sum(len(share) for share in shares) + len(probes)):
        signed_in.get(timeout=600)
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        backend = connection.execute("SELECT pg_backend_pid()").fetchone()
        assert backend is not None
        postmaster = int(Path(f"/proc/{backend[0]}/stat").read_text().rsplit(")", 1)[1].split()[1])
    pooler = pooler_pid(route_url) if route == "pgbouncer" else None
    sample = Sample()
    sampling = threading.Event()
    sampler = threading.Thread(
        target=watch_connections, args=(owner_url, database, sampling, sample), daemon=True
    )
    sampler.start()
    cpu_before = (
        server_cpu(postmaster),
        cpu_seconds(pooler) if pooler else 0.0,
        0.0,
        machine_jiffies(),
    )
    counting = reset_statements(owner_url)
    sessions_before = sessions_started(owner_url, database)
    go.set()
    started = time.monotonic()
    importer = None
    before_import: tuple[float, float] | None = None
    imported: dict[str, Any] = {}
    import_results = context.Queue()
    while (elapsed := time.monotonic() - started) < args.duration:
        if importer is None and args.import_rows and elapsed >= args.duration / 4:
            before_import = (time.monotonic(), server_cpu(postmaster))
            importer = context.Process(
                target=run_import, args=(load, boss, str(csv), import_results)
            )
            importer.start()
        time.sleep(min(0.2, args.duration - elapsed))
    stop.set()
    tallies = [results.get(timeout=600) for _ in processes]
    ended = time.monotonic()
    import_cpu = cpu_seconds(importer.pid) if importer and importer.pid else 0.0
    cpu_after = (
        server_cpu(postmaster),
        cpu_seconds(pooler) if pooler else 0.0,
        sum(tally["cpu_seconds"] for tally in tallies),
        machine_jiffies(),
    )
    for process in processes:
        process.join(60)
    if importer is not None:
        imported = import_results.get(timeout=1800)
        importer.join(60)
    sampling.set()
    sampler.join(5)
    statements = top_statements(owner_url, database) if counting else []
    lookups = asker_lookups(owner_url, database) if counting else 0
    sessions = sessions_started(owner_url, database) - sessions_before
    merged: dict[str, Any] = defaultdict(list)
    client_cpu: dict[str, list[float]] = defaultdict(list)
    began: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    counts = Counter[str]()
    probed: dict[str, list[float]] = defaultdict(list)
    probe_claims_at: list[tuple[float, float]] = []  # (ms, seconds into the run)
    niceness: dict[str, list[int]] = {"load": [], "probe": []}
    for tally in tallies:
        niceness["probe" if tally["probe"] else "load"].append(tally["niceness"])
        if tally["probe"]:
            # A workstation's first claim is its backend's first call of the claim: told
            # apart, as for all workstations.
            for name in ("later_claims", "first_claims", "outcomes", "heartbeats", "boards"):
                probed[name].extend(tally[name])
            probe_claims_at += [
                (spent, at - started)
                for spent, at in zip(tally["claims"], tally["began"].get("claims", []), strict=True)
            ]
        for key, value in tally.items():
            if key in {"probe", "niceness"}:
                continue
            if isinstance(value, list):
                merged[key].extend(value)
            elif key == "cpu":
                for name, spent in value.items():
                    client_cpu[name].extend(spent)
            elif key == "began":
                for name, moments in value.items():
                    began[name].extend(moments)
            elif key == "errors":
                errors.update(value)
            else:
                counts[key] += value
    claims = len(merged["claims"])
    busy = cpu_after[3][0] - cpu_before[3][0]
    total = cpu_after[3][1] - cpu_before[3][1]
    wall = ended - started
    cores = os.cpu_count() or 1

    def per_claim(seconds: float) -> str:
        return f"{seconds * 1000 / claims:.1f}" if claims else "–"

    server_s = cpu_after[0] - cpu_before[0]
    pooler_s = cpu_after[1] - cpu_before[1]
    client_s = cpu_after[2] - cpu_before[2]
    machine_s = busy / os.sysconf("SC_CLK_TCK")
    checks = invariants(owner_url, merged["held"], merged["receipts"], merged["unconfirmed"])
    quiet = "–"  # the server's CPU per claim before the import started
    if before_import is not None:
        claimed = sum(1 for _, _, began, _ in merged["held"] if began < before_import[0])
        if claimed:
            quiet = f"{(before_import[1] - cpu_before[0]) * 1000 / claimed:.1f}"
    return {
        "route": route,
        "workstations": workstations,
        "team_leads": len(team_leads),
        "seconds": wall,
        "claims": claims,
        "claims_per_s": claims / wall if wall else 0.0,
        # what the reps would claim a second if nothing made them wait
        "asked_per_s": (
            (workstations - len(probe_reps)) * args.speed + len(probe_reps) * args.probe_speed
        )
        / ((sum(CALL_SECONDS) + sum(AFTER_CALL_SECONDS)) / 2),
        "probes": {
            "reps": len(probe_reps),
            "team_leads": len(probe_leads),
            "speed": args.probe_speed,
            "load_nice": args.load_nice,
            "longest_claims": sorted(probe_claims_at, reverse=True)[:5],
            "import_s": [at - started for at in imported.get("span", ())],
            "claim": probed["later_claims"],
            "first_claim": probed["first_claims"],
            **{
                name.removesuffix("s"): probed[name]
                for name in ("outcomes", "heartbeats", "boards")
            },
        },
        "niceness": {kind: sorted(values) for kind, values in niceness.items()},
        "claim": merged["claims"],
        "outcome": merged["outcomes"],
        "heartbeat": merged["heartbeats"],
        "board": merged["boards"],
        "panel": merged["panels"],
        "report": merged["reports"],
        "sign_in": merged["sign_ins"],
        "prepare": merged["preparations"],
        "first_claims": merged["first_claims"],
        "later_claims": merged["later_claims"],
        "peak_connections": sample.peak,
        "peak_active": sample.peak_active,
        "peak_lock_waits": sample.peak_lock_waits,
        "running": dict(sample.running),
        "server_work": sorted(
            [
                (task, seen[0] - started, seen[1] - started)
                for (task, _), seen in sample.maintenance.items()
            ]
            + [
                (f"checkpoint ({trigger}) ended", at - started, at - started)
                for trigger, at in sample.checkpoints
            ],
            key=lambda work: work[1],
        ),
        "sessions_started": sessions,
        "server_ms_per_claim": per_claim(server_s),
        "server_ms_per_claim_before_import": quiet,
        "pooler_ms_per_claim": per_claim(pooler_s) if pooler else "–",
        "client_ms_per_claim": per_claim(client_s),
        "machine_busy": busy / total if total else 0.0,
        "shares": {
            "server": server_s / wall / cores,
            "pooler": pooler_s / wall / cores,
            "workstations": client_s / wall / cores,
            "import": import_cpu / wall / cores,
            "other": max(0.0, machine_s - server_s - pooler_s - client_s - import_cpu)
            / wall
            / cores,
        },
        "empty": counts["empty"],
        "feeds_stopped": counts["feeds_stopped"],
        "errors": dict(errors),
        "import": imported,
        "collections": merged["collections"],
        "while_importing": {
            name: split_by_span(merged[f"{name}s"], began[f"{name}s"], imported.get("span"))
            for name in ("claim", "outcome", "board", "panel")
        },
        "client_cpu": {name: sum(spent) / len(spent) for name, spent in client_cpu.items()},
        "statements": statements,
        "asker_lookups": lookups,
        **checks,
    }


def split_by_span(
    values: list[float], began: list[float], span: tuple[float, float] | None
) -> tuple[list[float], list[float]]:
    """The operations that began while `span` lasted, and the others."""
    if span is None:
        return [], values
    inside = [value for value, at in zip(values, began, strict=True) if span[0] <= at < span[1]]
    outside = [
        value for value, at in zip(values, began, strict=True) if not span[0] <= at < span[1]
    ]
    return inside, outside


def invariants(
    owner_url: str,
    held: list[tuple[int, str, float, float]],
    receipts: list[tuple[str, int]],
    unconfirmed: list[str],
) -> dict[str, int]:
    """Checked afterwards: from what the workstations saw and from the database itself.

    A lost outcome is one a workstation got a receipt for that the database does not have.
    An outcome that ended in an error (no receipt) is counted apart: saved or not, the rep
    was not told it was saved."""
    # Two workstations holding the same lead at overlapping times.
    by_lead: dict[int, list[tuple[float, float, str]]] = defaultdict(list)
    for lead, login, began, ended in held:
        by_lead[lead].append((began, ended, login))
    overlapping = 0
    for spans in by_lead.values():
        spans.sort()
        for (_, first_end, first), (second_start, _, second) in itertools.pairwise(spans):
            if first != second and second_start < first_end:
                overlapping += 1
    with psycopg.connect(libpq(owner_url), autocommit=True) as connection:
        # The audit trail of each lead: a claim while another rep still held it (no outcome or
        # release in between) is a double claim.
        rows = connection.execute(
            "SELECT entity_id, actor_id, action FROM audit_log WHERE entity_type = 'lead' "
            "AND (action = 'lead.claimed' OR action = 'lead.released' OR action = ANY(%s)) "
            "ORDER BY entity_id, id",
            ([f"lead.{kind.value}" for kind in OutcomeKind],),
        ).fetchall()
        doubles = 0
        holder: dict[str, int | None] = {}
        for lead, actor, action in rows:
            if action == "lead.claimed":
                if holder.get(lead) not in (None, actor):
                    doubles += 1
                holder[lead] = actor
            else:
                holder[lead] = None
        saved: dict[str, int] = dict(
            connection.execute(
                "SELECT request_id, id FROM call_attempts WHERE request_id = ANY(%s)",
                ([request for request, _ in receipts],),
            ).fetchall()
        )
        lost = sum(1 for request, attempt in receipts if saved.get(request) != attempt)
        row = connection.execute(
            "SELECT count(*) FROM call_attempts WHERE request_id = ANY(%s)", (unconfirmed,)
        ).fetchone()
        unconfirmed_saved = int(row[0]) if row else 0
        still_leased = connection.execute(
            "SELECT count(*) FROM leads "
            "WHERE lease_owner_id IS NOT NULL AND lease_expires_at > now()"
        ).fetchone()
    return {
        "double_claims": doubles,
        "overlapping_holds": overlapping,
        "lost_outcomes": lost,
        "still_leased": int(still_leased[0]) if still_leased else 0,
        "receipts": len(receipts),
        "unconfirmed": len(unconfirmed),
        "unconfirmed_saved": unconfirmed_saved,
    }


# --- baselines -----------------------------------------------------------------------------

# Walks ix_leads_claim_free, the queued leads nobody holds, as the hand-written claim in claim.py.
SKIP_LOCKED_CLAIM = """
UPDATE leads SET lease_owner_id = %(rep)s, leased_at = now(),
       lease_expires_at = now() + interval '15 minutes', version = version + 1
WHERE id = (SELECT id FROM leads
            WHERE status = 'queued' AND lease_owner_id IS NULL
            ORDER BY score DESC, created_at, id
            LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING id
"""
SKIP_LOCKED_ACK = """
UPDATE leads SET status = 'nurture', lease_owner_id = NULL, lease_expires_at = NULL,
       version = version + 1
WHERE id = %(lead)s AND lease_owner_id = %(rep)s
"""


def baseline_worker(
    kind: str, url: str, index: int, seconds: float, start: threading.Barrier
) -> list[float]:
    """Plain psycopg in autocommit: each statement is one round trip and its own commit."""
    latencies: list[float] = []
    with psycopg.connect(url, autocommit=True) as connection:
        rep = connection.execute("SELECT min(id) FROM users WHERE role = 'rep'").fetchone()
        rep_id = rep[0] if rep else None
        start.wait()
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            began = time.perf_counter()
            if kind == "commit":
                connection.execute(
                    "INSERT INTO bench_commit (id, n) VALUES (%s, %s)", (index * 10**9 + n, n)
                )
                latencies.append((time.perf_counter() - began) * 1000)
                continue
            row = connection.execute(SKIP_LOCKED_CLAIM, {"rep": rep_id}).fetchone()
            latencies.append((time.perf_counter() - began) * 1000)
            if row is None:
                break
            connection.execute(SKIP_LOCKED_ACK, {"lead": row[0], "rep": rep_id})
    return latencies


def threaded_baseline(kind: str, url: str, consumers: int, seconds: float) -> list[list[float]]:
    start = threading.Barrier(consumers)
    out: list[list[float]] = [[] for _ in range(consumers)]

    def run(i: int) -> None:
        out[i] = baseline_worker(kind, url, i, seconds, start)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(consumers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out


async def pgqueuer_baseline(url: str, consumers: int, seconds: float) -> list[list[float]]:
    from pgqueuer.domain.types import QueueEntrypoint, QueueManagerId
    from pgqueuer.ports.repository import EntrypointExecutionParameter
    from pgqueuer.queries import Queries

    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as connection:
        queries = Queries.from_psycopg_connection(connection)
        await queries.install()
        jobs = 20_000
        for start in range(0, jobs, 5000):
            count = min(5000, jobs - start)
            await queries.enqueue(["center"] * count, [None] * count, [0] * count)
    entrypoints = {QueueEntrypoint("center"): EntrypointExecutionParameter(concurrency_limit=0)}
    go = asyncio.Event()
    out: list[list[float]] = [[] for _ in range(consumers)]
    ready = 0

    async def consume(i: int) -> None:
        nonlocal ready
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as connection:
            queries = Queries.from_psycopg_connection(connection)
            manager = QueueManagerId(uuid.uuid4())
            ready += 1
            await go.wait()
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                began = time.perf_counter()
                batch = await queries.dequeue(
                    1,
                    entrypoints,
                    manager,
                    None,
                    timedelta(seconds=30),
                )
                out[i].append((time.perf_counter() - began) * 1000)
                if not batch:
                    break
                await queries.log_jobs([(job, "successful", None) for job in batch])

    tasks = [asyncio.create_task(consume(i)) for i in range(consumers)]
    while ready < consumers:
        await asyncio.sleep(0.05)
    go.set()
    await asyncio.gather(*tasks)
    return out


def _baseline_child(kind: str, url: str, consumers: int, seconds: float, out: Any) -> None:
    if kind == "pgqueuer":
        runs = asyncio.run(pgqueuer_baseline(url, consumers, seconds))
    else:
        runs = threaded_baseline(kind, url, consumers, seconds)
    out.put(runs)


def baseline(
    server: str, database: str, kind: str, consumers: int, seconds: float
) -> dict[str, Any]:
    """One baseline in a process of its own, with the server's CPU over it."""
    url = libpq(server, database)
    with psycopg.connect(url, autocommit=True) as connection:
        backend = connection.execute("SELECT pg_backend_pid()").fetchone()
        assert backend is not None
        postmaster = int(Path(f"/proc/{backend[0]}/stat").read_text().rsplit(")", 1)[1].split()[1])
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    before = server_cpu(postmaster)
    child = context.Process(target=_baseline_child, args=(kind, url, consumers, seconds, out))
    child.start()
    runs = out.get(timeout=600)
    child.join(60)
    spent = server_cpu(postmaster) - before
    latencies = [value for run in runs for value in run]
    return {
        "kind": kind,
        "consumers": consumers,
        "ops_per_s": len(latencies) / seconds,
        "p50": pct(latencies, 0.5),
        "p99": pct(latencies, 0.99),
        "server_ms_per_op": spent * 1000 / len(latencies) if latencies else float("nan"),
    }


# --- the run -------------------------------------------------------------------------------

BASELINE_LABELS = {
    "commit": "bare commit (floor), one round trip",
    "skip_locked": "hand-written SKIP LOCKED claim (+ ack)",
    "pgqueuer": "pgqueuer dequeue (+ ack), one job at a time",
}


def load_intake_generator() -> Callable[[Path, int], dict[str, int]]:
    spec = importlib.util.spec_from_file_location("intake_benchmark", HERE / "intake.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generate: Callable[[Path, int], dict[str, int]] = module.generate
    return generate


def print_run(result: dict[str, Any]) -> None:
    shares = result["shares"]
    print(
        f"| {result['route']} | {result['workstations']} | {result['claims']:,} "
        f"({result['claims_per_s']:.1f}/s of {result['asked_per_s']:.1f}) | "
        f"{ms(result['claim'], 0.5)} / "
        f"{ms(result['claim'], 0.99)} | {ms(result['outcome'], 0.5)} / "
        f"{ms(result['outcome'], 0.99)} | {ms(result['heartbeat'], 0.99)} | "
        f"{ms(result['board'], 0.5)} / {ms(result['board'], 0.99)} "
        f"({len(result['board'])}) | {ms(result['report'], 0.99)} | "
        f"{result['peak_connections']} ({result['peak_active']}) | "
        f"{result['server_ms_per_claim']} ({result['server_ms_per_claim_before_import']}) / "
        f"{result['pooler_ms_per_claim']} / "
        f"{result['client_ms_per_claim']} | "
        f"{result['machine_busy']:.0%}: server {shares['server']:.0%}, pooler "
        f"{shares['pooler']:.0%}, workstations {shares['workstations']:.0%}, import "
        f"{shares['import']:.0%}, other {shares['other']:.0%} | "
        f"{result['double_claims']} / {result['overlapping_holds']} | "
        f"{result['lost_outcomes']} of {result['receipts']:,} / {result['still_leased']} |",
        flush=True,
    )


def print_details(result: dict[str, Any]) -> None:
    imported = result["import"]
    if "seconds" in imported:
        said = f"{imported['rows']:,} rows in {imported['seconds']:.1f} s"
    else:
        said = imported.get("error", "not run")
    print(
        f"  {result['route']}, {result['workstations']} workstations: import {said}; "
        f"sign-in p50 {ms(result['sign_in'], 0.5)} ms, then the workspace made ready "
        f"{ms(result['prepare'], 0.5)} ms; 'nothing eligible' {result['empty']}; "
        f"change feeds stopped {result['feeds_stopped']}; outcomes without a receipt "
        f"{result['unconfirmed']} (of them saved: {result['unconfirmed_saved']}); "
        f"errors {result['errors'] or 'none'}",
        flush=True,
    )
    split = "; ".join(
        f"{name} {ms(inside, 0.5)} / {ms(inside, 0.99)} ({len(inside)}) while importing, "
        f"{ms(outside, 0.5)} / {ms(outside, 0.99)} ({len(outside)}) otherwise"
        for name, (inside, outside) in result["while_importing"].items()
    )
    print(f"  p50 / p99 ms (operations): {split}", flush=True)
    probes = result["probes"]
    if probes["reps"]:
        claim, outcome, board = probes["claim"], probes["outcome"], probes["board"]
        first = probes["first_claim"]
        print(
            f"  probes, each a workstation in a process of its own at normal priority "
            f"({probes['reps']} reps at {probes['speed']:g}× a person's pace, "
            f"{probes['team_leads']} team lead; the other processes niced by "
            f"{probes['load_nice']}): claim p50 / p99 ms {ms(claim, 0.5)} / {ms(claim, 0.99)} "
            f"({len(claim)}; their first claims {ms(first, 0.5)} / {ms(first, 0.99)}), "
            f"outcome {ms(outcome, 0.5)} / {ms(outcome, 0.99)} "
            f"({len(outcome)}), heartbeat p99 {ms(probes['heartbeat'], 0.99)}, board "
            f"{ms(board, 0.5)} / {ms(board, 0.99)} ({len(board)})",
            flush=True,
        )
        longest = ", ".join(
            f"{spent:,.0f} ms at {at:.0f} s" for spent, at in probes["longest_claims"]
        )
        during = " to ".join(f"{at:.0f} s" for at in probes["import_s"]) or "not run"
        print(f"  the probes' longest claims: {longest} (the import: {during})", flush=True)
    first, others = result["first_claims"], result["later_claims"]
    print(
        f"  claim p50 / p99 ms: each workstation's first {ms(first, 0.5)} / {ms(first, 0.99)} "
        f"({len(first)}), the others {ms(others, 0.5)} / {ms(others, 0.99)} ({len(others)})",
        flush=True,
    )
    pauses = result["collections"]
    print(
        f"  Python's garbage collections of 1 ms or more in the workstations' processes: "
        f"{len(pauses)}, {sum(pauses) / 1000:.1f} s in all, the longest "
        f"{max(pauses, default=0):.0f} ms",
        flush=True,
    )
    cpu = ", ".join(f"{name} {spent:.1f}" for name, spent in sorted(result["client_cpu"].items()))
    print(
        f"  server connections opened during the run {result['sessions_started']:,}; "
        f"backends waiting for a lock at once (peak) {result['peak_lock_waits']}; "
        f"workstation CPU ms per operation (the calling thread): {cpu}",
        flush=True,
    )
    running = result["running"]
    seen = sum(running.values()) or 1
    doing = ", ".join(
        f"{name} {count / seen:.0%}"
        for name, count in sorted(running.items(), key=lambda item: -item[1])[:6]
    )
    print(
        f"  the server's backends while running a statement ({sum(running.values()):,} seen "
        f"in samples twice a second; CPU: on a core or waiting for one): {doing}",
        flush=True,
    )
    work = "; ".join(
        f"{task.removeprefix('autovacuum: ')} {first:.0f}–{last:.0f} s"
        if task.startswith("autovacuum")
        else f"{task} at {first:.0f} s"
        for task, first, last in result["server_work"]
    )
    print(f"  the server's own work (seen twice a second): {work or 'none'}", flush=True)
    if result["statements"]:
        refreshes = len(result["board"]) or 1
        print(
            f"  who is asking (`qualifier_user_id()`'s lookup): {result['asker_lookups']:,} "
            f"calls, {result['asker_lookups'] / refreshes:.0f} per board refresh",
            flush=True,
        )
        print(
            "  server time by statement (pg_stat_statements; * nested in a function or "
            "trigger):\n  | calls | total ms | share | mean ms | max ms | rows | blocks/call | "
            "statement |\n  |---:|---:|---:|---:|---:|---:|---:|---|"
        )
        for row in result["statements"]:
            query = row["query"].replace("|", "\\|")
            print(
                f"  | {row['calls']:,} | {row['total_ms']:,.0f} | {row['share']:.0%} | "
                f"{row['mean_ms']:.2f} | {row['max_ms']:,.0f} | {row['rows']:,} | "
                f"{row['blocks_per_call']:.0f} | "
                f"{'' if row['toplevel'] else '* '}`{query}` |",
                flush=True,
            )


@contextlib.contextmanager
def database_copy(server: str, template: str) -> Iterator[str]:
    name = copy_of(server, template)
    try:
        yield name
    finally:
        drop(server, name)


def main() -> int:  # noqa: PLR0912, PLR0915 - options, then the runs in turn
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--pgbouncer", default=os.environ.get("QUALIFIER_TEST_PGBOUNCER_URL"))
    parser.add_argument("--workstations", default="50,200")
    parser.add_argument("--routes", default="direct,pgbouncer")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--speed", type=float, default=10.0, help="times a person's pace")
    parser.add_argument("--leads", type=int, default=30_000)
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument(
        "--processes",
        type=int,
        default=0,
        help=f"processes of workstations (0: one per {WORKSTATIONS_PER_PROCESS}, at least 2)",
    )
    parser.add_argument(
        "--probes",
        type=int,
        default=8,
        help="reps (and one team lead) that each work in a process of their own",
    )
    parser.add_argument(
        "--probe-speed", type=float, default=10.0, help="times a person's pace, for the probes"
    )
    parser.add_argument(
        "--load-nice",
        type=int,
        default=10,
        help="how much lower the other workstations' processes and the import's run",
    )
    parser.add_argument("--baseline-seconds", type=float, default=5.0)
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--heartbeat-seconds",
        type=int,
        default=None,
        help="the workstations' lease heartbeat (the app's default: 60 s)",
    )
    args = parser.parse_args()
    problems = []
    try:
        levels = [int(n) for n in args.workstations.split(",")]
    except ValueError:
        levels = []
    if not levels or min(levels) < 1:
        problems.append(f"--workstations must be whole numbers, not {args.workstations!r}")
    routes = [r.strip() for r in args.routes.split(",") if r.strip()]
    if not set(routes) <= {"direct", "pgbouncer"}:
        problems.append(f"--routes are direct and/or pgbouncer, not {args.routes!r}")
    if not args.pg:
        problems.append("no PostgreSQL: give --pg or QUALIFIER_TEST_PG_URL")
    if "pgbouncer" in routes and not args.pgbouncer:
        problems.append("no PgBouncer: give --pgbouncer or QUALIFIER_TEST_PGBOUNCER_URL")
    if args.duration <= 0 or args.speed <= 0 or args.probe_speed <= 0:
        problems.append("--duration, --speed and --probe-speed must be positive")
    if args.processes < 0 or args.probes < 0 or not 0 <= args.load_nice <= 19:
        problems.append("--processes and --probes must be 0 or more, --load-nice from 0 to 19")
    lease = QueuePolicy().lease_minutes * 60
    if args.heartbeat_seconds is not None and not 1 <= args.heartbeat_seconds < lease:
        problems.append(f"--heartbeat-seconds must be from 1 to {lease - 1} (the lease)")
    if problems:
        print(f"center: {problems[0]}", file=sys.stderr)
        return 2
    with admin(args.pg) as connection:
        row = connection.execute("SHOW max_connections").fetchone()
        max_connections = int(row[0]) if row else 0
    folder = Path(tempfile.mkdtemp(prefix="qualifier-center-"))
    csv = folder / "inquiries.csv"
    if args.import_rows:
        load_intake_generator()(csv, args.import_rows)
    print("preparing the center…", file=sys.stderr, flush=True)
    template, zone = make_template(args.pg, max(levels), args.leads)
    print(
        f"{args.leads:,} queued leads ({zone}), {args.duration:.0f} s per run at {args.speed:g}× "
        f"a person's pace, {REPS_PER_TEAM} reps per team lead, "
        + (
            f"{args.processes} processes of workstations"
            if args.processes
            else f"a process per {WORKSTATIONS_PER_PROCESS} workstations (at least 2)"
        )
        + f" niced by {args.load_nice} and {args.probes} probes, server "
        f"max_connections {max_connections}, {os.cpu_count()} CPU cores, "
        f"lease heartbeat every {args.heartbeat_seconds or QueuePolicy().heartbeat_seconds} s, "
        f"load average {os.getloadavg()[0]:.1f} at the start\n"
    )
    print(
        "| route | workstations | claims (/s of asked /s) | claim p50 / p99 ms | "
        "outcome p50 / p99 ms | heartbeat p99 ms | board p50 / p99 ms (refreshes) | "
        "report p99 ms | peak server connections (active) | "
        "CPU ms per claim: server (before the import) / pooler / workstations | "
        "machine busy | double claims: audit / client | lost outcomes / left leased |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    results = []
    urls = {"direct": args.pg, "pgbouncer": args.pgbouncer}
    try:
        for level in levels:
            for route in routes:
                with database_copy(args.pg, template) as database:
                    result = simulate(args.pg, route, urls[route], database, level, args, csv)
                print_run(result)
                results.append(result)
        for result in results:
            print_details(result)
        if not args.no_baselines:
            print(
                "\nBaselines, plain psycopg directly to the server, at full speed on a copy of "
                "the same database:\n\n| consumers | what | ops/s | p50 ms | p99 ms | "
                "server CPU ms per op |\n|---:|---|---:|---:|---:|---:|"
            )
            for consumers in sorted({1, *levels}):
                for kind in ("commit", "skip_locked", "pgqueuer"):
                    with database_copy(args.pg, template) as database:
                        figures = baseline(
                            args.pg, database, kind, consumers, args.baseline_seconds
                        )
                    print(
                        f"| {consumers} | {BASELINE_LABELS[kind]} | {figures['ops_per_s']:,.0f} | "
                        f"{figures['p50']:.2f} | {figures['p99']:.2f} | "
                        f"{figures['server_ms_per_op']:.2f} |",
                        flush=True,
                    )
    finally:
        drop(args.pg, template)
        # The import's file and each run's rejects and outbox: made up, but people's details.
        shutil.rmtree(folder, ignore_errors=True)
    doubles = sum(r["double_claims"] + r["overlapping_holds"] for r in results)
    lost = sum(r["lost_outcomes"] for r in results)
    print(f"\ninvariants: {doubles} double claims, {lost} lost outcomes")
    return 1 if doubles or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
