"""The audit viewer: who did what, when, from what to what, and why; exported as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.audit_actions import ACTIONS
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import Role
from qualifier_app.services.admin.audit import EXPORT_HEADERS, AuditFilter, AuditPage
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.field_problem import FieldForm
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of


def _day(text: str, field: str) -> date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate("Audit", "{cleaned!r} is not a date like 2026-11-24").format(
                cleaned=cleaned
            ),
            field,
        ) from None


def _lead(text: str) -> int | None:
    cleaned = text.strip().lstrip("#")
    if not cleaned:
        return None
    if not cleaned.isdigit() or int(cleaned) == 0:
        raise InvalidInput(
            QCoreApplication.translate("Audit", "{strip!r} is not a lead number").format(
                strip=text.strip()
            ),
            "lead",
        )
    return int(cleaned)


ACTION_COLUMN = 2


def _action_choice(typed: QLineEdit) -> QComboBox:
    """Every action the app writes, in words with its code as the data; a code or the start of
    one ("lead", "campaign") may be typed as well."""
    choice = QComboBox()
    choice.setLineEdit(typed)
    choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # Typed text is a code or its start ("campaign"), never completed to one action's words.
    choice.setCompleter(None)  # type: ignore[arg-type]  # Qt takes no completer as null
    worded = sorted(
        ((i18n.translated(words), code) for code, words in ACTIONS.items()),
        key=lambda item: item[0].casefold(),
    )
    for words, code in worded:
        choice.addItem(words, code)
        choice.setItemData(choice.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
    choice.setCurrentIndex(-1)
    return choice


def _action_code(choice: QComboBox) -> str:
    """The code of the chosen action, or what was typed (a code, or the start of one)."""
    typed = choice.currentText().strip()
    index = choice.findText(typed, Qt.MatchFlag.MatchFixedString)
    return str(choice.itemData(index)) if typed and index >= 0 else typed


class AuditArea(QWidget):
    """Filters on the left, the newest matching rows on the right."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._shown = AuditFilter()
        self._loading = False
        self._again = False
        filters = self._build_filters(context)
        titles = [i18n.translated(title).replace(" (UTC)", "") for title in EXPORT_HEADERS]
        self.table = make_table(titles, self.tr("Audit"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.table)
        right_box.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(filters)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        QVBoxLayout(self).addWidget(splitter)

        self.find_button.clicked.connect(self.apply_filter)
        self.export_button.clicked.connect(self.export)
        export = make_action(self, "export_audit")
        export.triggered.connect(self.export)
        self.addAction(export)
        self.export_button.setToolTip(
            export.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.choose_export_path = self._ask_export_path
        self.live = LiveList(self, context, self.reload)
        self.reload()

    def _build_filters(self, context: AreaContext) -> QWidget:
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("login, or operator"))
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("lead number"))
        self.action_typed = QLineEdit()
        self.action_typed.setPlaceholderText(self.tr("any action, or a code"))
        self.action = _action_choice(self.action_typed)
        self.action.setToolTip(
            self.tr("Choose an action, or type its code or the start of one: lead.claimed, lead")
        )
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setObjectName("primary")
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        # The export's outcome has a place of its own: a refresh of the list must not hide it.
        self.export_note = QLabel()
        self.export_note.setObjectName("subtitle")
        self.export_note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("bannerError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        for key, label, widget in (
            ("user", self.tr("&Who"), self.user),
            ("lead", self.tr("&Lead"), self.lead),
            ("action", self.tr("&Action"), self.action),
            ("since", self.tr("Fro&m"), self.since),
            ("until", self.tr("&To"), self.until),
        ):
            self.form.add(key, label, widget)
            typed = self.action_typed if widget is self.action else widget
            if isinstance(typed, QLineEdit):
                typed.returnPressed.connect(self.apply_filter)
        scope = QLabel(
            self.tr("Your teams' people and leads only.")
            if context.signed_in.actor.role is Role.TEAM_LEAD
            else self.tr("Every change in the center, newest first. Times are UTC.")
        )
        scope.setWordWrap(True)
        scope.setObjectName("subtitle")
        filters = QWidget()
        box = QVBoxLayout(filters)
        box.addWidget(scope)
        box.addWidget(self.banner)
        box.addLayout(form_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.export_button)
        box.addLayout(buttons)
        box.addWidget(self.export_note)
        box.addStretch()
        return filters

    def wanted(self) -> AuditFilter:
        """What the filters say; one that cannot be read raises InvalidInput for its field."""
        return AuditFilter(
            user=self.user.text().strip() or None,
            lead_id=_lead(self.lead.text()),
            action=_action_code(self.action) or None,
            since=_day(self.since.text(), "since"),
            until=_day(self.until.text(), "until"),
        )

    def apply_filter(self) -> None:
        self._clear_problems()
        try:
            self._shown = self.wanted()
        except InvalidInput as exc:
            self._problem(exc)
            return
        self.reload()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        audit, actor, wanted = (
            self._context.services.audit,
            self._context.signed_in.actor,
            self._shown,
        )
        self._context.workers.submit(
            lambda: _worded(audit.find(actor, wanted)), self._show, self._failed
        )

    def _show(self, found: tuple[AuditPage, list[list[str]]]) -> None:
        self._loading = False
        page, worded = found
        fill_table(self.table, worded)
        for index, row in enumerate(page.rows):
            cell = self.table.item(index, ACTION_COLUMN)
            if cell is not None:
                cell.setToolTip(row.action)  # the code, as the filter finds it
        more = self.tr("; only the newest are shown: narrow the filter") if page.more else ""
        self.status.setText(
            i18n.plural(
                len(page.rows),
                QT_TRANSLATE_NOOP("Counts", "{n} row"),
                QT_TRANSLATE_NOOP("Counts", "{n} rows"),
            )
            + more
        )
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._again = False
        self._problem(exc)
        self.status.setText(self.tr("Nothing shown: see the problem above"))

    def export(self) -> None:
        self._clear_problems()
        try:
            wanted = self.wanted()
        except InvalidInput as exc:
            self._problem(exc)
            return
        chosen = self.choose_export_path()
        if chosen is None:
            return
        audit, actor = self._context.services.audit, self._context.signed_in.actor
        self.export_button.setEnabled(False)
        self.export_note.setText(self.tr("Exporting…"))
        self._context.workers.submit(
            lambda: audit.export_csv(actor, wanted, chosen),
            lambda count: self._exported(count, chosen),
            self._export_failed,
        )

    def _ask_export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", "CSV (*.csv)"
        )
        return Path(name) if name else None

    def _exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_note.setText(
            self.tr("{plural} exported to {path}").format(
                plural=i18n.plural(
                    count,
                    QT_TRANSLATE_NOOP("Counts", "{n} row"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows"),
                ),
                path=path,
            )
        )

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.export_note.setText(self.tr("Nothing exported: see the problem above"))
        self._problem(exc)

    def _clear_problems(self) -> None:
        self.form.clear()
        self.banner.hide()

    def _problem(self, exc: Exception) -> None:
        field = exc.field if isinstance(exc, InvalidInput) else None
        if not self.form.show(field, message_of(exc)):
            self.banner.setText(message_of(exc))
            self.banner.show()


def _worded(page: AuditPage) -> tuple[AuditPage, list[list[str]]]:
    """The page with its rows in words, put into words off the GUI thread (hundreds of rows
    held the window for a quarter of a second)."""
    return page, [row.worded() for row in page.rows]
