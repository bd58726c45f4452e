"""A person's data on request: export and erasure, on both databases and on disk."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, Text, func, inspect, select, text

from qualifier_app.app import Services
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import (
    InvalidInput,
    LeaseLost,
    NotFound,
    NothingEligible,
    PermissionDenied,
)
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.domain.text import message, stored
from qualifier_app.integrations.drafts import DraftStore
from qualifier_app.persistence import audit
from qualifier_app.persistence.models import (
    AuditEntry,
    CallAttempt,
    DoNotCallEntry,
    Handoff,
    HandoffEvent,
    ImportBatch,
    Lead,
    Qualification,
    QualificationAnswer,
    Script,
    Touch,
)
from qualifier_app.services.admin.audit import AuditFilter
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.services.workspace.dto import ContactChange
from tests.integration.test_reports import NOVEMBER
from tests.integration.test_workspace import outcome
from tests.support.factories import Factory
from tests.support.report_history import History, build_history

EMAIL = "zelda.quorra@example.org"
PHONE = "+12125550199"
FIRST, LAST = "Zelda", "Quorrington"
SECRETS = (EMAIL, PHONE, FIRST, LAST, "Quorra Widgets")


def _person(services: Services, factory: Factory, history: History) -> int:
    """The won lead of the history becomes Zelda, with her data in every place it can be."""
    with services.db.unit_of_work() as uow:
        session = uow.session
        handoff = session.scalars(select(Handoff).where(Handoff.status == "won")).one()
        lead_id = handoff.lead_id
        handoff.why = "Quorra Widgets went to Atlantic last month"
        attempt = session.scalars(
            select(CallAttempt).where(
                CallAttempt.lead_id == lead_id, CallAttempt.outcome == "sales_ready"
            )
        ).one()
        attempt.notes = f"{FIRST} asked to be called on {PHONE} only"
        script = Script(
            name="Privacy", version=1, segment=None, definition={}, created_at=services.clock.now()
        )
        session.add(script)
        session.flush()
        qualification = Qualification(
            call_attempt_id=attempt.id,
            lead_id=lead_id,
            script_id=script.id,
            segment="smb",
            grade="A",
            recommendation="sales_ready",
            decision="sales_ready",
            created_at=services.clock.now(),
        )
        session.add(qualification)
        session.flush()
        session.add(
            QualificationAnswer(
                qualification_id=qualification.id,
                question_key="need",
                question_type="text",
                value_text=f"{FIRST} {LAST} needs it for Quorra Widgets",
            )
        )
        session.add(
            Touch(
                lead_id=lead_id,
                kind="form",
                occurred_at=services.clock.now(),
                details={"row": {"email": EMAIL, "name": f"{FIRST} {LAST}"}},
            )
        )
        # An audit row with personal values, as a merge writes them (sealed on the way in).
        audit.record(
            session,
            at=services.clock.now(),
            actor_id=None,
            action="lead.merged",
            entity_type="lead",
            entity_id=lead_id,
            before={"email_raw": "", "last_name": "Q"},
            after={"email_raw": EMAIL, "last_name": LAST, "touches": 2},
            reason="duplicate by e-mail",
        )
        uow.commit()
    factory.set_lead(
        lead_id,
        first_name=FIRST,
        last_name=LAST,
        company="Quorra Widgets",
        company_key="quorra widgets",
        email_raw=EMAIL.upper(),
        email_normalized=EMAIL,
        email_valid=True,
        phone_raw="(212) 555-0199",
        phone_e164=PHONE,
    )
    outbox = services.settings.outbox_dir
    outbox.mkdir(parents=True, exist_ok=True)
    (outbox / f"handoff-{handoff.id:08d}.json").write_text(json.dumps({"contact": EMAIL}))
    (outbox / f"handoff-{handoff.id:08d}.eml").write_text(f"To: partner\n\n{FIRST} {LAST}\n")
    drafts = DraftStore(services.settings.drafts_dir, database=services.settings.database_url)
    drafts.save("rita", lead_id, {"notes": f"call {FIRST}"})
    return lead_id


def _figures(services: Services, history: History) -> list[Any]:
    reports = services.reports
    who = history.supervisor
    return [
        reports.conversion_by_rep(who, NOVEMBER),
        reports.conversion_by_campaign(who, NOVEMBER),
        reports.conversion_by_partner(who, NOVEMBER),
        reports.status_kpis(who, "partner", NOVEMBER),
    ]


@pytest.fixture
def history(services: Services, factory: Factory) -> History:
    return build_history(services, factory)


def test_export_holds_every_row_and_only_its_owner_can_read_it(
    services: Services, factory: Factory, history: History, tmp_path: Path
) -> None:
    lead_id = _person(services, factory, history)
    out = tmp_path / "zelda.zip"
    result = services.person.export(history.supervisor, PersonQuery(email=EMAIL.upper()), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        members = {name: json.loads(archive.read(name)) for name in archive.namelist()}
    assert [row["id"] for row in members["leads.json"]] == [lead_id]
    assert members["leads.json"][0]["email_normalized"] == EMAIL
    assert len(members["call_attempts.json"]) == 2
    assert members["qualification_answers.json"][0]["value_text"].startswith(FIRST)
    assert members["handoffs.json"][0]["status"] == "won"
    assert any(t["details"].get("row") for t in members["touches.json"])
    merged = [row for row in members["audit_log.json"] if row["action"] == "lead.merged"]
    assert merged[0]["after"]["email_raw"] == EMAIL  # opened with the person's key
    assert result.leads == 1 and result.rows > 5
    found = services.person.export(
        history.supervisor,
        PersonQuery(phone="212-555-0199", country="US"),
        tmp_path / "by-phone.zip",
    )
    assert found.leads == 1
    exported = services.audit.find(OPERATOR, AuditFilter(action="person.exported"), 10)
    assert len(exported.rows) == 2 and EMAIL not in json.dumps(exported.rows[0].after)


def test_export_says_kept_messages_in_words(
    services: Services, factory: Factory, history: History, tmp_path: Path
) -> None:
    lead_id = _person(services, factory, history)
    with services.db.unit_of_work() as uow:
        handoff = uow.session.scalars(select(Handoff).where(Handoff.lead_id == lead_id)).one()
        handoff.why = stored(message("Covers {region}", region="US-NY"))
        handoff_id = handoff.id
        uow.session.add(
            HandoffEvent(
                handoff_id=handoff_id,
                at=services.clock.now(),
                status=handoff.status,
                origin="sweep",
                note=stored(message("SLA of {hours} h missed", hours=48)),
            )
        )
        uow.commit()
    out = tmp_path / "zelda.zip"
    services.person.export(history.supervisor, PersonQuery(email=EMAIL), out)
    with zipfile.ZipFile(out) as archive:
        handoffs = json.loads(archive.read("handoffs.json"))
        events = json.loads(archive.read("handoff_events.json"))
    assert [row["why"] for row in handoffs if row["id"] == handoff_id] == ["Covers US-NY"]
    assert [row["note"] for row in events if row["origin"] == "sweep"] == ["SLA of 48 h missed"]


def test_export_refuses_reps_bad_names_and_unknown_people(
    services: Services, factory: Factory, history: History, tmp_path: Path
) -> None:
    _person(services, factory, history)
    with pytest.raises(PermissionDenied):
        services.person.export(history.rita, PersonQuery(email=EMAIL), tmp_path / "a.zip")
    with pytest.raises(InvalidInput, match=r"\.zip"):
        services.person.export(OPERATOR, PersonQuery(email=EMAIL), tmp_path / "a.json")
    with pytest.raises(InvalidInput, match="e-mail"):
        services.person.export(OPERATOR, PersonQuery(email="not-an-address"), tmp_path / "a.zip")
    with pytest.raises(NotFound):
        services.person.export(
            OPERATOR, PersonQuery(email="nobody@example.org"), tmp_path / "b.zip"
        )
    assert not list(tmp_path.glob("*.zip"))


def test_audit_rows_keep_personal_values_sealed_in_the_database(
    services: Services, factory: Factory, history: History
) -> None:
    lead_id = _person(services, factory, history)
    with services.db.unit_of_work(write=False) as uow:
        after = uow.session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "lead.merged")
        ).one()
    assert after is not None and audit.is_sealed(after["email_raw"])
    assert after["touches"] == 2  # what is not personal stays readable as it was
    shown = services.audit.find(OPERATOR, AuditFilter(lead_id=lead_id), 50)
    merged = next(r for r in shown.rows if r.action == "lead.merged")
    assert merged.after == {"email_raw": EMAIL, "last_name": LAST, "touches": 2}


def _text_columns(services: Services) -> list[tuple[str, str]]:
    columns = []
    for table in inspect(services.db.engine).get_table_names():
        for column in inspect(services.db.engine).get_columns(table):
            kind = column["type"]
            if isinstance(kind, String | Text) or "JSON" in type(kind).__name__.upper():
                columns.append((table, column["name"]))
    return columns


def _occurrences(services: Services, backend: str, database_url: str) -> list[str]:
    found: list[str] = []
    if backend == "sqlite":
        path = Path(database_url.removeprefix("sqlite:///"))
        # Checkpoint only, no VACUUM: secure_delete must have zeroed what the erasure freed.
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*")).lower()
        found += [s for s in SECRETS if s.lower().encode() in raw]
    else:
        with services.db.engine.connect() as connection:
            for table, column in _text_columns(services):
                for secret in SECRETS:
                    hits = connection.execute(
                        text(
                            f'SELECT count(*) FROM "{table}" WHERE lower("{column}"::text) LIKE :s'
                        ),
                        {"s": f"%{secret.lower()}%"},
                    ).scalar()
                    if hits:
                        found.append(f"{table}.{column}: {secret}")
    return found


def test_erasure_leaves_the_person_nowhere_and_the_reports_unchanged(
    services: Services, factory: Factory, history: History, backend: str, database_url: str
) -> None:
    lead_id = _person(services, factory, history)
    assert _occurrences(services, backend, database_url)  # the search does find them
    before = _figures(services, history)
    admin = factory.user("ada", Role.ADMIN, team=None, queues=())
    with pytest.raises(PermissionDenied):
        services.person.erase(history.supervisor, PersonQuery(lead_id=lead_id), "asked by mail")
    with pytest.raises(InvalidInput, match="why"):
        services.person.erase(admin, PersonQuery(lead_id=lead_id), "  ")

    result = services.person.erase(admin, PersonQuery(email=EMAIL), "request of 2 Dec, ticket 7")

    assert result.lead_ids == (lead_id,) and result.keys_destroyed == 1
    assert result.files_shredded == 3  # the package (.eml, .json) and Rita's draft
    assert _occurrences(services, backend, database_url) == []
    assert _figures(services, history) == before
    outbox, drafts = services.settings.outbox_dir, services.settings.drafts_dir
    for folder in (outbox, drafts):
        for path in folder.rglob("*"):
            assert not any(s.lower().encode() in path.read_bytes().lower() for s in SECRETS)
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session
        hashes = set(session.scalars(select(DoNotCallEntry.value_hash)))
        lead = session.get(Lead, lead_id)
        assert lead is not None
        session.expunge(lead)
        erased = session.execute(
            select(AuditEntry.reason, AuditEntry.actor_id).where(
                AuditEntry.action == "person.erased"
            )
        ).one()
        attempts = session.scalar(select(func.count()).select_from(CallAttempt))
    assert {dnc_hash(DncKind.EMAIL, EMAIL), dnc_hash(DncKind.PHONE, PHONE)} <= hashes
    assert lead is not None and lead.status == "handed_off"  # delivered: its status stays
    assert lead.email_normalized is None and lead.first_name == "" and lead.company == ""
    assert erased.reason == "request of 2 Dec, ticket 7" and erased.actor_id == admin.user_id
    assert attempts == 8  # rows stay, their personal text is gone
    shown = services.audit.find(OPERATOR, AuditFilter(lead_id=lead_id), 50)
    merged = next(r for r in shown.rows if r.action == "lead.merged")
    assert merged.after == {"email_raw": "[erased]", "last_name": "[erased]", "touches": 2}
    # A new inquiry from the same address is recognised as do-not-call, by its hash.
    assert services.do_not_call.is_listed(history.rita, phone_e164=None, email=EMAIL)
    with pytest.raises(NotFound):
        services.person.export(OPERATOR, PersonQuery(email=EMAIL), outbox.parent / "again.zip")


def test_a_queued_person_leaves_every_queue_when_erased(
    services: Services, factory: Factory
) -> None:
    lead_id = factory.lead(email_normalized="q@example.org", email_raw="q@example.org")
    result = services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked on the phone")
    assert result.lead_ids == (lead_id,)
    lead = factory.get_lead(lead_id)
    assert lead.status == "do_not_call" and lead.phone_e164 is None and lead.last_name == ""
    with pytest.raises(NothingEligible):
        services.queue.claim_next(factory.user("rita"))


def test_an_import_seals_merged_values_and_erasure_makes_them_unreadable(
    services: Services, tmp_path: Path
) -> None:
    header = "First Name,Last Name,Company,E-mail Address,Phone,Country,Job Title,Date\n"
    first, later = tmp_path / "first.csv", tmp_path / "later.csv"
    first.write_text(header + "Mara,Okafor,Okafor Ltd,mara@okafor.example,,GB,,2026-11-01\n")
    # The later file fills her phone and title: the merge changes personal fields of a
    # stored lead, and its audit row holds their old and new values.
    later.write_text(
        header + "Mara,Okafor,Okafor Ltd,mara@okafor.example,+44 20 7946 0958,GB,"
        "Head of Infrastructure,2026-11-20\n"
    )
    services.intake.import_inquiries(OPERATOR, first)
    services.intake.import_inquiries(OPERATOR, later)

    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.before, AuditEntry.after).where(AuditEntry.action == "lead.merged")
        ).all()
    stored = json.dumps([list(row) for row in rows]).lower()
    assert "sealed:v1:" in stored
    assert "head of infrastructure" not in stored and "7946" not in stored
    lead_id = services.person.erase(
        OPERATOR, PersonQuery(email="mara@okafor.example"), "asked by letter"
    ).lead_ids[0]
    shown = services.audit.find(OPERATOR, AuditFilter(lead_id=lead_id), 50)
    merged = next(r for r in shown.rows if r.action == "lead.merged")
    assert merged.after is not None and merged.after["title"] == "[erased]"
    assert "infrastructure" not in json.dumps([[r.before, r.after] for r in shown.rows]).lower()


def test_erasing_a_short_name_leaves_other_peoples_files(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    # "Eve" is inside "Revenue" and "Steve", "Ann" inside "Annual": whole words, and only
    # what identifies her (e-mail, phone, her full name), decide which files are hers.
    lead_id = factory.lead(
        first_name="Eve",
        last_name="Tan",
        email_raw="eve@tan.example",
        email_normalized="eve@tan.example",
        phone_raw="(212) 555-0142",
        phone_e164="+12125550142",
    )
    outbox = services.settings.outbox_dir
    outbox.mkdir(parents=True, exist_ok=True)
    others = outbox / "handoff-00000077.eml"
    others.write_text("Contact: Steve Tanner <steve@tan.example>\nAnnual revenue: 120000\n")
    hers = outbox / "note.eml"
    hers.write_text("Call back eve tan about pricing\n")
    rejects = tmp_path / "batch.rejects.csv"
    rejects.write_text(
        "row,column,value,reason\n"
        "3,Phone,212 555 014,not a valid phone number: too short for US\n"
        "3,Email,eve@tan.example,not a valid e-mail address\n"
        "4,Email,steve@tan,not a valid e-mail address: revenue team\n"
        "5,First name,Eve,too long\n"
    )
    with services.db.unit_of_work() as uow:
        uow.session.add(
            ImportBatch(
                kind="inquiries",
                file_name="batch.csv",
                file_sha256="0" * 64,
                started_at=services.clock.now(),
                status="finished",
                rejects_file=str(rejects),
            )
        )
        uow.commit()
    result = services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked by mail")
    assert others.exists() and not hers.exists()
    assert result.files_shredded == 1
    # Her row 3 goes whole (its phone line too), the other row stays.
    assert rejects.read_text().splitlines() == [
        "row,column,value,reason",
        "4,Email,steve@tan,not a valid e-mail address: revenue team",
        "5,First name,Eve,too long",  # a first name alone names nobody
    ]


def test_a_rep_saving_a_call_to_a_person_erased_meanwhile_is_told_so(
    services: Services, factory: Factory
) -> None:
    rita = factory.user("rita")
    factory.lead(segment="enterprise", first_name="Xavi", last_name="Quorn")
    item = services.workspace.next_lead(rita)
    services.person.erase(OPERATOR, PersonQuery(lead_id=item.lead.id), "asked")
    with pytest.raises(LeaseLost, match="was erased on the person's request") as refused:
        services.workspace.submit(
            rita, outcome(item, OutcomeKind.CALLBACK, notes="Xavi Quorn asked for a call back")
        )
    assert refused.value.erased
    with pytest.raises(LeaseLost, match="was erased") as beat:
        services.queue.heartbeat(rita, item.lead.id)
    assert beat.value.erased
    assert factory.get_lead(item.lead.id).first_name == ""


def test_a_person_is_found_by_and_kept_off_the_numbers_and_addresses_corrected_on_the_call(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """A correction keeps the old value as typed: asking by the number or address the person
    had before found nothing, and erasure listed only the values the lead had at the end,
    so the same person imported again on the old number was called."""
    rita = factory.user("rita")
    lead_id = factory.lead(
        phone_raw="(212) 555-0142",
        phone_e164="+12125550142",
        email_raw="Old.Address@Example.org",
        email_normalized="old.address@example.org",
        email_valid=True,
    )
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    services.workspace.submit(
        rita,
        outcome(
            item,
            OutcomeKind.NO_CONTACT,
            disposition=Disposition.NO_ANSWER,
            corrections=(
                ContactChange("phone", "+1 212 555 0177"),
                ContactChange("email", "new.address@example.org"),
            ),
        ),
    )
    supervisor = factory.user("sam", Role.SUPERVISOR)
    for number, query in enumerate(
        (
            PersonQuery(phone="212 555 0142", country="US"),
            PersonQuery(email="old.address@example.org"),
        )
    ):
        found = services.person.export(supervisor, query, tmp_path / f"{number}.zip")
        assert found.leads == 1

    services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked by letter")
    for phone in ("+12125550142", "+12125550177"):
        assert services.do_not_call.is_listed(rita, phone_e164=phone, email=None)
    for email in ("old.address@example.org", "new.address@example.org"):
        assert services.do_not_call.is_listed(rita, phone_e164=None, email=email)


def test_the_export_audit_row_keeps_no_file_name_that_could_name_the_person(
    services: Services, factory: Factory, history: History, tmp_path: Path
) -> None:
    lead_id = _person(services, factory, history)
    out = tmp_path / "quorrington-zelda.zip"  # officers name the file after the person
    services.person.export(history.supervisor, PersonQuery(lead_id=lead_id), out)
    services.person.erase(OPERATOR, PersonQuery(lead_id=lead_id), "asked by mail")
    with services.db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(AuditEntry.action, AuditEntry.before, AuditEntry.after, AuditEntry.reason)
        ).all()
    exported = [row for row in rows if row.action == "person.exported"]
    assert len(exported) == 1 and exported[0].after["rows"] > 5
    assert [row.action for row in rows if "quorrington" in json.dumps(row[1:]).lower()] == []
    shown = services.audit.find(OPERATOR, AuditFilter(action="person.exported"), 10)
    assert "quorrington" not in json.dumps(shown.rows[0].after).lower()
