"""Writing a file whole: a temporary file beside it, renamed over it once complete; and
reading a file a person named, saying in one line why it cannot be."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

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


def regular_file(path: Path, field: str = "file") -> Path:
    """`path`, a file a person named to be read: InvalidInput naming the field when there is
    none, it is a folder, or it is a pipe or a device (waited on for ever, or read without
    end)."""
    if not path.exists():
        raise InvalidInput(message("{path} does not exist", path=path), field)
    if path.is_dir():
        raise InvalidInput(message("{path} is a folder, not a file", path=path), field)
    if not path.is_file():
        raise InvalidInput(message("{path} is not a regular file", path=path), field)
    return path


def read_json(path: Path, field: str = "file") -> Any:
    """The JSON a person's file holds (a mapping, scoring rules, a script), or InvalidInput
    in one line saying why not: where the JSON breaks, by line and column."""
    try:
        text = regular_file(path, field).read_text("utf-8-sig")
    except OSError as exc:
        raise InvalidInput(
            message("cannot read {path}: {strerror}", path=path, strerror=exc.strerror or str(exc)),
            field,
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput(
            message("{name} is not a JSON text file (UTF-8)", name=path.name), field
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            message(
                "{name} is not JSON: {problem} at line {line}, column {column}",
                name=path.name,
                problem=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ),
            field,
        ) from None
