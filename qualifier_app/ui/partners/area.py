"""Partners: the directory, handoffs with partner feedback, routing, who is not reporting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from qualifier_app.ui.partners.directory import DirectoryTab
from qualifier_app.ui.partners.handoffs import HandoffsTab
from qualifier_app.ui.partners.routing import RoutingTab
from qualifier_app.ui.partners.stale import StaleTab
from qualifier_app.ui.shell.area import AreaContext


class PartnersArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        title = QLabel("Partners")
        title.setObjectName("title")
        self.tabs = QTabWidget()
        self.directory = DirectoryTab(context)
        self.handoffs = HandoffsTab(context)
        self.routing = RoutingTab(context)
        self.stale = StaleTab(context)
        self.tabs.addTab(self.directory, "Directory")
        self.tabs.addTab(self.handoffs, "Handoffs and feedback")
        self.tabs.addTab(self.routing, "Waiting for a partner")
        self.tabs.addTab(self.stale, "Not reporting")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
