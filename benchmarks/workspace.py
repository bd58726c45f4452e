"""Workspace benchmark: Ctrl+N to a filled lead card, on SQLite with 100,000 leads.

Prints p50/p95 of the time from the Ctrl+N key press to the card being filled (the
`lead_shown` signal) over 200 claims, and the longest stall of the GUI thread meanwhile
(the largest gap between ticks of a 2 ms timer). The baseline, measured in the same run:
the same claims through the service alone (no Qt), and the timer's gaps while idle.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/workspace.py [--leads N] [--claims N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from qualifier_app.app import Services, build, settle_memory
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Lead, Queue, QueueMember
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import Settings
from qualifier_app.ui.shell import style
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.area import WorkspaceArea

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York: the window is open
PLACES = [
    ("US", "NY", "+1212555"),
    ("US", "CA", "+1415555"),
    ("GB", None, "+4420794"),
    ("DE", None, "+4930123"),
]


def fill(services: Services, leads: int) -> tuple[Actor, Actor]:
    services.accounts.add_user(OPERATOR, "bench.rep", "bench password 1", "rep", "Bench Rep", None)
    services.accounts.add_user(
        OPERATOR, "base.rep", "bench password 1", "rep", "Baseline Rep", None
    )
    with services.db.unit_of_work() as uow:
        session = uow.session
        queue = Queue(name="Bench", description="", created_at=NOW)
        session.add(queue)
        session.flush()
        for login in ("bench.rep", "base.rep"):
            actor = services.accounts.actor_for(login)
            session.add(QueueMember(queue_id=queue.id, user_id=actor.user_id))
        install_scripts(session, NOW)
        profiles = {}
        for country, region, prefix in PLACES:
            profiles[prefix] = profile_for_lead(
                session, services.settings.queue, prefix + "0000", country, region
            )
        uow.commit()
        queue_id = queue.id
    rows = []
    for number in range(leads):
        country, region, prefix = PLACES[number % len(PLACES)]
        zones, profile_id = profiles[prefix]
        rows.append(
            {
                "company": f"Company {number}",
                "company_key": f"company {number}",
                "first_name": "Pat",
                "last_name": f"Prospect {number}",
                "title": "IT Manager",
                "phone_raw": f"{prefix}{number % 10000:04d}",
                "phone_e164": f"{prefix}{number % 10000:04d}",
                "phone_valid": True,
                "email_raw": f"pat{number}@example.com",
                "email_normalized": f"pat{number}@example.com",
                "email_valid": True,
                "country": country,
                "region": region,
                "time_zones": zones,
                "calling_profile_id": profile_id,
                "employees": 50 + number % 5000,
                "inquiry": "asked for a quote",
                "product_interest": "Contact center",
                "source": "web form",
                "score": number % 100,
                "segment": "enterprise" if number % 3 == 0 else "smb",
                "status": "queued",
                "queue_id": queue_id,
                "inquired_at": NOW - timedelta(days=number % 60),
                "created_at": NOW - timedelta(days=number % 60),
                "updated_at": NOW,
            }
        )
    with services.db.unit_of_work() as uow:
        for start in range(0, len(rows), 5000):
            uow.session.execute(insert(Lead), rows[start : start + 5000])
        uow.commit()
    return services.accounts.actor_for("bench.rep"), services.accounts.actor_for("base.rep")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(times: list[float]) -> str:
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    return f"p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {max(times):6.1f} ms"


def baseline(services: Services, actor: Actor, claims: int) -> list[float]:
    """Claim + card through the service alone, then a no-answer outcome (not timed)."""
    times = []
    for _ in range(claims):
        started = time.perf_counter()
        item = services.workspace.next_lead(actor)
        times.append((time.perf_counter() - started) * 1000)
        services.workspace.submit(
            actor,
            Outcome(
                request_id=f"base-{item.lead.id:08d}",
                lead_id=item.lead.id,
                version=item.lead.version,
                kind=OutcomeKind.NO_CONTACT,
                started_at=NOW,
                disposition=Disposition.NO_ANSWER,
            ),
        )
    return times


class StallMeter:
    """The longest gap between ticks of a fast timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.last = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.worst = max(self.worst, (now - self.last) / 1e6)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def wait_for(signal: object, timeout_ms: int = 30_000) -> list[object]:
    loop = QEventLoop()
    got: list[object] = []

    def received(*args: object) -> None:
        got.append(args)
        loop.quit()

    signal.connect(received)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(received)  # type: ignore[attr-defined]
    if not got:
        raise SystemExit("timed out waiting for the workspace")
    return got


def main() -> int:  # noqa: PLR0915 - one measured run, start to end
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=200)
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="qualifier-bench-")  # removed when the run ends
    folder = Path(scratch.name)
    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    engine = create_db_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    services = build(Settings(database_url=url, data_dir=folder / "data"), ManualClock(NOW))
    started = time.perf_counter()
    _, base = fill(services, args.leads)
    print(f"{args.leads:,} leads on SQLite in {time.perf_counter() - started:.1f} s")

    service_times = baseline(services, base, args.claims)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style.apply(app)  # type: ignore[arg-type]
    workers = Workers()
    signed_in = services.accounts.sign_in("bench.rep", "bench password 1", "bench")
    area = WorkspaceArea(AreaContext(services, signed_in, workers))
    area.resize(1400, 900)
    area.show()
    area.outcome.auto_next.setChecked(False)
    wait_for(area.prepared)
    settle_memory()  # as the app does once the main window is open

    meter = StallMeter()
    meter.start()
    idle = QEventLoop()
    QTimer.singleShot(1000, idle.quit)
    idle.exec()
    idle_stall = meter.stop()

    card_times: list[float] = []
    meter.start()
    for _ in range(args.claims):
        area.queue_panel.next_button.setFocus()
        clock = time.perf_counter()
        QTest.keyClick(
            area.queue_panel.next_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
        wait_for(area.lead_shown)
        card_times.append((time.perf_counter() - clock) * 1000)
        QTest.keyClick(area.outcome.submit_button, Qt.Key.Key_F5)
        QTest.keyClick(
            area.outcome.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        wait_for(area.outcome_saved)
    stall = meter.stop()
    workers.drain()
    area.close()
    services.close()

    print(f"\nCtrl+N → filled lead card, {args.claims} claims (goal p95 ≤ 150 ms):")
    print(f"  workspace:          {summary(card_times)}")
    print(f"  baseline (service): {summary(service_times)}")
    print("Longest GUI-thread stall (goal ≤ 50 ms):")
    print(f"  during the claims:  {stall:6.1f} ms")
    print(f"  baseline (idle):    {idle_stall:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
