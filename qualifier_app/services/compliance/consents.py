"""Consent captured on the call: stored from the script's consent answers, read for the
lead record, the handoff package and the routing of a lead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain import bant
from qualifier_app.domain.consent import (
    CHANNELS,
    ConsentChannel,
    ConsentRecord,
    latest,
    partner_refusal,
)
from qualifier_app.persistence.models import Consent, Script, User
from qualifier_app.services.frame import Change


def record_answers(
    change: Change,
    lead_id: int,
    attempt_id: int,
    rep_id: int,
    script_id: int,
    script: bant.Script,
    answers: Mapping[str, bant.AnswerValue],
) -> int:
    """A consent row for every consent question the prospect answered; how many."""
    given: dict[str, bool] = {}
    for key, value in answers.items():
        channel = script.question(key).consent
        if channel is not None and isinstance(value, bool):
            given[channel] = value
            change.session.add(
                Consent(
                    lead_id=lead_id,
                    call_attempt_id=attempt_id,
                    channel=channel,
                    granted=value,
                    rep_id=rep_id,
                    script_id=script_id,
                    recorded_at=change.now,
                )
            )
    if given:
        change.audit(
            "consent.recorded",
            "lead",
            lead_id,
            after={
                "call_attempt_id": attempt_id,
                "script": f"{script.name} v{script.version}",
                "consent": given,
            },
        )
    return len(given)


def history(session: Session, lead_ids: Sequence[int]) -> list[ConsentRecord]:
    """Every consent recorded for the leads, oldest first."""
    rows = session.execute(
        select(
            Consent.channel,
            Consent.granted,
            Consent.recorded_at,
            User.display_name,
            Script.name,
            Script.version,
        )
        .join(User, User.id == Consent.rep_id)
        .join(Script, Script.id == Consent.script_id)
        .where(Consent.lead_id.in_(list(lead_ids)))
        .order_by(Consent.recorded_at, Consent.id)
    ).all()
    return [
        ConsentRecord(ConsentChannel(channel), bool(granted), at, rep, f"{name} v{version}")
        for channel, granted, at, rep, name, version in rows
    ]


def current(session: Session, lead_id: int) -> dict[ConsentChannel, ConsentRecord]:
    """The consent that counts now, per channel (the newest record)."""
    return latest(history(session, [lead_id]))


def lines(session: Session, lead_id: int) -> tuple[str, ...]:
    """The consent that counts, one readable line per channel in the script's order."""
    now = current(session, lead_id)
    return tuple(now[channel].line for channel in CHANNELS if channel in now)


def why_not_to_partner(session: Session, lead_id: int) -> str | None:
    """Why the lead may not be handed to a partner (the prospect said no), or None."""
    return partner_refusal(current(session, lead_id).get(ConsentChannel.PARTNER))
