"""What compliance makes of the outcome a rep chose, before it is recorded: a corrected
phone or e-mail on the do-not-call list, a prospect's "no" to being called again, and the
number the call was made to."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy.orm import Session

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.text import message
from qualifier_app.services.compliance import consents
from qualifier_app.services.workspace.dto import Outcome

# The outcomes that arrange another call and carry the call's answers (a no-contact carries
# none: the prospect was not reached).
_CALLS_BACK = frozenset({OutcomeKind.CALLBACK, OutcomeKind.NURTURE})
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def as_the_list_allows(outcome: Outcome, listed: str | None) -> Outcome:
    """The list applies at once, whatever the rep chose: a lead whose corrected phone or
    e-mail (`listed`: "phone" or "email") is on it is do-not-call, neither called again nor
    handed to a partner. The reason is stored in English, as reasons are."""
    if listed is None or outcome.kind is OutcomeKind.DO_NOT_CALL:
        return outcome
    return replace(
        outcome,
        kind=OutcomeKind.DO_NOT_CALL,
        reason=f"the corrected {listed} is on the do-not-call list",
    )


def said_no_to_calls(
    session: Session,
    lead_id: int,
    kind: OutcomeKind,
    script: bant.Script | None,
    answers: Mapping[str, bant.AnswerValue],
) -> bool:
    """Whether an outcome that would call the prospect again meets their "no" to being
    called (on this call or the newest before): a callback is refused; a nurture is kept,
    but never recycled into a queue (the caller drops its recycle date)."""
    if kind not in _CALLS_BACK or not consents.said_no_to_calls(session, lead_id, script, answers):
        return False
    if kind is OutcomeKind.CALLBACK:
        raise InvalidInput(
            message(
                "the prospect said no to being called again: no callback can be set; "
                "choose Nurture (it is not recycled), Disqualify or Do not call"
            ),
            "kind",
        )
    return True


def called_number(outcome: Outcome, stored: str | None) -> str | None:
    """The number the call was made to: the one the workspace dialled, else the lead's
    number as it was when the call was made (`stored`, before the outcome's corrections)."""
    if outcome.dialled_number is None:
        return stored
    if not E164.match(outcome.dialled_number):
        raise InvalidInput(
            message(
                "the number dialled must be in E.164 form (+ and up to 15 digits): {number!r}",
                number=outcome.dialled_number,
            ),
            "dialled_number",
        )
    return outcome.dialled_number


def number_changes(outcome: Outcome, stored: str | None) -> bool:
    """Whether the outcome corrects the lead's contacts, or its call was made to a number
    other than `stored`, the lead's."""
    return bool(outcome.corrections) or outcome.dialled_number not in (None, stored)
