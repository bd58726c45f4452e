"""Teams & queues: administrators for every team, team leads for their own.

Above, the teams (add, rename, deactivate); below, the queues (add to a team, segment and
priority, who works them, remove — one that still holds leads says how many and offers to
move them to another queue first). A rep added to a team works that team's queues; a queue
added to a team is worked by the team's reps; the member list changes that per queue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.dto import UserSummary
from qualifier_app.services.admin.teams import QueueSummary, TeamSummary
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.admin.teams_common import field_of, while_shown
from qualifier_app.ui.admin.teams_queues import QueuesPanel
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    fill_table,
    list_beside_form,
    make_table,
    message_of,
    numeral,
)

TEAM_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Team"),
    QT_TRANSLATE_NOOP("Columns", "Queues"),
    QT_TRANSLATE_NOOP("Columns", "People"),
    QT_TRANSLATE_NOOP("Columns", "Active"),
)


class TeamsArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._teams: list[TeamSummary] = []
        self._editing: TeamSummary | None = None
        self.table = make_table(TEAM_COLUMNS, self.tr("Teams"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("New t&eam"))
        self.new_button.setEnabled(self._actor.role is Role.ADMIN)
        self.queues = QueuesPanel(context, self.reload, self._actor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(
            list_beside_form(self.table, self.status, self.new_button, self._build_form())
        )
        splitter.addWidget(self.queues)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.live = LiveList(self, context, self.reload)
        self._loaded = False
        self.start_new()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Loaded when first shown: a tab nobody opens costs the database nothing.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New team"), self.tr("Save &team"))
        self.save_button = self.editor.save_button
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. North America"))
        self.active_button = QPushButton(self.tr("De&activate team"))
        panel = self.editor.build(
            [("name", self.tr("Team &name"), self.name), ("active", "", self.active_button)]
        )
        self.outcome = QLabel()
        self.outcome.setObjectName("subtitle")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What happened to the team"))
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(panel)
        box.addWidget(self.outcome)
        box.addStretch()
        return side

    # --- the lists --------------------------------------------------------------------------

    def reload(self) -> None:
        accounts, teams, actor = (
            self._context.services.accounts,
            self._context.services.teams,
            self._actor,
        )
        self._context.workers.submit(
            lambda: (teams.list_teams(actor), teams.list_queues(actor), accounts.list_users(actor)),
            while_shown(self, lambda found: self._show(*found)),
            while_shown(self, lambda exc: self.status.setText(message_of(exc))),
        )

    def _show(
        self, teams: list[TeamSummary], queues: list[QueueSummary], users: list[UserSummary]
    ) -> None:
        chosen = self._editing.id if self._editing else None
        self._teams = teams
        fill_table(
            self.table,
            [
                (t.name, ", ".join(t.queues), numeral(t.members), i18n.yes_no(t.active))
                for t in teams
            ],
        )
        self.status.setText(
            i18n.plural(
                len(teams),
                QT_TRANSLATE_NOOP("Counts", "{n} team"),
                QT_TRANSLATE_NOOP("Counts", "{n} teams"),
            )
        )
        self.table.blockSignals(True)
        for row, team in enumerate(teams):
            if team.id == chosen:
                self.table.selectRow(row)
                self._editing = team
                self._show_active(team)
        self.table.blockSignals(False)
        self.queues.show_lists(teams, queues, users)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._teams):
            self.edit(self._teams[rows[0].row()])

    def start_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        adds = self._actor.role is Role.ADMIN  # leads keep their teams; admins set up new ones
        self.editor.heading.setText(
            self.tr("New team") if adds else self.tr("Choose one of your teams to rename it")
        )
        self.editor.reset()
        self.name.clear()
        self.name.setEnabled(adds)
        self.save_button.setEnabled(adds)
        self.active_button.setEnabled(False)
        self.name.setFocus()

    def edit(self, team: TeamSummary) -> None:
        self._editing = team
        self.editor.heading.setText(self.tr("Team {name}").format(name=team.name))
        self.editor.reset()
        self.name.setText(team.name)
        self.name.setEnabled(True)
        self.save_button.setEnabled(True)
        self._show_active(team)

    def _show_active(self, team: TeamSummary) -> None:
        self.active_button.setText(
            self.tr("De&activate team") if team.active else self.tr("Re&activate team")
        )
        self.active_button.setEnabled(True)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        self.editor.reset()
        teams, actor, name = self._context.services.teams, self._actor, self.name.text()
        self.save_button.setEnabled(False)
        if self._editing is None:
            self._context.workers.submit(
                lambda: teams.add_team(actor, name),
                while_shown(
                    self,
                    lambda t: self._saved(t, self.tr("Team {name} is added.").format(name=t.name)),
                ),
                self._failed("name"),
            )
            return
        old = self._editing.name
        self._context.workers.submit(
            lambda: teams.rename_team(actor, old, name),
            while_shown(
                self,
                lambda t: self._saved(
                    t, self.tr("Team {old} is now {name}.").format(old=old, name=t.name)
                ),
            ),
            self._failed("name"),
        )

    def toggle_active(self) -> None:
        if self._editing is None:
            return
        self.editor.reset()
        teams, actor = self._context.services.teams, self._actor
        name, active = self._editing.name, not self._editing.active
        self._context.workers.submit(
            lambda: teams.set_team_active(actor, name, active),
            while_shown(
                self,
                lambda t: self._saved(
                    t,
                    (
                        self.tr("Team {name} is active again.")
                        if t.active
                        else self.tr("Team {name} is deactivated.")
                    ).format(name=t.name),
                ),
            ),
            self._failed("active"),
        )

    def _failed(self, field: str) -> Callable[[Exception], None]:
        return while_shown(self, lambda exc: self.editor.failed(field_of(exc, field)))

    def _saved(self, team: TeamSummary, message: str) -> None:
        self.save_button.setEnabled(True)
        self._editing = team
        self.editor.heading.setText(self.tr("Team {name}").format(name=team.name))
        self.outcome.setText(message)
        self.reload()
