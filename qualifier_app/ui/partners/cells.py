"""How dates and amounts read in the partner tables."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from qualifier_app.ui.shell import i18n


def when(value: datetime | None) -> str:
    return i18n.local_moment(value) if value else ""


def money(value: Decimal | None) -> str:
    return i18n.money(value) if value is not None else ""
