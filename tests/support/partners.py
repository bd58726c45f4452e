"""Partners, sales-ready leads and qualifications for the routing and closed-loop tests."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.partner_directory import PartnerDraft, RepDraft
from qualifier_app.domain.roles import OPERATOR, Actor, Role
from qualifier_app.persistence.models import (
    CallAttempt,
    Handoff,
    HandoffEvent,
    Qualification,
    QualificationAnswer,
    Script,
)
from qualifier_app.services.workspace.scripts import install_scripts
from tests.support.factories import Factory

_numbers = itertools.count(1)


def add_partner(
    services: Services,
    name: str,
    countries: Sequence[str] = ("US",),
    regions: Sequence[str] = (),
    products: Sequence[str] = (),
    segments: Sequence[str] = (),
    capacity_open: int | None = None,
    capacity_week: int | None = None,
    sla_hours: int = 24,
    postal_prefixes: Sequence[str] = (),
    reps: int = 1,
    active: bool = True,
    channel_manager: str = "",
) -> int:
    slug = "".join(ch for ch in name.lower() if ch.isalnum())
    summary = services.partners.save(
        OPERATOR,
        PartnerDraft(
            name=name,
            countries=list(countries),
            regions=list(regions),
            products=list(products),
            segments=list(segments),
            capacity_open=capacity_open,
            capacity_week=capacity_week,
            sla_hours=sla_hours,
            postal_prefixes=list(postal_prefixes),
            active=active,
            channel_manager=channel_manager,
            reps=tuple(
                RepDraft(f"Rep {n} of {name}", f"rep{n}@{slug}.example") for n in range(reps)
            ),
        ),
    )
    return summary.id


def sales_ready_lead(factory: Factory, rep: Actor | None = None, **fields: object) -> int:
    """A sales-ready lead; with `rep`, also the call and BANT qualification that made it so."""
    number = next(_numbers)
    values: dict[str, object] = {
        "status": "sales_ready",
        "product_interest": "Contact center",
        "segment": "enterprise",
        "region": "CA",
        "postal_code": "94107",
        "company": f"Sales Ready {number}",
        "company_key": f"sales ready {number}",
        "email_raw": f"buyer{number}@ready{number}.example",
        "email_normalized": f"buyer{number}@ready{number}.example",
        "email_valid": True,
        "grade": "A",
    }
    values.update(fields)
    lead_id = factory.lead(**values)
    if rep is not None:
        qualify(factory, lead_id, rep)
    return lead_id


def qualify(factory: Factory, lead_id: int, rep: Actor, grade: str = "A") -> int:
    now = factory.clock.now()
    with factory.db.unit_of_work() as uow:
        session = uow.session
        if session.execute(select(Script.id).limit(1)).first() is None:
            install_scripts(session, now)
        script_id = session.execute(select(Script.id).limit(1)).scalar_one()
        attempt = CallAttempt(
            request_id=f"call-{lead_id}-{next(_numbers)}",
            lead_id=lead_id,
            rep_id=rep.user_id,
            started_at=now - timedelta(minutes=20),
            ended_at=now - timedelta(minutes=5),
            disposition="contacted",
            outcome="sales_ready",
            notes="Wants a demo before Christmas; ask for the IT director.",
        )
        session.add(attempt)
        session.flush()
        qualification = Qualification(
            call_attempt_id=attempt.id,
            lead_id=lead_id,
            script_id=script_id,
            segment="enterprise",
            budget_points=25,
            authority_points=20,
            need_points=30,
            timeline_points=20,
            grade=grade,
            recommendation="sales_ready",
            decision="sales_ready",
            created_at=now - timedelta(minutes=5),
        )
        session.add(qualification)
        session.flush()
        session.add_all(
            [
                QualificationAnswer(
                    qualification_id=qualification.id,
                    question_key="need_level",
                    question_type="single_choice",
                    dimension="N",
                    value_text="project",
                    points=30,
                ),
                QualificationAnswer(
                    qualification_id=qualification.id,
                    question_key="seats",
                    question_type="number",
                    dimension="N",
                    value_number=Decimal(250),
                    points=5,
                ),
            ]
        )
        uow.commit()
        return qualification.id


def handoff_row(services: Services, handoff_id: int) -> Handoff:
    with services.db.unit_of_work(write=False) as uow:
        handoff = uow.session.get(Handoff, handoff_id)
        assert handoff is not None
        uow.session.expunge(handoff)
        return handoff


def handoff_events(services: Services, handoff_id: int) -> list[HandoffEvent]:
    with services.db.unit_of_work(write=False) as uow:
        events = list(
            uow.session.execute(
                select(HandoffEvent)
                .where(HandoffEvent.handoff_id == handoff_id)
                .order_by(HandoffEvent.id)
            ).scalars()
        )
        for event in events:
            uow.session.expunge(event)
        return events


def two_handoffs(services: Services, factory: Factory) -> tuple[Actor, int, int]:
    """A supervisor, and the ids of two handoffs a rep routed to Alpha Voice: what a partner's
    feedback file reports on."""
    rep = factory.user("rita.rep")
    supervisor = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    one, two = (services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in "ab")
    return supervisor, one.id, two.id
