"""Editing the scoring rules: every save is a new version, checked before it is stored.

The newest stored version is the rules in force at every workstation (intake, enrichment and
rescoring read it from the database); until the first save the shipped rules are. Before
applying, a preview says how many queued leads nobody has worked yet would change score,
segment or queue; applying saves the version and rescores those leads with the existing
service (services/intake/scoring.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Conflict, NotFound
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.scoring import score
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Lead, Queue, ScoringRulesVersion, User
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake.dto import RescoreSummary
from qualifier_app.services.intake.scoring import (
    LEADS,
    LeadScoringService,
    campaign_names,
    checked,
    facts_of,
    not_worked,
    queue_key,
)
from qualifier_app.services.intake.scoring_rules import newest_stored, rules_in_force

PREVIEW_CHUNK = 2000


@dataclass(frozen=True)
class RulesVersion:
    version: int
    saved_at: datetime | None  # None: the shipped rules, never saved in this database
    saved_by: str
    reason: str
    in_force: bool

    def cells(self) -> tuple[str, ...]:
        return (
            message("v{version} (in force)", version=self.version)
            if self.in_force
            else f"v{self.version}",
            f"{self.saved_at:%Y-%m-%d %H:%M}" if self.saved_at else message("shipped"),
            self.saved_by,
            self.reason,
        )


@dataclass(frozen=True)
class RulesPreview:
    """What applying the rules would do to the queued leads nobody has worked yet."""

    examined: int
    score_changes: int
    segment_changes: int
    queue_changes: int
    new_queues: tuple[str, ...]  # named by the rules, not in the database yet

    def sentence(self) -> str:
        if self.new_queues:
            return message(
                "Of {examined:,} queued leads not yet worked: {score:,} change score, "
                "{segment:,} change segment, {queue:,} change queue; the queues {new} would "
                "be created.",
                examined=self.examined,
                score=self.score_changes,
                segment=self.segment_changes,
                queue=self.queue_changes,
                new=", ".join(self.new_queues),
            )
        return message(
            "Of {examined:,} queued leads not yet worked: {score:,} change score, "
            "{segment:,} change segment, {queue:,} change queue.",
            examined=self.examined,
            score=self.score_changes,
            segment=self.segment_changes,
            queue=self.queue_changes,
        )


@dataclass(frozen=True)
class AppliedRules:
    version: int
    created: bool  # False: identical to the rules in force, nothing stored
    rescored: RescoreSummary


def _without_version(rules: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in rules.items() if key != "version"}


class ScoringRulesService:
    def __init__(self, db: Database, clock: Clock, scoring: LeadScoringService) -> None:
        self._frame = Frame(db, clock)
        self._scoring = scoring

    def current(self, actor: Actor) -> dict[str, Any]:
        """The rules in force, with their version."""
        with self._frame.read(actor, Action.RESCORE_LEADS) as reading:
            return rules_in_force(reading.session)

    def definition(self, actor: Actor, version: int) -> dict[str, Any]:
        with self._frame.read(actor, Action.RESCORE_LEADS) as reading:
            found = reading.session.scalars(
                select(ScoringRulesVersion).where(ScoringRulesVersion.version == version)
            ).first()
            if found is not None:
                return {**copy.deepcopy(found.definition), "version": found.version}
            # Until the first save the shipped rules are in force, listed under their version.
            shipped = rules_in_force(reading.session)
            if (
                newest_stored(reading.session) is None
                and int(shipped.get("version") or 1) == version
            ):
                return {**shipped, "version": version}
            raise NotFound(
                message("there is no version {version} of the scoring rules", version=version)
            )

    def versions(self, actor: Actor) -> tuple[RulesVersion, ...]:
        """Every saved version, newest first; the shipped rules when none is saved."""
        with self._frame.read(actor, Action.RESCORE_LEADS) as reading:
            rows = reading.session.execute(
                select(ScoringRulesVersion, User.login)
                .outerjoin(User, User.id == ScoringRulesVersion.created_by_id)
                .order_by(ScoringRulesVersion.version.desc())
            ).all()
            if not rows:
                shipped = int(rules_in_force(reading.session).get("version") or 1)
                return (RulesVersion(shipped, None, "", "the shipped rules", True),)
            return tuple(
                RulesVersion(
                    stored.version,
                    stored.created_at,
                    login or "command line",
                    stored.reason,
                    index == 0,
                )
                for index, (stored, login) in enumerate(rows)
            )

    def preview(self, actor: Actor, rules: dict[str, Any]) -> RulesPreview:
        """Score the unworked queued leads by `rules` without changing anything."""
        checked(rules)
        examined = scores = segments = queues = 0
        new_queues: set[str] = set()
        last_id = 0
        with self._frame.read(actor, Action.RESCORE_LEADS) as reading:
            session, now = reading.session, reading.now
            queue_ids = {
                queue_key(name): qid for qid, name in session.execute(select(Queue.id, Queue.name))
            }
            campaigns = campaign_names(session)
            while True:
                rows = (
                    session.execute(
                        select(LEADS)
                        .where(not_worked(), Lead.id > last_id)
                        .order_by(Lead.id)
                        .limit(PREVIEW_CHUNK)
                    )
                    .mappings()
                    .all()
                )
                if not rows:
                    break
                last_id = rows[-1]["id"]
                for row in map(dict, rows):
                    result = score(facts_of(row, campaigns.get(row["campaign_id"])), rules, now)
                    examined += 1
                    scores += row["score"] != result.score
                    segments += row["segment"] != result.segment
                    target = queue_ids.get(queue_key(result.queue))
                    if target is None:
                        new_queues.add(" ".join(result.queue.split()))
                    queues += row["queue_id"] != target
        return RulesPreview(examined, scores, segments, queues, tuple(sorted(new_queues)))

    def save(
        self,
        actor: Actor,
        rules: dict[str, Any],
        reason: str = "",
        *,
        based_on: int | None = None,
    ) -> tuple[int, bool]:
        """Check the rules and store them as the next version; (version, created). Saving
        what is in force already stores nothing.

        `based_on`: the version in force the editor started from. When someone saved a
        newer one meanwhile, Conflict and nothing is stored: their change is never
        overwritten unseen. None (a file applied as a deliberate replacement): stored as
        the next version whatever is in force."""
        checked(rules)
        with self._frame.change(actor, Action.RESCORE_LEADS) as change:
            session = change.session
            newest = newest_stored(session)
            in_force = rules_in_force(session)
            if _without_version(in_force) == _without_version(rules):
                change.discard()
                return int(in_force.get("version") or 1), False
            if based_on is not None and int(in_force.get("version") or 1) > based_on:
                raise Conflict(
                    message(
                        "the scoring rules were changed by someone else meanwhile (version "
                        "{version}); reload them and make your change again",
                        version=int(in_force.get("version") or 1),
                    )
                )
            shipped = int(in_force.get("version") or 1) if newest is None else 0
            version = newest.version + 1 if newest is not None else shipped + 1
            stored = ScoringRulesVersion(
                version=version,
                definition={**copy.deepcopy(_without_version(rules)), "version": version},
                reason=reason.strip()[:500],
                created_by_id=actor.audit_id,
                created_at=change.now,
            )
            session.add(stored)
            try:
                session.flush()
            except IntegrityError:
                raise Conflict(
                    message(
                        (
                            "someone saved version {version} of the scoring rules a moment ago: "
                            "open them and make your change again"
                        ),
                        version=version,
                    )
                ) from None
            change.audit(
                "scoring_rules.saved",
                "scoring_rules",
                stored.id,
                before={"version": in_force.get("version")},
                after={"version": version},
                reason=reason.strip(),
            )
            return version, True

    def apply(
        self,
        actor: Actor,
        rules: dict[str, Any],
        reason: str = "",
        *,
        based_on: int | None = None,
    ) -> AppliedRules:
        """Save the rules as a new version (refused as `save` refuses them when a newer one
        was saved since `based_on`), then rescore the unworked leads by them."""
        version, created = self.save(actor, rules, reason, based_on=based_on)
        in_force = self.current(actor)
        return AppliedRules(version, created, self._scoring.rescore(actor, in_force))
