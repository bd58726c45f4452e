"""The lead card counts in words that agree with the count: a lead called once showed "1
earlier attempts", a one-person company "1 employees"; in German too."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWorkspace
from tests.gui.test_workspace_flow import take_next
from tests.support.factories import Factory


def test_one_earlier_attempt_and_one_employee_are_counted_in_the_singular(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    factory.lead(company="Solo Consulting", attempts=1, employees=1)
    area = open_workspace()
    take_next(qtbot, area)
    assert " · 1 earlier attempt · " in area.card.figures.text()
    assert area.card.firmographics.text().split(" · ")[0] == "1 employee"


def test_more_attempts_and_employees_are_counted_in_the_plural(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    factory.lead(company="Big Works", attempts=2, employees=1500)
    area = open_workspace()
    take_next(qtbot, area)
    assert " · 2 earlier attempts · " in area.card.figures.text()
    assert area.card.firmographics.text().split(" · ")[0] == "1,500 employees"


def test_the_counts_are_worded_in_the_persons_language(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, german: None
) -> None:
    factory.lead(company="Solo Consulting", attempts=1, employees=1)
    area = open_workspace()
    take_next(qtbot, area)
    assert " · 1 früherer Versuch · " in area.card.figures.text()
    assert area.card.firmographics.text().split(" · ")[0] == "1 mitarbeitende Person"
