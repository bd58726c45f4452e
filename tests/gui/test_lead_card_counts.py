"""The lead card counts in words that agree with the count: a lead called once showed "1
earlier attempts", a one-person company "1 employees"; in German too. Its annual revenue is
in the center's currency, named as every amount the app shows is."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWorkspace
from tests.gui.test_workspace_flow import take_next
from tests.support.factories import Factory


@pytest.mark.parametrize(
    ("attempts", "employees", "counted"),
    [
        (1, 1, ("1 earlier attempt", "1 employee")),
        (2, 1500, ("2 earlier attempts", "1,500 employees")),
    ],
)
def test_attempts_and_employees_are_counted_in_the_number_they_are(
    qtbot: QtBot,
    open_workspace: OpenWorkspace,
    factory: Factory,
    attempts: int,
    employees: int,
    counted: tuple[str, str],
) -> None:
    factory.lead(
        company="Counted Inc",
        attempts=attempts,
        employees=employees,
        annual_revenue=Decimal("2500000"),
    )
    area = open_workspace()
    take_next(qtbot, area)
    assert f" · {counted[0]} · " in area.card.figures.text()
    assert area.card.firmographics.text().split(" · ")[:2] == [counted[1], "revenue 2,500,000 USD"]


def test_the_counts_are_worded_in_the_persons_language(
    qtbot: QtBot, open_workspace: OpenWorkspace, factory: Factory, german: None
) -> None:
    factory.lead(
        company="Solo Consulting", attempts=1, employees=1, annual_revenue=Decimal("2500000")
    )
    area = open_workspace()
    take_next(qtbot, area)
    assert " · 1 früherer Versuch · " in area.card.figures.text()
    assert area.card.firmographics.text().split(" · ")[:2] == [
        "1 mitarbeitende Person",
        "Umsatz 2.500.000 USD",
    ]
