"""Drafts of the work a rep has typed, kept on the workstation until the server confirms.

One JSON file per rep, database and lead: a workstation may work against several databases
(a test copy, another company's), where lead 7 is another company, so a draft is offered only
on the database it was typed on (named by `database_identity`), and only for its own lead.
Writes are atomic (a temporary file in the same folder,
flushed to disk, then renamed over the old one), so a crash or a kill mid-write leaves the
previous draft intact, never half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from qualifier_app.paths import private_folder

# The identity is the settings' (the outbox is kept per database by it too); named here as well.
from qualifier_app.settings.database import database_identity, database_tag

__all__ = ["DraftStore", "database_identity"]

DRAFT_FORMAT = 1
_SAFE = re.compile(r"[^a-z0-9._-]")


class DraftStore:
    def __init__(self, folder: Path, *, database: str) -> None:
        self.folder = folder
        self.database = database_tag(database)
        self._lock = threading.Lock()

    def _prefix(self, login: str) -> str:
        return f"{_SAFE.sub('_', login.lower())}-{self.database}-lead-"

    def path(self, login: str, lead_id: int) -> Path:
        return self.folder / f"{self._prefix(login)}{int(lead_id)}.json"

    def save(self, login: str, lead_id: int, data: dict[str, Any]) -> Path:
        target = self.path(login, lead_id)
        payload = json.dumps(
            {
                **data,
                "format": DRAFT_FORMAT,
                "login": login,
                "database": self.database,
                "lead_id": lead_id,
            },
            ensure_ascii=False,
            indent=1,
        )
        with self._lock:
            private_folder(self.folder)
            handle, temporary = tempfile.mkstemp(
                prefix=target.stem + ".", suffix=".tmp", dir=self.folder
            )
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(payload)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            _sync_folder(self.folder)
        return target

    def load_all(self, login: str) -> list[dict[str, Any]]:
        """Every readable draft of this rep on this database, oldest first. Unreadable files,
        drafts of another database (or from before drafts named theirs) and files whose
        content names another lead than their name are skipped, and left on disk."""
        prefix = self._prefix(login)
        drafts: list[dict[str, Any]] = []
        if not self.folder.is_dir():
            return drafts
        for path in sorted(self.folder.glob(f"{prefix}*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            if (
                isinstance(data, dict)
                and data.get("format") == DRAFT_FORMAT
                and data.get("database") == self.database
                and path.name == f"{prefix}{data.get('lead_id')}.json"
            ):
                drafts.append(data)
        return sorted(drafts, key=lambda d: str(d.get("saved_at", "")))

    def delete(self, login: str, lead_id: int) -> None:
        with self._lock, contextlib.suppress(FileNotFoundError):
            self.path(login, lead_id).unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
