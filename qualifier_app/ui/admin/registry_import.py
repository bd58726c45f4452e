"""Importing a national do-not-call registry snapshot (supervisors, administrators): the file,
the registry and the date the snapshot was taken; the import runs on the worker pool with the
numbers read so far shown, and ends with a summary. The registries' freshness is listed above:
a stale one keeps its country's leads from being claimed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.compliance.registries import (
    REGISTRIES,
    RegistryImport,
    RegistryState,
    SnapshotShrinks,
)
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.forms import EditorForm, typed_path
from qualifier_app.ui.widgets.hinted_line import HintedLineEdit

FILE_FILTER = "Registry files (*.txt *.csv);;All files (*)"


class _Progress(QObject):
    """Carries the count of numbers read from the worker thread to the GUI thread."""

    read = Signal(int)


class RegistryImportPanel(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self.states = QLabel(self.tr("Loading the registries…"))
        self.states.setObjectName("subtitle")
        self.states.setWordWrap(True)
        self.file = HintedLineEdit(self.tr("one number a line, or CSV with a number column"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAutoDefault(False)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        self.registry = QComboBox()
        self.registry.addItems(sorted(REGISTRIES))
        self.registry.setAccessibleName(self.tr("Registry"))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        # The database's date (UTC) until the center's arrives with the states: a
        # workstation east of Greenwich, or one whose clock is off, would offer a day the
        # import refuses as in the future.
        self._offered = _day(context.services.clock.now().astimezone(UTC).date())
        self.as_of.setDate(self._offered)
        self.as_of.setAccessibleName(self.tr("Snapshot taken on"))
        self.form = EditorForm(self.tr("Import a national registry snapshot"), self.tr("&Import"))
        panel = self.form.build(
            [
                ("file", self.tr("&File"), file_row),
                ("registry", self.tr("Re&gistry"), self.registry),
                ("as_of", self.tr("Taken o&n"), self.as_of),
            ]
        )
        # Offered only once a file was refused for holding far fewer numbers than the last
        # snapshot, so loading a shrunken registry is always a decision about that file.
        self.allow_shrink = QCheckBox(self.tr("&Load it although it holds far fewer numbers"))
        self.allow_shrink.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Registry import progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result = QLabel()
        self.result.setObjectName("subtitle")
        self.result.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.states)
        box.addWidget(panel)
        box.addWidget(self.allow_shrink)
        box.addWidget(self.progress)
        box.addWidget(self.result)
        self._bridge = _Progress(self)
        self._bridge.read.connect(self._show_progress)
        self.choose_button.clicked.connect(self.choose)
        self.form.save_button.clicked.connect(self.start)
        self.file.returnPressed.connect(self.start)
        self.file.textChanged.connect(self._forget_shrink)
        # Tests answer the file dialog here; people get the platform's own.
        self.choose_file: Callable[[], str] = self._file_dialog
        self.reload_states()

    def _file_dialog(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Registry snapshot"), "", FILE_FILTER
        )
        return chosen

    def choose(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.file.setText(chosen)

    def _forget_shrink(self) -> None:
        self.allow_shrink.setChecked(False)
        self.allow_shrink.hide()

    def reload_states(self) -> None:
        service, actor = self._context.services.registries, self._actor
        self._context.workers.submit(
            lambda: (service.states(actor), service.today(actor)),
            self._show_loaded,
            self.form.failed,
        )

    def _show_loaded(self, loaded: tuple[list[RegistryState], date]) -> None:
        states, today = loaded
        if self.as_of.date() == self._offered:  # a date the person picked stays
            self._offered = _day(today)
            self.as_of.setDate(self._offered)
        self._show_states(states)

    def _show_states(self, states: list[RegistryState]) -> None:
        if not states:
            self.states.setText(self.tr("No national registry imported yet"))
            return
        lines = []
        for state in states:
            fresh = self.tr("STALE: claims blocked") if state.stale else self.tr("fresh")
            if state.taken_on is None:
                lines.append(
                    self.tr("{name}: honoured, never imported · {fresh}").format(
                        name=state.name, fresh=fresh
                    )
                )
                continue
            lines.append(
                self.tr(
                    "{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}"
                ).format(
                    name=state.name,
                    taken_on=i18n.day(state.taken_on),
                    age=i18n.number(state.age_days),
                    max_age=i18n.number(state.max_age_days),
                    entries=i18n.number(state.entries),
                    fresh=fresh,
                )
            )
        self.states.setText("\n".join(lines))

    def start(self) -> None:
        self.form.reset()
        raw = self.file.text().strip()
        if not raw:
            self.form.failed(InvalidInput(self.tr("choose the registry file"), "file"))
            return
        path = typed_path(raw)  # the service checks the file, on the worker
        picked = self.as_of.date()
        taken = date(picked.year(), picked.month(), picked.day())
        service, actor, name = (
            self._context.services.registries,
            self._actor,
            self.registry.currentText(),
        )
        bridge, allow_shrink = self._bridge, self.allow_shrink.isChecked()
        self.form.save_button.setEnabled(False)
        self.progress.show()
        self.result.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._context.workers.submit(
            lambda: service.import_snapshot(
                actor, path, name, taken, bridge.read.emit, allow_shrink=allow_shrink
            ),
            self._imported,
            self._failed,
        )

    def _show_progress(self, read: int) -> None:
        self.result.setText(
            self.tr("%1 numbers read; stored when the whole file has been read").replace(
                "%1", i18n.number(read)
            )
        )

    def _imported(self, loaded: RegistryImport) -> None:
        self._forget_shrink()
        self.progress.hide()
        self.form.save_button.setEnabled(True)
        self.result.setText(
            self.tr("%1 registry of %2: %3 numbers from %4 lines; claims follow it now")
            .replace("%1", loaded.registry)
            .replace("%2", i18n.day(loaded.taken_on))
            .replace("%3", i18n.number(loaded.entries))
            .replace("%4", i18n.number(loaded.lines))
        )
        self.reload_states()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.result.setText(self.tr("Nothing was imported"))
        self.form.failed(exc)
        if isinstance(exc, SnapshotShrinks):
            self.allow_shrink.show()


def _day(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
