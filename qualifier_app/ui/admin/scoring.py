"""The scoring rules editor (supervisors, administrators): the stored versions, the rules as a
form (scoring_form; the JSON on a second tab) with live validation, a preview of what applying
them would do to the queued leads nobody has worked yet (score, segment, queue), and Apply,
which saves a new version and rescores those leads.

Apply says which version the editor started from: one saved at another workstation meanwhile
is never overwritten unseen. It is refused next to the editor, the versions are read again and
the rules typed stay; applying again replaces the newer version knowingly."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.scoring import check_rules
from qualifier_app.services.admin.scoring_rules import AppliedRules, RulesPreview, RulesVersion
from qualifier_app.ui.admin.form_and_json import FormAndJson
from qualifier_app.ui.admin.live_list import LiveList
from qualifier_app.ui.admin.scoring_form import ScoringForm
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.i18n import QT_TRANSLATE_NOOP
from qualifier_app.ui.widgets.forms import EditorForm, fill_table, make_table, message_of

CHECK_DELAY_MS = 300
VERSION_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Version"),
    QT_TRANSLATE_NOOP("Columns", "Saved"),
    QT_TRANSLATE_NOOP("Columns", "By"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
)


class ScoringRulesArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self._context = context
        self._actor = context.signed_in.actor
        self._versions: tuple[RulesVersion, ...] = ()
        self._rules: dict[str, Any] | None = None
        self._previewed: str | None = None  # the text the preview pane describes
        self._base: int | None = None  # the newest version the rules on screen started from
        self.table = make_table(VERSION_HEADERS, self.tr("Scoring rules versions"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("subtitle")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table)
        left_box.addWidget(self.status)

        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(self.tr("Scoring rules JSON"))
        self.check = QLabel(self.tr("Choose a version to edit"))
        self.check.setObjectName("subtitle")
        self.check.setWordWrap(True)
        self.check.setAccessibleName(self.tr("Scoring rules problems"))
        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        self.form = ScoringForm()
        self.views = FormAndJson(self.form, self.editor)
        middle_box.addWidget(self.views, 1)
        middle_box.addWidget(self.check)
        right = self._build_effect_panel()
        middle_box.addWidget(self._build_apply_row())

        splitter = QSplitter()
        for widget, stretch in ((left, 2), (middle, 4), (right, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        QVBoxLayout(self).addWidget(splitter)

        self._checker = QTimer(self)
        self._checker.setSingleShot(True)
        self._checker.setInterval(CHECK_DELAY_MS)
        self._checker.timeout.connect(self.validate)
        self.editor.textChanged.connect(self._checker.start)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.applying.save_button.clicked.connect(self.apply)
        self.reason.returnPressed.connect(self.apply)
        self.applying.save_button.setEnabled(False)
        self.live = LiveList(self, context, self.reload)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Loaded when first shown: a tab nobody opens costs the database nothing.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _build_effect_panel(self) -> QWidget:
        self.preview = QLabel(
            self.tr("The effect on the queue shows here once the rules validate.")
        )
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Effect of the rules"))
        right = QWidget()
        right_box = QVBoxLayout(right)
        heading = QLabel(self.tr("Effect on queued leads not yet worked"))
        heading.setObjectName("subtitle")
        heading.setWordWrap(True)
        right_box.addWidget(heading)
        right_box.addWidget(self.preview)
        right_box.addStretch()
        return right

    def _build_apply_row(self) -> QWidget:
        """Why and the button on one line under the form, as in the script editor: in the
        column of the effect the field was too narrow for its hint."""
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("what changes and why (kept in the audit)"))
        self.applying = EditorForm(self.tr("Preview, then apply"), self.tr("&Apply and rescore"))
        return self.applying.in_one_line("reason", self.tr("&Why"), self.reason)

    def reload(self) -> None:
        service, actor = self._context.services.scoring_rules, self._actor
        self._context.workers.submit(lambda: service.versions(actor), self._listed, self._failed)

    def _listed(self, versions: tuple[RulesVersion, ...]) -> None:
        first = not self._versions
        self._versions = versions
        fill_table(self.table, [list(v.cells()) for v in versions])
        self.status.setText(
            i18n.plural(
                len(versions),
                QT_TRANSLATE_NOOP("Counts", "{n} version"),
                QT_TRANSLATE_NOOP("Counts", "{n} versions"),
            )
        )
        if first and versions:
            self.table.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.editor.document().isModified():
            return  # an edit in progress is never replaced by a click in the list
        chosen = self._versions[rows[0].row()]
        # An older version chosen while a newer one is listed is started from knowingly.
        base = max(chosen.version, self._newest())
        service, actor = self._context.services.scoring_rules, self._actor
        if chosen.saved_at is None:
            job = lambda: (base, service.current(actor))  # noqa: E731 - the shipped rules
        else:
            job = lambda: (base, service.definition(actor, chosen.version))  # noqa: E731
        self._context.workers.submit(job, self._started_from, self._failed)

    def _newest(self) -> int:
        return max((v.version for v in self._versions), default=0)

    def _started_from(self, loaded: tuple[int, dict[str, Any]]) -> None:
        self._base, rules = loaded
        self._load(rules)

    def _load(self, rules: dict[str, Any]) -> None:
        self.views.load(rules)
        self.validate()

    def validate(self) -> bool:
        """Check the text as it is typed; a valid text is previewed against the queue."""
        self._checker.stop()
        self._rules = None
        self._previewed = None
        self.applying.save_button.setEnabled(False)
        text = self.editor.toPlainText()
        try:
            rules = json.loads(text)
        except json.JSONDecodeError as exc:
            return self._invalid(
                self.tr("Not JSON: {problem} at line {line}, column {column}").format(
                    problem=exc.msg, line=exc.lineno, column=exc.colno
                )
            )
        if not isinstance(rules, dict):
            return self._invalid(self.tr("The rules must be a JSON object"))
        problems = check_rules(rules)
        if problems:
            lines = [i18n.translated(problem) for problem in problems[:5]]
            more = (
                [self.tr("… and {count} more").format(count=len(problems) - 5)]
                if len(problems) > 5
                else []
            )
            return self._invalid("\n".join([self.tr("Does not validate:"), *lines, *more]))
        self._rules = rules
        self.check.setObjectName("subtitle")
        self.check.setText(self.tr("Valid: previewing the effect on the queue…"))
        self.check.style().polish(self.check)
        self.preview.setText(self.tr("Counting the leads that would change…"))
        service, actor = self._context.services.scoring_rules, self._actor
        # Results reach bound methods only: Qt drops them once the area is gone.
        self._context.workers.submit(
            lambda: (text, service.preview(actor, rules)), self._previewed_as, self._preview_failed
        )
        return True

    def _previewed_as(self, done: tuple[str, RulesPreview]) -> None:
        text, result = done
        if text != self.editor.toPlainText():
            return  # typed on since: a newer preview is on its way
        self._previewed = text
        self.preview.setText(i18n.translated(result.sentence()))
        self.check.setText(self.tr("Valid: see the effect before applying"))
        self.applying.save_button.setEnabled(True)

    def _preview_failed(self, exc: Exception) -> None:
        self.preview.setText(message_of(exc))

    def _invalid(self, text: str) -> bool:
        self.check.setObjectName("fieldError")
        self.check.setText(text)
        self.check.style().polish(self.check)
        self.preview.setText(self.tr("Nothing to preview until the rules validate."))
        return False

    def apply(self) -> None:
        self.applying.reset()
        if self._rules is None or self._previewed != self.editor.toPlainText():
            self.applying.banner.setText(
                self.tr("Wait for the preview of these rules before applying")
            )
            self.applying.banner.show()
            return
        service, actor = self._context.services.scoring_rules, self._actor
        rules, reason, based_on = self._rules, self.reason.text(), self._base
        self.applying.save_button.setEnabled(False)
        self._context.workers.submit(
            lambda: service.apply(actor, rules, reason, based_on=based_on),
            self._applied,
            self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        """Next to the editor. Refused for a version saved meanwhile: the versions are read
        again and the rules typed stay, so applying again replaces that version knowingly."""
        self.applying.failed(exc)
        if isinstance(exc, Conflict):
            service, actor = self._context.services.scoring_rules, self._actor
            self._context.workers.submit(
                lambda: service.versions(actor), self._rebased, self._failed
            )

    def _rebased(self, versions: tuple[RulesVersion, ...]) -> None:
        self._listed(versions)
        self._base = self._newest()
        self.check.setText(
            self.tr("Apply again to replace version {version} with these rules").format(
                version=self._base
            )
        )

    def _applied(self, applied: AppliedRules) -> None:
        self.applying.save_button.setEnabled(True)
        self._base = applied.version
        if applied.created:
            self.reason.clear()
            self.editor.document().setModified(False)
            self.check.setText(
                self.tr("Applied as version {version}").format(version=applied.version)
            )
        else:
            self.check.setText(
                self.tr("Version {version} already says this; nothing saved").format(
                    version=applied.version
                )
            )
        done = applied.rescored
        self.preview.setText(
            self.tr(
                "Rescored {examined} queued leads: {changed} changed, {moved} moved to "
                "another queue."
            ).format(
                examined=i18n.number(done.examined),
                changed=i18n.number(done.changed),
                moved=i18n.number(done.moved),
            )
        )
        self.reload()
