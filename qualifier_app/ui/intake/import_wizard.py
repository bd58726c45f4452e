"""The import wizard: choose a file, preview it and map its columns, import with progress
and cancel, then read the summary. All file and database work runs on the worker pool."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry_columns import CONTACT_FIELDS
from qualifier_app.services.intake.dto import (
    ImportPreview,
    ImportProgress,
    ImportSummary,
    accounting,
    unworked_queue_warning,
    where_read,
)
from qualifier_app.ui.intake.firmographics import FirmographicsPanel
from qualifier_app.ui.intake.import_history import ImportHistory
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.field_problem import with_problem_line
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.shell.style import set_invalid
from qualifier_app.ui.widgets.country_choice import CountryChoice
from qualifier_app.ui.widgets.figures import figure_card
from qualifier_app.ui.widgets.forms import typed_path

FILE_FILTER = "Inquiry files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"


class _ProgressBridge(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(ImportProgress)


def _message(exc: Exception) -> str:
    return i18n.problem_text(exc)


class ImportWizard(QWidget):
    CHOOSE, MAP, RUN, SUMMARY = range(4)

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._preview: ImportPreview | None = None
        self._cancel = threading.Event()
        self._bridge = _ProgressBridge(self)
        self._bridge.progressed.connect(self._show_progress)
        self.summary: ImportSummary | None = None

        title = QLabel(self.tr("Import inquiries"))
        title.setObjectName("title")
        self.step = QLabel()
        self.step.setObjectName("subtitle")
        # A workbook's sheet, header row and hidden rows make the column step's line long: in
        # German it widened the window past a 1280-pixel screen.
        self.step.setWordWrap(True)
        # Below the first page and the last: was the file imported already, and how did it go?
        self.history = ImportHistory(context)
        self.firmographics = FirmographicsPanel(context, self.history.refresh)
        self._history_places: dict[int, QVBoxLayout] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._map_page())
        self.pages.addWidget(self._run_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        self._go(self.CHOOSE)

    # --- pages ------------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("CSV (any delimiter or encoding) or XLSX file"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.path_error = QLabel()
        self.path_error.setObjectName("fieldError")
        self.path_error.hide()
        self.campaign_edit = QLineEdit()
        self.campaign_edit.setPlaceholderText(
            self.tr("optional: the campaign every row belongs to")
        )
        self.campaign_edit.setAccessibleName(self.tr("Campaign"))
        # Not filled in from the workstation's country: a file read in a country it is not
        # from gets wrong calling windows without a flag on any row, so it is chosen for
        # each file. That country comes first in the list.
        self.country_choice = CountryChoice(
            self._context.services.settings.workspace.default_country
        )
        country_field = self.tr("Country of the file")
        country_editor = self.country_choice.lineEdit()
        assert country_editor is not None
        country_editor.setPlaceholderText(
            self.tr("optional: rows that name no country are read as from this one")
        )
        self.country_hint = QLabel(
            self.tr(
                "Rows with no country, or an empty one, are read as written in this country "
                "(national phone numbers, dates) and get it as their country. A row's own "
                "country, or a phone number in +international form, wins. Leave it empty "
                "when the rows say their own country."
            )
        )
        self.country_hint.setObjectName("subtitle")
        self.country_hint.setWordWrap(True)
        self.country_choice.setAccessibleDescription(self.country_hint.text())
        country_holder, self.country_error = with_problem_line(country_field, self.country_choice)
        country_box = country_holder.layout()
        assert country_box is not None
        country_box.addWidget(self.country_hint)
        self.country_choice.editTextChanged.connect(lambda _text: self._country_problem(""))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("primary")
        self.preview_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow("", self.path_error)
        form.addRow(self.tr("&Campaign:"), self.campaign_edit)
        country_label = QLabel(self.tr("C&ountry of the file:"))
        country_label.setBuddy(self.country_choice)
        form.addRow(country_label, country_holder)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.preview_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(buttons)
        # Reference data is loaded from the first page too: it enriches the leads imported.
        self._history_places[self.CHOOSE] = self._history_place(layout, self.firmographics)

        self.browse_button.clicked.connect(self._browse)
        self.preview_button.clicked.connect(self.load_preview)
        self.path_edit.returnPressed.connect(self.load_preview)
        return page

    def _map_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Check how each column is read. Recognised headers are mapped already; "
                "choose “ignore” for columns Qualifier should not read."
            )
        )
        hint.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            (self.tr("Column in the file"), self.tr("First value"), self.tr("Read as"))
        )
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setTabKeyNavigation(False)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_table = QTableWidget()
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reading_notes = QLabel()
        self.reading_notes.setWordWrap(True)
        self.reading_notes.hide()
        self.mapping_error = QLabel()
        self.mapping_error.setObjectName("fieldError")
        self.mapping_error.setWordWrap(True)
        self.mapping_error.hide()
        self.back_button = QPushButton(self.tr("B&ack"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.reading_notes)
        layout.addWidget(QLabel(self.tr("First rows:")))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.mapping_error)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self._go(self.CHOOSE))
        self.import_button.clicked.connect(self.start_import)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel(self.tr("Starting…"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        layout.addStretch()
        self.cancel_button.clicked.connect(self.cancel_import)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (
            QT_TRANSLATE_NOOP("Figures", "Rows read"),
            QT_TRANSLATE_NOOP("Figures", "New leads"),
            QT_TRANSLATE_NOOP("Figures", "Merged into existing leads"),
            QT_TRANSLATE_NOOP("Figures", "Rejected"),
            QT_TRANSLATE_NOOP("Figures", "Already imported"),
            QT_TRANSLATE_NOOP("Figures", "Do-not-call"),
        )
        for index, caption in enumerate(captions):
            card, value = figure_card(caption)
            grid.addWidget(card, index // 3, index % 3)
            self.figures[caption] = value
        self.summary_note = QLabel()
        self.summary_note.setObjectName("banner")
        self.summary_note.setWordWrap(True)
        self.queues_label = QLabel()
        self.queues_label.setWordWrap(True)
        self.rejects_label = QLabel()
        self.rejects_label.setWordWrap(True)
        self.rejects_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_button = QPushButton(self.tr("Import &another file"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_note)
        layout.addLayout(grid)
        layout.addWidget(self.queues_label)
        layout.addWidget(self.rejects_label)
        layout.addLayout(buttons)
        self._history_places[self.SUMMARY] = self._history_place(layout)
        self.again_button.clicked.connect(self._again)
        return page

    # --- behaviour --------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        steps = (self.tr("Step 1 of 4: choose a file"), self.tr("Step 2 of 4: check the columns"),
                 self.tr("Step 3 of 4: importing"), self.tr("Step 4 of 4: summary"))  # fmt: skip
        self._show_page(page)
        self.step.setText(steps[page])
        focus = {self.CHOOSE: self.path_edit, self.MAP: self.import_button,
                 self.RUN: self.cancel_button, self.SUMMARY: self.again_button}  # fmt: skip
        focus[page].setFocus()

    @staticmethod
    def _history_place(layout: QVBoxLayout, above: QWidget | None = None) -> QVBoxLayout:
        """Where the recent imports go on a page, below `above` when given."""
        if above is not None:
            layout.addSpacing(12)
            layout.addWidget(above)
        place = QVBoxLayout()
        layout.addSpacing(12)
        layout.addLayout(place, 1)
        return place

    def _show_page(self, page: int) -> None:
        """The page; the recent imports move below it on the first and the last."""
        place = self._history_places.get(page)
        if place is not None:
            place.addWidget(self.history)
        self.pages.setCurrentIndex(page)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import inquiries"), "", FILE_FILTER)
        if chosen:
            self.path_edit.setText(chosen)
            self.load_preview()

    def _field_error(self, message: str) -> None:
        self.path_error.setText(message)
        self.path_error.setVisible(bool(message))
        set_invalid(self.path_edit, bool(message))

    def _country_problem(self, message: str) -> None:
        self.country_error.setText(message)
        self.country_error.setVisible(bool(message))
        set_invalid(self.country_choice, bool(message))

    def assumed_country(self) -> tuple[bool, str | None]:
        """(whether the country field holds a country or nothing, the country's code); a
        problem is shown next to the field, which gets the focus."""
        try:
            code = self.country_choice.country()
        except InvalidInput as exc:
            self._go(self.CHOOSE)
            self._country_problem(_message(exc))
            self.country_choice.setFocus()
            return False, None
        self._country_problem("")
        return True, code

    def load_preview(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._field_error(self.tr("Choose the file to import."))
            return
        if not self.assumed_country()[0]:
            return
        path = typed_path(text)
        self._field_error("")
        self.preview_button.setEnabled(False)
        intake, actor = self._context.services.intake, self._context.signed_in.actor
        self._context.workers.submit(
            lambda: intake.preview(actor, path), self._show_preview, self._preview_failed
        )

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self._field_error(_message(exc))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview_button.setEnabled(True)
        self._preview = preview
        table = self.mapping_table
        table.setRowCount(len(preview.header))
        first = preview.rows[0] if preview.rows else ()
        for row, (title, field) in enumerate(zip(preview.header, preview.mapping, strict=True)):
            table.setItem(row, 0, QTableWidgetItem(title))
            table.setItem(row, 1, QTableWidgetItem(first[row] if row < len(first) else ""))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Read {column} as").format(column=title))
            combo.addItem(self.tr("(ignore this column)"), None)
            for name, label in preview.fields:
                combo.addItem(i18n.translated(label), name)
            combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)
            combo.currentIndexChanged.connect(self._show_reading_notes)
            table.setCellWidget(row, 2, combo)
        rows = self.preview_table
        rows.setColumnCount(len(preview.header))
        rows.setHorizontalHeaderLabels(list(preview.header))
        rows.setRowCount(len(preview.rows))
        for r, values in enumerate(preview.rows):
            for c, value in enumerate(values[: len(preview.header)]):
                rows.setItem(r, c, QTableWidgetItem(value))
        rows.resizeColumnsToContents()
        self._show_reading_notes()
        self.mapping_error.hide()
        where = where_read(
            preview.header_row, preview.sheet, preview.passed_sheets, preview.unread_sheets
        )
        self.step.setText(
            self.tr("Step 2 of 4: check the columns — {file_name}, {rows}").format(
                file_name=preview.file_name,
                rows=i18n.plural(
                    preview.total_rows,
                    QT_TRANSLATE_NOOP("Counts", "{n} row"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows"),
                ),
            )
            + (i18n.translated(where) if where else "")
            + (
                i18n.plural(
                    preview.hidden_rows,
                    QT_TRANSLATE_NOOP("Counts", "; {n} row hidden in the workbook is not read"),
                    QT_TRANSLATE_NOOP("Counts", "; {n} rows hidden in the workbook are not read"),
                )
                if preview.hidden_rows
                else ""
            )
        )
        self._show_page(self.MAP)
        self.import_button.setFocus()

    def fields(self) -> list[str | None]:
        """The field each column is read as, in the file's order (None: ignored)."""
        assert self._preview is not None
        chosen: list[str | None] = []
        for row in range(len(self._preview.header)):
            combo = self.mapping_table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            chosen.append(combo.currentData())
        return chosen

    def set_mapping(self, column: str | int, field: str | None) -> None:
        """Choose how a column (its header, or its position) is read: what a user does with
        the column's combo box."""
        assert self._preview is not None
        row = self._preview.header.index(column) if isinstance(column, str) else column
        combo = self.mapping_table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field) if field else 0)

    def _label(self, field: str) -> str:
        assert self._preview is not None
        return i18n.translated(dict(self._preview.fields).get(field, field))

    def _show_reading_notes(self) -> None:
        """Phone and e-mail may be read from several columns: say in which order; and on
        which clock the inquiry dates are read."""
        assert self._preview is not None
        fields = self.fields()
        lines = []
        if "inquired_at" in fields:
            lines.append(
                self.tr(
                    "Inquiry dates and times without a zone are read on the center's clock "
                    "({zone}); one with an offset or a zone (10:00 -0500, 10:00 CET) as it says."
                ).format(zone=self._preview.time_zone.replace("_", " "))
            )
        for field in CONTACT_FIELDS:
            columns = [t for t, f in zip(self._preview.header, fields, strict=True) if f == field]
            if len(columns) > 1:
                lines.append(
                    self.tr(
                        "{field} is read from {columns}, in this order: the first valid one "
                        "is taken, the others are kept on the lead's touch."
                    ).format(field=self._label(field), columns=", ".join(columns))
                )
        self.reading_notes.setText("\n".join(lines))
        self.reading_notes.setVisible(bool(lines))

    def start_import(self) -> None:
        if self._preview is None:
            return
        fields = self.fields()
        named = [name for name in fields if name and name not in CONTACT_FIELDS]
        doubles = sorted({self._label(name) for name in named if named.count(name) > 1})
        if doubles:
            self.mapping_error.setText(
                self.tr("Several columns are read as {join}.").format(join=", ".join(doubles))
            )
            self.mapping_error.show()
            return
        path = typed_path(self.path_edit.text())
        campaign = self.campaign_edit.text().strip() or None
        understood, country = self.assumed_country()
        if not understood:
            return
        self._cancel.clear()
        self.progress_bar.setRange(0, max(1, self._preview.total_rows))
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self._go(self.RUN)
        intake, actor = self._context.services.intake, self._context.signed_in.actor
        bridge, cancel = self._bridge, self._cancel
        self._context.workers.submit(
            lambda: intake.import_inquiries(
                actor,
                path,
                campaign=campaign,
                country=country,
                fields=fields,
                progress=bridge.progressed.emit,
                cancel=cancel.is_set,
            ),
            self._show_summary,
            self._import_failed,
        )

    def cancel_import(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling after the rows being stored now…"))

    def _show_progress(self, progress: ImportProgress) -> None:
        self.progress_bar.setMaximum(max(1, progress.total))
        self.progress_bar.setValue(progress.done)
        if not self._cancel.is_set():
            self.progress_label.setText(
                self.tr(
                    "{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected"
                ).format(
                    done=i18n.number(progress.done),
                    total=i18n.number(progress.total),
                    imported=i18n.number(progress.imported),
                    merged=i18n.number(progress.merged),
                    rejected=i18n.number(progress.rejected),
                )
            )

    def _import_failed(self, exc: Exception) -> None:
        # Rows stored before the failure stay; importing the file again continues.
        self.mapping_error.setText(
            self.tr("The import stopped: {message}").format(message=_message(exc))
        )
        self.mapping_error.show()
        self._show_page(self.MAP)
        self.step.setText(self.tr("Step 2 of 4: check the columns"))
        self.history.refresh()

    def _show_summary(self, summary: ImportSummary) -> None:
        self.summary = summary
        values = {
            "Rows read": summary.rows,
            "New leads": summary.imported,
            "Merged into existing leads": summary.merged,
            "Rejected": summary.rejected,
            "Already imported": summary.already_imported,
            "Do-not-call": summary.do_not_call,
        }
        for caption, value in values.items():
            self.figures[caption].setText(i18n.number(value))
        if summary.cancelled:
            note = self.tr(
                "Cancelled after {plural}. What was stored stays; import the same file again "
                "to continue where it stopped."
            ).format(
                plural=i18n.plural(
                    summary.rows,
                    QT_TRANSLATE_NOOP("Counts", "{n} row"),
                    QT_TRANSLATE_NOOP("Counts", "{n} rows"),
                )
            )
        else:
            note = self.tr("{file} is imported: {accounting}.").format(
                file=summary.file, accounting=i18n.translated(accounting(summary))
            )
        if summary.assumed_country:
            note += self.tr(" Rows naming no country were read as from {country}.").format(
                country=summary.assumed_country
            )
        if summary.flagged:
            flagged = (
                self.tr(" {count} row was kept with a flagged value (see its touch).")
                if summary.flagged == 1
                else self.tr(" {count} rows were kept with a flagged value (see their touches).")
            )
            note += flagged.format(count=i18n.number(summary.flagged))
        self.summary_note.setText(note)
        lines = []
        if summary.queues:
            by_queue = ", ".join(
                f"{queue} {i18n.number(count)}" for queue, count in summary.queues.items()
            )
            lines.append(self.tr("New leads by queue: {queues}").format(queues=by_queue))
        lines += [
            self.tr("New queue: {queue} (named by the scoring rules).").format(queue=queue)
            for queue in summary.created_queues
        ]
        lines += [
            self.tr("Warning: {warning}.").format(
                warning=i18n.translated(
                    unworked_queue_warning(queue, summary.unworked_teams.get(queue))
                )
            )
            for queue in summary.unworked_queues
        ]
        self.queues_label.setText("\n".join(lines))
        self.rejects_label.setText(
            self.tr("Every rejected row and why: {rejects_file}").format(
                rejects_file=summary.rejects_file
            )
            if summary.rejects_file
            else self.tr("No row was rejected.")
        )
        self._go(self.SUMMARY)
        self.history.refresh()

    def _again(self) -> None:
        self._preview = None
        self.path_edit.clear()
        self._go(self.CHOOSE)
