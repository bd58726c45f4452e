"""The queue at a glance: how many leads by status, leased now, eligible now."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.services.queue.dto import QueueStats
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.figures import figure_card

REFRESH_MS = 15_000


class QueueOverview(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._loading = False
        heading = QLabel(self.tr("Shared lead queue"))
        heading.setObjectName("title")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.status = QLabel()
        self.status.setObjectName("subtitle")

        cards = QGridLayout()
        labels = (
            QT_TRANSLATE_NOOP("Figures", "Eligible now"),
            QT_TRANSLATE_NOOP("Figures", "Leased now"),
            QT_TRANSLATE_NOOP("Figures", "Queued"),
            QT_TRANSLATE_NOOP("Figures", "Callbacks"),
            QT_TRANSLATE_NOOP("Figures", "Nurture"),
            QT_TRANSLATE_NOOP("Figures", "Sales-ready"),
        )
        self.figures: dict[str, QLabel] = {}
        for index, caption in enumerate(labels):
            card, value = figure_card(caption)
            self.figures[caption] = value
            cards.addWidget(card, index // 3, index % 3)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.status)
        layout.addStretch()

        self.refresh_button.clicked.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Loading…"))
        queue, actor = self._context.services.queue, self._context.signed_in.actor
        self._context.workers.submit(lambda: queue.stats(actor), self._show, self._failed)

    def _show(self, stats: QueueStats) -> None:
        self._loading = False
        counts = stats.by_status
        values = {
            "Eligible now": stats.eligible_now,
            "Leased now": stats.leased_now,
            "Queued": counts.get("queued", 0),
            "Callbacks": counts.get("callback", 0),
            "Nurture": counts.get("nurture", 0),
            "Sales-ready": counts.get("sales_ready", 0),
        }
        for caption, value in values.items():
            self.figures[caption].setText(i18n.number(value))
        self.status.setText(
            self.tr("{plural} in the refinery").format(
                plural=i18n.plural(
                    stats.total,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                )
            )
        )

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        message = i18n.problem_text(exc)
        self.status.setText(self.tr("Could not load the queue: {message}").format(message=message))
