"""How dates and amounts read in the partner tables."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


def when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def money(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else ""
