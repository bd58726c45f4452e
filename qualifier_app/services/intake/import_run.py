"""What one import run knows and counts, and the window of rows it is writing."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.contact import ContactChecks
from qualifier_app.domain.inquiry_columns import ColumnMapping
from qualifier_app.domain.matching import MatchIndex
from qualifier_app.domain.roles import Actor
from qualifier_app.integrations.tabular import blank_between
from qualifier_app.services.admin import campaigns
from qualifier_app.services.intake.dto import ImportProgress
from qualifier_app.services.intake.rejects import Reject
from qualifier_app.services.intake.scoring import QueueDirectory, campaign_names
from qualifier_app.services.queue.calling_profiles import unplaced_zones
from qualifier_app.settings import QueuePolicy


@dataclass
class Run:
    """What one import run knows and counts while it goes through the chunks."""

    batch_id: int
    file_name: str
    file_sha256: str
    actor: Actor
    actor_id: int | None
    now: datetime
    rules: Mapping[str, Any]
    mapping: ColumnMapping
    columns: dict[str, str]
    campaign: tuple[int, str, str] | None  # the --campaign: id, name, channel
    total: int
    rows: int = 0
    imported: int = 0
    merged: int = 0
    rejected: int = 0
    already: int = 0
    flagged: int = 0
    do_not_call: int = 0
    enriched: int = 0
    blank: int = 0  # blank rows between the rows counted: skipped, and said so
    last_row: int = 0  # the file's row number of the last row counted (0: none yet)
    # The rows with values the workbook hides, as the reader passes them (Table.hidden_rows).
    hidden_rows: list[int] = field(default_factory=list)
    queues: Counter[str] = field(default_factory=Counter)
    created_queues: list[str] = field(default_factory=list)
    unworked_queues: set[str] = field(default_factory=set)  # given leads, worked by nobody
    unworked_teams: dict[str, str] = field(default_factory=dict)  # their teams, if they have
    rejects: list[Reject] = field(default_factory=list)
    occurrences: Counter[tuple[str, str]] = field(default_factory=Counter)
    profiles: dict[tuple[str, int, int, str, str], int] = field(default_factory=dict)
    # campaigns.name_key(name) → id, channel
    campaigns: dict[str, tuple[int, str]] = field(default_factory=dict)
    checks: ContactChecks = field(default_factory=ContactChecks)
    header_row: int = 1  # the rows above the header (a title, a blank row) are no data
    sheet: str | None = None  # the workbook's sheet read
    delimiter: str | None = None  # a CSV file's separator
    passed_sheets: tuple[str, ...] = ()  # the sheets before it, with no header row
    unread_sheets: tuple[str, ...] = ()  # the sheets after it that hold rows too
    # Columns no field is read from that hold a value on some row: named in the summary, so
    # a column under a title the import does not know is not lost unnoticed.
    unread: set[int] = field(default_factory=set)
    # Where the rows that name no country are read as written (ISO alpha-2), if anywhere.
    assumed_country: str | None = None
    # The center's time zone: the wall clock a date without an offset is read on.
    zone: tzinfo = UTC
    # What the center counts amounts in: a revenue marked in another is flagged, not counted.
    currency: str | None = None

    def note_unread(self, cells: list[str]) -> None:
        mapped = self.mapping.indexes
        for index, cell in enumerate(cells):
            if index not in mapped and index not in self.unread and cell.strip():
                self.unread.add(index)

    def unread_columns(self) -> tuple[str, ...]:
        """The unread columns that held a value, as the file names them ("column 7" for one
        without a title), each on one line ("E-Mail\n(work)" broke the warning in two)."""
        header = self.mapping.header
        return tuple(
            " ".join(header[index].split())
            if index < len(header) and header[index].strip()
            else f"column {index + 1}"
            for index in sorted(self.unread)
        )

    def count(self, numbers: list[int]) -> None:
        """Count rows read, by their numbers in the file: the gaps are blank or hidden rows."""
        for number in numbers:
            after = self.last_row or self.header_row
            self.blank += blank_between(after, number, self.hidden_rows)
            self.last_row = number
        self.rows += len(numbers)

    def hidden(self, *, finished: bool) -> int:
        """The hidden rows passed over: all of them once the file is read to its end."""
        if finished:
            return len(self.hidden_rows)
        return bisect_left(self.hidden_rows, self.last_row)

    def progress(self) -> ImportProgress:
        return ImportProgress(self.rows, self.total, self.imported, self.merged, self.rejected)

    def counts(self) -> Callable[[], None]:
        """Puts the counts back as they are now: a chunk whose transaction fails stored
        nothing, so its rows must not be counted (nor rejected) either."""
        figures = {name: getattr(self, name) for name in _COUNTS}
        queues, rejects = Counter(self.queues), len(self.rejects)
        created, unworked = list(self.created_queues), set(self.unworked_queues)

        def restore() -> None:
            for name, value in figures.items():
                setattr(self, name, value)
            self.queues = queues
            self.created_queues, self.unworked_queues = created, unworked
            del self.rejects[rejects:]

        return restore


_COUNTS = (
    "rows",
    "blank",
    "last_row",
    "imported",
    "merged",
    "rejected",
    "already",
    "flagged",
    "do_not_call",
    "enriched",
)


@dataclass
class Accepted:
    """An accepted row on its way into the database."""

    inquiry: inq.Inquiry
    dedupe_key: str
    campaign: str | None


@dataclass
class Target:
    """A lead that rows of this window create or merge into: stored already, or new."""

    values: dict[str, Any]
    stored: bool
    before: dict[str, Any] = field(default_factory=dict)  # stored values the window changed
    lead_id: int | None = None
    # The phones (E.164) and e-mails (normalized) that rows merged into it gave and the lead
    # did not take (it keeps its own): a listed one still makes the lead do-not-call.
    brought_phones: set[str] = field(default_factory=set)
    brought_emails: set[str] = field(default_factory=set)


class Window:
    """One window of accepted rows on its way into the database: the leads it creates or
    merges into, the match index, and the touches and audit rows it will write."""

    def __init__(self, run: Run, session: Session, policy: QueuePolicy) -> None:
        self.run = run
        self.session = session
        self.now = run.now
        self.policy = policy
        self.queues = QueueDirectory(session, run.now, run.actor_id)
        self.campaign_names = campaign_names(session)
        self.market = unplaced_zones(session, policy)  # a lead nobody can place: safe anywhere
        self.targets: dict[int, Target] = {}  # ref → target; stored: lead id, new: negative
        self.index = MatchIndex()
        self.touches: list[tuple[int, dict[str, Any]]] = []  # (ref, touch row)
        self.audits: list[tuple[int, str, dict[str, Any] | None, dict[str, Any], str]] = []


def new_campaign(
    session: Session, name: str, now: datetime, actor_id: int | None
) -> tuple[int, str]:
    created = campaigns.create(
        session,
        name,
        now=now,
        actor_id=actor_id,
        channel="import",
        reason="named by an inquiry import",
    )
    return created.id, created.channel
