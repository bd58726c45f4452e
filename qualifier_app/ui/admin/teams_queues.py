"""The queues half of Teams & queues: add one to a team, change its name, segment and
priority, choose who works it, and remove it (moving the leads it still holds)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.roles import Actor, Role
from qualifier_app.services.accounts.dto import UserSummary
from qualifier_app.services.admin.teams import SEGMENTS, QueueSummary, TeamSummary
from qualifier_app.ui.admin.teams_common import field_of, while_shown
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    fill_table,
    list_beside_form,
    make_table,
    numeral,
)
from qualifier_app.ui.widgets.segments import segment_label

QUEUE_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Queue"),
    QT_TRANSLATE_NOOP("Columns", "Team"),
    QT_TRANSLATE_NOOP("Columns", "Segment"),
    QT_TRANSLATE_NOOP("Columns", "Priority"),
    QT_TRANSLATE_NOOP("Columns", "Members"),
    QT_TRANSLATE_NOOP("Columns", "Leads held"),
    QT_TRANSLATE_NOOP("Columns", "Open"),
)
WORKERS = (Role.REP.value, Role.TEAM_LEAD.value)


class MoveLeadsDialog(QDialog):
    """Removing a queue that still holds leads: how many, and where they go."""

    def __init__(self, parent: QWidget, queue: QueueSummary, targets: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove queue"))
        self.message = QLabel(
            self.tr(
                "The queue {name} still holds {plural} (waiting, called back or in "
                "nurture). Move them to:"
            ).format(
                name=queue.name,
                plural=i18n.plural(
                    queue.leads,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                ),
            )
        )
        self.message.setWordWrap(True)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Move the leads to"))
        self.target.addItems(list(targets))
        self.message.setBuddy(self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = buttons.addButton(
            self.tr("&Move them and remove the queue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setEnabled(bool(targets))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.target)
        if not targets:
            box.addWidget(QLabel(self.tr("There is no other open queue: add one first.")))
        box.addWidget(buttons)
        # Return moves the leads; Cancel is Esc (set once the buttons are in the dialog).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.move_button.setDefault(True)
        self.target.setFocus()


class QueuesPanel(QWidget):
    def __init__(self, context: AreaContext, changed: Callable[[], None], actor: Actor) -> None:
        super().__init__()
        self._context = context
        self._changed = changed
        self._actor = actor
        self._queues: list[QueueSummary] = []
        self._workers: list[UserSummary] = []
        self._own_teams: set[str] | None = None
        self._editing: QueueSummary | None = None
        self.dialog: QDialog | QMessageBox | None = None
        self.table = make_table(QUEUE_COLUMNS, self.tr("Queues"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("New &queue"))
        QVBoxLayout(self).addWidget(
            list_beside_form(self.table, self.status, self.new_button, self._build_form())
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.start_new()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New queue"), self.tr("Sa&ve queue"))
        self.save_button = self.editor.save_button
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. SMB West"))
        self.team = QComboBox()
        self.segment = QComboBox()
        for value in SEGMENTS:
            self.segment.addItem(segment_label(value), value)
        self.priority = QSpinBox()
        self.priority.setRange(-100, 100)
        self.priority.setToolTip(
            self.tr("Higher first: a rep's next lead comes from the highest queue")
        )
        self.members = QListWidget()
        self.members.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("&Remove queue…"))
        panel = self.editor.build(
            [
                ("name", self.tr("Queue na&me"), self.name),
                ("team", self.tr("&Under team"), self.team),
                ("segment", self.tr("Se&gment"), self.segment),
                ("priority", self.tr("&Priority"), self.priority),
                ("members", self.tr("&Worked by"), self.members),
                ("remove", "", self.remove_button),
            ]
        )
        self.outcome = QLabel()
        self.outcome.setObjectName("subtitle")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What happened to the queue"))
        self.unrouted = QLabel()
        self.unrouted.setObjectName("fieldError")
        self.unrouted.setWordWrap(True)
        self.unrouted.setAccessibleName(self.tr("No scoring rule routes leads to the queue"))
        self.unrouted.hide()
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(panel)
        box.addWidget(self.outcome)
        box.addWidget(self.unrouted)
        box.addStretch()
        return side

    # --- the list ---------------------------------------------------------------------------

    def show_lists(
        self, teams: list[TeamSummary], queues: list[QueueSummary], users: list[UserSummary]
    ) -> None:
        chosen = self._editing.id if self._editing else None
        current_team = self.team.currentText()
        self.team.clear()
        for team in teams:
            if team.active:
                self.team.addItem(team.name, team.name)
        self.team.setCurrentText(current_team)
        self._workers = [u for u in users if u.active and u.role in WORKERS]
        # A team lead is listed only their own teams: they tick their own people, and take
        # out of their teams' queues whoever works them.
        self._own_teams = None if self._actor.role is Role.ADMIN else {t.name for t in teams}
        self._queues = [q for q in queues if q.active]
        fill_table(
            self.table,
            [
                (
                    q.name,
                    q.team or "",
                    segment_label(q.segment),
                    numeral(q.priority),
                    ", ".join(q.members),
                    numeral(q.leads),
                    i18n.yes_no(q.active),
                )
                for q in self._queues
            ],
        )
        self.status.setText(
            i18n.plural(
                len(self._queues),
                QT_TRANSLATE_NOOP("Counts", "{n} open queue"),
                QT_TRANSLATE_NOOP("Counts", "{n} open queues"),
            )
        )
        self.table.blockSignals(True)
        for row, queue in enumerate(self._queues):
            if queue.id == chosen:
                self.table.selectRow(row)
                self._editing = queue
                self._fill_members(queue)
        self.table.blockSignals(False)
        if self._editing is None:
            self._fill_members(None)

    def _offered(self, queue: QueueSummary | None) -> list[UserSummary]:
        """The people whose ticks the person may change on `queue`."""
        own = self._own_teams
        if own is None:
            return self._workers
        keeps_all = queue is not None and queue.team in own
        return [
            u
            for u in self._workers
            if u.team in own or (keeps_all and queue is not None and u.login in queue.members)
        ]

    def _fill_members(self, queue: QueueSummary | None) -> None:
        self.members.clear()
        no_team = self.tr("no team")
        for user in sorted(self._offered(queue), key=lambda u: (u.team or "", u.login)):
            item = QListWidgetItem(f"{user.login} — {user.display_name} ({user.team or no_team})")
            item.setData(Qt.ItemDataRole.UserRole, user.login)
            if queue is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = user.login in queue.members
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.setEnabled(queue is not None)
        self.members.setToolTip(
            self.tr("Space ticks or unticks the person under the cursor")
            if queue is not None
            else self.tr("A new queue is worked by its team's reps; change it after saving")
        )

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._queues):
            self.edit(self._queues[rows[0].row()])

    def start_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.editor.heading.setText(self.tr("New queue"))
        self.editor.reset()
        self.name.clear()
        self.team.setEnabled(True)
        self.segment.setCurrentIndex(self.segment.findData("any"))
        self.priority.setValue(0)
        self.remove_button.setEnabled(False)
        self._fill_members(None)
        self.unrouted.hide()
        self.name.setFocus()

    def edit(self, queue: QueueSummary) -> None:
        self._editing = queue
        self.editor.heading.setText(self.tr("Queue {name}").format(name=queue.name))
        self.editor.reset()
        self.name.setText(queue.name)
        self.team.setCurrentText(queue.team or "")
        self.team.setEnabled(False)  # a queue stays with its team
        self.segment.setCurrentIndex(max(0, self.segment.findData(queue.segment)))
        self.priority.setValue(queue.priority)
        self.remove_button.setEnabled(True)
        self._fill_members(queue)
        self.unrouted.hide()

    def checked_members(self) -> set[str]:
        return {login for login, checked in self._listed_members() if checked}

    def _listed_members(self) -> list[tuple[str, bool]]:
        return [
            (
                str(self.members.item(row).data(Qt.ItemDataRole.UserRole)),
                self.members.item(row).checkState() == Qt.CheckState.Checked,
            )
            for row in range(self.members.count())
        ]

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        self.editor.reset()
        teams, actor = self._context.services.teams, self._actor
        name, segment = self.name.text(), str(self.segment.currentData())
        priority, team = self.priority.value(), str(self.team.currentData() or "")
        self.save_button.setEnabled(False)
        if self._editing is None:

            def add() -> tuple[QueueSummary, bool]:
                added = teams.add_queue(actor, name, team, segment, priority)
                return added, teams.routed_by_rules(actor, added.name)

            self._context.workers.submit(
                add,
                while_shown(self, self._added),
                self._failed("name" if team else "team"),
            )
            return
        # Only the people listed change: another team's people in a shared queue stay.
        listed = {login for login, _ in self._listed_members()}
        old, before = self._editing.name, set(self._editing.members) & listed
        wanted = self.checked_members()

        def change() -> QueueSummary:
            edited = teams.edit_queue(actor, old, new_name=name, segment=segment, priority=priority)
            return teams.set_members(
                actor, edited.name, add=sorted(wanted - before), remove=sorted(before - wanted)
            )

        self._context.workers.submit(
            change,
            while_shown(
                self,
                lambda q: self._saved(q, self.tr("Queue {name} is saved.").format(name=q.name)),
            ),
            self._failed("members"),
        )

    def remove(self) -> None:
        if self._editing is None:
            return
        self.editor.reset()
        teams, actor, name = self._context.services.teams, self._actor, self._editing.name
        # Counted afresh: leads may have arrived since the list was drawn.
        self._context.workers.submit(
            lambda: teams.list_queues(actor),
            while_shown(self, lambda queues: self._confirm_remove(name, queues)),
            self._failed("remove"),
        )

    def _confirm_remove(self, name: str, queues: list[QueueSummary]) -> None:
        queue = next((q for q in queues if q.name == name), None)
        if queue is None:
            return
        if queue.leads:
            targets = [q.name for q in queues if q.active and q.id != queue.id]
            dialog = MoveLeadsDialog(self, queue, targets)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._remove(name, dialog.target.currentText()))
            dialog.open()
            return
        confirm = QMessageBox(self)
        self.dialog = confirm
        confirm.setWindowTitle(self.tr("Remove queue"))
        confirm.setText(
            self.tr("Remove the queue {name}? It holds no leads; nobody works it any more.").format(
                name=name
            )
        )
        confirm.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        confirm.setDefaultButton(QMessageBox.StandardButton.Yes)
        confirm.accepted.connect(lambda: self._remove(name, None))
        confirm.open()

    def _remove(self, name: str, move_to: str | None) -> None:
        teams, actor = self._context.services.teams, self._actor

        def done(moved: int) -> None:
            where = (
                self.tr("; {leads} moved to {queue}").format(
                    leads=i18n.plural(
                        moved,
                        QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                        QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                    ),
                    queue=move_to,
                )
                if moved
                else ""
            )
            self._editing = None
            self.start_new()
            self.outcome.setText(
                QCoreApplication.translate("QueuesPanel", "Queue {name} is removed{where}.").format(
                    name=name, where=where
                )
            )
            self._changed()

        self._context.workers.submit(
            lambda: teams.remove_queue(actor, name, move_to),
            while_shown(self, done),
            self._failed("remove"),
        )

    def _failed(self, field: str) -> Callable[[Exception], None]:
        return while_shown(self, lambda exc: self.editor.failed(field_of(exc, field)))

    def _added(self, answer: tuple[QueueSummary, bool]) -> None:
        queue, routed = answer
        self._saved(queue, self.tr("Queue {name} is added.").format(name=queue.name))
        if not routed:
            # Imports route leads to queues by name; a queue no rule names stays empty.
            self.unrouted.setText(
                self.tr(
                    "No scoring rule routes leads to queue {name}: imports never fill it "
                    "until the rules name it (Scoring rules area)."
                ).format(name=queue.name)
            )
            self.unrouted.show()

    def _saved(self, queue: QueueSummary, message: str) -> None:
        self.save_button.setEnabled(True)
        self._editing = queue
        self.edit(queue)
        self.outcome.setText(message)
        self._changed()
