"""Routing sales-ready leads to partners on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import json
import threading
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.errors import Conflict, InvalidInput, NothingEligible
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import AuditEntry, Handoff
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead


def audit_actions(services: Services, entity_type: str, entity_id: int) -> list[str]:
    with services.db.unit_of_work(write=False) as uow:
        return list(
            uow.session.execute(
                select(AuditEntry.action)
                .where(
                    AuditEntry.entity_type == entity_type,
                    AuditEntry.entity_id == str(entity_id),
                )
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_propose_explains_the_choice_and_the_exclusions(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    west = add_partner(services, "West Coast Voice", regions=["US-CA"], countries=[])
    add_partner(services, "East Coast Voice", regions=["US-NY"], countries=[])
    add_partner(services, "Networks Only", products=["networking"])
    add_partner(services, "SMB Shop", segments=["smb"])
    national = add_partner(services, "National Partner")
    lead_id = sales_ready_lead(factory, rep)

    proposal = services.routing.propose(rep, lead_id)

    assert proposal.proposed is not None
    ranked = [proposal.proposed.partner_id, *(a.partner_id for a in proposal.alternatives)]
    assert sorted(ranked) == sorted([west, national])
    assert proposal.proposed.why.startswith("Next in the fair rotation")
    excluded = {e.name: " ".join(e.reasons) for e in proposal.excluded}
    assert "does not cover US-CA" in excluded["East Coast Voice"]
    assert "does not sell Contact center" in excluded["Networks Only"]
    assert "does not serve enterprise companies" in excluded["SMB Shop"]


def test_route_hands_off_to_the_outbox_awaiting_delivery_and_audits(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    partner_id = add_partner(services, "West Coast Voice", sla_hours=24)
    lead_id = sales_ready_lead(factory, rep)

    handoff = services.routing.route(rep, lead_id, request_id="req-1")

    assert handoff.partner_id == partner_id
    # No SMTP configured: the package is in the outbox, nothing reached the partner, and
    # the acceptance SLA has not started.
    assert handoff.status == "pending"
    assert handoff.delivery_channel == "outbox"
    assert handoff.awaiting_delivery
    assert handoff.status_text == ("awaiting delivery: no mail server configured, SLA not started")
    assert handoff.grade == "A"
    assert (handoff.sent_at, handoff.deadline_at, handoff.delivered_at) == (None, None, None)
    assert factory.get_lead(lead_id).status == "handed_off"
    outbox = services.settings.outbox_dir
    eml = (outbox / f"handoff-{handoff.id:08d}.eml").read_text("utf-8")
    package = json.loads((outbox / f"handoff-{handoff.id:08d}.json").read_text("utf-8"))
    assert "Message-ID: <handoff-" in eml
    assert package["company"] == factory.get_lead(lead_id).company
    assert package["grade"] == "A"
    assert package["qualified_by"] == "Rita.Rep"
    assert package["notes"] == ["Wants a demo before Christmas; ask for the IT director."]
    assert {
        "dimension": "N",
        "question": "How would you describe the need?",
        "answer": "Defined project with requirements",
    } in package["answers"]
    assert package["bant_points"] == {"B": 25, "A": 20, "N": 30, "T": 20}
    assert "Next in the fair rotation" in package["why"]
    assert audit_actions(services, "handoff", handoff.id) == [
        "handoff.created",
        "handoff.awaiting_delivery",
    ]
    assert "lead.handed_off" in audit_actions(services, "lead", lead_id)


def test_the_same_request_twice_makes_one_handoff(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "West Coast Voice")
    lead_id = sales_ready_lead(factory, rep)

    first = services.routing.route(rep, lead_id, request_id="same-request")
    second = services.routing.route(rep, lead_id, request_id="same-request")

    assert first.id == second.id
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(func.count(Handoff.id))).scalar_one() == 1
    with pytest.raises(Conflict, match="handed off already"):
        services.routing.route(rep, lead_id, request_id="another-request")


def test_override_needs_a_reason_an_eligible_partner_and_is_audited(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    first = add_partner(services, "Alpha Voice")
    second = add_partner(services, "Beta Voice")
    german = add_partner(services, "Rhein Netz", countries=["DE"])
    lead_id = sales_ready_lead(factory, rep)
    proposal = services.routing.propose(rep, lead_id)
    assert proposal.proposed is not None and proposal.proposed.partner_id == first

    with pytest.raises(InvalidInput) as missing:
        services.routing.route(rep, lead_id, partner_id=second)
    assert missing.value.field == "override_reason"
    with pytest.raises(InvalidInput, match="Rhein Netz cannot take this lead: does not cover US"):
        services.routing.route(rep, lead_id, partner_id=german, override_reason="they asked")
    assert factory.get_lead(lead_id).status == "sales_ready"

    handoff = services.routing.route(
        rep, lead_id, partner_id=second, override_reason="Prospect already talks to Beta"
    )
    assert handoff.partner_id == second
    assert handoff.override_reason == "Prospect already talks to Beta"
    assert handoff.why.startswith("Chosen by Rita.Rep instead of the proposed Alpha Voice")
    assert "handoff.override" in audit_actions(services, "handoff", handoff.id)
    with services.db.unit_of_work(write=False) as uow:
        entry = uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == "handoff.override")
        ).scalar_one()
        uow.session.expunge(entry)
    assert entry.reason == "Prospect already talks to Beta"
    assert entry.actor_id == rep.user_id
    assert entry.before == {"proposed_partner_id": first, "proposed": "Alpha Voice"}


def test_capacity_full_partner_is_skipped(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    small = add_partner(services, "Small Partner", capacity_open=1)
    big = add_partner(services, "Big Partner")
    routed = [services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in range(4)]
    assert Counter(h.partner_id for h in routed) == {small: 1, big: 3}
    proposal = services.routing.propose(rep, sales_ready_lead(factory, rep))
    assert [e.name for e in proposal.excluded] == ["Small Partner"]
    assert "no capacity left (1 open handoff, at most 1)" in proposal.excluded[0].reasons[0]


@pytest.mark.as_owner(
    reason="two threads route as one person, and the test router gives a person one "
    "connection: the second routing waits for the first instead of racing it"
)
def test_two_routings_at_once_never_both_take_the_last_place(
    services: Services, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    rep = factory.user("rita.rep")
    small = add_partner(services, "Small Partner", capacity_open=1)
    leads = [sales_ready_lead(factory, rep), sales_ready_lead(factory, rep)]
    # Both routings rank the partners before either writes its handoff: the race itself.
    # (On SQLite the second cannot begin before the first commits; the wait times out.)
    both_matched = threading.Barrier(2, timeout=0.5 if services.db.is_sqlite else 10)
    first_match = threading.local()
    real_match = services.routing._ranking.rank

    def match_then_wait(*args: Any) -> Any:
        result = real_match(*args)
        if not getattr(first_match, "done", False):
            first_match.done = True
            with contextlib.suppress(threading.BrokenBarrierError):
                both_matched.wait()
        return result

    monkeypatch.setattr(services.routing._ranking, "rank", match_then_wait)
    outcomes: dict[int, object] = {}

    def route(lead_id: int) -> None:
        try:
            outcomes[lead_id] = services.routing.route(rep, lead_id).partner_id
        except NothingEligible as exc:
            outcomes[lead_id] = exc

    threads = [threading.Thread(target=route, args=(lead_id,)) for lead_id in leads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert (
        sorted(str(o) if isinstance(o, Exception) else "routed" for o in outcomes.values())[1]
        == "routed"
    )
    assert [o for o in outcomes.values() if not isinstance(o, Exception)] == [small]
    [refused] = [o for o in outcomes.values() if isinstance(o, Exception)]
    assert "no capacity left (1 open handoff, at most 1)" in str(refused)
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.execute(select(func.count()).select_from(Handoff)).scalar_one() == 1


def test_weekly_capacity_counts_the_last_seven_days(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    weekly = add_partner(services, "Weekly Partner", capacity_week=1)
    add_partner(services, "Other Partner")
    first = services.routing.route(rep, sales_ready_lead(factory, rep))
    second = services.routing.route(rep, sales_ready_lead(factory, rep))
    assert {first.partner_id, second.partner_id} == {weekly, second.partner_id}
    lead_id = sales_ready_lead(factory, rep)
    assert "Weekly Partner" in [e.name for e in services.routing.propose(rep, lead_id).excluded]
    services.clock.advance(timedelta(days=8))  # type: ignore[attr-defined]
    assert "Weekly Partner" not in [e.name for e in services.routing.propose(rep, lead_id).excluded]


def test_already_with_partner_wins_over_the_rotation(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    alpha = add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Voice")
    first = services.routing.route(
        rep, sales_ready_lead(factory, rep, company="Acme Corp", company_key="acme")
    )
    assert first.partner_id == alpha
    # By rotation Beta is next; the same company goes to Alpha again, and the rep is told.
    second_lead = sales_ready_lead(factory, rep, company="Acme Corp", company_key="acme")
    proposal = services.routing.propose(rep, second_lead)
    assert proposal.proposed is not None
    assert proposal.proposed.partner_id == alpha
    assert proposal.proposed.preferred
    assert proposal.proposed.why.startswith("Already with this partner: Acme Corp went to Alpha")
    # The same contact (e-mail) at a differently written company counts too.
    third_lead = sales_ready_lead(
        factory,
        rep,
        company="ACME Corporation",
        company_key="acme corporation",
        email_normalized=factory.get_lead(second_lead).email_normalized,
    )
    services.routing.route(rep, second_lead)
    proposal = services.routing.propose(rep, third_lead)
    assert proposal.proposed is not None and proposal.proposed.partner_id == alpha
    assert "this contact went to Alpha Voice" in proposal.proposed.why


def test_already_with_partner_ends_after_the_configured_days(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    alpha = add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Voice")
    services.routing.route(rep, sales_ready_lead(factory, rep, company_key="acme"))
    services.clock.advance(timedelta(days=services.settings.routing.same_account_days + 1))  # type: ignore[attr-defined]
    proposal = services.routing.propose(rep, sales_ready_lead(factory, rep, company_key="acme"))
    assert proposal.proposed is not None
    assert not proposal.proposed.preferred
    assert proposal.proposed.why.startswith("Next in the fair rotation")
    assert {proposal.proposed.partner_id, proposal.alternatives[0].partner_id} >= {alpha}


def test_no_eligible_partner_says_why_and_changes_nothing(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Rhein Netz", countries=["DE"])
    lead_id = sales_ready_lead(factory, rep)
    proposal = services.routing.propose(rep, lead_id)
    assert proposal.proposed is None
    assert "Rhein Netz: does not cover US" in proposal.explanation
    with pytest.raises(NothingEligible, match="no partner is eligible"):
        services.routing.route(rep, lead_id)
    assert factory.get_lead(lead_id).status == "sales_ready"


def test_only_sales_ready_leads_are_routed(services: Services, factory: Factory) -> None:
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice")
    queued = factory.lead()
    with pytest.raises(Conflict, match="only sales-ready leads are routed"):
        services.routing.route(rep, queued)


def test_route_pending_rotates_fairly_and_dry_run_writes_nothing(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    partners = [add_partner(services, name) for name in ("Alpha", "Beta", "Gamma")]
    leads = [sales_ready_lead(factory, rep) for _ in range(9)]
    stranded = sales_ready_lead(factory, rep, country="FR", region=None)

    dry = services.routing.route_pending(sam, dry_run=True)
    assert dry.dry_run
    assert Counter(r.partner_id for r in dry.routed) == dict.fromkeys(partners, 3)
    assert [w.lead_id for w in dry.waiting] == [stranded]
    assert "does not cover FR" in dry.waiting[0].why
    assert all(factory.get_lead(lead).status == "sales_ready" for lead in leads)

    done = services.routing.route_pending(sam)
    assert Counter(r.partner_id for r in done.routed) == dict.fromkeys(partners, 3)
    # No mail server: all nine wait in the outbox, none counts as delivered.
    assert (done.delivered, done.delivery_failed, done.awaiting_delivery) == (0, 0, 9)
    assert all(factory.get_lead(lead).status == "handed_off" for lead in leads)
    assert factory.get_lead(stranded).status == "sales_ready"
    again = services.routing.route_pending(sam)
    assert again.routed == () and len(again.waiting) == 1
    assert handoff_row(services, done.routed[0].handoff_id or 0).routed_by_id == sam.user_id


def test_a_confirmed_proposal_is_sent_to_the_partner_shown_or_to_none(
    services: Services, factory: Factory
) -> None:
    """A handoff elsewhere between the proposal and its confirmation moved the rotation: the
    rep confirmed one partner, and the lead went to another, whose name the prospect had not
    been told."""
    rep = factory.user("rita.rep")
    add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Voice")
    mine = sales_ready_lead(factory, rep)
    shown = services.routing.propose(rep, mine).proposed
    assert shown is not None
    # Another workstation routes a lead meanwhile: the rotation moves on.
    other = services.routing.route(rep, sales_ready_lead(factory, rep))
    assert other.partner_id == shown.partner_id
    now = services.routing.propose(rep, mine).proposed
    assert now is not None and now.partner_id != shown.partner_id

    with pytest.raises(Conflict, match=f"the proposal changed meanwhile: {now.name} is"):
        services.routing.route(rep, mine, proposed=shown.partner_id)
    assert handoff_row(services, other.id).lead_id != mine
    with services.db.unit_of_work(write=False) as uow:
        assert not uow.session.execute(select(Handoff.id).where(Handoff.lead_id == mine)).all()
    # Confirmed again as it is shown now, it goes there.
    handoff = services.routing.route(rep, mine, proposed=now.partner_id)
    assert handoff.partner_id == now.partner_id
