"""Handoffs and partner feedback: where each sent lead stands, why it went to its partner,
and what the partner reported back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.closed_loop import REPORTABLE, HandoffStatus, parse_day, parse_money
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Action
from qualifier_app.services.partners.dto import HandoffSummary
from qualifier_app.ui.partners.cells import money, when
from qualifier_app.ui.partners.flagged import FlaggedDeliveries
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.field_problem import FieldForm
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of

HANDOFF_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Handoff"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Sent"),
    QT_TRANSLATE_NOOP("Columns", "Respond by"),
    QT_TRANSLATE_NOOP("Columns", "Last news"),
    QT_TRANSLATE_NOOP("Columns", "Pipeline"),
    QT_TRANSLATE_NOOP("Columns", "Won"),
)
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("HandoffsTab", "All"), None),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Awaiting delivery"), "pending"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Sent"), "sent"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Accepted"), "accepted"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Active"), "active"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Won"), "won"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Lost"), "lost"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Rejected"), "rejected"),
    (QT_TRANSLATE_NOOP("HandoffsTab", "Expired"), "expired"),
)


class HandoffsTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._handoffs: list[HandoffSummary] = []
        self._currency: str | None = None  # the center's, once the list is loaded
        # The handoff whose feedback the form holds: what was typed for one is not another's.
        self._form_of: int | None = None
        actor = context.signed_in.actor
        self._may_record = actor.may(Action.RECORD_PARTNER_FEEDBACK)

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show handoffs"))
        for label, value in STATUS_FILTERS:
            self.filter.addItem(self.tr(label), value)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.table = make_table(HANDOFF_COLUMNS, self.tr("Handoffs"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch()
        top.addWidget(self.refresh_button)
        left_box.addLayout(top)
        left_box.addWidget(self.table)
        left_box.addWidget(self.status)
        self.flagged = FlaggedDeliveries(context, self.refresh)
        left_box.addWidget(self.flagged)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._build_feedback())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.clicked.connect(self.flagged.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.record_button.clicked.connect(self.record)
        self.nurture_button.clicked.connect(self.back_to_nurture)
        self.refresh()
        self.flagged.refresh()

    def _build_feedback(self) -> QWidget:
        self.detail = QLabel(self.tr("Select a handoff to see why it went to its partner."))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Why this partner"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_status = QComboBox()
        for status in REPORTABLE:
            self.new_status.addItem(i18n.translated(status.label), status.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why rejected or lost"))
        self.pipeline = QLineEdit()
        self.pipeline.setPlaceholderText(self.tr("e.g. 48000"))
        self.revenue = QLineEdit()
        self.revenue.setPlaceholderText(self.tr("e.g. 45000"))
        self.closed_on = QLineEdit()
        self.closed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.record_button = QPushButton(self.tr("Record &update"))
        self.record_button.setObjectName("primary")
        self.nurture_button = QPushButton(self.tr("Back to &nurture"))
        self.feedback_status = QLabel()
        self.feedback_status.setObjectName("subtitle")
        self.feedback_status.setWordWrap(True)

        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add("status", self.tr("New st&atus"), self.new_status)
        self.form.add("reason", self.tr("Reas&on"), self.reason)
        self.form.add("pipeline_value", self.tr("&Pipeline value"), self.pipeline)
        self.form.add("revenue", self.tr("Won re&venue"), self.revenue)
        self.form.add("closed_on", self.tr("&Close date"), self.closed_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.nurture_button)
        buttons.addStretch()
        buttons.addWidget(self.record_button)

        right = QWidget()
        right_box = QVBoxLayout(right)
        why = QLabel(self.tr("Why this partner"))
        why.setObjectName("subtitle")
        right_box.addWidget(why)
        right_box.addWidget(self.detail)
        feedback = QLabel(self.tr("Partner feedback"))
        feedback.setObjectName("subtitle")
        right_box.addSpacing(8)
        right_box.addWidget(feedback)
        right_box.addLayout(form_layout)
        right_box.addLayout(buttons)
        right_box.addWidget(self.feedback_status)
        right_box.addStretch()
        for widget in (self.record_button, self.nurture_button, *self.form.fields.values()):
            widget.setEnabled(self._may_record)
        if not self._may_record:
            self.feedback_status.setText(
                self.tr("Only channel managers and supervisors enter feedback.")
            )
        return right

    def refresh(self, *_: object) -> None:
        handoffs, actor = self._context.services.handoffs, self._context.signed_in.actor
        center = self._context.services.center
        status = self.filter.currentData()
        self._context.workers.submit(
            lambda: (handoffs.list_handoffs(actor, status), center.currency(actor)),
            self._show,
            self._failed,
        )

    def _show(self, listed: tuple[list[HandoffSummary], str]) -> None:
        selected = self.selected()
        handoffs, self._currency = listed
        self._handoffs = handoffs
        self._show_currency(self._currency)
        fill_table(
            self.table,
            [
                [
                    str(h.id),
                    h.company or h.contact_name,
                    h.partner,
                    h.status_text,
                    when(h.sent_at),
                    when(h.deadline_at) if h.status == "sent" else "",
                    when(h.last_update_at),
                    money(h.pipeline_value),
                    money(h.won_revenue),
                ]
                for h in handoffs
            ],
        )
        self.status.setText(
            i18n.plural(
                len(handoffs),
                QT_TRANSLATE_NOOP("Counts", "{n} handoff"),
                QT_TRANSLATE_NOOP("Counts", "{n} handoffs"),
            )
        )
        if selected is not None:
            self.select(selected.id)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def selected(self) -> HandoffSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._handoffs[rows[0].row()] if rows else None

    def select(self, handoff_id: int) -> None:
        for row, handoff in enumerate(self._handoffs):
            if handoff.id == handoff_id:
                self.table.selectRow(row)

    def _selected(self) -> None:
        handoff = self.selected()
        if handoff is None:
            return
        lines = [
            self.tr("Handoff {handoff} to {partner} ({rep})").format(
                handoff=handoff.id,
                partner=handoff.partner,
                rep=handoff.partner_rep or self.tr("no rep"),
            )
        ]
        lines.append(i18n.translated(handoff.why))
        if handoff.reject_reason:
            lines.append(self.tr("Rejected: {reason}").format(reason=handoff.reject_reason))
        if handoff.lost_reason:
            lines.append(self.tr("Lost: {reason}").format(reason=handoff.lost_reason))
        lines.append(
            self.tr("Lead status: {status}").format(
                status=i18n.translated(LeadStatus(handoff.lead_status).label)
            )
        )
        if handoff.awaiting_delivery:
            lines.append(
                self.tr("Handoff: {status}.").format(status=i18n.translated(handoff.status_text))
            )
        self.detail.setText("\n\n".join(lines))
        self.form.clear()
        self.feedback_status.clear()
        if handoff.id != self._form_of:
            self._form_of = handoff.id
            self.new_status.setCurrentIndex(0)
            self._clear_values()

    def _show_currency(self, currency: str) -> None:
        """The amounts' columns and fields say the currency they are in: the center's."""
        titles = i18n.columns(HANDOFF_COLUMNS)
        for column in (HANDOFF_COLUMNS.index("Pipeline"), HANDOFF_COLUMNS.index("Won")):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setText(f"{titles[column]} ({currency})")
        self.pipeline.setPlaceholderText(f"{self.tr('e.g. 48000')} {currency}")
        self.revenue.setPlaceholderText(f"{self.tr('e.g. 45000')} {currency}")

    def _clear_values(self) -> None:
        for field in (self.reason, self.pipeline, self.revenue, self.closed_on):
            field.clear()

    def _busy(self, busy: bool) -> None:
        """Both buttons wait while either's work runs: a second press would only conflict."""
        for button in (self.record_button, self.nurture_button):
            button.setEnabled(self._may_record and not busy)

    def _values(self) -> tuple[Decimal | None, Decimal | None, date | None]:
        return (
            parse_money(self.pipeline.text(), "pipeline_value", self._currency),
            parse_money(self.revenue.text(), "revenue", self._currency),
            parse_day(self.closed_on.text(), "closed_on"),
        )

    def record(self) -> None:
        self.form.clear()
        handoff = self.selected()
        if handoff is None:
            self.feedback_status.setText(self.tr("Select a handoff first."))
            return
        try:
            pipeline, revenue, closed_on = self._values()
        except InvalidInput as exc:
            self.form.show(exc.field, message_of(exc))
            return
        service, actor = self._context.services.handoffs, self._context.signed_in.actor
        status, reason = str(self.new_status.currentData()), self.reason.text()
        self._busy(True)
        self._context.workers.submit(
            lambda: service.record_feedback(
                actor, handoff.id, status, reason, pipeline, revenue, closed_on
            ),
            self._recorded,
            self._record_failed,
        )

    def back_to_nurture(self) -> None:
        self.form.clear()
        handoff = self.selected()
        if handoff is None:
            self.feedback_status.setText(self.tr("Select a handoff first."))
            return
        service, actor = self._context.services.handoffs, self._context.signed_in.actor
        reason = self.reason.text()
        self._busy(True)
        self._context.workers.submit(
            lambda: service.back_to_nurture(actor, handoff.id, reason),
            self._recorded,
            self._record_failed,
        )

    def _recorded(self, handoff: HandoffSummary) -> None:
        self._busy(False)
        if handoff.id == self._form_of:
            self._clear_values()
        self.feedback_status.setText(
            self.tr("Handoff {id} is {status}; the lead is {replace}.").format(
                id=handoff.id,
                status=i18n.translated(HandoffStatus(handoff.status).label),
                replace=i18n.translated(LeadStatus(handoff.lead_status).label),
            )
        )
        self.refresh()

    def _record_failed(self, exc: Exception) -> None:
        self._busy(False)
        field = exc.field if isinstance(exc, InvalidInput) else None
        if not self.form.show(field, message_of(exc)):
            self.feedback_status.setText(message_of(exc))
