"""Writing a file whole: a temporary file beside it, renamed over it once complete."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message
from qualifier_app.paths import PRIVATE_FILE

T = TypeVar("T")


@contextlib.contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """The temporary file to fill for `path`, renamed over it once the block ends: a reader
    never sees half of it, and a failure (InvalidInput, naming the file) leaves what was there
    before."""
    if not path.parent.is_dir():
        raise InvalidInput(message("the folder {parent} does not exist", parent=path.parent), "out")
    temporary = path.with_name(f".{path.name}.partial")
    try:
        # Created readable by this user only before anything is written to it: what is
        # written here are leads, the audit log, figures per person. The writers open it
        # again, which keeps the mode; the rename keeps it for the file it replaces.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
        os.chmod(temporary, PRIVATE_FILE)  # a leftover of a crash keeps its own mode
        yield temporary
        temporary.replace(path)
    except OSError as exc:
        # On a read-only file system even removing a file that is not there fails.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise InvalidInput(
            message(
                "cannot write {path}: {strerror}", path=path, strerror=exc.strerror or str(exc)
            ),
            "out",
        ) from None


def write_text_atomically(path: Path, write: Callable[[TextIO], T], encoding: str = "utf-8") -> T:
    """`write` fills the file whole (see `written_whole`); what it returns is returned."""
    with written_whole(path) as temporary, temporary.open("w", encoding=encoding) as handle:
        return write(handle)
