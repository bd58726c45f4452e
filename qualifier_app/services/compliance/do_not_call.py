"""The internal do-not-call list: one action, company-wide, at once.

Entries are stored as hashes (domain.do_not_call.dnc_hash is the only key function, shared
with the import check). Adding one takes every lead with that phone or e-mail out of every
queue in the same transaction, including leads another rep has open right now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_email, check_phone, reason_without_a_lead
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import Conflict, Gathered, InvalidInput, NotFound
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.outcomes import reason_text
from qualifier_app.domain.roles import SYSTEM, Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, DoNotCallEntry, Lead, User
from qualifier_app.persistence.turns import changing_do_not_call_list
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.dto import DncResult

_UNTOUCHABLE = (LeadStatus.DO_NOT_CALL.value, LeadStatus.MERGED.value)
LIST_LIMIT = 500
DNC_HEADERS = (
    message("Kind"),
    message("Key (hash)"),
    message("Source"),
    message("Reason"),
    message("Added by"),
    message("Added (UTC)"),
)


@dataclass(frozen=True)
class DncEntryInfo:
    """One entry as the list shows it: the value itself is never stored, only its hash."""

    id: int
    kind: str
    value_hash: str
    source: str
    reason: str
    added_by: str
    added_at: datetime

    def cells(self) -> tuple[str, ...]:
        return (
            self.kind,
            self.value_hash[:12] + "…",
            self.source,
            reason_text(self.reason),
            self.added_by,
            f"{self.added_at:%Y-%m-%d %H:%M}",
        )


@dataclass(frozen=True)
class DncSearch:
    entries: tuple[DncEntryInfo, ...]
    more: bool
    # What the search text was read as: a phone or e-mail (looked up by its hash), or words
    # found in the reason or source.
    read_as: str


def is_listed(session: Session, kind: DncKind, normalized: str) -> bool:
    found = session.execute(
        select(DoNotCallEntry.id).where(
            DoNotCallEntry.kind == kind.value,
            DoNotCallEntry.value_hash == dnc_hash(kind, normalized),
        )
    ).first()
    return found is not None


def block_contacts_of(session: Session, lead: Lead, *, now: datetime, actor_id: int | None,
                      reason: str) -> int:  # fmt: skip
    """After a call put `lead` on do-not-call: list its phone and e-mail, which takes every
    other lead with them out at once. How many leads are out now, this one included."""
    session.flush()
    result = block(
        session,
        now=now,
        actor_id=actor_id,
        phone_e164=lead.phone_e164,
        email=lead.email_normalized,
        reason=reason or "asked not to be called",
    )
    return len(result.leads_blocked) + 1


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
    why = f"do not call: {reason}" if reason else "do not call"
    changing_do_not_call_list(session)
    if session.get_bind().dialect.name == "postgresql":
        # Connected as a rep, row-level security hides other queues' leads: the database
        # function takes out every lead of a listed contact, at the database's time, and
        # writes each one's audit row in the caller's name.
        rows = session.execute(
            text("SELECT qualifier_take_listed_out(:phone, :email, :why, :reason, :actor)"),
            {
                "phone": phone_e164 or None,
                "email": email or None,
                "why": why,
                "reason": reason,
                "actor": actor_id,
            },
        ).all()
        return DncResult(added, tuple(sorted(int(row[0]) for row in rows)))
    # Each lead's status before it is taken out, for its audit row ("from"): SQLite's
    # RETURNING gives only the new values; its single writer keeps the rows read here as they
    # are until the UPDATE below.
    was: dict[int, str] = {
        lead_id: status
        for lead_id, status in session.execute(
            select(Lead.id, Lead.status).where(or_(*matches), Lead.status.not_in(_UNTOUCHABLE))
        )
    }
    if not was:
        return DncResult(added, ())
    rows = session.execute(
        update(Lead)
        .where(or_(*matches), Lead.status.not_in(_UNTOUCHABLE))
        .values(
            status=LeadStatus.DO_NOT_CALL.value,
            status_reason=why,
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
                    "before": {"status": was.get(lead_id)},
                    "after": {"status": LeadStatus.DO_NOT_CALL.value},
                    "reason": reason,
                }
                for lead_id in blocked
            ],
        )
    return DncResult(added, blocked)


def _was_removed(session: Session, entry_id: int) -> bool:
    """Whether entry `entry_id` was on the list and came off it (its removal is audited)."""
    found = session.execute(
        select(AuditEntry.id)
        .where(
            AuditEntry.action == "do_not_call.removed",
            AuditEntry.entity_type == "do_not_call",
            AuditEntry.entity_id == str(entry_id),
        )
        .limit(1)
    ).first()
    return found is not None


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
            phone_e164, normalized_email = checked_contact(phone, country, email)
            return block(
                change.session,
                now=change.now,
                actor_id=actor.audit_id,
                phone_e164=phone_e164,
                email=normalized_email,
                reason=reason.strip(),
                source=source,
            )

    def search(
        self, actor: Actor, text: str = "", country: str | None = None, limit: int = LIST_LIMIT
    ) -> DncSearch:
        """The newest entries first. A phone number or e-mail address finds its own entry
        (by hash); other words are looked for in the reason and source."""
        with self._frame.read(actor, Action.VIEW_DO_NOT_CALL_LIST) as reading:
            condition, read_as = _search_condition(text, country)
            query = (
                select(DoNotCallEntry, User.login)
                .outerjoin(User, User.id == DoNotCallEntry.added_by_id)
                .order_by(DoNotCallEntry.added_at.desc(), DoNotCallEntry.id.desc())
                .limit(limit + 1)
            )
            if condition is not None:
                query = query.where(condition)
            found = reading.session.execute(query).all()
            entries = tuple(
                DncEntryInfo(
                    id=entry.id,
                    kind=entry.kind,
                    value_hash=entry.value_hash,
                    source=entry.source,
                    reason=entry.reason or "",
                    added_by=login or SYSTEM,
                    added_at=entry.added_at,
                )
                for entry, login in found[:limit]
            )
        return DncSearch(entries, len(found) > limit, read_as)

    def remove(self, actor: Actor, entry_id: int, *, reason: str) -> DncEntryInfo:
        """Take an entry off the list (administrators, with a reason). Leads it blocked stay
        do-not-call: bringing one back is a decision about that lead, not about the list."""
        why = reason.strip()
        with self._frame.change(actor, Action.REMOVE_DO_NOT_CALL) as change:
            if not why:
                raise InvalidInput(message("say why the entry comes off the list"), "reason")
            entry = change.session.get(DoNotCallEntry, entry_id)
            if entry is None:
                if not _was_removed(change.session, entry_id):
                    raise NotFound(
                        message("there is no do-not-call entry {entry_id}", entry_id=entry_id)
                    )
                raise Conflict(
                    message(
                        "do-not-call entry {entry_id} is no longer on the list", entry_id=entry_id
                    )
                )
            login = change.session.get(User, entry.added_by_id) if entry.added_by_id else None
            removed = DncEntryInfo(
                id=entry.id,
                kind=entry.kind,
                value_hash=entry.value_hash,
                source=entry.source,
                reason=entry.reason or "",
                added_by=login.login if login is not None else SYSTEM,
                added_at=entry.added_at,
            )
            gone = change.session.execute(
                delete(DoNotCallEntry)
                .where(DoNotCallEntry.id == entry_id)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if gone != 1:  # another administrator removed it a moment ago
                raise Conflict(
                    message(
                        "do-not-call entry {entry_id} is no longer on the list", entry_id=entry_id
                    )
                )
            change.audit(
                "do_not_call.removed",
                "do_not_call",
                entry_id,
                before={
                    "kind": removed.kind,
                    "value_hash": removed.value_hash,
                    "source": removed.source,
                    "reason": removed.reason,
                    "added_at": removed.added_at,
                },
                reason=why,
            )
            return removed

    def find(
        self, actor: Actor, *, phone: str | None, country: str | None, email: str | None
    ) -> int:
        """The id of the entry for a phone or e-mail; InvalidInput when it is not listed."""
        phone_e164, normalized = checked_contact(phone, country, email)
        kind, value = (
            (DncKind.PHONE, phone_e164) if phone_e164 else (DncKind.EMAIL, normalized or "")
        )
        with self._frame.read(actor, Action.VIEW_DO_NOT_CALL_LIST) as reading:
            found = reading.session.execute(
                select(DoNotCallEntry.id).where(
                    DoNotCallEntry.kind == kind.value,
                    DoNotCallEntry.value_hash == dnc_hash(kind, value),
                )
            ).scalar()
        if found is None:
            field = "phone" if kind is DncKind.PHONE else "email"
            raise InvalidInput(
                message("{value} is not on the do-not-call list", value=value), field
            )
        return int(found)

    def is_listed(self, actor: Actor, *, phone_e164: str | None, email: str | None) -> bool:
        with self._frame.read(actor, Action.WORK_LEADS) as reading:
            return bool(
                (phone_e164 and is_listed(reading.session, DncKind.PHONE, phone_e164))
                or (email and is_listed(reading.session, DncKind.EMAIL, email))
            )


def _search_condition(text: str, country: str | None) -> tuple[ColumnElement[bool] | None, str]:
    cleaned = text.strip()
    if not cleaned:
        return None, message("the whole list")
    if "@" in cleaned:
        email = _mail(cleaned, "search")
        return _hash_is(DncKind.EMAIL, email), message("e-mail {email}", email=email)
    if sum(ch.isdigit() for ch in cleaned) >= 6 and not any(ch.isalpha() for ch in cleaned):
        phone = _e164(cleaned, country, "search")
        return _hash_is(DncKind.PHONE, phone), message("phone {phone}", phone=phone)
    words = cleaned.lower()
    return (
        or_(
            func.lower(DoNotCallEntry.reason).contains(words, autoescape=True),
            func.lower(DoNotCallEntry.source).contains(words, autoescape=True),
        ),
        message("reason or source containing {words!r}", words=cleaned),
    )


def _hash_is(kind: DncKind, value: str) -> ColumnElement[bool]:
    return (DoNotCallEntry.kind == kind.value) & (
        DoNotCallEntry.value_hash == dnc_hash(kind, value)
    )


def checked_contact(
    phone: str | None, country: str | None, email: str | None
) -> tuple[str | None, str | None]:
    """(the phone in E.164, the e-mail normalized) as the list keeps them; InvalidInput
    names each of the two that cannot be read. No database: a form may check before."""
    phone_given, email_given = bool((phone or "").strip()), bool((email or "").strip())
    if not phone_given and not email_given:
        raise InvalidInput(message("give a phone number or an e-mail address to block"), "phone")
    gathered = Gathered()
    phone_e164 = (
        gathered.check(lambda: _e164(str(phone), country)) if (phone or "").strip() else None
    )
    normalized = gathered.check(lambda: _mail(str(email))) if (email or "").strip() else None
    gathered.done()
    return phone_e164, normalized


def _e164(phone: str, country: str | None, field: str = "phone") -> str:
    checked = check_phone(phone, country)
    if not checked.valid or checked.e164 is None:
        raise InvalidInput(
            message(
                "phone {phone!r}: {reason}",
                phone=phone,
                reason=reason_without_a_lead(checked.reason),
            ),
            field,
        )
    return checked.e164


def _mail(email: str, field: str = "email") -> str:
    mail = check_email(email)
    if not mail.valid or mail.normalized is None:
        raise InvalidInput(
            message("e-mail {email!r}: {reason}", email=email, reason=mail.reason), field
        )
    return mail.normalized
