"""Partner routing benchmark: matching one lead among 5,000 partners, routing 10,000 leads.

    python benchmarks/routing.py [--partners 5000] [--leads 10000] [--history 20000]

Runs on a fresh SQLite file, and on PostgreSQL too when QUALIFIER_TEST_PG_URL names a server
(as under `make benchmarks`). Prints figures; asserts nothing. Each figure is printed next to
its baseline from the same run: the policy alone in memory (no database) for matching, and
a dry run (no writes, no delivery) for routing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.partner_matching import (
    LeadFacts,
    PartnerLoad,
    match_all,
)
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import (
    CallingProfile,
    Handoff,
    Lead,
    Partner,
    PartnerRep,
)
from qualifier_app.settings import Settings

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
COUNTRIES = ["US", "CA", "GB", "DE", "FR", "AU", "BR", "JP", "IN", "NL"]
US_STATES = ["CA", "NY", "TX", "FL", "WA", "IL", "MA", "GA", "CO", "AZ", "OR", "NJ"]
PRODUCTS = ["contact center", "unified communications", "networking", "cloud migration", "security"]
STATUSES = ["sent", "accepted", "active", "won", "lost", "rejected", "expired"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fill(services: Services, partners: int, history: int, pending: int, seed: int) -> list[int]:
    """Partners spread over countries and US states, a handoff history, pending leads."""
    rng = random.Random(seed)
    with services.db.unit_of_work() as uow:
        session = uow.session
        profile = CallingProfile(time_zones="America/New_York", window_start=480, window_end=1260)
        session.add(profile)
        session.flush()
        rows = []
        for number in range(partners):
            country = rng.choice(COUNTRIES)
            regional = country == "US" and rng.random() < 0.7
            rows.append(
                {
                    "name": f"Partner {number:05d}",
                    "tier": rng.choice(["gold", "silver", "bronze"]),
                    "countries": [] if regional else [country],
                    "regions": [f"US-{s}" for s in rng.sample(US_STATES, 3)] if regional else [],
                    "postal_prefixes": [],
                    "products": rng.sample(PRODUCTS, rng.randint(1, 4)),
                    "segments": rng.choice([["smb"], ["enterprise"], ["smb", "enterprise"]]),
                    "capacity_open": rng.choice([None, 40, 100]),
                    "capacity_week": rng.choice([None, 15, 50]),
                    "sla_hours": rng.choice([24, 48, 72]),
                    "active": rng.random() > 0.05,
                    "created_at": NOW - timedelta(days=400),
                }
            )
        session.execute(insert(Partner), rows)
        partner_ids = list(session.execute(select(Partner.id)).scalars())
        session.execute(
            insert(PartnerRep),
            [
                {"partner_id": pid, "name": "Alex Morgan", "email": f"alex@p{pid}.example"}
                for pid in partner_ids
            ],
        )

        def leads(count: int, status: str, offset: int) -> None:
            batch = []
            for number in range(count):
                country = rng.choice(COUNTRIES[:4] + ["US"] * 4)
                batch.append(
                    {
                        "company": f"Company {offset + number}",
                        "company_key": f"company {offset + number}",
                        "country": country,
                        "region": rng.choice(US_STATES) if country == "US" else None,
                        "product_interest": rng.choice(PRODUCTS).capitalize(),
                        "segment": rng.choice(["smb", "enterprise"]),
                        "status": status,
                        "score": rng.randint(0, 100),
                        "calling_profile_id": profile.id,
                        "inquired_at": NOW - timedelta(days=3),
                        "created_at": NOW - timedelta(days=3),
                        "updated_at": NOW - timedelta(days=1),
                    }
                )
            if batch:  # an empty list would insert one row of defaults
                session.execute(insert(Lead), batch)

        leads(history, "handed_off", 0)
        leads(pending, "sales_ready", history)
        old_leads = list(
            session.execute(select(Lead.id).where(Lead.status == "handed_off")).scalars()
        )
        handoffs = []
        for number, lead_id in enumerate(old_leads):
            sent = NOW - timedelta(days=rng.uniform(1, 170))
            status = rng.choice(STATUSES)
            answered = sent + timedelta(hours=rng.uniform(1, 60))
            handoffs.append(
                {
                    "request_id": f"routing-history-{number}",
                    "lead_id": lead_id,
                    "partner_id": rng.choice(partner_ids),
                    "status": status,
                    "created_at": sent,
                    "sent_at": sent,
                    "deadline_at": sent + timedelta(hours=48),
                    "accepted_at": answered
                    if status not in {"sent", "rejected", "expired"}
                    else None,
                    "rejected_at": answered if status == "rejected" else None,
                    "last_update_at": answered if rng.random() < 0.8 else None,
                    "sla_breached": status == "expired",
                    "delivered_at": sent,
                    "delivery_channel": "outbox",
                }
            )
        for start in range(0, len(handoffs), 5000):
            session.execute(insert(Handoff), handoffs[start : start + 5000])
        uow.commit()
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(select(Lead.id).where(Lead.status == "sales_ready")).scalars()
        )


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(label: str, samples: list[float]) -> None:
    print(
        f"  {label:<46} p50 {statistics.median(samples):7.2f} ms   "
        f"p95 {percentile(samples, 0.95):7.2f} ms   max {max(samples):7.2f} ms"
    )


def run(url: str, args: argparse.Namespace, data_dir: Path) -> None:
    engine = create_db_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    clock = ManualClock(NOW)
    settings = Settings(database_url=url, data_dir=data_dir)
    services = build(settings, clock, db=Database.from_url(url))
    try:
        started = time.perf_counter()
        pending = fill(services, args.partners, args.history, args.leads, args.seed)
        print(
            f"  data: {args.partners:,} partners, {args.history:,} past handoffs, "
            f"{len(pending):,} sales-ready leads ({time.perf_counter() - started:.1f} s to load)"
        )
        rng = random.Random(args.seed)

        # Baseline: the policy alone, on the directory already in memory.
        with services.db.unit_of_work(write=False) as uow:
            entries = services.routing._ranking.directory(uow.session)
        loads = {e.partner_id: PartnerLoad(received=rng.randint(0, 30)) for e in entries.entries}
        facts = [
            LeadFacts(
                i, rng.choice(["US", "GB", "DE"]), rng.choice(US_STATES), "", "Networking", "smb"
            )
            for i in range(args.runs)
        ]
        policy_samples = [
            sample
            for fact in facts
            for sample in timed(partial(match_all, fact, entries, loads, {}), 1)
        ]
        report(f"policy only, {len(entries):,} partners in memory", policy_samples)

        samples = [
            sample
            for lead_id in rng.sample(pending, args.runs)
            for sample in timed(partial(services.routing.propose, OPERATOR, lead_id), 1)
        ]
        report("propose(): one lead among all partners", samples)
        goal = "meets" if percentile(samples, 0.95) <= 50 else "MISSES"
        print(f"  goal p95 <= 50 ms: {goal}")

        started = time.perf_counter()
        dry = services.routing.route_pending(OPERATOR, dry_run=True)
        dry_seconds = time.perf_counter() - started
        dry_total = len(dry.routed) + len(dry.waiting)
        print(
            f"  route pending --dry-run: {dry_total:,} leads in "
            f"{dry_seconds:.1f} s = {dry_total / dry_seconds:,.0f} leads/s"
        )
        started = time.perf_counter()
        done = services.routing.route_pending(OPERATOR)
        seconds = time.perf_counter() - started
        total = len(done.routed) + len(done.waiting)
        print(
            f"  route pending: {len(done.routed):,} routed and delivered to the outbox, "
            f"{len(done.waiting):,} waiting, in {seconds:.1f} s = {total / seconds:,.0f} leads/s"
        )
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=5000)
    parser.add_argument("--leads", type=int, default=10_000)
    parser.add_argument("--history", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite (file, WAL):")
        run(f"sqlite:///{Path(folder) / 'routing.sqlite3'}", args, Path(folder) / "sqlite-data")
        from tests.support.databases import PostgresTemplates, postgres_url

        server = postgres_url()
        if server and not args.sqlite_only:
            templates = PostgresTemplates(server)
            url = templates.fresh(migrated=False)
            try:
                print("PostgreSQL:")
                run(url, args, Path(folder) / "pg-data")
            finally:
                templates.drop_all()


if __name__ == "__main__":
    main()
