"""What the agent state bar does: reads and changes the rep's state off the GUI thread,
lets after-call work end by itself, and stands before Ctrl+N: an away rep is asked to go
Ready first (Enter: yes), a rep in after-call work simply goes Ready."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Actor
from qualifier_app.services.workspace.agent_states import AgentStateKind, AgentStatus
from qualifier_app.services.workspace.service import WorkspaceService
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.workspace.agent_state_bar import AgentStateBar, clock_text
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text

REFRESH_MS = 30_000  # a team lead's pause shows within this long


class AgentStateControl(QObject):
    def __init__(
        self,
        owner: QWidget,
        bar: AgentStateBar,
        workspace: WorkspaceService,
        actor: Actor,
        calls: ServiceCalls,
        banner: Banner,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._bar = bar
        self._workspace = workspace
        self._actor = actor
        self._calls = calls
        self._banner = banner
        self._now = now
        self._ending_acw = False
        self.ready_prompt: QMessageBox | None = None
        bar.chosen.connect(self.change)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @property
    def status(self) -> AgentStatus | None:
        return self._bar.status

    def focus(self) -> None:
        self._bar.state.setFocus()

    def refresh(self) -> None:
        workspace, actor = self._workspace, self._actor
        self._calls.submit(lambda: workspace.agent_state(actor), self._show, self._failed)

    def _show(self, status: AgentStatus) -> None:
        self._ending_acw = False
        self._bar.show_status(status, self._now())

    def _failed(self, exc: Exception) -> None:
        self._ending_acw = False
        if isinstance(exc, InvalidInput) and exc.field == "reason":
            self._bar.show_notice(problem_text(exc))
            self._bar.reason.setFocus()
            return
        self._bar.show_notice(self.tr("Your state: {problem}").format(problem=problem_text(exc)))

    def outcome_saved(self) -> None:
        """Saving an outcome started after-call work in the same transaction; shown at once
        (the next refresh brings the database's own times)."""
        now = self._now()
        ends = now + self._workspace.after_call_work_max
        status = AgentStatus(AgentStateKind.AFTER_CALL_WORK, now, "", now, ends)
        self._bar.show_status(status, now)

    def tick(self) -> None:
        now = self._now()
        self._bar.tick(now)
        if not self._ending_acw and self._bar.after_call_work_over(now):
            self._ending_acw = True  # the database says Ready now; read it once
            self.refresh()

    def change(self, state: str, reason: str = "", then: Callable[[], None] | None = None) -> None:
        workspace, actor = self._workspace, self._actor

        def changed(status: AgentStatus) -> None:
            self._show(status)
            if then is not None:
                then()

        self._calls.submit(
            lambda: workspace.change_agent_state(actor, state, reason), changed, self._failed
        )

    def ready_for_next(self, take: Callable[[], None]) -> bool:
        """True when the rep may take a lead now; otherwise the rep goes (or is asked to go)
        Ready, and `take` runs once that is saved."""
        status = self.status
        ready = AgentStateKind.READY.value
        if status is None or status.paused or status.state is AgentStateKind.READY:
            return True  # a paused rep hears why from the claim itself
        if status.state is AgentStateKind.AFTER_CALL_WORK:
            self.change(ready, then=take)
            return False
        label = i18n.translated(status.state.label) + (
            f" ({status.reason})" if status.reason else ""
        )
        in_state = self._bar.time_in_state(self._now())
        box = QMessageBox(self._owner)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Go Ready?"))
        box.setText(
            self.tr("You are on {state} for {time}. Go Ready and take the next lead?").format(
                state=label,
                time=clock_text(in_state) if in_state is not None else self.tr("a while"),
            )
        )
        yes = box.addButton(self.tr("&Go Ready"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                self.change(ready, then=take)

        box.finished.connect(answered)
        self.ready_prompt = box
        box.open()
        return False
