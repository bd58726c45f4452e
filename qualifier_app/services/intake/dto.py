"""Plain data of imports, exports and rescoring, for the UI and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from qualifier_app.domain.text import Message, counted, joined, listed, message
from qualifier_app.integrations.tabular import blank_rows_note


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file and how its columns would be read."""

    file_name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: tuple[str | None, ...]  # the inquiry field for each column, None = ignored
    fields: tuple[tuple[str, str], ...]  # (field name, label) that columns can be mapped to
    encoding: str | None
    delimiter: str | None
    total_rows: int
    hidden_rows: int = 0  # rows with values the workbook hides (a filter): not read
    header_row: int = 1  # the rows above it (a title, a blank row) are not read
    sheet: str | None = None  # the workbook's sheet that is read
    passed_sheets: tuple[str, ...] = ()  # the sheets before it, with no header row
    unread_sheets: tuple[str, ...] = ()  # the sheets after it that hold rows too
    time_zone: str = "UTC"  # the center's: a date or time without a zone is read on its clock


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    imported: int
    merged: int
    rejected: int


@dataclass(frozen=True)
class ImportSummary:
    batch_id: int
    file: str
    rows: int
    imported: int
    merged: int
    rejected: int
    rejects_file: str | None
    already_imported: int = 0
    flagged: int = 0
    do_not_call: int = 0
    enriched: int = 0
    blank: int = 0  # blank rows between the rows read: not in `rows`, skipped
    hidden: int = 0  # rows with values the workbook hides (a filter): not in `rows`, not read
    cancelled: bool = False
    campaign: str | None = None
    queues: dict[str, int] = field(default_factory=dict)
    created_queues: tuple[str, ...] = ()  # named by the rules, not in the database before
    unworked_queues: tuple[str, ...] = ()  # given leads by this import, worked by nobody
    unworked_teams: dict[str, str] = field(default_factory=dict)  # their teams, where they have
    header_row: int = 1  # the rows above it (a title, a blank row) are not data
    sheet: str | None = None  # the workbook's sheet that was read
    passed_sheets: tuple[str, ...] = ()  # the sheets before it, with no header row
    unread_sheets: tuple[str, ...] = ()  # the sheets after it that hold rows too
    # The columns holding values that no field was read from ("column 7": no title).
    unread_columns: tuple[str, ...] = ()
    # The country the rows that named none were read in (--country), if one was given.
    assumed_country: str | None = None
    # The center's time zone, when a column was read as the inquiry date: the clock its dates
    # and times without a zone were read on.
    dates_read_on: str | None = None


@dataclass(frozen=True)
class FirmographicsSummary:
    rows: int
    loaded: int
    updated: int
    rejected: int
    rejects_file: str | None
    leads_enriched: int
    leads_rescored: int
    source: str
    hidden: int = 0  # rows with values the workbook hides (a filter): not in `rows`, not read


@dataclass(frozen=True)
class RescoreSummary:
    examined: int
    changed: int
    moved: int  # changed queue


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    path: str
    format: str


def accounting(summary: ImportSummary) -> str:
    """Where every row read went: "10 rows read = 6 new leads + 2 merged … + 2 rejected"."""
    parts = [
        counted(summary.imported, "{count:,} new lead", "{count:,} new leads"),
        counted(
            summary.merged,
            "{count:,} merged into an existing lead",
            "{count:,} merged into existing leads",
        ),
        message("{count:,} rejected", count=summary.rejected),
    ]
    if summary.already_imported:
        parts.append(message("{count:,} already imported", count=summary.already_imported))
    accounted = summary.imported + summary.merged + summary.rejected + summary.already_imported
    text = counted(
        summary.rows,
        "{count:,} row read = {parts}",
        "{count:,} rows read = {parts}",
        parts=listed(parts, " + "),
    )
    if summary.blank:
        text = joined(text, blank_rows_note(summary.blank))
    if summary.hidden:
        text = joined(
            text,
            counted(
                summary.hidden,
                "; {count:,} row hidden in the workbook (a filter?) not read: show it to import it",
                "; {count:,} rows hidden in the workbook (a filter?) not read: show them to "
                "import them",
            ),
        )
    if where := where_read(
        summary.header_row, summary.sheet, summary.passed_sheets, summary.unread_sheets
    ):
        text = joined(text, where)
    if accounted == summary.rows:
        return text
    return joined(
        text,
        counted(
            summary.rows - accounted,
            " ({count:,} row not accounted for: please report this)",
            " ({count:,} rows not accounted for: please report this)",
        ),
    )


def where_read(
    header_row: int, sheet: str | None, passed: Sequence[str], unread: Sequence[str] = ()
) -> Message | None:
    """Where the data was found when not from the first row of the first sheet: the rows
    above the header (a title, a blank row) are read and are not data; and the sheets after
    it that hold rows too, which are not read (one sheet is read per file)."""
    parts: list[str] = []
    if passed:
        parts.append(
            message(
                "; sheet {sheet} read ({passed} before it: no header row)",
                sheet=sheet,
                passed=", ".join(passed),
            )
        )
    if header_row > 1:
        parts.append(
            counted(
                header_row - 1,
                "; the header is on row {row}: the row above it is not data",
                "; the header is on row {row}: the {count:,} rows above it are not data",
                row=header_row,
            )
        )
    if len(unread) == 1:
        parts.append(
            message(
                "; not read: sheet {unread}, which holds rows too (one sheet is read per "
                "file: save it as a file of its own)",
                unread=unread[0],
            )
        )
    elif unread:
        parts.append(
            message(
                "; not read: sheets {unread}, which hold rows too (one sheet is read per "
                "file: save each as a file of its own)",
                unread=", ".join(unread),
            )
        )
    return joined(*parts) if parts else None


def created_queue_note(queue: str) -> str:
    return message("created queue {queue} (named by the scoring rules)", queue=queue)


def unworked_queue_warning(queue: str, team: str | None = None) -> str:
    if team is not None:
        # Setup gives the first team the rules' queues before anyone is in the team.
        return message(
            "nobody works queue {queue} of team {team}: its leads wait until a rep is in "
            "{team} (Users) or someone is ticked under Worked by (Teams and queues)",
            queue=queue,
            team=team,
        )
    return message(
        "nobody works queue {queue}: its leads wait until an administrator gives it to a team "
        "or to people who work it (Teams and queues)",
        queue=queue,
    )
