"""Enriching, do-not-call and scoring: what a window's leads are worth and where they queue."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.lifecycle import LeadStatus, can_move
from qualifier_app.domain.scoring import score
from qualifier_app.persistence.models import DoNotCallEntry
from qualifier_app.persistence.turns import reading_do_not_call_list
from qualifier_app.services.intake.enrichment import FirmographicIndex, enrich
from qualifier_app.services.intake.import_run import Target, Window
from qualifier_app.services.intake.scoring import facts_of, is_not_worked


def enrich_new(window: Window) -> None:
    new = [t.values for t in window.targets.values() if not t.stored]
    wanting = [lead for lead in new if _lacks_firmographics(lead)]
    if not wanting:
        return
    firmographics = FirmographicIndex.for_leads(window.session, wanting)
    for lead in wanting:
        if enrich(lead, firmographics):
            window.run.enriched += 1


def mark_do_not_call(window: Window) -> None:
    hashes: dict[str, list[Target]] = {}
    for target in window.targets.values():
        lead = target.values
        # The lead's own phone and e-mail, and those a duplicate merged into it brought
        # without the lead taking them: the same person asked not to be contacted there.
        phones = {lead.get("phone_e164"), *target.brought_phones} - {None, ""}
        emails = {lead.get("email_normalized"), *target.brought_emails} - {None, ""}
        for kind, values in ((DncKind.PHONE, phones), (DncKind.EMAIL, emails)):
            for value in values:
                hashes.setdefault(dnc_hash(kind, str(value)), []).append(target)
    if not hashes:
        return
    reading_do_not_call_list(window.session)
    listed = window.session.execute(
        select(DoNotCallEntry.value_hash).where(DoNotCallEntry.value_hash.in_(list(hashes)))
    ).scalars()
    for value_hash in listed:
        for target in hashes[value_hash]:
            lead = target.values
            current = LeadStatus(lead["status"])
            if current is LeadStatus.DO_NOT_CALL or not can_move(current, LeadStatus.DO_NOT_CALL):
                continue
            if target.stored:
                for name in ("status", "status_reason", "queue_id"):
                    target.before.setdefault(name, lead.get(name))
            lead["status"] = LeadStatus.DO_NOT_CALL.value
            lead["status_reason"] = "phone or e-mail is on the do-not-call list"
            lead["queue_id"] = None


def score_leads(window: Window) -> None:
    rules = window.run.rules
    for target in window.targets.values():
        lead = target.values
        # A stored lead is re-scored only when this window changed it and nobody has
        # worked it yet; a worked lead keeps its queue.
        if target.stored and not (target.before and is_not_worked(lead)):
            continue
        campaign = window.campaign_names.get(lead.get("campaign_id") or 0)
        result = score(facts_of(lead, campaign), rules, window.now)
        changes: dict[str, Any] = {"score": result.score, "segment": result.segment}
        if lead["status"] == LeadStatus.QUEUED.value:
            changes["queue_id"] = window.queues.id_for(window.session, result.queue)
        if target.stored:
            for name in changes:
                target.before.setdefault(name, lead.get(name))
        lead.update(changes)


def _lacks_firmographics(lead: Mapping[str, Any]) -> bool:
    return (
        lead.get("employees") is None
        or lead.get("annual_revenue") is None
        or (not lead.get("industry"))
    )
