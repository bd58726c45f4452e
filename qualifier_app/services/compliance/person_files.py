"""A person's data outside the database: private export archives, outbox copies, drafts."""

from __future__ import annotations

import contextlib
import json
import os
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qualifier_app.paths import write_private
from qualifier_app.persistence.audit import plain


def write_private_zip(target: Path, members: Mapping[str, Any]) -> None:
    """A zip of JSON members, readable by its owner only (0600) from the first byte on, put in
    place whole (a temporary file renamed over the target)."""
    temporary = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, content in members.items():
                    text = json.dumps(plain(content), indent=2, ensure_ascii=False, default=str)
                    archive.writestr(name, text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def outbox_copies(outbox: Path, handoff_ids: Iterable[int]) -> list[Path]:
    """The outbox files (waiting or sent) of these handoffs, reminders included."""
    found: list[Path] = []
    for folder in (outbox, outbox / "sent"):
        if not folder.is_dir():
            continue
        for handoff_id in handoff_ids:
            found.extend(sorted(folder.glob(f"handoff-{handoff_id:08d}*")))
            found.extend(sorted(folder.glob(f".handoff-{handoff_id:08d}*")))
    return found


def files_naming(folder: Path, values: Iterable[str]) -> list[Path]:
    """Files anywhere under the folder whose bytes hold one of the values (case-insensitive)."""
    needles = [v.lower().encode("utf-8") for v in values if v]
    found: list[Path] = []
    if not folder.is_dir() or not needles:
        return found
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes().lower()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            found.append(path)
    return found


def drafts_of(drafts: Path, lead_ids: Iterable[int]) -> list[Path]:
    """Draft files on this workstation (any rep) for these leads."""
    if not drafts.is_dir():
        return []
    return [p for lead_id in lead_ids for p in sorted(drafts.glob(f"*-lead-{int(lead_id)}.*"))]


def shred(paths: Iterable[Path]) -> int:
    """Overwrite each file with zeros, then delete it; returns how many went."""
    gone = 0
    for path in dict.fromkeys(paths):
        try:
            size = path.stat().st_size
            with open(path, "r+b") as stream:
                stream.write(b"\0" * size)
                stream.flush()
                os.fsync(stream.fileno())
            path.unlink()
            gone += 1
        except FileNotFoundError:
            continue
    return gone


def scrub_lines(path: Path, values: Iterable[str]) -> int:
    """Drop the lines of a text file (a rejects file) that hold one of the values."""
    needles = [v.lower() for v in values if v]
    try:
        lines = path.read_text("utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return 0
    kept = [line for line in lines if not any(n in line.lower() for n in needles)]
    if len(kept) == len(lines):
        return 0
    shred([path])
    # Rewritten as it was written (intake/rejects.py): readable by its owner only.
    write_private(path, "".join(kept).encode("utf-8"))
    return len(lines) - len(kept)
