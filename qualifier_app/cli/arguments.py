"""Argument types shared by the commands; argparse turns their errors into one line."""

from __future__ import annotations

import argparse
import errno
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from qualifier_app.domain.closed_loop import parse_money
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.normalize import country_code
from qualifier_app.domain.numbers import LARGEST_WHOLE
from qualifier_app.domain.text import message, shortened


def whole_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value > LARGEST_WHOLE:
        raise argparse.ArgumentTypeError(f"{text!r} is too large (at most {LARGEST_WHOLE:,})")
    if value < -LARGEST_WHOLE:
        raise argparse.ArgumentTypeError(f"{text!r} is too small (at least {-LARGEST_WHOLE:,})")
    return value


def positive(text: str) -> int:
    value = whole_number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive number")
    return value


def non_negative(text: str) -> int:
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def given(text: str) -> str:
    """A name or filter that is there when typed: empty, it would be taken as not given, and
    `--team "$TEAM"` with $TEAM unset would report (or publish, or export) everything."""
    if not text.strip():
        raise argparse.ArgumentTypeError(message("it is empty (leave the option out instead)"))
    return text


# The days a command takes: a day a report or filter turns into a moment in the center's
# time zone, and the next day's start, must both be dates Python can hold (0001-01-01 in
# Berlin starts in year 0, which none can).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range (from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})"
        )
    return day


def country(text: str) -> str:
    """A country as its ISO code ("de", "Germany" → DE)."""
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a country (an ISO code like US, DE)")
    return code


def money(text: str, field: str, currency: str) -> Decimal:
    """Money as people type it: 12500, 12,500.00, $12,500, 1234,50; refused as the service
    refuses `field` (domain/closed_loop.py check_money: one limit, one message), and when it
    is marked in a currency other than the center's."""
    value = parse_money(text, field, currency)
    if value is None:
        raise InvalidInput(f"the {field} is empty", field)
    return value


def file_name(text: str) -> Path:
    """A file named on the command line, to read or to write. The name is refused here when
    the system refuses it (too long, a folder on the way that cannot be entered): every
    later look at it (is it a file, a folder, does it exist) would fail with the system's
    error instead of the command's own words."""
    if not text.strip():
        raise argparse.ArgumentTypeError(message("the file name is empty"))
    path = Path(text).expanduser()
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        pass  # the command says what it expected there, in its own words
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise argparse.ArgumentTypeError(
                message(
                    "the file name {name} is too long for this system (at most 255 "
                    "characters a name)",
                    name=shortened(text),
                )
            ) from None
        raise argparse.ArgumentTypeError(
            message("cannot use {name}: {problem}", name=shortened(text), problem=exc.strerror)
        ) from None
    except ValueError:  # a NUL character in the name
        raise argparse.ArgumentTypeError(
            message("{name} is not a file name", name=shortened(repr(text)))
        ) from None
    return path


out_file = file_name


def add_out_option(
    parser: argparse.ArgumentParser,
    *,
    required: bool = False,
    metavar: str = "FILE",
    help_text: str = "write to FILE",
) -> None:
    """`--out FILE` and `--force`: a command refuses to replace a file unless told to, since
    a report written over last month's cannot be had back."""
    parser.add_argument("--out", type=out_file, required=required, metavar=metavar, help=help_text)
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


_WRITTEN_AS = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".json": "json"}


def check_out_file(path: Path, force: bool, file_format: str | None = None) -> None:
    """Before any work (or a password asked for): the --out file can be written, and its name
    does not say another format than the one written (a workbook named .csv opens as junk)."""
    named = _WRITTEN_AS.get(path.suffix.lower())
    if file_format in {"csv", "xlsx", "json"} and named is not None and named != file_format:
        raise InvalidInput(
            f"{path.name} is named as {path.suffix.lower()} but --format {file_format} writes "
            f"{file_format.upper()}: name it .{file_format}, or choose --format {named}",
            "out",
        )
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; --out names the file to write", "out")
    if not path.parent.is_dir():
        raise InvalidInput(f"the folder {path.parent} does not exist", "out")
    if path.exists() and not force:
        raise InvalidInput(f"{path} exists already; add --force to replace it", "out")
    if not os.access(path.parent, os.W_OK):
        raise InvalidInput(f"cannot write {path}: the folder {path.parent} is read-only", "out")


def check_rejects_file(path: Path, force: bool, source: Path | None) -> None:
    """Before any work: a --rejects FILE there already is someone's file (last night's
    rejects, or any other), replaced only when told to, as --out is. The file being imported
    is refused even with --force, by the import itself."""
    if source is not None and source.is_file() and path.is_file() and path.samefile(source):
        return
    if path.is_file() and not force:
        raise InvalidInput(
            message("the rejects file {path} exists already; add --force to replace it", path=path),
            "rejects",
        )


def database_url(text: str) -> str:
    # An empty --db would fall back to the embedded database: `--db "$URL"` with $URL unset
    # would work on the real one.
    if not text.strip():
        raise argparse.ArgumentTypeError("the database URL is empty")
    return text
