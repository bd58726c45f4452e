"""Walking a script as a rep would, before it is saved: one screen at a time, what the rep
says and asks filled in as for a sample lead (the Workspace's way, with the person's own name
as the rep's), answers by keyboard, the branch the answers take, and the grade and
recommendation they give."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.widgets.forms import narrow, scrolled
from qualifier_app.ui.widgets.script_text import fill, script_values
from qualifier_app.ui.widgets.segments import segment_label


class ScriptPreview(QWidget):
    def __init__(self, rep_name: str = "") -> None:
        super().__init__()
        self._values = script_values(
            contact_name=self.tr("Alex Sample"),
            first_name=self.tr("Alex"),
            company=self.tr("Sample Company"),
            rep_name=rep_name or self.tr("Alex Sample"),
        )
        self._script: bant.Script | None = None
        self._answers: dict[str, bant.AnswerValue] = {}
        self._screen: str | None = None
        self._path: list[str] = []
        self._inputs: dict[str, QComboBox | QLineEdit] = {}
        self.segment = narrow(QComboBox(), 8)
        for value in ("smb", "enterprise"):
            self.segment.addItem(segment_label(value), value)
        self.title = QLabel(self.tr("Preview"))
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.say = QLabel()  # what the rep says on the screen, filled in
        self.say.setWordWrap(True)
        self.say.hide()
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next screen"))
        self.restart_button = QPushButton(self.tr("R&estart"))
        self._questions = QFormLayout()
        # The question above its answer: the preview is narrow and questions are long.
        self._questions.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        holder = QWidget()
        holder.setLayout(self._questions)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Segment")))
        top.addWidget(self.segment, 1)
        top.addWidget(self.restart_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.title)
        box.addWidget(self.say)
        # A long screen scrolls: squeezed into a 720-pixel screen, its questions overlapped.
        box.addWidget(scrolled(holder), 1)
        box.addWidget(self.problem)
        box.addWidget(self.next_button)
        box.addWidget(self.result)
        self.next_button.clicked.connect(self.next_screen)
        self.restart_button.clicked.connect(self.restart)
        self.segment.currentIndexChanged.connect(self.restart)

    def _segment(self) -> str:
        return str(self.segment.currentData())

    def show_script(self, script: bant.Script | None) -> None:
        self._script = script
        self.restart()

    def restart(self) -> None:
        self._answers = {}
        self._path = []
        self.result.clear()
        screens = self._script.screens_for(self._segment()) if self._script else ()
        self._open(screens[0].key if screens else None)

    def _open(self, key: str | None) -> None:
        while self._questions.rowCount():
            self._questions.removeRow(0)
        self._inputs = {}
        self.problem.clear()
        self._screen = key
        self.say.clear()
        self.say.hide()
        script = self._script
        self.next_button.setEnabled(script is not None and key is not None)
        if script is None or key is None:
            self.title.setText(
                self.tr("Preview: nothing to walk") if script is None else self.tr("Preview")
            )
            return
        screen = script.screen(key)
        self._path.append(key)
        self.title.setText(
            self.tr("Preview — {title} ({join})").format(
                title=screen.title, join=" → ".join(self._path)
            )
        )
        if screen.say:
            self.say.setText(fill(screen.say, self._values))
            self.say.show()
        for question in script.questions_for(screen, self._segment()):
            field: QComboBox | QLineEdit
            if question.type.is_choice:
                field = QComboBox()
                field.addItem("", "")
                for option in question.choices():
                    field.addItem(i18n.translated(option.label), option.value)
            else:
                field = QLineEdit()
            mark = " *" if question.required else ""
            text = fill(question.text, self._values)
            field.setAccessibleName(text)
            label = QLabel(f"{text}{mark}")
            label.setWordWrap(True)  # a long question never widens the editor past the screen
            self._questions.addRow(label, field)
            self._inputs[question.key] = field
        # Tab goes from Restart through the answers to Next screen: rows added later would
        # otherwise come first in the area's tab order, before the versions on the left.
        before: QWidget = self.restart_button
        for field in self._inputs.values():
            QWidget.setTabOrder(before, field)
            before = field
        QWidget.setTabOrder(before, self.next_button)
        first = next(iter(self._inputs.values()), None)
        # Only while the person walks the preview: a version chosen or loaded left the
        # keyboard where it was (the versions, the form), and a hidden area takes none.
        focus = QApplication.focusWidget()
        if (
            first is not None
            and self.isVisible()
            and focus is not None
            and self.isAncestorOf(focus)
        ):
            first.setFocus()

    def answer(self, key: str, value: str) -> None:
        """Set an answer as the rep would pick or type it (an option value for choices)."""
        field = self._inputs[key]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(value))
        else:
            field.setText(value)

    def next_screen(self) -> None:
        script, key, segment = self._script, self._screen, self._segment()
        if script is None or key is None:
            return
        try:
            for question_key, field in self._inputs.items():
                raw = field.currentData() if isinstance(field, QComboBox) else field.text()
                value = bant.parse_answer(script.question(question_key), raw)
                if value is None:
                    self._answers.pop(question_key, None)
                else:
                    self._answers[question_key] = value
        except InvalidInput as exc:
            self.problem.setText(i18n.translated(str(exc)))
            return
        shown, _ = bant.active_questions(script, script.screen(key), segment, self._answers)
        missing = [
            fill(q.text, self._values) for q in shown if q.required and q.key not in self._answers
        ]
        if missing:
            self.problem.setText(self.tr("Required: {value}").format(value=missing[0]))
            return
        following = bant.next_screen(script, segment, key, self._answers)
        if following is None or following in bant.SPECIAL_TARGETS:
            self._finish(following)
        else:
            self._open(following)

    def _finish(self, ended_by: str | None) -> None:
        assert self._script is not None
        assessment = bant.assess(
            self._script, self._segment(), self._answers, datetime.now(UTC).date()
        )
        how = {
            bant.END: self.tr("ended early"),
            bant.CALLBACK: self.tr("ended: call back"),
        }.get(ended_by or "", self.tr("after the last screen"))
        self.result.setText(
            self.tr("The script {how}. {text}").format(
                how=how, text=i18n.translated(assessment.text())
            )
        )
        self._open(None)
        self.title.setText(self.tr("Preview — done ({join})").format(join=" → ".join(self._path)))
