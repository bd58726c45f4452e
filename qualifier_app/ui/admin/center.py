"""The center itself (administrators): its name, default time zone and calling window, the
currency every amount is counted in, and the national do-not-call registries it honours; as
first-run setup or `qualifier center set` write them, checked alike, audited. Every problem
is named next to its field at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.calling_window import zone_names
from qualifier_app.domain.currency import DEFAULT_CURRENCY, check_currency
from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.services.accounts.first_run import center_name, check_time_zone, parse_window
from qualifier_app.services.admin.center import DEFAULT_WINDOW, CenterView
from qualifier_app.services.compliance.registries import REGISTRIES
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.keys import make_action, native
from qualifier_app.ui.widgets.forms import EditorForm, message_of, scrolled


@dataclass(frozen=True)
class CenterDraft:
    name: str
    time_zone: str
    calling_window: str
    currency: str
    registries: tuple[str, ...]


class CenterArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._view: CenterView | None = None
        self._typed = False  # edits not saved yet: a reload keeps them
        self._saved_text = ""  # what the last save said, until the next edit
        self._loaded = False
        self.confirm: QMessageBox | None = None

        self.editor = EditorForm(self.tr("The center"), self.tr("Save the &center"))
        self.save_button = self.editor.save_button
        self.save_button.setToolTip(native("Ctrl+S"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Lisbon Qualifying Center"))
        self.time_zone = QLineEdit()
        self.time_zone.setPlaceholderText(self.tr("e.g. Europe/Berlin"))
        # Filled with the zone database's names by the first load (a read of many files).
        self.zones = QCompleter([], self.time_zone)
        self.zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zones.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(self.zones)
        self.calling_window = QLineEdit()
        self.calling_window.setPlaceholderText(DEFAULT_WINDOW)
        self.window_note = QLabel(
            self.tr(
                "The default calling rule (Calling rules area) sets the window in use; this "
                "one applies without it."
            )
        )
        self.window_note.setObjectName("subtitle")
        self.window_note.setWordWrap(True)
        self.window_note.hide()
        self.currency = QLineEdit()
        self.currency.setPlaceholderText(self.tr("what every amount is in, e.g. EUR"))
        registries = self._registries()
        form = self.editor.build(
            [
                ("center", self.tr("&Name"), self.name),
                ("time_zone", self.tr("&Time zone"), self.time_zone),
                ("window", self.tr("Calling &window"), self.calling_window),
                ("currency", self.tr("Cu&rrency"), self.currency),
                ("registry", self.tr("Do-not-call registries"), registries),
            ]
        )
        self.editor.form.layout.insertRow(3, self.window_note)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Center status"))
        column = QWidget()
        column_box = QVBoxLayout(column)
        column_box.addWidget(form)
        column_box.addWidget(self.status)
        column_box.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(scrolled(column), 3)
        layout.addWidget(scrolled(self._hint()), 2)

        for line in (self.name, self.time_zone, self.calling_window, self.currency):
            line.returnPressed.connect(self.save)
            line.textEdited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        save = make_action(self, "save")
        save.triggered.connect(self.save)
        self.addAction(save)
        # A change at another workstation shows at once, unless something is being typed.
        self.live = LiveList(self, context, self.reload)

    def _hint(self) -> QLabel:
        hint = QLabel(
            self.tr(
                "The time zone makes the center's day: reports and exports count their days by "
                "it, and a nurture lead's recycle date, a partner's close date and a registry "
                "snapshot's date are read on its calendar. Changing it counts every call "
                "again.\n\nThe calling window is the local time at the called party when calls "
                "may be made, wherever no calling rule of its place applies (a default rule in "
                "the Calling rules area comes first).\n\nThe currency is what every amount is "
                "counted in: campaign costs, partners' pipeline and revenue, ROI. Amounts are "
                "never converted; set it before costs are typed.\n\nA registry the center "
                "honours blocks its countries' leads until a snapshot of it is imported (Do "
                "not call area), and again when the snapshot is too old."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        return hint

    def _registries(self) -> QWidget:
        """A box for each registry the center knows, ticked when it honours it."""
        registries = QWidget()
        registries_box = QVBoxLayout(registries)
        registries_box.setContentsMargins(0, 0, 0, 0)
        self.registries: dict[str, QCheckBox] = {}
        for name, registry in REGISTRIES.items():
            box = QCheckBox(
                self.tr("&{name}: the national registry ({countries})").format(
                    name=name, countries=", ".join(registry.countries)
                )
            )
            box.setToolTip(self.tr("The law behind it: {source}").format(source=registry.source))
            box.toggled.connect(self._edited)
            self.registries[name] = box
            registries_box.addWidget(box)
        return registries

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Loaded when first shown: a tab nobody opens costs the database nothing.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        service, actor = self._context.services.center, self._actor
        first = self.zones.model().rowCount() == 0
        self._context.workers.submit(
            lambda: (service.show(actor), zone_names() if first else None),
            self._loaded_view,
            self._failed,
        )

    def _loaded_view(self, loaded: tuple[CenterView, list[str] | None]) -> None:
        view, zones = loaded
        if zones is not None:
            self.zones.setModel(QStringListModel(zones, self.zones))
        self._shown(view)

    def _edited(self) -> None:
        self._typed = True
        self._saved_text = ""

    def _shown(self, view: CenterView) -> None:
        before, self._view = self._view, view
        # While something is typed, a field left as it was follows a change made elsewhere;
        # what the administrator typed stays.
        for line, old, new in (
            (self.name, before and before.name, view.name),
            (self.time_zone, before and before.time_zone, view.time_zone),
            (self.calling_window, before and before.calling_window, view.calling_window),
            (self.currency, before and before.currency, view.currency),
        ):
            if not self._typed or line.text() == (old or ""):
                line.setText(new or "")
        if not self.calling_window.text():
            self.calling_window.setText(DEFAULT_WINDOW)
        if not self.currency.text():
            self.currency.setText(DEFAULT_CURRENCY)
        for name, box in self.registries.items():
            if not self._typed or box.isChecked() == (
                before is not None and name in before.registries
            ):
                box.blockSignals(True)
                box.setChecked(name in view.registries)
                box.blockSignals(False)
        self.window_note.setVisible(view.window_overridden)
        if self._saved_text:  # a reload right after the save (the change feed's) keeps it
            self.status.setText(self._saved_text)
        elif view.set_up:
            self.status.setText(self.tr("Every workstation works by these."))
        else:
            self.status.setText(
                self.tr("The center has no name or time zone yet: give both and save.")
            )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def draft(self) -> CenterDraft:
        """The form as typed, checked as the service checks it; InvalidFields names every
        field that cannot be read."""
        gathered = Gathered()
        name = gathered.check(lambda: center_name(self.name.text()))
        zone = gathered.check(lambda: check_time_zone(self.time_zone.text()))
        gathered.check(lambda: parse_window(self.calling_window.text()))
        currency = gathered.check(lambda: check_currency(self.currency.text()))
        gathered.done()
        return CenterDraft(
            name,
            zone,
            self.calling_window.text().strip(),
            currency,
            tuple(code for code, box in self.registries.items() if box.isChecked()),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.editor.reset()
        try:
            draft = self.draft()
        except InvalidInput as exc:
            self.editor.failed(exc)
            return
        before = self._view.currency if self._view is not None and self._view.set_up else None
        if before is not None and draft.currency != before:
            self._confirm_currency(draft, before)
            return
        self._send(draft)

    def _confirm_currency(self, draft: CenterDraft, before: str) -> None:
        confirm = QMessageBox(self)
        self.confirm = confirm
        confirm.setWindowTitle(self.tr("Currency"))
        confirm.setText(
            self.tr(
                "Count every amount in {after} instead of {before}? Amounts are never "
                "converted: every campaign's cost, partner's pipeline and revenue kept so far "
                "is read in {after}."
            ).format(after=draft.currency, before=before)
        )
        confirm.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirm.accepted.connect(lambda: self._send(draft))
        confirm.open()

    def _send(self, draft: CenterDraft) -> None:
        """Only what the administrator changed, with what it was: a field changed at another
        workstation meanwhile is kept (and one changed on both is refused next to it)."""
        service, actor = self._context.services.center, self._actor
        base = self._view if self._view is not None and self._view.set_up else None
        changes: dict[str, Any] = {
            "name": draft.name,
            "time_zone": draft.time_zone,
            "calling_window": draft.calling_window,
            "registries": draft.registries,
            "currency": draft.currency,
        }
        if base is not None:
            shown = {
                "name": base.name,
                "time_zone": base.time_zone,
                "calling_window": base.calling_window,
                "registries": tuple(sorted(base.registries)),
                "currency": base.currency,
            }
            typed = {**changes, "registries": tuple(sorted(draft.registries))}
            changes = {key: value for key, value in changes.items() if typed[key] != shown[key]}
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._context.workers.submit(
            lambda: service.change(actor, expected=base, **changes),
            self._saved,
            self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        """Next to its field, or above the form (refused by the database, say). The center
        as it is now is read again: a save after a refusal for a change made meanwhile
        replaces that change knowingly."""
        self.status.clear()
        self.editor.failed(exc)
        self.reload()

    def _saved(self, view: CenterView) -> None:
        self.save_button.setEnabled(True)
        self._typed = False
        self._saved_text = self.tr(
            "Saved: {name}, time zone {zone}, calls {window}, amounts in {currency}. "
            "Every workstation works by these."
        ).format(
            name=view.name,
            zone=view.time_zone,
            window=view.calling_window,
            currency=view.currency,
        )
        self._shown(view)
