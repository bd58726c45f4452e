"""Team board: the reps of my teams live, the leads of my teams, and moving work between them."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QMessageBox,
    QTableWidgetItem,
)

from qualifier_app.domain.countries import chosen_region
from qualifier_app.domain.errors import InvalidInput, QualifierError
from qualifier_app.services.board.lead_filter import LeadFilter
from qualifier_app.services.board.lead_table import LeadTableChoices
from qualifier_app.services.board.reassign import LeadRef, MoveResult, Target
from qualifier_app.services.board.team_board import Board, RepOnBoard, RepState, minutes_seconds
from qualifier_app.ui.board.lead_table_model import LeadTableModel
from qualifier_app.ui.board.team_board_view import FIRST_FIGURE, TeamBoardView
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.live import ChangeWatcher
from qualifier_app.ui.shell.style import set_invalid
from qualifier_app.ui.widgets.forms import FIGURE_ALIGNMENT
from qualifier_app.ui.widgets.lead_record import LeadRecordDialog, open_lead_record

POLL_MS = 10_000  # leases expire and people drift away without any write
DEBOUNCE_MS = 250
STATE_COLOURS = {
    RepState.WORKING: "#1a7f37",
    RepState.IDLE: "#9a6700",
    RepState.PAUSED: "#8250df",
    RepState.SIGNED_OUT: "#6e7781",
}


class TeamBoardArea(TeamBoardView):
    board_shown = Signal(Board)
    moved = Signal(MoveResult)

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        services = context.services
        self._board_service = services.board
        self._reassign = services.reassign
        self._board: Board | None = None
        self._loaded_at = time.monotonic()
        self._loading = False
        self._dirty = False
        self._feed_problem: str | None = None  # why live updates stopped, until they resume
        self._choices: LeadTableChoices | None = None

        self.model = LeadTableModel(context.workers, services.lead_table, self._actor)
        self.table.setModel(self.model)

        self.board.leads_dropped.connect(self.move_to_rep)
        self.board.itemSelectionChanged.connect(self._update_pause_button)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.callbacks_button.clicked.connect(self.move_callbacks)
        self.stale_button.clicked.connect(self.release_stale)
        self.apply_button.clicked.connect(self.apply_filter)
        self.region_filter.returnPressed.connect(self.apply_filter)
        self.company_filter.returnPressed.connect(self.apply_filter)
        self.move_button.clicked.connect(self.move_selected)
        self.move_all_button.clicked.connect(self.move_matching)
        self.model.count_changed.connect(self._show_count)
        self.model.failed.connect(self.show_problem)
        # Enter or a double-click on a lead opens its record.
        self.table.activated.connect(self.open_record)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._changed_elsewhere)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.refresh)
        self._poll.timeout.connect(self._load_choices)
        self._poll.start(POLL_MS)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start(1000)
        self.watcher = ChangeWatcher(self._board_service, self._actor, self)
        self.watcher.changed.connect(self._debounce.start)
        self.watcher.stopped.connect(self._feed_stopped)
        self.watcher.resumed.connect(self._feed_resumed)
        self.watcher.start()
        stop_event = self.watcher.stop_event
        self.destroyed.connect(stop_event.set)

        self._load_choices()
        self.refresh()
        self.model.reload()

    def open_record(self, index: QModelIndex) -> LeadRecordDialog | None:
        refs = self.model.refs([index.row()])
        if not refs:
            return None
        context = self._context
        return open_lead_record(
            self,
            context.services.lookup,
            self._actor,
            context.workers,
            refs[0].id,
            context.services.person,
        )

    # --- loading ----------------------------------------------------------------------------

    def _load_choices(self) -> None:
        service, actor = self._context.services.lead_table, self._actor
        self._context.workers.submit(
            lambda: service.choices(actor), self._choices_loaded, self._failed
        )

    def _choices_loaded(self, choices: LeadTableChoices) -> None:
        # Reps join, leave and change teams during a shift: the lists follow at every poll.
        if choices != self._choices:
            self._choices = choices
            self.show_choices(choices)

    def close_area(self) -> None:
        self.watcher.stop()
        self._poll.stop()
        self._ticker.stop()

    def refresh(self) -> None:
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        service, actor = self._board_service, self._actor
        self._context.workers.submit(lambda: service.board(actor), self._show_board, self._failed)

    def _changed_elsewhere(self) -> None:
        self.refresh()
        self.model.refresh_pages()
        self.model.reload_count()

    def _feed_stopped(self, why: str) -> None:
        self._feed_problem = why
        self.live_label.setText(
            self.tr("Live updates stopped ({why}); refreshing every 10 s").format(why=why)
        )

    def _feed_resumed(self) -> None:
        self._feed_problem = None
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.show_problem(i18n.problem_text(exc))

    def _show_board(self, board: Board) -> None:
        self._loading = False
        self._board = board
        self._loaded_at = time.monotonic()
        selected = self.selected_rep()
        self.board.setRowCount(len(board.reps))
        self.board.rep_ids = [rep.rep_id for rep in board.reps]
        if selected not in self.board.rep_ids:
            # The row would now stand for another rep; pausing them would surprise.
            self.board.clearSelection()
        for row, rep in enumerate(board.reps):
            self._fill_row(row, rep, board)
            if rep.rep_id == selected:
                self.board.selectRow(row)
        self.board.fit_columns()
        self.teams_label.setText(", ".join(board.teams) if board.teams else self.tr("all teams"))
        self.stale_button.setText(
            self.tr("Release s&tale leases ({stale_leases})").format(
                stale_leases=board.stale_leases
            )
        )
        self.stale_button.setEnabled(board.stale_leases > 0)
        held = [
            self.tr("Not claimable: {line}").format(line=i18n.translated(b.line))
            for b in board.blocked
        ]
        self.blocked_label.setText("\n".join(held))
        self.blocked_label.setVisible(bool(held))
        # The database's time, on this workstation's wall clock, as the team lead reads time.
        at = i18n.time_with_seconds(board.at.astimezone())
        if self._feed_problem is None:
            live = self.tr("Updated {at} · live").format(at=at)
        else:
            live = self.tr(
                "Updated {at} · live updates stopped ({why}); refreshing every 10 s"
            ).format(at=at, why=self._feed_problem)
        if board.check_calls_due:
            live += self.tr(" · {plural} due").format(
                plural=i18n.plural(
                    board.check_calls_due,
                    QT_TRANSLATE_NOOP("Counts", "{n} check call"),
                    QT_TRANSLATE_NOOP("Counts", "{n} check calls"),
                )
            )
        if board.reopened_handoffs:
            live += self.tr(" · {plural} reopened by check calls").format(
                plural=i18n.plural(
                    board.reopened_handoffs,
                    QT_TRANSLATE_NOOP("Counts", "{n} handoff"),
                    QT_TRANSLATE_NOOP("Counts", "{n} handoffs"),
                )
            )
        self.live_label.setText(live)
        self._update_pause_button()
        self.board_shown.emit(board)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _fill_row(self, row: int, rep: RepOnBoard, board: Board) -> None:
        now = board.at + timedelta(seconds=time.monotonic() - self._loaded_at)
        values = (
            rep.name,
            rep.team or "",
            i18n.translated(rep.shown_state()),
            minutes_seconds(rep.in_activity_for(now)),
            self.tr("{company} (lead {lead})").format(company=rep.company, lead=rep.lead_id)
            if rep.lead_id
            else "",
            *rep.figures(now),
        )
        for column, value in enumerate(values):
            item = self.board.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                if column >= FIRST_FIGURE:  # the day's figures line up on the right
                    item.setTextAlignment(FIGURE_ALIGNMENT)
                self.board.setItem(row, column, item)
            item.setText(value)
            if column == 2:
                item.setForeground(QColor(STATE_COLOURS[rep.state]))

    def _tick(self) -> None:
        if self._board is None:
            return
        now = self._board.at + timedelta(seconds=time.monotonic() - self._loaded_at)
        for row, rep in enumerate(self._board.reps):
            item = self.board.item(row, 5)
            if item is not None and rep.working_since is not None:
                item.setText(minutes_seconds(rep.working_for(now)))
            in_state = self.board.item(row, 3)
            if in_state is not None and rep.activity_since is not None:
                in_state.setText(minutes_seconds(rep.in_activity_for(now)))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(
            i18n.plural(
                count,
                QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                QT_TRANSLATE_NOOP("Counts", "{n} leads"),
            )
        )

    # --- filters ----------------------------------------------------------------------------

    def current_filter(self) -> LeadFilter:
        country, subdivision = chosen_region(self.region_filter.text())
        rep = self.rep_filter.currentData()
        status = self.status_filter.currentData()
        return LeadFilter(
            statuses=(status,) if status else (),
            queue_id=self.queue_filter.currentData(),
            campaign_id=self.campaign_filter.currentData(),
            country=country or None,
            region=subdivision or None,
            rep_id=rep if rep not in (None, -1) else None,
            unassigned=rep == -1,
            lease=self.lease_filter.currentData(),
            company=self.company_filter.text(),
        )

    def apply_filter(self) -> None:
        try:
            lead_filter = self.current_filter()
        except QualifierError as exc:
            if isinstance(exc, InvalidInput) and exc.field in ("country", "region"):
                self.region_error.setText(i18n.problem_text(exc))
                self.region_error.show()
                set_invalid(self.region_filter, True)
                self.region_filter.setFocus()
            else:
                self.show_problem(i18n.problem_text(exc))
            return
        self.region_error.hide()
        set_invalid(self.region_filter, False)
        self.result_label.hide()
        self.model.set_filter(lead_filter)

    # --- moving work ------------------------------------------------------------------------

    def selected_rep(self) -> int | None:
        rows = self.board.selectionModel().selectedRows() if self.board.selectionModel() else []
        return self.board.rep_at_row(rows[0].row()) if rows else None

    def _target(self) -> Target | None:
        data = self.target.currentData()
        if data is None:
            self.show_problem(self.tr("Choose a rep or a queue to move the leads to."))
            return None
        kind, target_id = data
        return Target(rep_id=target_id) if kind == "rep" else Target(queue_id=target_id)

    def move_selected(self) -> None:
        # The leads as they were when selected: rows may hold other leads since the board
        # refreshed, and a lead changed meanwhile is refused by the move, not swapped.
        refs = self.table.selected_refs()
        waiting = self.table.selection.loading() if self.table.selection is not None else 0
        if not refs and not waiting:
            self.show_problem(self.tr("Select the leads to move first."))
            return
        if waiting:
            # Moving part of a selection would surprise; the rest has no version to check yet.
            self.show_problem(
                self.tr(
                    "{waiting} of the {len} selected leads are still loading: scroll "
                    "through them and move again, or filter and use Move matching."
                ).format(waiting=i18n.number(waiting), len=i18n.number(len(refs) + waiting))
            )
            return
        target = self._target()
        if target is not None:
            self._move(refs, target)

    def move_to_rep(self, refs: list[LeadRef], rep_id: int) -> None:
        self._move(refs, Target(rep_id=rep_id))

    def _move(self, refs: list[LeadRef], target: Target) -> None:
        service, actor = self._reassign, self._actor
        self._context.workers.submit(
            lambda: service.move(actor, refs, target), self._moved, self._failed
        )

    def move_matching(self) -> None:
        target = self._target()
        if target is None:
            return
        lead_filter = self.model.lead_filter
        if lead_filter.is_empty:
            self.show_problem(
                self.tr("Set a filter first; moving every lead at once is not offered.")
            )
            return
        try:
            typed = self.current_filter()
        except QualifierError:
            typed = None
        if typed != lead_filter:
            # What is moved is what the table shows: a filter typed but not applied would
            # have moved the leads of the one before, unnamed.
            self.show_problem(
                self.tr("The filter was changed: press Filter to see its leads, then move them.")
            )
            return
        count = self.model.rowCount()
        if count == 0:
            self.show_problem(self.tr("No lead matches the filter."))
            return
        if not self.confirm(
            self.tr("Move the {plural} matching the filter to {target}?").format(
                plural=i18n.plural(
                    count,
                    QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                    QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                ),
                target=self.target_names.get(self.target.currentData(), ""),
            )
        ):
            return
        service, actor = self._reassign, self._actor
        self._context.workers.submit(
            lambda: service.move_matching(actor, lead_filter, target), self._moved, self._failed
        )

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Move leads"), question)
        return answer == QMessageBox.StandardButton.Yes

    def move_callbacks(self) -> None:
        source = self.selected_rep()
        to_rep = self.callbacks_to.currentData()
        if source is None or to_rep is None:
            self.show_problem(
                self.tr("Select the rep whose callbacks move, and the rep who takes them.")
            )
            return
        service, actor = self._reassign, self._actor
        self._context.workers.submit(
            lambda: service.move_callbacks(actor, source, to_rep), self._moved, self._failed
        )

    def _moved(self, result: MoveResult) -> None:
        lines = [i18n.translated(result.summary()) + "."]
        if result.target_paused and result.moved:
            lines.append(
                self.tr("{rep} is paused: the leads wait for them until they are resumed.").format(
                    rep=result.target
                )
            )
        if result.warning:
            lines.append(i18n.translated(result.warning) + ".")
        for refused in result.refused[:8]:
            lines.append(
                self.tr("Lead {lead}: {reason}.").format(
                    lead=refused.lead_id, reason=i18n.translated(refused.reason)
                )
            )
        if len(result.refused) > 8:
            lines.append(
                self.tr("… and {count} more not moved.").format(
                    count=i18n.number(len(result.refused) - 8)
                )
            )
        self.result_label.setObjectName("banner")
        self.result_label.setStyleSheet("")
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        # The moved leads have new versions: a selection kept would only be refused.
        if self.table.selection is not None:
            self.table.selection.clear()
        self.moved.emit(result)
        self.refresh()
        self.model.refresh_pages()

    def toggle_pause(self) -> None:
        rep = self.selected_rep()
        if rep is None or self._board is None:
            self.show_problem(self.tr("Select a rep on the board first."))
            return
        paused = next(r.paused for r in self._board.reps if r.rep_id == rep)
        service, actor = self._reassign, self._actor
        self._context.workers.submit(
            lambda: service.set_paused(actor, rep, not paused),
            lambda _: self.refresh(),
            self._failed,
        )

    def _update_pause_button(self) -> None:
        rep = self.selected_rep()
        paused = self._board is not None and any(
            r.paused for r in self._board.reps if r.rep_id == rep
        )
        self.pause_button.setText(self.tr("&Resume rep") if paused else self.tr("&Pause rep"))
        self.pause_button.setEnabled(rep is not None)

    def release_stale(self) -> None:
        service, actor = self._reassign, self._actor
        self._context.workers.submit(
            lambda: service.release_stale_leases(actor), self._released, self._failed
        )

    def _released(self, count: int) -> None:
        self.result_label.setText(
            i18n.plural(
                count,
                QT_TRANSLATE_NOOP("Counts", "{n} stale lease released."),
                QT_TRANSLATE_NOOP("Counts", "{n} stale leases released."),
            )
        )
        self.result_label.show()
        self.refresh()
        self.model.refresh_pages()
