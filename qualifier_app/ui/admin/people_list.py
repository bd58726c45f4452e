"""Adding a center's people from a list (administrators, the Users area's *Add from a list…*):
the list is read and each person added on the worker pool, the row reached shown meanwhile;
then a window names each person added with their one-time password (shown this once, to
hand out) and each row refused with the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.user_list import PeopleAdded
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import fill_table, make_table

FILE_FILTER = "Lists (*.csv *.xlsx *.txt);;All files (*)"
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Login"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Team"),
    QT_TRANSLATE_NOOP("Columns", "One-time password"),
)


class _Progress(QObject):
    """Carries the row reached from the worker thread to the GUI thread."""

    row = Signal(int)


class PeopleListDialog(QDialog):
    """Who was added, with the one-time password to give each, and the rows refused."""

    def __init__(self, parent: QWidget, done: PeopleAdded) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People added from {file}").format(file=Path(done.file).name))
        self.summary = QLabel(
            self.tr("{file}: {rows} = {added} added + {refused} refused").format(
                file=Path(done.file).name,
                rows=i18n.plural(
                    done.rows,
                    QT_TRANSLATE_NOOP("Counts", "{n} row read"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows read"),
                ),
                added=i18n.number(len(done.added)),
                refused=i18n.number(len(done.refused)),
            )
        )
        if done.blank:
            self.summary.setText(self.summary.text() + i18n.translated(done.blank_note()))
        if done.hidden:
            self.summary.setText(
                self.summary.text()
                + self.tr(", {hidden} hidden in the workbook (not read)").format(
                    hidden=i18n.number(done.hidden)
                )
            )
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Give each person their one-time password now: it is shown only this once, "
                "and they choose their own at the first sign-in."
            )
        )
        hint.setWordWrap(True)
        self.table = make_table(COLUMNS, self.tr("People added"))
        fill_table(
            self.table,
            [
                [p.login, p.name, i18n.translated(Role(p.role).label), p.team or "",
                 p.one_time_password]
                for p in done.added
            ],
        )  # fmt: skip
        self.refused = QLabel(
            "\n".join(
                self.tr("Row {line} ({login}): {reason}").format(
                    line=row.line,
                    login=row.login or self.tr("no login"),
                    reason=i18n.translated(row.reason),
                )
                for row in done.refused
            )
        )
        self.refused.setObjectName("bannerError")
        self.refused.setWordWrap(True)
        self.refused.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Many refused rows (a list of the wrong kind) scroll rather than grow the window
        # past a 720-pixel screen.
        refused_rows = QScrollArea()
        refused_rows.setWidgetResizable(True)
        refused_rows.setWidget(self.refused)
        refused_rows.setMaximumHeight(140)
        refused_rows.setVisible(bool(done.refused))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # To hand the passwords out (a mail merge, a printed sheet) without a file of them.
        self.copy_button = buttons.addButton(
            self.tr("&Copy the table"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Tab-separated, to paste into a spreadsheet"))
        self.copy_button.clicked.connect(self.copy_table)
        self.copy_button.setEnabled(bool(done.added))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(refused_rows)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.table.setFocus()

    def copy_table(self) -> None:
        table = self.table
        columns = range(table.columnCount())
        header = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in columns]
        rows = [
            [table.model().index(r, c).data() or "" for c in columns]
            for r in range(table.rowCount())
        ]
        QGuiApplication.clipboard().setText(
            "\n".join("\t".join(map(str, cells)) for cells in [header, *rows]) + "\n"
        )


class PeopleListImport(QObject):
    """The Users area's *Add from a list…*: choose the file, add on the worker pool, show."""

    finished = Signal(PeopleAdded)

    def __init__(
        self, area: QWidget, context: AreaContext, button: QPushButton, status: QLabel
    ) -> None:
        """`status` says how far the adding is, and why it could not start."""
        super().__init__(area)
        self._area = area
        self._context = context
        self._button = button
        self._status = status
        self._progress = _Progress(self)
        self._progress.row.connect(self._show_row)
        self.dialog: PeopleListDialog | None = None
        # Tests answer the file dialog here; people get the platform's own.
        self.choose_file: Callable[[], str] = self._file_dialog
        button.clicked.connect(self.start)

    def _file_dialog(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._area, self.tr("A list of people"), "", FILE_FILTER
        )
        return chosen

    def start(self) -> None:
        chosen = self.choose_file()
        if not chosen:
            return
        path, actor = Path(chosen), self._context.signed_in.actor
        people, report = self._context.services.people_list, self._progress.row.emit
        self._button.setEnabled(False)
        self._status.setText(self.tr("Adding the people of {file}…").format(file=path.name))
        self._context.workers.submit(
            lambda: people.add_all(actor, path, report), self._added, self._failed
        )

    def _show_row(self, line: int) -> None:
        if isValid(self._area):
            self._status.setText(self.tr("Adding… row {line} done").format(line=line))

    def _added(self, done: PeopleAdded) -> None:
        if not isValid(self._area):
            return
        self._button.setEnabled(True)
        self._status.setText("")
        self.dialog = PeopleListDialog(self._area, done)
        self.dialog.open()
        self.finished.emit(done)

    def _failed(self, exc: Exception) -> None:
        if not isValid(self._area):
            return
        self._button.setEnabled(True)
        self._status.setText(i18n.problem_text(exc))
