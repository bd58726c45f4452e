"""The team board on screen, signed in on PostgreSQL as the app signs in: its board reads, its
lead table pages and its change feed take turns on one server connection."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services, build, sign_in_person
from qualifier_app.domain.clock import ManualClock
from qualifier_app.persistence.database import Database
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.board.team_board import RepState
from qualifier_app.settings import DatabaseConnections, Settings
from qualifier_app.ui.areas import AreaContext
from qualifier_app.ui.board.team_board import TeamBoardArea
from qualifier_app.ui.shell.worker import Workers
from tests.conftest import START
from tests.gui.test_team_board import board_state, loaded
from tests.support.connections import server_connections
from tests.support.databases import PostgresTemplates, postgres_required
from tests.support.factories import PASSWORD, Factory
from tests.support.teams import two_teams

pytestmark = pytest.mark.postgres


def test_the_team_board_on_screen_uses_one_server_connection(
    qtbot: QtBot, postgres_templates: PostgresTemplates | None, tmp_path: Path
) -> None:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    owner = build(
        Settings(url, data_dir=tmp_path / "owner"), ManualClock(START), db=Database.from_url(url)
    )
    factory = Factory(owner)
    two_teams(factory)
    for index in range(5):
        factory.lead("North queue", company=f"North {index}")
    connections = DatabaseConnections(change_poll_seconds=0.2)

    def signed_in(login: str) -> tuple[Services, SignedIn]:
        settings = Settings(url, data_dir=tmp_path / login, connections=connections)
        signed = sign_in_person(settings, login, PASSWORD, "ws", ManualClock(START))
        assert signed is not None
        return signed

    lead, lead_in = signed_in("tina")
    rep, rep_in = signed_in("rita")
    workers = Workers()
    area = TeamBoardArea(AreaContext(lead, lead_in, workers))
    qtbot.addWidget(area)
    counted: list[int] = []
    last = [0.0]

    def count() -> bool:
        # A look at the server every 100 ms: each is a connection of its own, made on the GUI
        # thread, and made at every turn of the wait they held up the board they watched (a
        # loaded host took more than 10 s to show five leads).
        if time.monotonic() - last[0] >= 0.1:
            counted.append(len(server_connections(url, "tina")))
            last[0] = time.monotonic()
        return True

    try:
        area.show()
        qtbot.waitUntil(lambda: count() and loaded(area, 5), timeout=20_000)
        rep.queue.claim_next(rep_in.actor)
        # The feed brings the claim to the board (its own poll is every 10 s).
        qtbot.waitUntil(
            lambda: count() and board_state(area, "rita") is RepState.WORKING, timeout=20_000
        )
        area.refresh()
        area.model.reload()
        qtbot.waitUntil(lambda: count() and loaded(area, 5), timeout=20_000)
    finally:
        area.close_area()
        workers.drain()
        lead.close()
        rep.close()
        owner.close()
        postgres_templates.drop(url)
    assert max(counted) == 1
