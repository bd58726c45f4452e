"""Commands for the shared lead queue: queue claim, release, stats; nurture recycle."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.cli.arguments import positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.text import count_of


def register(commands: Any) -> None:
    queue = commands.add_parser("queue", help="the shared lead queue").add_subparsers(
        dest="queue_command", metavar="ACTION", required=True
    )
    claim = queue.add_parser("claim", help="claim the next lead for a user")
    claim.add_argument("--json", action="store_true")
    claim.set_defaults(handler=queue_claim)
    release = queue.add_parser("release", help="give a claimed lead back to the queue")
    release.add_argument("lead_id", type=positive, metavar="LEAD_ID")
    release.add_argument("--reason", default="")
    release.add_argument("--json", action="store_true")
    release.set_defaults(handler=queue_release)
    nurture = commands.add_parser("nurture", help="leads in nurture").add_subparsers(
        dest="nurture_command", metavar="ACTION", required=True
    )
    recycle = nurture.add_parser(
        "recycle", help="return nurture leads whose recycle date has come to their queue"
    )
    recycle.add_argument("--json", action="store_true")
    recycle.set_defaults(handler=nurture_recycle)
    stats = queue.add_parser("stats", help="counts by status, leased now, eligible now")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=queue_stats)


def queue_claim(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        lead = app.queue.claim_next(actor)
    if args.json:
        print_json(lead)
        return 0
    local = "; ".join(t.text() for t in lead.local_times) or "unknown"
    print(f"lead {lead.id}: {lead.company} — {lead.contact_name}")
    print(f"  phone:       {lead.phone_e164 or lead.phone_raw or '(none)'}")
    print(f"  local time:  {local} (calling window {lead.calling_window})")
    print(f"  lease until: {lead.lease_expires_at:%Y-%m-%d %H:%M:%S} UTC")
    return 0


def queue_release(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        app.queue.release(actor, args.lead_id, args.reason)
    if args.json:
        print_json({"released": args.lead_id})
    else:
        print(f"lead {args.lead_id} is back in the queue")
    return 0


def queue_stats(args: argparse.Namespace) -> int:
    with services(args) as app:
        stats = app.queue.stats(acting(args))
    if args.json:
        print_json(stats)
        return 0
    rows = [[status, str(count)] for status, count in sorted(stats.by_status.items())]
    print(table(rows, ["status", "leads"]))
    print(
        f"\nleased now: {stats.leased_now}   eligible now: {stats.eligible_now}   "
        f"total: {stats.total}"
    )
    for held in stats.blocked:
        print(f"not claimable: {held.reason} ({count_of(held.leads, 'lead', 'leads')} waiting)")
    sys.stdout.flush()
    return 0


def nurture_recycle(args: argparse.Namespace) -> int:
    with services(args) as app:
        moved = app.nurture.recycle_due(acting(args))
    if args.json:
        print_json({"recycled": moved})
    else:
        print(f"{count_of(moved, 'lead', 'leads')} back from nurture in their queues")
    return 0
