"""Check calls on the command line: `qualifier check-calls due|policy|reopened|reroute|keep`."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.arguments import given, positive, whole_number
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Action
from qualifier_app.domain.text import message
from qualifier_app.services.partners.dto import HandoffSummary

# A new policy unless told otherwise: every handoff, five business days after delivery.
DAYS, SHARE = 5, 100


def register(commands: Any) -> None:
    group = command_group(commands, "check-calls", "check calls after a handoff")
    due = group.add_parser(
        "due",
        help="the check calls waiting in the queues (handoffs that reached their check day "
        "are judged first)",
    )
    due.add_argument("--json", action="store_true", help="as JSON")
    due.set_defaults(handler=check_calls_due)

    policy = group.add_parser("policy", help="show or set the check-call policy")
    policy.add_argument(
        "--segment", choices=("smb", "enterprise"), help="set the policy of this segment"
    )
    policy.add_argument("--partner", type=given, help="only for this partner (by name)")
    policy.add_argument("--days", type=whole_number, help=f"business days after delivery ({DAYS})")
    policy.add_argument("--share", type=whole_number, help=f"%% of handoffs to check ({SHARE})")
    policy.add_argument(
        "--minimum", type=whole_number, help="at least this many per partner and month (0)"
    )
    policy.add_argument(
        "--poor-share",
        type=whole_number,
        help="%% to check of partners with a poor check-call record",
    )
    policy.add_argument("--remove", action="store_true", help="remove the policy named")
    policy.add_argument("--json", action="store_true", help="as JSON")
    policy.set_defaults(handler=check_calls_policy)

    reopened = group.add_parser(
        "reopened", help="handoffs whose customer says the partner never called"
    )
    reopened.add_argument("--json", action="store_true", help="as JSON")
    reopened.set_defaults(handler=check_calls_reopened)

    reroute = group.add_parser(
        "reroute", help="take a reopened lead back and hand it to the next eligible partner"
    )
    reroute.add_argument("check_call", type=positive, metavar="CHECK_CALL_ID")
    reroute.add_argument("--json", action="store_true", help="as JSON")
    reroute.set_defaults(handler=check_calls_reroute)

    keep = group.add_parser("keep", help="leave a reopened lead with its partner, with a note")
    keep.add_argument("check_call", type=positive, metavar="CHECK_CALL_ID")
    keep.add_argument("--note", required=True, help="why it stays with the partner")
    keep.add_argument("--json", action="store_true", help="as JSON")
    keep.set_defaults(handler=check_calls_keep)


def check_calls_due(args: argparse.Namespace) -> int:
    actor = acting(args)
    with services(args) as app:
        made = app.check_calls.make_due(actor)
        due = app.check_calls.due(actor)
    if args.json:
        print_json(
            {
                "made_due": made.due,
                "skipped": made.skipped,
                "cancelled": made.cancelled,
                "due": list(due),
            }
        )
        return 0
    if made.due or made.skipped or made.cancelled:
        print(
            f"judged now: {made.due} due, {made.skipped} not in the sample, "
            f"{made.cancelled} cancelled"
        )
    if not due:
        print("no check call is due")
        return 0
    rows = [
        [
            str(d.check_call_id),
            str(d.lead_id),
            d.company,
            d.partner,
            d.rep or "(team queue)",
            f"{d.due_at:%Y-%m-%d %H:%M}",
            str(d.attempts),
            d.why,
        ]
        for d in due
    ]
    print(table(rows, ["Check", "Lead", "Company", "Partner", "For", "Due (UTC)", "Tries", "Why"]))
    return 0


def check_calls_policy(args: argparse.Namespace) -> int:
    named = [
        option
        for option, value in (
            ("--partner", args.partner),
            ("--days", args.days),
            ("--share", args.share),
            ("--minimum", args.minimum),
            ("--poor-share", args.poor_share),
            ("--remove", args.remove or None),
        )
        if value is not None
    ]
    if named and not args.segment:
        raise InvalidInput(
            f"{', '.join(named)} set a segment's policy: name it with --segment smb|enterprise",
            "segment",
        )
    settings = [name for name in named if name not in {"--partner", "--remove"}]
    if args.remove and settings:
        # Removed, the policy would silently drop what was typed with it.
        raise InvalidInput(
            message(
                "--remove takes the policy away: it cannot go with {options}",
                options=", ".join(settings),
            ),
            "remove",
        )
    actor = acting(args)
    with services(args) as app:
        policies = app.check_calls.policies
        if args.segment and args.remove:
            policies.remove(actor, args.segment, args.partner)
            whose = " ".join(filter(None, (args.segment, args.partner)))
            return _answer(
                args,
                {"segment": args.segment, "partner": args.partner, "removed": True},
                f"check-call policy for {whose} removed",
            )
        if args.segment:
            # A policy changed in one option keeps the others as they are.
            days, share, minimum, poor_share = next(
                (
                    (r.business_days, r.share_percent, r.minimum_per_month, r.poor_share_percent)
                    # Who may not set the policy is told so by the setting, not the listing.
                    for r in (policies.list(actor) if actor.may(Action.MANAGE_CHECK_CALLS) else ())
                    if (r.segment, r.partner) == (args.segment, args.partner or "")
                ),
                (DAYS, SHARE, 0, None),
            )
            row = policies.set(
                actor,
                args.segment,
                days if args.days is None else args.days,
                share if args.share is None else args.share,
                partner=args.partner,
                minimum_per_month=minimum if args.minimum is None else args.minimum,
                poor_share_percent=poor_share if args.poor_share is None else args.poor_share,
            )
            return _answer(args, row, f"{row.segment} {row.partner or 'every partner'}: {row.text}")
        rows = policies.list(actor)
    if args.json:
        print_json(list(rows))
        return 0
    if not rows:
        print("no check-call policy: no handoff is checked")
        return 0
    print(
        table(
            [[r.segment, r.partner or "(every partner)", r.text] for r in rows],
            ["Segment", "Partner", "Policy"],
        )
    )
    return 0


def _answer(args: argparse.Namespace, result: object, text: str) -> int:
    """What a command changed: as JSON with --json, else in a sentence."""
    if args.json:
        print_json(result)
    else:
        print(text)
    return 0


def check_calls_reopened(args: argparse.Namespace) -> int:
    with services(args) as app:
        rows = app.check_calls.reopened(acting(args))
    if args.json:
        print_json(list(rows))
        return 0
    if not rows:
        print("no handoff is reopened")
        return 0
    print(
        table(
            [
                [
                    str(r.check_call_id),
                    str(r.lead_id),
                    r.company,
                    r.partner,
                    r.said + (" (contradicts the partner's status)" if r.contradiction else ""),
                ]
                for r in rows
            ],
            ["Check", "Lead", "Company", "Partner", "What the customer said"],
        )
    )
    return 0


def check_calls_reroute(args: argparse.Namespace) -> int:
    with services(args) as app:
        outcome = app.check_calls.reroute(acting(args), args.check_call)
    if args.json:
        rerouted = isinstance(outcome, HandoffSummary)
        print_json({"check_call": args.check_call, "rerouted": rerouted, "outcome": outcome})
        return 0
    if isinstance(outcome, HandoffSummary):
        print(f"lead {outcome.lead_id} re-routed to {outcome.partner}: {outcome.why}")
    else:
        print(outcome)
    return 0


def check_calls_keep(args: argparse.Namespace) -> int:
    with services(args) as app:
        app.check_calls.keep(acting(args), args.check_call, args.note)
    if args.json:
        print_json({"check_call": args.check_call, "kept": True, "note": args.note})
        return 0
    print(f"check call {args.check_call}: the lead stays with its partner")
    return 0
