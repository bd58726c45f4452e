"""Importing inquiries end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.do_not_call import DncKind, dnc_hash
from qualifier_app.domain.errors import InvalidInput, PermissionDenied
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import (
    AuditEntry,
    Campaign,
    DoNotCallEntry,
    ImportBatch,
    Lead,
    Queue,
    Touch,
)
from qualifier_app.services.intake import inquiries
from qualifier_app.services.intake.dto import ImportProgress
from qualifier_app.services.intake.scoring_rules import load_rules
from tests.integration.test_workspace import outcome
from tests.support.factories import Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(DATA / name, target)
    return target


def count(services: Services, model: type, *where: object) -> int:
    with services.db.unit_of_work(write=False) as uow:
        return int(
            uow.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()
        )


def leads(services: Services) -> dict[str, Lead]:
    with services.db.unit_of_work(write=False) as uow:
        found = uow.session.scalars(select(Lead).order_by(Lead.id)).all()
        uow.session.expunge_all()
    return {f"{lead.first_name} {lead.last_name}": lead for lead in found}


def snapshot(services: Services) -> tuple[int, int, int]:
    return (
        count(services, Lead),
        count(services, Touch),
        count(services, AuditEntry, AuditEntry.entity_type == "lead"),
    )


def test_golden_file_known_duplicates_become_touches(services: Services, tmp_path: Path) -> None:
    summary = services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    assert (summary.rows, summary.imported, summary.merged, summary.rejected) == (14, 6, 6, 2)
    assert summary.flagged == 1
    assert summary.queues == {"SMB Americas": 3, "SMB International": 3}

    found = leads(services)
    assert set(found) == {"John Smith", "Anna Müller", "Priya Nair", "Pat Smith", "Liam Brown",
                          "Emma Wilson"}  # fmt: skip
    john = found["John Smith"]
    # Case, spacing, punctuation, phone format and company suffix: one lead, four touches.
    assert john.touches == 4
    assert (john.company, john.company_key, john.country, john.region) == (
        "Acme Systems, Inc.", "acme systems", "US", "NY")  # fmt: skip
    assert (john.phone_e164, john.email_normalized) == ("+12125550147", "john.smith@acme.example")
    assert john.time_zones == "America/New_York"
    # The newest dated touch counts for recency.
    assert john.inquired_at == datetime(2026, 11, 15, tzinfo=UTC)
    assert found["Anna Müller"].touches == 3
    assert found["Priya Nair"].touches == 2
    # Same switchboard number, different person: a lead of her own.
    assert found["Pat Smith"].touches == 1
    # An invalid phone with a valid e-mail is kept as typed, flagged, never guessed.
    liam = found["Liam Brown"]
    assert (liam.phone_raw, liam.phone_e164, liam.phone_valid) == ("+44 20 1234", None, False)
    assert all(lead.status == "queued" and lead.queue_id for lead in found.values())

    assert count(services, Touch) == 12
    assert count(services, AuditEntry, AuditEntry.action == "lead.created") == 6
    assert count(services, AuditEntry, AuditEntry.action == "lead.merged") == 6

    assert summary.rejects_file is not None
    with open(summary.rejects_file, encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.reader(handle))
    assert rejects[0] == ["row", "column", "value", "reason"]
    assert [row[:3] for row in rejects[1:]] == [
        ["12", "Phone", "12345"],
        ["12", "E-mail Address", "bob@@foo"],
        ["13", "Phone", ""],
    ]
    assert "not a valid e-mail address" in rejects[2][3]
    assert rejects[3][3] == "no phone number and no e-mail address"

    with services.db.unit_of_work(write=False) as uow:
        batch = uow.session.scalars(select(ImportBatch)).one()
        assert (batch.status, batch.rows, batch.imported, batch.merged, batch.rejected) == (
            "finished", 14, 6, 6, 2)  # fmt: skip
        keys = uow.session.scalars(select(Touch.dedupe_key)).all()
    assert len(set(keys)) == 12 and None not in keys


def test_running_the_same_file_again_changes_nothing(services: Services, tmp_path: Path) -> None:
    source = copy("golden_duplicates.csv", tmp_path)
    services.intake.import_inquiries(OPERATOR, source)
    before = snapshot(services), {name: lead.version for name, lead in leads(services).items()}
    again = services.intake.import_inquiries(OPERATOR, source)
    assert (again.imported, again.merged, again.already_imported, again.rejected) == (0, 0, 12, 2)
    assert (snapshot(services), {n: lead.version for n, lead in leads(services).items()}) == before


SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do", "fu", "ga", "hi", "jo",
             "pe", "qu", "ri", "so", "tu", "wa"]  # fmt: skip


def word(n: int) -> str:
    """Distinct made-up names: consecutive numbers differ in their first syllable."""
    return "".join(SYLLABLES[(n // 20**i) % 20] for i in range(3)).title()


def big_file(folder: Path, rows: int) -> Path:
    """`rows` inquiries; the last fifth repeat earlier people (same e-mail)."""
    path = folder / "many.csv"
    people = rows * 4 // 5
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "Email", "Phone", "Country"])
        for n in range(rows):
            p = n % people
            email, phone = f"person{p}@firm{p}.example", f"+1 212 555 {p:04d}"
            writer.writerow([word(p + 1000), word(p), f"{word(p + 4000)} Ltd", email, phone, "US"])
    return path


def test_an_import_interrupted_mid_way_can_be_run_again(services: Services, tmp_path: Path) -> None:
    source = big_file(tmp_path, 100)
    calls: list[ImportProgress] = []

    def crash_after_two_chunks(progress: ImportProgress) -> None:
        calls.append(progress)
        if len(calls) == 2:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        services.intake.import_inquiries(
            OPERATOR, source, progress=crash_after_two_chunks, chunk_rows=30
        )
    assert count(services, Touch) == 60  # two chunks were committed
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.scalars(select(ImportBatch.status)).one() == "failed"

    resumed = services.intake.import_inquiries(OPERATOR, source, chunk_rows=30)
    assert resumed.already_imported == 60
    assert (count(services, Lead), count(services, Touch)) == (80, 100)
    with services.db.unit_of_work(write=False) as uow:
        duplicated = uow.session.execute(
            select(Lead.email_normalized).group_by(Lead.email_normalized).having(func.count() > 1)
        ).all()
        touches = uow.session.execute(select(func.sum(Lead.touches))).scalar_one()
    assert duplicated == [] and touches == 100


def test_a_chunk_that_fails_mid_way_is_not_counted(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inquiries, "WINDOW_ROWS", 100)  # chunks of several windows, in few rows
    source = big_file(tmp_path, 300)
    calls: list[ImportProgress] = []

    def crash_inside_the_second_chunk(progress: ImportProgress) -> None:
        calls.append(progress)
        if len(calls) == 3:  # after the second chunk's first window, before its commit
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        services.intake.import_inquiries(
            OPERATOR, source, progress=crash_inside_the_second_chunk, chunk_rows=150
        )
    assert count(services, Touch) == 150
    stored = count(services, Lead)
    with services.db.unit_of_work(write=False) as uow:
        batch = uow.session.execute(
            select(ImportBatch.status, ImportBatch.rows, ImportBatch.imported,
                   ImportBatch.merged, ImportBatch.rejected)
        ).one()  # fmt: skip
    assert tuple(batch) == ("failed", 150, stored, 150 - stored, 0)


def test_a_ctrl_c_just_after_a_chunk_committed_leaves_its_counts_on_the_batch(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C that came after a chunk's commit, before its call returned, put the chunk's
    counts back as if nothing were stored: `import history` said 0 imported beside 100 new
    leads (seen once in a run of the whole suite)."""
    source = big_file(tmp_path, 300)
    store = services.intake._store_chunk

    def interrupted_after_the_first_commit(*args: Any) -> bool:
        store(*args)
        raise KeyboardInterrupt

    monkeypatch.setattr(services.intake, "_store_chunk", interrupted_after_the_first_commit)
    with pytest.raises(KeyboardInterrupt):
        services.intake.import_inquiries(OPERATOR, source, chunk_rows=100)
    with services.db.unit_of_work(write=False) as uow:
        batch = uow.session.execute(
            select(ImportBatch.status, ImportBatch.rows, ImportBatch.imported)
        ).one()
    assert tuple(batch) == ("interrupted", 100, count(services, Lead))
    assert count(services, Lead) == 100


def test_a_rejects_file_that_cannot_be_written_still_closes_the_batch(
    services: Services, tmp_path: Path
) -> None:
    source = copy("golden_duplicates.csv", tmp_path)
    folder = tmp_path / "rejects"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="does not exist"):
        services.intake.import_inquiries(
            OPERATOR,
            source,
            rejects_path=folder / "golden.rejects.csv",
            progress=lambda _: shutil.rmtree(folder, ignore_errors=True),  # gone before the end
        )
    with services.db.unit_of_work(write=False) as uow:
        batch = uow.session.execute(
            select(ImportBatch.status, ImportBatch.imported, ImportBatch.rejects_file)
        ).one()
    assert tuple(batch) == ("finished", count(services, Lead), None)


def test_colleagues_with_their_own_contacts_become_two_leads(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "colleagues.csv"
    path.write_text(
        "First name,Last name,Company,Email,Phone,Country\n"
        "Mark,Jones,Acme Ltd,mark@acme.example,020 7946 0001,GB\n"
        "Mary,Jones,Acme Ltd,mary@acme.example,020 7946 0002,GB\n"
    )
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert (summary.imported, summary.merged) == (2, 0)
    found = leads(services)
    assert found["Mary Jones"].email_normalized == "mary@acme.example"
    assert found["Mary Jones"].phone_e164 == "+442079460002"


def test_cancel_stops_between_chunks_and_keeps_what_was_stored(
    services: Services, tmp_path: Path
) -> None:
    source = big_file(tmp_path, 90)
    seen: list[ImportProgress] = []
    summary = services.intake.import_inquiries(
        OPERATOR, source, progress=seen.append, cancel=lambda: len(seen) >= 1, chunk_rows=40
    )
    assert summary.cancelled and summary.rows == 40
    assert seen[0] == ImportProgress(40, 90, 40, 0, 0)
    rest = services.intake.import_inquiries(OPERATOR, source, chunk_rows=40)
    assert (rest.already_imported, rest.imported + rest.merged) == (40, 50)
    assert count(services, Touch) == 90


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_encoding_and_delimiter(
    services: Services, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "inquiries.csv"
    rows = [["Vorname", "Nachname", "Firma", "E-Mail", "Telefon", "Land"],
            ["Zoë", "Müller", "Bäckerei Größe GmbH", "zoe@baeckerei.example", "030 1234567",
             "Deutschland"],
            ["François", "Lefèvre", "Café Crème SARL", "f.lefevre@cafe.example", "01 42 68 53 00",
             "France"]]  # fmt: skip
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert (summary.imported, summary.rejected) == (2, 0)
    found = leads(services)
    assert found["Zoë Müller"].company == "Bäckerei Größe GmbH"
    assert found["Zoë Müller"].phone_e164 == "+49301234567"
    assert found["François Lefèvre"].country == "FR"


def test_xlsx_files_are_imported(services: Services, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["First Name", "Last Name", "Company", "Email", "Phone", "Country", "Employees"])
    sheet.append(["Ana", "Costa", "Samba Tecnologia Ltda", "ana@samba.example", 5511912345678,
                  "BR", 1500])  # fmt: skip
    path = tmp_path / "inquiries.xlsx"
    workbook.save(path)
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert summary.imported == 1
    ana = leads(services)["Ana Costa"]
    assert (ana.phone_e164, ana.employees, ana.segment) == ("+5511912345678", 1500, "enterprise")
    assert services.queue.stats(OPERATOR).by_status == {"queued": 1}


def test_formula_like_cells_are_stored_verbatim(services: Services, tmp_path: Path) -> None:
    services.intake.import_inquiries(OPERATOR, copy("formula_cells.csv", tmp_path))
    found = leads(services)
    eve = found["Eve =1+2"]
    assert eve.company == '=HYPERLINK("http://evil.example","Click")'
    assert eve.inquiry == "+cmd|' /C calc'!A0"
    assert found["Mallory @SUM(A1:A9)"].company == "-Minus Corp"


def test_a_mapping_file_maps_unusual_headers(services: Services, tmp_path: Path) -> None:
    from qualifier_app.services.intake.inquiries import read_mapping_file

    source = copy("unusual_headers.csv", tmp_path)
    mapping = read_mapping_file(DATA / "unusual_headers.mapping.json")
    summary = services.intake.import_inquiries(OPERATOR, source, mapping=mapping)
    assert summary.imported == 1
    (lead,) = leads(services).values()
    assert (lead.last_name, lead.company, lead.country, lead.inquiry) == (
        "Dupont", "Exemple SARL", "FR", "rappeler")  # fmt: skip
    assert lead.phone_e164 == "+33142685300"


def test_duplicates_of_stored_leads_fill_but_never_overwrite(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    stored = factory.lead(first_name="John", last_name="Smith", company="Acme Systems Inc",
                          company_key="acme systems", person_key="smith j",
                          email_normalized="john.smith@acme.example", email_valid=True,
                          title="Chief Information Officer", score=1)  # fmt: skip
    worked = factory.lead(first_name="Anna", last_name="Müller", company="Rhein Daten GmbH",
                          email_normalized="anna.mueller@rheindaten.example", email_valid=True,
                          country="DE", region=None, attempts=2, score=7)  # fmt: skip
    queue_before = factory.get_lead(worked).queue_id
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    john = factory.get_lead(stored)
    assert john.touches == 5 and john.title == "Chief Information Officer"
    assert john.postal_code == "10001"  # was empty: filled
    assert "postal_code" in john.field_sources
    assert john.score > 1 and john.version > 1  # unworked: re-scored
    anna = factory.get_lead(worked)
    assert anna.touches == 4 and anna.score == 7 and anna.queue_id == queue_before
    assert count(services, Lead) == 6


def test_do_not_call_contacts_are_imported_but_never_queued(
    services: Services, tmp_path: Path
) -> None:
    with services.db.unit_of_work() as uow:
        entry = DoNotCallEntry(
            kind="phone",
            value_hash=dnc_hash(DncKind.PHONE, "+14165550199"),
            source="internal",
            added_at=services.clock.now(),
        )
        uow.session.add(entry)
        uow.commit()
    summary = services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    assert summary.do_not_call == 1
    emma = leads(services)["Emma Wilson"]
    assert (emma.status, emma.queue_id) == ("do_not_call", None)
    assert "Emma" not in str(services.queue.stats(OPERATOR))


def test_campaign_is_recorded_and_another_campaign_is_another_touch(
    services: Services, tmp_path: Path
) -> None:
    source = copy("golden_duplicates.csv", tmp_path)
    first = services.intake.import_inquiries(OPERATOR, source, campaign="Trade Show Q4")
    assert first.campaign == "Trade Show Q4"
    again = services.intake.import_inquiries(OPERATOR, source, campaign="Webinar Follow-up")
    assert (again.imported, again.merged) == (0, 12)
    assert count(services, Campaign) == 2
    with services.db.unit_of_work(write=False) as uow:
        campaign_ids = set(uow.session.scalars(select(Touch.campaign_id)))
    assert len(campaign_ids) == 2


def test_queues_named_by_the_rules_are_created(services: Services, tmp_path: Path) -> None:
    services.intake.import_inquiries(OPERATOR, copy("golden_duplicates.csv", tmp_path))
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(Queue.name))) == {"SMB Americas", "SMB International"}


def test_an_import_names_the_queues_it_created_and_those_nobody_works(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    source = copy("golden_duplicates.csv", tmp_path)
    first = services.intake.import_inquiries(OPERATOR, source)
    assert first.created_queues == ("SMB Americas", "SMB International")
    assert first.unworked_queues == ("SMB Americas", "SMB International")

    east_main = factory.queue("East Main", team="East")
    factory.user("erin", team="East", queues=("East Main",))
    factory.queue("Spare")  # no team
    # The same names typed another way are the same queues: nothing is created.
    again = services.intake.import_inquiries(
        OPERATOR,
        source,
        campaign="Webinar",
        rules={**load_rules(), "queues": [{"queue": "  east   MAIN ", "when": {}}]},
    )
    assert (again.merged, again.created_queues, again.unworked_queues) == (12, (), ())
    assert {lead.queue_id for lead in leads(services).values()} == {east_main}
    # A typo: the queue is created, and the leads it took wait for a team, as it says.
    typo = services.intake.import_inquiries(
        OPERATOR,
        source,
        campaign="Fair",
        rules={**load_rules(), "queues": [{"queue": "East Mian", "when": {}}]},
    )
    assert typo.created_queues == ("East Mian",)
    assert typo.unworked_queues == ("East Mian",)
    # A queue of no team that people work (shared by teams) is worked; a team's queue that
    # nobody works is not: whether leads wait is who works the queue, not its team.
    factory.queue("Shared")
    factory.user("sam", team=None, queues=("Shared",))
    factory.queue("Unticked", team="East")
    supervisor = factory.user("sid", Role.SUPERVISOR, team=None, queues=())  # as themselves
    for queue, unworked in (("Shared", ()), ("Unticked", ("Unticked",))):
        routed = services.intake.import_inquiries(
            supervisor,
            source,
            campaign=f"Fair {queue}",
            rules={**load_rules(), "queues": [{"queue": queue, "when": {}}]},
        )
        assert routed.unworked_queues == unworked
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(Queue.name))) == {
            "SMB Americas", "SMB International", "East Main", "Spare", "East Mian", "Shared",
            "Unticked"}  # fmt: skip


def test_only_supervisors_and_admins_import(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita", Role.REP)
    with pytest.raises(PermissionDenied, match="may not import inquiries"):
        services.intake.import_inquiries(rep, copy("golden_duplicates.csv", tmp_path))
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    assert (
        services.intake.import_inquiries(supervisor, tmp_path / "golden_duplicates.csv").imported
        == 6
    )
    with services.db.unit_of_work(write=False) as uow:
        assert set(uow.session.scalars(select(AuditEntry.actor_id).where(
            AuditEntry.action == "lead.created"))) == {supervisor.user_id}  # fmt: skip


def test_files_that_cannot_be_imported_say_why(services: Services, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        services.intake.import_inquiries(OPERATOR, tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InvalidInput, match="is empty"):
        services.intake.import_inquiries(OPERATOR, empty)
    no_contact = tmp_path / "names.csv"
    no_contact.write_text("Name,Company\nPat,Acme\n")
    with pytest.raises(InvalidInput, match="phone or e-mail"):
        services.intake.import_inquiries(OPERATOR, no_contact)
    assert count(services, ImportBatch) == 0


def test_preview_suggests_the_mapping(services: Services, tmp_path: Path) -> None:
    preview = services.intake.preview(OPERATOR, copy("golden_duplicates.csv", tmp_path), rows=3)
    assert preview.total_rows == 14 and len(preview.rows) == 3
    assert preview.mapping[:5] == ("first_name", "last_name", "company", "email", "phone")
    assert preview.delimiter == ","


@pytest.mark.parametrize(
    ("window", "chunk_rows", "expected_leads"),
    [(2, 2, 2), (2, 6, 2), (3, 3, 1), (3, 6, 1)],
)
def test_the_matching_window_not_the_transaction_decides_what_matches(
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    window: int,
    chunk_rows: int,
    expected_leads: int,
) -> None:
    # B is A (same e-mail) and brings a second phone; C has only that second phone. Within
    # one window B's phone leads C to A; in the next window C is somebody new.
    path = tmp_path / "chain.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "Email", "Phone", "Country"])
        writer.writerow(
            ["Ada", "Byron", "Engines Ltd", "ada@engines.example", "+1 212 555 0101", "US"]
        )
        writer.writerow(
            ["Ada", "Byron", "Engines Ltd", "ada@engines.example", "+1 212 555 0102", "US"]
        )
        writer.writerow(["Ada", "Byron", "", "ada@home.example", "+1 212 555 0102", "US"])
    monkeypatch.setattr("qualifier_app.services.intake.inquiries.WINDOW_ROWS", window)
    summary = services.intake.import_inquiries(OPERATOR, path, chunk_rows=chunk_rows)
    assert (summary.imported, summary.merged) == (expected_leads, 3 - expected_leads)
    assert snapshot(services) == (expected_leads, 3, 3)


def test_a_duplicate_merged_into_a_lead_being_called_leaves_the_reps_outcome_savable(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """The merge counted as a change to the lead: the rep's outcome was refused as if the
    lead had been taken from them ("merged by …"), and the call's outcome was lost."""
    rita = factory.user("rita")
    lead_id = factory.lead(first_name="Pat", last_name="Lee", company="Acme",
                           email_normalized="pat@acme.example", email_valid=True)  # fmt: skip
    item = services.workspace.next_lead(rita)
    assert item.lead.id == lead_id
    again = tmp_path / "again.csv"
    again.write_text(
        "First Name,Last Name,Company,Email,Postal Code,Country\n"
        "Pat,Lee,Acme,pat@acme.example,10001,US\n",
        encoding="utf-8",
    )
    assert services.intake.import_inquiries(OPERATOR, again).merged == 1

    receipt = services.workspace.submit(
        rita, outcome(item, OutcomeKind.NO_CONTACT, disposition=Disposition.BUSY)
    )
    assert receipt.lead_id == lead_id
    lead = factory.get_lead(lead_id)
    assert (lead.touches, lead.postal_code, lead.attempts) == (2, "10001", 1)


def test_a_duplicate_bringing_a_listed_e_mail_takes_the_lead_it_merges_into_out(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """The row matched the lead by company and name and its e-mail, on the list, was kept
    in the touch only ("not taken"): the lead stayed queued for the person who asked."""
    first = tmp_path / "first.csv"
    first.write_text(
        "First Name,Last Name,Company,Email,Country\n"
        "Camille,Brown,Silver Peak,camille@silverpeak.example,US\n",
        encoding="utf-8",
    )
    assert services.intake.import_inquiries(OPERATOR, first).imported == 1
    lead_id = leads(services)["Camille Brown"].id
    services.do_not_call.add(OPERATOR, email="camille.private@mail.example", reason="asked")
    again = tmp_path / "again.csv"
    again.write_text(
        "First Name,Last Name,Company,Email,Country\n"
        "Camille,Brown,Silver Peak,camille.private@mail.example,US\n",
        encoding="utf-8",
    )
    assert services.intake.import_inquiries(OPERATOR, again).merged == 1
    lead = factory.get_lead(lead_id)
    assert (lead.status, lead.queue_id) == ("do_not_call", None)
    assert lead.email_normalized == "camille@silverpeak.example"  # the lead keeps its own
    with services.db.unit_of_work(write=False) as uow:
        why = uow.session.scalars(
            select(AuditEntry.reason).where(
                AuditEntry.action == "lead.do_not_call", AuditEntry.entity_id == str(lead_id)
            )
        ).all()
    assert why == ["a duplicate inquiry brought a phone or e-mail on the do-not-call list"]


def test_a_row_bringing_a_listed_phone_into_a_new_lead_of_the_same_file_blocks_it(
    services: Services, tmp_path: Path
) -> None:
    services.do_not_call.add(OPERATOR, phone="+1 305 294 7711", reason="asked")
    path = tmp_path / "two.csv"
    path.write_text(
        "First Name,Last Name,Company,Email,Phone,Country,State\n"
        "Eve,Adams,Acme Rockets,eve@acmerockets.example,+1 305 294 7710,US,FL\n"
        "Eve,Adams,Acme Rockets,eve@acmerockets.example,+1 305 294 7711,US,FL\n",
        encoding="utf-8",
    )
    summary = services.intake.import_inquiries(OPERATOR, path)
    assert (summary.imported, summary.merged, summary.do_not_call) == (1, 1, 1)
    eve = leads(services)["Eve Adams"]
    assert (eve.status, eve.phone_e164) == ("do_not_call", "+13052947710")
