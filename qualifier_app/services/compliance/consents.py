"""Consent captured on the call: stored from the script's consent answers, read for the
lead record, the handoff package and the routing of a lead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

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


def given(script: bant.Script, answers: Mapping[str, bant.AnswerValue]) -> dict[str, bool]:
    """The consents answered on this call, by channel."""
    found: dict[str, bool] = {}
    for key, value in answers.items():
        channel = script.question(key).consent
        if channel is not None and isinstance(value, bool):
            found[channel] = value
    return found


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
    answered = given(script, answers)
    for channel, value in answered.items():
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
    if answered:
        change.audit(
            "consent.recorded",
            "lead",
            lead_id,
            after={
                "call_attempt_id": attempt_id,
                "script": f"{script.name} v{script.version}",
                "consent": answered,
            },
        )
    return len(answered)


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


def said_no_to_calls(
    session: Session,
    lead_id: int,
    script: bant.Script | None = None,
    answers: Mapping[str, bant.AnswerValue] | None = None,
) -> bool:
    """Whether the phone consent that counts is a "no": the one answered on this call
    (`answers` of `script`), else the newest recorded."""
    if script is not None and answers:
        now = given(script, answers).get(ConsentChannel.PHONE.value)
        if now is not None:
            return not now
    record = current(session, lead_id).get(ConsentChannel.PHONE)
    return record is not None and not record.granted


def leads_that_said_no_to_calls(session: Session, lead_ids: Sequence[int]) -> set[int]:
    """Those of the leads whose phone consent that counts (the newest) is a "no"."""
    newest: dict[int, tuple[datetime, int, bool]] = {}
    rows = session.execute(
        select(Consent.lead_id, Consent.recorded_at, Consent.id, Consent.granted).where(
            Consent.lead_id.in_(list(lead_ids)),
            Consent.channel == ConsentChannel.PHONE.value,
        )
    ).all()
    for lead_id, at, consent_id, granted in rows:
        known = newest.get(lead_id)
        if known is None or (at, consent_id) >= (known[0], known[1]):
            newest[lead_id] = (at, consent_id, bool(granted))
    return {lead_id for lead_id, (_at, _id, granted) in newest.items() if not granted}
