"""Matching a window's rows: skip what an earlier run stored, index the stored leads that
may be the same person, and place every row as a new lead or a duplicate of one."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import select

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.matching import Match, Person
from qualifier_app.persistence.models import Lead, Touch
from qualifier_app.services.intake.import_run import Accepted, Target, Window
from qualifier_app.services.intake.scoring import LEADS
from qualifier_app.services.intake.window_merge import new_lead, touch
from qualifier_app.services.intake.window_store import MERGE_COLUMNS

MATCH_COLUMNS = [
    LEADS.c[name]
    for name in (
        "id",
        "email_normalized",
        "phone_e164",
        "company_key",
        "person_key",
        "first_name",
        "last_name",
        "country",
    )
]
STORED_COLUMNS = [
    LEADS.c[name]
    for name in (
        "id",
        *MERGE_COLUMNS,
        "source",
        "attempts",
        "lease_owner_id",
    )
]


def not_yet_imported(window: Window, accepted: list[Accepted]) -> list[Accepted]:
    keys = [item.dedupe_key for item in accepted]
    seen = set(
        window.session.execute(select(Touch.dedupe_key).where(Touch.dedupe_key.in_(keys)))
        .scalars()
        .all()
    )
    fresh = [item for item in accepted if item.dedupe_key not in seen]
    window.run.already += len(accepted) - len(fresh)
    return fresh


def load_candidates(window: Window, inquiries: Sequence[inq.Inquiry]) -> None:
    """Index the stored leads that share an exact key or a blocking key with a row of the
    window; only the columns matching needs, so large blocks stay cheap. A lead found only
    through a blocking key, in a country that none of the rows with that key agrees with,
    can never match (fuzzy matching needs the countries to agree) and is left out."""
    # key → the countries of the rows that have it (None: a row without a country)
    by_company: dict[str, set[str | None]] = {}
    by_person: dict[str, set[str | None]] = {}
    for i in inquiries:
        if i.company_key and i.last_name:
            by_company.setdefault(i.company_key, set()).add(i.country)
        if i.person_key and i.company_key:
            by_person.setdefault(i.person_key, set()).add(i.country)
    lookups: list[tuple[Any, Collection[str], Mapping[str, set[str | None]] | None]] = [
        (
            Lead.email_normalized,
            {i.email_normalized for i in inquiries if i.email_normalized},
            None,
        ),
        (Lead.phone_e164, {i.phone_e164 for i in inquiries if i.phone_e164}, None),
        (Lead.company_key, by_company.keys(), by_company),
        (Lead.person_key, by_person.keys(), by_person),
    ]
    seen: set[int] = set()
    for column, keys, countries_of in lookups:
        if not keys:
            continue
        rows = window.session.execute(
            select(column, *MATCH_COLUMNS).where(
                column.in_(sorted(keys)), Lead.status != LeadStatus.MERGED.value
            )
        )
        for key, lead_id, email, phone, company, person, first, last, country in rows:
            if lead_id in seen:
                continue
            if countries_of is not None and country is not None:
                countries = countries_of[key]
                if country not in countries and None not in countries:
                    continue
            seen.add(lead_id)
            window.index.add(Person(lead_id, email, phone, company, person, first, last, country))


def load_targets(window: Window, lead_ids: set[int]) -> None:
    """The stored leads rows of this window merge into, locked (on PostgreSQL) until the
    transaction commits."""
    if not lead_ids:
        return
    rows = window.session.execute(
        select(*STORED_COLUMNS)
        .where(Lead.id.in_(sorted(lead_ids)))
        .order_by(Lead.id)
        .with_for_update()
    ).mappings()
    for row in rows:
        stored: dict[str, Any] = dict(row)
        window.targets[row["id"]] = Target(stored, stored=True, lead_id=row["id"])


def place(window: Window, item: Accepted) -> Match | None:
    """Find who the row is; a new person becomes a new lead at once, so later rows of the
    window can match it. A duplicate's keys join the index under the lead it matched."""
    inquiry = item.inquiry
    if inquiry.flags:
        window.run.flagged += 1
    probe = Person(
        0,
        inquiry.email_normalized,
        inquiry.phone_e164,
        inquiry.company_key,
        inquiry.person_key,
        inquiry.first_name,
        inquiry.last_name,
        inquiry.country,
    )
    match = window.index.find(probe)
    if match is None:
        ref = -(len(window.targets) + 1)
        probe.ref = ref
        window.targets[ref] = Target(new_lead(window, item), stored=False)
        window.index.add(probe)
        window.run.imported += 1
        touch(window, ref, item, None)
        return None
    probe.ref = match.ref
    window.index.add(probe)
    return match
