"""The scoring rules in force: the newest version saved in the database (Scoring rules area,
`qualifier scoring`), or the rules shipped in resources/scoring until someone saves one."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.paths import resources_dir
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import ScoringRulesVersion


@lru_cache(maxsize=4)
def load_rules(name: str = "default") -> dict[str, Any]:
    path = resources_dir() / "scoring" / f"{name}.json"
    rules: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return rules


def newest_stored(session: Session) -> ScoringRulesVersion | None:
    return session.scalars(
        select(ScoringRulesVersion).order_by(ScoringRulesVersion.version.desc()).limit(1)
    ).first()


def rules_in_force(session: Session) -> dict[str, Any]:
    """A copy of the rules every workstation scores by now, with their version."""
    stored = newest_stored(session)
    if stored is None:
        return copy.deepcopy(load_rules())
    return {**copy.deepcopy(stored.definition), "version": stored.version}


def database_rules(db: Database) -> Callable[[], Mapping[str, Any]]:
    """A rules source for the scoring services: read afresh on each use, so a version saved
    at one workstation scores the next import at every other one."""

    def read() -> Mapping[str, Any]:
        with db.unit_of_work(write=False) as uow:
            return rules_in_force(uow.session)

    return read
