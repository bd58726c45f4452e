"""Partners: the directory, handoffs with partner feedback, routing, who is not reporting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from qualifier_app.ui.partners.check_calls import CheckCallsTab
from qualifier_app.ui.partners.directory import DirectoryTab
from qualifier_app.ui.partners.handoffs import HandoffsTab
from qualifier_app.ui.partners.routing import RoutingTab
from qualifier_app.ui.partners.stale import StaleTab
from qualifier_app.ui.shell.area import AreaContext
from qualifier_app.ui.shell.keys import make_action


def no_mail_server_text(context: AreaContext) -> str:
    outbox = context.services.settings.outbox_dir
    return QCoreApplication.translate(
        "PartnersArea",
        "No mail server is configured: handoffs are not e-mailed to partners. Their packages "
        "wait in the outbox folder ({outbox}) as \u201cawaiting delivery\u201d, and their "
        "acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA "
        "sweep e-mails them and their SLAs start then.",
    ).format(outbox=outbox)


class PartnersArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        title = QLabel(self.tr("Partners"))
        title.setObjectName("title")
        self.mail_banner = QLabel(no_mail_server_text(context))
        self.mail_banner.setObjectName("banner")
        self.mail_banner.setWordWrap(True)
        self.tabs = QTabWidget()
        self.directory = DirectoryTab(context)
        self.handoffs = HandoffsTab(context)
        self.routing = RoutingTab(context)
        self.stale = StaleTab(context)
        self.check_calls = CheckCallsTab(context)
        self.tabs.addTab(self.directory, self.tr("Directory"))
        self.tabs.addTab(self.handoffs, self.tr("Handoffs and feedback"))
        self.tabs.addTab(self.routing, self.tr("Waiting for a partner"))
        self.tabs.addTab(self.stale, self.tr("Not reporting"))
        self.tabs.addTab(self.check_calls, self.tr("Check calls"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.mail_banner)
        layout.addWidget(self.tabs)
        # Only once it has a parent: a parentless label made visible opens as a window.
        self.mail_banner.setVisible(not context.services.delivery.settings.configured)
        save = make_action(self, "save")  # the partner in the directory's form, as elsewhere
        save.triggered.connect(self._save_partner)
        self.addAction(save)

    def _save_partner(self) -> None:
        if self.tabs.currentWidget() is self.directory:
            self.directory.save_button.click()  # nothing while a save is on its way
