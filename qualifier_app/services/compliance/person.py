"""A person's data on request: export everything about them, or erase it.

Erasure (administrators, always with a reason) replaces the personal fields of every row about
the person (leads, touches, attempts' notes, free-text answers, corrections, handoff texts and
partner-feedback data), deletes their audit key (persistence/audit.py: the personal values in
audit rows become unreadable while the log stays append-only), keeps their phone and e-mail on
the do-not-call list as hashes only, and shreds their handoff packages in the outbox and the
drafts on this workstation. Counts, statuses of delivered leads, grades, handoff outcomes and
revenue stay, so report totals do not change; a lead that could still be called leaves every
queue (do-not-call). The consents given on the call stay: they name a channel, a yes or no,
a time, a rep and a script version, nothing about the person, and a "no" must keep counting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain.check_calls import CheckCallStatus
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    CallAttempt,
    CheckCall,
    ContactCorrection,
    DoNotCallEntry,
    Handoff,
    HandoffEvent,
    ImportBatch,
    Lead,
    Qualification,
    QualificationAnswer,
    TakenBackCall,
    Touch,
)
from qualifier_app.services.compliance import person_files
from qualifier_app.services.compliance.person_lookup import PersonQuery, find_person, rows_about
from qualifier_app.services.frame import Frame

ERASED = "[erased]"
# Leads that could still be called leave every queue; delivered and closed ones keep their
# status, so the closed loop and the reports stay as they were.
_STILL_WORKABLE = (
    LeadStatus.QUEUED.value,
    LeadStatus.CALLBACK.value,
    LeadStatus.NURTURE.value,
    LeadStatus.SALES_READY.value,
    LeadStatus.CHECK_CALL.value,
)
_LEAD_BLANKS: dict[str, Any] = {
    "first_name": "",
    "last_name": "",
    "person_key": "",
    "company": "",
    "company_key": "",
    "title": "",
    "phone_raw": "",
    "phone_e164": None,
    "phone_extension": None,
    "email_raw": "",
    "email_normalized": None,
    "website": "",
    "city": "",
    "postal_code": "",
    "inquiry": "",
    "field_sources": {},
    "status_reason": ERASED,
}


@dataclass(frozen=True)
class PersonExport:
    path: str
    leads: int
    rows: int


@dataclass(frozen=True)
class PersonErasure:
    lead_ids: tuple[int, ...]
    rows_changed: int
    keys_destroyed: int
    do_not_call_added: int
    files_shredded: int
    reject_lines_dropped: int


class PersonService:
    def __init__(
        self, db: Database, clock: Clock, *, outbox: Path, drafts: Path, data_dir: Path
    ) -> None:
        self._frame = Frame(db, clock)
        self._outbox = outbox
        self._drafts = drafts
        self._data_dir = data_dir

    def export(self, actor: Actor, query: PersonQuery, out: Path) -> PersonExport:
        """Every row about the person as JSON in a zip only its owner can read (0600)."""
        if out.suffix.lower() != ".zip":
            raise InvalidInput(
                message("{name}: a person's data is exported as a .zip file", name=out.name), "out"
            )
        if not out.parent.is_dir():
            raise InvalidInput(message("{parent}: no such folder", parent=out.parent), "out")
        with self._frame.change(actor, Action.EXPORT_PERSON) as change:
            session = change.session
            person = find_person(session, query)
            tables = rows_about(session, person.lead_ids)
            for row in tables["audit_log"]:
                row["before"], row["after"] = audit.reveal(session, [row["before"], row["after"]])
            tables["do_not_call"] = _dnc_rows(session, person.emails, person.phones)
            members: dict[str, Any] = {f"{name}.json": rows for name, rows in tables.items()}
            members["about.json"] = {
                "exported_at": change.now,
                "lead_ids": list(person.lead_ids),
                "rejected_import_rows": "not kept in the database: rejected rows are written "
                "to the import's rejects file only, purged after the retention period",
                "import_batches": _batches(session, person.lead_ids),
            }
            person_files.write_private_zip(out, members)
            count = sum(len(rows) for rows in tables.values())
            # No file name: officers name the file after the person, and this row outlives
            # the person's erasure (the log is append-only).
            change.audit(
                "person.exported",
                "person",
                person.lead_ids[0],
                after={"lead_ids": list(person.lead_ids), "rows": count},
            )
        return PersonExport(str(out), len(person.lead_ids), count)

    def request_erasure(self, actor: Actor, query: PersonQuery, reason: str) -> tuple[int, ...]:
        """A supervisor's request that an administrator erase the person: recorded in the
        audit (the administrators' audit view lists it), nothing else changes."""
        why = reason.strip()
        if not why:
            raise InvalidInput(message("say why the person is to be erased"), "reason")
        with self._frame.change(actor, Action.EXPORT_PERSON) as change:
            person = find_person(change.session, query)
            change.audit(
                "person.erasure_requested",
                "person",
                person.lead_ids[0],
                after={"lead_ids": list(person.lead_ids)},
                reason=why,
            )
        return person.lead_ids

    def erase(self, actor: Actor, query: PersonQuery, reason: str) -> PersonErasure:
        why = reason.strip()
        if not why:
            raise InvalidInput(message("say why the person is erased (--reason)"), "reason")
        with self._frame.change(actor, Action.ERASE_PERSON) as change:
            session = change.session
            sqlite = session.get_bind().dialect.name == "sqlite"
            if sqlite:  # freed and rewritten space is zeroed, not left holding the old bytes
                session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            person = find_person(session, query)
            ids = list(person.lead_ids)
            added = _keep_on_do_not_call(change, person.emails, person.phones)
            changed = self._scrub_rows(change, ids)
            keys = audit.destroy_keys(session, ids)
            handoffs = {
                handoff_id: request_id
                for handoff_id, request_id in session.execute(
                    select(Handoff.id, Handoff.request_id).where(Handoff.lead_id.in_(ids))
                )
            }
            rejects = [
                Path(p)
                for p in session.scalars(
                    select(ImportBatch.rejects_file).where(ImportBatch.rejects_file.is_not(None))
                )
                if p
            ]
            change.audit(
                "person.erased",
                "person",
                ids[0],
                after={"lead_ids": ids, "rows_changed": changed, "do_not_call_added": added},
                reason=why,
            )
        shredded = person_files.shred(
            [
                *person_files.outbox_copies(self._outbox, handoffs),
                *person_files.files_naming(self._outbox, person.identifiers),
                *person_files.drafts_of(self._drafts, ids),
                *person_files.files_naming(self._drafts, person.identifiers),
            ]
        )
        dropped = sum(
            person_files.scrub_lines(p, person.identifiers) for p in rejects if p.is_file()
        )
        if sqlite:
            with self._frame.db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return PersonErasure(tuple(ids), changed, keys, added, shredded, dropped)

    def _scrub_rows(self, change: Any, ids: list[int]) -> int:
        session: Session = change.session
        changed = 0
        leads = session.execute(select(Lead.id, Lead.status).where(Lead.id.in_(ids))).all()
        for lead_id, status in leads:
            values = dict(_LEAD_BLANKS)
            if status in _STILL_WORKABLE:
                values.update(
                    status=LeadStatus.DO_NOT_CALL.value,
                    lease_owner_id=None,
                    lease_expires_at=None,
                    leased_at=None,
                    next_call_at=None,
                    assigned_rep_id=None,
                )
            session.execute(
                update(Lead)
                .where(Lead.id == lead_id)
                .values(**values, updated_at=change.now, version=Lead.version + 1)
                .execution_options(synchronize_session=False)
            )
            new_status = values.get("status", status)
            change.audit(
                "lead.erased",
                "lead",
                lead_id,
                before={"status": status},
                after={"status": new_status},
            )
            changed += 1
        steps: list[Any] = [
            update(Touch).where(Touch.lead_id.in_(ids)).values(details={}),
            update(CallAttempt)
            .where(CallAttempt.lead_id.in_(ids), CallAttempt.notes != "")
            .values(notes=ERASED),
            # The number called: it goes on the do-not-call list (hashed), so no cap needs it.
            update(CallAttempt)
            .where(CallAttempt.lead_id.in_(ids), CallAttempt.number_e164.is_not(None))
            .values(number_e164=None),
            delete(TakenBackCall).where(TakenBackCall.lead_id.in_(ids)),
            update(Qualification)
            .where(Qualification.lead_id.in_(ids), Qualification.overrule_reason != "")
            .values(overrule_reason=ERASED),
            update(QualificationAnswer)
            .where(
                QualificationAnswer.qualification_id.in_(
                    select(Qualification.id).where(Qualification.lead_id.in_(ids))
                ),
                QualificationAnswer.value_text.is_not(None),
            )
            .values(value_text=ERASED),
            update(ContactCorrection)
            .where(ContactCorrection.lead_id.in_(ids))
            .values(old_value=ERASED, new_value=ERASED),
            update(Handoff).where(Handoff.lead_id.in_(ids)).values(why=ERASED, override_reason=""),
            update(HandoffEvent)
            .where(HandoffEvent.handoff_id.in_(select(Handoff.id).where(Handoff.lead_id.in_(ids))))
            .values(note="", data={}),
            update(CheckCall)
            .where(CheckCall.lead_id.in_(ids))
            .values(comments=ERASED, contacted_by="", follow_up_note=ERASED),
            # A check call still due is never made now: its lead left every queue above.
            update(CheckCall)
            .where(CheckCall.lead_id.in_(ids), CheckCall.status == CheckCallStatus.DUE)
            .values(
                status=CheckCallStatus.CANCELLED,
                why="the person was erased on request",
                version=CheckCall.version + 1,
            ),
        ]
        for step in steps:
            result = session.execute(step.execution_options(synchronize_session=False))
            changed += int(getattr(result, "rowcount", 0) or 0)
        return changed


def _keep_on_do_not_call(change: Any, emails: frozenset[str], phones: frozenset[str]) -> int:
    """The person's phone and e-mail go on the do-not-call list as hashes (if not already)."""
    session: Session = change.session
    added = 0
    for kind, values in ((DncKind.EMAIL, emails), (DncKind.PHONE, phones)):
        for value in sorted(values):
            key = dnc_hash(kind, value)
            listed = session.scalar(
                select(func.count())
                .select_from(DoNotCallEntry)
                .where(DoNotCallEntry.kind == kind.value, DoNotCallEntry.value_hash == key)
            )
            if listed:
                continue
            entry_id = session.execute(
                insert(DoNotCallEntry)
                .values(
                    kind=kind.value,
                    value_hash=key,
                    source="internal",
                    reason="person erased on request",
                    added_by_id=change.actor.audit_id if change.actor else None,
                    added_at=change.now,
                )
                .returning(DoNotCallEntry.id)
            ).scalar_one()
            change.audit(
                "do_not_call.added",
                "do_not_call",
                entry_id,
                after={"kind": kind.value, "value_hash": key, "source": "internal"},
                reason="person erased on request",
            )
            added += 1
    return added


def _dnc_rows(
    session: Session, emails: frozenset[str], phones: frozenset[str]
) -> list[dict[str, Any]]:
    hashes = [dnc_hash(DncKind.EMAIL, e) for e in emails] + [
        dnc_hash(DncKind.PHONE, p) for p in phones
    ]
    rows = session.execute(
        select(DoNotCallEntry.__table__).where(DoNotCallEntry.value_hash.in_(hashes))
    )
    return [dict(row._mapping) for row in rows]


def _batches(session: Session, lead_ids: tuple[int, ...]) -> list[dict[str, Any]]:
    rows = session.execute(
        select(ImportBatch.id, ImportBatch.file_name, ImportBatch.started_at)
        .where(ImportBatch.id.in_(select(Touch.import_batch_id).where(Touch.lead_id.in_(lead_ids))))
        .order_by(ImportBatch.id)
    )
    return [dict(row._mapping) for row in rows]
