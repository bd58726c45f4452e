"""The lead card: who the prospect is, what they asked for, what happened before, and the
phone and e-mail, checked as the rep corrects them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from qualifier_app.domain.contact import (
    TOO_LONG,
    EmailCheck,
    PhoneCheck,
    check_email,
    check_phone,
    phone_details,
    reading_country,
    typed_too_long,
)
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.touches import touch_kind_text
from qualifier_app.services.workspace.dto import ContactCheckResult, WorkItem
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.field_problem import focus_goes_to
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.lead_record import past_text
from qualifier_app.ui.workspace.session import LeadSession

HISTORY_SHOWN = 5
# The widest value a field must show whole: an international number with an extension; a
# long corporate e-mail address.
WIDEST = {
    "phone": "+44 (0) 20 7946 0958 x1234",
    "email": "firstname.lastname@companyname-example.com",
}


def _label(name: str, accessible: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    # A long text wraps within the column; it never widens the column or the window.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if accessible:
        label.setAccessibleName(accessible)
    return label


# A pause in typing this long asks the server about a valid correction: a number on the
# do-not-call list is said while the rep is still in the field, not only on leaving it.
CHECK_AFTER_MS = 700


class ContactField(QFrame):
    """A phone or e-mail line: validated on every keystroke (no database), then checked
    against other leads and the do-not-call list after a pause in typing or when the rep
    leaves the field."""

    edited = Signal(str, object)  # field, corrected value or None when back to the original
    check_requested = Signal(str, str)  # field, value

    def __init__(self, field: str, caption: str) -> None:
        super().__init__()
        self.field = field
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(WIDEST[field]) + 16)
        # Never shorter than the styled field needs: a long message below must not squeeze it.
        self.edit.ensurePolished()
        self.edit.setMinimumHeight(self.edit.sizeHint().height())
        self.info = _label("fieldInfo", self.tr("{caption} check").format(caption=caption))
        self.problem = _label("fieldError", self.tr("{caption} problem").format(caption=caption))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        focus_goes_to(self, self.edit)
        self.original = ""
        self.country: str | None = None
        self._asked = ""  # the text the server was last asked about
        self._meant = ""  # the address the typed one was most likely meant to be
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(CHECK_AFTER_MS)
        self._pause.timeout.connect(self._finished)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)

    def load(
        self,
        original: str,
        current: str | None,
        country: str | None,
        checked: PhoneCheck | EmailCheck | None = None,
    ) -> None:
        self.original = original
        self.country = country
        self._pause.stop()
        self._asked = ""
        self.edit.setText(current if current is not None else original)
        self.edit.setCursorPosition(0)  # show the start of a long address
        self._validate(self.edit.text(), None if current is not None else checked)

    def _validate(self, text: str, checked: PhoneCheck | EmailCheck | None = None) -> bool:
        self._meant = ""
        reason: str
        if typed_too_long(self.field, text):  # more than the lead keeps: refused on saving
            ok, reason, detail = False, TOO_LONG, ""
        elif self.field == "phone":
            phone = checked if isinstance(checked, PhoneCheck) else check_phone(text, self.country)
            ok, reason = phone.valid, phone.reason
            detail = i18n.translated(phone_details(phone)) if phone.valid else ""
        elif not text.strip():  # a lead may have no e-mail: one on file can be taken off
            ok, reason = True, ""
            detail = (
                self.tr("No e-mail address: the one on file is removed when you save")
                if self.original.strip()
                else self.tr("No e-mail address")
            )
        else:
            mail = checked if isinstance(checked, EmailCheck) else check_email(text)
            ok, reason, detail = mail.valid, mail.reason, mail.normalized or ""
            self._meant = mail.likely_meant or ""
            detail = self._typo() or detail
        style.set_invalid(self.edit, not ok)
        self.problem.setText(i18n.translated(reason))
        self.problem.setVisible(not ok)
        self.info.setText(detail)
        self.info.setVisible(ok)
        self._warn(bool(self._meant))
        return ok

    def _typo(self) -> str:
        """The suggestion as the card shows it; empty without one."""
        if not self._meant:
            return ""
        return self.tr("Typo? Did you mean {address}? Shift+F3 takes it").format(
            address=self._meant
        )

    def take_likely_meant(self) -> None:
        """The address the card suggests for a typo, typed in for the rep (Shift+F3)."""
        if not self._meant:
            return
        self.edit.setText(self._meant)
        self.edit.setFocus()
        self._edited(self._meant)

    def _edited(self, text: str) -> None:
        valid = self._validate(text)  # what the server said was about the text before
        self._asked = ""
        changed = text.strip() != self.original.strip()
        if valid and changed:
            self._pause.start()
        else:
            self._pause.stop()
        self.edited.emit(self.field, text if changed else None)

    def _finished(self) -> None:
        self._pause.stop()
        text = self.edit.text()
        if text == self._asked:
            return
        if text.strip() and text.strip() != self.original.strip() and self._validate(text):
            self._asked = text
            self.check_requested.emit(self.field, text)

    def show_check(self, result: ContactCheckResult) -> None:
        if self.edit.text() != self._asked or not result.valid:
            return  # typed on since: the answer is about another text
        said = i18n.translated(result.message)
        typo = self._typo()
        self.info.setText(f"{typo} {said}" if typo else said)
        self._warn(bool(typo or result.other_leads or result.on_do_not_call))

    def _warn(self, warn: bool) -> None:
        name = "fieldWarning" if warn else "fieldInfo"
        if self.info.objectName() != name:
            self.info.setObjectName(name)
            self.info.style().unpolish(self.info)
            self.info.style().polish(self.info)

    def show_problem(self, message: str) -> None:
        style.set_invalid(self.edit, True)
        self.problem.setText(message)
        self.problem.show()
        self.edit.setFocus()


class LeadCard(QFrame):
    changed = Signal()

    def __init__(self, check: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.session: LeadSession | None = None
        self.company = _label("title", self.tr("Company"))
        self.contact = _label("cardLine", self.tr("Contact"))
        self.origin = _label("subtitle", self.tr("Campaign and source"))
        self.figures = _label("cardLine", self.tr("Score and segment"))
        self.inquiry = _label("cardLine", self.tr("Inquiry"))
        self.firmographics = _label("subtitle", self.tr("Company facts"))
        self.touches = _label("subtitle", self.tr("Touches"))
        self.history = _label("history", self.tr("Earlier attempts"))
        self.past = _label("past", self.tr("Why the lead came back"))
        self.phone = ContactField("phone", self.tr("Phone"))
        self.email = ContactField("email", self.tr("E-mail"))

        # Who and how to reach them first: what the rep needs while the phone rings.
        contact = QFormLayout()
        contact.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        contact.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        contact.addRow(self.tr("&Phone"), self.phone)
        contact.addRow(self.tr("&E-mail"), self.email)
        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addWidget(self.company)
        column.addWidget(self.contact)
        column.addLayout(contact)
        column.addWidget(self.past)
        for label in (
            self.inquiry,
            self.figures,
            self.origin,
            self.firmographics,
            self.touches,
            self.history,
        ):
            column.addWidget(label)
        column.addStretch(1)

        for field in (self.phone, self.email):
            field.edited.connect(self._corrected)
            field.check_requested.connect(check)
        self.clear()

    def clear(self) -> None:
        self.session = None
        self.company.setText(self.tr("No lead open"))
        self.contact.setText(self.tr("Press Ctrl+N for the next lead."))
        for label in (self.origin, self.figures, self.inquiry, self.firmographics):
            label.setText("")
        self.touches.setText("")
        self.history.setText("")
        self.past.setText("")
        self.past.hide()
        for field in (self.phone, self.email):
            field.edit.clear()
            field.edit.setEnabled(False)
            field.info.clear()
            field.problem.hide()

    def load(self, session: LeadSession) -> None:
        self.session = session
        item: WorkItem = session.item
        lead = item.lead
        self.company.setText(lead.company or self.tr("(no company)"))
        title = f", {lead.title}" if lead.title else ""
        self.contact.setText(f"{lead.contact_name or self.tr('(no name)')}{title}")
        inquired = self.tr("inquired {day}").format(day=i18n.local_day(item.inquired_at))
        self.origin.setText(
            " · ".join(
                p
                for p in (
                    lead.campaign or self.tr("no campaign"),
                    i18n.translated(touch_kind_text(lead.source)),
                    inquired,
                )
                if p
            )
        )
        where = ", ".join(p for p in (item.city, lead.region, lead.country) if p)
        segment = lead.segment.upper() if lead.segment else self.tr("segment unknown")
        self.figures.setText(
            self.tr("Score {score} · {segment} · {attempts} · consent {consent} · {where}").format(
                score=lead.score,
                segment=segment,
                attempts=i18n.plural(
                    lead.attempts,
                    QT_TRANSLATE_NOOP("Counts", "{n} earlier attempt"),
                    QT_TRANSLATE_NOOP("Counts", "{n} earlier attempts"),
                ),
                consent=consent_in_words(item.consent),
                where=where,
            )
        )
        self.inquiry.setText(
            self.tr("Asked for: {inquiry}").format(inquiry=item.inquiry)
            if item.inquiry
            else self.tr("No inquiry text recorded")
        )
        facts = [
            i18n.plural(
                item.employees,
                QT_TRANSLATE_NOOP("Counts", "{n} employee"),
                QT_TRANSLATE_NOOP("Counts", "{n} employees"),
            )
            if item.employees
            else "",
            # In the center's currency, as every amount the app shows.
            self.tr("revenue {amount} {currency}").format(
                amount=i18n.money(item.annual_revenue, 0), currency=session.currency
            )
            if item.annual_revenue
            else "",
            item.industry,
            self.tr("interest: {product}").format(product=item.product_interest)
            if item.product_interest
            else "",
            item.website,
        ]
        self.firmographics.setText(" · ".join(f for f in facts if f))
        touches = "; ".join(
            f"{i18n.translated(touch_kind_text(t.kind))} {i18n.local_day(t.occurred_at)}"
            + (f" ({t.campaign})" if t.campaign else "")
            for t in item.touches[:HISTORY_SHOWN]
        )
        self.touches.setText(
            self.tr("{plural}: {touches}").format(
                plural=i18n.plural(
                    len(item.touches),
                    QT_TRANSLATE_NOOP("Counts", "{n} touch"),
                    QT_TRANSLATE_NOOP("Counts", "{n} touches"),
                ),
                touches=touches,
            )
            if touches
            else ""
        )
        history = [
            f"{i18n.local_moment(a.at)} {a.rep}: {_in_words(Disposition, a.disposition)} → "
            f"{_in_words(OutcomeKind, a.outcome)}" + (f" — {a.notes}" if a.notes else "")
            for a in item.history[:HISTORY_SHOWN]
        ]
        self.history.setText(
            self.tr("Earlier attempts:") + "\n" + "\n".join(history)
            if history
            else self.tr("First call to this lead")
        )
        past = item.past
        self.past.setText(
            self.tr("Came back to the center.\n{past_text}").format(past_text=past_text(past))
            if past
            else ""
        )
        self.past.setVisible(past is not None)
        for field in (self.phone, self.email):
            field.edit.setEnabled(True)
        self.phone.load(
            lead.phone_raw or lead.phone_e164 or "",
            session.phone,
            reading_country(lead.country, lead.phone_e164),
            item.phone_check,
        )
        self.email.load(
            item.email_raw or lead.email or "", session.email, lead.country, item.email_check
        )

    def _corrected(self, field: str, value: object) -> None:
        if self.session is None:
            return
        text = None if value is None else str(value)
        if field == "phone":
            self.session.phone = text
        else:
            self.session.email = text
        self.changed.emit()

    def field(self, name: str) -> ContactField | None:
        return {"phone": self.phone, "email": self.email}.get(name)


# A lead's consent as stored (given, refused, unknown), in the person's words.
CONSENT_WORDS = {
    "given": QT_TRANSLATE_NOOP("Consent", "given"),
    "refused": QT_TRANSLATE_NOOP("Consent", "refused"),
    "unknown": QT_TRANSLATE_NOOP("Consent", "unknown"),
}


def consent_in_words(value: str) -> str:
    words = CONSENT_WORDS.get(value)
    return QCoreApplication.translate("Consent", words) if words else value


def _in_words(kind: type[OutcomeKind] | type[Disposition], value: str) -> str:
    """A stored outcome or disposition in the person's words (as stored when unknown)."""
    try:
        return i18n.translated(kind(value).label)
    except ValueError:
        return value.replace("_", " ")
