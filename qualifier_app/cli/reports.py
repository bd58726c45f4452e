"""Reports on the command line: `qualifier report conversion|status …`."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from qualifier_app.cli.arguments import add_out_option, country, given, iso_date
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.text import count_of, shortened
from qualifier_app.integrations.table_export import csv_cells
from qualifier_app.services.check_calls.report import CHECK_CALLS_BY
from qualifier_app.services.reports.cells import as_document, export_header, export_rows, text_rows
from qualifier_app.services.reports.conversion_drill import PREFIX as CONVERSION_PREFIX
from qualifier_app.services.reports.drill_groups import EVERY_GROUP
from qualifier_app.services.reports.dto import CONVERSION_BY, KPI_BY, ReportFilters, ReportTable
from qualifier_app.services.reports.publication_cards import Week
from qualifier_app.services.reports.publication_drill import BY, week_period
from qualifier_app.services.reports.publication_drill import FIGURES as PUBLICATION_FIGURES

FORMATS = ("table", "csv", "xlsx", "json")


def register(commands: Any) -> None:
    report = command_group(commands, "report", "reports for supervisors")
    conversion = report.add_parser(
        "conversion", help="conversion per rep, campaign or partner, with rates and revenue"
    )
    conversion.add_argument("--by", required=True, choices=CONVERSION_BY)
    _common(conversion)
    conversion.set_defaults(handler=report_conversion)
    status = report.add_parser(
        "status", help="%% pending, %% active, %% unqualified, pipeline and won revenue per group"
    )
    status.add_argument("--by", required=True, choices=KPI_BY)
    _common(status)
    status.set_defaults(handler=report_status)
    checks = report.add_parser(
        "check-calls",
        help="what check calls found per partner and partner rep, or per rep who qualified",
    )
    checks.add_argument("--by", required=True, choices=CHECK_CALLS_BY)
    checks.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    checks.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    checks.add_argument("--format", choices=FORMATS, default="table")
    add_out_option(checks, help_text="write the report to FILE")
    checks.add_argument("--json", action="store_true", help="same as --format json")
    checks.set_defaults(handler=report_check_calls)
    publish = report.add_parser(
        "publish",
        help="e-mail the weekly scorecards to partners and channel managers, and the "
        "supervisors' summary of who is not reporting (once per week)",
    )
    publish.add_argument(
        "--week",
        type=given,
        metavar="YYYY-Www",
        help="the ISO week to publish (default: last week)",
    )
    publish.add_argument(
        "--dry-run", action="store_true", help="say what would be sent; send nothing"
    )
    publish.add_argument("--json", action="store_true", help="the outcome per recipient as JSON")
    publish.set_defaults(handler=report_publish)
    leads = report.add_parser(
        "leads",
        help="the leads behind one figure of a report, listed or exported (as the Reports "
        "area opens them)",
    )
    leads.add_argument("--report", required=True, choices=("status", "conversion", BY))
    leads.add_argument(
        "--by",
        choices=sorted({*KPI_BY, *CONVERSION_BY}),
        help="the report's grouping (status and conversion)",
    )
    leads.add_argument(
        "--group",
        required=True,
        help=f'a row of the report (a partner of the publication), or "{EVERY_GROUP}" for its '
        "total",
    )
    leads.add_argument(
        "--figure",
        required=True,
        help="a column of the report: total, pending, handoffs, pipeline, won (status); "
        "claimed, contacted, sales_ready, hours, inquiries, qualified, accepted, revenue, "
        "sla_breaches … (conversion); " + ", ".join(PUBLICATION_FIGURES) + " (publication)",
    )
    leads.add_argument(
        "--week",
        type=given,
        metavar="YYYY-Www",
        help="the publication's ISO week (default: last week)",
    )
    _common(leads)
    leads.set_defaults(handler=report_leads)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--team", type=given, help="only this team's reps")
    parser.add_argument("--campaign", type=given, help="only this campaign")
    parser.add_argument("--country", type=country, help="only leads in this country (ISO code)")
    parser.add_argument("--format", choices=FORMATS, default="table")
    add_out_option(parser, help_text="write the report to FILE")
    parser.add_argument("--json", action="store_true", help="same as --format json")


def _period_and_filters(args: argparse.Namespace, app: Any) -> tuple[Period, ReportFilters]:
    period = Period(args.start, args.end)
    names = app.reports.filter_ids(acting(args), team=args.team, campaign=args.campaign)
    return period, ReportFilters(
        team_id=names.get("team"),
        campaign_id=names.get("campaign"),
        country=args.country,
    )


def _fmt(args: argparse.Namespace) -> str:
    fmt: str = "json" if args.json else args.format
    if fmt == "xlsx" and args.out is None:
        raise InvalidInput("an XLSX report needs --out FILE", "out")
    if args.out is not None and fmt == "table":
        suffix = args.out.suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("csv", "xlsx", "json") else "csv"
    return fmt


def report_conversion(args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    with services(args) as app:
        period, filters = _period_and_filters(args, app)
        report = app.reports.conversion_table(acting(args), args.by, period, filters)
        return _emit(app, args, report, fmt)


def report_status(args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    with services(args) as app:
        period, filters = _period_and_filters(args, app)
        report = app.reports.kpi_table(acting(args), args.by, period, filters)
        return _emit(app, args, report, fmt)


def report_check_calls(args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    with services(args) as app:
        report = app.check_calls.report(acting(args), args.by, Period(args.start, args.end))
        return _emit(app, args, report, fmt)


def report_publish(args: argparse.Namespace) -> int:
    with services(args) as app:
        result = app.publication.publish(acting(args), args.week, dry_run=args.dry_run)
    if args.json:
        print_json(
            {
                "week": result.week,
                "dry_run": result.dry_run,
                "recipients": [
                    {
                        "kind": s.kind,
                        "id": s.recipient_id,
                        "name": s.recipient,
                        "address": s.address,
                        "outcome": s.outcome,
                        "note": s.note,
                    }
                    for s in result.sent
                ],
                "bottom_by_reporting": [
                    {
                        "partner": lag.partner,
                        "channel_manager": lag.channel_manager,
                        "reporting": round(lag.reporting, 4),
                        "weight_before": round(lag.weight_before, 4),
                        "weight_now": round(lag.weight_now, 4),
                        "due": lag.due,
                        "reported": lag.reported,
                    }
                    for lag in result.laggards
                ],
            }
        )
        return 0
    print(result.text())
    for lag in result.laggards:
        print(
            f"  not reporting: {lag.partner} ({lag.channel_manager}) {lag.reporting:.0%}, "
            f"routing weight {lag.weight_before:.2f} -> {lag.weight_now:.2f}"
        )
    if result.laggards:
        print(
            f"  their handoffs: qualifier report leads --report {BY} --week {result.week} "
            f"--group PARTNER --figure {'|'.join(PUBLICATION_FIGURES)}"
        )
    return 0


def report_leads(args: argparse.Namespace) -> int:
    """The items behind one figure: a summary line and the leads, or every lead to --out."""
    fmt = _fmt(args)
    if args.report != BY and args.by is None:
        raise InvalidInput(f"the {args.report} report needs --by", "by")
    by = args.by if args.report == "status" else f"{CONVERSION_PREFIX}{args.by}"
    with services(args) as app:
        period, filters = _period_and_filters(args, app)
        actor = acting(args)
        if args.report == BY:
            by = BY
            week = Week.parse(args.week) if args.week else Week.before(app.publication.today(actor))
            period = week_period(week)
        if args.out is not None:
            # Checked first: a typo must not leave an empty file and an audited export.
            _check_group(app, args, actor, period, filters)
            count = app.reports.export_drill(
                actor, by, args.group, args.figure, period, args.out, fmt, filters
            )
            leads = count_of(count, "lead", "leads")
            print(f"{leads} behind {args.group} · {args.figure} written to {args.out}")
            return 0
        found = app.reports.drill(actor, by, args.group, args.figure, period, filters)
        if not found.items:
            _check_group(app, args, actor, period, filters)
    if fmt == "json":
        print_json(
            {
                "figure": found.title,
                "items": found.items,
                "unit": found.unit,
                "leads": found.count,
                "amount": None if found.amount is None else str(found.amount),
                "currency": found.currency or None,
                "rows": [vars(row) for row in found.rows],
            }
        )
        return 0
    print(f"{found.summary} — {found.title}")
    if found.rows:
        rows = [
            [str(r.lead_id), r.company, r.contact, r.status, r.country, r.campaign]
            for r in found.rows
        ]
        print(table(rows, ["Lead", "Company", "Contact", "Status", "Country", "Campaign"]))
    if found.count > len(found.rows):
        print(f"(the first {len(found.rows):,} shown; --out FILE writes all {found.count:,})")
    return 0


def _check_group(
    app: Any, args: argparse.Namespace, actor: Any, period: Period, filters: ReportFilters
) -> None:
    """Behind a figure of no leads: refuse a group that is no row of the report (a typo would
    read as "0 leads"); a row whose figure is 0 is an answer."""
    if args.group == EVERY_GROUP:
        return
    if args.report == BY:
        groups = [partner.name for partner in app.partners.list_partners(actor)]
        report = "the publication"
    else:
        tables = {"status": app.reports.kpi_table, "conversion": app.reports.conversion_table}
        found = tables[args.report](actor, args.by, period, filters)
        groups = [str(row[0]) for row in found.rows]
        report = f"the {args.report} report by {args.by}"
    if args.group not in groups:
        rows = shortened(", ".join(groups), 200) if groups else "none"
        raise InvalidInput(
            f"{report} has no row {args.group!r} for this period (its rows: {rows}; "
            f'"{EVERY_GROUP}" for its total)',
            "group",
        )


def _emit(app: Any, args: argparse.Namespace, report: ReportTable, fmt: str) -> int:
    out: Path | None = args.out
    if out is not None:  # --format table with --out FILE was made csv, xlsx or json
        count = app.reports.export(acting(args), report, out, fmt)
        print(
            f"{report.title} ({report.period}): {count_of(count, 'row', 'rows')} written to {out}"
        )
        return 0
    if fmt == "json":
        print_json(as_document(report))
        return 0
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(export_header(report))
        for row in export_rows(report):
            writer.writerow(csv_cells(row))
        return 0
    if not report.rows:
        print(f"{report.title} ({report.period}): nothing to report")
        return 0
    print(f"{report.title} — {report.period}\n")
    print(table(text_rows(report), report.header))
    return 0
