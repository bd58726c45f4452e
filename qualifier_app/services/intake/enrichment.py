"""Enriching leads from firmographic reference data (the stand-in for D&B or Harte-Hanks).

A lead is matched to a reference row by its company's web domain (from the e-mail address,
unless that is a free mailbox, or from the website) and otherwise by its company key. Only
empty fields are filled, and `field_sources` records where each value came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, insert, or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain import normalize as norm
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry import read_employees, read_revenue
from qualifier_app.domain.inquiry_columns import header_key
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.scoring import score
from qualifier_app.domain.text import message
from qualifier_app.integrations.tabular import Table, UnreadableRow, read_table
from qualifier_app.persistence import audit
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, Firmographic, ImportBatch, Lead
from qualifier_app.services.center_days import center_currency
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake import cells as raw_cells
from qualifier_app.services.intake.batches import file_sha256
from qualifier_app.services.intake.dto import FirmographicsSummary
from qualifier_app.services.intake.rejects import (
    Reject,
    batch_rejects_file,
    check_rejects_path,
    write_rejects,
)
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

ENRICHED_FIELDS = ("employees", "annual_revenue", "industry")
LEAD_CHUNK = 2000

_ALIASES = {
    "company": ("company", "company name", "name", "organization", "organisation", "account",
                "business name", "firma"),
    "domain": ("domain", "web domain", "website", "web site", "url", "homepage",
               "company domain", "company website"),
    "employees": ("employees", "employee count", "number of employees", "headcount",
                  "company size", "size", "mitarbeiter"),
    "annual_revenue": ("annual revenue", "revenue", "turnover", "annual sales", "sales",
                       "umsatz"),
    "industry": ("industry", "sector", "vertical", "sic description", "naics description",
                 "branche"),
}  # fmt: skip
_BY_HEADER = {header_key(alias): name for name, aliases in _ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class Reference:
    source: str
    employees: int | None
    annual_revenue: Decimal | None
    industry: str


class FirmographicIndex:
    """The reference rows that concern a set of leads, by domain and by company key."""

    def __init__(self) -> None:
        self.by_domain: dict[str, Reference] = {}
        self.by_company: dict[str, Reference] = {}

    @classmethod
    def for_leads(cls, session: Session, leads: Iterable[Mapping[str, Any]]) -> FirmographicIndex:
        domains: set[str] = set()
        companies: set[str] = set()
        for lead in leads:
            domains.update(d for d in _lead_domains(lead) if d)
            if lead.get("company_key"):
                companies.add(lead["company_key"])
        index = cls()
        conditions = []
        if domains:
            conditions.append(Firmographic.domain.in_(sorted(domains)))
        if companies:
            conditions.append(Firmographic.company_key.in_(sorted(companies)))
        if not conditions:
            return index
        rows = session.execute(
            select(
                Firmographic.domain,
                Firmographic.company_key,
                Firmographic.source,
                Firmographic.employees,
                Firmographic.annual_revenue,
                Firmographic.industry,
            )
            .where(or_(*conditions))
            .order_by(Firmographic.loaded_at, Firmographic.id)
        )
        # Later loads come last and win: the freshest reference data is used.
        for domain, key, source, employees, revenue, industry in rows:
            reference = Reference(source, employees, revenue, industry or "")
            if domain:
                index.by_domain[domain] = reference
            if key:
                index.by_company[key] = reference
        return index

    def find(self, lead: Mapping[str, Any]) -> tuple[Reference, str] | None:
        for domain in _lead_domains(lead):
            if domain and domain in self.by_domain:
                return self.by_domain[domain], f"domain {domain}"
        key = lead.get("company_key")
        if key and key in self.by_company:
            return self.by_company[key], "company name"
        return None


def _lead_domains(lead: Mapping[str, Any]) -> tuple[str | None, str | None]:
    return norm.company_domain(lead.get("email_normalized")), norm.company_domain(
        lead.get("website")
    )


def enrich(lead: dict[str, Any], index: FirmographicIndex) -> list[str]:
    """Fill the lead's empty firmographic fields from its reference row; returns the fields
    filled. Values the lead has already are never replaced."""
    found = index.find(lead)
    if found is None:
        return []
    reference, matched_by = found
    filled: list[str] = []
    sources = dict(lead.get("field_sources") or {})
    for name in ENRICHED_FIELDS:
        value = getattr(reference, name)
        if value in (None, "") or lead.get(name) not in (None, ""):
            continue
        lead[name] = value
        sources[name] = f"firmographics: {reference.source} (by {matched_by})"
        filled.append(name)
    if filled:
        lead["field_sources"] = sources
    return filled


class EnrichmentService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        rules: RulesSource = load_rules,
        data_dir: Path | None = None,
    ) -> None:
        self._frame = Frame(db, clock)
        self._rules = rules
        self._data_dir = data_dir or Path.cwd()

    def import_firmographics(
        self,
        actor: Actor,
        path: Path,
        *,
        source: str | None = None,
        rejects_path: Path | None = None,
    ) -> FirmographicsSummary:
        """Load a reference file (company and/or domain → employees, revenue, industry), then
        enrich the leads it concerns and re-score the ones not yet worked."""
        require(actor, Action.IMPORT_INQUIRIES)
        check_rejects_path(rejects_path, path)
        rules = checked(self._rules())
        source = (source or "").strip() or f"file {path.name}"
        if len(source) > 120:
            raise InvalidInput(message("the source name is longer than 120 characters"), "source")
        with read_table(path) as table:
            return self._load(actor, table, path, source, rejects_path, rules)

    def _load(
        self,
        actor: Actor,
        table: Table,
        path: Path,
        source: str,
        rejects_path: Path | None,
        rules: Mapping[str, Any],
    ) -> FirmographicsSummary:
        columns = [_BY_HEADER.get(header_key(title)) for title in table.header]
        if "company" not in columns and "domain" not in columns:
            raise InvalidInput(
                message(
                    "no column is recognised as company or domain (columns: {columns})",
                    columns=", ".join(repr(h) for h in table.header),
                )
            )
        named = {name: table.header[i] for i, name in enumerate(columns) if name}
        with self._frame.read(actor) as reading:
            currency = center_currency(reading.session)
        records: dict[tuple[str, str], dict[str, Any]] = {}
        rejects: list[Reject] = []
        rows = 0
        assert table.numbered is not None
        for number, cells in table.numbered:
            rows += 1
            if isinstance(cells, UnreadableRow):
                rejects.append((number, cells.column, cells.value, cells.reason))
                continue
            if repeated := raw_cells.header_again(number, cells, table.header):
                rejects.extend((number, p.column, p.value, p.reason) for p in repeated.problems)
                continue
            values = {
                name: norm.cell_text(cells[i] if i < len(cells) else "")
                for i, name in enumerate(columns)
                if name
            }
            record, problems = _reference_row(values, named, currency)
            if problems:
                rejects.extend((number, column, value, why) for column, value, why in problems)
                continue
            assert record is not None
            records[(record["domain"] or "", record["company_key"])] = record
        rejected = len({row for row, *_ in rejects})
        with self._frame.change(actor) as change:
            session, now = change.session, change.now
            loaded, updated = _store_references(session, list(records.values()), source, now)
            # Written in the transaction, as the other imports do: the batch names its file.
            rejects_file = write_rejects(rejects, path, self._data_dir, rejects_path)
            batch = ImportBatch(
                kind="firmographics",
                file_name=path.name[:300],
                file_sha256=file_sha256(path),
                started_by_id=actor.audit_id,
                started_at=now,
                finished_at=now,
                progressed_at=now,
                status="finished",
                rows=rows,
                imported=loaded + updated,
                rejected=rejected,
                rejects_file=batch_rejects_file(rejects_file),
            )
            session.add(batch)
            session.flush()
            change.audit(
                "firmographics.imported",
                "import_batch",
                batch.id,
                after={"file": path.name, "source": source, "loaded": loaded, "updated": updated},
            )
        enriched, rescored = self.enrich_leads(actor, rules)
        return FirmographicsSummary(
            rows,
            loaded,
            updated,
            rejected,
            rejects_file,
            enriched,
            rescored,
            source,
            hidden=len(table.hidden_rows),
        )

    def enrich_leads(self, actor: Actor, rules: Mapping[str, Any] | None = None) -> tuple[int, int]:
        """Fill empty firmographic fields of every lead that has a reference row; returns
        (leads enriched, of which re-scored because not yet worked)."""
        require(actor, Action.IMPORT_INQUIRIES)
        rules = checked(rules if rules is not None else self._rules())
        # One time for every chunk: the whole run is one enrichment.
        now = self._frame.clock.now()
        enriched = rescored = 0
        last_id = 0
        while True:
            with self._frame.change(actor) as change:
                session = change.session
                rows = (
                    session.execute(
                        select(LEADS)
                        .where(
                            Lead.id > last_id,
                            Lead.status != LeadStatus.MERGED.value,
                            or_(
                                Lead.employees.is_(None),
                                Lead.annual_revenue.is_(None),
                                Lead.industry == "",
                            ),
                        )
                        .order_by(Lead.id)
                        .limit(LEAD_CHUNK)
                        .with_for_update()
                    )
                    .mappings()
                    .all()
                )
                if not rows:
                    change.discard()
                    break
                last_id = rows[-1]["id"]
                leads = [dict(row) for row in rows]
                index = FirmographicIndex.for_leads(session, leads)
                queues = QueueDirectory(session, now, actor.audit_id)
                campaigns = campaign_names(session)
                updates, audits = [], []
                for lead in leads:
                    before = {name: lead[name] for name in (*ENRICHED_FIELDS, "score", "segment")}
                    before["queue_id"] = lead["queue_id"]
                    filled = enrich(lead, index)
                    if not filled:
                        continue
                    enriched += 1
                    if is_not_worked(lead):
                        result = score(
                            facts_of(lead, campaigns.get(lead["campaign_id"])), rules, now
                        )
                        lead["score"], lead["segment"] = result.score, result.segment
                        lead["queue_id"] = queues.id_for(session, result.queue)
                        rescored += 1
                    updates.append(_enriched_params(lead, now))
                    after = {name: lead[name] for name in before if lead[name] != before[name]}
                    audits.append(
                        audit_row(
                            now,
                            actor.audit_id,
                            "lead.enriched",
                            lead["id"],
                            {name: before[name] for name in after},
                            after,
                            "; ".join(lead["field_sources"][name] for name in filled),
                        )
                    )
                if updates:
                    session.execute(
                        LEADS.update()
                        .where(
                            LEADS.c.id == bindparam("b_id"),
                            LEADS.c.version == bindparam("b_version"),
                        )
                        .values({name: bindparam(name) for name in _ENRICH_COLUMNS}),
                        updates,
                    )
                    audit.seal_rows(session, audits)
                    session.execute(insert(AuditEntry), audits)
        return enriched, rescored


_ENRICH_COLUMNS = (
    *ENRICHED_FIELDS,
    "field_sources",
    "score",
    "segment",
    "queue_id",
    "updated_at",
    "version",
)


def _enriched_params(lead: Mapping[str, Any], now: Any) -> dict[str, Any]:
    params = {name: lead[name] for name in _ENRICH_COLUMNS}
    params.update(b_id=lead["id"], b_version=lead["version"], version=lead["version"] + 1)
    params["updated_at"] = now
    return params


def _reference_row(
    values: Mapping[str, str], named: Mapping[str, str], currency: str
) -> tuple[dict[str, Any] | None, list[tuple[str, str, str]]]:
    problems: list[tuple[str, str, str]] = []
    company = norm.company_name(values.get("company"))
    domain = norm.web_domain(values.get("domain"))
    if values.get("domain") and domain is None:
        problems.append((named["domain"], values["domain"], "not a web domain"))
    if not company and domain is None and not problems:
        column = named.get("company") or named.get("domain", "company")
        problems.append((column, "", "no company and no domain: nothing to match leads by"))
    employees = revenue = None
    if values.get("employees"):
        read = read_employees(values["employees"])
        if isinstance(read, str):
            problems.append((named["employees"], values["employees"], read))
        else:
            employees = read
    if values.get("annual_revenue"):
        # A provider's revenue in another currency is refused, as any amount is: never taken
        # as the center's (a Bisnode file's "EUR 15 Mio" in a dollar center).
        amount = read_revenue(values["annual_revenue"], currency)
        if isinstance(amount, str):
            problems.append((named["annual_revenue"], values["annual_revenue"], amount))
        else:
            revenue = amount
    industry = values.get("industry", "")[:120]
    if not problems and employees is None and revenue is None and not industry:
        column = named.get("employees") or next(iter(named.values()))
        problems.append((column, "", "no employees, revenue or industry: nothing to enrich with"))
    if problems:
        return None, problems
    return {
        "company": company[:200],
        "company_key": norm.company_key(company)[:200],
        "domain": domain,
        "employees": employees,
        "annual_revenue": revenue,
        "industry": industry,
    }, []


def _store_references(
    session: Session, records: Sequence[dict[str, Any]], source: str, now: Any
) -> tuple[int, int]:
    """Insert new reference rows of this source and update the ones it had already, so
    loading the same file twice leaves one row per company."""
    existing = {
        (domain or "", key): row_id
        for row_id, domain, key in session.execute(
            select(Firmographic.id, Firmographic.domain, Firmographic.company_key).where(
                Firmographic.source == source
            )
        )
    }
    new, changed = [], []
    for record in records:
        row = {**record, "source": source, "loaded_at": now}
        found = existing.get((record["domain"] or "", record["company_key"]))
        if found is None:
            new.append(row)
        else:
            changed.append({**row, "b_id": found})
    if new:
        session.execute(insert(Firmographic), new)
    if changed:
        table: SqlTable = Firmographic.__table__  # type: ignore[assignment]
        session.execute(
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in changed[0] if name != "b_id"}),
            changed,
        )
    return len(new), len(changed)
