"""Whose leads and reps a team lead may see and move, read in one round trip."""

from __future__ import annotations

from sqlalchemy import event

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.services.accounts.team_scope import TeamScope, scope_of
from tests.support.factories import Factory


def test_a_team_leads_scope_is_their_team_its_people_and_the_queues_they_work(
    services: Services, factory: Factory
) -> None:
    own = factory.queue("A calls", team="Team A")
    factory.queue("B calls", team="Team B")
    shared = factory.queue("Shared")
    factory.queue("Other shared")
    tina = factory.user("tina", Role.TEAM_LEAD, team="Team A", queues=())
    rita = factory.user("rita", team="Team A", queues=("A calls", "Shared"))
    factory.user("bob", team="Team B", queues=("B calls", "Other shared"))
    sent: list[str] = []
    with services.db.unit_of_work(write=False) as uow:
        connection = uow.session.connection()
        event.listen(connection, "before_cursor_execute", lambda *args: sent.append(args[2]))
        scope = scope_of(uow.session, tina)
    assert scope == TeamScope(
        everything=False,
        team_ids=frozenset({factory.team("Team A")}),
        people_ids=frozenset({tina.user_id, rita.user_id}),
        queue_ids=frozenset({own, shared}),
    )
    assert len(sent) == 1


def test_a_team_lead_of_no_team_sees_nothing_and_others_see_everything(
    services: Services, factory: Factory
) -> None:
    ted = factory.user("ted", Role.TEAM_LEAD, team=None, queues=())
    sue = factory.user("sue", Role.SUPERVISOR, team=None, queues=())
    with services.db.unit_of_work(write=False) as uow:
        assert scope_of(uow.session, ted) == TeamScope(everything=False)
        assert scope_of(uow.session, sue) == TeamScope(everything=True)
