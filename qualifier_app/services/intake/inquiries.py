"""Importing inquiries: read, validate, normalize, match, merge, enrich, score and queue.

Rows are read and normalized without the database, then matched a window at a time and
stored a chunk (several windows) at a time: one transaction per chunk, bulk inserts (COPY on
PostgreSQL, executemany on SQLite; see persistence/bulk.py) and never one ORM commit per row.
Every accepted row leaves a touch whose
`dedupe_key` is derived from the row itself, so an import that was interrupted can simply be
run again: the rows already stored are recognised and skipped.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.calling_window import zones_key
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import ContactChecks
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus, can_move
from qualifier_app.domain.matching import Match, MatchIndex, MatchRule, Person
from qualifier_app.domain.merge import plan_merge
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.scoring import score
from qualifier_app.domain.time_zones import resolve, zones_for_address, zones_for_phone
from qualifier_app.integrations import tabular
from qualifier_app.integrations.tabular import count_rows, read_table
from qualifier_app.persistence import audit
from qualifier_app.persistence.bulk import reserve_ids, write_rows
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    AuditEntry,
    Campaign,
    DoNotCallEntry,
    ImportBatch,
    Lead,
    Touch,
)
from qualifier_app.services.admin import campaigns
from qualifier_app.services.intake.dto import ImportPreview, ImportProgress, ImportSummary
from qualifier_app.services.intake.enrichment import FirmographicIndex, enrich
from qualifier_app.services.intake.rejects import Reject, write_rejects
from qualifier_app.services.intake.scoring import (
    LEADS,
    QueueDirectory,
    RulesSource,
    audit_row,
    campaign_names,
    checked,
    facts_of,
    is_not_worked,
)
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.queue.calling_profiles import profile_id_for
from qualifier_app.settings import QueuePolicy

# Rows committed together (one transaction)…
CHUNK_ROWS = 5000
# …and matched together (and reported to the progress bar): a duplicate's other keys (a
# second e-mail, another phone) help find further duplicates within its window only, so the
# window, not the transaction, decides what matches. Committing several windows at once
# writes each index page once, not once per window; the SQLite write lock is held a second or
# two at a time.
WINDOW_ROWS = 1000
Progress = Callable[[ImportProgress], None]
Cancelled = Callable[[], bool]

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
_MATCH_COLUMNS = [
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
TOUCHES: Table = Touch.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
_STORED_COLUMNS = [
    LEADS.c[name]
    for name in (
        "id",
        *MERGE_COLUMNS,
        "source",
        "attempts",
        "lease_owner_id",
    )
]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_mapping_file(path: Path) -> dict[str, str | None]:
    """A column mapping: {"column header in the file": "inquiry field" or null to ignore}."""
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        raise InvalidInput(f"the mapping file {path} does not exist", "mapping") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"the mapping file {path.name} is not JSON: {exc}", "mapping") from None
    if not isinstance(data, dict) or not all(
        isinstance(value, str | None) for value in data.values()
    ):
        raise InvalidInput(
            f'{path.name}: a mapping is an object like {{"Column header": "email"}}', "mapping"
        )
    return {str(key): value for key, value in data.items()}


@dataclass
class _Run:
    """What one import run knows and counts while it goes through the chunks."""

    batch_id: int
    file_name: str
    actor_id: int | None
    now: datetime
    rules: Mapping[str, Any]
    mapping: list[str | None]
    columns: dict[str, str]
    campaign: tuple[int, str, str] | None  # the --campaign: id, name, channel
    total: int
    rows: int = 0
    imported: int = 0
    merged: int = 0
    rejected: int = 0
    already: int = 0
    flagged: int = 0
    do_not_call: int = 0
    enriched: int = 0
    queues: Counter[str] = field(default_factory=Counter)
    rejects: list[Reject] = field(default_factory=list)
    occurrences: Counter[tuple[str, str]] = field(default_factory=Counter)
    profiles: dict[tuple[str, int, int], int] = field(default_factory=dict)
    campaigns: dict[str, tuple[int, str]] = field(default_factory=dict)  # name → id, channel
    checks: ContactChecks = field(default_factory=ContactChecks)

    def progress(self) -> ImportProgress:
        return ImportProgress(self.rows, self.total, self.imported, self.merged, self.rejected)


@dataclass
class _Accepted:
    """An accepted row on its way into the database."""

    inquiry: inq.Inquiry
    dedupe_key: str
    campaign: str | None


@dataclass
class _Target:
    """A lead that rows of this window create or merge into: stored already, or new."""

    values: dict[str, Any]
    stored: bool
    before: dict[str, Any] = field(default_factory=dict)  # stored values the window changed
    lead_id: int | None = None


class IntakeService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policy: QueuePolicy,
        rules: RulesSource = load_rules,
        data_dir: Path | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._policy = policy
        self._rules = rules
        self._data_dir = data_dir or Path.cwd()

    # --- preview ----------------------------------------------------------------------------

    def preview(
        self,
        actor: Actor,
        path: Path,
        mapping: Mapping[str, str | None] | None = None,
        rows: int = 20,
    ) -> ImportPreview:
        """The file's first rows and the mapping its headers suggest (for the wizard)."""
        require(actor, Action.IMPORT_INQUIRIES)
        with read_table(path) as table:
            columns = inq.suggest_mapping(table.header)
            if mapping:
                columns = inq.apply_overrides(table.header, columns, mapping)
            sample = tuple(tuple(row) for row in islice(table.rows, rows))
        return ImportPreview(
            file_name=path.name,
            header=tuple(table.header),
            rows=sample,
            mapping=tuple(columns),
            fields=tuple((spec.name, spec.label) for spec in inq.FIELDS),
            encoding=table.encoding,
            delimiter=table.delimiter,
            total_rows=count_rows(path),
        )

    # --- import -----------------------------------------------------------------------------

    def import_inquiries(
        self,
        actor: Actor,
        path: Path,
        *,
        campaign: str | None = None,
        mapping: Mapping[str, str | None] | None = None,
        rules: Mapping[str, Any] | None = None,
        rejects_path: Path | None = None,
        progress: Progress | None = None,
        cancel: Cancelled | None = None,
        chunk_rows: int = CHUNK_ROWS,
    ) -> ImportSummary:
        require(actor, Action.IMPORT_INQUIRIES)
        rules = checked(rules if rules is not None else self._rules())
        campaign = (campaign or "").strip() or None
        if campaign and len(campaign) > 120:
            raise InvalidInput("the campaign name is longer than 120 characters", "campaign")
        with read_table(path) as table:
            columns = inq.suggest_mapping(table.header)
            if mapping:
                columns = inq.apply_overrides(table.header, columns, mapping)
            inq.check_mapping(table.header, columns)
            run = self._start(actor, path, campaign, rules, columns, table.header, count_rows(path))
            return self._run(run, table, path, rejects_path, progress, cancel, chunk_rows)

    def _run(
        self,
        run: _Run,
        table: tabular.Table,
        path: Path,
        rejects_path: Path | None,
        progress: Progress | None,
        cancel: Cancelled | None,
        chunk_rows: int,
    ) -> ImportSummary:
        assert table.numbered is not None
        try:
            for chunk in _chunks(table.numbered, chunk_rows):
                if cancel is not None and cancel():
                    break
                # Validated before the transaction starts: the write lock is held for storing.
                items = [self._read(run, number, cells) for number, cells in chunk]
                if self._import_chunk(run, items, progress, cancel):
                    break
                if progress is not None:
                    progress(run.progress())
            else:
                return self._finish(run, path, rejects_path, "finished")
            return self._finish(run, path, rejects_path, "cancelled")
        except BaseException:
            self._finish(run, path, rejects_path, "failed")
            raise

    def _start(
        self,
        actor: Actor,
        path: Path,
        campaign: str | None,
        rules: Mapping[str, Any],
        columns: list[str | None],
        header: Sequence[str],
        total: int,
    ) -> _Run:
        now = self._clock.now()
        digest = file_sha256(path)
        with self._db.unit_of_work() as uow:
            session = uow.session
            known = {
                name: (cid, channel)
                for cid, name, channel in session.execute(
                    select(Campaign.id, Campaign.name, Campaign.channel)
                )
            }
            chosen = None
            if campaign:
                cid, channel = known.get(campaign) or self._new_campaign(
                    session, campaign, now, actor.audit_id
                )
                known[campaign] = (cid, channel)
                chosen = (cid, campaign, channel)
            batch = ImportBatch(
                kind="inquiries",
                file_name=path.name[:300],
                file_sha256=digest,
                campaign_id=chosen[0] if chosen else None,
                started_by_id=actor.audit_id,
                started_at=now,
                status="running",
            )
            session.add(batch)
            session.flush()
            uow.commit()
        return _Run(
            batch_id=batch.id,
            file_name=path.name,
            actor_id=actor.audit_id,
            now=now,
            rules=rules,
            mapping=columns,
            columns={name: header[i] for i, name in enumerate(columns) if name},
            campaign=chosen,
            total=total,
            campaigns=known,
        )

    def _new_campaign(
        self, session: Session, name: str, now: datetime, actor_id: int | None
    ) -> tuple[int, str]:
        created = campaigns.create(
            session,
            name,
            now=now,
            actor_id=actor_id,
            channel="import",
            reason="named by an inquiry import",
        )
        return created.id, created.channel

    def _read(self, run: _Run, number: int, cells: list[str]) -> _Accepted | inq.Rejected:
        values = {
            name: (cells[index] if index < len(cells) else "")
            for index, name in enumerate(run.mapping)
            if name
        }
        result = inq.read_inquiry(number, values, run.columns, run.now, run.checks)
        if isinstance(result, inq.Rejected):
            return result
        campaign = run.campaign[1] if run.campaign else (result.campaign or None)
        # The n-th identical row of a file is its own touch; the same n-th row seen again
        # (an interrupted import run twice) has the same key and is skipped.
        occurrence_key = (result.content_key, campaign or "")
        run.occurrences[occurrence_key] += 1
        seed = f"{result.content_key}|{campaign or ''}|{run.occurrences[occurrence_key]}"
        return _Accepted(result, hashlib.sha256(seed.encode()).hexdigest(), campaign)

    def _import_chunk(
        self,
        run: _Run,
        chunk: list[_Accepted | inq.Rejected],
        progress: Progress | None,
        cancel: Cancelled | None,
    ) -> bool:
        """Match and store the rows of one chunk in one transaction, a window at a time.
        Progress is reported, and Cancel honoured, after every window; True when cancelled
        (the windows done so far are kept)."""
        cancelled = False
        with self._db.unit_of_work() as uow:
            session = uow.session
            for start in range(0, len(chunk), WINDOW_ROWS):
                if start:
                    if progress is not None:
                        progress(run.progress())
                    if cancel is not None and cancel():
                        cancelled = True
                        break
                window = chunk[start : start + WINDOW_ROWS]
                run.rows += len(window)
                accepted = self._accepted(run, window)
                if accepted:
                    _WindowWriter(self, run, session).write(accepted)
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == run.batch_id)
                .values(
                    rows=run.rows,
                    imported=run.imported,
                    merged=run.merged,
                    rejected=run.rejected,
                )
            )
            uow.commit()
        return cancelled

    def _accepted(self, run: _Run, rows: list[_Accepted | inq.Rejected]) -> list[_Accepted]:
        accepted: list[_Accepted] = []
        for item in rows:
            if isinstance(item, inq.Rejected):
                run.rejected += 1
                run.rejects.extend(
                    (item.row, problem.column, problem.value, problem.reason)
                    for problem in item.problems
                )
            else:
                accepted.append(item)
        return accepted

    def _finish(
        self, run: _Run, source: Path, rejects_path: Path | None, status: str
    ) -> ImportSummary:
        rejects_file = write_rejects(run.rejects, source, self._data_dir, rejects_path)
        summary = ImportSummary(
            batch_id=run.batch_id,
            file=run.file_name,
            rows=run.rows,
            imported=run.imported,
            merged=run.merged,
            rejected=run.rejected,
            rejects_file=rejects_file,
            already_imported=run.already,
            flagged=run.flagged,
            do_not_call=run.do_not_call,
            enriched=run.enriched,
            cancelled=status == "cancelled",
            campaign=run.campaign[1] if run.campaign else None,
            queues=dict(sorted(run.queues.items())),
        )
        with self._db.unit_of_work() as uow:
            uow.session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == run.batch_id)
                .values(
                    status=status,
                    finished_at=self._clock.now(),
                    rows=run.rows,
                    imported=run.imported,
                    merged=run.merged,
                    rejected=run.rejected,
                    rejects_file=rejects_file,
                )
            )
            audit.record(
                uow.session,
                at=self._clock.now(),
                actor_id=run.actor_id,
                action=f"inquiries.import_{status}",
                entity_type="import_batch",
                entity_id=run.batch_id,
                after={
                    "file": run.file_name,
                    "rows": run.rows,
                    "imported": run.imported,
                    "merged": run.merged,
                    "rejected": run.rejected,
                    "already_imported": run.already,
                    "do_not_call": run.do_not_call,
                },
            )
            uow.commit()
        return summary


class _WindowWriter:
    """Matches, merges, enriches, scores and stores the accepted rows of one window."""

    def __init__(self, service: IntakeService, run: _Run, session: Session) -> None:
        self.service = service
        self.run = run
        self.session = session
        self.now = run.now
        self.policy = service._policy
        self.queues = QueueDirectory(session, run.now, run.actor_id)
        self.campaign_names = campaign_names(session)
        self.targets: dict[int, _Target] = {}  # ref → target; stored: lead id, new: negative
        self.index = MatchIndex()
        self.touches: list[tuple[int, dict[str, Any]]] = []  # (ref, touch row)
        self.audits: list[tuple[int, str, dict[str, Any] | None, dict[str, Any], str]] = []

    # The order of the work: nothing is written until every row of the window is placed.
    def write(self, accepted: list[_Accepted]) -> None:
        fresh = self._not_yet_imported(accepted)
        self._load_candidates([item.inquiry for item in fresh])
        placed = [(item, self._place(item)) for item in fresh]
        self._load_targets({match.ref for _, match in placed if match and match.ref > 0})
        for item, match in placed:
            if match is not None:
                self._merge(match, item)
        self._enrich_new()
        self._mark_do_not_call()
        self._score()
        self._store()

    def _not_yet_imported(self, accepted: list[_Accepted]) -> list[_Accepted]:
        keys = [item.dedupe_key for item in accepted]
        seen = set(
            self.session.execute(select(Touch.dedupe_key).where(Touch.dedupe_key.in_(keys)))
            .scalars()
            .all()
        )
        fresh = [item for item in accepted if item.dedupe_key not in seen]
        self.run.already += len(accepted) - len(fresh)
        return fresh

    def _load_candidates(self, inquiries: Sequence[inq.Inquiry]) -> None:
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
            rows = self.session.execute(
                select(column, *_MATCH_COLUMNS).where(
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
                self.index.add(Person(lead_id, email, phone, company, person, first, last, country))

    def _load_targets(self, lead_ids: set[int]) -> None:
        """The stored leads rows of this window merge into, locked (on PostgreSQL) until the
        transaction commits."""
        if not lead_ids:
            return
        rows = self.session.execute(
            select(*_STORED_COLUMNS)
            .where(Lead.id.in_(sorted(lead_ids)))
            .order_by(Lead.id)
            .with_for_update()
        ).mappings()
        for row in rows:
            stored: dict[str, Any] = dict(row)
            self.targets[row["id"]] = _Target(stored, stored=True, lead_id=row["id"])

    def _place(self, item: _Accepted) -> Match | None:
        """Find who the row is; a new person becomes a new lead at once, so later rows of the
        window can match it. A duplicate's keys join the index under the lead it matched."""
        inquiry = item.inquiry
        if inquiry.flags:
            self.run.flagged += 1
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
        match = self.index.find(probe)
        if match is None:
            ref = -(len(self.targets) + 1)
            probe.ref = ref
            self.targets[ref] = _Target(self._new_lead(item), stored=False)
            self.index.add(probe)
            self.run.imported += 1
            self._touch(ref, item, None)
            return None
        probe.ref = match.ref
        self.index.add(probe)
        return match

    def _new_lead(self, item: _Accepted) -> dict[str, Any]:
        inquiry = item.inquiry
        lead = inquiry.lead_fields()
        campaign_id, channel = self._campaign(item.campaign)
        inquired_at = inquiry.inquired_at or self.now
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
            consent_source=(inquiry.source or self.run.file_name)[:120]
            if inquiry.consent != "unknown"
            else "",
            consent_at=inquired_at if inquiry.consent != "unknown" else None,
            inquired_at=inquired_at,
            created_at=self.now,
            updated_at=self.now,
            version=1,
        )
        self._place_in_time(lead, inquiry.phone_zones)
        return lead

    def _merge(self, match: Match, item: _Accepted) -> None:
        target = self.targets[match.ref]
        inquiry = item.inquiry
        lead = target.values
        incoming = inquiry.lead_fields()
        plan = plan_merge(lead, incoming)
        where = f"inquiry import {self.run.batch_id} ({self.run.file_name}) row {inquiry.row}"
        changes = dict(plan.changes)
        sources = dict(lead.get("field_sources") or {})
        for name in plan.changed_fields:
            sources[name] = where
        if plan.changed_fields:
            changes["field_sources"] = sources
        if "consent" in plan.changes:
            changes["consent_source"] = (inquiry.source or self.run.file_name)[:120]
            changes["consent_at"] = inquiry.inquired_at or self.now
        if lead.get("campaign_id") is None and item.campaign:
            changes["campaign_id"] = self._campaign(item.campaign)[0]
        # Recency counts the newest dated interest; an undated row says nothing about when.
        if inquiry.inquired_at is not None and inquiry.inquired_at > lead["inquired_at"]:
            changes["inquired_at"] = inquiry.inquired_at
        changes["touches"] = int(lead.get("touches") or 1) + 1
        if target.stored:
            for name in changes:
                target.before.setdefault(name, lead.get(name))
        lead.update(changes)
        if {"phone_e164", "country", "region"} & plan.changes.keys():
            self._place_in_time(lead, zones_for_phone(lead.get("phone_e164")))
        self.run.merged += 1
        shown = {name: changes[name] for name in plan.changed_fields if name in changes}
        self._touch(match.ref, item, match.rule, plan.conflicts, plan.changed_fields)
        self.audits.append(
            (
                match.ref,
                "lead.merged",
                {name: target.before.get(name) for name in shown} if target.stored else None,
                {**shown, "touches": lead["touches"]},
                f"duplicate by {match.rule.label}: {where}",
            )
        )

    def _touch(
        self,
        ref: int,
        item: _Accepted,
        rule: MatchRule | None,
        conflicts: Mapping[str, Any] | None = None,
        changed: Sequence[str] = (),
    ) -> None:
        inquiry = item.inquiry
        details: dict[str, Any] = {"file": self.run.file_name, "row": inquiry.row}
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
        if inquiry.flags:
            details["flags"] = [
                {"column": p.column, "value": p.value, "reason": p.reason} for p in inquiry.flags
            ]
        source = inquiry.source or self._campaign(item.campaign)[1] or "import"
        self.touches.append(
            (
                ref,
                {
                    "kind": source[:30],
                    "source": source[:120],
                    "campaign_id": self._campaign(item.campaign)[0],
                    "occurred_at": inquiry.inquired_at or self.now,
                    "import_batch_id": self.run.batch_id,
                    "dedupe_key": item.dedupe_key,
                    "details": details,
                },
            )
        )

    def _campaign(self, name: str | None) -> tuple[int | None, str]:
        if not name:
            return None, ""
        found = self.run.campaigns.get(name)
        if found is None:
            found = self.service._new_campaign(self.session, name, self.now, self.run.actor_id)
            self.run.campaigns[name] = found
            self.campaign_names[found[0]] = name
        return found[0], found[1] if found[1] != "import" else ""

    def _place_in_time(self, lead: dict[str, Any], phone_zones: Iterable[str]) -> None:
        country, region = lead.get("country"), lead.get("region")
        zones = resolve(phone_zones, zones_for_address(country, region))
        zones = zones or self.policy.fallback_time_zones
        window = self.policy.calling_rules.window_for(country, region)
        key = (zones_key(zones), window.start_minute, window.end_minute)
        profile = self.run.profiles.get(key)
        if profile is None:
            profile = profile_id_for(self.session, zones, window)
            self.run.profiles[key] = profile
        lead["time_zones"] = key[0]
        lead["calling_profile_id"] = profile

    def _enrich_new(self) -> None:
        new = [t.values for t in self.targets.values() if not t.stored]
        wanting = [lead for lead in new if _lacks_firmographics(lead)]
        if not wanting:
            return
        firmographics = FirmographicIndex.for_leads(self.session, wanting)
        for lead in wanting:
            if enrich(lead, firmographics):
                self.run.enriched += 1

    def _mark_do_not_call(self) -> None:
        hashes: dict[str, list[_Target]] = {}
        for target in self.targets.values():
            lead = target.values
            if lead.get("phone_e164"):
                hashes.setdefault(dnc_hash(DncKind.PHONE, lead["phone_e164"]), []).append(target)
            if lead.get("email_normalized"):
                key = dnc_hash(DncKind.EMAIL, lead["email_normalized"])
                hashes.setdefault(key, []).append(target)
        if not hashes:
            return
        listed = self.session.execute(
            select(DoNotCallEntry.value_hash).where(DoNotCallEntry.value_hash.in_(list(hashes)))
        ).scalars()
        for value_hash in listed:
            for target in hashes[value_hash]:
                lead = target.values
                current = LeadStatus(lead["status"])
                if current is LeadStatus.DO_NOT_CALL or not can_move(
                    current, LeadStatus.DO_NOT_CALL
                ):
                    continue
                if target.stored:
                    for name in ("status", "status_reason", "queue_id"):
                        target.before.setdefault(name, lead.get(name))
                lead["status"] = LeadStatus.DO_NOT_CALL.value
                lead["status_reason"] = "phone or e-mail is on the do-not-call list"
                lead["queue_id"] = None

    def _score(self) -> None:
        rules = self.run.rules
        for target in self.targets.values():
            lead = target.values
            # A stored lead is re-scored only when this window changed it and nobody has
            # worked it yet; a worked lead keeps its queue.
            if target.stored and not (target.before and is_not_worked(lead)):
                continue
            campaign = self.campaign_names.get(lead.get("campaign_id") or 0)
            result = score(facts_of(lead, campaign), rules, self.now)
            changes: dict[str, Any] = {"score": result.score, "segment": result.segment}
            if lead["status"] == LeadStatus.QUEUED.value:
                changes["queue_id"] = self.queues.id_for(self.session, result.queue)
            if target.stored:
                for name in changes:
                    target.before.setdefault(name, lead.get(name))
            lead.update(changes)

    def _store(self) -> None:
        new_refs = [ref for ref, target in self.targets.items() if not target.stored]
        lead_ids: dict[int, int] = {
            ref: target.lead_id
            for ref, target in self.targets.items()
            if target.stored and target.lead_id is not None
        }
        if new_refs:
            ids = reserve_ids(self.session, LEADS, len(new_refs))
            for ref, lead_id in zip(new_refs, ids, strict=True):
                lead_ids[ref] = lead_id
                lead = self.targets[ref].values
                lead["id"] = lead_id
                if lead["status"] == LeadStatus.DO_NOT_CALL.value:
                    self.run.do_not_call += 1
                else:
                    self.run.queues[self.queues.names.get(lead["queue_id"], "")] += 1
            _write(
                self.session,
                LEADS,
                NEW_LEAD_COLUMNS,
                [self.targets[ref].values for ref in new_refs],
            )
        changed = [t for t in self.targets.values() if t.stored and t.before]
        if changed:
            self.session.execute(
                LEADS.update()
                .where(LEADS.c.id == bindparam("b_id"), LEADS.c.version == bindparam("b_version"))
                .values({name: bindparam(name) for name in MERGE_COLUMNS}),
                [_merge_params(target, self.now) for target in changed],
            )
        for ref, touch in self.touches:
            touch["lead_id"] = lead_ids[ref]
        _write(self.session, TOUCHES, TOUCH_COLUMNS, [touch for _, touch in self.touches])
        audits = [
            audit_row(
                self.now,
                self.run.actor_id,
                "lead.created",
                lead_ids[ref],
                None,
                _created_after(self.targets[ref].values),
                f"inquiry import {self.run.batch_id} ({self.run.file_name})",
            )
            for ref in new_refs
        ]
        audits.extend(
            audit_row(self.now, self.run.actor_id, action, lead_ids[ref], before, after, why)
            for ref, action, before, after, why in self.audits
        )
        for target in changed:
            if target.values["status"] == LeadStatus.DO_NOT_CALL.value and (
                target.before.get("status") not in (None, LeadStatus.DO_NOT_CALL.value)
            ):
                audits.append(
                    audit_row(
                        self.now,
                        self.run.actor_id,
                        "lead.do_not_call",
                        target.lead_id or 0,
                        {"status": target.before["status"]},
                        {"status": LeadStatus.DO_NOT_CALL.value},
                        "a duplicate inquiry brought a phone or e-mail on the do-not-call list",
                    )
                )
        _write(self.session, AUDIT, AUDIT_COLUMNS, audits)


def _lacks_firmographics(lead: Mapping[str, Any]) -> bool:
    return (
        lead.get("employees") is None
        or lead.get("annual_revenue") is None
        or (not lead.get("industry"))
    )


def _write(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Bulk-insert rows given as mappings; a column a row does not mention is stored as NULL."""
    if rows:
        write_rows(session, table, columns, (tuple(row.get(c) for c in columns) for row in rows))


def _merge_params(target: _Target, now: datetime) -> dict[str, Any]:
    lead = target.values
    params = {name: lead.get(name) for name in MERGE_COLUMNS}
    params["b_id"] = target.lead_id
    params["b_version"] = lead["version"]
    params["version"] = lead["version"] + 1
    params["updated_at"] = now
    return params


def _created_after(lead: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "status": lead["status"],
        "queue_id": lead.get("queue_id"),
        "score": lead.get("score"),
        "segment": lead.get("segment"),
    }


def _chunks(
    rows: Iterator[tuple[int, list[str]]], size: int
) -> Iterator[list[tuple[int, list[str]]]]:
    while chunk := list(islice(rows, size)):
        yield chunk
