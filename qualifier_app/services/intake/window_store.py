"""Storing a window: new leads, merged leads, touches and audit rows, each in one bulk write."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy.orm import Session

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.persistence import audit
from qualifier_app.persistence.bulk import reserve_ids, write_rows
from qualifier_app.persistence.models import AuditEntry, Touch
from qualifier_app.services.intake.import_run import Target, Window
from qualifier_app.services.intake.scoring import LEADS, audit_row

# Columns a merge may write back to a stored lead (always the same set: one executemany).
MERGE_COLUMNS = (
    *inq.LEAD_COLUMNS,
    "time_zones",
    "calling_profile_id",
    "campaign_id",
    "consent_source",
    "consent_at",
    "field_sources",
    "touches",
    "inquired_at",
    "score",
    "segment",
    "queue_id",
    "status",
    "status_reason",
    "updated_at",
    "version",
)
NEW_LEAD_COLUMNS = (
    "id",
    *MERGE_COLUMNS,
    "source",
    "attempts",
    "grade",
    "created_at",
)
TOUCH_COLUMNS = (
    "lead_id",
    "kind",
    "source",
    "campaign_id",
    "occurred_at",
    "import_batch_id",
    "dedupe_key",
    "details",
)
AUDIT_COLUMNS = (
    "at",
    "actor_id",
    "action",
    "entity_type",
    "entity_id",
    "before",
    "after",
    "reason",
)
TOUCHES: Table = Touch.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]


def store(window: Window) -> None:
    new_refs = [ref for ref, target in window.targets.items() if not target.stored]
    lead_ids: dict[int, int] = {
        ref: target.lead_id
        for ref, target in window.targets.items()
        if target.stored and target.lead_id is not None
    }
    if new_refs:
        ids = reserve_ids(window.session, LEADS, len(new_refs))
        for ref, lead_id in zip(new_refs, ids, strict=True):
            lead_ids[ref] = lead_id
            lead = window.targets[ref].values
            lead["id"] = lead_id
            if lead["status"] == LeadStatus.DO_NOT_CALL.value:
                window.run.do_not_call += 1
            else:
                window.run.queues[window.queues.names.get(lead["queue_id"], "")] += 1
        _write(
            window.session,
            LEADS,
            NEW_LEAD_COLUMNS,
            [window.targets[ref].values for ref in new_refs],
        )
    changed = [t for t in window.targets.values() if t.stored and t.before]
    if changed:
        window.session.execute(
            LEADS.update()
            .where(LEADS.c.id == bindparam("b_id"), LEADS.c.version == bindparam("b_version"))
            .values({name: bindparam(name) for name in MERGE_COLUMNS}),
            [_merge_params(target, window.now) for target in changed],
        )
    for ref, touch in window.touches:
        touch["lead_id"] = lead_ids[ref]
    _write(window.session, TOUCHES, TOUCH_COLUMNS, [touch for _, touch in window.touches])
    audits = [
        audit_row(
            window.now,
            window.run.actor_id,
            "lead.created",
            lead_ids[ref],
            None,
            _created_after(window.targets[ref].values),
            f"inquiry import {window.run.batch_id} ({window.run.file_name})",
        )
        for ref in new_refs
    ]
    audits.extend(
        audit_row(window.now, window.run.actor_id, action, lead_ids[ref], before, after, why)
        for ref, action, before, after, why in window.audits
    )
    for target in changed:
        if target.values["status"] == LeadStatus.DO_NOT_CALL.value and (
            target.before.get("status") not in (None, LeadStatus.DO_NOT_CALL.value)
        ):
            audits.append(
                audit_row(
                    window.now,
                    window.run.actor_id,
                    "lead.do_not_call",
                    target.lead_id or 0,
                    {"status": target.before["status"]},
                    {"status": LeadStatus.DO_NOT_CALL.value},
                    "a duplicate inquiry brought a phone or e-mail on the do-not-call list",
                )
            )
    audit.seal_rows(window.session, audits)  # merged names, phones … never in the clear
    _write(window.session, AUDIT, AUDIT_COLUMNS, audits)


def _write(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Bulk-insert rows given as mappings; a column a row does not mention is stored as NULL."""
    if rows:
        write_rows(session, table, columns, (tuple(row.get(c) for c in columns) for row in rows))


def _merge_params(target: Target, now: datetime) -> dict[str, Any]:
    lead = target.values
    params = {name: lead.get(name) for name in MERGE_COLUMNS}
    params["b_id"] = target.lead_id
    params["b_version"] = lead["version"]
    # A lead someone is calling keeps its version: another touch or a field filled in is no
    # change to the work in their hands, and their outcome must still save (it checks the
    # version). Taking the lead out (do not call) is one, and bumps it.
    working = lead.get("lease_owner_id") is not None and "status" not in target.before
    params["version"] = lead["version"] + (0 if working else 1)
    params["updated_at"] = now
    return params


def _created_after(lead: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "status": lead["status"],
        "queue_id": lead.get("queue_id"),
        "score": lead.get("score"),
        "segment": lead.get("segment"),
    }
