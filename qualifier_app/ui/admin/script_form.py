"""The BANT script as a form: the script's name and title; its screens in order, each with
its key, title, what the rep says, the dimension its points count for and the segments that
see it; each screen's questions (script_form_question); the pass rules per segment and grade
(script_form_rules).

The form edits a copy of the definition and says `changed` after every edit; the area turns
it into JSON, validates it and walks it in the preview. Problems are shown next to the screen
and question they name (a marked list entry and the message under its fields)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.bant import SPECIAL_TARGETS
from qualifier_app.domain.bant_validation import Problem, check_script
from qualifier_app.ui.admin.form_and_json import DefinitionForm
from qualifier_app.ui.admin.script_form_question import (
    QuestionForm,
    dimension_combo,
    segments_combo,
    set_segments,
)
from qualifier_app.ui.admin.script_form_rules import PassRulesTable
from qualifier_app.ui.shell import i18n

MARK = "⚠ "


def _unique(base: str, taken: set[str]) -> str:
    number = 1
    while f"{base}_{number}" in taken:
        number += 1
    return f"{base}_{number}"


class ScriptForm(DefinitionForm):
    def __init__(self) -> None:
        super().__init__()
        self.definition: dict[str, Any] = {}
        self._filling = False
        self._screen_key_before = ""
        self._problems: list[Problem] = []

        self.name = QLineEdit()
        self.title = QLineEdit()
        self.recycle = QSpinBox()
        self.recycle.setRange(1, 60)
        self.recycle.setSuffix(self.tr(" months"))
        header = QHBoxLayout()
        for label, widget, name in (
            (self.tr("Na&me"), self.name, self.tr("Script name")),
            (self.tr("Tit&le"), self.title, self.tr("Script title")),
            (self.tr("Nurture af&ter"), self.recycle, self.tr("Default recycle months")),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            header.addWidget(caption)
            header.addWidget(widget, 1)
        self.script_problems = QLabel()
        self.script_problems.setObjectName("fieldError")
        self.script_problems.setWordWrap(True)
        self.script_problems.setAccessibleName(self.tr("Script problems"))
        self.script_problems.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_screens(), self.tr("Screens and questions"))
        self.rules = PassRulesTable()
        self.tabs.addTab(self.rules, self.tr("Pass rules and grades"))

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(header)
        box.addWidget(self.script_problems)
        box.addWidget(self.tabs, 1)

        self.name.textEdited.connect(self._script_edited)
        self.title.textEdited.connect(self._script_edited)
        self.recycle.valueChanged.connect(self._script_edited)
        self.screens.currentRowChanged.connect(self._screen_chosen)
        self.questions.currentRowChanged.connect(self._question_chosen)
        for line in (self.screen_key, self.screen_title, self.screen_say):
            line.textEdited.connect(self._screen_edited)
        self.screen_key.editingFinished.connect(self._screen_renamed)
        self.screen_dimension.currentIndexChanged.connect(self._screen_edited)
        self.screen_segments.currentIndexChanged.connect(self._screen_edited)
        self.question.changed.connect(self._question_edited)
        self.rules.changed.connect(self._emit)
        self.add_screen.clicked.connect(self.new_screen)
        self.remove_screen.clicked.connect(self.drop_screen)
        self.screen_up.clicked.connect(lambda: self.move_screen(-1))
        self.screen_down.clicked.connect(lambda: self.move_screen(1))
        self.add_question.clicked.connect(self.new_question)
        self.remove_question.clicked.connect(self.drop_question)
        self.question_up.clicked.connect(lambda: self.move_question(-1))
        self.question_down.clicked.connect(lambda: self.move_question(1))

    def _build_screens(self) -> QWidget:
        self.screens = QListWidget()
        self.screens.setAccessibleName(self.tr("Screens"))
        self.add_screen = QPushButton(self.tr("&Add screen"))
        self.remove_screen = QPushButton(self.tr("&Remove screen"))
        self.screen_up = QPushButton(self.tr("Screen u&p"))
        self.screen_down = QPushButton(self.tr("Screen d&own"))
        self.screen_key = QLineEdit()
        self.screen_key.setAccessibleName(self.tr("Screen key"))
        self.screen_title = QLineEdit()
        self.screen_title.setAccessibleName(self.tr("Screen title"))
        self.screen_say = QLineEdit()
        self.screen_say.setAccessibleName(self.tr("What the rep says"))
        self.screen_dimension: QComboBox = dimension_combo(self, self.tr("no points"))
        self.screen_dimension.setAccessibleName(self.tr("Screen points count for"))
        self.screen_segments = segments_combo(self)
        self.screen_segments.setAccessibleName(self.tr("Screen shown to"))
        self.screen_problems = QLabel()
        self.screen_problems.setObjectName("fieldError")
        self.screen_problems.setWordWrap(True)
        self.screen_problems.setAccessibleName(self.tr("Screen problems"))
        self.screen_problems.hide()
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Questions"))
        self.add_question = QPushButton(self.tr("Add q&uestion"))
        self.remove_question = QPushButton(self.tr("Remo&ve question"))
        self.question_up = QPushButton(self.tr("Question up"))
        self.question_down = QPushButton(self.tr("Question down"))
        self.question = QuestionForm()

        return self._lay_out_screens()

    def _lay_out_screens(self) -> QWidget:
        screen_fields = QGridLayout()
        for row, column, label, widget in (
            (0, 0, self.tr("Screen key"), self.screen_key),
            (0, 2, self.tr("Title"), self.screen_title),
            (1, 0, self.tr("Rep says"), self.screen_say),
            (2, 0, self.tr("Points to"), self.screen_dimension),
            (2, 2, self.tr("Shown to"), self.screen_segments),
        ):
            screen_fields.addWidget(QLabel(label), row, column)
            span = 3 if widget is self.screen_say else 1
            screen_fields.addWidget(widget, row, column + 1, 1, span)
        screen_fields.addWidget(self.screen_problems, 3, 0, 1, 4)
        screen_fields.setColumnStretch(1, 1)
        screen_fields.setColumnStretch(3, 1)

        # One button a row: side by side they made the editor wider than a 1280-pixel
        # screen in the longer languages. The lists give up height for them instead.
        left = QWidget()
        stack = QVBoxLayout(left)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(3)
        for listing in (self.screens, self.questions):
            listing.setMinimumHeight(48)
        stack.addWidget(QLabel(self.tr("Screens, in order")))
        stack.addWidget(self.screens, 2)
        for button in (self.add_screen, self.remove_screen, self.screen_up, self.screen_down):
            stack.addWidget(button)
        stack.addWidget(QLabel(self.tr("Questions of the screen")))
        stack.addWidget(self.questions, 3)
        for button in (
            self.add_question,
            self.remove_question,
            self.question_up,
            self.question_down,
        ):
            stack.addWidget(button)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(screen_fields)
        right_box.addWidget(self.question, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        return splitter

    # --- loading --------------------------------------------------------------------------

    def load(self, definition: dict[str, Any]) -> None:
        """Show a definition; the form edits its own copy."""
        self.definition = copy.deepcopy(definition)
        self.definition.setdefault("screens", [])
        self._filling = True
        try:
            self.name.setText(str(self.definition.get("name", "")))
            self.title.setText(str(self.definition.get("title", "")))
            self.recycle.setValue(int(self.definition.get("default_recycle_months", 3) or 3))
        finally:
            self._filling = False
        self.rules.show_rules(self.definition)
        self._fill_screens(0)
        self._mark()

    def current(self) -> dict[str, Any]:
        return self.definition

    def _screen_list(self) -> list[dict[str, Any]]:
        screens = self.definition.setdefault("screens", [])
        assert isinstance(screens, list)
        return screens

    def _screen(self) -> dict[str, Any] | None:
        row = self.screens.currentRow()
        screens = self._screen_list()
        return screens[row] if 0 <= row < len(screens) else None

    def _question_list(self) -> list[dict[str, Any]]:
        screen = self._screen()
        if screen is None:
            return []
        questions = screen.setdefault("questions", [])
        assert isinstance(questions, list)
        return questions

    def _fill_screens(self, select: int) -> None:
        self.screens.blockSignals(True)
        self.screens.clear()
        for screen in self._screen_list():
            self.screens.addItem(f"{screen.get('key', '')} — {screen.get('title', '')}")
        self.screens.blockSignals(False)
        self.screens.setCurrentRow(min(select, self.screens.count() - 1))
        self._screen_chosen()

    def _screen_chosen(self) -> None:
        screen = self._screen()
        self._filling = True
        try:
            for widget in (
                self.screen_key,
                self.screen_title,
                self.screen_say,
                self.screen_dimension,
                self.screen_segments,
            ):
                widget.setEnabled(screen is not None)
            screen = screen or {}
            self.screen_key.setText(str(screen.get("key", "")))
            self._screen_key_before = self.screen_key.text()
            self.screen_title.setText(str(screen.get("title", "")))
            self.screen_say.setText(str(screen.get("say", "")))
            self.screen_dimension.setCurrentIndex(
                max(0, self.screen_dimension.findData(screen.get("dimension")))
            )
            set_segments(self.screen_segments, screen.get("segments"))
        finally:
            self._filling = False
        self._fill_questions(0)
        self._mark()

    def _fill_questions(self, select: int) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for question in self._question_list():
            self.questions.addItem(f"{question.get('key', '')}: {question.get('text', '')}")
        self.questions.blockSignals(False)
        self.questions.setCurrentRow(min(select, self.questions.count() - 1))
        self._question_chosen()

    def _question_chosen(self) -> None:
        row = self.questions.currentRow()
        questions = self._question_list()
        self.question.show_question(questions[row] if 0 <= row < len(questions) else None)
        self._mark()

    # --- editing --------------------------------------------------------------------------

    def _emit(self) -> None:
        self._mark()
        self.changed.emit()

    def _script_edited(self) -> None:
        if self._filling:
            return
        self.definition["name"] = self.name.text().strip()
        self.definition["title"] = self.title.text()
        self.definition["default_recycle_months"] = self.recycle.value()
        self._emit()

    def _screen_edited(self) -> None:
        screen = self._screen()
        if screen is None or self._filling:
            return
        screen["key"] = self.screen_key.text().strip()
        screen["title"] = self.screen_title.text()
        say = self.screen_say.text()
        for name, value in (
            ("say", say or None),
            ("dimension", self.screen_dimension.currentData()),
            ("segments", self.screen_segments.currentData()),
        ):
            if value is None:
                screen.pop(name, None)
            else:
                screen[name] = value
        item = self.screens.currentItem()
        if item is not None:
            item.setText(f"{screen['key']} — {screen['title']}")
        self._emit()

    def _screen_renamed(self) -> None:
        """Jumps to a renamed screen follow it."""
        old, new = self._screen_key_before, self.screen_key.text().strip()
        self._screen_key_before = new
        if not old or old == new or old in SPECIAL_TARGETS:
            return
        for screen in self._screen_list():
            for question in screen.get("questions") or ():
                branch = question.get("branch") or {}
                for answer, target in list(branch.items()):
                    if target == old:
                        branch[answer] = new
                for option in question.get("options") or ():
                    if option.get("jump") == old:
                        option["jump"] = new
        self._question_chosen()
        self._emit()

    def _question_edited(self) -> None:
        item = self.questions.currentItem()
        row = self.questions.currentRow()
        questions = self._question_list()
        if item is not None and 0 <= row < len(questions):
            question = questions[row]
            item.setText(f"{question.get('key', '')}: {question.get('text', '')}")
        self._emit()

    def new_screen(self) -> None:
        screens = self._screen_list()
        key = _unique("screen", {str(s.get("key")) for s in screens})
        at = self.screens.currentRow() + 1 if screens else 0
        question_keys = {str(q.get("key")) for s in screens for q in s.get("questions") or ()}
        question = {"key": _unique("question", question_keys), "type": "text", "text": ""}
        screens.insert(at, {"key": key, "title": self.tr("New screen"), "questions": [question]})
        self._fill_screens(at)
        self.screen_key.setFocus()
        self.screen_key.selectAll()
        self._emit()

    def drop_screen(self) -> None:
        row = self.screens.currentRow()
        screens = self._screen_list()
        if not 0 <= row < len(screens):
            return
        del screens[row]
        self._fill_screens(max(0, row - 1))
        self.screens.setFocus()
        self._emit()

    def move_screen(self, step: int) -> None:
        row = self.screens.currentRow()
        screens = self._screen_list()
        to = row + step
        if not (0 <= row < len(screens) and 0 <= to < len(screens)):
            return
        screens[row], screens[to] = screens[to], screens[row]
        self._fill_screens(to)
        self._emit()

    def new_question(self) -> None:
        screen = self._screen()
        if screen is None:
            return
        questions = self._question_list()
        taken = {str(q.get("key")) for s in self._screen_list() for q in s.get("questions") or ()}
        at = self.questions.currentRow() + 1 if questions else 0
        questions.insert(at, {"key": _unique("question", taken), "type": "text", "text": ""})
        self._fill_questions(at)
        self.question.key.setFocus()
        self.question.key.selectAll()
        self._emit()

    def drop_question(self) -> None:
        row = self.questions.currentRow()
        questions = self._question_list()
        if not 0 <= row < len(questions):
            return
        del questions[row]
        self._fill_questions(max(0, row - 1))
        self.questions.setFocus()
        self._emit()

    def move_question(self, step: int) -> None:
        row = self.questions.currentRow()
        questions = self._question_list()
        to = row + step
        if not (0 <= row < len(questions) and 0 <= to < len(questions)):
            return
        questions[row], questions[to] = questions[to], questions[row]
        self._fill_questions(to)
        self._emit()

    # --- problems next to their screen and question ----------------------------------------

    def _mark(self) -> None:
        self._problems = check_script(self.definition) if self.definition else []
        by_screen: dict[str, list[Problem]] = {}
        for problem in self._problems:
            by_screen.setdefault(problem.screen or "", []).append(problem)
        for row, screen in enumerate(self._screen_list()):
            item = self.screens.item(row)
            if item is None:
                continue
            found = by_screen.get(str(screen.get("key", "")), [])
            text = f"{screen.get('key', '')} — {screen.get('title', '')}"
            item.setText(MARK + text if found else text)
            item.setToolTip("\n".join(i18n.translated(p.text()) for p in found))
        current = self._screen() or {}
        here = by_screen.get(str(current.get("key", "")), []) if current else []
        question_keys = [str(q.get("key", "")) for q in current.get("questions") or ()]
        for row, key in enumerate(question_keys):
            item = self.questions.item(row)
            if item is None:
                continue
            found = [p for p in here if p.question == key]
            text = item.text().removeprefix(MARK)
            item.setText(MARK + text if found else text)
            item.setToolTip("\n".join(i18n.translated(p.message) for p in found))
        row = self.questions.currentRow()
        chosen = question_keys[row] if 0 <= row < len(question_keys) else None
        self.question.show_problems(
            [i18n.translated(p.message) for p in here if chosen and p.question == chosen]
        )
        screen_only = [
            i18n.translated(p.message)
            for p in here
            if not p.question or p.question not in question_keys
        ]
        self.screen_problems.setText("\n".join(screen_only))
        self.screen_problems.setVisible(bool(screen_only))
        unplaced = [p for p in self._problems if not p.screen]
        general = [i18n.translated(p.text()) for p in unplaced]
        # Read in English (a message's own text), shown in the person's language.
        rules = [
            i18n.translated(p.text())
            for p in unplaced
            if "pass rules" in p.message or "graded D" in p.message
        ]
        self.rules.show_problems(rules)
        self.script_problems.setText("\n".join(general))
        self.script_problems.setVisible(bool(general))

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)
