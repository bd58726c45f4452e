"""Finding every row about one person: by e-mail, phone or a lead id.

A person may be several lead rows (duplicates merged into one, a second inquiry under the same
address), so a look-up gathers every lead with the e-mail or phone, every lead merged into
those, and the leads whose corrected contact data held the value before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.contact import (
    check_email,
    check_phone,
    reading_country,
    reason_without_a_lead,
)
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.text import message, restored
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    CheckCall,
    Consent,
    ContactCorrection,
    DoNotCallEntry,
    Handoff,
    HandoffEvent,
    Lead,
    Qualification,
    QualificationAnswer,
    Touch,
)


@dataclass(frozen=True)
class PersonQuery:
    """Exactly one of e-mail, phone (with a country for a national number) or lead id."""

    email: str | None = None
    phone: str | None = None
    country: str | None = None
    lead_id: int | None = None

    def describe(self) -> str:
        if self.lead_id is not None:
            return f"lead {self.lead_id}"
        return "the e-mail address" if self.email else "the phone number"


@dataclass(frozen=True)
class Person:
    lead_ids: tuple[int, ...]
    emails: frozenset[str]  # normalized
    phones: frozenset[str]  # E.164
    # What identifies the person in the lead rows (e-mail, phone, full name, as stored and as
    # typed), for finding the files outside the database that name them. A first or last
    # name alone is not among them: it names other people too ("Ann" of another lead).
    identifiers: frozenset[str]


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _seeds(session: Session, query: PersonQuery) -> tuple[set[int], set[str], set[str]]:
    """The leads the query names directly, and the e-mail or phone it gave (normalized)."""
    chosen = [v for v in (query.email, query.phone, query.lead_id) if v not in (None, "")]
    if len(chosen) != 1:
        raise InvalidInput(message("give exactly one of --email, --phone or --lead"), "email")
    if query.lead_id is not None:
        if session.get(Lead, query.lead_id) is None:
            raise NotFound(message("there is no lead {lead_id}", lead_id=query.lead_id))
        return {query.lead_id}, set(), set()
    if query.email:
        mail = check_email(query.email)
        if not mail.valid or mail.normalized is None:
            raise InvalidInput(
                message("e-mail {email!r}: {reason}", email=query.email, reason=mail.reason),
                "email",
            )
        emails, phones = {mail.normalized}, set()
        condition = Lead.email_normalized == mail.normalized
    else:
        checked = check_phone(str(query.phone), query.country)
        if not checked.valid or checked.e164 is None:
            raise InvalidInput(
                message(
                    "phone {phone!r}: {reason}",
                    phone=query.phone,
                    reason=reason_without_a_lead(checked.reason),
                ),
                "phone",
            )
        emails, phones = set(), {checked.e164}
        condition = Lead.phone_e164 == checked.e164
    seeds = set(session.scalars(select(Lead.id).where(condition)))
    return seeds | _held_before(session, emails, phones), emails, phones


def _held_before(session: Session, emails: set[str], phones: set[str]) -> set[int]:
    """The leads that held the e-mail or phone before a correction on the call, or were
    called on the phone. A correction keeps the old value as it was typed ("(305) 294-7710",
    "Eve.Adams@Example.com"), so it is read again as the lead's number or address."""
    found: set[int] = set()
    if phones:
        found |= set(
            session.scalars(
                select(CallAttempt.lead_id).where(CallAttempt.number_e164.in_(sorted(phones)))
            )
        )
        endings = [phone[-4:] for phone in sorted(phones)]
        rows = session.execute(
            select(ContactCorrection.lead_id, ContactCorrection.old_value, Lead.country)
            .join(Lead, Lead.id == ContactCorrection.lead_id)
            .where(
                ContactCorrection.field == "phone",
                or_(*(ContactCorrection.old_value.contains(end) for end in endings)),
            )
        )
        for lead_id, old, country in rows:
            if _phone(old, country) in phones:
                found.add(lead_id)
    if emails:
        addresses = session.execute(
            select(ContactCorrection.lead_id, ContactCorrection.old_value).where(
                ContactCorrection.field == "email",
                func.lower(ContactCorrection.old_value).in_(sorted(emails)),
            )
        )
        found |= {lead_id for lead_id, old in addresses if _email(old) in emails}
    return found


def _phone(raw: str, country: str | None) -> str | None:
    checked = check_phone(raw, reading_country(country, None), details=False)
    return checked.e164 if checked.valid else None


def _email(raw: str) -> str | None:
    mail = check_email(raw)
    return mail.normalized if mail.valid else None


def _on_do_not_call(session: Session, emails: set[str], phones: set[str]) -> bool:
    keys = [(DncKind.EMAIL, value) for value in emails] + [(DncKind.PHONE, v) for v in phones]
    return any(
        session.scalar(
            select(DoNotCallEntry.id).where(
                DoNotCallEntry.kind == kind.value,
                DoNotCallEntry.value_hash == dnc_hash(kind, value),
            )
        )
        is not None
        for kind, value in keys
    )


def _with_merged(session: Session, seeds: set[int]) -> set[int]:
    """The leads, the duplicates merged into them and the leads they were merged into."""
    ids, frontier = set(seeds), set(seeds)
    while frontier:
        into = session.scalars(select(Lead.id).where(Lead.merged_into_id.in_(frontier)))
        onto = session.scalars(
            select(Lead.merged_into_id).where(
                Lead.id.in_(frontier), Lead.merged_into_id.is_not(None)
            )
        )
        frontier = {i for i in (*into, *onto) if i is not None} - ids
        ids |= frontier
    return ids


def find_person(session: Session, query: PersonQuery) -> Person:
    seeds, emails, phones = _seeds(session, query)
    if not seeds:
        if _on_do_not_call(session, emails, phones):
            # A second request for a person already erased: say that nothing is left to find.
            raise NotFound(
                message(
                    "no lead matches {describe}; it is on the do-not-call list (as a hash), "
                    "as after an erasure: nothing about it is left to export or erase",
                    describe=query.describe(),
                )
            )
        raise NotFound(message("no lead matches {describe}", describe=query.describe()))
    ids = _with_merged(session, seeds)
    identifiers: set[str] = set()
    countries: dict[int, str | None] = {}
    for lead in session.scalars(select(Lead).where(Lead.id.in_(ids))):
        countries[lead.id] = lead.country
        if lead.email_normalized:
            emails.add(lead.email_normalized)
        if lead.phone_e164:
            phones.add(lead.phone_e164)
        candidates = (
            lead.email_raw,
            lead.email_normalized,
            lead.phone_raw,
            lead.phone_e164,
            lead.contact_name if len(lead.contact_name.split()) > 1 else "",
        )
        identifiers |= {v.strip() for v in candidates if v and len(v.strip()) >= 3}
    # Their phones and e-mails before and after a correction on the call, and the numbers
    # they were called on, are theirs too: each goes on the do-not-call list at erasure.
    for lead_id, field, old, new in session.execute(
        select(
            ContactCorrection.lead_id,
            ContactCorrection.field,
            ContactCorrection.old_value,
            ContactCorrection.new_value,
        ).where(ContactCorrection.lead_id.in_(ids))
    ):
        identifiers |= {v for v in (old, new) if v and len(v) >= 3}
        for value in (old, new):
            if not value:
                continue
            if field == "phone" and (phone := _phone(value, countries.get(lead_id))):
                phones.add(phone)
            elif field == "email" and (mail := _email(value)):
                emails.add(mail)
    phones |= {
        number
        for number in session.scalars(
            select(CallAttempt.number_e164).where(CallAttempt.lead_id.in_(ids))
        )
        if number
    }
    identifiers |= {v for v in (*emails, *phones) if len(v) >= 3}
    return Person(tuple(sorted(ids)), frozenset(emails), frozenset(phones), frozenset(identifiers))


def rows_about(session: Session, lead_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """Every row about the leads, table by table, as plain column → value mappings."""
    ids = list(lead_ids)

    def fetch(model: Any, condition: Any) -> list[dict[str, Any]]:
        table = _table(model)
        rows = session.execute(select(table).where(condition).order_by(table.c.id))
        return [dict(row._mapping) for row in rows]

    attempts = fetch(CallAttempt, CallAttempt.lead_id.in_(ids))
    qualifications = fetch(Qualification, Qualification.lead_id.in_(ids))
    handoffs = fetch(Handoff, Handoff.lead_id.in_(ids))
    check_calls = fetch(CheckCall, CheckCall.lead_id.in_(ids))
    qualification_ids = [row["id"] for row in qualifications]
    handoff_ids = [row["id"] for row in handoffs]
    events = fetch(HandoffEvent, HandoffEvent.handoff_id.in_(handoff_ids))
    # Texts kept as a message's source and values are exported as the words they say.
    for row in handoffs:
        row["why"] = str(restored(row["why"]))
    for row in events:
        row["note"] = str(restored(row["note"]))
    named = [
        (AuditEntry.entity_type == "lead") & AuditEntry.entity_id.in_([str(i) for i in ids]),
        (AuditEntry.entity_type == "qualification")
        & AuditEntry.entity_id.in_([str(i) for i in qualification_ids]),
        (AuditEntry.entity_type == "handoff")
        & AuditEntry.entity_id.in_([str(i) for i in handoff_ids]),
        (AuditEntry.entity_type == "check_call")
        & AuditEntry.entity_id.in_([str(row["id"]) for row in check_calls]),
    ]
    return {
        "leads": fetch(Lead, Lead.id.in_(ids)),
        "touches": fetch(Touch, Touch.lead_id.in_(ids)),
        "call_attempts": attempts,
        "qualifications": qualifications,
        "qualification_answers": fetch(
            QualificationAnswer, QualificationAnswer.qualification_id.in_(qualification_ids)
        ),
        "contact_corrections": fetch(ContactCorrection, ContactCorrection.lead_id.in_(ids)),
        "consents": fetch(Consent, Consent.lead_id.in_(ids)),
        "handoffs": handoffs,
        "handoff_events": events,
        # What the customer told the check calls after a handoff: the answers are its columns.
        "check_calls": check_calls,
        "audit_log": fetch(AuditEntry, or_(*named)),
    }
