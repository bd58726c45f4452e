"""Sales-ready leads waiting for a partner: route them all, or choose a partner for one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qualifier_app.services.partners.dto import RoutePendingResult
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog

WAITING_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Lead"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Would go to"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
)


class RoutingTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[tuple[int, str]] = []
        note = QLabel(
            self.tr(
                "Sales-ready leads that have no partner yet: new ones, rejected ones, "
                "and those whose partner let the SLA run out with nobody else eligible."
            )
        )
        note.setObjectName("subtitle")
        note.setWordWrap(True)
        self.table = make_table(WAITING_COLUMNS, self.tr("Waiting leads"))
        self.table.setWordWrap(True)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.result = QLabel()  # what the last "Route all" did; stays while the list reloads
        self.result.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.choose_button = QPushButton(self.tr("&Choose partner…"))
        self.route_all_button = QPushButton(self.tr("Route &all"))
        self.route_all_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.route_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.choose_button.clicked.connect(self.choose)
        self.route_all_button.clicked.connect(lambda: self._run(dry_run=False))
        self.dialog: PartnerChoiceDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        routing, actor = self._context.services.routing, self._context.signed_in.actor
        self.status.setText(self.tr("Loading…") if dry_run else self.tr("Routing…"))
        self._context.workers.submit(
            lambda: routing.route_pending(actor, dry_run=dry_run), self._show, self._failed
        )

    def _show(self, result: RoutePendingResult) -> None:
        rows = [(r.lead_id, r.company, r.partner or "", r.why) for r in result.routed]
        nobody = self.tr("(no eligible partner)")
        rows += [(w.lead_id, w.company, nobody, w.why) for w in result.waiting]
        self._rows = [(lead_id, company) for lead_id, company, _, _ in rows]
        if result.dry_run:
            fill_table(self.table, [[str(a), b, c, d] for a, b, c, d in rows])
            self.table.setColumnWidth(3, 520)
            self.status.setText(
                self.tr("{plural} waiting for a partner").format(
                    plural=i18n.plural(
                        len(rows),
                        QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                        QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                    )
                )
            )
        else:
            text = self.tr("Routed {plural}; {waiting} still wait").format(
                plural=i18n.plural(
                    len(result.routed),
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                ),
                waiting=i18n.number(len(result.waiting)),
            )
            if result.queued:
                text += self.tr(". {count} queued for e-mail: the outbox sweep sends them").format(
                    count=i18n.number(result.queued)
                )
            if result.awaiting_delivery:
                text += self.tr(
                    ". {count} awaiting delivery in the outbox: no mail server is configured, "
                    "their SLAs have not started"
                ).format(count=i18n.number(result.awaiting_delivery))
            self.result.setText(text + ".")
            self._run(dry_run=True)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Select a lead first."))
            return
        lead_id, _ = self._rows[rows[0].row()]
        self.dialog = PartnerChoiceDialog(self._context, lead_id, self)
        self.dialog.handed_off.connect(lambda _: self.refresh())
        self.dialog.open()
