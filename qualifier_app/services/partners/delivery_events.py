"""The handoff events a delivery writes: one shape for every step of it. The note is kept as
a message (`domain.text.stored`), so the lead record shows it in the reader's language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from qualifier_app.domain.closed_loop import HandoffStatus
from qualifier_app.domain.text import stored
from qualifier_app.persistence.models import HandoffEvent


def delivery_event(
    handoff_id: int,
    at: datetime,
    note: str,
    data: dict[str, Any],
    status: str = HandoffStatus.PENDING.value,
) -> HandoffEvent:
    return HandoffEvent(
        handoff_id=handoff_id,
        at=at,
        status=status,
        origin="delivery",
        note=stored(note),
        data=data,
    )
