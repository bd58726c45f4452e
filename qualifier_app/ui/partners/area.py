"""Partners: the directory, handoffs with partner feedback, routing, who is not reporting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.closed_loop import REPORTABLE, parse_day, parse_money
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.partner_directory import TIERS, PartnerDraft, RepDraft, parse_reps
from qualifier_app.domain.roles import Action
from qualifier_app.services.partners.dto import (
    HandoffSummary,
    PartnerSummary,
    PersonChoice,
    RoutePendingResult,
    StalePartner,
)
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    FieldForm,
    fill_table,
    list_beside_form,
    make_table,
    message_of,
    plural,
)
from qualifier_app.ui.widgets.partner_choice import PartnerChoiceDialog


class PartnersArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        title = QLabel("Partners")
        title.setObjectName("title")
        self.tabs = QTabWidget()
        self.directory = DirectoryTab(context)
        self.handoffs = HandoffsTab(context)
        self.routing = RoutingTab(context)
        self.stale = StaleTab(context)
        self.tabs.addTab(self.directory, "Directory")
        self.tabs.addTab(self.handoffs, "Handoffs and feedback")
        self.tabs.addTab(self.routing, "Waiting for a partner")
        self.tabs.addTab(self.stale, "Not reporting")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)


# --- the directory -------------------------------------------------------------------------

DIRECTORY_COLUMNS = ("Name", "Tier", "Coverage", "Open / max", "SLA", "Reps", "Active")


class DirectoryTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._partners: list[PartnerSummary] = []
        self._editing: PartnerSummary | None = None
        self._saved_name = ""

        self.table = make_table(DIRECTORY_COLUMNS, "Partner directory")
        self.status = QLabel("Loading…")
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton("&New partner")
        layout = QVBoxLayout(self)
        layout.addWidget(
            list_beside_form(self.table, self.status, self.new_button, self._build_form())
        )

        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm("New partner", "&Save partner")
        self.heading, self.banner = self.editor.heading, self.editor.banner
        self.save_button, self.form = self.editor.save_button, self.editor.form
        self.name = QLineEdit()
        self.tier = QComboBox()
        self.tier.addItems(list(TIERS))
        self.tier.setCurrentText("silver")

        def line(placeholder: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            return edit

        self.countries = line("US, CA")
        self.regions = line("US-CA, US-WA (leave empty for whole countries)")
        self.postal = line("941, US:100 (optional)")
        self.products = line("contact center, networking (empty: all)")
        self.segments = line("enterprise, smb (empty: both)")
        self.capacity_open = line("no limit")
        self.capacity_week = line("no limit")
        self.sla = QLineEdit("48")
        self.manager = QComboBox()
        self.active = QCheckBox("Receives leads")
        self.active.setChecked(True)
        self.reps = QPlainTextEdit()
        self.reps.setPlaceholderText("Alex Morgan <alex@partner.example>\none sales rep a line")
        self.reps.setTabChangesFocus(True)
        self.reps.setMaximumHeight(90)
        return self.editor.build(
            [
                ("name", "&Name", self.name),
                ("tier", "&Tier", self.tier),
                ("countries", "&Countries", self.countries),
                ("regions", "&Regions", self.regions),
                ("postal_prefixes", "&Postal prefixes", self.postal),
                ("products", "Pro&ducts", self.products),
                ("segments", "Se&gments", self.segments),
                ("capacity_open", "Open handoffs &at most", self.capacity_open),
                ("capacity_week", "Handoffs per &week", self.capacity_week),
                ("sla_hours", "Acceptance S&LA (hours)", self.sla),
                ("channel_manager", "Channel &manager", self.manager),
                ("active", "Active", self.active),
                ("reps", "Sales r&eps", self.reps),
            ]
        )

    def refresh(self, select_id: int | None = None) -> None:
        partners, actor = self._context.services.partners, self._context.signed_in.actor

        def load() -> tuple[list[PartnerSummary], list[PersonChoice]]:
            return partners.list_partners(actor), partners.channel_managers(actor)

        self._context.workers.submit(
            load, lambda result: self._show(result, select_id), self._failed
        )

    def _show(
        self, result: tuple[list[PartnerSummary], list[PersonChoice]], select_id: int | None
    ) -> None:
        self._partners, managers = result
        current = self.manager.currentData()
        self.manager.clear()
        self.manager.addItem("(none)", "")
        for person in managers:
            self.manager.addItem(f"{person.display_name} ({person.login})", person.login)
        self.manager.setCurrentIndex(max(0, self.manager.findData(current or "")))
        fill_table(
            self.table,
            [
                [
                    p.name,
                    p.tier,
                    ", ".join([*p.countries, *p.regions, *p.postal_prefixes]),
                    f"{p.open_handoffs} / "
                    + (str(p.capacity_open) if p.capacity_open is not None else "–"),
                    f"{p.sla_hours} h",
                    str(sum(r.active for r in p.reps)),
                    "yes" if p.active else "no",
                ]
                for p in self._partners
            ],
        )
        saved, self._saved_name = self._saved_name, ""
        self.status.setText(
            plural(len(self._partners), "partner") + (f"; saved {saved}" if saved else "")
        )
        if select_id is not None:
            for row, partner in enumerate(self._partners):
                if partner.id == select_id:
                    self.table.selectRow(row)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.edit(self._partners[rows[0].row()])

    def start_new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.heading.setText("New partner")
        for field in (self.name, self.countries, self.regions, self.postal, self.products):
            field.clear()
        self.segments.clear()
        self.capacity_open.clear()
        self.capacity_week.clear()
        self.sla.setText("48")
        self.tier.setCurrentText("silver")
        self.manager.setCurrentIndex(0)
        self.active.setChecked(True)
        self.reps.clear()
        self.form.clear()
        self.banner.hide()
        self.name.setFocus()

    def edit(self, partner: PartnerSummary) -> None:
        self._editing = partner
        self.heading.setText(f"Editing {partner.name}")
        self.name.setText(partner.name)
        self.tier.setCurrentText(partner.tier)
        self.countries.setText(", ".join(partner.countries))
        self.regions.setText(", ".join(partner.regions))
        self.postal.setText(", ".join(partner.postal_prefixes))
        self.products.setText(", ".join(partner.products))
        self.segments.setText(", ".join(partner.segments))
        self.capacity_open.setText(
            "" if partner.capacity_open is None else str(partner.capacity_open)
        )
        self.capacity_week.setText(
            "" if partner.capacity_week is None else str(partner.capacity_week)
        )
        self.sla.setText(str(partner.sla_hours))
        self.manager.setCurrentIndex(max(0, self.manager.findData(partner.channel_manager or "")))
        self.active.setChecked(partner.active)
        self.reps.setPlainText(
            "\n".join(
                f"{r.name} <{r.email}>" + ("" if r.active else " (inactive)") for r in partner.reps
            )
        )
        self.form.clear()
        self.banner.hide()

    def draft(self) -> PartnerDraft:
        reps: list[RepDraft] = []
        for line in self.reps.toPlainText().splitlines():
            text = line.strip()
            inactive = text.endswith("(inactive)")
            text = text.removesuffix("(inactive)").strip()
            reps.extend(RepDraft(r.name, r.email, not inactive) for r in parse_reps(text))
        return PartnerDraft(
            name=self.name.text(),
            tier=self.tier.currentText(),
            countries=self.countries.text(),
            regions=self.regions.text(),
            postal_prefixes=self.postal.text(),
            products=self.products.text(),
            segments=self.segments.text(),
            capacity_open=self.capacity_open.text(),
            capacity_week=self.capacity_week.text(),
            sla_hours=self.sla.text(),
            channel_manager=str(self.manager.currentData() or ""),
            active=self.active.isChecked(),
            reps=tuple(reps),
        )

    def save(self) -> None:
        self.form.clear()
        self.banner.hide()
        draft = self.draft()
        editing = self._editing
        partners, actor = self._context.services.partners, self._context.signed_in.actor
        self.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: partners.save(
                actor,
                draft,
                editing.id if editing else None,
                editing.version if editing else None,
            ),
            self._saved,
            self._save_failed,
        )

    def _saved(self, partner: PartnerSummary) -> None:
        self.save_button.setEnabled(True)
        self._editing = partner
        self._saved_name = partner.name
        self.refresh(select_id=partner.id)

    def _save_failed(self, exc: Exception) -> None:
        self.editor.failed(exc)


# --- handoffs and feedback -----------------------------------------------------------------

HANDOFF_COLUMNS = (
    "Handoff",
    "Company",
    "Partner",
    "Status",
    "Sent",
    "Respond by",
    "Last news",
    "Pipeline",
    "Won",
)
STATUS_FILTERS = (
    ("All", None),
    ("Waiting for delivery", "pending"),
    ("Sent", "sent"),
    ("Accepted", "accepted"),
    ("Active", "active"),
    ("Won", "won"),
    ("Lost", "lost"),
    ("Rejected", "rejected"),
    ("Expired", "expired"),
)


def _when(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else ""


class HandoffsTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._handoffs: list[HandoffSummary] = []
        actor = context.signed_in.actor
        self._may_record = actor.may(Action.RECORD_PARTNER_FEEDBACK)

        self.filter = QComboBox()
        self.filter.setAccessibleName("Show handoffs")
        for label, value in STATUS_FILTERS:
            self.filter.addItem(label, value)
        self.refresh_button = QPushButton("&Refresh")
        self.table = make_table(HANDOFF_COLUMNS, "Handoffs")
        self.status = QLabel("Loading…")
        self.status.setObjectName("subtitle")

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch()
        top.addWidget(self.refresh_button)
        left_box.addLayout(top)
        left_box.addWidget(self.table)
        left_box.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._build_feedback())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.record_button.clicked.connect(self.record)
        self.nurture_button.clicked.connect(self.back_to_nurture)
        self.refresh()

    def _build_feedback(self) -> QWidget:
        self.detail = QLabel("Select a handoff to see why it went to its partner.")
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Why this partner")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_status = QComboBox()
        for status in REPORTABLE:
            self.new_status.addItem(status.value, status.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("why rejected or lost")
        self.pipeline = QLineEdit()
        self.pipeline.setPlaceholderText("e.g. 48000")
        self.revenue = QLineEdit()
        self.revenue.setPlaceholderText("e.g. 45000")
        self.closed_on = QLineEdit()
        self.closed_on.setPlaceholderText("YYYY-MM-DD")
        self.record_button = QPushButton("Record &update")
        self.record_button.setObjectName("primary")
        self.nurture_button = QPushButton("Back to &nurture")
        self.feedback_status = QLabel()
        self.feedback_status.setObjectName("subtitle")
        self.feedback_status.setWordWrap(True)

        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add("status", "New &status", self.new_status)
        self.form.add("reason", "Rea&son", self.reason)
        self.form.add("pipeline_value", "&Pipeline value", self.pipeline)
        self.form.add("revenue", "Won re&venue", self.revenue)
        self.form.add("closed_on", "&Close date", self.closed_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.nurture_button)
        buttons.addStretch()
        buttons.addWidget(self.record_button)

        right = QWidget()
        right_box = QVBoxLayout(right)
        why = QLabel("Why this partner")
        why.setObjectName("subtitle")
        right_box.addWidget(why)
        right_box.addWidget(self.detail)
        feedback = QLabel("Partner feedback")
        feedback.setObjectName("subtitle")
        right_box.addSpacing(8)
        right_box.addWidget(feedback)
        right_box.addLayout(form_layout)
        right_box.addLayout(buttons)
        right_box.addWidget(self.feedback_status)
        right_box.addStretch()
        for widget in (self.record_button, self.nurture_button, *self.form.fields.values()):
            widget.setEnabled(self._may_record)
        if not self._may_record:
            self.feedback_status.setText("Only channel managers and supervisors enter feedback.")
        return right

    def refresh(self, *_: object) -> None:
        handoffs, actor = self._context.services.handoffs, self._context.signed_in.actor
        status = self.filter.currentData()
        self._context.workers.submit(
            lambda: handoffs.list_handoffs(actor, status), self._show, self._failed
        )

    def _show(self, handoffs: list[HandoffSummary]) -> None:
        selected = self.selected()
        self._handoffs = handoffs
        fill_table(
            self.table,
            [
                [
                    str(h.id),
                    h.company or h.contact_name,
                    h.partner,
                    h.status + (" (SLA breached)" if h.sla_breached else ""),
                    _when(h.sent_at),
                    _when(h.deadline_at) if h.status == "sent" else "",
                    _when(h.last_update_at),
                    _money(h.pipeline_value),
                    _money(h.won_revenue),
                ]
                for h in handoffs
            ],
        )
        self.status.setText(plural(len(handoffs), "handoff"))
        if selected is not None:
            self.select(selected.id)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def selected(self) -> HandoffSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._handoffs[rows[0].row()] if rows else None

    def select(self, handoff_id: int) -> None:
        for row, handoff in enumerate(self._handoffs):
            if handoff.id == handoff_id:
                self.table.selectRow(row)

    def _selected(self) -> None:
        handoff = self.selected()
        if handoff is None:
            return
        lines = [f"Handoff {handoff.id} to {handoff.partner} ({handoff.partner_rep or 'no rep'})"]
        lines.append(handoff.why)
        if handoff.reject_reason:
            lines.append(f"Rejected: {handoff.reject_reason}")
        if handoff.lost_reason:
            lines.append(f"Lost: {handoff.lost_reason}")
        lines.append(f"Lead status: {handoff.lead_status.replace('_', ' ')}")
        self.detail.setText("\n\n".join(lines))
        self.form.clear()
        self.feedback_status.clear()

    def _values(self) -> tuple[Decimal | None, Decimal | None, date | None]:
        return (
            parse_money(self.pipeline.text(), "pipeline_value"),
            parse_money(self.revenue.text(), "revenue"),
            parse_day(self.closed_on.text(), "closed_on"),
        )

    def record(self) -> None:
        self.form.clear()
        handoff = self.selected()
        if handoff is None:
            self.feedback_status.setText("Select a handoff first.")
            return
        try:
            pipeline, revenue, closed_on = self._values()
        except InvalidInput as exc:
            self.form.show(exc.field, exc.message)
            return
        service, actor = self._context.services.handoffs, self._context.signed_in.actor
        status, reason = str(self.new_status.currentData()), self.reason.text()
        self.record_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.record_feedback(
                actor, handoff.id, status, reason, pipeline, revenue, closed_on
            ),
            self._recorded,
            self._record_failed,
        )

    def back_to_nurture(self) -> None:
        self.form.clear()
        handoff = self.selected()
        if handoff is None:
            self.feedback_status.setText("Select a handoff first.")
            return
        service, actor = self._context.services.handoffs, self._context.signed_in.actor
        reason = self.reason.text()
        self._context.workers.submit(
            lambda: service.back_to_nurture(actor, handoff.id, reason),
            self._recorded,
            self._record_failed,
        )

    def _recorded(self, handoff: HandoffSummary) -> None:
        self.record_button.setEnabled(True)
        for field in (self.reason, self.pipeline, self.revenue, self.closed_on):
            field.clear()
        self.feedback_status.setText(
            f"Handoff {handoff.id} is {handoff.status}; the lead is "
            f"{handoff.lead_status.replace('_', ' ')}."
        )
        self.refresh()

    def _record_failed(self, exc: Exception) -> None:
        self.record_button.setEnabled(True)
        field = exc.field if isinstance(exc, InvalidInput) else None
        if not self.form.show(field, message_of(exc)):
            self.feedback_status.setText(message_of(exc))


# --- routing -------------------------------------------------------------------------------


class RoutingTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[tuple[int, str]] = []
        note = QLabel(
            "Sales-ready leads that have no partner yet: new ones, rejected ones, and those "
            "whose partner let the SLA run out with nobody else eligible."
        )
        note.setObjectName("subtitle")
        note.setWordWrap(True)
        self.table = make_table(("Lead", "Company", "Would go to", "Why"), "Waiting leads")
        self.table.setWordWrap(True)
        self.status = QLabel("Loading…")
        self.status.setObjectName("subtitle")
        self.refresh_button = QPushButton("&Refresh")
        self.choose_button = QPushButton("C&hoose partner…")
        self.route_all_button = QPushButton("Route &all")
        self.route_all_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.route_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.choose_button.clicked.connect(self.choose)
        self.route_all_button.clicked.connect(lambda: self._run(dry_run=False))
        self.dialog: PartnerChoiceDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        routing, actor = self._context.services.routing, self._context.signed_in.actor
        self.status.setText("Loading…" if dry_run else "Routing…")
        self._context.workers.submit(
            lambda: routing.route_pending(actor, dry_run=dry_run), self._show, self._failed
        )

    def _show(self, result: RoutePendingResult) -> None:
        rows = [(r.lead_id, r.company, r.partner or "", r.why) for r in result.routed]
        rows += [(w.lead_id, w.company, "(no eligible partner)", w.why) for w in result.waiting]
        self._rows = [(lead_id, company) for lead_id, company, _, _ in rows]
        if result.dry_run:
            fill_table(self.table, [[str(a), b, c, d] for a, b, c, d in rows])
            self.table.setColumnWidth(3, 520)
            self.status.setText(f"{plural(len(rows), 'lead')} waiting for a partner")
        else:
            self.status.setText(
                f"Routed {len(result.routed)} leads; {len(result.waiting)} still wait"
            )
            self._run(dry_run=True)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText("Select a lead first.")
            return
        lead_id, _ = self._rows[rows[0].row()]
        self.dialog = PartnerChoiceDialog(self._context, lead_id, self)
        self.dialog.handed_off.connect(lambda _: self.refresh())
        self.dialog.open()


# --- who is not reporting ------------------------------------------------------------------

STALE_COLUMNS = ("Partner", "Channel manager", "No news", "Share", "Oldest news", "Partner reps")


class StaleTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(context.services.settings.routing.stale_days)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("No news for at least")
        self.refresh_button = QPushButton("&Refresh")
        self.table = make_table(STALE_COLUMNS, "Partners not reporting")
        self.status = QLabel("Loading…")
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel("Open handoffs with no news from the partner for at least")
        label.setBuddy(self.days)
        top.addWidget(label)
        top.addWidget(self.days)
        top.addStretch()
        top.addWidget(self.refresh_button)
        note = QLabel("Partners that report get more leads: this measure is part of their weight.")
        note.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(note)
        self.refresh_button.clicked.connect(self.refresh)
        self.days.valueChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        handoffs, actor = self._context.services.handoffs, self._context.signed_in.actor
        days = self.days.value()
        self._context.workers.submit(
            lambda: handoffs.stale_partners(actor, days), self._show, self._failed
        )

    def _show(self, stale: list[StalePartner]) -> None:
        fill_table(
            self.table,
            [
                [
                    p.partner,
                    p.channel_manager or "",
                    f"{p.stale} of {p.awaiting_news}",
                    f"{p.stale_share:.0%}",
                    _when(p.oldest_news),
                    "; ".join(f"{r.name} <{r.email}>: {r.stale}" for r in p.reps),
                ]
                for p in stale
            ],
        )
        self.status.setText(
            f"{plural(len(stale), 'partner')} not reporting"
            if stale
            else "Every partner reported on its open handoffs."
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))
