"""What the rep's clock says about a prospect's calling window, in words."""

from __future__ import annotations

from datetime import datetime

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.text import message


def duration_text(seconds: float) -> str:
    minutes = max(0, int(seconds // 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return message("{hours} h {minutes:02d} min", hours=hours, minutes=minutes)
    return message("{minutes} min", minutes=minutes)


def window_state(
    zones: tuple[str, ...], window: cw.CallingWindow, now: datetime
) -> tuple[bool, str]:
    """(open now, a sentence saying so and until when)."""
    if not zones:
        return False, message("Time zone unknown: do not call until it is known")
    if cw.is_open(zones, now, window):
        closes = min(
            datetime.combine(local.date(), window.end, local.tzinfo)
            for _, local in cw.local_times(zones, now)
        )
        left = duration_text((closes - now).total_seconds())
        return True, message(
            "Calling allowed · window {window} · closes in {left}", window=window.text(), left=left
        )
    opening = cw.next_opening(zones, now, window)
    if opening is None:
        return False, message(
            "Calling not allowed · window {window} never opens in every zone", window=window.text()
        )
    wait = duration_text((opening - now).total_seconds())
    return False, message(
        "Calling not allowed now · window {window} · opens in {wait}",
        window=window.text(),
        wait=wait,
    )
