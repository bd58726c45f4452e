"""Writing a text file whole: a temporary file beside it, renamed over it once complete."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

T = TypeVar("T")


def write_text_atomically(path: Path, write: Callable[[TextIO], T], encoding: str = "utf-8") -> T:
    """`write` fills the file; a reader never sees half of it, and a failure leaves what was
    there before. What `write` returns is returned."""
    if not path.parent.is_dir():
        raise InvalidInput(message("the folder {parent} does not exist", parent=path.parent), "out")
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with temporary.open("w", encoding=encoding) as handle:
            written = write(handle)
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
    return written
