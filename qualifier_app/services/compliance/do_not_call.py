"""The internal do-not-call list: one action, company-wide, at once.

Entries are stored as hashes (domain.do_not_call.dnc_hash is the only key function, shared
with the import check). Adding one takes every lead with that phone or e-mail out of every
queue in the same transaction, including leads another rep has open right now.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, DoNotCallEntry, Lead
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.dto import DncResult

_UNTOUCHABLE = (LeadStatus.DO_NOT_CALL.value, LeadStatus.MERGED.value)


def is_listed(session: Session, kind: DncKind, normalized: str) -> bool:
    found = session.execute(
        select(DoNotCallEntry.id).where(
            DoNotCallEntry.kind == kind.value,
            DoNotCallEntry.value_hash == dnc_hash(kind, normalized),
        )
    ).first()
    return found is not None


def block(
    session: Session,
    *,
    now: datetime,
    actor_id: int | None,
    phone_e164: str | None,
    email: str | None,
    reason: str,
    source: str = "internal",
) -> DncResult:
    """Add the entries and take every matching lead out of every queue, in `session`."""
    added = 0
    for kind, value in ((DncKind.PHONE, phone_e164), (DncKind.EMAIL, email)):
        if not value or is_listed(session, kind, value):
            continue
        entry = DoNotCallEntry(
            kind=kind.value,
            value_hash=dnc_hash(kind, value),
            source=source,
            reason=reason,
            added_by_id=actor_id,
            added_at=now,
        )
        session.add(entry)
        session.flush()
        audit.record(
            session,
            at=now,
            actor_id=actor_id,
            action="do_not_call.added",
            entity_type="do_not_call",
            entity_id=entry.id,
            after={"kind": kind.value, "value_hash": entry.value_hash, "source": source},
            reason=reason,
        )
        added += 1
    matches = []
    if phone_e164:
        matches.append(Lead.phone_e164 == phone_e164)
    if email:
        matches.append(Lead.email_normalized == email.strip().lower())
    if not matches:
        return DncResult(added, ())
    rows = session.execute(
        update(Lead)
        .where(or_(*matches), Lead.status.not_in(_UNTOUCHABLE))
        .values(
            status=LeadStatus.DO_NOT_CALL.value,
            status_reason=f"do not call: {reason}" if reason else "do not call",
            lease_owner_id=None,
            lease_expires_at=None,
            leased_at=None,
            next_call_at=None,
            assigned_rep_id=None,
            updated_at=now,
            version=Lead.version + 1,
        )
        .returning(Lead.id)
        .execution_options(synchronize_session=False)
    ).all()
    blocked = tuple(sorted(int(row[0]) for row in rows))
    if blocked:
        session.execute(
            insert(AuditEntry),
            [
                {
                    "at": now,
                    "actor_id": actor_id,
                    "action": "lead.do_not_call",
                    "entity_type": "lead",
                    "entity_id": str(lead_id),
                    "before": None,
                    "after": {"status": LeadStatus.DO_NOT_CALL.value},
                    "reason": reason,
                }
                for lead_id in blocked
            ],
        )
    return DncResult(added, blocked)


class DoNotCallService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def add(
        self,
        actor: Actor,
        *,
        phone: str | None = None,
        country: str | None = None,
        email: str | None = None,
        reason: str = "",
        source: str = "internal",
    ) -> DncResult:
        """Put a phone and/or e-mail on the list; every lead using them leaves every queue."""
        with self._frame.change(actor, Action.MANAGE_DO_NOT_CALL) as change:
            phone_e164, normalized_email = _normalize(phone, country, email)
            return block(
                change.session,
                now=change.now,
                actor_id=actor.audit_id,
                phone_e164=phone_e164,
                email=normalized_email,
                reason=reason.strip(),
                source=source,
            )

    def is_listed(self, actor: Actor, *, phone_e164: str | None, email: str | None) -> bool:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            return bool(
                (phone_e164 and is_listed(reading.session, DncKind.PHONE, phone_e164))
                or (email and is_listed(reading.session, DncKind.EMAIL, email))
            )


def _normalize(
    phone: str | None, country: str | None, email: str | None
) -> tuple[str | None, str | None]:
    if not (phone or "").strip() and not (email or "").strip():
        raise InvalidInput("give a phone number or an e-mail address to block", "phone")
    phone_e164: str | None = None
    if (phone or "").strip():
        checked = check_phone(str(phone), country)
        if not checked.valid or checked.e164 is None:
            raise InvalidInput(f"phone {phone!r}: {checked.reason}", "phone")
        phone_e164 = checked.e164
    normalized: str | None = None
    if (email or "").strip():
        mail = check_email(str(email))
        if not mail.valid:
            raise InvalidInput(f"e-mail {email!r}: {mail.reason}", "email")
        normalized = mail.normalized
    return phone_e164, normalized
