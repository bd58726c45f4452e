"""Campaign commands: `qualifier campaign list` and `qualifier campaign set`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rapidfuzz import fuzz

from qualifier_app.cli.arguments import iso_date, money
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.normalize import fold
from qualifier_app.services.admin.campaigns import (
    CAMPAIGN_HEADERS,
    KEEP,
    CampaignChange,
    CampaignInfo,
)


def register(commands: Any) -> None:
    campaign = commands.add_parser("campaign", help="campaigns: channel, cost and dates")
    actions = campaign.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the campaigns with cost, dates and leads")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=campaign_list)
    changed = actions.add_parser(
        "set",
        help="create a campaign or record its channel, cost and the days it ran "
        "(reports spread the cost over those days)",
    )
    changed.add_argument("name", metavar="NAME")
    changed.add_argument(
        "--cost", help="what the campaign cost, in the center's currency, e.g. 12500.00"
    )
    changed.add_argument("--channel", help="trade show, web form, download, purchased list …")
    changed.add_argument("--from", dest="starts_on", type=iso_date, help="first day, YYYY-MM-DD")
    changed.add_argument("--to", dest="ends_on", type=iso_date, help="last day, YYYY-MM-DD")
    changed.add_argument(
        "--no-dates", action="store_true", help="forget the days it ran (cost counts whole)"
    )
    changed.add_argument("--reason", default="", help="why (kept in the audit log)")
    changed.add_argument("--json", action="store_true")
    changed.set_defaults(handler=campaign_set)


def _rows(campaigns: list[CampaignInfo]) -> list[list[str]]:
    return [list(campaign.cells()) for campaign in campaigns]


HEADERS = [title.lower() for title in CAMPAIGN_HEADERS]


def campaign_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        campaigns = app.campaigns.list(acting(args))
    if args.json:
        print_json(campaigns)
    elif campaigns:
        print(table(_rows(campaigns), HEADERS))
    else:
        print("no campaigns yet: `qualifier campaign set NAME --cost …` or an import names one")
    return 0


def campaign_set(args: argparse.Namespace) -> int:
    if args.no_dates and (args.starts_on or args.ends_on):
        raise InvalidInput("--no-dates cannot go with --from or --to", "no_dates")
    with services(args) as app:
        actor = acting(args)
        currency = app.center.currency(actor) if args.cost is not None else ""
        change = CampaignChange(
            cost=KEEP if args.cost is None else money(args.cost, "cost", currency),
            channel=args.channel if args.channel is not None else KEEP,
            starts_on=None if args.no_dates else (args.starts_on or KEEP),
            ends_on=None if args.no_dates else (args.ends_on or KEEP),
        )
        before = {campaign.id: campaign.name for campaign in app.campaigns.list(actor)}
        saved = app.campaigns.save(actor, args.name, change, reason=args.reason)
    if saved.id not in before:
        # `set` creates by name: a typo in it is a second campaign the reports split costs by.
        alike = [name for name in before.values() if fuzz.ratio(fold(name), fold(saved.name)) >= 80]
        sys.stderr.write(
            f"qualifier: created campaign {saved.name}"
            + (f" (a new one: {', '.join(alike)} exists already)" if alike else "")
            + "\n"
        )
    if args.json:
        print_json(saved)
    else:
        print(table(_rows([saved]), HEADERS))
    return 0
