"""The weekly publication from the Reports area: a week, a dry run, Publish; and the schedule
that lets the running app publish last week's scorecards by itself ([publication] weekday)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.reports.publication import PublicationResult
from qualifier_app.services.reports.publication_cards import Week
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext

# How often the schedule looks whether this week's publication is due.
SCHEDULE_MINUTES = 15


class PublishBar(QWidget):
    published = Signal(PublicationResult)

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in.actor
        self._service = context.services.publication
        last = Week.before(context.services.clock.now()).text()
        self.week = QLineEdit(last)
        self.week.setAccessibleName("Week to publish")
        self.week.setPlaceholderText("2026-W48")
        self.week.setMaximumWidth(110)
        self.dry_run = QCheckBox(self.tr("Dr&y run"))
        self.dry_run.setToolTip(self.tr("Say what would be sent; send nothing"))
        self.button = QPushButton(self.tr("&Publish scorecards"))
        self.button.setToolTip(
            self.tr(
                "E-mail last week's scorecards to every partner and channel manager, "
                "and the summary of who is not reporting to the supervisors; never "
                "twice for one week"
            )
        )
        self.week_error = QLabel("")
        self.week_error.setObjectName("fieldError")
        self.week_error.hide()
        self.result = QLabel("")
        self.result.setObjectName("subtitle")
        self.result.setWordWrap(True)
        caption = QLabel(self.tr("&Week"))
        caption.setBuddy(self.week)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Weekly publication:")))
        row.addWidget(caption)
        row.addWidget(self.week)
        row.addWidget(self.week_error)
        row.addWidget(self.dry_run)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.button.clicked.connect(self.publish)
        self.week.textEdited.connect(lambda _text: self.week_error.hide())

        self.schedule = QTimer(self)
        self.schedule.timeout.connect(self.publish_if_due)
        if self._service.settings.weekday:
            self.schedule.start(SCHEDULE_MINUTES * 60_000)

    def publish(self) -> None:
        text = self.week.text().strip()
        try:
            Week.parse(text)
        except InvalidInput as exc:
            self.week_error.setText(str(exc))
            self.week_error.show()
            self.week.setFocus()
            return
        service, actor, dry_run = self._service, self._actor, self.dry_run.isChecked()
        self.button.setEnabled(False)
        self.result.setText(
            self.tr("Working out the scorecards…") if dry_run else self.tr("Publishing…")
        )
        self._context.workers.submit(
            lambda: service.publish(actor, text, dry_run=dry_run), self._done, self._failed
        )

    def publish_if_due(self) -> None:
        service, actor = self._service, self._actor
        self._context.workers.submit(
            lambda: service.publish_if_due(actor),
            lambda result: self._done(result) if result is not None else None,
            lambda _exc: None,  # the schedule tries again at its next look
        )

    def _done(self, result: PublicationResult) -> None:
        self.button.setEnabled(True)
        lines = [result.text()]
        lines += [
            f"Not reporting: {lag.partner} ({lag.reporting:.0%}, routing weight "
            f"{lag.weight_before:.2f} → {lag.weight_now:.2f})"
            for lag in result.laggards[:5]
        ]
        self.result.setText("\n".join(lines))
        self.published.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, InvalidInput) and exc.field == "week":
            self.week_error.setText(str(exc))
            self.week_error.show()
            self.result.setText("")
            return
        self.result.setText(i18n.problem_text(exc))
