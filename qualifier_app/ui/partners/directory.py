"""The partner directory: who receives leads, where, for which products, at what capacity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.partner_directory import (
    TIER_LABELS,
    TIERS,
    PartnerDraft,
    RepDraft,
    parse_reps,
)
from qualifier_app.services.partners.dto import PartnerSummary, PersonChoice
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    chosen_after_reload,
    fill_table,
    list_beside_form,
    make_table,
    message_of,
)

DIRECTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Tier"),
    QT_TRANSLATE_NOOP("Columns", "Coverage"),
    QT_TRANSLATE_NOOP("Columns", "Open / max"),
    QT_TRANSLATE_NOOP("Columns", "SLA"),
    QT_TRANSLATE_NOOP("Columns", "Reps"),
    QT_TRANSLATE_NOOP("Columns", "Active"),
)


class DirectoryTab(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._partners: list[PartnerSummary] = []
        self._editing: PartnerSummary | None = None
        self._saved_name = ""

        self.table = make_table(DIRECTORY_COLUMNS, self.tr("Partner directory"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("Ne&w partner"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            list_beside_form(self.table, self.status, self.new_button, self._build_form())
        )

        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New partner"), self.tr("Sa&ve partner"))
        self.heading, self.banner = self.editor.heading, self.editor.banner
        self.save_button, self.form = self.editor.save_button, self.editor.form
        self.name = QLineEdit()
        self.tier = QComboBox()
        for tier in TIERS:
            self.tier.addItem(i18n.translated(TIER_LABELS[tier]), tier)
        self.tier.setCurrentIndex(self.tier.findData("silver"))

        def line(placeholder: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            return edit

        self.countries = line("US, CA")
        self.regions = line(self.tr("US-CA, US-WA (leave empty for whole countries)"))
        self.postal = line(self.tr("941, US:100 (optional)"))
        self.products = line(self.tr("contact center, networking (empty: all)"))
        self.segments = line(self.tr("enterprise, smb (empty: both)"))
        self.capacity_open = line(self.tr("no limit"))
        self.capacity_week = line(self.tr("no limit"))
        self.sla = QLineEdit("48")
        self.manager = QComboBox()
        self.active = QCheckBox(self.tr("Receives leads"))
        self.active.setChecked(True)
        self.reps = QPlainTextEdit()
        self.reps.setPlaceholderText(
            self.tr("Alex Morgan <alex@partner.example>\none sales rep a line")
        )
        self.reps.setTabChangesFocus(True)
        self.reps.setMaximumHeight(90)
        return self.editor.build(
            [
                ("name", self.tr("&Name"), self.name),
                ("tier", self.tr("&Tier"), self.tier),
                ("countries", self.tr("&Countries"), self.countries),
                ("regions", self.tr("&Regions"), self.regions),
                ("postal_prefixes", self.tr("&Postal prefixes"), self.postal),
                ("products", self.tr("Pro&ducts"), self.products),
                ("segments", self.tr("Se&gments"), self.segments),
                ("capacity_open", self.tr("Open handoffs &at most"), self.capacity_open),
                ("capacity_week", self.tr("Handoffs per wee&k"), self.capacity_week),
                ("sla_hours", self.tr("Acceptance S&LA (hours)"), self.sla),
                ("channel_manager", self.tr("Channel &manager"), self.manager),
                ("active", self.tr("Active"), self.active),
                ("reps", self.tr("Sales r&eps"), self.reps),
            ]
        )

    def refresh(self, select_id: int | None = None) -> None:
        partners, actor = self._context.services.partners, self._context.signed_in.actor

        def load() -> tuple[list[PartnerSummary], list[PersonChoice]]:
            return partners.list_partners(actor), partners.channel_managers(actor)

        asked_while = self._editing.id if self._editing else None
        self._context.workers.submit(
            load, lambda result: self._show(result, select_id, asked_while), self._failed
        )

    def _show(
        self,
        result: tuple[list[PartnerSummary], list[PersonChoice]],
        select_id: int | None,
        asked_while: int | None,
    ) -> None:
        self._partners, managers = result
        current = self.manager.currentData()
        self.manager.clear()
        self.manager.addItem(self.tr("(none)"), "")
        for person in managers:
            self.manager.addItem(f"{person.display_name} ({person.login})", person.login)
        self.manager.setCurrentIndex(max(0, self.manager.findData(current or "")))
        fill_table(
            self.table,
            [
                [
                    p.name,
                    TIER_LABELS.get(p.tier, p.tier),
                    ", ".join([*p.countries, *p.regions, *p.postal_prefixes]),
                    # Left-aligned: the list is narrow beside the form, and a figure on the
                    # right of a column cut at its edge would be the part not seen.
                    f"{i18n.number(p.open_handoffs)} / "
                    + (i18n.number(p.capacity_open) if p.capacity_open is not None else "–"),
                    f"{i18n.number(p.sla_hours)} h",
                    i18n.number(sum(r.active for r in p.reps)),
                    i18n.yes_no(p.active),
                ]
                for p in self._partners
            ],
        )
        saved, self._saved_name = self._saved_name, ""
        self.status.setText(
            i18n.plural(
                len(self._partners),
                QT_TRANSLATE_NOOP("Counts", "{n} partner"),
                QT_TRANSLATE_NOOP("Counts", "{n} partners"),
            )
            + (self.tr("; saved {name}").format(name=saved) if saved else "")
        )
        editing = self._editing.id if self._editing else None
        chosen = chosen_after_reload(select_id, asked_while, editing)
        # The one chosen meanwhile is marked again, its editor (and what is typed) kept.
        self.table.blockSignals(chosen != select_id)
        for row, partner in enumerate(self._partners):
            if partner.id == chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)

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
        self.heading.setText(self.tr("New partner"))
        for field in (self.name, self.countries, self.regions, self.postal, self.products):
            field.clear()
        self.segments.clear()
        self.capacity_open.clear()
        self.capacity_week.clear()
        self.sla.setText("48")
        self.tier.setCurrentIndex(self.tier.findData("silver"))
        self.manager.setCurrentIndex(0)
        self.active.setChecked(True)
        self.reps.clear()
        self.form.clear()
        self.banner.hide()
        self.name.setFocus()

    def edit(self, partner: PartnerSummary) -> None:
        self._editing = partner
        self.heading.setText(self.tr("Editing {name}").format(name=partner.name))
        self.name.setText(partner.name)
        self.tier.setCurrentIndex(max(0, self.tier.findData(partner.tier)))
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
        if partner.channel_manager and not partner.channel_manager_active:
            self.form.show(
                "channel_manager",
                self.tr("{login} is deactivated: choose another channel manager").format(
                    login=partner.channel_manager
                ),
                focus=False,
            )

    def draft(self) -> PartnerDraft:
        reps: list[RepDraft] = []
        for line in self.reps.toPlainText().splitlines():
            text = line.strip()
            inactive = text.endswith("(inactive)")
            text = text.removesuffix("(inactive)").strip()
            reps.extend(RepDraft(r.name, r.email, not inactive) for r in parse_reps(text))
        return PartnerDraft(
            name=self.name.text(),
            tier=str(self.tier.currentData()),
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
