"""The check-call policy, per segment and optionally per partner: administrators set it here
(everyone else with the Partners area reads it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.roles import Action
from qualifier_app.domain.scoring import SEGMENTS
from qualifier_app.services.check_calls.dto import PolicyRow
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.widgets.forms import fill_table, make_table, message_of


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


class CheckCallPolicyPanel(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._may = context.signed_in.actor.may(Action.MANAGE_CHECK_CALLS)
        self.table = make_table(
            (self.tr("Segment"), self.tr("Partner"), self.tr("Policy")),
            self.tr("Check-call policies"),
        )
        self.table.setMaximumHeight(130)
        self.segment = QComboBox()
        self.segment.setAccessibleName(self.tr("Segment"))
        for segment in SEGMENTS:
            self.segment.addItem(segment, segment)
        self.partner = QLineEdit()
        self.partner.setPlaceholderText(self.tr("every partner"))
        self.partner.setAccessibleName(self.tr("Only for this partner"))
        self.days = _spin(1, 30, 5, self.tr(" business days"), self.tr("Days after delivery"))
        self.share = _spin(0, 100, 100, " %", self.tr("Share of handoffs checked"))
        self.minimum = _spin(0, 1000, 0, "", self.tr("At least per partner and month"))
        self.poor_share = _spin(0, 100, 0, " %", self.tr("Share for partners with a poor record"))
        self.poor_share.setSpecialValueText(self.tr("as the others"))
        self.save_button = QPushButton(self.tr("Save polic&y"))
        self.remove_button = QPushButton(self.tr("Remo&ve policy"))
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.empty = QLabel(self.tr("No policy yet: no handoff gets a check call."))
        self.empty.setObjectName("subtitle")
        self.empty.hide()
        form = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("Segment"), self.segment),
                (self.tr("Partner"), self.partner),
                (self.tr("Check after"), self.days),
                (self.tr("Share"), self.share),
                (self.tr("At least a month"), self.minimum),
                (self.tr("Poor record"), self.poor_share),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, 0, column)
            form.addWidget(widget, 1, column)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        editors: tuple[QWidget, ...] = (
            self.segment,
            self.partner,
            self.days,
            self.share,
            self.minimum,
            self.poor_share,
            self.save_button,
            self.remove_button,
        )
        for widget in editors:
            widget.setEnabled(self._may)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        checks, actor = self._context.services.check_calls, self._context.signed_in.actor
        self._context.workers.submit(lambda: checks.list_policies(actor), self._show, self._failed)

    def _show(self, rows: tuple[PolicyRow, ...]) -> None:
        fill_table(
            self.table,
            [[r.segment, r.partner or self.tr("(every partner)"), r.text] for r in rows],
        )
        self.empty.setVisible(not rows)

    def _failed(self, exc: Exception) -> None:
        self.problem.setText(message_of(exc))
        self.problem.show()
        if isinstance(exc, InvalidInput):
            target = {"days": self.days, "share": self.share, "minimum": self.minimum,
                      "poor_share": self.poor_share}.get(exc.field or "")  # fmt: skip
            if target is not None:
                target.setFocus()
        elif isinstance(exc, NotFound):  # no such partner, or no policy for it
            self.partner.setFocus()
            self.partner.selectAll()

    def save(self) -> None:
        checks, actor = self._context.services.check_calls, self._context.signed_in.actor
        segment, partner = str(self.segment.currentData()), self.partner.text().strip() or None
        days, share, minimum = self.days.value(), self.share.value(), self.minimum.value()
        poor = self.poor_share.value() or None
        self.problem.hide()
        self._context.workers.submit(
            lambda: checks.policies.set(
                actor,
                segment,
                days,
                share,
                partner=partner,
                minimum_per_month=minimum,
                poor_share_percent=poor,
            ),
            lambda _: self.refresh(),
            self._failed,
        )

    def remove(self) -> None:
        checks, actor = self._context.services.check_calls, self._context.signed_in.actor
        segment, partner = str(self.segment.currentData()), self.partner.text().strip() or None
        self.problem.hide()
        self._context.workers.submit(
            lambda: checks.policies.remove(actor, segment, partner),
            lambda _: self.refresh(),
            self._failed,
        )
