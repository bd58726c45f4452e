"""The rep's shift around the calls: the agent state bar, dialling, my figures, and giving
the held lead back when the rep signs out or quits (the typed work stays as a draft)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from qualifier_app.domain.roles import Actor
from qualifier_app.services.workspace.service import WorkspaceService
from qualifier_app.settings import WorkspacePolicy
from qualifier_app.ui.shell.keys import make_action
from qualifier_app.ui.workspace.agent_state_control import AgentStateControl
from qualifier_app.ui.workspace.calls import ServiceCalls
from qualifier_app.ui.workspace.dialing import Dialer
from qualifier_app.ui.workspace.draft_keeper import DraftKeeper
from qualifier_app.ui.workspace.my_figures_dialog import MyFiguresDialog
from qualifier_app.ui.workspace.session import LeadSession
from qualifier_app.ui.workspace.view import WorkspaceView


class ShiftTools(QObject):
    def __init__(
        self,
        view: WorkspaceView,
        workspace: WorkspaceService,
        policy: WorkspacePolicy,
        actor: Actor,
        calls: ServiceCalls,
        drafts: DraftKeeper,
        *,
        current: Callable[[], LeadSession | None],
        now: Callable[[], datetime],
        save_draft: Callable[[], None],
        clear_lead: Callable[[], None],
        check_lease: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._workspace = workspace
        self._actor = actor
        self._calls = calls
        self._drafts = drafts
        self._current = current
        self._now = now
        self._clear_lead = clear_lead
        self.states = AgentStateControl(
            view, view.state_bar, workspace, actor, calls, view.banner, now
        )
        self.dialer = Dialer(
            self,
            policy,
            calls,
            view.clock,
            view.banner,
            (view.call_button, view.hang_up_button),
            view.dial_notice,
            current=current,
            may_dial=lambda lead_id, number: workspace.why_not_dial(actor, lead_id, number),
            now=now,
            changed=save_draft,
            refused=check_lease,
            after_call=view.outcome.take_focus,
        )
        self.figures: MyFiguresDialog | None = None
        self.actions: dict[str, QAction] = {}
        for name, slot in (
            ("dial", self.dialer.dial),
            ("hang_up", self.dialer.hang_up),
            ("agent_state", self.states.focus),
            ("my_figures", self.show_figures),
        ):
            action = make_action(view, name)
            action.triggered.connect(slot)
            view.addAction(action)
            self.actions[name] = action

    def tick(self) -> None:
        self.states.tick()

    def lead_changed(self) -> None:
        self.dialer.update_buttons()

    def show_figures(self) -> None:
        if self.figures is None:
            self.figures = MyFiguresDialog(self._view, self._workspace, self._actor, self._calls)
        self.figures.refresh()
        self.figures.open()

    def held_lead(self) -> str | None:
        session = self._current()
        if session is None:
            return None
        return self.tr("lead {id} ({company})").format(
            id=session.lead_id, company=session.item.lead.company
        )

    def release_held_lead(self, done: Callable[[], None]) -> None:
        """Hang up, give the lead back, keep the draft (with the lead's new version, so it can
        be restored), then `done`. If the database cannot be reached the draft is kept all
        the same and the lease lapses by itself."""
        session = self._current()
        if session is None:
            done()
            return
        self.dialer.hang_up()
        lead_id = session.lead_id
        workspace, actor = self._workspace, self._actor

        def finish() -> None:
            self._clear_lead()
            done()

        def keep_draft(version: int | None) -> None:
            if version is not None:
                session.version = version
            self._drafts.save(lead_id, session.to_draft(self._now()))
            self._drafts.when_written(finish)

        self._calls.submit(
            lambda: workspace.end_shift(actor, lead_id), keep_draft, lambda _: keep_draft(None)
        )
