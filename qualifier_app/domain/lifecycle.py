"""Lead statuses and the transitions between them (docs/domain.md, "Lifecycle of a lead")."""

from __future__ import annotations

from enum import StrEnum

from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.text import message


class LeadStatus(StrEnum):
    QUEUED = "queued"
    CALLBACK = "callback"
    NURTURE = "nurture"
    SALES_READY = "sales_ready"
    HANDED_OFF = "handed_off"
    # Handed off, and its check call is due: claimable like any lead until it is made.
    CHECK_CALL = "check_call"
    DISQUALIFIED = "disqualified"
    DO_NOT_CALL = "do_not_call"
    MERGED = "merged"

    @property
    def label(self) -> str:
        return {
            LeadStatus.QUEUED: message("queued"),
            LeadStatus.CALLBACK: message("callback"),
            LeadStatus.NURTURE: message("nurture"),
            LeadStatus.SALES_READY: message("sales ready"),
            LeadStatus.HANDED_OFF: message("handed off"),
            LeadStatus.CHECK_CALL: message("check call"),
            LeadStatus.DISQUALIFIED: message("disqualified"),
            LeadStatus.DO_NOT_CALL: message("do not call"),
            LeadStatus.MERGED: message("merged"),
        }[self]


def status_label(status: str) -> str:
    """A status as people read it; one the app does not know, with its underscores spaced."""
    try:
        return LeadStatus(status).label
    except ValueError:
        return status.replace("_", " ")


# The statuses a rep can be given by the queue; being leased is not a status but a lease.
CLAIMABLE = frozenset({LeadStatus.QUEUED, LeadStatus.CALLBACK, LeadStatus.CHECK_CALL})

_ALLOWED: dict[LeadStatus, frozenset[LeadStatus]] = {
    LeadStatus.QUEUED: frozenset(
        {
            LeadStatus.QUEUED,
            LeadStatus.CALLBACK,
            LeadStatus.NURTURE,
            LeadStatus.SALES_READY,
            LeadStatus.DISQUALIFIED,
            LeadStatus.DO_NOT_CALL,
            LeadStatus.MERGED,
        }
    ),
    LeadStatus.CALLBACK: frozenset(
        {
            LeadStatus.QUEUED,
            LeadStatus.CALLBACK,
            LeadStatus.NURTURE,
            LeadStatus.SALES_READY,
            LeadStatus.DISQUALIFIED,
            LeadStatus.DO_NOT_CALL,
        }
    ),
    LeadStatus.NURTURE: frozenset(
        {LeadStatus.QUEUED, LeadStatus.DISQUALIFIED, LeadStatus.DO_NOT_CALL, LeadStatus.NURTURE}
    ),
    LeadStatus.SALES_READY: frozenset(
        {LeadStatus.HANDED_OFF, LeadStatus.NURTURE, LeadStatus.DO_NOT_CALL, LeadStatus.QUEUED}
    ),
    LeadStatus.HANDED_OFF: frozenset(
        {
            LeadStatus.SALES_READY,
            LeadStatus.NURTURE,
            LeadStatus.DO_NOT_CALL,
            LeadStatus.HANDED_OFF,
            LeadStatus.CHECK_CALL,
        }
    ),
    # Back to handed off once made (or given up), to sales-ready when the customer was
    # never contacted and is re-routed.
    LeadStatus.CHECK_CALL: frozenset(
        {
            LeadStatus.CHECK_CALL,
            LeadStatus.HANDED_OFF,
            LeadStatus.SALES_READY,
            LeadStatus.NURTURE,
            LeadStatus.DO_NOT_CALL,
        }
    ),
    LeadStatus.DISQUALIFIED: frozenset({LeadStatus.DO_NOT_CALL, LeadStatus.QUEUED}),
    # Do-not-call is for good: no way back into any queue.
    LeadStatus.DO_NOT_CALL: frozenset(),
    LeadStatus.MERGED: frozenset(),
}


def can_move(current: LeadStatus, target: LeadStatus) -> bool:
    return target in _ALLOWED[current]


def check_move(current: LeadStatus, target: LeadStatus) -> None:
    if not can_move(current, target):
        raise Conflict(
            message(
                "a lead that is {label} cannot become {label2}",
                label=current.label,
                label2=target.label,
            )
        )
