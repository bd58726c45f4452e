"""The import history: every import of a file, newest first, with what it left behind.

An import that died with its workstation (killed, a power cut) or lost its server (stopped,
restarted, the network gone) never got to say so: its batch stays "running" with the counts
of the chunks committed before. While it runs, the import holds its batch on a lease that it
renews by the database's clock (`lease_until`: at its start, with every chunk it commits, and
every `LEASE_RENEWED_EVERY` from a thread of its own, see batch_lease.py), so a "running"
batch whose lease ran out by the database's clock is read as interrupted, however long the
import's chunks take while it lives: its rows stored so far are kept, and running the same
file again adds the rest (rows already stored are recognised) and records the dead batch as
interrupted. No workstation's clock and no server session is asked: a pooler in transaction
mode (PgBouncer) shares a server session between people, and a person's login may not read
another's session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import Message, counted, listed, message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, ImportBatch, User
from qualifier_app.services.frame import Frame
from qualifier_app.settings import RetentionPolicy

# How long a running import holds its batch from each renewal of its lease: a batch whose
# lease ran out is dead. It is renewed every LEASE_RENEWED_EVERY, so a few renewals may fail
# (a lost connection the pool replaces; on SQLite, a chunk holding the write lock for a second
# or two) before a live import could be taken for a dead one. A batch written before leases
# (no `lease_until`) is dead once it has not moved for as long.
INTERRUPTED_AFTER = timedelta(minutes=2)
LEASE_RENEWED_EVERY = timedelta(seconds=15)
RUNNING, FINISHED, CANCELLED, FAILED, INTERRUPTED = (
    "running",
    "finished",
    "cancelled",
    "failed",
    "interrupted",
)
# What each kind of batch imports, and who may import it (and so see it in the history).
KINDS: dict[str, Action] = {
    "inquiries": Action.IMPORT_INQUIRIES,
    "firmographics": Action.IMPORT_INQUIRIES,
    "partner_feedback": Action.RECORD_PARTNER_FEEDBACK,
    "partners": Action.MANAGE_PARTNERS,
}
DEFAULT_LIMIT = 20
MOST = 1000
# What became of the rejects file of an import that rejected rows.
REJECTS_KEPT, REJECTS_NOT_FOUND, REJECTS_PURGED, REJECTS_NOT_WRITTEN = (
    "kept",
    "not found",
    "purged",
    "not written",
)


@dataclass(frozen=True)
class PastImport:
    """One import of a file, as the history shows it."""

    batch_id: int
    kind: str  # a key of KINDS
    file_name: str
    started_at: datetime
    finished_at: datetime | None
    last_progress: datetime | None
    started_by: str | None  # the person's name; None: the command-line operator
    status: str  # RUNNING, FINISHED, CANCELLED, FAILED or INTERRUPTED
    rows: int
    imported: int  # new (leads, reference rows, partners) or feedback applied
    merged: int  # merged into existing leads, or unchanged
    rejected: int
    rejects_file: str | None
    rejects: str | None  # what became of the rejects file (REJECTS_…); None: no row rejected
    campaign: str | None = None
    imported_again: int | None = None  # the later batch that imported the same file in full
    # Inquiries: rows an earlier import of the same rows had taken (an interrupted import run
    # again): every row read is new, merged, rejected or this.
    already_imported: int = 0

    @property
    def stopped_early(self) -> bool:
        return self.status in (CANCELLED, FAILED, INTERRUPTED)

    def what_to_do(self) -> Message | None:
        """For an import that stopped before its end: what was kept and what to do."""
        if not self.stopped_early:
            return None
        if self.imported_again is not None:
            return message(
                "the same file was imported in full afterwards (import {batch_id})",
                batch_id=self.imported_again,
            )
        if self.kind == "inquiries":
            return counted(
                self.rows,
                "the {count:,} row read so far is kept; run the same file again: rows already "
                "stored are not added twice",
                "the {count:,} rows read so far are kept; run the same file again: rows already "
                "stored are not added twice",
            )
        return message("nothing of it was kept; run the same file again")


def stalled(now: datetime) -> ColumnElement[bool]:
    """The "running" batches whose lease ran out by `now`, the database's time: dead imports.
    One written before leases is dead once it has not moved for INTERRUPTED_AFTER."""
    return and_(
        ImportBatch.status == RUNNING,
        or_(
            ImportBatch.lease_until < now,
            and_(
                ImportBatch.lease_until.is_(None),
                func.coalesce(ImportBatch.progressed_at, ImportBatch.started_at)
                < now - INTERRUPTED_AFTER,
            ),
        ),
    )


def lease_from(now: datetime) -> datetime:
    """Until when a running import renewing its lease at `now` (the database's time) holds it."""
    return now + INTERRUPTED_AFTER


def kind_named(text: str) -> str:
    """A kind as the command line or a file names it ("partner-feedback")."""
    kind = text.strip().casefold().replace("-", "_")
    if kind not in KINDS:
        raise InvalidInput(
            message(
                "there is no import kind {value!r} (kinds: {join})",
                value=text,
                join=listed(k.replace("_", "-") for k in KINDS),
            ),
            "kind",
        )
    return kind


class ImportHistoryService:
    def __init__(self, db: Database, clock: Clock, retention: RetentionPolicy) -> None:
        self._frame = Frame(db, clock)
        self._retention = retention

    def recent(
        self, actor: Actor, *, kind: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> tuple[PastImport, ...]:
        """The latest imports, newest first: of `kind`, or of every kind `actor` may import."""
        if not 0 < limit <= MOST:
            raise InvalidInput(
                message("the limit must be between 1 and {most}", most=MOST), "limit"
            )
        if kind is not None:
            kind = kind_named(kind)
            require(actor, KINDS[kind])
            kinds = [kind]
        else:
            kinds = [name for name, action in KINDS.items() if actor.may(action)]
            if not kinds:
                require(actor, Action.IMPORT_INQUIRIES)
        with self._frame.read(actor) as reading:
            session, now = reading.session, reading.now
            dead = stalled(now)
            rows = session.execute(
                select(
                    ImportBatch,
                    User.display_name,
                    Campaign.name,
                    dead.label("dead"),
                )
                .outerjoin(User, User.id == ImportBatch.started_by_id)
                .outerjoin(Campaign, Campaign.id == ImportBatch.campaign_id)
                .where(ImportBatch.kind.in_(kinds))
                .order_by(ImportBatch.started_at.desc(), ImportBatch.id.desc())
                .limit(limit)
            ).all()
            batches = [row[0] for row in rows]
            again = _imported_again(session, batches)
            purge_before = now - timedelta(days=self._retention.rejects_days)
            return tuple(
                _past(
                    batch,
                    name,
                    campaign,
                    INTERRUPTED if dead else batch.status,
                    again.get(batch.id),
                    purge_before,
                )
                for batch, name, campaign, dead in rows
            )


def _imported_again(session: Session, batches: Sequence[ImportBatch]) -> dict[int, int]:
    """For each batch that stopped early, the first later batch that imported the same file
    (same kind and content) to its end."""
    early = [b for b in batches if b.status != FINISHED and b.file_sha256]
    if not early:
        return {}
    later = session.execute(
        select(ImportBatch.id, ImportBatch.kind, ImportBatch.file_sha256, ImportBatch.started_at)
        .where(
            ImportBatch.status == FINISHED,
            or_(
                *(
                    and_(
                        ImportBatch.kind == b.kind,
                        ImportBatch.file_sha256 == b.file_sha256,
                        ImportBatch.id > b.id,
                    )
                    for b in early
                )
            ),
        )
        .order_by(ImportBatch.id)
    ).all()
    found: dict[int, int] = {}
    for batch in early:
        for batch_id, kind, sha256, _ in later:
            if kind == batch.kind and sha256 == batch.file_sha256 and batch_id > batch.id:
                found[batch.id] = batch_id
                break
    return found


def _past(
    batch: ImportBatch,
    started_by: str | None,
    campaign: str | None,
    status: str,
    imported_again: int | None,
    purge_before: datetime,
) -> PastImport:
    return PastImport(
        batch_id=batch.id,
        kind=batch.kind,
        file_name=batch.file_name,
        started_at=batch.started_at,
        finished_at=batch.finished_at,
        last_progress=batch.progressed_at,
        started_by=started_by,
        status=status,
        rows=batch.rows,
        imported=batch.imported,
        merged=batch.merged,
        rejected=batch.rejected,
        rejects_file=batch.rejects_file,
        rejects=_rejects(batch, status, purge_before),
        campaign=campaign,
        imported_again=imported_again,
        already_imported=max(0, batch.rows - batch.imported - batch.merged - batch.rejected)
        if batch.kind == "inquiries"
        else 0,
    )


def _rejects(batch: ImportBatch, status: str, purge_before: datetime) -> str | None:
    if not batch.rejected:
        return None
    if batch.rejects_file:
        # Written on the computer that ran the import: another one may not see it.
        return REJECTS_KEPT if Path(batch.rejects_file).is_file() else REJECTS_NOT_FOUND
    if status in (RUNNING, INTERRUPTED):
        return REJECTS_NOT_WRITTEN  # written at the end of an import
    # Retention clears the name of a rejects file it shredded (services/compliance/retention).
    return REJECTS_PURGED if batch.started_at < purge_before else REJECTS_NOT_WRITTEN
