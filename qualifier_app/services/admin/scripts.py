"""Editing BANT scripts: every save is a new version, checked before it is stored.

A stored version never changes. The Workspace gives each newly claimed lead the newest active
version of its segment's script; a lead already on screen keeps the version it was claimed
with, and its answers are stored with that version's id (services/workspace).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from qualifier_app.domain.bant_validation import validated
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Conflict, NotFound
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Qualification, Script
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.scripts import install_missing

SCRIPT_HEADERS = (
    message("Name"),
    message("Version"),
    message("Segment"),
    message("Title"),
    message("Screens"),
    message("Qualifications"),
    message("Saved (UTC)"),
)


@dataclass(frozen=True)
class ScriptVersion:
    id: int
    name: str
    version: int
    segment: str | None
    title: str
    screens: int
    qualifications: int  # answers stored with this version
    created_at: datetime
    newest: bool

    def cells(self) -> tuple[str, ...]:
        return (
            self.name,
            message("v{version} (in use)", version=self.version)
            if self.newest
            else f"v{self.version}",
            self.segment or message("any"),
            self.title,
            str(self.screens),
            str(self.qualifications),
            f"{self.created_at:%Y-%m-%d %H:%M}",
        )


@dataclass(frozen=True)
class SavedScript:
    script: ScriptVersion
    created: bool  # False: identical to the newest version, nothing stored


def _without_version(definition: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in definition.items() if key != "version"}


class ScriptService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def versions(self, actor: Actor, name: str | None = None) -> tuple[ScriptVersion, ...]:
        """Every stored version, newest first within each name."""
        self._ensure_shipped()
        with self._frame.read(actor, Action.MANAGE_SCRIPTS) as reading:
            used = (
                select(Qualification.script_id, func.count().label("n"))
                .group_by(Qualification.script_id)
                .subquery()
            )
            query = (
                select(Script, func.coalesce(used.c.n, 0))
                .outerjoin(used, used.c.script_id == Script.id)
                .order_by(Script.name, Script.version.desc())
            )
            if name is not None:
                query = query.where(Script.name == name)
            rows = reading.session.execute(query).all()
            newest: dict[str, int] = {}
            for script, _ in rows:
                if script.active:
                    newest[script.name] = max(newest.get(script.name, 0), script.version)
            return tuple(
                _info(script, int(count), newest.get(script.name) == script.version)
                for script, count in rows
            )

    def definition(self, actor: Actor, name: str, version: int | None = None) -> dict[str, Any]:
        """The JSON definition of one version (the newest when none is named)."""
        self._ensure_shipped()
        with self._frame.read(actor, Action.MANAGE_SCRIPTS) as reading:
            query = select(Script).where(Script.name == name)
            if version is not None:
                query = query.where(Script.version == version)
            found = reading.session.scalars(query.order_by(Script.version.desc()).limit(1)).first()
            if found is None:
                which = f"{name} v{version}" if version is not None else name
                raise NotFound(message("there is no script {which}", which=which))
            return {**copy.deepcopy(found.definition), "version": found.version}

    def save(
        self,
        actor: Actor,
        definition: dict[str, Any],
        reason: str = "",
        *,
        based_on: int | None = None,
    ) -> SavedScript:
        """Check the definition and store it as the next version of its name.

        ScriptInvalid (naming screen and question) when it does not validate; nothing is
        stored then. Saving what the newest version already says stores nothing.

        `based_on`: the newest version of this name the editor started from. When someone
        saved a newer one meanwhile, Conflict and nothing is stored: their change is never
        overwritten unseen. None (a file imported as a deliberate replacement): stored as
        the next version whatever is newest.
        """
        self._ensure_shipped()
        parsed = validated(definition)
        name = parsed.name.strip()
        with self._frame.change(actor, Action.MANAGE_SCRIPTS) as change:
            session = change.session
            newest = session.scalars(
                select(Script).where(Script.name == name).order_by(Script.version.desc()).limit(1)
            ).first()
            if newest is not None and _without_version(newest.definition) == _without_version(
                definition
            ):
                change.discard()
                return SavedScript(_info(newest, 0, newest.active), created=False)
            if newest is not None and based_on is not None and newest.version > based_on:
                raise Conflict(
                    message(
                        "{name} was changed by someone else meanwhile; "
                        "reload it and make your change again",
                        name=name,
                    )
                )
            version = newest.version + 1 if newest is not None else 1
            stored = {**copy.deepcopy(definition), "name": name, "version": version}
            script = Script(
                name=name,
                version=version,
                segment=definition.get("segment"),
                definition=stored,
                active=True,
                created_at=change.now,
            )
            session.add(script)
            try:
                session.flush()
            except IntegrityError:
                raise Conflict(
                    message(
                        (
                            "someone saved version {version} of {name} a moment ago: open it and "
                            "make your change again"
                        ),
                        version=version,
                        name=name,
                    )
                ) from None
            change.audit(
                "script.saved",
                "script",
                script.id,
                before={"version": newest.version} if newest is not None else None,
                after={"name": name, "version": version, "screens": len(parsed.screens)},
                reason=reason.strip(),
            )
            return SavedScript(_info(script, 0, True), created=True)

    def _ensure_shipped(self) -> None:
        """The shipped versions a database lacks (all on one that never ran the demo, a new
        release's on an older one) are there once someone looks."""
        install_missing(self._frame)


def _info(script: Script, qualifications: int, newest: bool) -> ScriptVersion:
    definition = script.definition
    return ScriptVersion(
        id=script.id,
        name=script.name,
        version=script.version,
        segment=script.segment,
        title=str(definition.get("title") or script.name),
        screens=len(definition.get("screens") or ()),
        qualifications=qualifications,
        created_at=script.created_at,
        newest=newest,
    )
