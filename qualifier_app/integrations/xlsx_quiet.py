"""openpyxl called without its warnings: it warns on stderr of what it drops while reading
(an Excel data validation list, a sheet listed in a way it does not know), none of which an
import reads, and a person importing a file is to see one line of what happened, not the
library's."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

Row = TypeVar("Row")


@contextmanager
def openpyxl_quiet() -> Iterator[None]:
    # Around each call only, not the whole import: the filters are the process's own.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", module=r"openpyxl\.")
        yield


def quiet_rows(rows: Iterator[Row]) -> Iterator[Row]:
    """The rows openpyxl reads, each read without its warnings: a sheet's parts after its
    rows (where the data validations are) are read as its last row is."""
    while True:
        with openpyxl_quiet():
            try:
                row = next(rows)
            except StopIteration:
                return
        yield row
