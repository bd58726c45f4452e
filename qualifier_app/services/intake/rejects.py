"""Rejects files: one line per problem of a row that was not imported, saying why."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.integrations.table_export import write_table
from qualifier_app.paths import PRIVATE_FILE, private_files, private_folder

REJECT_HEADER = ("row", "column", "value", "reason")
Reject = tuple[int, str, str, str]


def default_rejects_path(source: Path, data_dir: Path) -> Path:
    """Beside the imported file when that folder is writable, else in the data folder:
    `leads.rejects.csv`, or when an earlier import left that file (the same file imported
    again, or leads.xlsx beside leads.csv) `leads.rejects-2.csv` and so on. The file is
    created here, empty, so an earlier batch's rejects are never overwritten, not even by
    an import running at the same moment."""
    folder = source.parent
    if not os.access(folder, os.W_OK):
        folder = private_folder(data_dir / "rejects")
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        path = folder / f"{source.stem}.rejects{suffix}.csv"
        try:
            with private_files():
                path.open("x").close()
        except FileExistsError:
            number += 1
            continue
        return path


def check_rejects_path(target: Path | None, source: Path) -> None:
    """Refuse, before anything is imported, a rejects file that cannot be written or that
    would overwrite the file being imported."""
    if target is None:
        return
    if target.is_dir():
        raise InvalidInput(
            message("the rejects file {path} is a folder; name a file in it", path=target),
            "rejects",
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            message(
                "the folder {parent} for the rejects file does not exist", parent=target.parent
            ),
            "rejects",
        )
    if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
        raise InvalidInput(
            message(
                "the rejects file {path} is the file being imported; name another file",
                path=target,
            ),
            "rejects",
        )


def write_rejects(
    rejects: Sequence[Reject], source: Path, data_dir: Path, target: Path | None = None
) -> str | None:
    """Write the rejects (cells a spreadsheet would run are escaped); None when there are none."""
    if not rejects:
        return None
    path = target or default_rejects_path(source, data_dir)
    # The rows hold prospects' names and phones: readable by this user only.
    with private_files():
        write_table(path, REJECT_HEADER, sorted(rejects, key=lambda r: r[0]), "csv")
    path.chmod(PRIVATE_FILE)
    return str(path)


def batch_rejects_file(path: str | None) -> str | None:
    """A rejects file as its import batch names it: absolute, so that the history and the
    retention purge find it whatever folder they run in."""
    return str(Path(path).absolute())[:500] if path else None
