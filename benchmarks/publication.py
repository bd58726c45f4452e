"""Weekly publication benchmark: scorecards for 500 partners and their channel managers,
written to the outbox (no mail server), goal <= 60 s.

    python benchmarks/publication.py [--partners 500] [--history 50000] [--managers 25]
    python benchmarks/publication.py --db URL --history 0   # at a million leads

Runs on a fresh SQLite file, and on PostgreSQL too when QUALIFIER_TEST_PG_URL names a server
(as under `make benchmarks`). Prints figures; asserts nothing. The baseline in the same run is
the dry run: the same figures worked out, no message composed, nothing claimed or written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from routing import NOW, fill
from sqlalchemy import select, update

from qualifier_app.app import build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Partner
from qualifier_app.settings import Settings

WEEK = "2026-W47"  # the week before NOW


def run(url: str, args: argparse.Namespace, data_dir: Path) -> None:
    engine = create_db_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    settings = Settings(database_url=url, data_dir=data_dir)
    services = build(settings, ManualClock(NOW), db=Database.from_url(url))
    try:
        started = time.perf_counter()
        fill(services, args.partners, args.history, 1, args.seed)
        managers = []
        for number in range(args.managers):
            login = f"cm{number:02d}"
            services.accounts.add_user(
                OPERATOR, login, "a long enough password", Role.REP.value, f"CM {number}", None
            )
            managers.append(services.accounts.actor_for(login).user_id)
        with services.db.unit_of_work() as uow:
            ids = list(uow.session.execute(select(Partner.id).order_by(Partner.id)).scalars())
            for index, pid in enumerate(ids):
                uow.session.execute(
                    update(Partner)
                    .where(Partner.id == pid)
                    .values(channel_manager_id=managers[index % len(managers)])
                )
            uow.commit()
        print(
            f"  data: {args.partners:,} partners, {args.managers} channel managers, "
            f"{args.history:,} handed-off leads ({time.perf_counter() - started:.1f} s to load)"
        )
        admin = OPERATOR
        started, cpu = time.perf_counter(), time.process_time()
        dry = services.publication.publish(admin, WEEK, dry_run=True)
        dry_s, dry_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"  dry run (baseline): {dry.count('would send')} scorecards in {dry_s:.1f} s "
            f"(this process's CPU {dry_cpu:.1f} s)"
        )
        compare_manager_figures(services)
        started, cpu = time.perf_counter(), time.process_time()
        result = services.publication.publish(admin, WEEK)
        took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"  publish to the outbox: {result.text()} in {took:.1f} s "
            f"(this process's CPU {took_cpu:.1f} s; goal <= 60 s)"
        )
        started = time.perf_counter()
        again = services.publication.publish(admin, WEEK)
        print(
            f"  publish again: {again.count('already')} already published, "
            f"{time.perf_counter() - started:.1f} s"
        )
    finally:
        services.close()


def compare_manager_figures(services) -> None:  # type: ignore[no-untyped-def]
    """The channel managers' figures as the publication adds them up from the report by
    partner, next to a second status report by channel manager (what it ran before)."""
    from datetime import date

    from qualifier_app.domain.reporting import Period
    from qualifier_app.services.center_days import center_zone
    from qualifier_app.services.reports import status_kpis
    from qualifier_app.services.reports.dto import ReportFilters
    from qualifier_app.services.reports.publication_cards import by_manager

    period = Period(None, date(2026, 11, 22))  # the end of WEEK
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session
        period = period.in_zone(center_zone(session))
        started = time.perf_counter()
        partners = status_kpis.status_kpis(session, OPERATOR, "partner", period, ReportFilters())
        partner_s = time.perf_counter() - started
        started = time.perf_counter()
        added = by_manager(session, partners)
        added_s = time.perf_counter() - started
        started = time.perf_counter()
        direct = status_kpis.status_kpis(
            session, OPERATOR, "channel_manager", period, ReportFilters()
        )
        direct_s = time.perf_counter() - started
    assert added == {kpi.group: kpi for kpi in direct}, "the managers' figures differ"
    print(
        f"  status by partner {partner_s:.1f} s; by channel manager added up from it "
        f"{added_s * 1000:.0f} ms, as a second report (before) {direct_s:.1f} s, same figures"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=500)
    parser.add_argument("--history", type=int, default=50_000)
    parser.add_argument("--managers", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument(
        "--db",
        help="an existing database (e.g. the million leads of benchmarks/reports.py): the "
        "partners are added to it and its handed-off leads handed off again to them",
    )
    args = parser.parse_args()
    if args.db:
        with tempfile.TemporaryDirectory() as folder:
            print(f"{args.db.split(':')[0]} (existing database):")
            run(args.db, args, Path(folder))
        return
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite (file, WAL):")
        run(f"sqlite:///{Path(folder) / 'publication.sqlite3'}", args, Path(folder) / "sqlite")
        from tests.support.databases import PostgresTemplates, postgres_url

        server = postgres_url()
        if server and not args.sqlite_only:
            templates = PostgresTemplates(server)
            url = templates.fresh(migrated=False)
            try:
                print("PostgreSQL:")
                run(url, args, Path(folder) / "pg")
            finally:
                templates.drop_all()


if __name__ == "__main__":
    main()
