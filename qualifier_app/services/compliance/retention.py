"""Retention: personal data kept outside the leads goes once its time is up.

Rejected import rows are not kept in the database; they live in each import's rejects file,
which is shredded (and its name cleared from the batch) once the import is older than
`rejects_days`. Copies of handoff packages in the outbox folder (waiting or sent) go once
older than `outbox_days`: this database's folder only (compliance/outbox.py), never another
center's on the same workstation. `qualifier purge` runs it; every purge is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import ImportBatch
from qualifier_app.services.compliance.outbox import CLAIM
from qualifier_app.services.compliance.person_files import shred
from qualifier_app.services.frame import Frame
from qualifier_app.settings import RetentionPolicy


@dataclass(frozen=True)
class PurgeResult:
    rejects_files: int
    batches_cleared: int
    outbox_files: int


class RetentionService:
    def __init__(
        self, db: Database, clock: Clock, policy: RetentionPolicy, *, outbox: Path
    ) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy
        self._outbox = outbox

    def purge(self, actor: Actor | None) -> PurgeResult:
        with self._frame.change(actor, Action.PURGE_OLD_FILES) as change:
            session, now = change.session, change.now
            cutoff = now - timedelta(days=self._policy.rejects_days)
            old = session.execute(
                select(ImportBatch.id, ImportBatch.rejects_file).where(
                    ImportBatch.rejects_file.is_not(None),
                    ImportBatch.started_at < cutoff,
                )
            ).all()
            files = shred(Path(path) for _, path in old if path)
            for batch_id, _ in old:
                session.execute(
                    update(ImportBatch)
                    .where(ImportBatch.id == batch_id)
                    .values(rejects_file=None)
                    .execution_options(synchronize_session=False)
                )
                change.audit(
                    "import_batch.rejects_purged",
                    "import_batch",
                    batch_id,
                    after={"retention_days": self._policy.rejects_days},
                )
            outbox = shred(self._old_outbox_files(now))
            if outbox:
                change.audit(
                    "outbox.purged",
                    "outbox",
                    "outbox",
                    after={"files": outbox, "retention_days": self._policy.outbox_days},
                )
            if not old and not outbox:
                change.discard()
        return PurgeResult(files, len(old), outbox)

    def _old_outbox_files(self, now: datetime) -> list[Path]:
        cutoff = (now - timedelta(days=self._policy.outbox_days)).timestamp()
        found: list[Path] = []
        for folder in (self._outbox, self._outbox / "sent"):
            if folder.is_dir():
                found.extend(
                    path
                    for path in sorted(folder.iterdir())
                    if path.is_file() and path.name != CLAIM and path.stat().st_mtime < cutoff
                )
        return found
