"""Check calls that reopened a handoff: the customer says the partner never called. The
channel manager re-routes the lead to the next eligible partner (the reason goes with it)
or keeps it with the partner, with a note."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.services.check_calls.dto import ReopenedHandoff
from qualifier_app.services.check_calls.service import CheckCallService
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.ui.partners.cells import when
from qualifier_app.ui.partners.check_call_policy import CheckCallPolicyPanel
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of


class CheckCallsTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[ReopenedHandoff] = []
        self._said = ""  # what the last decision did, shown above the count
        self._may = context.signed_in.actor.may(Action.RECORD_PARTNER_FEEDBACK)
        columns = (
            self.tr("Lead"),
            self.tr("Company"),
            self.tr("Partner"),
            self.tr("Partner rep"),
            self.tr("Sent"),
            self.tr("What the customer said"),
            self.tr("Flag"),
        )
        self.table = make_table(columns, self.tr("Handoffs reopened by a check call"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("why the lead stays with the partner"))
        self.note.setAccessibleName(self.tr("Why the lead stays with the partner"))
        self.reroute_button = QPushButton(self.tr("Re-route to the ne&xt partner"))
        self.keep_button = QPushButton(self.tr("Kee&p with the partner"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.reroute_button)
        note = QLabel(
            self.tr(
                "What customers tell the check calls (contacted by the partner, satisfaction) "
                "is part of each partner's routing weight."
            )
        )
        note.setObjectName("subtitle")
        note.setWordWrap(True)
        self.policy = CheckCallPolicyPanel(context)
        heading = QLabel(self.tr("Handoffs a check call reopened"))
        heading.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.note_error = QLabel("")
        self.note_error.setObjectName("fieldError")
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        layout.addWidget(self.note_error)
        layout.addWidget(self.status)
        layout.addWidget(note)
        for widget in (self.note, self.keep_button, self.reroute_button):
            widget.setEnabled(self._may)
        self.reroute_button.clicked.connect(self.reroute)
        self.keep_button.clicked.connect(self.keep)
        self.refresh()

    def refresh(self) -> None:
        if not self._may:
            self.status.setText(self.tr("Only channel managers and supervisors decide these."))
            return
        checks, actor = self._context.services.check_calls, self._context.signed_in.actor
        self._context.workers.submit(lambda: checks.reopened(actor), self._show, self._failed)

    def _show(self, rows: tuple[ReopenedHandoff, ...]) -> None:
        self._rows = list(rows)
        fill_table(
            self.table,
            [
                [
                    str(r.lead_id),
                    r.company,
                    r.partner,
                    r.partner_rep,
                    when(r.sent_at),
                    i18n.translated(r.said),
                    self.tr("contradicts the partner's status") if r.contradiction else "",
                ]
                for r in rows
            ],
        )
        if rows:
            count = self.tr("{count}: the customer says the partner never called.").format(
                count=i18n.plural(
                    len(rows),
                    QT_TRANSLATE_NOOP("Counts", "{n} reopened handoff"),
                    QT_TRANSLATE_NOOP("Counts", "{n} reopened handoffs"),
                )
            )
        else:
            count = self.tr("No handoff is reopened by a check call.")
        # The last decision stays said until the next one: a refresh started by a change
        # elsewhere may land after the decision's own and must not take the words away.
        self.status.setText(" ".join(part for part in (self._said, count) if part))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, InvalidInput) and exc.field == "note":
            # Said under the note, where the supervisor types the answer.
            self.note_error.setText(message_of(exc))
            self.note_error.show()
            self.note.setFocus()
        else:
            self.status.setText(message_of(exc))
        self.reroute_button.setEnabled(self._may)
        self.keep_button.setEnabled(self._may)

    def selected(self) -> ReopenedHandoff | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def reroute(self) -> None:
        self._decide(
            self.tr("Re-routing…"),
            lambda checks, actor, check_id: checks.reroute(actor, check_id),
            self._rerouted,
        )

    def _rerouted(self, outcome: HandoffSummary | str) -> None:
        if isinstance(outcome, HandoffSummary):
            said = self.tr("Lead {lead} re-routed to {partner}.").format(
                lead=outcome.lead_id, partner=outcome.partner
            )
        else:
            said = i18n.translated(outcome)
        self._done(said)

    def keep(self) -> None:
        self.note_error.hide()
        note = self.note.text()
        self._decide(
            self.tr("Saving…"),
            lambda checks, actor, check_id: checks.keep(actor, check_id, note),
            lambda _: self._kept(),
        )

    def _decide(
        self,
        doing: str,
        call: Callable[[CheckCallService, Actor, int], Any],
        done: Callable[[Any], None],
    ) -> None:
        """Run the decision on the selected handoff off the GUI thread."""
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("Select a handoff first."))
            return
        checks, actor, check_id = (
            self._context.services.check_calls,
            self._context.signed_in.actor,
            row.check_call_id,
        )
        self._busy(doing)
        self._context.workers.submit(lambda: call(checks, actor, check_id), done, self._failed)

    def _kept(self) -> None:
        self.note.clear()
        self._done(self.tr("Kept with the partner."))

    def _busy(self, text: str) -> None:
        self._said = ""
        self.reroute_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        self.status.setText(text)

    def _done(self, said: str) -> None:
        self.reroute_button.setEnabled(True)
        self.keep_button.setEnabled(True)
        self._said = said
        self.status.setText(said)
        self.refresh()
