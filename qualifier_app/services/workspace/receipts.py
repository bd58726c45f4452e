"""What the rep reads after saving an outcome."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.text import counted, message
from qualifier_app.persistence.models import Lead


def receipt_message(kind: OutcomeKind, lead: Lead, disposition: Disposition, blocked: int) -> str:
    label = disposition.label
    if kind is OutcomeKind.NO_CONTACT and lead.status == LeadStatus.NURTURE.value:
        return message(
            "{disposition} logged; {reason}: the lead goes to nurture",
            disposition=label,
            reason=lead.status_reason,
        )
    at = lead.next_call_at
    when = in_the_prospect_s_time(lead, at)
    others = blocked - 1
    return {
        OutcomeKind.NO_CONTACT: message(
            "{disposition} logged; next call {when}", disposition=label, when=when
        ),
        OutcomeKind.CALLBACK: message("Callback set for {when}", when=when),
        OutcomeKind.SALES_READY: message(
            "Sales-ready (grade {grade}): ready for a partner", grade=lead.grade
        ),
        OutcomeKind.NURTURE: message("Nurture until {on:%d %b %Y}", on=lead.recycle_on)
        if lead.recycle_on
        else "",
        OutcomeKind.DISQUALIFY: message("Disqualified"),
        OutcomeKind.DO_NOT_CALL: counted(
            others,
            "On the do-not-call list; {count} other lead with the same phone or e-mail too",
            "On the do-not-call list; {count} other leads with the same phone or e-mail too",
        )
        if others
        else message("On the do-not-call list"),
    }[kind]


def listed_message(chosen: OutcomeKind, field: str) -> str:
    """The rep chose `chosen`, but the phone or e-mail they corrected is on the do-not-call
    list: the lead was made do-not-call instead."""
    return message(
        (
            "Not saved as {chosen}: the corrected {field} is on the do-not-call list, so the "
            "lead is do-not-call: it is not called again nor handed to a partner"
        ),
        chosen=chosen.phrase,
        field=field,
    )


def nurture_without_calls_message() -> str:
    return message(
        "Nurture without a recycle date: the prospect said no to being called again; "
        "the lead comes back only if they call in"
    )


def in_the_prospect_s_time(lead: Lead, at: datetime | None) -> str:
    """A time of the lead's next call as the rep reads it: in the prospect's time when the lead
    has one zone (what the rep types a callback in); in UTC when its zones differ (as the
    callback time field says then). Empty for no time."""
    if at is None:
        return ""
    zones = (lead.time_zones or "").split()
    if len(zones) != 1:
        return message("{at:%a %d %b %H:%M} UTC", at=at)
    return message(
        "{at:%a %d %b %H:%M}, the prospect's time ({zone})",
        at=at.astimezone(ZoneInfo(zones[0])),
        zone=zones[0],
    )
