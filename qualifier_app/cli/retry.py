"""Retry rules commands: `qualifier retry show | set`.

The attempt cap and the minutes until the next call after each no-contact disposition,
shared by every workstation (the Calling rules area edits the same rules).
"""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.arguments import whole_number
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.retry import NO_CONTACT
from qualifier_app.domain.text import message
from qualifier_app.services.admin.retry_rules import RetryDraft, RetryView, parse_minutes


def register(commands: Any) -> None:
    retry = command_group(commands, "retry", "retry rules: attempt cap and retry delays")
    show = retry.add_parser("show", help="the rules every workstation shares, and this one's")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=retry_show)

    change = retry.add_parser("set", help="change the shared rules (administrators)")
    change.add_argument(
        "--max-attempts", type=whole_number, metavar="N", help="calls before nurture"
    )
    change.add_argument(
        "--delay",
        action="append",
        default=[],
        metavar="DISPOSITION=MINUTES",
        help="e.g. busy=15,60,240 (the last delay repeats; empty: no more calls); "
        f"dispositions: {', '.join(d.value for d in NO_CONTACT)}",
    )
    change.add_argument("--recycle-days", type=whole_number, metavar="N", help="days in nurture")
    change.add_argument("--reason", default="", help="why they change (kept in the audit)")
    change.add_argument("--json", action="store_true", help="as JSON")
    change.set_defaults(handler=retry_set)


def _lines(view: RetryView) -> list[str]:
    shared = view.shared
    saved = (
        f"saved {view.saved_at:%Y-%m-%d %H:%M} UTC by {view.saved_by}"
        if view.saved_at
        else "not saved yet: each workstation follows its settings file"
    )
    lines = [f"retry rules ({saved})", f"  max attempts: {shared.max_attempts}"]
    for name, minutes in shared.delays.items():
        after = ", ".join(str(m) for m in minutes) or "no more calls"
        lines.append(f"  {name}: {after}")
    lines.append(f"  nurture for: {shared.nurture_recycle_days} days")
    if view.overridden:
        lines.append(
            f"  this workstation's settings file sets its own: {', '.join(view.overridden)}"
        )
    return lines


def retry_show(args: argparse.Namespace) -> int:
    with services(args) as app:
        view = app.retry_rules.view(acting(args))
    if args.json:
        print_json(view)
    else:
        print("\n".join(_lines(view)))
    return 0


def _delays(given: list[str], current: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    delays = dict(current)
    for text in given:
        name, sign, minutes = text.partition("=")
        if not sign:
            raise InvalidInput(f"--delay {text!r} must read DISPOSITION=MINUTES", "delays")
        delays[name.strip()] = parse_minutes(minutes, f"delay_{name.strip()}")
    return delays


def retry_set(args: argparse.Namespace) -> int:
    if args.max_attempts is None and not args.delay and args.recycle_days is None:
        # Saved anyway, the same rules would be a new version in the audit, changing nothing.
        raise InvalidInput(message("give --max-attempts, --delay or --recycle-days"), "retry")
    with services(args) as app:
        actor = acting(args)
        shared = app.retry_rules.view(actor).shared
        draft = RetryDraft(
            shared.max_attempts if args.max_attempts is None else args.max_attempts,
            _delays(args.delay, dict(shared.delays)),
            shared.nurture_recycle_days if args.recycle_days is None else args.recycle_days,
        )
        view = app.retry_rules.save(actor, draft, args.reason)
    print_json(view) if args.json else print("\n".join(_lines(view)))
    return 0
