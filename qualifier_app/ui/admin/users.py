"""Administrators: the list of users."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from qualifier_app.domain.errors import QualifierError
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.dto import UserSummary
from qualifier_app.ui.shell.area import AreaContext

COLUMNS = ("Login", "Name", "Role", "Team", "Queues", "Active")


class UsersArea(QWidget):
    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Users")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel("Loading…")
        self.status.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        accounts, actor = context.services.accounts, context.signed_in.actor
        context.workers.submit(lambda: accounts.list_users(actor), self._show, self._failed)

    def _show(self, users: list[UserSummary]) -> None:
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            values = (
                user.login,
                user.display_name,
                Role(user.role).label,
                user.team or "",
                ", ".join(user.queues),
                "yes" if user.active else "no",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(f"{len(users)} users")

    def _failed(self, exc: Exception) -> None:
        self.status.setText(str(exc) if isinstance(exc, QualifierError) else type(exc).__name__)
