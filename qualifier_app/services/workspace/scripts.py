"""BANT scripts are data: JSON files in resources/scripts, versioned in the database."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.paths import resources_dir
from qualifier_app.persistence import audit
from qualifier_app.persistence.models import Script


def shipped_scripts(folder: Path | None = None) -> list[dict[str, Any]]:
    folder = folder or resources_dir() / "scripts"
    return [json.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.json"))]


def install_scripts(session: Session, now: datetime, actor_id: int | None = None) -> int:
    """Store every shipped script version the database does not have yet."""
    added = 0
    for definition in shipped_scripts():
        name, version = str(definition["name"]), int(definition["version"])
        exists = session.execute(
            select(Script.id).where(Script.name == name, Script.version == version)
        ).first()
        if exists:
            continue
        script = Script(
            name=name,
            version=version,
            segment=definition.get("segment"),
            definition=definition,
            active=True,
            created_at=now,
        )
        session.add(script)
        session.flush()
        audit.record(
            session,
            at=now,
            actor_id=actor_id,
            action="script.installed",
            entity_type="script",
            entity_id=script.id,
            after={"name": name, "version": version},
        )
        added += 1
    return added
