"""Firmographic reference data, in the Import area: a file of companies or web domains with
their employees, annual revenue and industry fills what leads lack (each value keeps its
source) and re-scores the leads not yet worked; as `qualifier import firmographics` does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.intake.dto import FirmographicsSummary
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.field_problem import FieldForm
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import message_of, typed_path

FILE_FILTER = "Reference files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"


class FirmographicsPanel(QWidget):
    def __init__(self, context: AreaContext, loaded: Callable[[], None]) -> None:
        """`loaded` is called after each load (the list of recent imports shows it)."""
        super().__init__()
        self._context = context
        self._loaded = loaded
        title = QLabel(self.tr("Firmographic reference data"))
        title.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "A file of companies or web domains with their employees, annual revenue and "
                "industry fills what leads lack (each value keeps its source) and re-scores "
                "the leads not yet worked."
            )
        )
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("CSV or XLSX: company and/or domain, employees …"))
        self.path.setAccessibleName(self.tr("Reference file"))
        self.choose_button = QPushButton(self.tr("Choos&e…"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("optional: where the data comes from"))
        self.load_button = QPushButton(self.tr("Loa&d reference data"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # as long as the load takes: one transaction, no steps
        self.busy.setAccessibleName(self.tr("Loading reference data"))
        self.busy.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Reference data result"))
        self.result.hide()

        row = QWidget()
        row_box = QHBoxLayout(row)
        row_box.setContentsMargins(0, 0, 0, 0)
        row_box.addWidget(self.path, 1)
        row_box.addWidget(self.choose_button)
        source_row = QWidget()
        source_box = QHBoxLayout(source_row)
        source_box.setContentsMargins(0, 0, 0, 0)
        source_box.addWidget(self.source, 1)
        source_box.addWidget(self.load_button)
        layout = QFormLayout()
        self.form = FieldForm(layout)
        self.form.add("file", self.tr("Reference fi&le:"), row, self.path)
        self.form.add("source", self.tr("So&urce:"), source_row, self.source)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(hint)
        box.addLayout(layout)
        box.addWidget(self.busy)
        box.addWidget(self.result)

        self.choose_button.clicked.connect(self._choose)
        self.load_button.clicked.connect(self.load)
        self.path.returnPressed.connect(self.load)
        self.source.returnPressed.connect(self.load)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Firmographic reference data"), "", FILE_FILTER
        )
        if chosen:
            self.path.setText(chosen)

    def load(self) -> None:
        if not self.load_button.isEnabled():
            return
        self.form.clear()
        self.result.hide()
        try:
            path = typed_path(self.path.text())
        except InvalidInput as exc:
            self.form.show("file", message_of(exc))
            return
        enrichment, actor = self._context.services.enrichment, self._context.signed_in.actor
        source = self.source.text()
        self.load_button.setEnabled(False)
        self.busy.show()
        self._context.workers.submit(
            lambda: enrichment.import_firmographics(actor, path, source=source),
            self._done,
            self._failed,
        )

    def _finished(self) -> None:
        self.load_button.setEnabled(True)
        self.busy.hide()
        self._loaded()

    def _failed(self, exc: Exception) -> None:
        self._finished()
        field = exc.field if isinstance(exc, InvalidInput) else None
        self.form.show(field if field in self.form.fields else "file", message_of(exc))

    def _done(self, summary: FirmographicsSummary) -> None:
        self._finished()
        counts = self.tr("{rows}: {loaded}, {updated}, {rejected} (source: {source}).").format(
            rows=i18n.plural(
                summary.rows,
                QT_TRANSLATE_NOOP("Counts", "{n} row read"),
                QT_TRANSLATE_NOOP("Counts", "{n} rows read"),
            ),
            loaded=i18n.plural(
                summary.loaded,
                QT_TRANSLATE_NOOP("Counts", "{n} new reference row"),
                QT_TRANSLATE_NOOP("Counts", "{n} new reference rows"),
            ),
            updated=self.tr("{n} updated").format(n=i18n.number(summary.updated)),
            rejected=self.tr("{n} rejected").format(n=i18n.number(summary.rejected)),
            source=summary.source,
        )
        leads = i18n.plural(
            summary.leads_enriched,
            QT_TRANSLATE_NOOP("Counts", "{n} lead enriched"),
            QT_TRANSLATE_NOOP("Counts", "{n} leads enriched"),
        )
        if summary.leads_enriched != 1:
            rescored = self.tr("{leads}, {rescored} of them re-scored.").format(
                leads=leads, rescored=i18n.number(summary.leads_rescored)
            )
        elif summary.leads_rescored:
            rescored = self.tr("{leads} and re-scored.").format(leads=leads)
        else:
            rescored = self.tr("{leads}, not re-scored (already worked).").format(leads=leads)
        lines = [counts, rescored]
        if summary.hidden:
            lines.append(
                i18n.plural(
                    summary.hidden,
                    QT_TRANSLATE_NOOP("Counts", "{n} row hidden in the workbook was not read."),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows hidden in the workbook were not read."),
                )
            )
        if summary.rejects_file:
            lines.append(self.tr("Rejected rows and why: {path}").format(path=summary.rejects_file))
        self.result.setText("\n".join(lines))
        self.result.show()
