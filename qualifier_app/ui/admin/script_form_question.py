"""One question of a BANT script as a form: its key and text, answer type, whether it is
required, which dimension its points count for, which segments are asked it, and its
answers: the choices (value, label, points, the screen an answer jumps to, a disqualifying
reason), yes and no (points and jump each), or point bands for numbers.

It edits the question's JSON object in place and says when it did; keys the form does not
show (a recycle rule of an option, say) are kept as they are."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.bant import DIMENSIONS, QuestionType
from qualifier_app.ui.admin.form_and_json import cell_text, editable
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import narrow

CHOICE_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Value"),
    QT_TRANSLATE_NOOP("Columns", "Label"),
    QT_TRANSLATE_NOOP("Columns", "Points"),
    QT_TRANSLATE_NOOP("Columns", "Jump to"),
    QT_TRANSLATE_NOOP("Columns", "Disqualify reason"),
)
CHOICE_TYPES = {QuestionType.SINGLE_CHOICE.value, QuestionType.MULTIPLE_CHOICE.value}
NUMBER_TYPES = {QuestionType.NUMBER.value, QuestionType.CURRENCY.value}
# The answer types as the editor names them (the scripts' files keep the codes).
TYPE_WORDS = {
    QuestionType.SINGLE_CHOICE: QT_TRANSLATE_NOOP("ScriptForm", "single choice"),
    QuestionType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("ScriptForm", "multiple choice"),
    QuestionType.YES_NO: QT_TRANSLATE_NOOP("ScriptForm", "yes or no"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("ScriptForm", "number"),
    QuestionType.CURRENCY: QT_TRANSLATE_NOOP("ScriptForm", "currency"),
    QuestionType.DATE: QT_TRANSLATE_NOOP("ScriptForm", "date"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("ScriptForm", "text"),
}
SEGMENT_CHOICES = (
    (None, QT_TRANSLATE_NOOP("ScriptForm", "every segment")),
    (["smb"], QT_TRANSLATE_NOOP("ScriptForm", "SMB only")),
    (["enterprise"], QT_TRANSLATE_NOOP("ScriptForm", "Enterprise only")),
)


def segments_combo(owner: QWidget) -> QComboBox:
    combo = QComboBox(owner)
    for value, label in SEGMENT_CHOICES:
        combo.addItem(QCoreApplication.translate("ScriptForm", label), value)
    return narrow(combo)


def set_segments(combo: QComboBox, segments: Any) -> None:
    wanted = sorted(str(s).lower() for s in segments) if segments else None
    index = next((i for i, (v, _) in enumerate(SEGMENT_CHOICES) if v == wanted), 0)
    combo.setCurrentIndex(index)


def dimension_combo(owner: QWidget, none_text: str) -> QComboBox:
    combo = QComboBox(owner)
    combo.addItem(none_text, None)
    names = (
        QT_TRANSLATE_NOOP("ScriptForm", "Budget"),
        QT_TRANSLATE_NOOP("ScriptForm", "Authority"),
        QT_TRANSLATE_NOOP("ScriptForm", "Need"),
        QT_TRANSLATE_NOOP("ScriptForm", "Timeline"),
    )
    for dimension, name in zip(DIMENSIONS, names, strict=True):
        shown = QCoreApplication.translate("ScriptForm", name)
        combo.addItem(f"{dimension}: {shown}", dimension)
    return narrow(combo)


def _points(text: str) -> int | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return int(cleaned)
    except ValueError:
        return None


def bands_text(bands: Any) -> str:
    return ", ".join(f"{threshold}:{points}" for threshold, points in bands or ())


def parse_bands(text: str) -> list[list[Any]] | None:
    """'500:10, 100:5' → [[500, 10], [100, 5]]; None when it does not read."""
    bands: list[list[Any]] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        threshold, _, points = part.partition(":")
        try:
            amount = Decimal(threshold.strip())
            gained = int(points.strip())
        except (InvalidOperation, ValueError):
            return None
        bands.append([int(amount) if amount == amount.to_integral() else float(amount), gained])
    return bands


class QuestionForm(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._question: dict[str, Any] | None = None
        self._filling = False
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Question key"))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Question text"))
        self.type = narrow(QComboBox())
        self.type.setAccessibleName(self.tr("Answer type"))
        for kind in QuestionType:
            self.type.addItem(
                QCoreApplication.translate("ScriptForm", TYPE_WORDS[kind]), kind.value
            )
        self.required = QCheckBox(self.tr("Re&quired"))
        self.dimension = dimension_combo(self, self.tr("the screen's dimension"))
        self.dimension.setAccessibleName(self.tr("Points count for"))
        self.segments = segments_combo(self)
        self.segments.setAccessibleName(self.tr("Question asked of"))
        self.choices = QTableWidget(0, len(CHOICE_COLUMNS))
        self.choices.setHorizontalHeaderLabels(i18n.columns(CHOICE_COLUMNS))
        self.choices.setAccessibleName(self.tr("Answers"))
        editable(self.choices)
        # The disqualifying reason, last, takes the width left: the longest to type.
        self.choices.horizontalHeader().setSectionResizeMode(
            len(CHOICE_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.add_choice = QPushButton(self.tr("Add &choice"))
        self.remove_choice = QPushButton(self.tr("Remove c&hoice"))
        self.bands = QLineEdit()
        self.bands.setPlaceholderText(self.tr("at least:points, e.g. 500:10, 100:5"))
        self.bands.setAccessibleName(self.tr("Point bands"))
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Question problems"))
        self.problems.hide()

        self._lay_out()
        self._connect()
        self.show_question(None)

    def _lay_out(self) -> None:
        form = QGridLayout()
        self._bands_label = QLabel(self.tr("Point bands"))
        for row, column, label, widget in (
            (0, 0, QLabel(self.tr("Question key")), self.key),
            (0, 2, QLabel(self.tr("Answer type")), self.type),
            (1, 0, QLabel(self.tr("Text")), self.text),
            (2, 0, QLabel(self.tr("Points to")), self.dimension),
            (2, 2, QLabel(self.tr("Asked of")), self.segments),
            (3, 0, self.required, None),
            (3, 2, self._bands_label, self.bands),
        ):
            form.addWidget(label, row, column)
            if widget is not None:
                span = 3 if widget is self.text else 1
                form.addWidget(widget, row, column + 1, 1, span)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_choice)
        buttons.addWidget(self.remove_choice)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.choices, 1)
        box.addLayout(buttons)
        box.addWidget(self.problems)

    def _connect(self) -> None:
        self.key.textEdited.connect(self._edited)
        self.text.textEdited.connect(self._edited)
        self.bands.textEdited.connect(self._edited)
        self.required.toggled.connect(self._edited)
        self.dimension.currentIndexChanged.connect(self._edited)
        self.segments.currentIndexChanged.connect(self._edited)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.choices.itemChanged.connect(self._choices_edited)
        self.add_choice.clicked.connect(self.new_choice)
        self.remove_choice.clicked.connect(self.drop_choice)

    # --- showing --------------------------------------------------------------------------

    def show_question(self, question: dict[str, Any] | None) -> None:
        self._question = question
        self._filling = True
        try:
            for widget in (self.key, self.text, self.type, self.required, self.dimension):
                widget.setEnabled(question is not None)
            self.segments.setEnabled(question is not None)
            if question is None:
                self.key.clear()
                self.text.clear()
                self.choices.setRowCount(0)
                self._shape()
                return
            self.key.setText(str(question.get("key", "")))
            self.text.setText(str(question.get("text", "")))
            self.type.setCurrentIndex(max(0, self.type.findData(question.get("type"))))
            self.required.setChecked(bool(question.get("required", False)))
            self.dimension.setCurrentIndex(
                max(0, self.dimension.findData(question.get("dimension")))
            )
            set_segments(self.segments, question.get("segments"))
            self.bands.setText(bands_text(question.get("bands")))
            self._fill_choices()
            self._shape()
        finally:
            self._filling = False

    def show_problems(self, texts: list[str]) -> None:
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))

    def _kind(self) -> str:
        return str(self.type.currentData())

    def _shape(self) -> None:
        """Choices for choice questions, yes and no for yes/no, bands for numbers."""
        kind = self._kind() if self._question is not None else ""
        answers = kind in CHOICE_TYPES or kind == QuestionType.YES_NO.value
        self.choices.setVisible(answers)
        self.add_choice.setVisible(kind in CHOICE_TYPES)
        self.remove_choice.setVisible(kind in CHOICE_TYPES)
        self.bands.setVisible(kind in NUMBER_TYPES)
        self._bands_label.setVisible(kind in NUMBER_TYPES)

    def _fill_choices(self) -> None:
        question = self._question
        assert question is not None
        rows: list[tuple[str, str, str, str, str]] = []
        if question.get("type") == QuestionType.YES_NO.value:
            raw_points = question.get("points")
            points: dict[str, Any] = raw_points if isinstance(raw_points, dict) else {}
            branch = question.get("branch") or {}
            for value in ("yes", "no"):
                gained = points.get(value)
                rows.append(
                    (
                        value,
                        value.title(),
                        "" if gained is None else str(gained),
                        branch.get(value, ""),
                        "",
                    )
                )
        else:
            branch = question.get("branch") or {}
            for option in question.get("options") or ():
                value = str(option.get("value", ""))
                rows.append(
                    (
                        value,
                        str(option.get("label", "")),
                        str(option.get("points", "")) if "points" in option else "",
                        str(option.get("jump") or branch.get(value, "")),
                        str(option.get("disqualify") or ""),
                    )
                )
        fixed = question.get("type") == QuestionType.YES_NO.value
        self.choices.blockSignals(True)
        self.choices.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if fixed and column in (0, 1, 4):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.choices.setItem(row, column, item)
        self.choices.blockSignals(False)
        # All but the last, which takes what is left (sized to its contents, it kept that).
        for column in range(len(CHOICE_COLUMNS) - 1):
            self.choices.resizeColumnToContents(column)

    # --- editing --------------------------------------------------------------------------

    def _edited(self) -> None:
        question = self._question
        if question is None or self._filling:
            return
        question["key"] = self.key.text().strip()
        question["text"] = self.text.text()
        question["required"] = self.required.isChecked()
        for name, value in (
            ("dimension", self.dimension.currentData()),
            ("segments", self.segments.currentData()),
        ):
            if value is None:
                question.pop(name, None)
            else:
                question[name] = value
        if self._kind() in NUMBER_TYPES:
            bands = parse_bands(self.bands.text())
            if bands is not None:
                question["bands"] = bands
        self.changed.emit()

    def _type_changed(self) -> None:
        question = self._question
        if question is None or self._filling:
            return
        kind = self._kind()
        question["type"] = kind
        if kind not in CHOICE_TYPES:
            question.pop("options", None)
        elif not question.get("options"):
            question["options"] = [{"value": "", "label": ""}]
        if kind != QuestionType.YES_NO.value:
            question.pop("branch", None)
            if isinstance(question.get("points"), dict):
                question.pop("points")
        if kind not in NUMBER_TYPES:
            question.pop("bands", None)
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        self._shape()
        self.changed.emit()

    def _cell(self, row: int, column: int) -> str:
        return cell_text(self.choices, row, column)

    def _choices_edited(self) -> None:
        question = self._question
        if question is None or self._filling:
            return
        if question.get("type") == QuestionType.YES_NO.value:
            self._yes_no_edited(question)
        else:
            self._options_edited(question)
        self.changed.emit()

    def _yes_no_edited(self, question: dict[str, Any]) -> None:
        points: dict[str, int] = {}
        branch: dict[str, str] = {}
        for row, value in enumerate(("yes", "no")):
            gained = _points(self._cell(row, 2))
            if gained:
                points[value] = gained
            if self._cell(row, 3):
                branch[value] = self._cell(row, 3)
        for name, found in (("points", points), ("branch", branch)):
            if found:
                question[name] = found
            else:
                question.pop(name, None)

    def _options_edited(self, question: dict[str, Any]) -> None:
        old = list(question.get("options") or ())
        options = []
        for row in range(self.choices.rowCount()):
            option = dict(old[row]) if row < len(old) else {}
            option["value"] = self._cell(row, 0)
            option["label"] = self._cell(row, 1)
            for name, value in (
                ("points", _points(self._cell(row, 2))),
                ("jump", self._cell(row, 3)),
                ("disqualify", self._cell(row, 4)),
            ):
                if value:
                    option[name] = value
                else:
                    option.pop(name, None)
            options.append(option)
        question["options"] = options
        question.pop("branch", None)  # jumps live with their option

    def new_choice(self) -> None:
        question = self._question
        if question is None or self._kind() not in CHOICE_TYPES:
            return
        question.setdefault("options", []).append({"value": "", "label": ""})
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        row = self.choices.rowCount() - 1
        self.choices.setFocus()
        self.choices.setCurrentCell(row, 0)
        self.changed.emit()

    def drop_choice(self) -> None:
        question = self._question
        row = self.choices.currentRow()
        if question is None or self._kind() not in CHOICE_TYPES or row < 0:
            return
        options = list(question.get("options") or ())
        if row < len(options):
            del options[row]
        question["options"] = options
        self._filling = True
        try:
            self._fill_choices()
        finally:
            self._filling = False
        self.choices.setCurrentCell(min(row, self.choices.rowCount() - 1), 0)
        self.changed.emit()
