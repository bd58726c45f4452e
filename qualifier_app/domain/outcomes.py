"""What a call ends in, and what each outcome does to the lead.

The script recommends one of the outcomes a qualification can decide (sales-ready, nurture,
disqualify, call back); the rep chooses among all of them and may overrule the
recommendation, with a reason. The values are stored in call attempts and qualifications.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.retry import NO_CONTACT, Disposition
from qualifier_app.domain.text import Message, message


class OutcomeKind(StrEnum):
    NO_CONTACT = "retry"
    CALLBACK = "callback"
    SALES_READY = "sales_ready"
    NURTURE = "nurture"
    DISQUALIFY = "disqualify"
    DO_NOT_CALL = "do_not_call"

    @property
    def label(self) -> str:
        """As on the rep's buttons."""
        return {
            OutcomeKind.NO_CONTACT: message("No contact"),
            OutcomeKind.CALLBACK: message("Callback"),
            OutcomeKind.SALES_READY: message("Sales-ready"),
            OutcomeKind.NURTURE: message("Nurture"),
            OutcomeKind.DISQUALIFY: message("Disqualify"),
            OutcomeKind.DO_NOT_CALL: message("Do not call"),
        }[self]

    @property
    def phrase(self) -> str:
        """Inside a sentence: "the script recommends call back"."""
        return {
            OutcomeKind.NO_CONTACT: message("no contact"),
            OutcomeKind.CALLBACK: message("call back"),
            OutcomeKind.SALES_READY: message("sales-ready"),
            OutcomeKind.NURTURE: message("nurture"),
            OutcomeKind.DISQUALIFY: message("disqualify"),
            OutcomeKind.DO_NOT_CALL: message("do not call"),
        }[self]


# The outcomes a script can recommend: the decisions of a qualification.
RECOMMENDABLE = frozenset(
    {OutcomeKind.SALES_READY, OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY, OutcomeKind.CALLBACK}
)

TARGET_STATUS = {
    OutcomeKind.CALLBACK: LeadStatus.CALLBACK,
    OutcomeKind.SALES_READY: LeadStatus.SALES_READY,
    OutcomeKind.NURTURE: LeadStatus.NURTURE,
    OutcomeKind.DISQUALIFY: LeadStatus.DISQUALIFIED,
    OutcomeKind.DO_NOT_CALL: LeadStatus.DO_NOT_CALL,
}

# Outcomes after which the lead would be called again: a number on the do-not-call list
# must not go back to a queue with them.
CALLS_AGAIN = frozenset({OutcomeKind.NO_CONTACT, OutcomeKind.CALLBACK, OutcomeKind.NURTURE})

CALLBACK_HORIZON = timedelta(days=92)

# The reasons offered for an outcome (a rep may type another). They are stored in English, as
# the reports count them, and shown in the person's language: `reason_text`.
REASON_PRESETS: dict[OutcomeKind, tuple[Message, ...]] = {
    OutcomeKind.NURTURE: (
        message("not now: no budget yet"),
        message("not now: buying in more than a year"),
        message("only researching"),
        message("not the decision maker; no access to one"),
    ),
    OutcomeKind.DISQUALIFY: (
        message("junk or fake data"),
        message("student or private person"),
        message("competitor"),
        message("wrong data"),
        message("no need"),
        message("duplicate of another lead"),
    ),
    OutcomeKind.DO_NOT_CALL: (message("asked not to be called"), message("legal request")),
}
_PRESET = {str(reason): reason for reasons in REASON_PRESETS.values() for reason in reasons}


def reason_text(reason: str) -> str:
    """A stored reason as it is shown: a preset in the person's language, a typed one as typed."""
    return _PRESET.get(reason, reason)


def overrules(decision: OutcomeKind, recommendation: OutcomeKind) -> bool:
    """Whether the rep's decision goes against what the script recommends."""
    return decision in RECOMMENDABLE and decision is not recommendation


def disposition_of(kind: OutcomeKind, disposition: Disposition) -> Disposition:
    """How the call went: only a no-contact outcome says; every other one reached someone."""
    chosen = disposition if kind is OutcomeKind.NO_CONTACT else Disposition.CONTACTED
    if kind is OutcomeKind.NO_CONTACT and chosen not in NO_CONTACT:
        raise InvalidInput(
            message("choose how the call went: no answer, busy, voicemail …"), "disposition"
        )
    return chosen


def check_callback_time(at: datetime | None, now: datetime) -> datetime:
    if at is None:
        raise InvalidInput(message("pick the date and time of the callback"), "callback_at")
    if at.tzinfo is None:
        raise InvalidInput(message("the callback time has no time zone"), "callback_at")
    if at <= now:
        raise InvalidInput(message("the callback time has passed; pick a later one"), "callback_at")
    if at > now + CALLBACK_HORIZON:
        raise InvalidInput(message("a callback can be at most three months ahead"), "callback_at")
    return at


def check_closing(
    kind: OutcomeKind, reason: str, recycle_on: date | None, today: date
) -> date | None:
    """A nurture needs a reason and a later recycle date (returned), a disqualification a
    reason."""
    if kind is OutcomeKind.NURTURE:
        if not reason:
            raise InvalidInput(message("say why the lead goes to nurture"), "reason")
        if recycle_on is None:
            raise InvalidInput(message("pick the date to call this lead again"), "recycle_on")
        if recycle_on <= today:
            raise InvalidInput(message("the recycle date must be after today"), "recycle_on")
        return recycle_on
    if kind is OutcomeKind.DISQUALIFY and not reason:
        raise InvalidInput(message("say why the lead is disqualified"), "reason")
    return None
