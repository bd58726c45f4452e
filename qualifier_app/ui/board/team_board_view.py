"""The team board's layout: the reps above, the lead table with its filters below, and the
buttons that move work between them. What they do is `TeamBoardArea`'s."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.services.board.lead_filter import LeaseState
from qualifier_app.services.board.lead_table import LeadTableChoices
from qualifier_app.ui.board.lead_table_model import LEADS_MIME, decode_refs
from qualifier_app.ui.board.lead_table_view import LeadTableView
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP

BOARD_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Rep"),
    QT_TRANSLATE_NOOP("Columns", "Team"),
    QT_TRANSLATE_NOOP("Columns", "State"),
    QT_TRANSLATE_NOOP("Columns", "In state"),
    QT_TRANSLATE_NOOP("Columns", "Working on"),
    QT_TRANSLATE_NOOP("Columns", "For"),
    QT_TRANSLATE_NOOP("Columns", "Assigned"),
    QT_TRANSLATE_NOOP("Columns", "Callbacks due"),
    QT_TRANSLATE_NOOP("Columns", "Attempts today"),
    QT_TRANSLATE_NOOP("Columns", "Talk today"),
    QT_TRANSLATE_NOOP("Columns", "Contacts"),
    QT_TRANSLATE_NOOP("Columns", "Qualified"),
)
WORKING_ON = BOARD_COLUMNS.index("Working on")
FIRST_FIGURE = BOARD_COLUMNS.index("Assigned")


class RepBoard(QTableWidget):
    """The reps, one row each; leads dragged from the lead table can be dropped on a rep."""

    leads_dropped = Signal(list, int)  # [LeadRef], rep id

    def __init__(self) -> None:
        super().__init__(0, len(BOARD_COLUMNS))
        # The figures' titles on two lines ("Callbacks / due"): a figure is a few digits wide,
        # and in German the titles on one line left no room for the lead worked on at 1280 px.
        self.setHorizontalHeaderLabels(
            [
                title.replace(" ", "\n", 1) if column >= FIRST_FIGURE else title
                for column, title in enumerate(i18n.columns(BOARD_COLUMNS))
            ]
        )
        self.setAccessibleName(self.tr("Team board"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.rep_ids: list[int] = []

    def fit_columns(self) -> None:
        """Spare width goes to the lead a rep is working on (a company's name), not to the
        time in state, a few digits (at 1920 px that column took it all); with none to spare
        every column is as wide as its title and contents, and the board scrolls (at 1280 px
        in German a stretched column's title was cut)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(WORKING_ON, QHeaderView.ResizeMode.ResizeToContents)
        needed = sum(
            max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            for column in range(self.columnCount())
        )
        if needed < self.viewport().width():
            header.setSectionResizeMode(WORKING_ON, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def rep_at_row(self, row: int) -> int | None:
        return self.rep_ids[row] if 0 <= row < len(self.rep_ids) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(LEADS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        row = self.rowAt(event.position().toPoint().y())
        if event.mimeData().hasFormat(LEADS_MIME) and self.rep_at_row(row) is not None:
            self.selectRow(row)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        rep = self.rep_at_row(self.rowAt(event.position().toPoint().y()))
        if rep is None or not event.mimeData().hasFormat(LEADS_MIME):
            event.ignore()
            return
        refs = decode_refs(event.mimeData().data(LEADS_MIME).data())
        event.acceptProposedAction()
        if refs:
            self.leads_dropped.emit(refs, rep)


class TeamBoardView(QWidget):
    def __init__(self) -> None:  # noqa: PLR0915 - one layout, top to bottom
        super().__init__()
        title = QLabel(self.tr("Team board"))
        title.setObjectName("title")
        self.teams_label = QLabel("")
        self.teams_label.setObjectName("subtitle")
        self.live_label = QLabel(self.tr("Loading…"))
        self.live_label.setObjectName("subtitle")
        self.live_label.setAccessibleName(self.tr("Board status"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.teams_label)
        top.addStretch()
        top.addWidget(self.live_label)

        self.board = RepBoard()
        self.pause_button = QPushButton(self.tr("&Pause rep"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume the selected rep"))
        self.callbacks_to = QComboBox()
        self.callbacks_to.setAccessibleName(self.tr("Move callbacks to rep"))
        self.callbacks_button = QPushButton(self.tr("Move &callbacks to"))
        self.stale_button = QPushButton(self.tr("Release s&tale leases"))
        board_actions = QHBoxLayout()
        board_actions.addWidget(self.pause_button)
        board_actions.addSpacing(12)
        board_actions.addWidget(self.callbacks_button)
        board_actions.addWidget(self.callbacks_to)
        board_actions.addStretch()
        board_actions.addWidget(self.stale_button)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board)
        board_layout.addLayout(board_actions)
        # Why waiting leads cannot be claimed now (a stale registry, a place's rule).
        self.blocked_label = QLabel("")
        self.blocked_label.setObjectName("fieldError")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setAccessibleName(self.tr("Leads held back"))
        self.blocked_label.hide()
        board_layout.addWidget(self.blocked_label)

        # The lead table with its filters.
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.queue_filter = QComboBox()
        self.queue_filter.setAccessibleName(self.tr("Queue filter"))
        self.campaign_filter = QComboBox()
        self.campaign_filter.setAccessibleName(self.tr("Campaign filter"))
        self.rep_filter = QComboBox()
        self.rep_filter.setAccessibleName(self.tr("Rep filter"))
        self.lease_filter = QComboBox()
        self.lease_filter.setAccessibleName(self.tr("Lease filter"))
        self.lease_filter.addItem(self.tr("any lease"), None)
        for state in LeaseState:
            self.lease_filter.addItem(i18n.translated(state.label), state)
        self.region_filter = QLineEdit()
        self.region_filter.setPlaceholderText(self.tr("country or US-NY"))
        self.region_filter.setAccessibleName(self.tr("Region filter"))
        self.company_filter = QLineEdit()
        self.company_filter.setPlaceholderText(self.tr("company starts with"))
        self.company_filter.setAccessibleName(self.tr("Company filter"))
        self.apply_button = QPushButton(self.tr("&Filter"))
        for combo in (
            self.status_filter,
            self.queue_filter,
            self.campaign_filter,
            self.rep_filter,
            self.lease_filter,
            self.callbacks_to,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        # Two rows of four: in one row the German filters were cut at 1280 px.
        filters = QGridLayout()
        for index, widget in enumerate(
            (
                self.status_filter,
                self.queue_filter,
                self.campaign_filter,
                self.rep_filter,
                self.lease_filter,
                self.region_filter,
                self.company_filter,
            )
        ):
            filters.addWidget(widget, index // 4, index % 4)
        filters.addWidget(self.apply_button, 1, 3, Qt.AlignmentFlag.AlignLeft)
        # A region nobody knows is said on the region's line, beside the Filter button.
        self.region_error = QLabel("")
        self.region_error.setObjectName("fieldError")
        self.region_error.setAccessibleName(self.tr("Region filter problem"))
        self.region_error.hide()
        filters.addWidget(self.region_error, 1, 4)
        for line in (self.region_filter, self.company_filter):
            _show_placeholder_whole(line)
        filters.setColumnStretch(4, 1)

        self.table = LeadTableView()
        self.count_label = QLabel("")
        self.count_label.setObjectName("subtitle")
        self.target = QComboBox()
        self.target_names: dict[Any, str] = {}
        self.target.setAccessibleName(self.tr("Move to"))
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target.setMinimumContentsLength(18)
        self.move_button = QPushButton(self.tr("&Move selected to"))
        self.move_all_button = QPushButton(self.tr("Move &all matching to"))
        self.result_label = QLabel("")
        self.result_label.setObjectName("banner")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Move result"))
        self.result_label.hide()
        moves = QHBoxLayout()
        moves.addWidget(self.count_label)
        moves.addStretch()
        moves.addWidget(self.move_button)
        moves.addWidget(self.move_all_button)
        moves.addWidget(self.target)
        leads_box = QWidget()
        leads_layout = QVBoxLayout(leads_box)
        leads_layout.setContentsMargins(0, 0, 0, 0)
        leads_layout.addLayout(filters)
        leads_layout.addWidget(self.table)
        leads_layout.addLayout(moves)
        leads_layout.addWidget(self.result_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(board_box)
        splitter.addWidget(leads_box)
        splitter.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

    def show_choices(self, choices: LeadTableChoices) -> None:
        """Fill the lists, again whenever reps, queues or campaigns changed: what was chosen
        stays chosen. A filter whose choice is gone keeps it (the table is filtered by it);
        a move's target that is gone is unset, never swapped for the next rep in the list."""
        statuses = [(i18n.translated(LeadStatus(s).label), s) for s in choices.statuses]
        _refill(self.status_filter, statuses, self.tr("any status"))
        queues = [(q.name, q.id) for q in choices.queues]
        _refill(self.queue_filter, queues, self.tr("any queue"))
        campaigns = [(c.name, c.id) for c in choices.campaigns]
        _refill(self.campaign_filter, campaigns, self.tr("any campaign"))
        reps = [(r.name, r.id) for r in choices.reps]
        _refill(self.rep_filter, [*reps, (self.tr("nobody (unassigned)"), -1)], self.tr("any rep"))
        targets: list[tuple[str, Any]] = [
            (self.tr("rep: {name}").format(name=rep.name), ("rep", rep.id)) for rep in choices.reps
        ]
        targets += [
            (self.tr("queue: {name}").format(name=queue.name), ("queue", queue.id))
            for queue in choices.queues
            if not queue.closed
        ]
        _refill(self.target, targets)
        # Each target as a sentence names it: "to Rita", "to the SMB Americas queue".
        self.target_names = {("rep", rep.id): rep.name for rep in choices.reps} | {
            ("queue", queue.id): self.tr("the {name} queue").format(name=queue.name)
            for queue in choices.queues
        }
        _refill(self.callbacks_to, reps)

    def show_problem(self, message: str) -> None:
        self.result_label.setObjectName("bannerError")
        self.result_label.setStyleSheet("")
        self.result_label.setText(message)
        self.result_label.show()


def _refill(combo: QComboBox, items: list[tuple[str, Any]], everything: str | None = None) -> None:
    """`everything` first (data None) for a filter; without it, a list of targets."""
    had = combo.currentIndex() >= 0
    chosen, chosen_text = combo.currentData(), combo.currentText()
    combo.blockSignals(True)
    try:
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        # By Python equality: findData would compare a tuple's wrapper, not the tuple.
        index = next(
            (
                i
                for i in range(combo.count())
                if had and chosen is not None and combo.itemData(i) == chosen
            ),
            -1,
        )
        if index < 0 and had and chosen is not None and everything is not None:
            combo.addItem(chosen_text, chosen)
            index = combo.count() - 1
        if index < 0 and everything is not None:
            index = 0
        if index < 0 and not had:
            index = 0 if combo.count() else -1
        combo.setCurrentIndex(index)
    finally:
        combo.blockSignals(False)


def _show_placeholder_whole(line: QLineEdit) -> None:
    """An empty filter's placeholder says what to type in it: never cut it off."""
    line.ensurePolished()
    metrics = line.fontMetrics()
    frame = line.sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # Qt's hint: 17 x
    line.setMinimumWidth(metrics.horizontalAdvance(line.placeholderText()) + frame)
