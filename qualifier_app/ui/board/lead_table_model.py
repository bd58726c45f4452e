"""A lazy table model over the lead table service: a million rows, a page at a time.

The row count comes first; rows arrive in pages fetched on the worker pool when the view
asks for them, so opening and scrolling never wait for the database. Sorting and filtering
restart the model and happen in SQL.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from qualifier_app.domain.lifecycle import LeadStatus, status_label
from qualifier_app.domain.roles import Actor
from qualifier_app.services.board.lead_filter import LeadFilter, LeaseState
from qualifier_app.services.board.lead_table import LeadRow, LeadTableService
from qualifier_app.services.board.reassign import LeadRef
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.widgets.forms import FIGURE_ALIGNMENT

PAGE = 200
CACHED_PAGES = 60
# One fetch at a time: a deep page keeps a core busy in the database driver, and on a
# two-core workstation a second one would take the other core from the GUI thread.
MAX_IN_FLIGHT = 1
MAX_WANTED = 4
LEADS_MIME = "application/x-qualifier-leads"
LOADING = "…"
# Painting asks for every role of every visible cell: look the ones we answer up once.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


def _lease_text(row: LeadRow) -> str:
    if row.lease is LeaseState.HELD:
        return QCoreApplication.translate("Columns", "{holder} (working)").format(holder=row.holder)
    if row.lease is LeaseState.EXPIRED:
        return QCoreApplication.translate("Columns", "{holder} (stale)").format(holder=row.holder)
    return ""


def status_texts() -> list[str]:
    """Every status as the Status column shows it."""
    return [i18n.translated(status.label) for status in LeadStatus]


# (title, sort key, value)
COLUMNS: list[tuple[str, str | None, Any]] = [
    (QT_TRANSLATE_NOOP("Columns", "Lead"), "id", lambda r: str(r.id)),
    (QT_TRANSLATE_NOOP("Columns", "Company"), "company", lambda r: r.company),
    (QT_TRANSLATE_NOOP("Columns", "Contact"), None, lambda r: r.contact),
    (
        QT_TRANSLATE_NOOP("Columns", "Status"),
        "status",
        lambda r: i18n.translated(status_label(r.status)),
    ),
    (QT_TRANSLATE_NOOP("Columns", "Queue"), "queue", lambda r: r.queue or ""),
    (QT_TRANSLATE_NOOP("Columns", "Campaign"), "campaign", lambda r: r.campaign or ""),
    (
        QT_TRANSLATE_NOOP("Columns", "Region"),
        "region",
        lambda r: "-".join(p for p in (r.country, r.region) if p),
    ),
    (QT_TRANSLATE_NOOP("Columns", "Rep"), "rep", lambda r: r.rep or ""),
    (QT_TRANSLATE_NOOP("Columns", "Lease"), "lease", _lease_text),
    (QT_TRANSLATE_NOOP("Columns", "Score"), "score", lambda r: str(r.score)),
    (QT_TRANSLATE_NOOP("Columns", "Attempts"), "attempts", lambda r: str(r.attempts)),
    (
        QT_TRANSLATE_NOOP("Columns", "Next call"),
        "next_call",
        lambda r: i18n.local_moment(r.next_call_at) if r.next_call_at else "",
    ),
    (QT_TRANSLATE_NOOP("Columns", "Inquired"), "inquired", lambda r: i18n.local_day(r.inquired_at)),
]


# A cached page: every cell's text, and per row (id, version, lease expiry). Plain tuples of
# strings, numbers and datetimes only, so the garbage collector stops tracking them and its
# full passes stay short however many pages are cached.
Keys = tuple[int, int, datetime | None]
Page = tuple[tuple[tuple[str, ...], ...], tuple[Keys, ...]]

COLUMN_TITLES = [column[0] for column in COLUMNS]
# The columns of figures, right-aligned so that their digits line up.
FIGURES = frozenset(COLUMN_TITLES.index(title) for title in ("Lead", "Score", "Attempts"))


def display_page(rows: list[LeadRow]) -> Page:
    """Every cell's text, computed on the worker so painting only looks it up."""
    cells = tuple(tuple(column[2](row) for column in COLUMNS) for row in rows)
    keys = tuple((row.id, row.version, row.lease_expires_at) for row in rows)
    return cells, keys


def encode_refs(refs: list[LeadRef]) -> bytes:
    return json.dumps([[ref.id, ref.version] for ref in refs]).encode()


def lead_mime(refs: list[LeadRef]) -> QMimeData:
    mime = QMimeData()
    mime.setData(LEADS_MIME, encode_refs(refs))
    mime.setText(", ".join(str(ref.id) for ref in refs))
    return mime


def decode_refs(data: bytes | bytearray | memoryview) -> list[LeadRef]:
    return [LeadRef(int(i), int(v)) for i, v in json.loads(bytes(data).decode())]


class LeadTableModel(QAbstractTableModel):
    count_changed = Signal(int)
    page_loaded = Signal()
    rows_loaded = Signal(int, int)  # first, last: rows whose lead may have changed
    failed = Signal(str)

    def __init__(self, workers: Workers, service: LeadTableService, actor: Actor) -> None:
        super().__init__()
        self._workers = workers
        self._service = service
        self._actor = actor
        self._filter = LeadFilter()
        self._sort = "id"
        self._descending = False
        self._rows = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._pending: set[int] = set()
        # Pages the view asked for while enough fetches were in flight: the latest wins, so a
        # fast scroll fetches where the view stopped, not every page it flew past.
        self._wanted: OrderedDict[int, None] = OrderedDict()
        # Pages shown as they were until they are fetched again (after a move).
        self._stale: set[int] = set()
        self._generation = 0
        self.pages_fetched = 0
        # True while rows are added or taken away at the end: the selection model's
        # reaction to that is no choice of the person's.
        self.reshaping = False

    # --- what is shown ----------------------------------------------------------------------

    @property
    def lead_filter(self) -> LeadFilter:
        return self._filter

    def set_filter(self, lead_filter: LeadFilter) -> None:
        self._filter = lead_filter
        self.reload()

    def reload(self) -> None:
        """Count again and drop every page; rows refill as the view asks for them."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        self._stale.clear()
        self._rows = 0
        self.endResetModel()
        service, actor, lead_filter = self._service, self._actor, self._filter
        self._workers.submit(
            lambda: service.count(actor, lead_filter),
            lambda count: self._counted(generation, count),
            self._failed,
        )
        self._fetch(0, generation)

    def refresh_pages(self) -> None:
        """Fetch the pages again (after a move), keeping the scroll position: every cached
        page is marked stale and shown as it was until the view asks for it, so the pages
        on screen are fetched first and the others only when scrolled to."""
        self._generation += 1
        self._pending.clear()
        self._wanted.clear()
        self._stale = set(self._pages)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))

    def reload_count(self) -> None:
        generation = self._generation
        service, actor, lead_filter = self._service, self._actor, self._filter
        self._workers.submit(
            lambda: service.count(actor, lead_filter),
            lambda count: self._counted(generation, count),
            self._failed,
        )

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count != self._rows:
            self.reshaping = True
            try:
                if count > self._rows:
                    self.beginInsertRows(QModelIndex(), self._rows, count - 1)
                    self._rows = count
                    self.endInsertRows()
                else:
                    self.beginRemoveRows(QModelIndex(), count, self._rows - 1)
                    self._rows = count
                    self.endRemoveRows()
            finally:
                self.reshaping = False
        self.count_changed.emit(count)

    def _fetch(self, page: int, generation: int) -> None:
        if page in self._pending:
            return
        if len(self._pending) >= MAX_IN_FLIGHT:
            self._wanted.pop(page, None)
            self._wanted[page] = None
            while len(self._wanted) > MAX_WANTED:
                self._wanted.popitem(last=False)
            return
        self._pending.add(page)
        service, actor, lead_filter = self._service, self._actor, self._filter
        sort, descending = self._sort, self._descending
        self.pages_fetched += 1

        def load() -> Page:
            return display_page(
                service.page(
                    actor,
                    lead_filter,
                    sort=sort,
                    descending=descending,
                    offset=page * PAGE,
                    limit=PAGE,
                )
            )

        self._workers.submit(
            load,
            lambda loaded: self._loaded(generation, page, loaded),
            self._failed,
        )

    def _loaded(
        self,
        generation: int,
        page: int,
        loaded: Page,
    ) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._stale.discard(page)
        self._pages[page] = loaded
        self._pages.move_to_end(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit(first, last)
        self.page_loaded.emit()
        while self._wanted and len(self._pending) < MAX_IN_FLIGHT:
            wanted, _ = self._wanted.popitem(last=True)
            if wanted not in self._pages or wanted in self._stale:
                self._fetch(wanted, self._generation)

    def _failed(self, exc: Exception) -> None:
        self._pending.clear()
        self.failed.emit(i18n.problem_text(exc))

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def _keys(self, row: int) -> Keys | None:
        page = self._pages.get(row // PAGE)
        if page is None:
            return None
        offset = row % PAGE
        return page[1][offset] if offset < len(page[1]) else None

    def known(
        self, top: int, bottom: int
    ) -> tuple[list[tuple[int, LeadRef]], list[tuple[int, int]]]:
        """The rows from `top` to `bottom` whose lead is loaded, with that lead, and the
        spans (first, last) of those still loading."""
        found: list[tuple[int, LeadRef]] = []
        loading: list[tuple[int, int]] = []
        bottom = min(bottom, self._rows - 1)
        for number in range(top // PAGE, bottom // PAGE + 1 if bottom >= top else 0):
            first, last = max(top, number * PAGE), min(bottom, number * PAGE + PAGE - 1)
            page = self._pages.get(number)
            if page is None:
                loading.append((first, last))
                continue
            keys = page[1]
            for row in range(first, min(last, number * PAGE + len(keys) - 1) + 1):
                lead_id, version, _ = keys[row - number * PAGE]
                found.append((row, LeadRef(lead_id, version)))
        return found, loading

    def row_at(self, row: int) -> LeadRef | None:
        """The lead on that row as loaded (id and version), or None while it loads."""
        keys = self._keys(row)
        return None if keys is None else LeadRef(keys[0], keys[1])

    def text(self, row: int, title: str) -> str | None:
        """What the cell under that column title shows, or None while the row loads."""
        page = self._pages.get(row // PAGE)
        offset = row % PAGE
        if page is None or offset >= len(page[0]):
            return None
        return page[0][offset][COLUMN_TITLES.index(title)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == DISPLAY:
            row = index.row()
            number = row // PAGE
            page = self._pages.get(number)
            if page is None or number in self._stale:
                if number not in self._pending:
                    self._fetch(number, self._generation)
                if page is None:
                    return LOADING if index.column() == 0 else ""
            cells = page[0]
            offset = row % PAGE
            return cells[offset][index.column()] if offset < len(cells) else ""
        if role == ALIGNMENT:
            return int(FIGURE_ALIGNMENT) if index.column() in FIGURES else None
        if role == TOOLTIP:
            keys = self._keys(index.row())
            if keys is not None and keys[2] is not None:
                until = i18n.time_with_seconds(keys[2].astimezone())
                return self.tr("lease until {at}").format(at=until)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._keys(index.row()) is not None:
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [LEADS_MIME]

    def refs(self, rows: list[int]) -> list[LeadRef]:
        found = (self.row_at(row) for row in sorted(set(rows)))
        return [ref for ref in found if ref is not None]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return lead_mime(self.refs([index.row() for index in indexes]))
