"""Whether a lead may be called now, outside the queue (a lead taken from a lookup, the
rep's Call key): the same rules the claim applies, so no way round the queue reaches a
prospect the queue would not hand out."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from qualifier_app.domain.calling_rules import cap_shape, places_key
from qualifier_app.domain.do_not_call import DncKind
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.text import counted, message
from qualifier_app.domain.time_zones import places_of_phone, zones_for_lead
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.models import AuditEntry, Lead, RegistryNumber
from qualifier_app.services.compliance import do_not_call
from qualifier_app.services.compliance.consents import leads_that_said_no_to_calls
from qualifier_app.services.compliance.registries import stale_countries
from qualifier_app.services.queue.calling_profiles import (
    Profile,
    ProfileCache,
    capped_profiles,
    registry_country,
)
from qualifier_app.services.queue.calling_rules import RuleBookCache
from qualifier_app.services.queue.retry_rules import max_attempts_in_force
from qualifier_app.settings import QueuePolicy


class OutboundRules:
    """The calling profiles and place rules, kept for a minute as the claim keeps them."""

    def __init__(self, policy: QueuePolicy) -> None:
        self._policy = policy
        self._profiles = ProfileCache()
        self._rules = RuleBookCache(policy)

    def profile(self, session: Session, now: datetime, profile_id: int) -> Profile | None:
        book = self._rules.get(session, now)
        return self._profiles.get(session, now, must_have=profile_id, book=book).get(profile_id)

    def why_not_now(self, session: Session, lead: Lead, now: datetime) -> str | None:
        """Why an outbound call to `lead` may not be made at `now` (the database's time):
        its calling window, its attempts, and queue_sql.lawful() (national registries, stale
        registry snapshots, per-number call caps) as the claim checks them; None when it may."""
        profile = self.profile(session, now, lead.calling_profile_id)
        if profile is not None and not profile.is_open(now):
            opening = profile.next_opening(now)
            when = f"; it opens at {opening:%Y-%m-%d %H:%M} UTC" if opening else ""
            return message(
                (
                    "lead {id} is outside its calling window ({text}){when}. If the "
                    "prospect is calling you, take it as an inbound call"
                ),
                id=lead.id,
                text=profile.window.text(),
                when=when,
            )
        cap = max_attempts_in_force(session, self._policy)
        if lead.attempts >= cap:
            return counted(
                cap,
                "lead {id} has had its {count} attempt",
                "lead {id} has had all {count} attempts",
                id=lead.id,
            )
        return _unlawful(session, lead, profile, now)

    def why_not_dial(
        self,
        session: Session,
        lead_id: int,
        rep_id: int,
        now: datetime,
        number: str | None = None,
    ) -> str | None:
        """Why the rep may not dial the lead they have open, at `now` (the database's time):
        it is no longer theirs (the lease ran out, a team lead took it, it went do-not-call
        meanwhile), or calling it now breaks a rule (why_not_now); None when they may.
        `number` is the E.164 number to be dialled when it is not the stored one (the rep's
        unsaved correction): it is judged too (why_not_number)."""
        lead = session.get(Lead, lead_id)
        if lead is None:
            return message("there is no lead {lead_id}", lead_id=lead_id)
        status = LeadStatus(lead.status)
        if status is LeadStatus.DO_NOT_CALL:
            return message("lead {id} is on do-not-call: it may not be called", id=lead.id)
        held = lead.lease_owner_id == rep_id and (
            lead.lease_expires_at is not None and lead.lease_expires_at > now
        )
        if not held or status not in CLAIMABLE:
            return message(
                "lead {id} is no longer yours to call ({status}); take the next lead",
                id=lead.id,
                status=status.label,
            )
        if leads_that_said_no_to_calls(session, [lead.id]) and not taken_inbound(session, lead):
            return message(
                (
                    "the prospect of lead {id} said no to phone calls: it may not be called. "
                    "If the prospect is calling you, take it as an inbound call"
                ),
                id=lead.id,
            )
        if number is not None and number != lead.phone_e164:
            refusal = self.why_not_number(session, lead, number, now)
            if refusal is not None:
                return refusal
        return self.why_not_now(session, lead, now)

    def why_not_number(
        self, session: Session, lead: Lead, number: str, now: datetime
    ) -> str | None:
        """Why `number` (E.164), not yet the lead's stored one, may not be dialled for `lead`
        now: on the internal do-not-call list, on a national registry or under a stale one,
        or outside the window in one of its zones or the lead's (where the lead is, as far as
        anyone knows, is both: the window must be safe in every zone of either)."""
        if do_not_call.is_listed(session, DncKind.PHONE, number):
            return message(
                "the number {number} is on the do-not-call list: it may not be called",
                number=number,
            )
        on_registry = session.execute(
            select(RegistryNumber.number).where(RegistryNumber.number == int(number[1:]))
        ).first()
        if on_registry is not None:
            return message(
                "the number {number} is on the national do-not-call registry: it may not be called",
                number=number,
            )
        phone_places = places_of_phone(number)
        blocked, why_blocked = stale_countries(session, now)
        if registry_country(phone_places, lead.country) in blocked:
            return message(
                "the number {number} may not be called now: {why}",
                number=number,
                why="; ".join(why_blocked),
            )
        profile = self.profile(session, now, lead.calling_profile_id)
        zones = set(zones_for_lead(number, lead.country, lead.region))
        rules = [
            self._rules.get(session, now).rule_for(
                places_key(lead.country, lead.region, phone_places)
            )
        ]
        if profile is not None:
            zones.update(profile.zones)
            rules.append(profile.place_rule)
        for rule in rules:
            why = rule.why_closed(sorted(zones), now)
            if why is not None:
                return message(
                    "the number {number} may not be called now: {why}", number=number, why=why
                )
        for rule in rules:
            for hours, calls in cap_shape([rule]):
                made = session.execute(
                    select(queue_sql.calls_to_number_since(number, now - timedelta(hours=hours)))
                ).scalar_one()
                if made >= calls:
                    return message(
                        (
                            "the number {number} has had as many calls as {place} allows "
                            "(at most {limits}): call it later"
                        ),
                        number=number,
                        place=rule.label,
                        limits=rule.limits(),
                    )
        return None


def taken_inbound(session: Session, lead: Lead) -> bool:
    """Whether the lease `lead` is held under was taken for an inbound call (the prospect
    called: lookup.take_found writes it so in its audit entry)."""
    if lead.leased_at is None or lead.lease_owner_id is None:
        return False
    after = session.execute(
        select(AuditEntry.after)
        .where(
            AuditEntry.action == "lead.taken",
            AuditEntry.entity_type == "lead",
            AuditEntry.entity_id == str(lead.id),
            AuditEntry.actor_id == lead.lease_owner_id,
            AuditEntry.at >= lead.leased_at,
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).scalar()
    return bool(after and after.get("inbound"))


def _unlawful(session: Session, lead: Lead, profile: Profile | None, now: datetime) -> str | None:
    blocked, why_blocked = stale_countries(session, now)
    places = [profile] if profile is not None else []
    caps = cap_shape(p.place_rule for p in places)
    if _passes(session, lead.id, queue_sql.lawful(blocked, caps), now, places, caps):
        return None
    if not _passes(session, lead.id, ~queue_sql.under_stale_registry(blocked), now, [], ()):
        return message(
            "lead {id} may not be called now: {why}", id=lead.id, why="; ".join(why_blocked)
        )
    if not _passes(session, lead.id, queue_sql.lawful((), ()), now, [], ()):
        return message(
            "lead {id}'s number is on the national do-not-call registry: it may not be called",
            id=lead.id,
        )
    assert profile is not None  # only a place's cap is left
    rule = profile.place_rule
    return message(
        (
            "lead {id}'s number has had as many calls as {place} allows (at most {limits}, "
            "counting every lead with this number): call it later"
        ),
        id=lead.id,
        place=rule.label,
        limits=rule.limits(),
    )


def _passes(
    session: Session,
    lead_id: int,
    condition: ColumnElement[bool],
    now: datetime,
    places: list[Profile],
    caps: tuple[tuple[int, int], ...],
) -> bool:
    found = session.execute(
        select(Lead.id).where(Lead.id == lead_id, condition),
        queue_sql.cap_params(now, capped_profiles(places, caps)),
    ).first()
    return found is not None
