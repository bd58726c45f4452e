"""A supervisor and an administrator write a lead only as their paths of the application do
(migration 0055_office_writes_as_its_paths): a lease only let go, never taken, given or
stretched; attempts, status, grade and version never set on the side; a new lead only as an
import makes it. Their paths (release, move, recycle, rescoring, an import) still work as
themselves.

Each test signs in as the supervisor (Sam) or an administrator (Al) with SCRAM and tries what
the security tester did with psql.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from qualifier_app.app import Services
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.roles import Actor, Role
from qualifier_app.persistence.models import DoNotCallEntry
from qualifier_app.services.board.reassign import LeadRef, Target
from tests.security.conftest import Center
from tests.security.test_people_keep_to_their_part import held_by, one
from tests.support.roles import connect_as

pytestmark = pytest.mark.postgres

NOT_YOURS = "is not yours to change"
ON_THE_SIDE = (
    "UPDATE leads SET attempts = 0 WHERE id = %s",
    "UPDATE leads SET status = 'sales_ready' WHERE id = %s",
    "UPDATE leads SET status = 'disqualified' WHERE id = %s",
    "UPDATE leads SET next_call_at = now() + interval '1 day' WHERE id = %s",
    "UPDATE leads SET recycle_on = current_date WHERE id = %s",
)


@pytest.fixture
def admin(center: Center) -> Actor:
    return center.factory.user("al", Role.ADMIN, team=None, queues=())


def _row(center: Center, lead: int) -> tuple[object, ...]:
    with connect_as(center.url, "sam") as sam:
        row = sam.execute(
            "SELECT status, attempts, grade, version, assigned_rep_id, lease_owner_id, "
            "lease_expires_at FROM leads WHERE id = %s",
            (lead,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def _refused(person: psycopg.Connection, sql: str, *params: object) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        person.execute(sql, params)
    return str(refused.value)


@pytest.mark.parametrize("login", ["sam", "al"])
def test_the_office_takes_no_running_lease_and_stretches_none(
    center: Center, admin: Actor, login: str
) -> None:
    lead, rita, marco = center.north_lead, center.teams.rita, center.teams.marco
    held_by(center, lead, rita)
    before = _row(center, lead)
    me = admin.user_id if login == "al" else center.teams.supervisor.user_id
    with connect_as(center.url, login) as person:
        for sql, params in (
            ("UPDATE leads SET lease_owner_id = %s WHERE id = %s", (me, lead)),
            ("UPDATE leads SET lease_owner_id = %s WHERE id = %s", (marco.user_id, lead)),
            (
                "UPDATE leads SET lease_expires_at = lease_expires_at + interval '1 day' "
                "WHERE id = %s",
                (lead,),
            ),
            ("UPDATE leads SET lease_owner_id = NULL WHERE id = %s", (lead,)),
        ):
            assert "never takes, gives or stretches" in _refused(person, sql, *params)
    assert _row(center, lead) == before


@pytest.mark.parametrize("login", ["sam", "al"])
def test_the_office_does_not_work_a_lead_on_the_side(
    center: Center, admin: Actor, login: str
) -> None:
    lead = center.north_lead
    center.factory.set_lead(lead, attempts=3, version=5)
    before = _row(center, lead)
    with connect_as(center.url, login) as person:
        for sql in ON_THE_SIDE:
            assert NOT_YOURS in _refused(person, sql, lead)
        assert "version only goes up" in _refused(
            person, "UPDATE leads SET version = 1 WHERE id = %s", lead
        )
        # No path of theirs writes these columns at all.
        for column, value in (("grade", "A"), ("last_attempt_at", None), ("source", "x")):
            assert "permission denied" in _refused(
                person, f"UPDATE leads SET {column} = %s WHERE id = %s", value, lead
            )
    assert _row(center, lead) == before


# What an import writes of a new lead, but its status, attempts, grade and version: copied
# from a stored lead, with the company forged.
COPIED = (
    "company_key, first_name, last_name, person_key, title, phone_raw, phone_valid, "
    "email_raw, email_valid, website, city, postal_code, time_zones, calling_profile_id, "
    "industry, product_interest, inquiry, consent, consent_source, field_sources, touches, "
    "inquired_at, score, queue_id, status_reason, updated_at, source, created_at"
)
FORGED = (
    f"INSERT INTO leads (company, status, attempts, version, {COPIED}) "
    f"SELECT 'Forged Inc', %s, %s, 1, {COPIED} FROM leads WHERE id = %s"
)


@pytest.mark.parametrize("login", ["sam", "al"])
def test_the_office_inserts_a_lead_only_as_an_import_makes_it(
    center: Center, admin: Actor, login: str
) -> None:
    lead = center.north_lead
    with connect_as(center.url, login) as person:
        for status, attempts in (("sales_ready", 0), ("queued", 2)):
            assert "as an import makes it" in _refused(person, FORGED, status, attempts, lead)
        for column in ("lease_owner_id", "assigned_rep_id", "last_attempt_at"):
            assert "permission denied" in _refused(
                person,
                f"INSERT INTO leads (company, {column}, {COPIED}) "
                f"SELECT 'Forged Inc', {column}, {COPIED} FROM leads WHERE id = %s",
                lead,
            )
        person.execute(FORGED, ("queued", 0, lead))
        assert one(person, "SELECT count(*) FROM leads WHERE company = 'Forged Inc'") == 1


def test_a_supervisor_takes_out_only_a_listed_lead_and_moves_only_a_waiting_one(
    center: Center,
) -> None:
    lead, marco = center.north_lead, center.teams.marco
    center.factory.set_lead(lead, status="nurture", recycle_on=date(2099, 1, 1))
    before = _row(center, lead)
    with connect_as(center.url, "sam") as sam:
        for sql, params in (
            ("UPDATE leads SET status = 'do_not_call' WHERE id = %s", (lead,)),
            ("UPDATE leads SET assigned_rep_id = %s WHERE id = %s", (marco.user_id, lead)),
        ):
            assert NOT_YOURS in _refused(sam, sql, *params)
        assert "as an import makes it" in _refused(sam, FORGED, "do_not_call", 0, lead)
    assert _row(center, lead) == before


def test_a_supervisor_releases_and_moves_leads_as_the_board_does(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead, rita, marco = center.north_lead, center.teams.rita, center.teams.marco
    supervisor = center.teams.supervisor
    held_by(center, lead, rita)
    sam = as_person("sam")
    sam.queue.release(supervisor, lead, "rep went home")
    status, attempts, grade, *_ = _row(center, lead)
    assert _row(center, lead)[5] is None
    version = center.factory.get_lead(lead).version
    moved = sam.reassign.move(supervisor, [LeadRef(lead, version)], Target(rep_id=marco.user_id))
    assert moved.moved == (lead,)
    assert _row(center, lead)[:3] == (status, attempts, grade)
    assert _row(center, lead)[4] == marco.user_id


def test_a_supervisor_recycles_nurture_and_rescores(
    center: Center, as_person: Callable[[str], Services]
) -> None:
    lead, supervisor = center.south_lead, center.teams.supervisor
    center.factory.set_lead(
        lead, status="nurture", attempts=4, recycle_on=date(2026, 1, 1), score=1
    )
    sam = as_person("sam")
    sam.nurture.recycle_due(supervisor)
    assert _row(center, lead)[:2] == ("queued", 0)
    sam.scoring.rescore(supervisor)
    assert _row(center, lead)[:2] == ("queued", 0)


def test_an_import_by_a_supervisor_stores_merges_and_takes_out_listed_leads(
    center: Center, as_person: Callable[[str], Services], tmp_path: Path
) -> None:
    header = "company,first_name,last_name,phone,email,country\n"
    row = "Brand New GmbH,Eva,Neu,+1 212 555 0123,eva@brand-new.example,US\n"
    listed = "Listed Ltd,Lou,Listed,+1 212 555 0456,lou@listed.example,US\n"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(header + row + row, encoding="utf-8")
    second.write_text(header + row.replace("Neu,", "Neu-Alt,") + listed, encoding="utf-8")
    sam, supervisor = as_person("sam"), center.teams.supervisor
    summary = sam.intake.import_inquiries(supervisor, first)
    assert (summary.imported, summary.merged) == (1, 1)
    # Both contacts listed meanwhile: the duplicate takes the stored lead out, and the new
    # lead comes in taken out.
    with center.services.db.unit_of_work() as uow:
        for kind, value in ((DncKind.PHONE, "+12125550123"), (DncKind.EMAIL, "lou@listed.example")):
            uow.session.add(
                DoNotCallEntry(
                    kind=kind.value,
                    value_hash=dnc_hash(kind, value),
                    source="internal",
                    added_at=center.services.clock.now(),
                )
            )
        uow.commit()
    summary = sam.intake.import_inquiries(supervisor, second)
    assert (summary.imported, summary.merged, summary.do_not_call) == (1, 1, 1)
    with connect_as(center.url, "sam") as person:
        rows = person.execute(
            "SELECT company, status, touches FROM leads "
            "WHERE company IN ('Brand New GmbH', 'Listed Ltd') ORDER BY company"
        ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("Brand New GmbH", "do_not_call", 3),
        ("Listed Ltd", "do_not_call", 1),
    ]
