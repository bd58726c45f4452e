"""My figures (Ctrl+Shift+M): today and this week, what the rep did on the phone and what
the partners did with the rep's leads. Read from the database on the worker pool."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.roles import Actor
from qualifier_app.services.workspace.my_figures import MyFigures, PeriodFigures
from qualifier_app.services.workspace.service import WorkspaceService
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.widgets.forms import Numeral, table_item
from qualifier_app.ui.workspace.agent_state_bar import clock_text
from qualifier_app.ui.workspace.calls import ServiceCalls, problem_text


def _rows(period: PeriodFigures) -> tuple[str, ...]:
    return (
        i18n.number(period.calls),
        clock_text(timedelta(seconds=period.talk_seconds)),
        i18n.number(period.contacts),
        i18n.number(period.sales_ready),
        i18n.number(period.accepted),
        i18n.number(period.won),
    )


class MyFiguresDialog(QDialog):
    loaded = Signal(MyFigures)

    def __init__(
        self, parent: QWidget, workspace: WorkspaceService, actor: Actor, calls: ServiceCalls
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My figures"))
        self._workspace = workspace
        self._actor = actor
        self._calls = calls
        captions = (
            self.tr("Calls"),
            self.tr("Talk time"),
            self.tr("Contacts"),
            self.tr("Sales-ready"),
            self.tr("Accepted by partners"),
            self.tr("Won by partners"),
        )
        self.table = QTableWidget(len(captions), 2)
        self.table.setAccessibleName(self.tr("My figures"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([self.tr("Today"), self.tr("This week")])
        self.table.setVerticalHeaderLabels(list(captions))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        workspace, actor = self._workspace, self._actor
        # Days and weeks as the rep lives them: this workstation's own time zone.
        zone = i18n.workstation_zone()
        self._calls.submit(lambda: workspace.my_figures(actor, zone), self._show, self._failed)

    def _show(self, figures: MyFigures) -> None:
        for column, period in enumerate((figures.today, figures.week)):
            for row, text in enumerate(_rows(period)):
                self.table.setItem(row, column, table_item(Numeral(text)))
        self.status.setText(
            self.tr("As of {at}; the week began {week}.").format(
                at=i18n.time_of_day(figures.at.astimezone()), week=i18n.day(figures.week.since)
            )
        )
        self.table.setFocus()
        self.loaded.emit(figures)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(
            self.tr("Could not load your figures: {problem}").format(problem=problem_text(exc))
        )
