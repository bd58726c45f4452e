"""BANT scripts are data: JSON files in resources/scripts, versioned in the database."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import BindParameter, String, and_, bindparam, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qualifier_app.domain import bant
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.paths import resources_dir
from qualifier_app.persistence import audit
from qualifier_app.persistence.db_logins import may_add_rows
from qualifier_app.persistence.models import Qualification, Script
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.dto import ScriptRef


def shipped_scripts(folder: Path | None = None) -> list[dict[str, Any]]:
    folder = folder or resources_dir() / "scripts"
    return [json.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.json"))]


def _sans_version(definition: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in definition.items() if k != "version"}


def install_scripts(session: Session, now: datetime, actor_id: int | None = None) -> int:
    """Store every shipped script version the database does not have yet, once.

    A shipped version counts as installed when a stored version of the script has its
    content, so a version an administrator deactivated is not brought back. When an
    administrator's own edit already took the shipped version number, the shipped content
    is stored as the next number. Leads keep the version they were qualified with."""
    added = 0
    for definition in shipped_scripts():
        name, version = str(definition["name"]), int(definition["version"])
        stored = session.execute(
            select(Script.version, Script.definition).where(Script.name == name)
        ).all()
        content = _sans_version(definition)
        if any(_sans_version(dict(d)) == content for _v, d in stored):
            continue
        taken = {int(v) for v, _d in stored}
        if version in taken:
            version = max(taken) + 1
        script = Script(
            name=name,
            version=version,
            segment=definition.get("segment"),
            definition={**definition, "version": version},
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


def install_missing(frame: Frame) -> None:
    """Install the shipped versions the database does not have yet; a read when it has them.

    On PostgreSQL a person whose role may not write scripts (a rep, a team lead) works with
    the versions stored: the owner's setup installed them, and a supervisor's or an
    administrator's next look adds those of a newer release."""
    shipped = shipped_scripts()
    with frame.read(None) as reading:
        if not may_add_rows(reading.session, Script.__tablename__):
            return
        stored = reading.session.execute(select(Script.name, Script.definition)).all()
    have = {(str(n), json.dumps(_sans_version(dict(d)), sort_keys=True)) for n, d in stored}
    missing = [
        d
        for d in shipped
        if (str(d["name"]), json.dumps(_sans_version(d), sort_keys=True)) not in have
    ]
    if missing:
        try:
            with frame.change(None) as change:
                install_scripts(change.session, change.now)
        except IntegrityError:
            pass  # another workstation installed them a moment ago: its copies serve


_SEGMENT: BindParameter[str] = bindparam("segment", type_=String)
FOR_SEGMENT = (
    select(Script.id)
    .where(Script.active.is_(True), or_(Script.segment == _SEGMENT, Script.segment.is_(None)))
    .order_by(case((Script.segment == _SEGMENT, 0), else_=1), Script.version.desc())
    .limit(1)
)


class ScriptLibrary:
    """The stored script versions the workspace uses, each read and parsed once."""

    def __init__(self, frame: Frame) -> None:
        self._frame = frame
        self._refs: dict[int, ScriptRef] = {}
        self._parsed: dict[int, bant.Script] = {}
        self._installed_checked = False

    @property
    def loaded(self) -> bool:
        return bool(self._refs)

    def for_segment(self, session: Session, segment: str | None) -> ScriptRef | None:
        """The newest active script for the segment; a script for every segment otherwise."""
        row = session.execute(FOR_SEGMENT, {"segment": bant.segment_key(segment)}).first()
        if row is None:
            return None
        return self.by_id(session, int(row[0]))

    def newest_named(self, session: Session, name: str) -> ScriptRef | None:
        """The newest active version of the script called `name` (the check-call script)."""
        row = session.execute(
            select(Script.id)
            .where(Script.active.is_(True), Script.name == name)
            .order_by(Script.version.desc())
            .limit(1)
        ).first()
        return None if row is None else self.by_id(session, int(row[0]))

    def by_id(self, session: Session, script_id: int) -> ScriptRef:
        # Script versions never change once stored, so they are cached for good.
        cached = self._refs.get(script_id)
        if cached is not None:
            return cached
        found = session.get(Script, script_id)
        if found is None:
            raise NotFound(message("there is no script {script_id}", script_id=script_id))
        ref = ScriptRef(found.id, found.name, found.version, dict(found.definition))
        self._parsed[ref.id] = bant.parse_script(ref.definition)
        self._refs[ref.id] = ref
        return ref

    def active(self, actor: Actor) -> tuple[ScriptRef, ...]:
        """The newest active script of each name, so a workstation can prepare its screens
        before the first lead arrives."""
        require(actor, Action.WORK_LEADS)
        self.ensure_installed()
        with self._frame.read(actor) as reading:
            session = reading.session
            newest = (
                select(Script.name, func.max(Script.version).label("version"))
                .where(Script.active.is_(True))
                .group_by(Script.name)
                .subquery()
            )
            ids = session.execute(
                select(Script.id).join(
                    newest, and_(Script.name == newest.c.name, Script.version == newest.c.version)
                )
            ).scalars()
            return tuple(self.by_id(session, int(i)) for i in ids)

    def ensure_installed(self) -> None:
        """Install the shipped versions this database does not have yet (all of them on a
        database that never ran the demo); checked once per workstation."""
        if self._installed_checked:
            return
        install_missing(self._frame)
        self._installed_checked = True

    def for_lead(
        self, session: Session, lead_id: int, segment: str | None, *, in_progress: bool
    ) -> ScriptRef | None:
        """A lead in progress (a callback) keeps the version its conversation began with;
        every other lead gets the newest active script for its segment."""
        if not in_progress:
            return self.for_segment(session, segment)
        used = session.execute(
            select(Qualification.script_id)
            .where(Qualification.lead_id == lead_id)
            .order_by(Qualification.created_at.desc(), Qualification.id.desc())
            .limit(1)
        ).scalar()
        if used is not None:
            return self.by_id(session, int(used))
        return self.for_segment(session, segment)

    def parsed(self, script_id: int) -> bant.Script:
        if script_id not in self._parsed:
            with self._frame.read(None) as reading:
                self.by_id(reading.session, script_id)
        return self._parsed[script_id]
