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


# A handoff package in an outbox folder: `handoff-00000007.eml` and its `.json` copy, the
# reminder's `handoff-00000007-reminder.eml`, and what a write broke off left (`.NAME.partial`).
_PACKAGE = re.compile(r"(\.?)(handoff-(\d+)(?:-[a-z]+)?)\.(eml|json)(\.partial)?")
# The start of a package e-mail's headers, where its Message-ID is (mail.message_id).
_HEAD = 64 * 1024


def package_handoff(name: str) -> int | None:
    """The handoff id a package file's name carries, or None for any other file."""
    matched = _PACKAGE.fullmatch(name)
    return int(matched[3]) if matched else None


def outbox_copies(outbox: Path, handoffs: Mapping[int, str]) -> list[Path]:
    """The outbox files (waiting or sent) of these handoffs, reminders included: `handoffs`
    maps each handoff id to its request id. A file's name gives only the id, which another
    database's handoff (another center's, another prospect) may have too, so a package is
    theirs when its e-mail's Message-ID names the handoff with its request id; its JSON copy
    and what a broken-off write left go with it."""
    found: list[Path] = []
    for folder in (outbox, outbox / "sent"):
        if not folder.is_dir():
            continue
        files = [
            (path, matched)
            for path in sorted(folder.iterdir())
            if (matched := _PACKAGE.fullmatch(path.name)) and int(matched[3]) in handoffs
        ]
        theirs = {
            matched[2]
            for path, matched in files
            if matched[4] == "eml" and _names(path, int(matched[3]), handoffs[int(matched[3])])
        }
        found.extend(path for path, matched in files if matched[2] in theirs)
    return found


def _names(path: Path, handoff_id: int, request_id: str) -> bool:
    """Whether the e-mail in `path` is this handoff's (its Message-ID, a reminder's too)."""
    mark = re.compile(
        rb"<handoff-%d\.%s(?:\.[a-z]+)?@" % (handoff_id, re.escape(request_id.encode()))
    )
    try:
        with path.open("rb") as stream:
            return mark.search(stream.read(_HEAD)) is not None
    except OSError:
        return False


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
