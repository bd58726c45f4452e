"""Reading a partner-CRM export (CSV/XLSX, like Siebel or Salesforce reports): its columns,
and each row as the partner's update of one handoff, found by handoff id or by the lead's
e-mail or phone."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import (
    DECLINED,
    Feedback,
    parse_day,
    parse_money,
    parse_status,
    validate,
)
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Handoff, Lead
from qualifier_app.services.intake.batches import cell

FEEDBACK_COLUMNS: dict[str, tuple[str, ...]] = {
    "handoff_id": ("handoff", "handoff_no", "handoff_number", "reference", "qualifier_id"),
    "lead_email": ("email", "contact_email", "e_mail"),
    "lead_phone": ("phone", "contact_phone", "telephone"),
    "status": ("stage", "lead_status", "state"),
    "reason": ("reject_reason", "lost_reason", "comment", "comments", "note"),
    "pipeline_value": ("pipeline", "amount", "opportunity_value", "value"),
    "revenue": ("won_revenue", "closed_amount", "booked"),
    "close_date": ("closed_on", "closed_date", "close"),
    "updated_at": ("last_modified", "modified", "updated", "date"),
}


@dataclass(frozen=True)
class ExportRow:
    """One row of a partner-CRM export: the partner's update of one handoff."""

    handoff_id: int
    feedback: Feedback
    at: datetime
    dedupe_key: str


def _parse_time(text: str, now: datetime) -> datetime:
    cleaned = text.strip()
    if not cleaned:
        return now
    try:
        moment = datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(cleaned[:10]), datetime.min.time())
        except ValueError:
            raise InvalidInput(
                message(
                    "updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)",
                    cleaned=cleaned,
                ),
                "updated_at",
            ) from None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    if moment > now + timedelta(days=1):
        raise InvalidInput(
            message("updated at {cleaned} is in the future", cleaned=cleaned), "updated_at"
        )
    return min(moment, now)


def _dedupe_key(handoff_id: int, feedback: Feedback) -> str:
    text = "|".join(
        str(part)
        for part in (
            handoff_id,
            feedback.status.value,
            feedback.reason,
            feedback.pipeline_value,
            feedback.revenue,
            feedback.closed_on,
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_row(session: Session, raw: list[str], columns: dict[str, int], now: datetime) -> ExportRow:
    """The row's update and the handoff it is about; InvalidInput or NotFound says why not."""

    def value(name: str) -> str:
        return cell(raw, columns, name)

    status_text = value("status")
    if not status_text:
        raise InvalidInput(message("the status is empty"), "status")
    status = parse_status(status_text)
    feedback = validate(
        status,
        value("reason"),
        parse_money(value("pipeline_value"), "pipeline_value"),
        parse_money(value("revenue"), "revenue"),
        parse_day(value("close_date"), "close_date"),
        now.date(),
    )
    at = _parse_time(value("updated_at"), now)
    handoff_id = _find_handoff(
        session, value("handoff_id"), value("lead_email"), value("lead_phone")
    )
    return ExportRow(handoff_id, feedback, at, _dedupe_key(handoff_id, feedback))


def _find_handoff(session: Session, handoff_text: str, email: str, phone: str) -> int:
    if handoff_text:
        digits = handoff_text.strip().lstrip("#").upper().removeprefix("H-").removeprefix("H")
        try:
            handoff_id = int(digits)
        except ValueError:
            raise InvalidInput(
                message("handoff id {handoff_text!r} is not a number", handoff_text=handoff_text),
                "handoff_id",
            ) from None
        if session.get(Handoff, handoff_id) is None:
            raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
        return handoff_id
    email_found: str | None = None
    phone_found: str | None = None
    if email:
        checked = check_email(email)
        if not checked.valid:
            raise InvalidInput(
                message("lead e-mail is not valid: {reason}", reason=checked.reason), "lead_email"
            )
        email_found, what = checked.normalized, "e-mail"
    elif phone:
        number = check_phone(phone, None)
        if not number.valid:
            raise InvalidInput(
                message(
                    "lead phone is not valid ({reason}); use the +country format",
                    reason=number.reason,
                ),
                "lead_phone",
            )
        phone_found, what = number.e164, "phone"
    else:
        raise InvalidInput(message("the row has no handoff id, lead e-mail or lead phone"), "row")
    found = _handoffs_by_contact(session, email_found, phone_found)
    if not found:
        raise NotFound(message("no handoff for a lead with this {what}", what=what))
    if len({lead_id for _, lead_id, _ in found}) > 1:
        raise InvalidInput(
            message(
                "several handed-off leads have this {what}; give the handoff id instead", what=what
            ),
            "handoff_id",
        )
    # The partner's update is about its own, live handoff; the latest one otherwise
    # (a repeated rejection, say).
    live = [hid for hid, _, status in found if status not in {s.value for s in DECLINED}]
    return int(live[0] if live else found[0][0])


def _handoffs_by_contact(
    session: Session, email: str | None, phone: str | None
) -> Sequence[tuple[int, int, str]]:
    """(handoff, lead, status) of the handoffs of leads with this e-mail (or else phone),
    newest first. On PostgreSQL a database function matches them: row-level security hides the
    lead from a channel manager who does not work it, and the function returns the handoffs of
    the partners they manage."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT * FROM qualifier_handoffs_by_contact(:email, :phone)"),
            {"email": email, "phone": phone},
        ).all()
    else:
        condition = Lead.email_normalized == email if email else Lead.phone_e164 == phone
        rows = session.execute(
            select(Handoff.id, Handoff.lead_id, Handoff.status)
            .join(Lead, Lead.id == Handoff.lead_id)
            .where(condition)
            .order_by(Handoff.id.desc())
        ).all()
    return [(int(h), int(lead), str(status)) for h, lead, status in rows]
