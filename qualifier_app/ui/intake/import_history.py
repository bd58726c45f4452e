"""Recent imports, in the Import area: what was imported, by whom, with what result, where
each rejects file is, and which import stopped before its end and what to do about it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qualifier_app.services.intake.history import (
    REJECTS_KEPT,
    REJECTS_NOT_FOUND,
    REJECTS_NOT_WRITTEN,
    REJECTS_PURGED,
    PastImport,
)
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of, numeral

SHOWN = 50
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Started"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "File"),
    QT_TRANSLATE_NOOP("Columns", "By"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Rows"),
    QT_TRANSLATE_NOOP("Columns", "New/applied"),
    QT_TRANSLATE_NOOP("Columns", "Merged/unchanged"),
    QT_TRANSLATE_NOOP("Columns", "Already imported"),
    QT_TRANSLATE_NOOP("Columns", "Rejected"),
    QT_TRANSLATE_NOOP("Columns", "Rejects file"),
)
KINDS = {
    "inquiries": QT_TRANSLATE_NOOP("Imports", "Inquiries"),
    "firmographics": QT_TRANSLATE_NOOP("Imports", "Firmographics"),
    "partner_feedback": QT_TRANSLATE_NOOP("Imports", "Partner feedback"),
    "partners": QT_TRANSLATE_NOOP("Imports", "Partners"),
}
STATUSES = {
    "running": QT_TRANSLATE_NOOP("Imports", "Running"),
    "finished": QT_TRANSLATE_NOOP("Imports", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Imports", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("Imports", "Failed"),
    "interrupted": QT_TRANSLATE_NOOP("Imports", "Interrupted"),
}
REJECTS = {
    REJECTS_NOT_FOUND: QT_TRANSLATE_NOOP("Imports", "not on this computer: {path}"),
    REJECTS_PURGED: QT_TRANSLATE_NOOP("Imports", "purged (retention period over)"),
    REJECTS_NOT_WRITTEN: QT_TRANSLATE_NOOP("Imports", "not written (the import stopped)"),
}


def _worded(source: str) -> str:
    return QCoreApplication.translate("Imports", source)


def _local(value: datetime | None) -> str:
    return i18n.local_moment(value) if value else ""


class ImportHistory(QWidget):
    """The latest imports of every kind the person may run, newest first."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self.imports: tuple[PastImport, ...] = ()
        title = QLabel(self.tr("Recent imports"))
        title.setObjectName("sectionTitle")
        self.refresh_button = QPushButton(self.tr("&Refresh list"))
        self.table = make_table(COLUMNS, self.tr("Recent imports"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("banner")
        self.advice.setWordWrap(True)
        self.advice.hide()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        history, actor = self._context.services.import_history, self._context.signed_in.actor
        self.refresh_button.setEnabled(False)
        self._context.workers.submit(
            lambda: history.recent(actor, limit=SHOWN), self._show, self._failed
        )

    def _show(self, imports: tuple[PastImport, ...]) -> None:
        self.refresh_button.setEnabled(True)
        self.imports = imports
        fill_table(self.table, [self._cells(past) for past in imports])
        for row, past in enumerate(imports):
            if (what_to_do := past.what_to_do()) is not None:
                status = self.table.item(row, 4)
                assert status is not None
                status.setToolTip(i18n.translated(what_to_do))
        self.status.setText(
            i18n.plural(
                len(imports),
                QT_TRANSLATE_NOOP("Counts", "{n} import"),
                QT_TRANSLATE_NOOP("Counts", "{n} imports"),
            )
            if imports
            else self.tr("Nothing has been imported yet.")
        )
        # What was left half done and is not done since: say what was kept and what to do.
        open_ends = [
            self.tr("{file}, started {started} ({status}): {what_to_do}").format(
                file=past.file_name,
                started=_local(past.started_at),
                status=_worded(STATUSES.get(past.status, past.status)),
                what_to_do=i18n.translated(what_to_do),
            )
            for past in imports
            if past.imported_again is None and (what_to_do := past.what_to_do()) is not None
        ]
        self.advice.setText("\n".join(open_ends[:3]))
        self.advice.setVisible(bool(open_ends))

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(message_of(exc))

    def _cells(self, past: PastImport) -> list[str]:
        return [
            _local(past.started_at),
            _worded(KINDS.get(past.kind, past.kind)),
            past.file_name,
            past.started_by or self.tr("system"),
            _worded(STATUSES.get(past.status, past.status)),
            numeral(past.rows),
            numeral(past.imported),
            numeral(past.merged),
            numeral(past.already_imported),
            numeral(past.rejected),
            self._rejects(past),
        ]

    def _rejects(self, past: PastImport) -> str:
        if past.rejects is None:
            return ""
        if past.rejects == REJECTS_KEPT:
            return past.rejects_file or ""
        return _worded(REJECTS[past.rejects]).format(path=past.rejects_file)
