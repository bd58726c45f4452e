"""Deleting what an outcome wrote, for its undo: the call attempt, its qualification and
answers, the consents given on the call, and a check call's note in the handoff's history.
The dial itself stays: a taken-back call (its number and when it began) still counts
against the number's per-number caps, for the number was called.

On PostgreSQL a rep may not delete from those tables; the function of migration
0020_i19_take_back_call does it for the rep who made the call, while it is the lead's last.
"""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from qualifier_app.persistence.models import (
    CallAttempt,
    CheckCall,
    Consent,
    HandoffEvent,
    Qualification,
    QualificationAnswer,
    TakenBackCall,
)


def delete_call(session: Session, attempt: CallAttempt) -> None:
    session.flush()  # whatever pointed at the call lets go of it first
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT qualifier_take_back_call(:attempt)"), {"attempt": attempt.id})
        session.expunge(attempt)
        return
    qualifications = select(Qualification.id).where(Qualification.call_attempt_id == attempt.id)
    session.execute(
        delete(QualificationAnswer).where(QualificationAnswer.qualification_id.in_(qualifications))
    )
    session.execute(delete(Qualification).where(Qualification.call_attempt_id == attempt.id))
    session.execute(delete(Consent).where(Consent.call_attempt_id == attempt.id))
    session.execute(
        delete(HandoffEvent).where(
            HandoffEvent.origin == "check_call",
            HandoffEvent.at == attempt.ended_at,
            HandoffEvent.handoff_id.in_(
                select(CheckCall.handoff_id).where(CheckCall.lead_id == attempt.lead_id)
            ),
        )
    )
    if attempt.number_e164 is not None:
        session.add(
            TakenBackCall(
                lead_id=attempt.lead_id,
                number_e164=attempt.number_e164,
                started_at=attempt.started_at,
            )
        )
    session.delete(attempt)
    session.flush()
