"""Where shipped data lives: next to the package in a source tree, inside it when installed."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, source: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / source


def resources_dir() -> Path:
    return _find("_resources", "resources")


def migrations_dir() -> Path:
    return _find("_migrations", "migrations")


# Files holding prospects' names, phones and answers are readable by their user only.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """Make `folder` and any missing parents, readable only by this user. A folder that
    already exists keeps its permissions: someone chose them."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_FOLDER)
    return folder


def data_folder(folder: Path) -> Path:
    """The app's data folder, made as `private_folder` makes one and, when it already exists,
    made readable only by this user as well: it holds the database, drafts and outbox. A
    folder that cannot be the app's own is left as it is: one of another user or the
    system's, the home folder or a folder above it, the temporary files' folder, a link."""
    private_folder(folder)
    with contextlib.suppress(OSError):
        found = folder.lstat()
        if (
            stat.S_ISDIR(found.st_mode)
            and stat.S_IMODE(found.st_mode) & 0o077
            and _may_be_the_apps(folder, found.st_uid)
        ):
            os.chmod(folder, stat.S_IMODE(found.st_mode) & ~0o077)
    return folder


def _may_be_the_apps(folder: Path, owner: int) -> bool:
    if not hasattr(os, "getuid") or owner != os.getuid():
        return False
    resolved = folder.resolve()
    shared = [Path(tempfile.gettempdir()).resolve()]
    with contextlib.suppress(RuntimeError):  # no home folder to be found
        home = Path.home().resolve()
        shared += [home, *home.parents]
    return resolved not in shared and resolved != Path(resolved.anchor)


def create_private_file(path: Path) -> bool:
    """Create an empty `path` readable only by this user, unless it exists (then False)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def write_private(path: Path, data: bytes) -> None:
    """Write `path` whole, readable only by this user, through a temporary file renamed over
    it, so a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.partial")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
    os.chmod(temporary, PRIVATE_FILE)  # a leftover .partial may have had other permissions
    os.replace(temporary, path)


@contextlib.contextmanager
def private_files() -> Iterator[None]:
    """Files created inside the block are readable by this user only (the umask; it is the
    process's, so other files created meanwhile are private too, which does no harm)."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)
