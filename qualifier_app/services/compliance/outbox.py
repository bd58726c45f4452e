"""Each database's own outbox folder on the workstation.

A handoff package is named by its handoff's id (`handoff-00000007.eml`), and two databases
used on one workstation (two centers, each with its settings file; a test copy) both have a
handoff 7, another prospect in each. Sharing a folder, one database overwrote the other's
waiting package, its erasure shredded the other's package of someone else, and its purge
shredded the other's files by its own retention. So each database writes to a folder of its
own (Settings.outbox_dir: named, as the drafts are, by the database's identity), and
delivery, erasure, purge and the Partners area look only there.

- Packages written before, into the outbox folder all databases shared, are taken over by
  their own database when its services are next built: a package is a database's when its
  e-mail's Message-ID names that database's handoff with its request id (the same test as
  erasure's, person_files.outbox_copies). Other databases' packages stay where they are, for
  their database to take; so do weekly scorecards, whose Message-ID names no database.
- A folder the settings file names (`[mail] outbox`) is used as named. The first database
  to use it claims it (a private file in it names the database); another database whose
  settings file names the same folder is refused, in one line saying which database it is.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import select

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.paths import PRIVATE_FILE, private_folder
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff
from qualifier_app.services.compliance.person_files import outbox_copies, package_handoff, shred
from qualifier_app.settings import Settings
from qualifier_app.settings.database import database_identity, database_tag

# In a folder named by `[mail] outbox`: the database that uses it, by tag and identity.
CLAIM = ".qualifier-database"
_BATCH = 500


def prepare(settings: Settings, db: Database) -> int:
    """Make the outbox folder this database's: claim a folder the settings file names, or
    take this database's packages over from the folder all databases shared. Returns how
    many files were taken over."""
    if settings.mail.outbox is not None:
        claim(settings.mail.outbox, database_identity(settings.database_url))
        return 0
    return take_over(db, settings.shared_outbox_dir, settings.outbox_dir)


def claim(folder: Path, identity: str) -> None:
    """The folder is this database's outbox: claimed now if nobody has, refused if another
    database has (InvalidInput)."""
    tag = database_tag(identity)
    marker = folder / CLAIM
    with contextlib.suppress(OSError):  # a folder that cannot be written says so at delivery
        descriptor = os.open(
            private_folder(folder) / CLAIM, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE
        )
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(f"{tag}\n{identity}\n")
        return
    try:
        owner, _, named = marker.read_text("utf-8").partition("\n")
    except (OSError, UnicodeDecodeError):
        return
    if owner.strip() and owner.strip() != tag:
        raise InvalidInput(
            message(
                "settings file: [mail] outbox {folder} is the outbox of another database "
                "({other}); databases sharing one would shred and overwrite each other's "
                "handoff packages. Name a folder of this database's own, or remove the line "
                "to use its own folder in the data folder",
                folder=str(folder),
                other=named.strip() or owner.strip(),
            ),
            "outbox",
        )


def take_over(db: Database, shared: Path, own: Path) -> int:
    """Move this database's packages (waiting, or in `sent/`) from the shared folder to its
    own, where they were in the shared one; a copy its own folder has already (written again
    since) is the newer, and the shared one is shredded. Returns how many files moved."""
    ids = sorted(
        {
            handoff_id
            for folder in (shared, shared / "sent")
            if folder.is_dir()
            for path in folder.iterdir()
            if (handoff_id := package_handoff(path.name)) is not None
        }
    )
    if not ids:
        return 0
    handoffs: dict[int, str] = {}
    with db.lookup() as uow:
        for start in range(0, len(ids), _BATCH):
            handoffs.update(
                (handoff_id, request_id)
                for handoff_id, request_id in uow.session.execute(
                    select(Handoff.id, Handoff.request_id).where(
                        Handoff.id.in_(ids[start : start + _BATCH])
                    )
                )
            )
    moved = 0
    for path in outbox_copies(shared, handoffs):
        target = own / path.relative_to(shared)
        if target.exists():
            shred([path])
            continue
        with contextlib.suppress(FileNotFoundError):  # another window took it first
            os.replace(path, private_folder(target.parent) / target.name)
            moved += 1
    return moved
