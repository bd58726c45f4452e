"""Lookup in the Workspace: find a prospect who calls back, open the lead record, take it.

The search box (a small dialog, from the table's `lookup` key) finds leads by phone in any
format, e-mail, name or company prefix; Enter searches, Down goes to the results, Enter on a
result opens its record. From the record the rep takes the lead as an inbound call (the
prospect is on the line) or to call out; the lead then opens in the Workspace as if it came
from the queue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.lifecycle import status_label
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.services.workspace.dto import WorkItem
from qualifier_app.services.workspace.lead_record_dto import LookupResult
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.forms import Numeral, fill_table, message_of
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog
from qualifier_app.ui.workspace.session import LeadSession

HEADERS = [
    QT_TRANSLATE_NOOP("Columns", "ID"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Contact"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "E-mail"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Being worked by"),
]


class LookupDialog(QDialog):
    searched = Signal(int)  # how many leads were found
    record_opened = Signal(object)  # the LeadRecordDialog

    def __init__(self, parent: QWidget, services: Services, actor: Actor, workers: Workers) -> None:
        super().__init__(parent)
        self.setObjectName("lookup")
        self.setWindowTitle(self.tr("Find a lead"))
        self.resize(860, 420)
        self._services, self._actor, self._workers = services, actor, workers
        self.query = QLineEdit()
        self.query.setObjectName("lookupQuery")
        self.query.setAccessibleName(self.tr("Find a lead"))
        self.query.setPlaceholderText(
            self.tr("Phone (any format), e-mail, name or company — then Enter")
        )
        self.problem = QLabel()
        self.problem.setObjectName("lookupProblem")
        self.problem.setAccessibleName(self.tr("Problem with the search"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("What was searched"))
        self.results = QTableWidget(0, len(HEADERS))
        self.results.setObjectName("lookupResults")
        self.results.setAccessibleName(self.tr("Leads found"))
        self.results.setTabKeyNavigation(False)
        self.results.setHorizontalHeaderLabels(i18n.columns(HEADERS))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.activated.connect(lambda index: self.open_record(index.row()))
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.query)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.query.returnPressed.connect(self.search)
        self.query.installEventFilter(self)
        self.results.installEventFilter(self)
        self.found: LookupResult | None = None
        self.take: Callable[[LeadRecordDialog, int, bool], None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.query and key == Qt.Key.Key_Down and self.results.rowCount():
                self.results.setFocus()
                self.results.selectRow(max(0, self.results.currentRow()))
                return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_record(self.results.currentRow())
                return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        text = self.query.text()
        lookup, actor = self._services.lookup, self._actor
        self.summary.setText(self.tr("Searching…"))
        self._workers.submit(lambda: lookup.find(actor, text), self._found, self._failed)

    def _found(self, result: LookupResult) -> None:
        self.found = result
        style.set_invalid(self.query, False)
        self.problem.hide()
        rows = [
            [
                Numeral(str(hit.id)),  # a lead's number: no thousands separator
                hit.company,
                hit.contact_name,
                hit.phone,
                hit.email,
                status_label(hit.status),  # in the person's language (fill_table)
                hit.held_by or "",
            ]
            for hit in result.hits
        ]
        fill_table(self.results, rows)
        if not rows:
            self.summary.setText(
                self.tr("No lead found ({understood_as}).").format(
                    understood_as=i18n.translated(result.understood_as)
                )
            )
        else:
            more = self.tr(" — more match; type more to narrow it down") if result.more else ""
            self.summary.setText(
                self.tr("{plural}, {understood_as}{more}.").format(
                    plural=i18n.plural(
                        len(rows),
                        QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                        QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                    ),
                    understood_as=i18n.translated(result.understood_as),
                    more=more,
                )
            )
            self.results.selectRow(0)
        self.searched.emit(len(rows))

    def _failed(self, exc: Exception) -> None:
        self.summary.setText("")
        fill_table(self.results, [])
        self.problem.setText(message_of(exc))
        self.problem.show()
        style.set_invalid(self.query, isinstance(exc, InvalidInput))
        self.query.setFocus()
        self.searched.emit(-1)

    def open_record(self, row: int) -> None:
        if self.found is None or not 0 <= row < len(self.found.hits):
            return
        lead_id = self.found.hits[row].id
        lookup, actor = self._services.lookup, self._actor
        dialog = LeadRecordDialog(
            self,
            self._workers,
            lambda: lookup.record(actor, lead_id),
            can_take=actor.may(Action.WORK_LEADS),
            person=self._services.person,
            actor=actor,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        take = self.take
        if take is not None:
            dialog.take_requested.connect(lambda lid, inbound: take(dialog, lid, inbound))
        dialog.show()
        self.record_opened.emit(dialog)


class WorkspaceLookup:
    """The Workspace's part: the key, the dialog, and taking a found lead."""

    def __init__(
        self,
        view: QWidget,
        context: AreaContext,
        current: Callable[[], LeadSession | None],
        taken: Callable[[WorkItem], None],
    ) -> None:
        self._view, self._services = view, context.services
        self._actor, self._workers = context.signed_in.actor, context.workers
        self._current = current
        self._taken = taken
        self.dialog: LookupDialog | None = None
        self.action = make_action(view, "lookup")
        self.action.triggered.connect(self.open)
        view.addAction(self.action)

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = LookupDialog(self._view, self._services, self._actor, self._workers)
            self.dialog.take = self._take
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.query.setFocus()
        self.dialog.query.selectAll()

    def _take(self, record: LeadRecordDialog, lead_id: int, inbound: bool) -> None:
        held = self._current()
        if held is not None:
            record.show_problem(
                QCoreApplication.translate(
                    "WorkspaceLookup",
                    "Finish lead {lead_id} first: save its outcome, then take this one.",
                ).format(lead_id=held.lead_id)
            )
            return
        workspace, actor = self._services.workspace, self._actor

        def done(item: WorkItem) -> None:
            record.accept()
            if self.dialog is not None:
                self.dialog.hide()
            self._taken(item)

        self._workers.submit(
            lambda: workspace.take_found(actor, lead_id, inbound=inbound),
            done,
            lambda exc: record.show_problem(message_of(exc)),
        )
