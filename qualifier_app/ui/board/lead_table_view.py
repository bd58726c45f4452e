"""The lead table on screen, and which leads are selected in it: by lead, not by row.

The model fetches its pages again in place when the board refreshes on its own, so a row
may hold another lead a moment later. The selection remembers each lead as it was when the
team lead selected it (its id and version), follows it to whatever row it is on after a
refresh, and is what a move or a drag acts on: a lead that changed meanwhile is refused as
changed by the move, and no other lead is ever taken in its place.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QDrag, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from qualifier_app.services.board.reassign import LeadRef
from qualifier_app.ui.board.lead_table_model import (
    COLUMN_TITLES,
    LeadTableModel,
    lead_mime,
    status_texts,
)
from qualifier_app.ui.shell import i18n

Flag = QItemSelectionModel.SelectionFlag
# The columns whose texts run long, which spare width goes to.
LONG_TEXTS = ("Company", "Contact", "Campaign")
# A next call's widest date and time (two-digit day, month and hour).
LONGEST_MOMENT = datetime(2026, 12, 28, 23, 58, tzinfo=UTC)


class RowSpans:
    """Row numbers as sorted, disjoint spans (first, last): a million selected rows that
    have not loaded yet cost two numbers, not a million."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, first: int, last: int) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in self._spans:
            if b < first - 1 or a > last + 1:
                merged.append((a, b))
            else:
                first, last = min(a, first), max(b, last)
        merged.append((first, last))
        self._spans = sorted(merged)

    def remove(self, first: int, last: int) -> None:
        kept: list[tuple[int, int]] = []
        for a, b in self._spans:
            if b < first or a > last:
                kept.append((a, b))
                continue
            if a < first:
                kept.append((a, first - 1))
            if b > last:
                kept.append((last + 1, b))
        self._spans = kept

    def within(self, first: int, last: int) -> list[tuple[int, int]]:
        return [(max(a, first), min(b, last)) for a, b in self._spans if b >= first and a <= last]

    def clear(self) -> None:
        self._spans = []

    def __len__(self) -> int:
        return sum(b - a + 1 for a, b in self._spans)


class LeadSelection(QObject):
    """The leads selected in `view`, each as it was seen when selected."""

    def __init__(self, view: QTableView, model: LeadTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._chosen: dict[int, LeadRef] = {}
        # Rows selected before their page arrived: nobody saw which leads they hold yet.
        self._loading = RowSpans()
        self._current: int | None = None  # the lead under the keyboard's cursor
        self._syncing = False
        selection = view.selectionModel()
        selection.selectionChanged.connect(self._changed)
        selection.currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._forget)
        model.rows_loaded.connect(self._rows_loaded)
        model.rowsRemoved.connect(self._rows_removed)

    def refs(self) -> list[LeadRef]:
        """The selected leads with the version seen when each was selected."""
        return sorted(self._chosen.values(), key=lambda ref: ref.id)

    def loading(self) -> int:
        """How many selected rows have not loaded yet."""
        return len(self._loading)

    def clear(self) -> None:
        self._syncing = True
        try:
            self._view.clearSelection()
        finally:
            self._syncing = False
        self._forget()

    def _forget(self) -> None:
        self._chosen.clear()
        self._loading.clear()
        self._current = None

    def _ignored(self) -> bool:
        return self._syncing or self._model.reshaping

    def _changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._ignored():
            return
        for span in _spans(deselected):
            found, _ = self._model.known(span.top(), span.bottom())
            for _, ref in found:
                self._chosen.pop(ref.id, None)
            self._loading.remove(span.top(), span.bottom())
        for span in _spans(selected):
            found, loading = self._model.known(span.top(), span.bottom())
            for _, ref in found:
                self._chosen.setdefault(ref.id, ref)
            for first, last in loading:
                self._loading.add(first, last)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._ignored():
            return
        ref = self._model.row_at(current.row()) if current.isValid() else None
        self._current = ref.id if ref is not None else None

    def _rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._loading.remove(first, last)

    def _rows_loaded(self, first: int, last: int) -> None:
        """Rows arrived: rows selected while loading take the leads now shown on them, and
        every selected lead is highlighted wherever it is now, and nothing else is."""
        found, _ = self._model.known(first, last)
        for start, end in self._loading.within(first, last):
            for row, ref in found:
                if start <= row <= end:
                    self._chosen.setdefault(ref.id, ref)
        self._loading.remove(first, last)
        wanted = [row for row, ref in found if ref.id in self._chosen]
        model, selection = self._model, self._view.selectionModel()
        right = model.columnCount() - 1
        update = QItemSelection()
        for start, end in _runs(wanted):
            update.select(model.index(start, 0), model.index(end, right))
        self._syncing = True
        try:
            selection.select(
                QItemSelection(model.index(first, 0), model.index(last, right)), Flag.Deselect
            )
            if not update.isEmpty():
                selection.select(update, Flag.Select)
            column = max(selection.currentIndex().column(), 0)
            for row, ref in found:
                if ref.id == self._current and selection.currentIndex().row() != row:
                    selection.setCurrentIndex(model.index(row, column), Flag.NoUpdate)
        finally:
            self._syncing = False


def _spans(selection: QItemSelection) -> list[QItemSelectionRange]:
    return [selection.at(index) for index in range(selection.size())]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class LeadTableView(QTableView):
    """Rows of uniform height, whole-row selection, drag to a rep on the board."""

    def __init__(self) -> None:
        super().__init__()
        self.selection: LeadSelection | None = None
        self._widths: list[int] = []  # what each column needs, before any spare width
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setAccessibleName(self.tr("Leads"))

    def setModel(self, model: Any) -> None:  # noqa: N802
        super().setModel(model)
        # The view makes a new selection model for every model it is given.
        if isinstance(model, LeadTableModel):
            self.selection = LeadSelection(self, model)
        widths = (70, 220, 150, 90, 120, 180, 70, 110, 140, 55, 70, 95, 90)
        # Measured in the font the view is shown in: a style sheet's font applies on polishing,
        # which a view given its model before it is shown has not had yet.
        self.ensurePolished()
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            # Never narrower than the column's title in the language shown ("Next call" is
            # "Nächster Anruf" in German).
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # The statuses are the app's own words: room for the longest in the language shown
        # ("disqualifiziert" was cut at 90 px); a next call's date and time whole.
        status = COLUMN_TITLES.index("Status")
        longest = max(self.fontMetrics().horizontalAdvance(text) for text in status_texts())
        self.setColumnWidth(status, max(self.columnWidth(status), longest + 12))
        next_call = COLUMN_TITLES.index("Next call")
        moment = self.fontMetrics().horizontalAdvance(i18n.moment(LONGEST_MOMENT))
        self.setColumnWidth(next_call, max(self.columnWidth(next_call), moment + 12))
        self._widths = [self.columnWidth(column) for column in range(len(COLUMN_TITLES))]
        self._share_spare_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_spare_width()

    def _share_spare_width(self) -> None:
        """Width beyond what the columns need goes to those whose texts run long (company,
        contact, campaign), a share each, and one share to the last column; not all of it to
        the last column while long names are cut."""
        if not self._widths:
            return
        spare = self.viewport().width() - sum(self._widths)
        share = max(0, spare) // (len(LONG_TEXTS) + 1)
        for title in LONG_TEXTS:
            column = COLUMN_TITLES.index(title)
            self.setColumnWidth(column, self._widths[column] + share)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def selected_refs(self) -> list[LeadRef]:
        return self.selection.refs() if self.selection is not None else []

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803
        # The leads selected, as they were when selected; not whatever rows hold now.
        refs = self.selected_refs()
        if not refs:
            return
        drag = QDrag(self)
        drag.setMimeData(lead_mime(refs))
        drag.exec(supportedActions, self.defaultDropAction())
