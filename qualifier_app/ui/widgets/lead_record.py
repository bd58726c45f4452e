"""The lead record: one lead's card, the past it came back with, and every touch, attempt,
BANT answer set, outcome, handoff, partner feedback and audit row on one timeline.

A dialog several areas open (the Workspace from a lookup, the Team board from its lead table,
Reports from a drill-down): it loads on the worker pool and shows a problem in place. Whoever
may work leads gets two more buttons, to take the lead as an inbound call (the prospect is on
the line) or to call it out; the area that opened the dialog does the taking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.roles import Actor
from qualifier_app.services.compliance.person import PersonService
from qualifier_app.services.workspace.lead_record_dto import LeadRecord, RecycledPast
from qualifier_app.services.workspace.lookup import LeadLookup
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.forms import fill_table, message_of
from qualifier_app.ui.widgets.person_actions import PersonActions

# The kinds of timeline events (services/workspace/lead_record.py), shown in the person's words.
TIMELINE_KINDS = (
    QT_TRANSLATE_NOOP("Timeline", "touch"),
    QT_TRANSLATE_NOOP("Timeline", "attempt"),
    QT_TRANSLATE_NOOP("Timeline", "outcome"),
    QT_TRANSLATE_NOOP("Timeline", "qualification"),
    QT_TRANSLATE_NOOP("Timeline", "handoff"),
    QT_TRANSLATE_NOOP("Timeline", "partner"),
    QT_TRANSLATE_NOOP("Timeline", "correction"),
    QT_TRANSLATE_NOOP("Timeline", "audit"),
)
TIMELINE_HEADERS = [
    QT_TRANSLATE_NOOP("Columns", "When (UTC)"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "What"),
    QT_TRANSLATE_NOOP("Columns", "Detail"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
]


def past_text(past: RecycledPast) -> str:
    """What a recycled lead came back with, one line each."""
    lines = []
    if past.last_outcome:
        lines.append(
            QCoreApplication.translate("LeadRecordDialog", "Last outcome: {outcome}").format(
                outcome=i18n.translated(past.last_outcome)
            )
        )
    if past.nurture_reason:
        lines.append(
            QCoreApplication.translate("LeadRecordDialog", "Nurture reason: {reason}").format(
                reason=i18n.translated(past.nurture_reason)
            )
        )
    if past.partner_loss_reason:
        lines.append(
            QCoreApplication.translate("LeadRecordDialog", "Partner: {reason}").format(
                reason=i18n.translated(past.partner_loss_reason)
            )
        )
    if past.earlier_answers is not None:
        earlier = past.earlier_answers
        lines.append(
            QCoreApplication.translate(
                "LeadRecordDialog", "Earlier BANT answers: {day} on {script}, grade {grade}"
            ).format(day=i18n.local_day(earlier.at), script=earlier.script, grade=earlier.grade)
        )
    return "\n".join(lines)


def _hidden_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def _timeline_table() -> QTableWidget:
    table = QTableWidget(0, len(TIMELINE_HEADERS))
    table.setObjectName("recordTimeline")
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(i18n.columns(TIMELINE_HEADERS))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class LeadRecordDialog(QDialog):
    loaded = Signal(int)  # lead id, once the record is shown
    take_requested = Signal(int, bool)  # lead id, inbound

    def __init__(
        self,
        parent: QWidget | None,
        workers: Workers,
        load: Callable[[], LeadRecord],
        *,
        can_take: bool = False,
        person: PersonService | None = None,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadRecord")
        self.setWindowTitle(self.tr("Lead record"))
        self.resize(900, 600)
        self.record: LeadRecord | None = None
        self.heading = QLabel(self.tr("Loading the lead record…"))
        self.heading.setObjectName("recordHeading")
        self.heading.setWordWrap(True)
        self.card = QLabel()
        self.card.setObjectName("recordCard")
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.past = QLabel()
        self.past.setObjectName("recordPast")
        self.past.setWordWrap(True)
        self.past.hide()
        self.timeline = _timeline_table()
        self.problem = _hidden_label("recordProblem")

        self.inbound_button = QPushButton(self.tr("Take as &inbound call"))
        self.inbound_button.setToolTip(
            self.tr("The prospect is calling: take the lead now, whatever its calling window")
        )
        self.outbound_button = QPushButton(self.tr("Take and call &out"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.inbound_button, self.outbound_button):
            button.setEnabled(False)
            button.setVisible(can_take)
            button.setAutoDefault(False)
        self.inbound_button.clicked.connect(lambda: self._take(inbound=True))
        self.outbound_button.clicked.connect(lambda: self._take(inbound=False))
        self.close_button.clicked.connect(self.reject)

        self.notice = _hidden_label("recordNotice")
        self.person_actions = self._person_actions(workers, person, actor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.inbound_button)
        buttons.addWidget(self.outbound_button)
        buttons.addStretch(1)
        if self.person_actions is not None:
            for button in self.person_actions.buttons:
                buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.card)
        layout.addWidget(self.past)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        workers.submit(load, self._show, self._failed)

    def _show(self, record: LeadRecord) -> None:
        self.record = record
        name = f" — {record.contact_name}" if record.contact_name else ""
        title = f", {record.title}" if record.title else ""
        self.heading.setText(
            self.tr("Lead {id}: {company}{name}{title}").format(
                id=record.id, company=record.company, name=name, title=title
            )
        )
        self.setWindowTitle(
            self.tr("Lead {id} — {company}").format(id=record.id, company=record.company)
        )
        status = i18n.translated(LeadStatus(record.status).label)
        if record.status_reason:
            status += f" ({i18n.translated(record.status_reason)})"
        none = "–"
        lines = [
            self.tr("Phone {phone}    E-mail {email}").format(
                phone=record.phone or none, email=record.email or none
            ),
            self.tr(
                "Status {status}    Score {score}    Grade {grade}    Attempts {attempts}    "
                "Campaign {campaign}"
            ).format(
                status=status,
                score=record.score,
                grade=record.grade or none,
                attempts=record.attempts,
                campaign=record.campaign or none,
            ),
        ]
        if record.held_by:
            lines.append(self.tr("Being worked by {rep}").format(rep=record.held_by))
        if record.assigned_rep:
            lines.append(self.tr("Assigned to {rep}").format(rep=record.assigned_rep))
        lines.extend(
            f"{i18n.translated(name)}: {i18n.translated(value)}"
            for name, value in record.facts.items()
        )
        if record.inquiry:
            lines.append(self.tr("Inquiry: {inquiry}").format(inquiry=record.inquiry))
        if record.consent:
            consent = "; ".join(i18n.translated(line) for line in record.consent)
            lines.append(self.tr("Consent on the call: {consent}").format(consent=consent))
        self.card.setText("\n".join(lines))
        if record.past is not None:
            self.past.setText(self.tr("Came back to the center.") + "\n" + past_text(record.past))
            self.past.show()
        rows = [
            [
                i18n.moment(e.at),
                QCoreApplication.translate("Timeline", e.kind),
                e.title,
                e.detail,
                e.who,
            ]
            for e in record.timeline
        ]
        fill_table(self.timeline, rows)
        for row, event in enumerate(record.timeline):
            cell = self.timeline.item(row, 2)
            if event.code and cell is not None:  # an audit row's action, as the log keeps it
                cell.setToolTip(event.code)
        if rows:
            self.timeline.scrollToBottom()
        if self.person_actions is not None:
            self.person_actions.set_lead(record.id)
        free = record.held_by is None
        self.inbound_button.setEnabled(free)
        self.outbound_button.setEnabled(free)
        if self.inbound_button.isVisible() and free:
            self.inbound_button.setFocus()
        else:
            self.timeline.setFocus()
        self.loaded.emit(record.id)

    def _failed(self, exc: Exception) -> None:
        self.heading.setText(self.tr("The lead record could not be loaded."))
        self.show_problem(message_of(exc))

    def _person_actions(
        self, workers: Workers, person: PersonService | None, actor: Actor | None
    ) -> PersonActions | None:
        if person is None or actor is None:
            return None
        return PersonActions(self, person, actor, workers, self.show_notice)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        for button in (self.inbound_button, self.outbound_button):
            button.setEnabled(self.record is not None and self.record.held_by is None)

    def _take(self, *, inbound: bool) -> None:
        if self.record is None:
            return
        self.inbound_button.setEnabled(False)
        self.outbound_button.setEnabled(False)
        self.problem.hide()
        self.take_requested.emit(self.record.id, inbound)


def open_lead_record(
    parent: QWidget,
    lookup: LeadLookup,
    actor: Actor,
    workers: Workers,
    lead_id: int,
    person: PersonService | None = None,
) -> LeadRecordDialog:
    """Show a lead's record to read (the Team board's lead table, a report's drill-down);
    with `person`, the buttons for the person's data too."""
    dialog = LeadRecordDialog(
        parent, workers, lambda: lookup.record(actor, lead_id), person=person, actor=actor
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
