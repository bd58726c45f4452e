"""Retention: `qualifier purge` removes personal data kept past its retention period."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.text import count_of


def register(commands: Any) -> None:
    purge = commands.add_parser(
        "purge",
        help="shred old rejects files and outbox copies ([retention] settings)",
    )
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=purge_old)


def purge_old(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        result = app.retention.purge(actor)
    if args.json:
        print_json(result)
        return 0
    print(
        f"purged: {count_of(result.rejects_files, 'rejects file', 'rejects files')} of "
        f"{count_of(result.batches_cleared, 'import', 'imports')}, "
        f"{count_of(result.outbox_files, 'outbox file', 'outbox files')}"
    )
    return 0
