"""Checking a corrected phone or e-mail while the rep types it, before anything is saved."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.contact import check_email, check_phone, phone_details, reading_country
from qualifier_app.domain.do_not_call import DncKind
from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Lead
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.dto import ContactCheckResult, OtherLead
from qualifier_app.settings import WorkspacePolicy


class ContactChecks:
    def __init__(self, frame: Frame, policy: WorkspacePolicy) -> None:
        self._frame = frame
        self._policy = policy

    def check_contact(self, actor: Actor, lead_id: int, field: str, raw: str) -> ContactCheckResult:
        """Validate a corrected phone or e-mail, and say whether another lead or the
        do-not-call list has it already."""
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            session = reading.session
            lead = session.execute(
                select(Lead.country, Lead.phone_e164).where(Lead.id == lead_id)
            ).first()
            if lead is None:
                raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
            if field == "phone":
                phone = check_phone(raw, reading_country(lead.country, lead.phone_e164))
                if not phone.valid or phone.e164 is None:
                    return ContactCheckResult(field, False, phone.reason, None, "", (), (), False)
                details = phone_details(phone)
                others = _other_leads(session, Lead.phone_e164 == phone.e164, lead_id)
                listed = do_not_call.is_listed(session, DncKind.PHONE, phone.e164)
                return ContactCheckResult(
                    field, True, "", phone.e164, details, phone.time_zones, others, listed
                )
            if field == "email":
                mail = check_email(
                    raw, check_deliverability=self._policy.check_email_deliverability
                )
                if not mail.valid or mail.normalized is None:
                    return ContactCheckResult(field, False, mail.reason, None, "", (), (), False)
                others = _other_leads(session, Lead.email_normalized == mail.normalized, lead_id)
                listed = do_not_call.is_listed(session, DncKind.EMAIL, mail.normalized)
                return ContactCheckResult(
                    field, True, "", mail.normalized, mail.normalized, (), others, listed
                )
        raise InvalidInput(
            message("{field!r} is not a contact field (phone or email)", field=field), "field"
        )


def _other_leads(session: Session, match: Any, lead_id: int) -> tuple[OtherLead, ...]:
    rows = session.execute(
        select(Lead.id, Lead.company, Lead.first_name, Lead.last_name, Lead.status)
        .where(match, Lead.id != lead_id)
        .order_by(Lead.id)
        .limit(5)
    ).all()
    return tuple(
        OtherLead(int(i), company, " ".join(p for p in (first, last) if p), status)
        for i, company, first, last, status in rows
    )
