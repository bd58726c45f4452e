"""Campaigns: record what each one cost and the days it ran, so reports can show ROI."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.closed_loop import parse_money
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.admin.campaigns import (
    CAMPAIGN_HEADERS,
    KEEP,
    CampaignChange,
    CampaignInfo,
)
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.keys import make_action, native
from qualifier_app.ui.widgets.forms import (
    EditorForm,
    Numeral,
    chosen_after_reload,
    fill_table,
    list_beside_form,
    make_table,
    message_of,
    numeral,
)


def _row(campaign: CampaignInfo) -> list[str]:
    """The service's row with the locale's digits (the command line writes them the English
    way); days stay as the form takes them."""
    name, channel, _cost, first_day, last_day, _leads = campaign.cells()
    cost = Numeral(f"{i18n.money(campaign.cost)} {campaign.currency}")
    return [name, channel, cost, first_day, last_day, numeral(campaign.leads)]


def _day(text: str, field: str, label: str) -> date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            QCoreApplication.translate(
                "Campaigns", "{label} {cleaned!r} is not a date like 2026-11-24"
            ).format(label=label, cleaned=cleaned),
            field,
        ) from None


class CampaignsArea(QWidget):
    """The campaign list on the left, the selected (or a new) campaign's form on the right."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._campaigns: list[CampaignInfo] = []
        self._currency: str | None = None  # the center's, once the list is loaded
        self._editing: CampaignInfo | None = None

        self.table = make_table(CAMPAIGN_HEADERS, self.tr("Campaigns"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        self.new_button = QPushButton(self.tr("New ca&mpaign"))
        hint = QLabel(
            self.tr(
                "Reports spread a campaign's cost evenly over the days it ran; without "
                "both days the whole cost counts in every period."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(
            list_beside_form(self.table, self.status, self.new_button, self._build_form(), hint)
        )

        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        save = make_action(self, "save")
        save.triggered.connect(self.save)
        self.addAction(save)
        # Campaigns made by an import, or changed at another workstation, show up at once;
        # a reload never touches the form, so nothing being typed is lost.
        self.live = LiveList(self, context, self.refresh)
        self.refresh()

    def _build_form(self) -> QWidget:
        self.editor = EditorForm(self.tr("New campaign"), self.tr("Save campaign"))
        self.heading, self.form = self.editor.heading, self.editor.form
        self.save_button = self.editor.save_button
        self.save_button.setToolTip(native("Ctrl+S"))
        self.name = QLineEdit()
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("trade show, web form, download, purchased list …"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(i18n.money(12500))
        self.starts_on = QLineEdit()
        self.starts_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.ends_on = QLineEdit()
        self.ends_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("optional: why (kept in the audit log)"))
        return self.editor.build(
            [
                ("name", self.tr("&Name"), self.name),
                ("channel", self.tr("Ch&annel"), self.channel),
                ("cost", self.tr("&Cost"), self.cost),
                ("starts_on", self.tr("&First day"), self.starts_on),
                ("ends_on", self.tr("&Last day"), self.ends_on),
                ("reason", self.tr("&Why"), self.reason),
            ]
        )

    # --- loading and showing ----------------------------------------------------------------

    def refresh(self, select_name: str | None = None) -> None:
        campaigns, actor = self._context.services.campaigns, self._context.signed_in.actor
        center = self._context.services.center
        asked_while = self._editing.name if self._editing else None
        self._context.workers.submit(
            lambda: (campaigns.list(actor), center.currency(actor)),
            lambda listed: self._show(*listed, select_name, asked_while),
            self._failed,
        )

    def _show(
        self,
        campaigns: list[CampaignInfo],
        currency: str,
        select_name: str | None,
        asked_while: str | None,
    ) -> None:
        self._campaigns = campaigns
        # Costs are typed in the center's currency (one marked in another is refused).
        self._currency = currency
        self.cost.setPlaceholderText(f"{i18n.money(12500)} {currency}")
        fill_table(self.table, [_row(campaign) for campaign in campaigns])
        saved = self.tr("; saved {name}").format(name=select_name) if select_name else ""
        self.status.setText(
            i18n.plural(
                len(campaigns),
                QT_TRANSLATE_NOOP("Counts", "{n} campaign"),
                QT_TRANSLATE_NOOP("Counts", "{n} campaigns"),
            )
            + saved
        )
        editing = self._editing.name if self._editing else None
        chosen = chosen_after_reload(select_name, asked_while, editing)
        # The one chosen meanwhile is marked again, its editor (and what is typed) kept.
        self.table.blockSignals(chosen != select_name)
        for row, campaign in enumerate(campaigns):
            if campaign.name == chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._campaigns):
            self.edit(self._campaigns[rows[0].row()])

    def start_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.heading.setText(self.tr("New campaign"))
        self.editor.reset()
        self.name.setReadOnly(False)
        for field in (self.name, self.channel, self.cost, self.starts_on, self.ends_on):
            field.clear()
        self.reason.clear()
        self.name.setFocus()

    def edit(self, campaign: CampaignInfo) -> None:
        self._editing = campaign
        self.heading.setText(campaign.name)
        self.editor.reset()
        # The name is the campaign's identity (imports find it by name): not renamed here.
        self.name.setText(campaign.name)
        self.name.setReadOnly(True)
        self.channel.setText(campaign.channel)
        self.cost.setText(i18n.money(campaign.cost))
        self.starts_on.setText(str(campaign.starts_on or ""))
        self.ends_on.setText(str(campaign.ends_on or ""))
        self.reason.clear()

    # --- saving -----------------------------------------------------------------------------

    def change(self) -> CampaignChange:
        """What the form says; a value that cannot be read raises InvalidInput for its field."""
        typed = self.cost.text()
        cost = parse_money(typed, "cost", self._currency) if typed.strip() else None
        return CampaignChange(
            cost=cost if cost is not None else KEEP,
            channel=self.channel.text() if self.channel.text().strip() else KEEP,
            starts_on=_day(self.starts_on.text(), "starts_on", self.tr("the first day")),
            ends_on=_day(self.ends_on.text(), "ends_on", self.tr("the last day")),
        )

    def save(self) -> None:
        self.editor.reset()
        try:
            change = self.change()
        except InvalidInput as exc:
            self._save_failed(exc)
            return
        name, reason = self.name.text(), self.reason.text().strip()
        services, actor = self._context.services, self._context.signed_in.actor
        typed = self.cost.text() if self._currency is None else ""

        def saving() -> CampaignInfo:
            checked = change
            if typed.strip():  # typed before the list, and the currency with it, arrived
                cost = parse_money(typed, "cost", services.center.currency(actor))
                checked = replace(change, cost=cost if cost is not None else KEEP)
            return services.campaigns.save(actor, name, checked, reason=reason)

        self.save_button.setEnabled(False)
        self._context.workers.submit(saving, self._saved, self._save_failed)

    def _saved(self, campaign: CampaignInfo) -> None:
        self.save_button.setEnabled(True)
        self.edit(campaign)
        self.refresh(select_name=campaign.name)

    def _save_failed(self, exc: Exception) -> None:
        self.editor.failed(exc)
