"""Two teams with a team lead each, for team-scope tests."""

from __future__ import annotations

from dataclasses import dataclass

from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import TeamLead
from tests.support.factories import Factory


@dataclass
class Teams:
    tina: Actor  # leads North
    omar: Actor  # leads South
    rita: Actor  # North rep
    marco: Actor  # North rep
    anna: Actor  # South rep
    supervisor: Actor
    north_queue: int
    south_queue: int


def two_teams(factory: Factory) -> Teams:
    north_queue = factory.queue("North queue", team="North")
    south_queue = factory.queue("South queue", team="South")
    rita = factory.user("rita", team="North", queues=("North queue",))
    marco = factory.user("marco", team="North", queues=("North queue",))
    anna = factory.user("anna", team="South", queues=("South queue",))
    tina = factory.user("tina", Role.TEAM_LEAD, team="North", queues=())
    omar = factory.user("omar", Role.TEAM_LEAD, team="South", queues=())
    with factory.db.unit_of_work() as uow:
        uow.session.add(TeamLead(team_id=factory.team("North"), user_id=tina.user_id))
        uow.session.add(TeamLead(team_id=factory.team("South"), user_id=omar.user_id))
        uow.commit()
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    return Teams(tina, omar, rita, marco, anna, supervisor, north_queue, south_queue)
