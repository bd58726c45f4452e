"""Core commands: gui, db, demo, user, queue."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.cli.arguments import non_negative, positive
from qualifier_app.cli.context import read_password, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence import schema


def register(commands: Any) -> None:
    gui_parser = commands.add_parser("gui", help="open the desktop app (the default)")
    gui_parser.set_defaults(handler=gui)

    db = commands.add_parser("db", help="database schema").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    upgrade_parser = db.add_parser("upgrade", help="create or upgrade the schema")
    upgrade_parser.add_argument("--json", action="store_true")
    upgrade_parser.set_defaults(handler=db_upgrade)
    current_parser = db.add_parser("current", help="show the schema version")
    current_parser.add_argument("--json", action="store_true")
    current_parser.set_defaults(handler=db_current)

    demo_parser = commands.add_parser("demo", help="fill an empty database with demo data")
    demo_parser.add_argument("--inquiries", type=non_negative, default=500, metavar="N")
    demo_parser.add_argument("--seed", type=int, default=None, metavar="S")
    demo_parser.add_argument(
        "--history",
        type=non_negative,
        default=0,
        metavar="DAYS",
        help="spread the inquiries over DAYS past days and simulate their calls, "
        "qualifications, handoffs, partner feedback and revenue",
    )
    demo_parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing (and succeed) when the database has data already",
    )
    demo_parser.add_argument("--json", action="store_true")
    demo_parser.set_defaults(handler=demo)

    user = commands.add_parser("user", help="users").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("login")
    add.add_argument("--role", required=True, help="rep, team_lead, supervisor or admin")
    add.add_argument("--team")
    add.add_argument("--name", default="", help="display name")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=user_add)
    listing = user.add_parser("list", help="list users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=user_list)

    queue = commands.add_parser("queue", help="the shared lead queue").add_subparsers(
        dest="queue_command", metavar="ACTION", required=True
    )
    claim = queue.add_parser("claim", help="claim the next lead for a user")
    claim.add_argument("--as", dest="as_login", required=True, metavar="LOGIN")
    claim.add_argument("--json", action="store_true")
    claim.set_defaults(handler=queue_claim)
    release = queue.add_parser("release", help="give a claimed lead back to the queue")
    release.add_argument("lead_id", type=positive, metavar="LEAD_ID")
    release.add_argument("--as", dest="as_login", required=True, metavar="LOGIN")
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


def gui(args: argparse.Namespace) -> int:
    from qualifier_app.ui.launcher import run  # noqa: PLC0415 - Qt loads only for the GUI

    return run(args.db)


def db_upgrade(args: argparse.Namespace) -> int:
    with services(args, check_schema=False) as app:
        before = schema.current_revision(app.db.engine)
        backup = schema.upgrade(app.db.engine)
        after = schema.current_revision(app.db.engine)
    if args.json:
        print_json(
            {
                "database": app.db.description,
                "from": before,
                "to": after,
                "backup": str(backup) if backup else None,
            }
        )
    elif before == after:
        print(f"{app.db.description}: schema {after} is up to date")
    else:
        print(f"{app.db.description}: schema upgraded from {before or 'empty'} to {after}")
        if backup:
            print(f"backup of the previous database: {backup}")
    return 0


def db_current(args: argparse.Namespace) -> int:
    with services(args, check_schema=False) as app:
        state = schema.state(app.db.engine)
    if args.json:
        print_json(
            {
                "database": app.db.description,
                "current": state.current,
                "head": state.head,
                "up_to_date": state.up_to_date,
            }
        )
    else:
        note = "up to date" if state.up_to_date else f"this Qualifier expects {state.head}"
        print(f"{app.db.description}: schema {state.current or 'empty'} ({note})")
    return 0


def demo(args: argparse.Namespace) -> int:
    with services(args) as app:
        if args.if_empty and app.demo.has_data():
            print(f"{app.db.description} has data already; no demo data loaded")
            return 0
        result = app.demo.load(args.inquiries, args.seed, args.history)
    if args.json:
        print_json(result)
        return 0
    print(f"Demo data loaded into {app.db.description}:")
    print(
        f"  {result.leads} leads ({result.duplicate_touches} repeat inquiries added as "
        f"touches, {result.invalid_phones} invalid phones, {result.invalid_emails} invalid "
        f"e-mails), {result.campaigns} campaigns, {result.partners} partners"
    )
    if result.history_days:
        print(
            f"  history of {result.history_days} days: {result.attempts} call attempts, "
            f"{result.handoffs} handoffs, {result.won} won for {result.won_revenue:,.2f}"
        )
    print("\nDemo accounts (the passwords are shown this once; write them down):")
    print(
        table(
            [[a.login, a.role, a.team or "", a.password] for a in result.accounts],
            ["login", "role", "team", "password"],
        )
    )
    return 0


def user_add(args: argparse.Namespace) -> int:
    password = read_password(args)
    with services(args) as app:
        added = app.accounts.add_user(
            OPERATOR, args.login, password, args.role, args.name, args.team
        )
    if args.json:
        print_json(added)
    else:
        print(f"added {added.login} ({added.role}{', ' + added.team if added.team else ''})")
    return 0


def user_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        users = app.accounts.list_users(OPERATOR)
    if args.json:
        print_json(users)
    else:
        print(
            table(
                [
                    [
                        u.login,
                        u.display_name,
                        u.role,
                        u.team or "",
                        ", ".join(u.queues),
                        "yes" if u.active else "no",
                    ]
                    for u in users
                ],
                ["login", "name", "role", "team", "queues", "active"],
            )
        )
    return 0


def queue_claim(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = app.accounts.actor_for(args.as_login)
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
        actor = app.accounts.actor_for(args.as_login)
        app.queue.release(actor, args.lead_id, args.reason)
    if args.json:
        print_json({"released": args.lead_id})
    else:
        print(f"lead {args.lead_id} is back in the queue")
    return 0


def queue_stats(args: argparse.Namespace) -> int:
    with services(args) as app:
        stats = app.queue.stats(OPERATOR)
    if args.json:
        print_json(stats)
        return 0
    rows = [[status, str(count)] for status, count in sorted(stats.by_status.items())]
    print(table(rows, ["status", "leads"]))
    print(
        f"\nleased now: {stats.leased_now}   eligible now: {stats.eligible_now}   "
        f"total: {stats.total}"
    )
    sys.stdout.flush()
    return 0


def nurture_recycle(args: argparse.Namespace) -> int:
    with services(args) as app:
        moved = app.nurture.recycle_due(OPERATOR)
    if args.json:
        print_json({"recycled": moved})
    else:
        print(f"{moved} leads back from nurture in their queues")
    return 0
