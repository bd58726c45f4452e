"""Intake commands: import inquiries and firmographics, rescore, export leads."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from qualifier_app.cli.arguments import (
    add_out_option,
    country,
    file_name,
    given,
    iso_date,
    positive,
    whole_number,
)
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry_columns import Overrides
from qualifier_app.domain.roles import SYSTEM
from qualifier_app.domain.text import count_of, message
from qualifier_app.integrations.files import regular_file
from qualifier_app.services.intake.dto import (
    ImportProgress,
    ImportSummary,
    accounting,
    created_queue_note,
    unworked_queue_warning,
)
from qualifier_app.services.intake.history import (
    DEFAULT_LIMIT,
    KINDS,
    MOST,
    REJECTS_KEPT,
    PastImport,
    kind_named,
)
from qualifier_app.services.intake.inquiries import CHUNK_ROWS, read_mapping_file
from qualifier_app.services.intake.scoring import read_rules_file
from qualifier_app.services.reports.lead_export import FORMATS, LeadFilter


def register(commands: Any) -> None:
    imports = command_group(commands, "import", "import data from files")
    inquiries = imports.add_parser(
        "inquiries",
        help="import inquiries (CSV in any encoding or delimiter, or XLSX): validate, "
        "deduplicate, enrich, score and queue them",
    )
    inquiries.add_argument("file", type=file_name, metavar="FILE")
    inquiries.add_argument(
        "--campaign", type=given, metavar="NAME", help="the campaign of every row (created if new)"
    )
    inquiries.add_argument(
        "--country",
        type=country,
        metavar="CODE",
        help="the country the file is from (ISO code such as DE): rows with no country, or an "
        "empty one, are read as written there (national phone numbers, dates) and get it as "
        "their country; a row's own country, or a phone number in +international form, wins "
        "(no default: [workspace] default_country is not used for imports)",
    )
    inquiries.add_argument(
        "--mapping",
        type=file_name,
        metavar="MAPPING.json",
        help='column mapping over the recognised headers: {"Column header": "field" or null}',
    )
    inquiries.add_argument("--rules", type=file_name, metavar="RULES.json", help="scoring rules")
    inquiries.add_argument(
        "--rejects", type=file_name, metavar="FILE", help="where to write the rejects CSV"
    )
    inquiries.add_argument("--force", action="store_true", help="replace the rejects FILE")
    inquiries.add_argument(
        "--chunk-rows", type=positive, default=CHUNK_ROWS, metavar="N", help=argparse.SUPPRESS
    )
    inquiries.add_argument("--json", action="store_true")
    inquiries.set_defaults(handler=import_inquiries)

    firmographics = imports.add_parser(
        "firmographics",
        help="load firmographic reference data (company and/or domain → employees, revenue, "
        "industry) and enrich the leads it matches",
    )
    firmographics.add_argument("file", type=file_name, metavar="FILE")
    firmographics.add_argument(
        "--source",
        type=given,
        metavar="NAME",
        help="where the data comes from (default: the file name)",
    )
    firmographics.add_argument("--rejects", type=file_name, metavar="FILE")
    firmographics.add_argument("--force", action="store_true", help="replace the rejects FILE")
    firmographics.add_argument("--json", action="store_true")
    firmographics.set_defaults(handler=import_firmographics)

    history = imports.add_parser(
        "history",
        help="the latest imports, newest first: who ran them, their counts, their rejects file, "
        "and which stopped before their end",
    )
    history.add_argument(
        "--kind",
        type=import_kind,
        metavar="KIND",
        help="only imports of KIND: " + ", ".join(k.replace("_", "-") for k in KINDS),
    )
    history.add_argument(
        "--limit",
        type=positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N imports ({DEFAULT_LIMIT}; at most {MOST:,})",
    )
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=import_history)

    rescore = commands.add_parser(
        "rescore", help="re-apply the scoring rules to the leads not yet worked"
    )
    rescore.add_argument("--rules", type=file_name, metavar="RULES.json", help="scoring rules")
    rescore.add_argument("--json", action="store_true")
    rescore.set_defaults(handler=rescore_leads)

    exports = command_group(commands, "export", "export data to files")
    leads = exports.add_parser("leads", help="export leads to CSV, XLSX or JSON")
    leads.add_argument("--format", choices=FORMATS, required=True)
    add_out_option(leads, required=True, help_text="the file to write")
    leads.add_argument(
        "--status",
        type=given,
        action="append",
        default=[],
        metavar="STATUS",
        help="repeat for several",
    )
    leads.add_argument("--queue", type=given, metavar="NAME")
    leads.add_argument("--campaign", type=given, metavar="NAME")
    leads.add_argument("--segment", choices=("smb", "enterprise"))
    leads.add_argument("--country", metavar="COUNTRY")
    leads.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="inquired on or after")
    leads.add_argument("--min-score", type=whole_number, metavar="N")
    leads.add_argument("--json", action="store_true")
    leads.set_defaults(handler=export_leads)


def _show_progress(progress: ImportProgress) -> None:
    sys.stderr.write(
        f"\r{progress.done:,}/{progress.total:,} rows: {progress.imported:,} new, "
        f"{progress.merged:,} merged, {progress.rejected:,} rejected"
    )
    sys.stderr.flush()


# A sheet of 200 columns named every one of them in a single line of 2 KB.
UNREAD_NAMED = 12


def import_inquiries(args: argparse.Namespace) -> int:
    mapping = read_mapping_file(args.mapping) if args.mapping else None
    rules = read_rules_file(args.rules) if args.rules else None
    regular_file(args.file)
    summary = _imported(args, mapping, rules)
    if summary.unread_columns:
        # Values under a title the import does not know are lost otherwise, unnoticed.
        named, more = summary.unread_columns[:UNREAD_NAMED], summary.unread_columns[UNREAD_NAMED:]
        print(
            "qualifier: warning: columns holding values were not imported (no field is read "
            "from them): "
            + ", ".join(named)
            + (
                f" and {count_of(len(more), 'other', 'others')} (--json lists them)" if more else ""
            ),
            file=sys.stderr,
        )
    if args.json:
        print_json(summary)
        return 0
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"{summary.file}: {accounting(summary)}")
    for note in _how_read(summary):
        print(f"  {note}")
    if summary.do_not_call:
        dnc = count_of(summary.do_not_call, "new lead is", "new leads are")
        print(f"  {dnc} on the do-not-call list (not queued)")
    if summary.flagged:
        flagged = count_of(summary.flagged, "row", "rows")
        touches = "its touch" if summary.flagged == 1 else "their touches"
        print(f"  {flagged} kept with a flagged value (see {touches})")
    if summary.enriched:
        print(
            f"  {count_of(summary.enriched, 'new lead', 'new leads')} enriched from firmographics"
        )
    for queue, count in summary.queues.items():
        print(f"  queue {queue}: {count:,}")
    for queue in summary.created_queues:
        print(f"  {created_queue_note(queue)}")
    for queue in summary.unworked_queues:
        print(f"  warning: {unworked_queue_warning(queue, summary.unworked_teams.get(queue))}")
    if summary.rejects_file:
        print(f"  rejects: {summary.rejects_file}")
    return 0


def _how_read(summary: ImportSummary) -> list[str]:
    """What the import assumed where the file did not say."""
    notes = []
    if summary.assumed_country:
        notes.append(f"rows naming no country were read as from {summary.assumed_country}")
    if summary.dates_read_on:
        zone = summary.dates_read_on
        notes.append(
            f"inquiry dates and times without a zone were read on the center's clock ({zone})"
        )
    return notes


def _imported(
    args: argparse.Namespace, mapping: Overrides | None, rules: Mapping[str, Any] | None
) -> ImportSummary:
    try:
        with services(args) as app:
            return app.intake.import_inquiries(
                acting(args),
                args.file,
                campaign=args.campaign,
                country=args.country,
                mapping=mapping,
                rules=rules,
                rejects_path=args.rejects,
                progress=_show_progress if sys.stderr.isatty() and not args.json else None,
                chunk_rows=args.chunk_rows,
            )
    except KeyboardInterrupt:
        # Ctrl-C: what the person needs is whether to start again, and how.
        raise KeyboardInterrupt(
            message(
                "interrupted: the rows stored so far are kept; import {name} again to add "
                "the rest (the rows already imported are skipped)",
                name=args.file.name,
            )
        ) from None


def import_firmographics(args: argparse.Namespace) -> int:
    with services(args) as app:
        summary = app.enrichment.import_firmographics(
            acting(args), args.file, source=args.source, rejects_path=args.rejects
        )
    if args.json:
        print_json(summary)
        return 0
    rows = count_of(summary.rows, "row", "rows")
    loaded = count_of(summary.loaded, "new reference row", "new reference rows")
    print(
        f"{args.file.name}: {rows} — {loaded}, "
        f"{summary.updated:,} updated, {summary.rejected:,} rejected (source: {summary.source})"
        + (f"; {summary.hidden:,} hidden in the workbook (not read)" if summary.hidden else "")
    )
    print(f"  {_enriched(summary.leads_enriched, summary.leads_rescored)}")
    if summary.rejects_file:
        print(f"  rejects: {summary.rejects_file}")
    return 0


def _enriched(leads: int, rescored: int) -> str:
    """How many leads the reference data filled, and how many of them (those nobody has
    worked yet) were re-scored."""
    if leads == 1:
        return (
            "1 lead enriched and re-scored"
            if rescored
            else "1 lead enriched, not re-scored (already worked)"
        )
    return f"{count_of(leads, 'lead', 'leads')} enriched, {rescored:,} of them re-scored"


def rescore_leads(args: argparse.Namespace) -> int:
    rules = read_rules_file(args.rules) if args.rules else None
    with services(args) as app:
        summary = app.scoring.rescore(acting(args), rules)
    if args.json:
        print_json(summary)
        return 0
    print(
        f"{summary.examined:,} leads not yet worked: {summary.changed:,} changed, "
        f"{summary.moved:,} moved to another queue"
    )
    return 0


def export_leads(args: argparse.Namespace) -> int:
    filters = LeadFilter(
        statuses=tuple(args.status),
        queue=args.queue,
        campaign=args.campaign,
        segment=args.segment,
        country=args.country,
        since=args.since,
        min_score=args.min_score,
    )
    with services(args) as app:
        summary = app.exports.export_leads(acting(args), args.out, args.format, filters)
    if args.json:
        print_json(summary)
    else:
        print(
            table([[str(summary.rows), summary.format, summary.path]], ["leads", "format", "file"])
        )
    return 0


def import_kind(text: str) -> str:
    try:
        return kind_named(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def import_history(args: argparse.Namespace) -> int:
    with services(args) as app:
        imports = app.import_history.recent(acting(args), kind=args.kind, limit=args.limit)
    if args.json:
        print_json([{**asdict(past), "what_to_do": past.what_to_do()} for past in imports])
        return 0
    if not imports:
        print("no imports yet" if args.kind is None else f"no {args.kind} imports yet")
        return 0
    # A partner list's or a feedback file's rows are applied or unchanged, not merged.
    headers = ["id", "started (UTC)", "kind", "file", "by", "status", "rows", "new/applied",
               "merged/unchanged", "already imported", "rejected", "campaign",
               "rejects file"]  # fmt: skip
    print(table([_history_row(past) for past in imports], headers))
    for past in imports:
        if (advice := past.what_to_do()) is not None:
            print(f"  import {past.batch_id} ({past.file_name}, {past.status}): {advice}")
    print(
        count_of(len(imports), "import", "imports")
        + (f" (the latest {args.limit:,})" if len(imports) == args.limit else "")
    )
    return 0


def _history_row(past: PastImport) -> list[str]:
    if past.rejects is None:
        rejects = "–"
    elif past.rejects == REJECTS_KEPT and past.rejects_file:
        rejects = past.rejects_file
    elif past.rejects_file:
        rejects = f"{past.rejects}: {past.rejects_file}"
    else:
        rejects = past.rejects
    return [
        str(past.batch_id),
        f"{past.started_at:%Y-%m-%d %H:%M}",
        past.kind.replace("_", "-"),
        past.file_name,
        past.started_by or SYSTEM,
        past.status,
        f"{past.rows:,}",
        f"{past.imported:,}",
        f"{past.merged:,}",
        f"{past.already_imported:,}",
        f"{past.rejected:,}",
        past.campaign or "–",
        rejects,
    ]
