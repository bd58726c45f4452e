"""The outcome of the call: the script's recommendation, the rep's choice and its details.

The recommended outcome is preselected; picking another one asks for the reason of the
overrule. A callback time is picked in one of the prospect's time zones, named beside it,
with the rep's own time shown below (callback_picker).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import REASON_PRESETS, OutcomeKind, overrules, reason_text
from qualifier_app.domain.retry import NO_CONTACT, Disposition
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.field_problem import focus_goes_to
from qualifier_app.ui.workspace import check_call_mode
from qualifier_app.ui.workspace.callback_picker import CallbackPicker
from qualifier_app.ui.workspace.session import LeadSession

KIND_ORDER = (
    OutcomeKind.SALES_READY,
    OutcomeKind.CALLBACK,
    OutcomeKind.NURTURE,
    OutcomeKind.DISQUALIFY,
    OutcomeKind.DO_NOT_CALL,
    OutcomeKind.NO_CONTACT,
)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


class OutcomePanel(QFrame):
    changed = Signal()
    submit_requested = Signal()

    def __init__(self, now: Callable[[], datetime]) -> None:
        super().__init__()
        self.setObjectName("card")
        self._now = now
        self.session: LeadSession | None = None
        self._loading = False
        self._assessment: bant.Assessment | None = None
        self._auto_reason = ""  # the script's reason as shown; stored as its English source
        self._auto_source = ""
        self._reason_kind: OutcomeKind | None = None
        self._typed_reasons: dict[OutcomeKind, str] = {}

        heading = QLabel(self.tr("Outcome"))
        heading.setObjectName("sectionTitle")
        self.recommendation = QLabel(self.tr("No recommendation yet"))
        self.recommendation.setWordWrap(True)
        self.recommendation.setObjectName("assessment")
        self.recommendation.setAccessibleName(self.tr("Recommendation"))

        self._build_fields()
        self._lay_out(heading)
        self._connect()
        self.clear()

    def _build_fields(self) -> None:
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[OutcomeKind, QRadioButton] = {}
        self.kind_grid = QGridLayout()
        for index, kind in enumerate(KIND_ORDER):
            button = QRadioButton(i18n.translated(kind.label))
            button.setAccessibleName(
                self.tr("Outcome: {kind}").format(kind=i18n.translated(kind.label))
            )
            self.kinds.addButton(button, index)
            self.kind_buttons[kind] = button
            self.kind_grid.addWidget(button, index // 2, index % 2)
        self.disposition = QComboBox()
        self.disposition.setAccessibleName(self.tr("How the call went"))
        for disposition in NO_CONTACT:
            self.disposition.addItem(i18n.translated(disposition.label), disposition.value)

        self.callback_picker = CallbackPicker()
        self.callback = self.callback_picker.when
        self.callback_zone = QLabel()
        self.callback_zone.setObjectName("subtitle")
        self.callback_zone.setWordWrap(True)
        self.callback_zone.setAccessibleName(self.tr("Callback time in other zones"))
        self.me_only = QCheckBox(self.tr("Only &me (otherwise anyone in the queue)"))
        self.me_only.setAccessibleName(self.tr("Callback for me only"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.recycle = QDateEdit()
        self.recycle.setDisplayFormat("yyyy-MM-dd")
        self.recycle.setCalendarPopup(True)
        self.recycle.setAccessibleName(self.tr("Recycle date"))
        self.overrule = QLineEdit()
        self.overrule.setPlaceholderText(self.tr("why you decide differently from the script"))
        self.overrule.setAccessibleName(self.tr("Reason for overruling the recommendation"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes for the next caller or the partner"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(90)
        self.submit_button = QPushButton(self.tr("Save outcome  (Ctrl+Enter)"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setAccessibleName(self.tr("Save outcome"))
        self.auto_next = QCheckBox(self.tr("Take the next lead after saving"))
        self.auto_next.setChecked(True)
        self.auto_next.setAccessibleName(self.tr("Take the next lead after saving"))

    def _lay_out(self, heading: QLabel) -> None:
        self.rows: dict[QWidget, QWidget] = {}
        problems = {
            "kind": self.tr("Outcome problem"),
            "disposition": self.tr("How it went: problem"),
            "callback_at": self.tr("Callback time problem"),
            "reason": self.tr("Reason problem"),
            "recycle_on": self.tr("Recycle date problem"),
            "overrule_reason": self.tr("Overrule reason problem"),
        }
        self.errors = {field: _error_label(name) for field, name in problems.items()}
        self.form = QFormLayout()
        self.form.addRow(self.tr("Ho&w it went"), self._with_error(self.disposition, "disposition"))
        self.form.addRow(
            self.tr("&Callback at"), self._with_error(self.callback_picker, "callback_at")
        )
        self.form.addRow("", self.callback_zone)
        self.form.addRow("", self.me_only)
        self.form.addRow(self.tr("&Reason"), self._with_error(self.reason, "reason"))
        self.form.addRow(self.tr("Recycle &on"), self._with_error(self.recycle, "recycle_on"))
        self.form.addRow(
            self.tr("O&verrule because"), self._with_error(self.overrule, "overrule_reason")
        )
        self.form.addRow(self.tr("No&tes"), self.notes)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.recommendation)
        layout.addLayout(self.kind_grid)
        layout.addWidget(self.errors["kind"])
        layout.addLayout(self.form)
        layout.addStretch()
        layout.addWidget(self.auto_next)
        layout.addWidget(self.submit_button)

    def _connect(self) -> None:
        self.kinds.idToggled.connect(self._kind_toggled)
        self.disposition.currentIndexChanged.connect(self._edited)
        self.callback.dateTimeChanged.connect(self._edited)
        self.callback_picker.zone.currentIndexChanged.connect(self._zone_chosen)
        self.me_only.toggled.connect(self._edited)
        self.reason.currentTextChanged.connect(self._edited)
        self.recycle.dateChanged.connect(self._edited)
        self.overrule.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.submit_button.clicked.connect(self.submit_requested)

    def _uncheck_kinds(self) -> None:
        self.kinds.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kinds.setExclusive(True)

    def _with_error(self, field: QWidget, name: str) -> QWidget:
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        focus_goes_to(box, field)
        self.rows[field] = box
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(field)
        column.addWidget(self.errors[name])
        return box

    # --- loading ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.session = None
        self._loading = True
        self._uncheck_kinds()
        self.notes.clear()
        self.overrule.clear()
        self.reason.setEditText("")
        self._loading = False
        self.recommendation.setText(self.tr("No lead open"))
        check_call_mode.show(self.kind_buttons, None)
        self.clear_problems()
        self.setEnabled(False)
        self._show_rows(None)

    def load(self, session: LeadSession, assessment: bant.Assessment | None) -> None:
        self.session = session
        check_call_mode.show(self.kind_buttons, session)
        self.setEnabled(True)
        self._loading = True
        try:
            zones = session.item.lead.time_zones
            if not session.callback_zone and zones:
                preferred = session.item.callback_zone
                session.callback_zone = preferred if preferred in zones else zones[0]
            if not session.callback_local:
                session.callback_local = self._default_callback(session)
            self.callback_picker.show_zones(zones, session.callback_zone, self._now())
            self.callback_picker.show_local(datetime.fromisoformat(session.callback_local))
            self.me_only.setChecked(session.callback_me_only)
            index = self.disposition.findData(session.disposition)
            self.disposition.setCurrentIndex(max(0, index))
            self.notes.setPlainText(session.notes)
            self.overrule.setText(session.overrule_reason)
            kind = session.chosen_kind(session.today(self._now()))
            self._set_reasons(kind)
            self.reason.setEditText(i18n.translated(reason_text(session.reason)))
            self._auto_reason = ""
            self._reason_kind = kind
            self._typed_reasons = {}
            if session.recycle_on:
                day = date.fromisoformat(session.recycle_on)
                self.recycle.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._loading = False
        self.clear_problems()
        self.update_assessment(assessment)

    def _default_callback(self, session: LeadSession) -> str:
        """Two hours from now, on the quarter hour, in the prospect's time; moved to the next
        moment a call is allowed in all the lead's zones when it falls outside it: the
        calling window (for a Chicago number at a New York address it proposed 20:30
        Chicago, 21:30 in New York, which the save then refused), and the days and holidays
        of the lead's place, as the save judges them (a Sunday in Mississippi was proposed)."""
        zone = ZoneInfo(session.callback_zone) if session.callback_zone else None
        at = self._now() + timedelta(hours=2)
        at = at.replace(minute=at.minute // 15 * 15, second=0, microsecond=0)
        zones = session.item.lead.time_zones
        rule = session.item.lead.calling_rule
        if rule is not None:
            at = rule.next_opening(zones, at) or at
        else:
            try:
                window = cw.CallingWindow.parse(session.item.lead.calling_window)
            except InvalidInput:
                window = None
            if window is not None:
                at = cw.next_opening(zones, at, window) or at
        local = at.astimezone(zone) if zone else at.astimezone()
        return local.replace(tzinfo=None).isoformat(timespec="minutes")

    # --- the recommendation -----------------------------------------------------------------

    def update_assessment(self, assessment: bant.Assessment | None) -> None:
        session = self.session
        if session is None:
            return
        self._assessment = assessment
        if assessment is None:
            self.recommendation.setText(
                self.tr("No recommendation yet: answer the script, or log a no-contact call")
            )
        elif assessment.complete:
            self.recommendation.setText(
                self.tr("Recommended: {text}").format(text=i18n.translated(assessment.text()))
            )
        else:
            points = " · ".join(f"{d} {assessment.points.get(d, 0)}" for d in bant.DIMENSIONS)
            self.recommendation.setText(
                self.tr("Script in progress ({points}); finish it for a grade").format(
                    points=points
                )
            )
        check_call_mode.describe(self.recommendation, session, assessment)
        kind = session.chosen_kind(session.today(self._now()))
        self._loading = True
        try:
            if kind is not None:
                self.kind_buttons[kind].setChecked(True)
            else:
                self._uncheck_kinds()
            self._set_reasons(kind)
            self._reason_for(kind, assessment)
            if kind is OutcomeKind.NURTURE and not session.recycle_on:
                proposed = (assessment.recycle_on if assessment else None) or (
                    session.today(self._now()) + timedelta(days=90)
                )
                self.recycle.setDate(QDate(proposed.year, proposed.month, proposed.day))
                session.recycle_on = proposed.isoformat()
        finally:
            self._loading = False
        self._show_rows(kind)

    def _reason_for(self, kind: OutcomeKind | None, assessment: bant.Assessment | None) -> None:
        """The reason box belongs to the chosen outcome: switching outcomes keeps what was
        typed for each, and the script's reason is offered only for the outcome it recommends
        ("passed the rules for grade A" is no reason to disqualify)."""
        session = self.session
        if session is None:
            return
        current = self.reason.currentText()
        if kind is not self._reason_kind:
            if self._reason_kind is not None and current != self._auto_reason:
                self._typed_reasons[self._reason_kind] = current
            self._reason_kind = kind
            current = self._typed_reasons.get(kind, "") if kind is not None else ""
            self._auto_reason = ""
        if current and current != self._auto_reason:
            text = current
        elif (
            kind in {OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY}
            and assessment is not None
            and assessment.complete
            and assessment.recommendation is kind
        ):
            text = self._auto_reason = i18n.translated(assessment.reason)
            self._auto_source = assessment.reason
        else:
            text = self._auto_reason = ""
        if text != self.reason.currentText():
            self.reason.setEditText(text)
        session.reason = self._stored_reason(text) if kind in REASON_PRESETS else ""

    def _stored_reason(self, shown: str) -> str:
        """The reason as it is kept: a preset or the script's reason in English (what the
        reports count), a typed one as typed."""
        if shown and shown == self._auto_reason:
            return str(self._auto_source)
        for index in range(self.reason.count()):
            if self.reason.itemText(index) == shown:
                return str(self.reason.itemData(index))
        return shown

    def _set_reasons(self, kind: OutcomeKind | None) -> None:
        text = self.reason.currentText()
        self.reason.blockSignals(True)
        self.reason.clear()
        for preset in REASON_PRESETS.get(kind, ()) if kind else ():
            self.reason.addItem(i18n.translated(preset), str(preset))
        self.reason.setEditText(text)
        self.reason.blockSignals(False)

    def overruled(self) -> bool:
        session, assessment = self.session, self._assessment
        if session is None or assessment is None or not session.kind:
            return False
        return overrules(OutcomeKind(session.kind), assessment.recommendation)

    def _show_rows(self, kind: OutcomeKind | None) -> None:
        rows = {
            self.disposition: kind is OutcomeKind.NO_CONTACT,
            self.callback_picker: kind is OutcomeKind.CALLBACK,
            self.callback_zone: kind is OutcomeKind.CALLBACK,
            self.me_only: kind is OutcomeKind.CALLBACK,
            self.reason: kind in REASON_PRESETS,
            self.recycle: kind is OutcomeKind.NURTURE,
            self.overrule: self.overruled(),
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(self.rows.get(widget, widget), visible)
        self._update_zones()

    # --- editing ----------------------------------------------------------------------------

    def choose(self, kind: OutcomeKind, disposition: Disposition | None = None) -> None:
        """Pick an outcome from the keyboard (a shortcut) and go to its first field."""
        if self.session is None:
            return
        self.kind_buttons[kind].setChecked(True)
        if disposition is not None:
            self.disposition.setCurrentIndex(self.disposition.findData(disposition.value))
        self._kind_toggled(KIND_ORDER.index(kind), True)
        focus: QWidget = {
            OutcomeKind.NO_CONTACT: self.notes,
            OutcomeKind.CALLBACK: self.callback,
            OutcomeKind.NURTURE: self.reason,
            OutcomeKind.DISQUALIFY: self.reason,
            OutcomeKind.DO_NOT_CALL: self.reason,
            OutcomeKind.SALES_READY: self.notes,
        }[kind]
        if self.overruled():
            focus = self.overrule
        focus.setFocus()

    def take_focus(self) -> None:
        """After the call: the keyboard on the chosen outcome, else on the first one."""
        chosen = self.kinds.checkedButton()
        buttons = [chosen] if chosen is not None else list(self.kind_buttons.values())
        usable = [b for b in buttons if b.isEnabled() and b.isVisible()]
        (usable[0] if usable else self.notes).setFocus()

    def _kind_toggled(self, index: int, checked: bool) -> None:
        if self._loading or not checked or self.session is None:
            return
        kind = KIND_ORDER[index]
        self.session.kind = kind.value
        self.update_assessment(self._assessment)
        self.changed.emit()

    def _edited(self, *_: object) -> None:
        session = self.session
        if self._loading or session is None:
            return
        session.disposition = str(self.disposition.currentData())
        session.callback_local = self.callback_picker.local_text()
        session.callback_me_only = self.me_only.isChecked()
        session.reason = self._stored_reason(self.reason.currentText())
        # The date box holds its blank 2000-01-01 until a date is proposed or chosen: a note
        # typed before choosing Nurture must not make that the recycle date.
        if session.recycle_on or self.sender() is self.recycle:
            session.recycle_on = self.recycle.date().toString("yyyy-MM-dd")
        session.overrule_reason = self.overrule.text()
        session.notes = self.notes.toPlainText()
        self._update_zones()
        self.changed.emit()

    def _zone_chosen(self, _index: int) -> None:
        """Another of the lead's zones: the same moment, shown in that zone."""
        session = self.session
        if self._loading or session is None:
            return
        try:
            at = session.callback_at()
        except ValueError:  # not a date and time: the save says so
            at = None
        session.callback_zone = self.callback_picker.chosen_zone()
        if at is not None:
            self._loading = True
            try:
                self.callback_picker.show_local(at.astimezone(cw.zone(session.callback_zone)))
            finally:
                self._loading = False
        self._edited()

    def _update_zones(self) -> None:
        session = self.session
        self.callback_zone.setText(
            "" if session is None else self.callback_picker.summary(session, self._now())
        )

    # --- problems ---------------------------------------------------------------------------

    def show_problem(self, field: str, message: str) -> bool:
        label = self.errors.get(field)
        if label is None:
            return False
        label.setText(message)
        label.show()
        target = {
            "disposition": self.disposition,
            "callback_at": self.callback,
            "reason": self.reason,
            "recycle_on": self.recycle,
            "overrule_reason": self.overrule,
            "kind": self.kind_buttons[OutcomeKind.SALES_READY],
        }[field]
        if field == "overrule_reason":
            self.form.setRowVisible(self.rows[self.overrule], True)
        target.setFocus()
        return True

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()
