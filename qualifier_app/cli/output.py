"""Printing results as text or JSON, and errors as one line."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=_default, indent=2, ensure_ascii=False) + "\n")


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"qualifier: error: {message}\n")
    return code


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [
        max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)
    ]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )
    return "\n".join(lines)
