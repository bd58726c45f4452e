"""The call scripts the Workspace has parsed, and their screens built ahead of the first lead."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QTimer

from qualifier_app.domain import bant
from qualifier_app.services.workspace.dto import ScriptRef, WorkItem
from qualifier_app.ui.workspace.script_view import ScriptView


class ScriptLibrary:
    def __init__(self, owner: QObject, view: ScriptView, *, prepared: Callable[[], None]) -> None:
        self._owner = owner
        self._view = view
        self._prepared = prepared
        self._scripts: dict[int, bant.Script] = {}

    def prepare(self, scripts: tuple[ScriptRef, ...]) -> None:
        """Build each script's screens one segment per turn of the event loop, so the
        first lead opens as fast as the others and no single step holds up the window."""
        steps: list[Callable[[], None]] = []
        for ref in scripts:
            script = self._scripts.setdefault(ref.id, bant.parse_script(ref.definition))
            for segment in ("smb", "enterprise"):
                steps.append(partial(self._view.prepare, script, ref.id, segment))

        def run_next() -> None:
            if not shiboken6.isValid(self._owner):
                return
            if steps:
                steps.pop(0)()
                QTimer.singleShot(0, run_next)
            else:
                self._prepared()

        QTimer.singleShot(0, run_next)

    def parsed(self, script_id: int) -> bant.Script | None:
        """The script if this workstation parsed it already."""
        return self._scripts.get(script_id)

    def script(self, item: WorkItem) -> bant.Script:
        """The parsed script; versions never change, so each is read once."""
        script = self._scripts.get(item.script.id)
        if script is None:
            script = self._scripts[item.script.id] = bant.parse_script(item.script.definition)
        return script
