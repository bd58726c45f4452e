"""Retention: `qualifier purge` removes personal data kept past its retention period."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.roles import OPERATOR


def register(commands: Any) -> None:
    purge = commands.add_parser(
        "purge",
        help="shred rejects files and outbox copies older than the retention settings "
        "([retention] rejects_days, outbox_days)",
    )
    purge.add_argument("--as", dest="as_login", metavar="LOGIN", help="act as this user")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=purge_old)


def purge_old(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = app.accounts.actor_for(args.as_login) if args.as_login else OPERATOR
        result = app.retention.purge(actor)
    if args.json:
        print_json(result)
        return 0
    print(
        f"purged: {result.rejects_files} rejects file(s) of {result.batches_cleared} import(s), "
        f"{result.outbox_files} outbox file(s)"
    )
    return 0
