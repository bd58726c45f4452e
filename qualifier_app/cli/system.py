"""Commands for the installation itself: gui, db, demo."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.app import refuse_a_missing_file
from qualifier_app.cli.arguments import non_negative, positive, whole_number
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import PoolerAnswered
from qualifier_app.persistence.engine import (
    describe,
    parse_database_url,
)
from qualifier_app.persistence.person_login import schema_version, uses_database_logins
from qualifier_app.settings import load_settings


def register(commands: Any) -> None:
    gui_parser = commands.add_parser("gui", help="open the desktop app (the default)")
    gui_parser.add_argument(
        "--smoke",
        action="store_true",
        help="check that the app starts: exit 0 as soon as the sign-in window is shown and "
        "connected to the database, 1 if it cannot get there (for installer tests; use with "
        "QT_QPA_PLATFORM=offscreen on a machine without a display)",
    )
    gui_parser.set_defaults(handler=gui)

    db = commands.add_parser("db", help="database schema").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    upgrade_parser = db.add_parser("upgrade", help="create or upgrade the schema")
    upgrade_parser.add_argument("--json", action="store_true")
    upgrade_parser.add_argument(
        "--lock-wait",
        type=positive,
        default=schema.LOCK_WAIT_SECONDS,
        metavar="SECONDS",
        help="how long a step may wait for a table in use before the upgrade gives up "
        f"(PostgreSQL; {schema.LOCK_WAIT_SECONDS})",
    )
    upgrade_parser.set_defaults(handler=db_upgrade)
    current_parser = db.add_parser("current", help="show the schema version")
    current_parser.add_argument("--json", action="store_true")
    current_parser.set_defaults(handler=db_current)

    demo_parser = commands.add_parser("demo", help="fill an empty database with demo data")
    demo_parser.add_argument("--inquiries", type=non_negative, default=500, metavar="N")
    demo_parser.add_argument("--seed", type=whole_number, default=None, metavar="S")
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


def gui(args: argparse.Namespace) -> int:
    from qualifier_app.ui.launcher import run  # noqa: PLC0415 - Qt loads only for the GUI

    return run(args.db, smoke=getattr(args, "smoke", False))


def gui_problem(args: argparse.Namespace, text: str) -> int:
    from qualifier_app.ui.launcher import show_problem  # noqa: PLC0415 - Qt loads only for the GUI

    return show_problem(text, smoke=getattr(args, "smoke", False))


# A pooler hands each transaction any server connection, and PgBouncer checks passwords of
# Qualifier's people only: the schema's owner is not one.
UPGRADE_DIRECTLY = (
    "`qualifier db upgrade` runs against PostgreSQL directly, never through PgBouncer: give "
    "it the server's own address and port"
)


def db_upgrade(args: argparse.Namespace) -> int:
    settings = load_settings(args.db)
    if (
        settings.connections.behind_pooler
        or "pooler" in parse_database_url(settings.database_url).query
    ):
        raise InvalidInput(UPGRADE_DIRECTLY, "database_url")
    try:
        app = services(args, check_schema=False, makes_database=True)
    except PoolerAnswered:
        raise InvalidInput(UPGRADE_DIRECTLY, "database_url") from None
    with app:
        upgraded = schema.upgrade(app.db.engine, lock_wait_seconds=args.lock_wait)
    before, after, backup = upgraded.before, upgraded.after, upgraded.backup
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
    """Reads the version only, and makes nothing: a SQLite file that is not there is said
    so; on PostgreSQL a URL that names no login (a workstation's) asks as the sign-in role,
    which may learn the version and nothing else."""
    settings = load_settings(args.db)
    refuse_a_missing_file(settings, own_too=True)
    url = parse_database_url(settings.database_url)
    if uses_database_logins(settings.database_url) and not url.username:
        description = describe(url)
        state = schema.SchemaState(
            schema_version(settings.database_url, settings.sign_in_password),
            schema.head_revision(),
        )
    else:
        with services(args, check_schema=False) as app:
            description = app.db.description
            state = schema.state(app.db.engine)
    if args.json:
        print_json(
            {
                "database": description,
                "current": state.current,
                "head": state.head,
                "up_to_date": state.up_to_date,
            }
        )
    else:
        note = "up to date" if state.up_to_date else f"this Qualifier expects {state.head}"
        print(f"{description}: schema {state.current or 'empty'} ({note})")
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
