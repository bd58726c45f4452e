"""The weekly publication from the Reports area: a week, a dry run, Publish; and the schedule
that lets the running app publish last week's scorecards by itself ([publication] weekday)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.reports.dto import ReportFilters
from qualifier_app.services.reports.publication import PublicationResult
from qualifier_app.services.reports.publication_cards import Week
from qualifier_app.services.reports.publication_drill import BY, week_period
from qualifier_app.ui.reports.drill import Figure
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import Numeral, numeral, table_item

# How often the schedule looks whether this week's publication is due.
SCHEDULE_MINUTES = 15


# The columns of the partners not reporting, and the figure each opens ("" for names).
LAGGARD_COLUMNS = (
    ("", QT_TRANSLATE_NOOP("Columns", "Partner")),
    ("", QT_TRANSLATE_NOOP("Columns", "Channel manager")),
    ("reported", QT_TRANSLATE_NOOP("Columns", "Reporting compliance")),
    ("reporting_due", QT_TRANSLATE_NOOP("Columns", "Due for news")),
    ("not_reported", QT_TRANSLATE_NOOP("Columns", "No news")),
    ("weight_before", QT_TRANSLATE_NOOP("Columns", "Routing weight a week before")),
    ("weight_now", QT_TRANSLATE_NOOP("Columns", "Routing weight now")),
)


class PublishBar(QWidget):
    published = Signal(PublicationResult)
    figure_opened = Signal(Figure)  # a figure of the partners not reporting, to drill into

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in.actor
        self._service = context.services.publication
        self.week = QLineEdit()
        self.week.setAccessibleName(self.tr("Week to publish"))
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
        self.laggards = self._laggard_table()
        self._week_shown = ""
        self._partners: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        outer.addWidget(self.laggards)
        row.addWidget(QLabel(self.tr("Weekly publication:")))
        row.addWidget(caption)
        row.addWidget(self.week)
        row.addWidget(self.week_error)
        row.addWidget(self.dry_run)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.button.clicked.connect(self.publish)
        self.week.textEdited.connect(lambda _text: self.week_error.hide())
        service, actor = self._service, self._actor
        context.workers.submit(lambda: service.today(actor), self._show_last_week, self._failed)

        self.schedule = QTimer(self)
        self.schedule.timeout.connect(self.publish_if_due)
        if self._service.settings.weekday:
            self.schedule.start(SCHEDULE_MINUTES * 60_000)

    def _show_last_week(self, today: date) -> None:
        if not self.week.text():  # unless typed on meanwhile
            self.week.setText(Week.before(today).text())

    def _laggard_table(self) -> QTableWidget:
        # The summary's bottom 20 %: Enter or a double-click on a figure opens its handoffs.
        table = QTableWidget(0, len(LAGGARD_COLUMNS))
        table.setAccessibleName(self.tr("Partners not reporting"))
        table.setTabKeyNavigation(False)
        table.setHorizontalHeaderLabels(i18n.columns([t for _, t in LAGGARD_COLUMNS]))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.hide()
        table.activated.connect(self._open_figure)
        return table

    def publish(self) -> None:
        text = self.week.text().strip()
        try:
            Week.parse(text)
        except InvalidInput as exc:
            self.week_error.setText(i18n.translated(str(exc)))
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
            self.tr("Not reporting: {partner} ({share}, routing weight {before} → {now})").format(
                partner=lag.partner,
                share=i18n.percent(lag.reporting * 100),
                before=i18n.number(lag.weight_before, 2),
                now=i18n.number(lag.weight_now, 2),
            )
            for lag in result.laggards[:5]
        ]
        self.result.setText("\n".join(lines))
        self._show_laggards(result)
        self.published.emit(result)

    def _show_laggards(self, result: PublicationResult) -> None:
        self._week_shown = result.week
        self._partners = [lag.partner for lag in result.laggards]
        self.laggards.setRowCount(len(result.laggards))
        for line, lag in enumerate(result.laggards):
            values = (
                lag.partner,
                lag.channel_manager,
                Numeral(
                    f"{i18n.percent(lag.reporting * 100)}"
                    f" ({i18n.number(lag.reported)} / {i18n.number(lag.due)})"
                ),
                numeral(lag.due),
                numeral(lag.due - lag.reported),
                numeral(lag.weight_before, 2),
                numeral(lag.weight_now, 2),
            )
            for column, value in enumerate(values):
                self.laggards.setItem(line, column, table_item(value))
        table = self.laggards
        rows = sum(table.rowHeight(line) for line in range(min(table.rowCount(), 5)))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        )
        table.setVisible(bool(result.laggards))

    def _open_figure(self, index: QModelIndex) -> None:
        figure = LAGGARD_COLUMNS[index.column()][0]
        if not figure:
            self.result.setText(self.tr("Choose a figure: names do not stand for leads"))
            return
        partner = self._partners[index.row()]
        period = week_period(Week.parse(self._week_shown))
        self.figure_opened.emit(Figure(BY, partner, figure, period, ReportFilters()))

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, InvalidInput) and exc.field == "week":
            self.week_error.setText(i18n.translated(str(exc)))
            self.week_error.show()
            self.result.setText("")
            return
        self.result.setText(i18n.problem_text(exc))
