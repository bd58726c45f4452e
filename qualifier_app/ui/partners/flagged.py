"""Deliveries waiting for a person: e-mails whose outcome stayed unknown after every
automatic retry, or whose partner rep's address, or the message itself, the mail server
refused for good. The person asks the partner about the Message-ID (or corrects the address,
or has the message let through), then says "delivered" (the SLA starts) or "send again" (one
more try with the same Message-ID)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qualifier_app.domain.roles import Action
from qualifier_app.services.partners.dto import DeliveryOutcome, FlaggedDelivery
from qualifier_app.ui.partners.cells import when
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Handoff"),
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
    QT_TRANSLATE_NOOP("Columns", "Message-ID to look for"),
    QT_TRANSLATE_NOOP("Columns", "Attempts"),
    QT_TRANSLATE_NOOP("Columns", "Flagged"),
)


class FlaggedDeliveries(QWidget):
    """Hidden while nothing waits; `changed` is called after every decision."""

    def __init__(self, context: AreaContext, changed: Callable[[], None]) -> None:
        super().__init__()
        self._context = context
        self._changed = changed
        self._flagged: list[FlaggedDelivery] = []
        self._may = context.signed_in.actor.may(Action.RECORD_PARTNER_FEEDBACK)
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.table = make_table(COLUMNS, self.tr("Deliveries waiting for a person"))
        self.table.setMaximumHeight(160)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what the partner said (kept in the audit)"))
        self.note.setAccessibleName(self.tr("What the partner said"))
        self.delivered_button = QPushButton(self.tr("Mark &delivered"))
        self.again_button = QPushButton(self.tr("Send a&gain"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.delivered_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for widget in (self.note, self.delivered_button, self.again_button):
            widget.setEnabled(self._may)
        self.delivered_button.clicked.connect(lambda: self.resolve("delivered"))
        self.again_button.clicked.connect(lambda: self.resolve("send-again"))
        self.setVisible(False)

    def refresh(self) -> None:
        if not self._may:
            return
        delivery, actor = self._context.services.delivery, self._context.signed_in.actor
        self._context.workers.submit(lambda: delivery.flagged(actor), self._show, self._failed)

    def _show(self, flagged: list[FlaggedDelivery]) -> None:
        self._flagged = flagged
        fill_table(
            self.table,
            [
                [
                    str(f.handoff_id),
                    f.partner,
                    self._why(f.why),
                    f.message_id,
                    str(f.attempts),
                    when(f.flagged_at),
                ]
                for f in flagged
            ],
        )
        for row, f in enumerate(flagged):
            cell = self.table.item(row, 2)
            if cell is not None and f.why == "message_refused" and f.problem:
                # What the mail server answered, as it said it.
                cell.setToolTip(f.problem)
                cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f.problem)
        one = self.tr(
            "1 delivery waits for a person: ask the partner about the Message-ID (or give it "
            "a working address), then mark it delivered or send it again."
        )
        several = self.tr(
            "{count} deliveries wait for a person: ask the partner about the Message-ID (or "
            "give it a working address), then mark one delivered or send it again."
        ).format(count=len(flagged))
        self.title.setText(one if len(flagged) == 1 else several)
        self.setVisible(bool(flagged) or bool(self.status.text()))

    def _why(self, why: str) -> str:
        if why == "refused":
            return self.tr("address refused: correct it in the directory, then send again")
        if why == "message_refused":
            return self.tr(
                "message refused by the mail server: have it let through, then send again, "
                "or hand the lead over another way and mark it delivered"
            )
        if why == "do_not_call":
            return self.tr("the lead went do-not-call: not sent")
        return self.tr("may have reached the partner")

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))
        self.delivered_button.setEnabled(self._may)
        self.again_button.setEnabled(self._may)

    def selected(self) -> FlaggedDelivery | None:
        rows = self.table.selectionModel().selectedRows()
        return self._flagged[rows[0].row()] if rows else None

    def resolve(self, decision: str) -> None:
        flagged = self.selected()
        if flagged is None:
            self.status.setText(self.tr("Select a delivery first."))
            return
        delivery, actor = self._context.services.delivery, self._context.signed_in.actor
        note, handoff_id = self.note.text(), flagged.handoff_id
        self.delivered_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.status.setText(
            self.tr("Sending again…") if decision == "send-again" else self.tr("Saving…")
        )
        self._context.workers.submit(
            lambda: delivery.resolve_flagged(actor, handoff_id, decision, note),
            lambda outcome: self._resolved(decision, outcome),
            self._failed,
        )

    def _resolved(self, decision: str, outcome: DeliveryOutcome) -> None:
        self.delivered_button.setEnabled(True)
        self.again_button.setEnabled(True)
        self.note.clear()
        if decision == "delivered":
            text = self.tr("Handoff {handoff} marked delivered; its SLA starts now.").format(
                handoff=outcome.handoff_id
            )
        elif outcome.delivered:
            text = self.tr("Handoff {handoff} sent again.").format(handoff=outcome.handoff_id)
        else:
            text = self.tr("Handoff {handoff} not sent: {problem}").format(
                handoff=outcome.handoff_id, problem=i18n.translated(outcome.problem)
            )
        self.status.setText(text)
        self.refresh()
        self._changed()
