"""Scoring leads by the rules kept as data, and re-applying changed rules to unworked leads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, bindparam, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.scoring import LeadFacts, ScoreResult, check_rules, score
from qualifier_app.domain.text import listed, message
from qualifier_app.integrations.files import read_json
from qualifier_app.persistence import audit, queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    AuditEntry,
    Campaign,
    Lead,
    Queue,
    Team,
)
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake.dto import RescoreSummary
from qualifier_app.services.intake.scoring_rules import load_rules

RulesSource = Callable[[], Mapping[str, Any]]
RESCORE_CHUNK = 2000
LEADS: Table = Lead.__table__  # type: ignore[assignment]


def not_worked() -> Any:
    """Leads nobody has worked yet: queued, never attempted, not held by a rep. Only these
    are moved between queues when the rules change."""
    return and_(Lead.status == "queued", Lead.attempts == 0, Lead.lease_owner_id.is_(None))


def is_not_worked(lead: Mapping[str, Any]) -> bool:
    return (
        lead.get("status") == "queued"
        and not lead.get("attempts")
        and lead.get("lease_owner_id") is None
    )


def read_rules_file(path: Path) -> dict[str, Any]:
    """Scoring rules from a JSON file, checked; a plain message says what is wrong."""
    rules = read_json(path, "rules")
    if not isinstance(rules, dict):
        raise InvalidInput(
            message("{name}: the rules must be a JSON object", name=path.name), "rules"
        )
    checked(rules, path.name)
    return rules


def checked(
    rules: Mapping[str, Any], where: str = message("the scoring rules")
) -> Mapping[str, Any]:
    problems = check_rules(rules)
    if problems:
        raise InvalidInput(
            message("{where}: {problems}", where=where, problems=listed(problems, "; ")), "rules"
        )
    return rules


def facts_of(lead: Mapping[str, Any], campaign: str | None) -> LeadFacts:
    return LeadFacts(
        employees=lead.get("employees"),
        annual_revenue=lead.get("annual_revenue"),
        industry=lead.get("industry") or "",
        title=lead.get("title") or "",
        product_interest=lead.get("product_interest") or "",
        source=lead.get("source") or "",
        country=lead.get("country"),
        inquired_at=lead["inquired_at"],
        touches=int(lead.get("touches") or 1),
        language=lead.get("language"),
        campaign=campaign,
        region=lead.get("region"),
    )


def queue_key(name: str) -> str:
    """What makes two queue names one queue (as with campaigns): "east  main" in a rules file
    is the queue "East Main", never a second queue beside it."""
    return " ".join(name.split()).casefold()


class QueueDirectory:
    """Queue names from the rules → queue ids; a queue the rules name but the database lacks
    is created (and audited) on first use. It remembers the queues it created and the queues
    it handed out that nobody works, so an import can say where its leads wait."""

    def __init__(self, session: Session, now: datetime, actor_id: int | None) -> None:
        self._now = now
        self._actor_id = actor_id
        self.ids: dict[str, int] = {}  # queue_key(name) → id
        self.names: dict[int, str] = {}
        self.teams: dict[str, str] = {}  # queue name → its team's, for a queue of a team
        for qid, name, team in session.execute(
            select(Queue.id, Queue.name, Team.name).outerjoin(Team, Team.id == Queue.team_id)
        ):
            self.ids[queue_key(name)] = qid
            self.names[qid] = name
            if team is not None:
                self.teams[name] = team
        self.worked: set[int] = set(session.execute(queue_sql.worked_queues()).scalars())
        self.created: list[str] = []
        self.handed_out: set[int] = set()

    def id_for(self, session: Session, name: str) -> int:
        queue_id = self.ids.get(queue_key(name))
        if queue_id is None:
            queue_id = self._create(session, " ".join(name.split()))
        self.handed_out.add(queue_id)
        return queue_id

    def unworked(self) -> list[str]:
        """The queues handed out that nobody works: their leads wait for someone to."""
        return sorted(self.names[qid] for qid in self.handed_out - self.worked)

    def _create(self, session: Session, name: str) -> int:
        dialect = session.get_bind().dialect.name
        statement = (pg_insert if dialect == "postgresql" else sqlite_insert)(Queue).values(
            name=name,
            description="Created by the scoring rules",
            active=True,
            created_at=self._now,
        )
        session.execute(statement.on_conflict_do_nothing())
        queue_id = int(session.execute(select(Queue.id).where(Queue.name == name)).scalar_one())
        audit.record(
            session,
            at=self._now,
            actor_id=self._actor_id,
            action="queue.created",
            entity_type="queue",
            entity_id=queue_id,
            after={"name": name},
            reason="named by the scoring rules",
        )
        self.ids[queue_key(name)] = queue_id
        self.names[queue_id] = name
        self.created.append(name)
        return queue_id


def campaign_names(session: Session) -> dict[int, str]:
    return {cid: name for cid, name in session.execute(select(Campaign.id, Campaign.name))}


class LeadScoringService:
    def __init__(self, db: Database, clock: Clock, rules: RulesSource = load_rules) -> None:
        self._frame = Frame(db, clock)
        self._rules = rules

    def rescore(
        self, actor: Actor, rules: Mapping[str, Any] | None = None, *, requeue: bool = True
    ) -> RescoreSummary:
        """Apply the (changed) rules to every lead not yet worked: score, segment and queue.
        Worked leads keep what they have; the rep's work decides their fate now."""
        require(actor, Action.RESCORE_LEADS)
        rules = checked(rules if rules is not None else self._rules())
        # One time for every chunk and the summary: the whole run is one re-scoring.
        now = self._frame.clock.now()
        examined = changed = moved = 0
        last_id = 0
        while True:
            with self._frame.change(actor) as change:
                session = change.session
                rows = (
                    session.execute(
                        select(LEADS)
                        .where(not_worked(), Lead.id > last_id)
                        .order_by(Lead.id)
                        .limit(RESCORE_CHUNK)
                        .with_for_update()
                    )
                    .mappings()
                    .all()
                )
                if not rows:
                    change.discard()
                    break
                last_id = rows[-1]["id"]
                examined += len(rows)
                queues = QueueDirectory(session, now, actor.audit_id)
                campaigns = campaign_names(session)
                updates, audits = [], []
                for row in map(dict, rows):
                    result = score(facts_of(row, campaigns.get(row["campaign_id"])), rules, now)
                    queue_id = queues.id_for(session, result.queue) if requeue else row["queue_id"]
                    after = score_changes(row, result, queue_id)
                    if not after:
                        continue
                    changed += 1
                    moved += "queue_id" in after
                    before = {key: row[key] for key in after}
                    updates.append(
                        {
                            "b_id": row["id"],
                            "b_version": row["version"],
                            "score": result.score,
                            "segment": result.segment,
                            "queue_id": queue_id,
                            "updated_at": now,
                            "version": row["version"] + 1,
                        }
                    )
                    audits.append(
                        audit_row(
                            now,
                            actor.audit_id,
                            "lead.rescored",
                            row["id"],
                            before,
                            {**after, "reasons": list(result.reasons)},
                            "scoring rules re-applied",
                        )
                    )
                if updates:
                    session.execute(
                        LEADS.update()
                        .where(
                            LEADS.c.id == bindparam("b_id"),
                            LEADS.c.version == bindparam("b_version"),
                        )
                        .values(
                            score=bindparam("score"),
                            segment=bindparam("segment"),
                            queue_id=bindparam("queue_id"),
                            updated_at=bindparam("updated_at"),
                            version=bindparam("version"),
                        ),
                        updates,
                    )
                    session.execute(insert(AuditEntry), audits)
        with self._frame.change(actor) as change:
            audit.record(
                change.session,
                at=now,
                actor_id=actor.audit_id,
                action="leads.rescored",
                entity_type="scoring_rules",
                entity_id=str(rules.get("version", "")),
                after={"examined": examined, "changed": changed, "moved": moved},
            )
        return RescoreSummary(examined, changed, moved)


def score_changes(
    row: Mapping[str, Any], result: ScoreResult, queue_id: int | None
) -> dict[str, Any]:
    after: dict[str, Any] = {}
    if row["score"] != result.score:
        after["score"] = result.score
    if row["segment"] != result.segment:
        after["segment"] = result.segment
    if row["queue_id"] != queue_id:
        after["queue_id"] = queue_id
    return after


def audit_row(
    at: datetime,
    actor_id: int | None,
    action: str,
    lead_id: int,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    reason: str,
) -> dict[str, Any]:
    """An audit row as a dict for a bulk insert (the same shape audit.record writes)."""
    return {
        "at": at,
        "actor_id": actor_id,
        "action": action,
        "entity_type": "lead",
        "entity_id": str(lead_id),
        "before": audit.plain(dict(before)) if before is not None else None,
        "after": audit.plain(dict(after)) if after is not None else None,
        "reason": reason,
    }
