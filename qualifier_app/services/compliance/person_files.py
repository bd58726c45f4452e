"""A person's data outside the database: private export archives, outbox copies, drafts."""

from __future__ import annotations

import contextlib
import json
import os
import re
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


def naming(values: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the values as a whole word, in any case and spacing: "eve@tan.example" is not
    in "steve@tan.example", nor "Eve Tan" in "Steve Tanner"."""
    words = [r"\s+".join(map(re.escape, v.split())) for v in values if v.strip()]
    if not words:
        return None
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def files_naming(folder: Path, values: Iterable[str]) -> list[Path]:
    """Files anywhere under the folder whose text holds one of the values (see `naming`)."""
    pattern = naming(values)
    found: list[Path] = []
    if not folder.is_dir() or pattern is None:
        return found
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        if pattern.search(data):
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
    """Drop the rows of a rejects file (`row,column,value,reason`, a line per problem) of
    which a line holds one of the values: every line of such a row, since its other lines
    (a phone cut short beside her e-mail) are hers too."""
    pattern = naming(values)
    try:
        lines = path.read_text("utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return 0
    if pattern is None:
        return 0
    rows = {_row_of(line) for line in lines if pattern.search(line)} - {None}
    kept = [line for line in lines if not pattern.search(line) and _row_of(line) not in rows]
    if len(kept) == len(lines):
        return 0
    shred([path])
    # Rewritten as it was written (intake/rejects.py): readable by its owner only.
    write_private(path, "".join(kept).encode("utf-8"))
    return len(lines) - len(kept)


def _row_of(line: str) -> str | None:
    row = line.lstrip("\ufeff").partition(",")[0].strip()
    return row if row.isdigit() else None
