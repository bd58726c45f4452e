"""Writes the rep's drafts on the workstation one at a time, in order, newest text winning,
and deletes a draft only after every write queued before it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from qualifier_app.domain import bant
from qualifier_app.integrations.drafts import DraftStore
from qualifier_app.services.workspace.dto import WorkItem
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.calls import ServiceCalls
from qualifier_app.ui.workspace.session import last_outcome_at

Draft = dict[str, Any]


class DraftKeeper:
    def __init__(
        self,
        store: DraftStore,
        login: str,
        calls: ServiceCalls,
        workers: Workers,
        *,
        written: Callable[[int], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self._store = store
        self._login = login
        self._calls = calls
        self._workers = workers
        self._written = written
        self._failed = failed
        # The last draft known to be on disk for each lead: loaded at start, then written.
        self.saved: dict[int, Draft] = {}
        self._pending: tuple[int, Draft] | None = None
        self._in_flight: tuple[int, Draft] | None = None
        self._writing = False
        self._after_writes: list[Callable[[], None]] = []

    def load_all(self, loaded: Callable[[list[Draft]], None]) -> None:
        login, store = self._login, self._store
        self._calls.submit(lambda: store.load_all(login), loaded)

    def save(self, lead_id: int, data: Draft) -> None:
        self._pending = (lead_id, data)
        if not self._writing:
            self._write_next()

    def _write_next(self) -> None:
        pending, self._pending = self._pending, None
        self._in_flight = pending
        if pending is None:
            self._writing = False
            waiting, self._after_writes = self._after_writes, []
            for step in waiting:
                step()
            return
        self._writing = True
        lead_id, data = pending
        login, store = self._login, self._store

        def written(_: object) -> None:
            self.saved[lead_id] = data
            self._written(lead_id)
            self._write_next()

        def failed(exc: Exception) -> None:
            self._failed(exc)
            self._write_next()

        self._calls.submit(lambda: store.save(login, lead_id, data), written, failed)

    def when_written(self, step: Callable[[], None]) -> None:
        """Run `step` once every write queued so far is on disk (at once if none is)."""
        if self._writing or self._pending is not None:
            self._after_writes.append(step)
        else:
            step()

    def latest(self, lead_id: int) -> Draft | None:
        """The newest draft of the lead: the one waiting to be written, or the one on disk."""
        for waiting in (self._pending, self._in_flight):
            if waiting is not None and waiting[0] == lead_id:
                return waiting[1]
        return self.saved.get(lead_id)

    def delete(self, lead_id: int) -> None:
        """Delete once every pending write is done, so no late write brings it back."""
        login, store = self._login, self._store
        self.saved.pop(lead_id, None)

        def delete() -> None:
            self._workers.submit(lambda: store.delete(login, lead_id))

        self.when_written(delete)


def known(draft: Draft, script: bant.Script) -> Draft:
    """The draft, keeping only answers to questions the current script still asks."""
    keys = {q.key for s in script.screens for q in s.questions}
    answers = {k: v for k, v in (draft.get("answers") or {}).items() if k in keys}
    return {**draft, "answers": answers}


def still_fits(draft: Draft, item: WorkItem) -> bool:
    """The typed work still belongs on the lead as claimed now. Giving the lead back and
    claiming it again changes its version but not what happened on the call; an outcome
    recorded meanwhile (by anyone) does, and the draft would then contradict it."""
    return draft.get("last_outcome_at") == last_outcome_at(item)


def outdated_text(lead_id: int, draft: Draft) -> str:
    notes = str(draft.get("notes") or "").strip()
    text = QCoreApplication.translate(
        "DraftKeeper",
        "Your unsaved work on lead {lead} was not put back: another outcome was recorded on "
        "the lead since you typed it.",
    ).format(lead=lead_id)
    if notes:
        text += " " + QCoreApplication.translate("DraftKeeper", "Your notes were: {notes}").format(
            notes=notes
        )
    return text


def offer_text(lead_id: int, draft: Draft) -> str:
    saved = datetime.fromisoformat(str(draft["saved_at"])).astimezone()
    return QCoreApplication.translate(
        "DraftKeeper",
        "You have unsaved work from {saved} on lead {lead} ({company}, {contact}). Restore it?",
    ).format(
        saved=i18n.moment(saved),
        lead=lead_id,
        company=draft.get("company") or QCoreApplication.translate("DraftKeeper", "no company"),
        contact=draft.get("contact") or QCoreApplication.translate("DraftKeeper", "no contact"),
    )


def waiting_text(lead_id: int, draft: Draft) -> str:
    """What the window says while another area is shown: a draft waits in the Workspace."""
    return QCoreApplication.translate(
        "DraftKeeper", "Unsaved work on lead {lead} ({company}) waits in the Workspace"
    ).format(
        lead=lead_id,
        company=draft.get("company") or QCoreApplication.translate("DraftKeeper", "no company"),
    )
