"""The running app sweeps acceptance SLAs and recycles due nurture leads periodically, on
the worker pool, and, where its user reads reports, folds the report rollup's changes.

Every workstation does it; all are safe to run from several at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from qualifier_app.app import Services
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.services.partners.dto import SweepResult
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.worker import Workers


def describe(result: SweepResult, recycled: int = 0) -> str:
    parts = [
        (
            result.delivered,
            QT_TRANSLATE_NOOP("Counts", "{n} handoff delivered"),
            QT_TRANSLATE_NOOP("Counts", "{n} handoffs delivered"),
        ),
        (
            result.reminded,
            QT_TRANSLATE_NOOP("Counts", "{n} partner reminded"),
            QT_TRANSLATE_NOOP("Counts", "{n} partners reminded"),
        ),
        (
            result.expired,
            QT_TRANSLATE_NOOP("Counts", "{n} SLA expired"),
            QT_TRANSLATE_NOOP("Counts", "{n} SLAs expired"),
        ),
        (
            result.rerouted,
            QT_TRANSLATE_NOOP("Counts", "{n} lead re-routed"),
            QT_TRANSLATE_NOOP("Counts", "{n} leads re-routed"),
        ),
        (
            result.waiting,
            QT_TRANSLATE_NOOP("Counts", "{n} lead waiting for a partner"),
            QT_TRANSLATE_NOOP("Counts", "{n} leads waiting for a partner"),
        ),
    ]
    said = ", ".join(i18n.plural(count, one, many) for count, one, many in parts if count)
    lines = (
        [QCoreApplication.translate("SlaSweep", "SLA sweep: {said}").format(said=said)]
        if said
        else []
    )
    if recycled:
        lines.append(
            i18n.plural(
                recycled,
                QT_TRANSLATE_NOOP("Counts", "{n} lead back from nurture"),
                QT_TRANSLATE_NOOP("Counts", "{n} leads back from nurture"),
            )
        )
    return "; ".join(lines)


class SlaSweepTimer(QObject):
    swept = Signal(str)  # a line for the status bar, only when something happened

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._workers = workers
        self._running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sweep)
        if actor.may(Action.RUN_SLA_SWEEP):
            self.timer.start(services.settings.routing.sweep_minutes * 60_000)

    @property
    def running(self) -> bool:
        return self._running

    def sweep(self) -> None:
        if self._running:
            return
        self._running = True
        services, actor = self._services, self._actor
        self._workers.submit(lambda: _sweep_all(services, actor), self._done, self._failed)

    def _done(self, outcome: tuple[SweepResult, int]) -> None:
        self._running = False
        text = describe(*outcome)
        if text:
            self.swept.emit(text)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        self.swept.emit(
            QCoreApplication.translate("SlaSweep", "SLA sweep failed: {problem}").format(
                problem=i18n.problem_text(exc)
            )
        )

    def stop(self) -> None:
        self.timer.stop()


def _sweep_all(services: Services, actor: Actor) -> tuple[SweepResult, int]:
    outcome = services.sla.sweep(actor), services.nurture.recycle_due(actor)
    # Check calls come due in the same rhythm as the SLAs they follow.
    services.check_calls.make_due(actor)
    # Without it the rollup's changes would pile up until someone opens a status report.
    if actor.may(Action.VIEW_REPORTS):
        services.reports.fold_rollup(actor)
    return outcome
