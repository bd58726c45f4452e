"""A window's new leads and merges: the lead a new person becomes, what a duplicate adds to
the lead it matched, the touch every row leaves, and where a lead's calling hours come from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from qualifier_app.domain.calling_rules import places_key
from qualifier_app.domain.calling_window import zones_key
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.matching import Match, MatchRule
from qualifier_app.domain.merge import plan_merge
from qualifier_app.domain.time_zones import (
    places_of_phone,
    resolve,
    zones_for_address,
    zones_for_phone,
)
from qualifier_app.persistence import audit
from qualifier_app.services.admin import campaigns
from qualifier_app.services.intake.import_run import Accepted, Window, new_campaign
from qualifier_app.services.queue.calling_profiles import profile_id_for, registry_country
from qualifier_app.services.queue.calling_rules import rule_book


def new_lead(window: Window, item: Accepted) -> dict[str, Any]:
    inquiry = item.inquiry
    lead = inquiry.lead_fields()
    campaign_id, channel = campaign_of(window, item.campaign)
    inquired_at = inquiry.inquired_at or window.now
    lead.update(
        source=(inquiry.source or channel or "import")[:60],
        campaign_id=campaign_id,
        field_sources={},
        touches=1,
        attempts=0,
        lease_owner_id=None,
        status=LeadStatus.QUEUED.value,
        status_reason="",
        grade=None,
        consent_source=(inquiry.source or window.run.file_name)[:120]
        if inquiry.consent != "unknown"
        else "",
        consent_at=inquired_at if inquiry.consent != "unknown" else None,
        inquired_at=inquired_at,
        created_at=window.now,
        updated_at=window.now,
        version=1,
    )
    place_in_time(window, lead, inquiry.phone_zones)
    return lead


def merge(window: Window, match: Match, item: Accepted) -> None:
    target = window.targets[match.ref]
    inquiry = item.inquiry
    lead = target.values
    incoming = inquiry.lead_fields()
    plan = plan_merge(lead, incoming)
    where = f"inquiry import {window.run.batch_id} ({window.run.file_name}) row {inquiry.row}"
    changes = dict(plan.changes)
    sources = dict(lead.get("field_sources") or {})
    for name in plan.changed_fields:
        sources[name] = where
    if plan.changed_fields:
        changes["field_sources"] = sources
    if "consent" in plan.changes:
        changes["consent_source"] = (inquiry.source or window.run.file_name)[:120]
        changes["consent_at"] = inquiry.inquired_at or window.now
    if lead.get("campaign_id") is None and item.campaign:
        changes["campaign_id"] = campaign_of(window, item.campaign)[0]
    # Recency counts the newest dated interest; an undated row says nothing about when.
    if inquiry.inquired_at is not None and inquiry.inquired_at > lead["inquired_at"]:
        changes["inquired_at"] = inquiry.inquired_at
    changes["touches"] = int(lead.get("touches") or 1) + 1
    if incoming.get("phone_e164"):
        target.brought_phones.add(str(incoming["phone_e164"]))
    if incoming.get("email_normalized"):
        target.brought_emails.add(str(incoming["email_normalized"]))
    if target.stored:
        for name in changes:
            target.before.setdefault(name, lead.get(name))
    lead.update(changes)
    if {"phone_e164", "country", "region"} & plan.changes.keys():
        place_in_time(window, lead, zones_for_phone(lead.get("phone_e164")))
    window.run.merged += 1
    shown = {name: changes[name] for name in plan.changed_fields if name in changes}
    touch(window, match.ref, item, match.rule, plan.conflicts, plan.changed_fields)
    window.audits.append(
        (
            match.ref,
            "lead.merged",
            {name: target.before.get(name) for name in shown} if target.stored else None,
            {**shown, "touches": lead["touches"]},
            f"duplicate by {match.rule.label}: {where}",
        )
    )


def touch(
    window: Window,
    ref: int,
    item: Accepted,
    rule: MatchRule | None,
    conflicts: Mapping[str, Any] | None = None,
    changed: Sequence[str] = (),
) -> None:
    inquiry = item.inquiry
    details: dict[str, Any] = {"file": window.run.file_name, "row": inquiry.row}
    if rule is not None:
        details["matched_by"] = rule.label
    if inquiry.product_interest:
        details["product_interest"] = inquiry.product_interest
    if inquiry.inquiry:
        details["inquiry"] = inquiry.inquiry
    if changed:
        details["filled"] = list(changed)
    if conflicts:
        # Differing values are kept here, never written over the lead's own.
        details["not_taken"] = audit.plain(dict(conflicts))
    if inquiry.contact_columns:
        details["contact_columns"] = dict(inquiry.contact_columns)
    if inquiry.other_contacts:
        # The lead holds one phone and one e-mail; the row's other valid ones stay here.
        details["other_contacts"] = [
            {"field": other.field, "column": other.column, "value": other.value}
            for other in inquiry.other_contacts
        ]
    if inquiry.country_assumed:
        # The row named no country: its phone and dates were read as written there.
        details["country_assumed"] = inquiry.country_assumed
    if inquiry.flags:
        details["flags"] = [
            {"column": p.column, "value": p.value, "reason": p.reason} for p in inquiry.flags
        ]
    source = inquiry.source or campaign_of(window, item.campaign)[1] or "import"
    window.touches.append(
        (
            ref,
            {
                "kind": source[:30],
                "source": source[:120],
                "campaign_id": campaign_of(window, item.campaign)[0],
                "occurred_at": inquiry.inquired_at or window.now,
                "import_batch_id": window.run.batch_id,
                "dedupe_key": item.dedupe_key,
                "details": details,
            },
        )
    )


def campaign_of(window: Window, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, ""
    key = campaigns.name_key(name)
    found = window.run.campaigns.get(key)
    if found is None:
        found = new_campaign(window.session, name, window.now, window.run.actor_id)
        window.run.campaigns[key] = found
        window.campaign_names[found[0]] = name
    return found[0], found[1] if found[1] != "import" else ""


def place_in_time(window: Window, lead: dict[str, Any], phone_zones: Iterable[str]) -> None:
    country, region = lead.get("country"), lead.get("region")
    zones = resolve(phone_zones, zones_for_address(country, region))
    zones = zones or window.market
    phone_places = places_of_phone(lead.get("phone_e164"))
    places = places_key(country, region, phone_places)
    hours = rule_book(window.session, window.policy).rule_for(places).window
    number_country = registry_country(phone_places, country)
    key = (zones_key(zones), hours.start_minute, hours.end_minute, places, number_country)
    profile = window.run.profiles.get(key)
    if profile is None:
        profile = profile_id_for(window.session, zones, hours, places, number_country)
        window.run.profiles[key] = profile
    lead["time_zones"] = key[0]
    lead["calling_profile_id"] = profile
