"""Partners not reporting: open handoffs with no news from the partner for too long."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from qualifier_app.services.partners.dto import StalePartner
from qualifier_app.ui.partners.cells import when
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import Numeral, fill_table, make_table, message_of

STALE_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Channel manager"),
    QT_TRANSLATE_NOOP("Columns", "No news"),
    QT_TRANSLATE_NOOP("Columns", "Share"),
    QT_TRANSLATE_NOOP("Columns", "Oldest news"),
    QT_TRANSLATE_NOOP("Columns", "Partner reps"),
)


class StaleTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(context.services.settings.routing.stale_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("No news for at least"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.table = make_table(STALE_COLUMNS, self.tr("Partners not reporting"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("Open handoffs with no news from the partner for at least"))
        label.setBuddy(self.days)
        top.addWidget(label)
        top.addWidget(self.days)
        top.addStretch()
        top.addWidget(self.refresh_button)
        note = QLabel(
            self.tr("Partners that report get more leads: this measure is part of their weight.")
        )
        note.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(note)
        self.refresh_button.clicked.connect(self.refresh)
        self.days.valueChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        handoffs, actor = self._context.services.handoffs, self._context.signed_in.actor
        days = self.days.value()
        self._context.workers.submit(
            lambda: handoffs.stale_partners(actor, days), self._show, self._failed
        )

    def _show(self, stale: list[StalePartner]) -> None:
        fill_table(
            self.table,
            [
                [
                    p.partner,
                    p.channel_manager or "",
                    self.tr("{stale} of {awaiting}").format(
                        stale=i18n.number(p.stale), awaiting=i18n.number(p.awaiting_news)
                    ),
                    Numeral(i18n.percent(p.stale_share * 100)),
                    when(p.oldest_news),
                    "; ".join(f"{r.name} <{r.email}>: {r.stale}" for r in p.reps),
                ]
                for p in stale
            ],
        )
        self.status.setText(
            self.tr("{plural} not reporting").format(
                plural=i18n.plural(
                    len(stale),
                    QT_TRANSLATE_NOOP("Counts", "{n} partner"),
                    QT_TRANSLATE_NOOP("Counts", "{n} partners"),
                )
            )
            if stale
            else self.tr("Every partner reported on its open handoffs.")
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))
