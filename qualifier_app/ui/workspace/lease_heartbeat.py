"""Keeps the open lead's lease alive while the rep works it, and says when it was lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from qualifier_app.app import Services
from qualifier_app.domain.errors import DatabaseUnavailable, LeaseLost
from qualifier_app.domain.roles import Actor
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.workspace.banner import Banner
from qualifier_app.ui.workspace.calls import CONNECTION, ServiceCalls
from qualifier_app.ui.workspace.session import LeadSession


class LeaseHeartbeat:
    def __init__(
        self,
        owner: QWidget,
        services: Services,
        actor: Actor,
        calls: ServiceCalls,
        banner: Banner,
        *,
        current: Callable[[], LeadSession | None],
        lost: Callable[[LeaseLost], None],
    ) -> None:
        self._services = services
        self._actor = actor
        self._calls = calls
        self._banner = banner
        self._current = current
        self._lost = lost
        self.timer = QTimer(owner)
        self.timer.setInterval(max(1, services.settings.queue.heartbeat_seconds) * 1000)
        self.timer.timeout.connect(self.send)

    def send(self) -> None:
        session = self._current()
        if session is None:
            self.timer.stop()
            return
        queue, actor, lead_id = self._services.queue, self._actor, session.lead_id
        banner = self._banner

        def failed(exc: Exception) -> None:
            if isinstance(exc, LeaseLost) and self._current() is session:
                self._lost(exc)
            elif isinstance(exc, DatabaseUnavailable):
                banner.show_message(
                    QCoreApplication.translate(
                        "LeaseHeartbeat",
                        "The database cannot be reached: {problem}. Nothing you typed is lost; "
                        "the lead stays open and the connection is tried again.",
                    ).format(problem=i18n.problem_text(exc)),
                    error=True,
                    topic=CONNECTION,
                )

        self._calls.submit(
            lambda: queue.heartbeat(actor, lead_id), lambda _: banner.clear(CONNECTION), failed
        )
