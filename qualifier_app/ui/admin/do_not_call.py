"""The do-not-call list: search it, add a phone or e-mail with a reason, and (administrators)
take an entry off with a reason. Leads an entry blocked stay blocked when it comes off.
Supervisors and administrators import national registry snapshots here too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.domain.roles import Action
from qualifier_app.services.compliance.do_not_call import (
    DNC_HEADERS,
    DncEntryInfo,
    DncSearch,
    checked_contact,
)
from qualifier_app.services.workspace.dto import DncResult
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.admin.registry_import import RegistryImportPanel
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.field_problem import FieldForm
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    fill_table,
    make_table,
    message_of,
    scrolled,
)


def entries(count: int) -> str:
    return i18n.plural(
        count, QT_TRANSLATE_NOOP("Counts", "{n} entry"), QT_TRANSLATE_NOOP("Counts", "{n} entries")
    )


class DoNotCallArea(QWidget):
    """The list with its search on the left; adding and removing on the right."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._query = ""
        self._entries: tuple[DncEntryInfo, ...] = ()
        self._loading = False
        self._again = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("phone, e-mail, or words of the reason or source"))
        self.find_button = QPushButton(self.tr("Fin&d"))
        self.table = make_table(DNC_HEADERS, self.tr("Do-not-call list"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        search_layout = QFormLayout()
        self.search_form = FieldForm(search_layout)
        self.search_form.add("search", self.tr("Se&arch"), self.search)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addLayout(search_layout, 1)
        row.addWidget(self.find_button)
        left_box.addLayout(row)
        left_box.addWidget(self.table)
        left_box.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(self._build_side()))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self.search.returnPressed.connect(self.apply_search)
        self.find_button.clicked.connect(self.apply_search)
        self.table.itemSelectionChanged.connect(self._selected)
        self.live = LiveList(self, context, self.reload)
        self.reload()

    def _build_side(self) -> QWidget:
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+1 415 555 0100")
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("US (for numbers without +)"))
        self.country.setMaxLength(2)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("asked on the phone, legal request …"))
        self.adding = EditorForm(
            self.tr("Block a phone number or e-mail address"), self.tr("&Block")
        )
        add_panel = self.adding.build(
            [
                ("phone", self.tr("&Phone"), self.phone),
                ("country", self.tr("C&ountry"), self.country),
                ("email", self.tr("&E-mail"), self.email),
                ("reason", self.tr("&Reason"), self.reason),
            ]
        )
        self.adding.save_button.clicked.connect(self.add)
        for field in (self.phone, self.country, self.email, self.reason):
            field.returnPressed.connect(self.add)

        self.remove_reason = QLineEdit()
        self.remove_reason.setPlaceholderText(self.tr("why it comes off the list"))
        self.removing = EditorForm(
            self.tr("Take the selected entry off the list (leads it blocked stay do-not-call)"),
            self.tr("Re&move"),
        )
        remove_panel = self.removing.build([("reason", self.tr("&Why"), self.remove_reason)])
        self.removing.save_button.clicked.connect(self.remove)
        self.remove_reason.returnPressed.connect(self.remove)
        self.remove_panel = remove_panel
        self._selected()

        self.outcome = QLabel()
        self.outcome.setObjectName("subtitle")
        self.outcome.setWordWrap(True)
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.outcome)
        box.addWidget(add_panel)
        box.addWidget(remove_panel)
        # Only once it has a parent: a parentless widget made visible opens as a window.
        remove_panel.setVisible(self._actor.may(Action.REMOVE_DO_NOT_CALL))
        self.registry_import: RegistryImportPanel | None = None
        if self._actor.may(Action.IMPORT_REGISTRY):
            self.registry_import = RegistryImportPanel(self._context)
            box.addWidget(self.registry_import)
        box.addStretch()
        return side

    # --- the list ---------------------------------------------------------------------------

    def apply_search(self) -> None:
        self.search_form.clear()
        self._query = self.search.text().strip()
        self.reload()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        service, actor, query = self._context.services.do_not_call, self._actor, self._query
        self._context.workers.submit(lambda: service.search(actor, query), self._show, self._failed)

    def _show(self, found: DncSearch) -> None:
        self._loading = False
        chosen = self.chosen()
        self._entries = found.entries
        fill_table(self.table, [entry.cells() for entry in found.entries])
        for row, entry in enumerate(found.entries):
            if chosen is not None and entry.id == chosen.id:
                self.table.selectRow(row)
        if chosen is None and len(found.entries) == 1 and self._query:
            self.table.selectRow(0)  # a search by number found its entry: ready to remove
        more = self.tr("; only the newest are shown: search for more") if found.more else ""
        if not found.entries and not self._query:
            self.status.setText(self.tr("No entries yet: nobody is on the do-not-call list"))
        else:
            self.status.setText(
                f"{entries(len(found.entries))} · {i18n.translated(found.read_as)}{more}"
            )
        self._selected()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._again = False
        field = exc.field if isinstance(exc, InvalidInput) else None
        if not self.search_form.show(field, message_of(exc)):
            self.status.setText(message_of(exc))

    def chosen(self) -> DncEntryInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._entries):
            return None
        return self._entries[rows[0].row()]

    def _selected(self) -> None:
        self.removing.save_button.setEnabled(self.chosen() is not None)

    # --- adding -----------------------------------------------------------------------------

    def add(self) -> None:
        self.adding.reset()
        reason = self.reason.text().strip()
        no_reason = InvalidInput(self.tr("say why they must not be called"), "reason")
        service, actor = self._context.services.do_not_call, self._actor
        phone, country, email = self.phone.text(), self.country.text().strip(), self.email.text()

        def add_checked() -> DncResult:
            # Every field at fault named at once: the reason, the phone and the e-mail (read
            # here, off the GUI thread: the phone's rules load on first use).
            gathered = Gathered()
            if not reason:
                gathered.add(no_reason)
            gathered.check(lambda: checked_contact(phone, country or None, email))
            gathered.done()
            return service.add(
                actor, phone=phone, country=country or None, email=email, reason=reason
            )

        self.adding.save_button.setEnabled(False)
        self._context.workers.submit(add_checked, self._added, self.adding.failed)

    def _added(self, result: DncResult) -> None:
        self.adding.save_button.setEnabled(True)
        for field in (self.phone, self.email, self.reason):
            field.clear()
        leads = len(result.leads_blocked)
        if result.entries_added == 0:
            self.outcome.setText(self.tr("Already on the list"))
        else:
            blocked = (
                self.tr("; {leads} taken out of the queues").format(
                    leads=i18n.plural(
                        leads,
                        QT_TRANSLATE_NOOP("Counts", "{n} lead"),
                        QT_TRANSLATE_NOOP("Counts", "{n} leads"),
                    )
                )
                if leads
                else ""
            )
            self.outcome.setText(
                self.tr("{entries} added{blocked}").format(
                    entries=entries(result.entries_added), blocked=blocked
                )
            )
        self.phone.setFocus()
        self.reload()

    # --- removing ---------------------------------------------------------------------------

    def remove(self) -> None:
        self.removing.reset()
        entry = self.chosen()
        if entry is None:
            self.removing.failed(InvalidInput(self.tr("choose the entry in the list first"), None))
            return
        why = self.remove_reason.text().strip()
        if not why:
            self.removing.failed(
                InvalidInput(self.tr("say why the entry comes off the list"), "reason")
            )
            return
        service, actor = self._context.services.do_not_call, self._actor
        self.removing.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.remove(actor, entry.id, reason=why),
            self._removed,
            self.removing.failed,
        )

    def _removed(self, entry: DncEntryInfo) -> None:
        self.remove_reason.clear()
        self.outcome.setText(
            self.tr("The {kind} entry {value}… is off the list").format(
                kind=entry.kind, value=entry.value_hash[:12]
            )
        )
        self.table.clearSelection()
        self._selected()
        self.reload()
