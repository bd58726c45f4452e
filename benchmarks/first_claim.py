"""A workstation's first Next and first outcome after sign-in, with its workspace made ready
and without, on PostgreSQL.

Each of --reps reps signs in as a workstation of its own (their own login and connection,
as the desktop app does on PostgreSQL). Every other one has the workspace made ready first
(`WorkspaceService.prepare`, as the workspace does when it opens). Each rep then takes two
leads (`next_lead`: the claim and the card) and logs "no answer" for each. Printed: p50 and
p95 of the first and the second Next and outcome, each way. The second ones, on a connection
that has met them, are the baseline of the same run.

    python scripts/throwaway_postgres.py -- python benchmarks/first_claim.py [--reps N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import center  # the simulated center's people and leads

from qualifier_app.app import sign_in_person
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.settings import QueuePolicy, Settings

T = TypeVar("T")


def workstation(url: str, login: str, *, made_ready: bool, times: dict[str, list[float]]) -> None:
    """One rep's sign-in, then two leads, each with "no answer"; the times go into `times`."""

    def timed(name: str, call: Callable[[], T]) -> T:
        began = time.perf_counter()
        result = call()
        times[name].append((time.perf_counter() - began) * 1000)
        return result

    settings = Settings(database_url=url, data_dir=Path(tempfile.mkdtemp()))
    signed = sign_in_person(settings, login, center.PASSWORD, workstation="bench")
    assert signed is not None
    services, actor = signed[0], signed[1].actor
    workspace = services.workspace
    way = "made ready" if made_ready else "as signed in"
    if made_ready:
        timed("making ready", partial(workspace.prepare, actor))
    lease = timedelta(minutes=QueuePolicy().lease_minutes)
    for which in ("first", "second"):
        item = timed(f"{way}: {which} Next", partial(workspace.next_lead, actor))
        outcome = center.outcome_for(
            item, OutcomeKind.NO_CONTACT, item.lead.lease_expires_at - lease
        )
        timed(f"{way}: {which} outcome", partial(workspace.submit, actor, outcome))
    services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--reps", type=int, default=40, help="workstations, half made ready")
    parser.add_argument("--leads", type=int, default=20_000, help="queued leads")
    args = parser.parse_args()
    server = os.environ.get("QUALIFIER_TEST_PG_URL")
    if not server:
        print(
            "QUALIFIER_TEST_PG_URL is not set: run through scripts/throwaway_postgres.py",
            file=sys.stderr,
        )
        return 2
    if args.reps < 2 or args.leads < 2 * args.reps:
        print("--reps must be 2 or more and --leads at least twice --reps", file=sys.stderr)
        return 2
    template, _zone = center.make_template(server, args.reps, args.leads)
    url = center.with_database(server, template)
    reps, _, _ = center.people(args.reps)
    times: dict[str, list[float]] = defaultdict(list)
    try:
        for number, login in enumerate(reps):
            workstation(url, login, made_ready=bool(number % 2), times=times)
    finally:
        center.drop(server, template)
    print(f"{args.reps} workstations, {args.leads:,} queued leads; ms")
    print(f"{'':34} {'p50':>8} {'p95':>8}")
    for name, values in times.items():
        p95 = statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
        print(f"{name:34} {statistics.median(values):8.2f} {p95:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
