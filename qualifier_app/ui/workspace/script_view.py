"""The BANT script, one screen at a time, answered from the keyboard.

Choice questions take number keys (1 picks the first option; yes/no also takes Y and N);
Tab moves between questions; Alt+Right / Page Down goes to the next screen the answers
lead to, Alt+Left / Page Up back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.widgets.script_text import fill
from qualifier_app.ui.widgets.scrolling import keep_focus_in_view
from qualifier_app.ui.workspace import check_call_mode
from qualifier_app.ui.workspace.session import LeadSession


class QuestionWidget(QFrame):
    """One question: its text, its input, and a problem line under it."""

    changed = Signal(str, object)  # question key, raw JSON-safe value or None
    answered = Signal(str)  # a choice was made from the keyboard: move on

    def __init__(self, question: bant.Question, text: str) -> None:
        super().__init__()
        self.question = question
        self.setObjectName("question")
        self.label = QLabel(text + (" *" if question.required else ""))
        self.label.setWordWrap(True)
        self.label.setObjectName("questionText")
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 4, 6, 4)
        self.layout_.setSpacing(3)
        self.layout_.addWidget(self.label)
        self._loading = False
        self.currency: str | None = None  # the center's, once a lead is loaded

    def set_value(self, raw: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def show_question(self, text: str, note: str = "") -> None:
        """The question as filled in for this lead, on screen and to screen readers."""
        self.label.setText(text + (" *" if self.question.required else "") + note)
        self.name_inputs(text)

    def name_inputs(self, text: str) -> None:
        raise NotImplementedError

    def set_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _emit(self, raw: Any) -> None:
        if not self._loading:
            self.changed.emit(self.question.key, raw)


class ChoiceQuestion(QuestionWidget):
    def __init__(self, question: bant.Question, text: str) -> None:
        super().__init__(question, text)
        self.options = question.choices()
        self.multiple = question.type is bant.QuestionType.MULTIPLE_CHOICE
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QAbstractButton] = []
        row = QVBoxLayout()
        row.setSpacing(1)
        for index, option in enumerate(self.options, start=1):
            label = i18n.translated(option.label)
            caption = f"{index}  {label}" if index <= 9 else label
            button: QAbstractButton = QCheckBox(caption) if self.multiple else QRadioButton(caption)
            button.installEventFilter(self)
            self.group.addButton(button, index - 1)
            self.buttons.append(button)
            row.addWidget(button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.problem)
        self.name_inputs(text)
        self.group.buttonToggled.connect(self._toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self._index_for_key(event)
            if index is not None:
                self.pick(index)
                return True
        return super().eventFilter(watched, event)

    def _index_for_key(self, event: QKeyEvent) -> int | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        text = event.text().lower()
        if text.isdigit() and 1 <= int(text) <= len(self.options):
            return int(text) - 1
        if self.question.type is bant.QuestionType.YES_NO and text in {"y", "n"}:
            return 0 if text == "y" else 1
        return None

    def pick(self, index: int) -> None:
        button = self.buttons[index]
        if self.multiple:
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()
        if not self.multiple:
            self.answered.emit(self.question.key)

    def _toggled(self, *_: Any) -> None:
        self._emit(self.value())

    def value(self) -> Any:
        chosen = [o.value for o, b in zip(self.options, self.buttons, strict=True) if b.isChecked()]
        if self.multiple:
            return chosen or None
        if not chosen:
            return None
        if self.question.type is bant.QuestionType.YES_NO:
            return chosen[0] == "yes"
        return chosen[0]

    def set_value(self, raw: Any) -> None:
        self._loading = True
        try:
            self.group.setExclusive(False)
            if raw is True:
                raw = "yes"
            elif raw is False:
                raw = "no"
            values = set(raw) if isinstance(raw, list | tuple) else {raw}
            for option, button in zip(self.options, self.buttons, strict=True):
                button.setChecked(option.value in values)
            self.group.setExclusive(not self.multiple)
        finally:
            self._loading = False

    def focus_target(self) -> QWidget:
        return next((b for b in self.buttons if b.isChecked()), self.buttons[0])

    def name_inputs(self, text: str) -> None:
        for option, button in zip(self.options, self.buttons, strict=True):
            button.setAccessibleName(f"{text}: {i18n.translated(option.label)}")


class TextQuestion(QuestionWidget):
    """Text, numbers, amounts and dates: typed in a line, checked as they are typed."""

    def __init__(self, question: bant.Question, text: str) -> None:
        super().__init__(question, text)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(text)
        kind = question.type
        if kind is bant.QuestionType.DATE:
            self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif kind is bant.QuestionType.CURRENCY:
            self.edit.setPlaceholderText(self.tr("amount, e.g. 120000"))
        elif kind is bant.QuestionType.NUMBER:
            self.edit.setPlaceholderText(self.tr("a number"))
        self.layout_.addWidget(self.edit)
        self.layout_.addWidget(self.problem)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(lambda: self.answered.emit(self.question.key))

    def _edited(self, text: str) -> None:
        try:
            bant.parse_answer(self.question, text, self.currency)
        except InvalidInput as exc:
            self.set_problem(i18n.problem_text(exc))
            style.set_invalid(self.edit, True)
        else:
            self.set_problem("")
            style.set_invalid(self.edit, False)
        self._emit(text if text.strip() else None)

    def set_value(self, raw: Any) -> None:
        self._loading = True
        try:
            self.edit.setText("" if raw is None else str(raw))
            self._edited(self.edit.text())
        finally:
            self._loading = False

    def focus_target(self) -> QWidget:
        return self.edit

    def name_inputs(self, text: str) -> None:
        self.edit.setAccessibleName(text)


def question_widget(question: bant.Question, text: str) -> QuestionWidget:
    if question.type.is_choice:
        return ChoiceQuestion(question, text)
    return TextQuestion(question, text)


class ScriptView(QFrame):
    changed = Signal()  # an answer changed
    ended = Signal(str)  # bant.END, bant.CALLBACK or "" after the last screen

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("card")
        self._today = today
        self.session: LeadSession | None = None
        self.widgets: dict[str, QuestionWidget] = {}
        self.screen_frames: dict[str, QWidget] = {}
        self._built_for: tuple[int, str] | None = None
        self._builds: dict[
            tuple[int, str], tuple[dict[str, QuestionWidget], dict[str, QWidget]]
        ] = {}
        self._trail: list[str] = []
        self._values: dict[str, str] = {}

        self.heading = QLabel(self.tr("Script"))
        self.heading.setObjectName("sectionTitle")
        self.heading.setAccessibleName(self.tr("Script screen"))
        self.say = QLabel()
        self.say.setObjectName("say")
        self.say.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        keep_focus_in_view(scroll)
        self._scroll = scroll
        self._tab_after: QWidget = scroll  # the questions of the screens built so far follow
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.back_button.setAccessibleName(self.tr("Previous script screen"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next script screen"))
        self.assessment = QLabel(self.tr("Answer the script to see the grade"))
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        self.assessment.setAccessibleName(self.tr("Grade and recommendation"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.say)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.assessment)
        self.back_button.clicked.connect(self.previous_screen)
        self.next_button.clicked.connect(self.next_screen)
        # Tab from a screen's last question goes on to Next (the questions are put before it).
        QWidget.setTabOrder(self.next_button, self.back_button)

    # --- loading ----------------------------------------------------------------------------

    def load(self, session: LeadSession, values: dict[str, str]) -> None:
        self.session = session
        self._values = values
        key = (session.item.script.id, bant.segment_key(session.segment))
        if key != self._built_for:
            for frame in self.screen_frames.values():
                frame.hide()
            # Widgets are built once per script version and segment, then reused.
            if key not in self._builds:
                self._builds[key] = self._build(session)
            self.widgets, self.screen_frames = self._builds[key]
            self._built_for = key
        for widget in self.widgets.values():
            widget.currency = session.currency
            self._show_question(widget)
            widget.set_problem("")  # another lead's; a restored answer says its own
            widget.set_value(session.answers.get(widget.question.key))
        first = session.script.screens_for(session.segment)[0].key
        self._trail = self._trail_to(session, session.screen or first)
        self.show_screen(session.screen or first, remember=False)

    def _trail_to(self, session: LeadSession, key: str) -> list[str]:
        """What Back goes through from `key` for a lead opened there (a restored draft, a lead
        given back with its typed work): the screens its answers lead through before it, or,
        where they do not lead to it, the screens before it in the script."""
        typed, _ = session.typed_answers()
        path = list(bant.walk(session.script, session.segment, typed).screens)
        if key in path:
            return path[: path.index(key)]
        keys = self.screens()
        return keys[: keys.index(key)] if key in keys else []

    def _show_question(self, widget: QuestionWidget) -> None:
        """The question as the script words it, filled in for the lead; an earlier answer,
        pre-filled, says so."""
        key = widget.question.key
        earlier = self.session is not None and self.session.is_earlier(key)
        note = self.tr("  — earlier answer: confirm or change it") if earlier else ""
        currency = self.session.currency if self.session is not None else None
        text = bant.question_text(widget.question, currency)
        widget.show_question(fill(text, self._values), note)

    def _build(self, session: LeadSession) -> tuple[dict[str, QuestionWidget], dict[str, QWidget]]:
        return self._build_for(session.script, session.segment)

    def prepare(self, script: bant.Script, script_id: int, segment: str) -> None:
        """Build and polish the screens for a script and segment ahead of the first lead."""
        key = (script_id, bant.segment_key(segment))
        if key not in self._builds:
            self._builds[key] = self._build_for(script, segment)
            for frame in self._builds[key][1].values():
                frame.ensurePolished()

    def _build_for(
        self, script: bant.Script, segment: str | None
    ) -> tuple[dict[str, QuestionWidget], dict[str, QWidget]]:
        widgets: dict[str, QuestionWidget] = {}
        frames: dict[str, QWidget] = {}
        for screen in script.screens_for(segment):
            frame = QWidget()
            column = QVBoxLayout(frame)
            column.setContentsMargins(0, 0, 0, 0)
            for question in script.questions_for(screen, segment):
                widget = question_widget(question, question.text)
                widget.changed.connect(self._answered)
                widget.answered.connect(self._move_on)
                widgets[question.key] = widget
                column.addWidget(widget)
            column.addStretch()
            frame.hide()
            frames[screen.key] = frame
            self.body_layout.addWidget(frame)
        self._tab_before_next(widgets.values())
        return widgets, frames

    def _tab_before_next(self, questions: Iterable[QuestionWidget]) -> None:
        """Screens built after the rest of the window would come last in the Tab order: their
        questions go after the scroll area, and so before Next."""
        for question in questions:
            for target in question.findChildren(QWidget):
                if target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    QWidget.setTabOrder(self._tab_after, target)
                    self._tab_after = target
        if self._tab_after is not self._scroll:
            # Anchored: the page itself is no Tab stop (it was one, showing no focus).
            self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def clear(self) -> None:
        self.session = None
        for frame in self.screen_frames.values():
            frame.hide()
        self.heading.setText(self.tr("Script"))
        self.say.setText("")
        self.assessment.setText(self.tr("Answer the script to see the grade"))

    # --- moving between screens -------------------------------------------------------------

    def screens(self) -> list[str]:
        assert self.session is not None
        return [s.key for s in self.session.script.screens_for(self.session.segment)]

    def current(self) -> str | None:
        return self.session.screen if self.session else None

    def show_screen(self, key: str, *, remember: bool = True) -> None:
        session = self.session
        if session is None or key not in self.screen_frames:
            return
        if remember and session.screen and session.screen != key:
            self._trail.append(session.screen)
        for name, frame in self.screen_frames.items():
            frame.setVisible(name == key)
        session.screen = key
        screen = session.script.screen(key)
        keys = self.screens()
        self.heading.setText(
            self.tr("{title} — screen {value} of {len}").format(
                title=screen.title, value=keys.index(key) + 1, len=len(keys)
            )
        )
        self.say.setText(fill(screen.say, self._values) if screen.say else "")
        self.say.setVisible(bool(screen.say))
        self.back_button.setEnabled(bool(self._trail))
        self._refresh()
        widgets = self._active_widgets()
        if widgets:
            widgets[0].focus_target().setFocus()

    def next_screen(self) -> None:
        session = self.session
        if session is None or session.screen is None:
            return
        typed, _ = session.typed_answers()
        target = bant.next_screen(session.script, session.segment, session.screen, typed)
        if target is None or target in bant.SPECIAL_TARGETS:
            self.ended.emit(target or "")
            return
        self.show_screen(target)

    def previous_screen(self) -> None:
        if self._trail:
            self.show_screen(self._trail.pop(), remember=False)
            self.back_button.setEnabled(bool(self._trail))

    def _active_widgets(self) -> list[QuestionWidget]:
        session = self.session
        if session is None or session.screen is None:
            return []
        typed, _ = session.typed_answers()
        screen = session.script.screen(session.screen)
        shown, _ = bant.active_questions(session.script, screen, session.segment, typed)
        return [self.widgets[q.key] for q in shown]

    def _move_on(self, key: str) -> None:
        active = self._active_widgets()
        keys = [w.question.key for w in active]
        if key in keys and keys.index(key) + 1 < len(keys):
            active[keys.index(key) + 1].focus_target().setFocus()
        else:
            self.next_button.setFocus()

    # --- answers ----------------------------------------------------------------------------

    def _answered(self, key: str, raw: Any) -> None:
        if self.session is None:
            return
        if raw is None:
            self.session.answers.pop(key, None)
        else:
            self.session.answers[key] = raw
        if self.session.earlier.pop(key, None) is not None and key in self.widgets:
            self._show_question(self.widgets[key])
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        session = self.session
        if session is None or session.screen is None:
            return
        active = {w.question.key for w in self._active_widgets()}
        screen = session.script.screen(session.screen)
        for question in session.script.questions_for(screen, session.segment):
            self.widgets[question.key].setEnabled(question.key in active)
        assessment = session.assessment(self._today())
        if check_call_mode.is_check_call(session):
            self.assessment.setText(check_call_mode.progress(assessment))
        elif assessment is None:
            self.assessment.setText(self.tr("Answer the script to see the grade"))
        elif assessment.complete:
            self.assessment.setText(i18n.translated(assessment.text()))
        else:
            points = " · ".join(f"{d} {assessment.points.get(d, 0)}" for d in bant.DIMENSIONS)
            self.assessment.setText(self.tr("Points so far: {points}").format(points=points))

    def show_problem(self, key: str, message: str) -> bool:
        """Show a problem at its question (and go to its screen); False if no such question."""
        widget = self.widgets.get(key)
        if widget is None or self.session is None:
            return False
        for screen in self.session.script.screens_for(self.session.segment):
            if any(q.key == key for q in screen.questions):
                self.show_screen(screen.key)
        widget.set_problem(message)
        widget.focus_target().setFocus()
        return True
