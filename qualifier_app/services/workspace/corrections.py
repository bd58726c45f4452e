"""Contact corrections made during a call: the lead gets the new phone or e-mail, the
original is kept in a correction row. A corrected phone or e-mail on the do-not-call list
is reported back: the outcome recorder makes the lead do-not-call."""

from __future__ import annotations

from sqlalchemy.orm import Session

from qualifier_app.domain.contact import (
    TOO_LONG,
    check_email,
    check_phone,
    reading_country,
    typed_too_long,
)
from qualifier_app.domain.do_not_call import DncKind
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import ContactCorrection, Lead
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.frame import Change
from qualifier_app.services.queue.calling_profiles import profile_for_lead
from qualifier_app.services.workspace.dto import ContactChange, Outcome
from qualifier_app.settings import QueuePolicy, WorkspacePolicy


class ContactCorrections:
    def __init__(self, queue_policy: QueuePolicy, policy: WorkspacePolicy) -> None:
        self._queue_policy = queue_policy
        self._policy = policy

    def apply(self, change: Change, lead: Lead, actor: Actor, outcome: Outcome) -> str | None:
        """Apply the outcome's corrections; the first corrected field ("phone", "email")
        whose new value is on the do-not-call list, or None."""
        session = change.session
        listed: str | None = None
        for correction in outcome.corrections:
            corrected = self._correct(session, lead, correction)
            if corrected is None:
                continue
            old, new = corrected
            row = ContactCorrection(
                lead_id=lead.id,
                field=correction.field,
                old_value=old[:320],
                new_value=new[:320],
                corrected_by_id=actor.user_id,
                corrected_at=change.now,
            )
            session.add(row)
            session.flush()
            change.audit(
                "contact.corrected",
                "lead",
                lead.id,
                after={"field": correction.field, "contact_correction_id": row.id},
            )
            if listed is None and _on_the_list(session, lead, correction.field):
                listed = correction.field
        return listed

    def _correct(
        self, session: Session, lead: Lead, change: ContactChange
    ) -> tuple[str, str] | None:
        value = change.value.strip()
        if change.field == "phone":
            if not value:
                raise InvalidInput(
                    message(
                        "a lead keeps a phone number: type the right one, or put back {old}",
                        old=lead.phone_raw or lead.phone_e164 or "",
                    ),
                    "phone",
                )
            if typed_too_long("phone", value):  # the column would refuse it, or cut it short
                raise InvalidInput(
                    message("phone {value!r}: {reason}", value=value, reason=TOO_LONG), "phone"
                )
            phone = check_phone(value, reading_country(lead.country, lead.phone_e164))
            if not phone.valid or phone.e164 is None:
                raise InvalidInput(
                    message("phone {value!r}: {reason}", value=value, reason=phone.reason), "phone"
                )
            if phone.e164 == lead.phone_e164 and value == lead.phone_raw:
                return None
            old = lead.phone_raw or lead.phone_e164 or ""
            lead.phone_raw = value
            lead.phone_e164 = phone.e164
            lead.phone_extension = phone.extension
            lead.phone_valid = True
            # A new number can mean a new time zone, and with it a new calling window.
            zones, profile_id = profile_for_lead(
                session, self._queue_policy, phone.e164, lead.country, lead.region
            )
            lead.time_zones = zones
            lead.calling_profile_id = profile_id
            return old, value
        if change.field == "email":
            if not value:  # the address on file is not the prospect's, and they give none
                if not lead.email_raw and lead.email_normalized is None:
                    return None
                old = lead.email_raw or lead.email_normalized or ""
                lead.email_raw = ""
                lead.email_normalized = None
                lead.email_valid = False
                return old, ""
            if typed_too_long("email", value):
                raise InvalidInput(
                    message("e-mail {value!r}: {reason}", value=value, reason=TOO_LONG), "email"
                )
            mail = check_email(value, check_deliverability=self._policy.check_email_deliverability)
            if not mail.valid or mail.normalized is None:
                raise InvalidInput(
                    message("e-mail {value!r}: {reason}", value=value, reason=mail.reason), "email"
                )
            if mail.normalized == lead.email_normalized and value == lead.email_raw:
                return None
            old = lead.email_raw or lead.email_normalized or ""
            lead.email_raw = value
            lead.email_normalized = mail.normalized
            lead.email_valid = True
            return old, value
        raise InvalidInput(
            message("{field!r} is not a contact field (phone or email)", field=change.field),
            "field",
        )


def _on_the_list(session: Session, lead: Lead, field: str) -> bool:
    if field == "phone":
        return lead.phone_e164 is not None and do_not_call.is_listed(
            session, DncKind.PHONE, lead.phone_e164
        )
    return lead.email_normalized is not None and do_not_call.is_listed(
        session, DncKind.EMAIL, lead.email_normalized
    )
