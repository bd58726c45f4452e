"""Partner commands: the directory, matching, routing, the SLA sweep, feedback, stale partners."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import textwrap
from typing import Any

from qualifier_app.cli.arguments import file_name, given, positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.text import count_of
from qualifier_app.services.intake.dto import where_read
from qualifier_app.services.partners.dto import ImportReport, PartnerSummary

# Why a delivery waits for a person, as `sla flagged` says it.
FLAGGED_WHY = {
    "unknown": "may have reached the partner",
    "refused": "address refused",
    "message_refused": "message refused by the mail server",
    "do_not_call": "lead went do-not-call: not sent",
}


def register(commands: Any) -> None:
    partner = commands.add_parser("partner", help="the partner directory and matching")
    actions = partner.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the partners")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=partner_list)
    imported = actions.add_parser(
        "import", help="add or update partners from a CSV or XLSX file (matched by name)"
    )
    imported.add_argument("file", type=file_name, metavar="FILE")
    imported.add_argument("--json", action="store_true")
    imported.set_defaults(handler=partner_import)
    matched = actions.add_parser(
        "match", help="rank the partners for a lead, with the reasons, without routing it"
    )
    matched.add_argument("lead_id", type=positive, metavar="LEAD_ID")
    matched.add_argument("--json", action="store_true")
    matched.set_defaults(handler=partner_match)
    manager = actions.add_parser(
        "channel-manager", help="let a user look after partners (edit them, enter feedback)"
    )
    manager.add_argument("login")
    manager.add_argument("--off", action="store_true", help="take the role away again")
    manager.add_argument("--json", action="store_true", help="as JSON")
    manager.set_defaults(handler=partner_channel_manager)

    route = commands.add_parser("route", help="routing sales-ready leads to partners")
    route_actions = route.add_subparsers(dest="route_command", metavar="ACTION", required=True)
    pending = route_actions.add_parser(
        "pending", help="route every sales-ready lead still waiting for a partner"
    )
    pending.add_argument(
        "--dry-run", action="store_true", help="show where each lead would go; change nothing"
    )
    pending.add_argument("--json", action="store_true")
    pending.set_defaults(handler=route_pending)

    sla = commands.add_parser("sla", help="acceptance SLAs of handoffs")
    sla_actions = sla.add_subparsers(dest="sla_command", metavar="ACTION", required=True)
    sweep = sla_actions.add_parser(
        "sweep",
        help="deliver waiting handoffs, remind at 75 %% of the SLA, expire and re-route at 100 %%",
    )
    sweep.add_argument("--json", action="store_true")
    sweep.set_defaults(handler=sla_sweep)
    flagged = sla_actions.add_parser(
        "flagged",
        help="handoff e-mails whose delivery stayed unknown: ask the partner for the Message-ID",
    )
    flagged.add_argument("--json", action="store_true")
    flagged.set_defaults(handler=sla_flagged)
    resolve = sla_actions.add_parser(
        "resolve",
        help="decide a flagged delivery: 'delivered' (the partner has it, the SLA starts) "
        "or 'send-again' (one more try with the same Message-ID)",
    )
    resolve.add_argument("handoff_id", type=positive, metavar="HANDOFF_ID")
    resolve.add_argument("decision", choices=("delivered", "send-again"), metavar="DECISION")
    resolve.add_argument("--note", default="", help="what the partner said (kept in the audit)")
    resolve.add_argument("--json", action="store_true", help="as JSON")
    resolve.set_defaults(handler=sla_resolve)

    imports = command_group(commands, "import", "import files")
    feedback = imports.add_parser(
        "partner-feedback",
        help="apply a partner's CRM export (CSV/XLSX) of handoff statuses; repeats are harmless",
    )
    feedback.add_argument("file", type=file_name, metavar="FILE")
    feedback.add_argument(
        "--partner",
        type=given,
        metavar="NAME",
        default=None,
        help="the partner whose export it is (needed unless every row gives a handoff id or "
        "the file has a partner column); a row about another partner's handoff is rejected",
    )
    feedback.add_argument("--json", action="store_true")
    feedback.set_defaults(handler=import_partner_feedback)

    reports = command_group(commands, "report", "reports")
    stale = reports.add_parser(
        "stale-partners", help="partners and partner reps whose handoffs have had no news"
    )
    stale.add_argument(
        "--days", type=positive, default=None, metavar="N", help="no news for N days (7)"
    )
    stale.add_argument("--json", action="store_true")
    stale.set_defaults(handler=report_stale_partners)


def _import_text(report: ImportReport, one: str, many: str) -> None:
    print(
        f"{report.file}: {count_of(report.rows, 'row', 'rows')}, "
        f"{count_of(report.applied, one, many)} applied, "
        f"{report.unchanged} unchanged, {report.rejected} rejected"
        + (f", {report.empty} empty" if report.empty else "")
        + (f", {report.hidden} hidden in the workbook (not read)" if report.hidden else "")
        + (
            where_read(report.header_row, report.sheet, report.passed_sheets, report.unread_sheets)
            or ""
        )
    )
    if report.rejects_file:
        print(f"rejected rows and why: {report.rejects_file}")


def partner_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        partners = app.partners.list_partners(acting(args))
    if args.json:
        print_json(partners)
        return 0
    print(
        table(
            [
                [
                    str(p.id),
                    p.name,
                    p.tier,
                    ", ".join([*p.countries, *p.regions]),
                    f"{p.open_handoffs}/{p.capacity_open if p.capacity_open is not None else '-'}",
                    f"{p.sla_hours} h",
                    str(sum(r.active for r in p.reps)),
                    _manager(p),
                    "yes" if p.active else "no",
                ]
                for p in partners
            ],
            ["id", "name", "tier", "coverage", "open", "SLA", "reps", "channel manager", "active"],
        )
    )
    return 0


def _manager(partner: PartnerSummary) -> str:
    if partner.channel_manager is None:
        return ""
    return partner.channel_manager + ("" if partner.channel_manager_active else " (deactivated)")


def partner_import(args: argparse.Namespace) -> int:
    with services(args) as app:
        report = app.partners.import_file(acting(args), args.file)
    if args.json:
        print_json(report)
    else:
        _import_text(report, "partner", "partners")
    return 0


def partner_match(args: argparse.Namespace) -> int:
    with services(args) as app:
        proposal = app.routing.propose(acting(args), args.lead_id)
    if args.json:
        print_json(proposal)
        return 0
    ranked = [c for c in (proposal.proposed, *proposal.alternatives) if c is not None]
    print(
        f"lead {proposal.lead_id} ({proposal.company or 'no company'}, "
        f"{proposal.lead_status.replace('_', ' ')}): {len(ranked)} eligible, "
        f"{len(proposal.excluded)} not eligible"
    )
    for choice in ranked:
        mark = "  ← proposed" if choice.rank == 1 else ""
        print(f"{choice.rank:>3}. {choice.name}{mark}")
        print(textwrap.indent(textwrap.fill(choice.why, 92), "     "))
    for note in proposal.notes:
        print(f"note: {note}")
    if proposal.excluded:
        print("not eligible:")
        for excluded in proposal.excluded[:20]:
            print(f"  {excluded.name}: {'; '.join(excluded.reasons)}")
        if len(proposal.excluded) > 20:
            print(f"  … and {len(proposal.excluded) - 20} more (see --json)")
    return 0


def partner_channel_manager(args: argparse.Namespace) -> int:
    with services(args) as app:
        app.partners.set_channel_manager(acting(args), args.login, on=not args.off)
    if args.json:
        print_json({"login": args.login, "channel_manager": not args.off})
        return 0
    print(f"{args.login} is {'no longer ' if args.off else ''}a channel manager")
    return 0


def route_pending(args: argparse.Namespace) -> int:
    with services(args) as app:
        result = app.routing.route_pending(acting(args), dry_run=args.dry_run)
    if args.json:
        print_json(result)
        return 0
    verb = "would go" if result.dry_run else "went"
    for routed in result.routed:
        handoff = f" (handoff {routed.handoff_id})" if routed.handoff_id else ""
        print(f"lead {routed.lead_id} {verb} to {routed.partner}{handoff}")
    for waiting in result.waiting:
        print(f"lead {waiting.lead_id} waits: {waiting.why}")
    summary = f"{len(result.routed)} routed, {len(result.waiting)} waiting for a partner"
    if result.dry_run:
        summary = f"dry run: {len(result.routed)} would be routed, {len(result.waiting)} would wait"
    elif result.routed:
        parts = [f"{result.delivered} delivered"] if result.delivered else []
        if result.queued:
            parts.append(f"{result.queued} queued for e-mail (the next SLA sweep sends them)")
        if result.awaiting_delivery:
            parts.append(
                f"{result.awaiting_delivery} awaiting delivery "
                "(no mail server is configured: SLA not started)"
            )
        if parts:
            summary += "; " + ", ".join(parts)
    print(summary)
    return 0


def sla_sweep(args: argparse.Namespace) -> int:
    with services(args) as app:
        result = app.sla.sweep(acting(args))
        # Check calls come due in the same rhythm as the SLAs they follow.
        checks = app.check_calls.make_due(acting(args))
    if args.json:
        print_json(result)
    else:
        print(
            f"delivered {result.delivered} (still failing {result.delivery_failed}), "
            f"reminded {result.reminded}"
            + (
                f" (reminders not sent yet {result.reminders_failed}: the next sweep tries again)"
                if result.reminders_failed
                else ""
            )
            + f", expired {result.expired}, "
            f"re-routed {result.rerouted}, waiting for a partner {result.waiting}"
            + (
                f", awaiting delivery {result.awaiting_delivery} (no mail server is configured)"
                if result.awaiting_delivery
                else ""
            )
            + (f", check calls made due {checks.due}" if checks.due else "")
        )
    return 0


def sla_flagged(args: argparse.Namespace) -> int:
    with services(args) as app:
        flagged = app.delivery.flagged(acting(args))
    if args.json:
        print_json(flagged)
        return 0
    if not flagged:
        print("no delivery waits for a person")
        return 0
    print(
        table(
            [
                [
                    str(f.handoff_id),
                    f.partner,
                    f.message_id,
                    str(f.attempts),
                    f"{f.flagged_at:%Y-%m-%d %H:%M}" if f.flagged_at else "",
                    FLAGGED_WHY.get(f.why, f.why),
                ]
                for f in flagged
            ],
            ["handoff", "partner", "Message-ID to look for", "attempts", "flagged (UTC)", "why"],
        )
    )
    print("ask the partner, then: qualifier sla resolve HANDOFF_ID delivered|send-again")
    if any(f.why == "refused" for f in flagged):
        print(
            "an address refused: give the partner a working rep address "
            "(qualifier partner import, or the Partners area), then send-again"
        )
    refused = [f for f in flagged if f.why == "message_refused"]
    for f in refused:
        print(f"handoff {f.handoff_id}: {f.problem or FLAGGED_WHY[f.why]}")
    if refused:
        print(
            "a message refused: have it let through (the partner's mail administrator, or "
            "the center's when the sender was refused), then send-again; or hand the lead "
            "to the partner another way, then delivered"
        )
    return 0


def sla_resolve(args: argparse.Namespace) -> int:
    with services(args) as app:
        outcome = app.delivery.resolve_flagged(
            acting(args), args.handoff_id, args.decision, args.note
        )
    if args.json:
        print_json({"handoff_id": args.handoff_id, "decision": args.decision, "outcome": outcome})
        return 0
    if args.decision == "delivered":
        print(f"handoff {args.handoff_id} marked delivered; its SLA starts now")
    elif outcome.delivered:
        print(f"handoff {args.handoff_id} sent again ({outcome.channel})")
    else:
        print(f"handoff {args.handoff_id} not sent: {outcome.problem}")
    return 0


def import_partner_feedback(args: argparse.Namespace) -> int:
    with services(args) as app:
        report = app.handoffs.import_feedback(acting(args), args.file, args.partner)
    if report.unused_columns:
        # A column under a name not recognised (a modified time, say) is silently lost
        # otherwise, and an old file could then roll back newer values.
        print(
            "qualifier: warning: columns not used: " + ", ".join(report.unused_columns),
            file=sys.stderr,
        )
    if args.json:
        print_json(report)
    else:
        _import_text(report, "update", "updates")
    return 0


def report_stale_partners(args: argparse.Namespace) -> int:
    with services(args) as app:
        days = args.days or app.settings.routing.stale_days
        stale = app.handoffs.stale_partners(acting(args), days)
    if args.json:
        print_json(
            {
                "days": days,
                "partners": [
                    {**dataclasses.asdict(p), "stale_share": round(p.stale_share, 3)} for p in stale
                ],
            }
        )
        return 0
    if not stale:
        print(f"every partner reported on its open handoffs within {count_of(days, 'day', 'days')}")
        return 0
    print(f"partners with open handoffs and no news for {count_of(days, 'day', 'days')} or more:")
    print(
        table(
            [
                [
                    p.partner,
                    p.channel_manager or "",
                    f"{p.stale} of {p.awaiting_news}",
                    f"{p.stale_share:.0%}",
                    f"{p.oldest_news:%Y-%m-%d}" if p.oldest_news else "",
                    "; ".join(f"{r.name} <{r.email}> ({r.stale})" for r in p.reps),
                ]
                for p in stale
            ],
            ["partner", "channel manager", "stale", "share", "oldest news", "partner reps"],
        )
    )
    return 0
