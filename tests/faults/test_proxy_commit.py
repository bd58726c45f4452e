"""Network faults between the app and PostgreSQL, injected by a TCP proxy: the connection cut
just before the client's COMMIT reaches the server, and just after the server's COMMIT reply
left it. Claims, outcomes and handoffs are retried after the error as the workstation does;
no lead may end up with two holders, and every acknowledged write is present exactly once."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import DatabaseUnavailable, NothingEligible
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import Actor
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import AuditEntry, CallAttempt, Handoff, Lead
from qualifier_app.services.workspace.dto import Outcome, WorkItem
from qualifier_app.services.workspace.scripts import install_scripts
from qualifier_app.settings import Settings
from tests.conftest import START
from tests.support.databases import PostgresTemplates, postgres_required
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead
from tests.support.tcp_proxy import TcpProxy, proxy_to

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

T = TypeVar("T")
RETRIES = 100


@pytest.fixture
def pg_url(postgres_templates: PostgresTemplates | None) -> Iterator[str]:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    yield url
    postgres_templates.drop(url)


@pytest.fixture
def direct(pg_url: str, tmp_path: Path) -> Iterator[Services]:
    """The services on a direct connection: to set up and to check, never faulted."""
    built = build(
        Settings(database_url=pg_url, data_dir=tmp_path / "direct"),
        ManualClock(START),
        db=Database.from_url(pg_url),
    )
    yield built
    built.close()


@pytest.fixture
def proxy(pg_url: str) -> Iterator[TcpProxy]:
    with proxy_to(pg_url) as running:
        yield running


@pytest.fixture
def app(pg_url: str, proxy: TcpProxy, tmp_path: Path) -> Iterator[Services]:
    """The services as a workstation runs them, through the faulty network."""
    url = proxy.url_for(pg_url)
    built = build(
        Settings(database_url=url, data_dir=tmp_path / "workstation"),
        ManualClock(START),
        db=Database.from_url(url, pool_size=4),
    )
    yield built
    built.close()


def server_dropped_cut_transactions(direct: Services, seconds: float = 20.0) -> None:
    """Wait until no other session of this database is still inside a transaction."""
    deadline = time.monotonic() + seconds
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
    )
    while time.monotonic() < deadline:
        with direct.db.unit_of_work(write=False) as uow:
            if uow.session.execute(query).scalar_one() == 0:
                return
        time.sleep(0.05)
    raise AssertionError("the server kept the cut transaction open")


def retried(call: Callable[[], T]) -> T:
    """What the workstation does: after "cannot reach the database", send the same again."""
    for _ in range(RETRIES):
        try:
            return call()
        except DatabaseUnavailable:
            continue
    raise AssertionError("still failing after every retry")


def no_answer(item: WorkItem) -> Outcome:
    return Outcome(
        request_id=str(uuid.uuid4()),
        lead_id=item.lead.id,
        version=item.lead.version,
        kind=OutcomeKind.NO_CONTACT,
        disposition=Disposition.NO_ANSWER,
        started_at=START - timedelta(minutes=5),
        script_id=item.script.id,
        notes="rang 8 times",
    )


def count(services: Services, model: object, *where: object) -> int:
    with services.db.unit_of_work(write=False) as uow:
        statement = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
        return int(uow.session.execute(statement).scalar_one())


@pytest.mark.parametrize("cut", ["before_commit", "after_commit"])
def test_an_outcome_retried_after_a_cut_commit_is_saved_exactly_once(
    direct: Services, app: Services, proxy: TcpProxy, cut: str
) -> None:
    rep = Factory(direct).user("rita")
    lead_id = Factory(direct).lead()
    item = app.workspace.next_lead(rep)
    assert item.lead.id == lead_id
    # The outcome's transaction, as on a workstation that did not keep the lead as claimed
    # (the outcome in one call is the next test's).
    app.queue.forget(rep, item.lead.id)
    outcome = no_answer(item)

    proxy.cut_before_commit() if cut == "before_commit" else proxy.cut_after_commit()
    with pytest.raises(DatabaseUnavailable):
        app.workspace.submit(rep, outcome)
    assert proxy.fired[cut] == 1
    receipt = retried(lambda: app.workspace.submit(rep, outcome))

    # Cut before COMMIT: the server rolled back, the retry saves it. Cut after: the server
    # had committed, the retry is answered from what was saved.
    assert receipt.replayed is (cut == "after_commit")
    assert count(direct, CallAttempt, CallAttempt.request_id == outcome.request_id) == 1
    assert count(direct, CallAttempt) == 1
    assert count(direct, AuditEntry, AuditEntry.action == "lead.retry") == 1
    lead = Factory(direct).get_lead(lead_id)
    assert (lead.attempts, lead.status, lead.lease_owner_id) == (1, "queued", None)


@pytest.mark.parametrize("cut", ["before_commit", "after_commit"])
def test_an_outcome_in_one_call_cut_on_the_wire_is_saved_exactly_once(
    direct: Services, app: Services, proxy: TcpProxy, cut: str
) -> None:
    rep = Factory(direct).user("rita")
    lead_id = Factory(direct).lead()
    item = app.workspace.next_lead(rep)
    outcome = no_answer(item)

    # One statement in autocommit, its own commit. Cut before it reached the server: the
    # call is made again and saves it. Cut after its reply left: the lead has changed, so
    # the call made again changes nothing, and the transaction answers from what was saved.
    call = b"qualifier_record_outcome"
    proxy.cut_before_commit(call) if cut == "before_commit" else proxy.cut_after_commit(call)
    receipt = retried(lambda: app.workspace.submit(rep, outcome))
    assert proxy.fired[cut] == 1

    assert receipt.replayed is (cut == "after_commit")
    assert count(direct, CallAttempt, CallAttempt.request_id == outcome.request_id) == 1
    assert count(direct, CallAttempt) == 1
    assert count(direct, AuditEntry, AuditEntry.action == "lead.retry") == 1
    lead = Factory(direct).get_lead(lead_id)
    assert (lead.attempts, lead.status, lead.lease_owner_id) == (1, "queued", None)
    again = app.workspace.submit(rep, outcome)
    assert again.replayed and again.attempt_id == receipt.attempt_id


@pytest.mark.parametrize("cut", ["before_commit", "after_commit"])
def test_a_claim_retried_after_a_cut_commit_gives_the_same_lead_and_one_holder(
    direct: Services, app: Services, proxy: TcpProxy, cut: str
) -> None:
    factory = Factory(direct)
    rita, sam = factory.user("rita"), factory.user("sam")
    first, second = factory.lead(), factory.lead()

    # The claim is one statement in autocommit: it is its own commit. The connection dies at
    # once, so the app asks again on a fresh one by itself: nothing but that statement had
    # run, and a claim that was saved comes back as the lead Rita already holds.
    claim = b"qualifier_claim_next"
    proxy.cut_before_commit(claim) if cut == "before_commit" else proxy.cut_after_commit(claim)
    ritas = app.queue.claim_next(rita).id
    assert proxy.fired[cut] == 1
    server_dropped_cut_transactions(direct)
    sams = retried(lambda: app.queue.claim_next(sam)).id
    assert {ritas, sams} == {first, second}
    with pytest.raises(NothingEligible):
        app.queue.claim_next(factory.user("tom"))
    holders = {lead: factory.get_lead(lead).lease_owner_id for lead in (first, second)}
    assert holders == {ritas: rita.user_id, sams: sam.user_id}
    with direct.db.unit_of_work(write=False) as uow:
        claimed = {
            (row[0], row[1])
            for row in uow.session.execute(
                select(AuditEntry.entity_id, AuditEntry.actor_id).where(
                    AuditEntry.action == "lead.claimed"
                )
            ).all()
        }
    assert claimed == {(str(ritas), rita.user_id), (str(sams), sam.user_id)}


@pytest.mark.parametrize("cut", ["before_commit", "after_commit"])
def test_a_handoff_retried_after_a_cut_commit_exists_once(
    direct: Services, app: Services, proxy: TcpProxy, cut: str
) -> None:
    factory = Factory(direct)
    rep = factory.user("rita")
    add_partner(direct, "West Coast Voice")
    lead_id = sales_ready_lead(factory, rep)
    request_id = str(uuid.uuid4())

    proxy.cut_before_commit() if cut == "before_commit" else proxy.cut_after_commit()
    with pytest.raises(DatabaseUnavailable):
        app.routing.route(rep, lead_id, request_id=request_id)
    assert proxy.fired[cut] == 1
    handoff = retried(lambda: app.routing.route(rep, lead_id, request_id=request_id))

    assert count(direct, Handoff, Handoff.lead_id == lead_id) == 1
    assert count(direct, Handoff, Handoff.request_id == request_id) == 1
    assert handoff.lead_id == lead_id
    assert factory.get_lead(lead_id).status == "handed_off"


class Probe:
    """Who holds which lead, as the reps believe it: a table keyed by the lead, written on
    the direct connection after each acknowledged claim; a second holder cannot insert."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE holder_probe (lead_id INTEGER PRIMARY KEY)"))
        self.doubles: list[int] = []

    def hold(self, lead_id: int) -> None:
        try:
            with self.db.engine.begin() as connection:
                connection.execute(text("INSERT INTO holder_probe VALUES (:l)"), {"l": lead_id})
        except IntegrityError:
            self.doubles.append(lead_id)

    def let_go(self, lead_id: int) -> None:
        with self.db.engine.begin() as connection:
            connection.execute(text("DELETE FROM holder_probe WHERE lead_id = :l"), {"l": lead_id})


def test_reps_working_through_a_network_that_keeps_cutting_commits(
    direct: Services, app: Services, proxy: TcpProxy
) -> None:
    """Four reps claim and record outcomes while the proxy cuts every few commits, before
    and after the server's commit: both are one call in autocommit, their own commit.
    Nobody shares a lead, every acknowledged outcome is saved exactly once, and nothing is
    saved that was not acknowledged."""
    factory = Factory(direct)
    reps = [factory.user(f"rep{n}") for n in range(4)]
    leads = {factory.lead(score=n % 97) for n in range(60)}
    probe = Probe(direct.db)
    with direct.db.unit_of_work() as uow:
        install_scripts(uow.session, START)
        uow.commit()
    acknowledged: list[str] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def work(rep: Actor) -> None:
        try:
            while True:
                try:
                    item = retried(lambda: app.workspace.next_lead(rep))
                except NothingEligible:
                    return
                probe.hold(item.lead.id)
                outcome = no_answer(item)
                probe.let_go(item.lead.id)
                retried(lambda: app.workspace.submit(rep, outcome))  # noqa: B023
                acknowledged.append(outcome.request_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(rep,)) for rep in reps]
    for thread in threads:
        thread.start()
    # One cut at a time, alternately before and after the commit, of outcomes and claims in
    # turn; the next is armed once the last one fired and some outcome got through since, so
    # the cuts keep pace with the work however slow the machine is (never every commit,
    # never none for long).
    calls = (b"qualifier_record_outcome", b"qualifier_record_outcome", b"qualifier_claim_next")
    armed, seen = 0, -1
    while any(thread.is_alive() for thread in threads):
        fired = proxy.fired["before_commit"] + proxy.fired["after_commit"]
        if fired == armed and len(acknowledged) > seen:
            seen = len(acknowledged)
            call = calls[armed // 2 % len(calls)]
            if armed % 2:
                proxy.cut_before_commit(call)
            else:
                proxy.cut_after_commit(call)
            armed += 1
        for thread in threads:
            thread.join(timeout=0.05)
    done.set()

    assert errors == []
    assert probe.doubles == []
    assert proxy.fired["before_commit"] > 0 and proxy.fired["after_commit"] > 0
    assert sorted(acknowledged) == sorted(set(acknowledged))
    with direct.db.unit_of_work(write=False) as uow:
        left = [
            (lead.id, lead.status, lead.lease_owner_id, lead.attempts, lead.next_call_at)
            for lead in uow.session.execute(select(Lead).where(Lead.attempts == 0)).scalars()
        ]
    assert left == []
    assert len(acknowledged) == len(leads)
    with direct.db.unit_of_work(write=False) as uow:
        saved = list(uow.session.execute(select(CallAttempt.request_id)).scalars())
        per_lead = {
            row[0]: row[1]
            for row in uow.session.execute(select(Lead.id, Lead.attempts).where(Lead.id.in_(leads)))
        }
        holders = uow.session.execute(
            select(func.count()).select_from(Lead).where(Lead.lease_owner_id.is_not(None))
        ).scalar_one()
    assert sorted(saved) == sorted(acknowledged)
    assert per_lead == dict.fromkeys(leads, 1)
    assert holders == 0
    assert count(direct, AuditEntry, AuditEntry.action == "lead.retry") == len(leads)
