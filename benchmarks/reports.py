"""Reports and the lead table at a million leads and five million attempts.

Usage:
  python benchmarks/reports.py generate --db URL [--leads N] [--days D] [--split-share S]
  python benchmarks/reports.py split-credit --db URL [--share S]
  python benchmarks/reports.py measure --db URL [--db URL …] [--baseline] [--only-status]
  python benchmarks/reports.py measure --db SQLITE_URL --paths

`generate` fills an empty database through the same code as `qualifier demo --history`
(bulk rows; COPY on PostgreSQL), then hands a share of the leads handed off once to a second
partner through a second rep (`split-credit` does that alone). `measure` times every report:
conversion per rep, campaign and partner, status by each of its six groupings, and the
drill-down of the largest figures (best of three), next to the same figures computed naively
in Python from ORM objects, then opens the lead table model offscreen and records the first
paint and the longest GUI-thread stall while scrolling through it. `--paths` (SQLite): the
status reports that may read the rollup, timed both ways.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qualifier_app.app import build
from qualifier_app.demo.bulk_history import BulkHistory
from qualifier_app.domain.activity import is_contact
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.settings import DatabaseTimeouts, Settings

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
# Of the leads handed off once, the share handed off again by another rep to another partner.
SPLIT_SHARE = 0.05
SPLIT_HELP = "share of the leads handed off once that are handed off again (split credit)"


# Generating writes millions of rows per statement (and its triggers run with it): no
# statement timeout of the app's, which is for calls a person waits on.
GENERATING = DatabaseTimeouts(statement_seconds=6 * 3600, idle_in_transaction_seconds=6 * 3600)


def services_for(url: str, timeouts: DatabaseTimeouts | None = None):  # type: ignore[no-untyped-def]
    settings = Settings(database_url=url, data_dir=Path("/nonexistent"))
    return build(settings, ManualClock(NOW), db=Database.from_url(url, timeouts=timeouts))


def settle(db: Database) -> None:
    """On PostgreSQL, fresh statistics and a visibility map for index-only scans, as autovacuum
    would leave them on a live server. SQLite's file is left as the app leaves it, with no
    statistics (the app never gathers them there; an ANALYZE in the engine's autocommit mode
    would run inside the BEGIN the engine issues and be rolled back, as it was in the runs
    before 2026-12-02's fifth)."""
    if db.is_sqlite:
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def generate(url: str, leads: int, days: int, split_share: float) -> None:
    db = Database.from_url(url)
    schema.upgrade(db.engine)
    db.dispose()
    app = services_for(url, GENERATING)
    if not app.demo.has_data():
        app.demo.load(0, seed=42)
    started = time.perf_counter()

    def progress(done: int, attempts: int) -> None:
        rate = done / (time.perf_counter() - started)
        line = f"\r  {done:,} leads, {attempts:,} attempts ({rate:,.0f} leads/s)"
        print(line, end="", flush=True)

    counts = BulkHistory(app.db, app.clock, app.settings.queue).add(
        leads, days, seed=42, contact_rate=0.1, progress=progress
    )
    print(
        f"\n{app.db.description}: {counts.leads:,} leads, {counts.attempts:,} attempts, "
        f"{counts.handoffs:,} handoffs in {time.perf_counter() - started:.0f} s"
    )
    settle(app.db)
    app.close()
    if split_share:
        add_split_credit(url, split_share)


def add_split_credit(url: str, share: float) -> None:
    """Gives a share of the handed-off leads a history whose handoffs are credited to different
    groups, as real history has: the lead's one handoff is rejected by its partner a day later,
    another rep calls the lead and makes it sales-ready again, and hands it to another partner,
    whose outcome is the one the first handoff had. The status reports credit such a lead's
    handoffs one by one (no `single_credit`)."""
    import uuid
    from datetime import timedelta

    from sqlalchemy import bindparam, select, update

    from qualifier_app.demo.history_rows import ATTEMPT_COLUMNS, HANDOFF_COLUMNS
    from qualifier_app.persistence import bulk
    from qualifier_app.persistence.models import CallAttempt, Handoff, LeadHandoffState, PartnerRep

    app = services_for(url, GENERATING)
    every = max(1, round(1 / share))
    handoffs, attempts = cast(Table, Handoff.__table__), cast(Table, CallAttempt.__table__)
    started = time.perf_counter()
    with app.db.unit_of_work() as uow:
        session = uow.session
        firsts = session.execute(
            select(handoffs)
            .join(LeadHandoffState, LeadHandoffState.lead_id == handoffs.c.lead_id)
            .where(
                LeadHandoffState.handoffs == 1,
                handoffs.c.lead_id % every == 0,
                handoffs.c.qualified_by_id.is_not(None),
                handoffs.c.created_at < NOW - timedelta(days=30),
            )
            .order_by(handoffs.c.id)
        ).all()
        reps = sorted(
            set(session.execute(select(handoffs.c.qualified_by_id).distinct()).scalars()) - {None}
        )
        partners = sorted(session.execute(select(handoffs.c.partner_id).distinct()).scalars())
        rep_of_partner: dict[int, int] = {}
        for partner_rep, partner in session.execute(
            select(PartnerRep.id, PartnerRep.partner_id).order_by(PartnerRep.id)
        ):
            rep_of_partner.setdefault(partner, partner_rep)
        dispositions = dict(
            session.execute(
                select(attempts.c.outcome, attempts.c.disposition)
                .where(attempts.c.outcome == "sales_ready")
                .limit(1)
            ).all()
        )
        if len(reps) < 2 or len(partners) < 2 or not firsts:
            raise SystemExit("split credit needs two reps, two partners and handed-off leads")
        next_handoff = bulk.next_id(session, handoffs)
        next_attempt = bulk.next_id(session, attempts)
        rejections, seconds, calls = [], [], []
        for number, first in enumerate(firsts):
            rejected_at = first.created_at + timedelta(days=1)
            rejections.append({"hid": first.id, "at": rejected_at})
            rep = reps[(reps.index(first.qualified_by_id) + 1) % len(reps)]
            partner = partners[(partners.index(first.partner_id) + 1 + number % 3) % len(partners)]
            later = timedelta(days=2)
            second = first._asdict()
            for column in (
                "sent_at",
                "deadline_at",
                "reminded_at",
                "accepted_at",
                "rejected_at",
                "last_update_at",
                "delivered_at",
            ):
                if second[column] is not None:
                    second[column] = min(second[column] + later, NOW)
            second.update(
                id=next_handoff + number,
                request_id=str(uuid.uuid4()),
                partner_id=partner,
                partner_rep_id=rep_of_partner.get(partner),
                qualification_id=None,
                qualified_by_id=rep,
                routed_by_id=rep,
                created_at=first.created_at + later,
                message_id=None,
                version=1,
            )
            if second["closed_on"] is not None:
                second["closed_on"] = max(second["closed_on"], second["created_at"].date())
            seconds.append(tuple(second[c] for c in HANDOFF_COLUMNS))
            call = dict.fromkeys(ATTEMPT_COLUMNS)
            call.update(
                id=next_attempt + number,
                request_id=str(uuid.uuid4()),
                lead_id=first.lead_id,
                rep_id=rep,
                started_at=rejected_at + timedelta(hours=2),
                ended_at=rejected_at + timedelta(hours=2, minutes=6),
                disposition=dispositions["sales_ready"],
                outcome="sales_ready",
                reason="",
                notes="",
            )
            calls.append(tuple(call[c] for c in ATTEMPT_COLUMNS))
        session.execute(
            update(handoffs)
            .where(handoffs.c.id == bindparam("hid"))
            .values(
                status="rejected",
                rejected_at=bindparam("at"),
                reject_reason="outside our territory",
                accepted_at=None,
                pipeline_value=None,
                won_revenue=None,
                closed_on=None,
                lost_reason="",
                version=handoffs.c.version + 1,
            ),
            rejections,
        )
        bulk.write_rows(session, attempts, ATTEMPT_COLUMNS, calls)
        bulk.write_rows(session, handoffs, HANDOFF_COLUMNS, seconds)
        for table in (attempts, handoffs):
            bulk.reset_sequence(session, table)
        uow.commit()
    settle(app.db)
    print(
        f"{app.db.description}: {len(firsts):,} leads handed off twice, credited to two reps "
        f"and two partners, in {time.perf_counter() - started:.0f} s"
    )
    app.close()


def best_of(fn, runs: int = 3) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def naive_by_rep(app) -> dict[int, tuple[int, int, int, int, int, Decimal]]:  # type: ignore[no-untyped-def]
    """The same per-rep figures the obvious way: every attempt and handoff as an ORM object."""
    from qualifier_app.persistence.models import CallAttempt, Handoff

    figures: dict[int, list[Any]] = defaultdict(lambda: [0, 0, 0, 0, 0, Decimal(0)])
    with app.db.unit_of_work(write=False) as uow:
        for attempt in uow.session.query(CallAttempt).yield_per(20_000):
            row = figures[attempt.rep_id]
            row[0] += 1
            row[1] += is_contact(attempt.disposition)
            row[2] += attempt.outcome == "sales_ready"
        for handoff in uow.session.query(Handoff).yield_per(20_000):
            if handoff.qualified_by_id is None:
                continue
            row = figures[handoff.qualified_by_id]
            row[3] += handoff.accepted_at is not None
            if handoff.status == "won":
                row[4] += 1
                row[5] += handoff.won_revenue or 0
    return {rep: tuple(values) for rep, values in figures.items()}


def naive_by_campaign(app) -> dict[int, tuple[int, int]]:  # type: ignore[no-untyped-def]
    from qualifier_app.persistence.models import CallAttempt, Lead

    campaign_of: dict[int, int | None] = {}
    inquiries: dict[int | None, int] = defaultdict(int)
    qualified: dict[int | None, int] = defaultdict(int)
    with app.db.unit_of_work(write=False) as uow:
        for lead in uow.session.query(Lead).yield_per(20_000):
            campaign_of[lead.id] = lead.campaign_id
            inquiries[lead.campaign_id] += 1
        for attempt in uow.session.query(CallAttempt).yield_per(20_000):
            if attempt.outcome == "sales_ready":
                qualified[campaign_of[attempt.lead_id]] += 1
    return {c: (inquiries[c], qualified[c]) for c in inquiries if c is not None}


def naive_status_by_partner(app) -> dict[str, tuple[int, int, Decimal, Decimal]]:  # type: ignore[no-untyped-def]
    """Status by partner the obvious way: every lead and handoff as an ORM object."""
    from qualifier_app.persistence.models import Handoff, Lead, Partner
    from qualifier_app.services.reports.status_kpis import NOT_HANDED_OFF

    latest: dict[int, tuple[int, int]] = {}
    handed: dict[str, list[Any]] = defaultdict(lambda: [0, Decimal("0.00"), Decimal("0.00")])
    with app.db.unit_of_work(write=False) as uow:
        names = {p.id: p.name for p in uow.session.query(Partner)}
        for handoff in uow.session.query(Handoff).yield_per(20_000):
            if handoff.id > latest.get(handoff.lead_id, (0, 0))[0]:
                latest[handoff.lead_id] = (handoff.id, handoff.partner_id)
            row = handed[names[handoff.partner_id]]
            row[0] += 1
            if handoff.status in ("accepted", "active") and handoff.pipeline_value is not None:
                row[1] += handoff.pipeline_value
            if handoff.status == "won" and handoff.won_revenue is not None:
                row[2] += handoff.won_revenue
        leads: dict[str, int] = defaultdict(int)
        for lead in uow.session.query(Lead).yield_per(20_000):
            if lead.status == "merged":
                continue
            partner = latest.get(lead.id)
            leads[names[partner[1]] if partner else NOT_HANDED_OFF] += 1
    groups = set(leads) | set(handed)
    return {
        g: (
            leads.get(g, 0),
            handed[g][0] if g in handed else 0,
            *(handed[g][1:] if g in handed else (Decimal("0.00"), Decimal("0.00"))),
        )
        for g in groups
    }


def direct_lead_counts(app, by: str, period) -> dict[str, tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    """The status report's lead counts read from every lead (its query before the rollup)."""
    from qualifier_app.services.center_days import center_zone
    from qualifier_app.services.reports import status_kpis
    from qualifier_app.services.reports.dto import ReportFilters

    with app.db.unit_of_work(write=False) as uow:
        base = status_kpis.lead_base(
            uow.session,
            OPERATOR,
            period.in_zone(center_zone(uow.session)),
            ReportFilters(),
            by in ("rep", "team"),
        )
        return {
            group: (int(total), int(pending or 0), int(active or 0), int(unqualified or 0))
            for group, total, pending, active, unqualified in uow.session.execute(
                status_kpis._lead_counts(by, base)
            )
        }


def measure_status(app, baseline: bool) -> None:  # type: ignore[no-untyped-def]
    """Every status report (six groupings) over all time and one month, and the drill-down
    of the largest figure."""
    from qualifier_app.domain.reporting import Period
    from qualifier_app.services.reports.drill_groups import EVERY_GROUP
    from qualifier_app.services.reports.dto import KPI_BY

    reports = app.reports
    month = Period(datetime(2026, 9, 1).date(), datetime(2026, 9, 30).date())
    for by in KPI_BY:
        cpu = time.process_time()
        all_time, rows = best_of(lambda by=by: reports.status_kpis(OPERATOR, by, Period()))
        cpu = (time.process_time() - cpu) / 3
        one_month, _ = best_of(lambda by=by: reports.status_kpis(OPERATOR, by, month))
        print(
            f"status by {by + ':':17s}{all_time * 1000:8.0f} ms all time "
            f"(this process's CPU {cpu * 1000:.0f} ms), "
            f"{one_month * 1000:6.0f} ms one month ({len(rows):,} groups)"  # type: ignore[arg-type]
        )
        # Baseline in the same run: the lead counts read from every lead, as before the
        # rollup (lead_status_days); the figures must be the same.
        cpu = time.process_time()
        direct_time, direct = best_of(lambda by=by: direct_lead_counts(app, by, Period()), runs=1)
        cpu = time.process_time() - cpu
        month_time, _ = best_of(lambda by=by: direct_lead_counts(app, by, month), runs=1)
        got = {r.group: (r.total, r.pending, r.active, r.unqualified) for r in rows}  # type: ignore[attr-defined]
        assert got == direct, f"status by {by}: the rollup and every lead disagree"
        print(
            f"  every lead read (baseline):{direct_time * 1000:8.0f} ms all time "
            f"(this process's CPU {cpu * 1000:.0f} ms), {month_time * 1000:6.0f} ms one month, "
            "same figures"
        )
    drill_time, drilled = best_of(
        lambda: reports.drill(OPERATOR, "region", EVERY_GROUP, "total", month), runs=1
    )
    print(
        f"drill, every lead of one month:      {drill_time * 1000:8.0f} ms "
        f"({drilled.count:,} leads, first {len(drilled.rows):,} listed)"  # type: ignore[attr-defined]
    )
    drill_time, drilled = best_of(
        lambda: reports.drill(OPERATOR, "conversion:rep", EVERY_GROUP, "claimed", month), runs=1
    )
    print(
        f"drill, every call of one month:      {drill_time * 1000:8.0f} ms "
        f"({drilled.items:,} calls)"  # type: ignore[attr-defined]
    )
    if baseline:
        started = time.perf_counter()
        naive = naive_status_by_partner(app)
        naive_time = time.perf_counter() - started
        got = {
            row.group: (row.total, row.handoffs, row.pipeline_value, row.won_revenue)
            for row in reports.status_kpis(OPERATOR, "partner", Period())
        }
        assert got == naive, "status by partner differs from the naive count"
        print(f"naive status by partner (ORM):        {naive_time * 1000:8.0f} ms, same figures")


def compare_paths(url: str) -> None:
    """On SQLite, each status report that may read the rollup (lead_status_days) timed both
    ways, over all time and shorter periods, with the same figures asserted: what decides
    which way the reports take (status_kpis._reads_rollup)."""
    from datetime import timedelta

    from qualifier_app.services.reports import status_kpis

    app = services_for(url)
    end = NOW.date()
    periods = [("all time", Period())] + [
        (f"{days} days", Period(end - timedelta(days=days - 1), end)) for days in (180, 90, 45)
    ]
    decide = status_kpis._reads_rollup
    try:
        for by in status_kpis.ROLLUP_GROUPINGS:
            for name, period in periods:
                figures, line = [], []
                for way, rollup in (("rollup", True), ("leads", False)):
                    status_kpis._reads_rollup = lambda *_, rollup=rollup: rollup
                    cpu = time.process_time()
                    took, rows = best_of(
                        lambda by=by, period=period: app.reports.status_kpis(OPERATOR, by, period)
                    )
                    cpu = (time.process_time() - cpu) / 3
                    figures.append(rows)
                    line.append(f"{way} {took * 1000:6.0f} ms (CPU {cpu * 1000:5.0f} ms)")
                assert figures[0] == figures[1], f"status by {by}, {name}: the two ways disagree"
                print(f"status by {by + ',':6s} {name + ':':9s} " + ", ".join(line))
    finally:
        status_kpis._reads_rollup = decide
    app.close()


def measure_reports(url: str, baseline: bool) -> None:
    app = services_for(url)
    reports, period = app.reports, Period()
    with app.db.unit_of_work(write=False) as uow:
        from sqlalchemy import func, select

        from qualifier_app.persistence.models import CallAttempt, Lead

        leads = uow.session.execute(select(func.count()).select_from(Lead)).scalar_one()
        attempts = uow.session.execute(select(func.count()).select_from(CallAttempt)).scalar_one()
    print(f"\n## {app.db.description.split()[0]}: {leads:,} leads, {attempts:,} attempts")
    rep_time, reps = best_of(lambda: reports.conversion_by_rep(OPERATOR, period))
    campaign_time, campaigns = best_of(lambda: reports.conversion_by_campaign(OPERATOR, period))
    partner_time, _ = best_of(lambda: reports.conversion_by_partner(OPERATOR, period))
    window = Period(datetime(2026, 9, 1).date(), datetime(2026, 9, 30).date())
    month_time, _ = best_of(lambda: reports.conversion_by_rep(OPERATOR, window))
    print(f"conversion per rep (all time):        {rep_time * 1000:8.0f} ms")
    print(f"conversion per rep (one month):       {month_time * 1000:8.0f} ms")
    print(f"conversion per campaign (all time):   {campaign_time * 1000:8.0f} ms")
    print(f"conversion per partner (all time):    {partner_time * 1000:8.0f} ms")
    measure_status(app, baseline)
    if baseline:
        started = time.perf_counter()
        naive = naive_by_rep(app)
        naive_rep = time.perf_counter() - started
        started = time.perf_counter()
        naive_campaigns = naive_by_campaign(app)
        naive_campaign = time.perf_counter() - started
        for row in reps:  # type: ignore[attr-defined]
            expected = naive.get(row.rep_id, (0, 0, 0, 0, 0, Decimal(0)))
            got = (row.claimed, row.contacted, row.sales_ready, row.accepted, row.won, row.revenue)
            assert got == expected, (row.rep, got, expected)
        for row in campaigns:  # type: ignore[attr-defined]
            assert (row.inquiries, row.qualified) == naive_campaigns.get(row.campaign_id, (0, 0))
        print(f"naive per rep (ORM objects):          {naive_rep * 1000:8.0f} ms, same figures")
        print(
            f"naive per campaign (ORM objects):     {naive_campaign * 1000:8.0f} ms, same figures"
        )
    app.close()


def measure_lead_table(url: str) -> None:  # noqa: PLR0915 - one measured session
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from qualifier_app.app import settle_memory
    from qualifier_app.services.board.lead_filter import LeadFilter
    from qualifier_app.ui.board.lead_table_model import LeadTableModel
    from qualifier_app.ui.board.lead_table_view import LeadTableView
    from qualifier_app.ui.shell.worker import Workers

    app_qt = QApplication.instance() or QApplication([])
    app = services_for(url)
    workers = Workers()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)

    model = LeadTableModel(workers, app.lead_table, OPERATOR)
    view = LeadTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    settle_memory()  # as the app does once its main window is open
    clock.start()
    heartbeat.start()
    first_paint: list[float] = []

    def first_page() -> None:
        if not first_paint:
            first_paint.append(clock.nsecsElapsed() / 1e6)

    model.page_loaded.connect(first_page)
    model.set_filter(LeadFilter())
    while not first_paint or model.rowCount() == 0 or model.row_at(0) is None:
        app_qt.processEvents()
    app_qt.processEvents()
    view.viewport().repaint()
    painted = clock.nsecsElapsed() / 1e6
    print(
        f"lead table: {model.rowCount():,} rows; first page {first_paint[0]:.0f} ms, "
        f"painted {painted:.0f} ms"
    )
    # Baseline in the same run: the same heartbeat on an idle window, for as long as the
    # scroll takes, shows what the machine itself adds (other processes, the scheduler).
    gaps.clear()
    last[0] = clock.nsecsElapsed() / 1e6
    deadline = last[0] + 200 * 20
    while clock.nsecsElapsed() / 1e6 < deadline:
        app_qt.processEvents()
    idle = max(gaps)
    idle_median = statistics.median(gaps)
    gaps.clear()
    last[0] = clock.nsecsElapsed() / 1e6
    bar = view.verticalScrollBar()
    steps = 200
    for step in range(steps + 1):
        # Half the steps scroll a page at a time, half jump far (dragging the scroll bar).
        value = bar.value() + bar.pageStep() if step % 2 else int(bar.maximum() * step / steps)
        bar.setValue(min(value, bar.maximum()))
        deadline = clock.nsecsElapsed() / 1e6 + 20
        while clock.nsecsElapsed() / 1e6 < deadline:
            app_qt.processEvents()
    while workers.active:
        app_qt.processEvents()
    print(f"idle window (baseline): longest gap {idle:.0f} ms, median tick {idle_median:.1f} ms")
    print(
        f"scrolling {steps} steps: longest GUI stall {max(gaps):.0f} ms, "
        f"median tick {statistics.median(gaps):.1f} ms, pages fetched {model.pages_fetched}"
    )
    heartbeat.stop()
    workers.drain()
    app.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate")
    gen.add_argument("--db", required=True)
    gen.add_argument("--leads", type=int, default=1_000_000)
    gen.add_argument("--days", type=int, default=365)
    gen.add_argument("--split-share", type=float, default=SPLIT_SHARE, help=SPLIT_HELP)
    split = sub.add_parser("split-credit", help="add split credit to a generated database")
    split.add_argument("--db", required=True)
    split.add_argument("--share", type=float, default=SPLIT_SHARE, help=SPLIT_HELP)
    measure = sub.add_parser("measure")
    measure.add_argument("--db", action="append", required=True)
    measure.add_argument("--baseline", action="store_true")
    measure.add_argument("--no-table", action="store_true")
    measure.add_argument("--only-table", action="store_true")
    measure.add_argument("--only-status", action="store_true", help="the status reports alone")
    measure.add_argument(
        "--paths", action="store_true", help="SQLite: the status reports through both ways"
    )
    args = parser.parse_args()
    if args.command == "generate":
        generate(args.db, args.leads, args.days, args.split_share)
        return 0
    if args.command == "split-credit":
        add_split_credit(args.db, args.share)
        return 0
    for url in args.db:
        if args.paths:
            compare_paths(url)
            continue
        if args.only_status:
            measure_status(services_for(url), args.baseline)
            continue
        if not args.only_table:
            measure_reports(url, args.baseline)
        if not args.no_table:
            measure_lead_table(url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
