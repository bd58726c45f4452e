"""A running import's lease on its batch, renewed from a thread of its own while it runs.

The import's chunks commit the batch's progress, but a chunk may take long (a lock another
transaction holds, a slow server) and its transaction shows nothing to anyone before it
commits. The lease is renewed apart from it, in a short transaction of its own by the
database's clock, every `history.LEASE_RENEWED_EVERY`: a live import keeps its batch however
long a chunk takes, and a dead one (its process killed, its server gone) stops renewing, so
its batch reads as interrupted once the lease ran out (history.stalled). A renewal that fails
(the server down, on SQLite a chunk holding the write lock) is tried again at the next one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import update

from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.models import ImportBatch
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake import history


def renew(frame: Frame, actor: Actor, batch_id: int) -> bool:
    """Renew the lease of the running batch from the database's time; False when the batch
    no longer runs (it ended, or another import of its file found its lease run out)."""
    with frame.change(actor) as change:
        renewed = change.session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id, ImportBatch.status == history.RUNNING)
            .values(lease_until=history.lease_from(change.now))
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
    return bool(renewed)


@contextmanager
def renewed_while_running(frame: Frame, actor: Actor, batch_id: int) -> Iterator[None]:
    """Renew the batch's lease until the block ends; the renewals stop with it (the thread
    is not waited for: a renewal caught in a dead connection must not hold up the end)."""
    stop = threading.Event()
    every = history.LEASE_RENEWED_EVERY.total_seconds()

    def keep() -> None:
        while not stop.wait(every):
            try:
                if not renew(frame, actor, batch_id):
                    return
            except Exception:  # noqa: S112 - the lease outlasts a few failed renewals
                continue

    thread = threading.Thread(target=keep, name=f"import-batch-{batch_id}-lease", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
