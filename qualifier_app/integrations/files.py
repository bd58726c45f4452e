"""Writing a file whole: a temporary file beside it, renamed over it once complete."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

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
