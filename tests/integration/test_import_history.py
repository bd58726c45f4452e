"""The import history: every import with its counts and rejects file, newest first; an import
that died mid-way reads as interrupted once it has not moved for INTERRUPTED_AFTER by the
database's clock, and as running before."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import DatabaseUnavailable, InvalidInput, PermissionDenied
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.persistence.models import ImportBatch
from qualifier_app.services.intake.dto import ImportProgress
from qualifier_app.services.intake.history import (
    INTERRUPTED_AFTER,
    REJECTS_KEPT,
    REJECTS_NOT_FOUND,
    REJECTS_NOT_WRITTEN,
    REJECTS_PURGED,
)
from qualifier_app.services.intake.inquiries import IntakeService
from tests.integration.test_intake import big_file
from tests.support.cli import ADMIN, Ran, admin_main, ensure_admin, in_process, refused
from tests.support.factories import PASSWORD, Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


class ProcessDied(Exception):
    """The workstation died: nothing after this line of the import runs."""


def killed_after_two_chunks(
    services: Services, clock: ManualClock, monkeypatch: pytest.MonkeyPatch, source: Path
) -> None:
    """Import `source` in chunks of 30 rows, the second a minute after the first, and die
    after the second chunk's commit, before the import could write its end (as a killed
    process or a power cut)."""
    calls: list[ImportProgress] = []

    def die_after_two_chunks(progress: ImportProgress) -> None:
        calls.append(progress)
        clock.advance(timedelta(minutes=1))
        if len(calls) == 2:
            raise ProcessDied

    def never_finishes(*_: object) -> None:
        raise ProcessDied

    with monkeypatch.context() as patched:
        patched.setattr(IntakeService, "_finish", never_finishes)
        with pytest.raises(ProcessDied):
            services.intake.import_inquiries(
                OPERATOR, source, progress=die_after_two_chunks, chunk_rows=30
            )


def test_the_history_lists_every_import_newest_first_with_its_counts(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    supervisor = factory.user("sue", Role.SUPERVISOR)
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    services.intake.import_inquiries(supervisor, source, campaign="CCW 2026")
    clock.advance(timedelta(hours=1))
    reference = tmp_path / "firmographics.csv"
    shutil.copyfile(DATA / "firmographics.csv", reference)
    services.enrichment.import_firmographics(OPERATOR, reference)

    firmographics, inquiries = services.import_history.recent(supervisor)

    assert (firmographics.kind, firmographics.file_name, firmographics.started_by) == (
        "firmographics", "firmographics.csv", None)  # fmt: skip
    assert (firmographics.rows, firmographics.imported, firmographics.rejected) == (4, 3, 1)
    assert firmographics.rejects == REJECTS_KEPT
    assert firmographics.rejects_file == str(tmp_path / "firmographics.rejects.csv")
    assert (inquiries.kind, inquiries.file_name, inquiries.started_by) == (
        "inquiries", "golden.csv", "Sue")  # fmt: skip
    assert (inquiries.status, inquiries.campaign) == ("finished", "CCW 2026")
    assert (inquiries.rows, inquiries.imported, inquiries.merged, inquiries.rejected) == (
        14, 6, 6, 2)  # fmt: skip
    assert inquiries.started_at == clock.now() - timedelta(hours=1)
    assert inquiries.finished_at == inquiries.last_progress == inquiries.started_at
    assert inquiries.rejects == REJECTS_KEPT and inquiries.what_to_do() is None

    assert services.import_history.recent(supervisor, kind="inquiries") == (inquiries,)
    assert services.import_history.recent(supervisor, limit=1) == (firmographics,)
    assert services.import_history.recent(supervisor, kind="partner-feedback") == ()

    Path(firmographics.rejects_file or "").unlink()
    clock.advance(timedelta(days=services.settings.retention.rejects_days + 1))
    services.retention.purge(OPERATOR)
    purged, *_ = services.import_history.recent(supervisor, kind="inquiries")
    assert (purged.rejects, purged.rejects_file) == (REJECTS_PURGED, None)
    # Shredded by retention, the other file was gone already: the history says where it was.
    firmographics_now = services.import_history.recent(supervisor, kind="firmographics")[0]
    assert firmographics_now.rejects == REJECTS_PURGED


def test_a_rejects_file_gone_from_its_folder_is_named_as_not_found(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    summary = services.intake.import_inquiries(OPERATOR, source)
    Path(summary.rejects_file or "").unlink()
    (past,) = services.import_history.recent(factory.user("sue", Role.SUPERVISOR))
    assert (past.rejects, past.rejects_file) == (REJECTS_NOT_FOUND, summary.rejects_file)


def test_an_import_killed_mid_way_reads_as_interrupted_once_it_stopped_moving(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    supervisor = factory.user("sue", Role.SUPERVISOR)
    source = big_file(tmp_path, 100)
    started = clock.now()
    killed_after_two_chunks(services, clock, monkeypatch, source)

    clock.advance(INTERRUPTED_AFTER - timedelta(minutes=1, seconds=1))
    (running,) = services.import_history.recent(supervisor)
    assert (running.status, running.rows, running.finished_at) == ("running", 60, None)
    assert running.started_at == started and running.what_to_do() is None

    clock.advance(timedelta(seconds=2))
    (dead,) = services.import_history.recent(supervisor)
    assert (dead.status, dead.rows, dead.imported, dead.finished_at) == (
        "interrupted", 60, 60, None)  # fmt: skip
    assert dead.last_progress == started + timedelta(minutes=1)
    assert dead.what_to_do() == (
        "the 60 rows read so far are kept; run the same file again: rows already stored are "
        "not added twice"
    )
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.scalars(select(ImportBatch.status)).one() == "running"

    again = services.intake.import_inquiries(supervisor, source, chunk_rows=30)
    assert again.already_imported == 60
    latest, earlier = services.import_history.recent(supervisor)
    assert (latest.status, latest.rows, earlier.status) == ("finished", 100, "interrupted")
    # Every row read is accounted for in the history too, as in the import's own summary.
    assert (latest.imported, latest.merged, latest.already_imported, latest.rejected) == (
        20, 20, 60, 0)  # fmt: skip
    assert earlier.imported_again == latest.batch_id
    assert earlier.what_to_do() == (
        f"the same file was imported in full afterwards (import {latest.batch_id})"
    )
    with services.db.unit_of_work(write=False) as uow:
        stored = uow.session.execute(
            select(ImportBatch.status, ImportBatch.finished_at).where(
                ImportBatch.id == earlier.batch_id
            )
        ).one()
    assert tuple(stored) == ("interrupted", None)


def test_a_running_import_of_the_same_file_is_left_running_by_a_finished_one(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    supervisor = factory.user("sue", Role.SUPERVISOR)
    source = big_file(tmp_path, 100)
    killed_after_two_chunks(services, clock, monkeypatch, source)
    clock.advance(INTERRUPTED_AFTER / 2)
    services.intake.import_inquiries(supervisor, source)
    _, earlier = services.import_history.recent(supervisor)
    # Not seen stopped for long enough: another workstation may still be on it.
    assert earlier.status == "running"


def test_ctrl_c_during_an_import_is_recorded_as_interrupted(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    source = big_file(tmp_path, 100)

    def ctrl_c(progress: ImportProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        services.intake.import_inquiries(OPERATOR, source, progress=ctrl_c, chunk_rows=30)
    (past,) = services.import_history.recent(factory.user("sue", Role.SUPERVISOR))
    assert (past.status, past.rows, past.started_by) == ("interrupted", 30, None)
    assert past.finished_at is not None and past.rejects is None
    assert "run the same file again" in (past.what_to_do() or "")


def test_ctrl_c_is_what_the_caller_hears_when_its_end_cannot_be_recorded(
    services: Services, factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = big_file(tmp_path, 100)

    def ctrl_c(progress: ImportProgress) -> None:
        raise KeyboardInterrupt

    def busy(*args: object, **kwargs: object) -> None:
        raise DatabaseUnavailable("SQLite is busy (another program holds a write lock)")

    # A Ctrl-C that broke off a transaction can leave the write lock held a moment longer.
    monkeypatch.setattr(services.intake, "_finish", busy)
    with pytest.raises(KeyboardInterrupt):
        services.intake.import_inquiries(OPERATOR, source, progress=ctrl_c, chunk_rows=30)
    (past,) = services.import_history.recent(factory.user("sue", Role.SUPERVISOR))
    assert (past.status, past.rows) == ("running", 30)  # interrupted once it stopped moving


def test_the_rejected_rows_of_a_dead_import_have_no_file_yet(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)

    def never_finishes(*_: object) -> None:
        raise ProcessDied

    monkeypatch.setattr(IntakeService, "_finish", never_finishes)
    with pytest.raises(ProcessDied):
        services.intake.import_inquiries(OPERATOR, source)
    clock.advance(INTERRUPTED_AFTER * 2)
    (past,) = services.import_history.recent(factory.user("sue", Role.SUPERVISOR))
    assert (past.status, past.rejected, past.rejects) == ("interrupted", 2, REJECTS_NOT_WRITTEN)


def test_whoever_may_import_may_read_the_history(services: Services, factory: Factory) -> None:
    with pytest.raises(PermissionDenied):
        services.import_history.recent(factory.user("rita", Role.REP))
    with pytest.raises(PermissionDenied):
        services.import_history.recent(factory.user("tom", Role.TEAM_LEAD))
    assert services.import_history.recent(factory.user("ada", Role.ADMIN)) == ()
    with pytest.raises(InvalidInput, match="there is no import kind 'leads'"):
        services.import_history.recent(OPERATOR, kind="leads")
    with pytest.raises(InvalidInput, match="between 1 and 1000"):
        services.import_history.recent(OPERATOR, limit=0)


def test_a_channel_manager_sees_the_imports_they_may_run(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    services.intake.import_inquiries(OPERATOR, source)
    factory.user("cara", Role.REP)
    services.partners.set_channel_manager(OPERATOR, "cara")
    manager = services.accounts.actor_for("cara")
    assert manager.is_channel_manager
    assert services.import_history.recent(manager) == ()
    with pytest.raises(PermissionDenied):
        services.import_history.recent(manager, kind="inquiries")


def test_the_history_command_prints_a_table_and_json(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ensure_admin(database_url)
    run = in_process(capsys, monkeypatch)

    def history(*more: str) -> Ran:
        return run("--db", database_url, "import", "history", *more, "--as", ADMIN,
                   "--password-stdin", stdin=f"{PASSWORD}\n")  # fmt: skip

    assert history().stdout == "no imports yet\n"
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    assert admin_main(["--db", database_url, "import", "inquiries", str(source),
                       "--campaign", "CCW 2026"]) == 0  # fmt: skip
    done = history()
    assert done.returncode == 0, done.stderr
    header, rule, row, footer = done.stdout.splitlines()
    assert header.split() == [
        "id", "started", "(UTC)", "kind", "file", "by", "status", "rows", "new/applied",
        "merged/unchanged", "already", "imported", "rejected", "campaign", "rejects", "file",
    ]  # fmt: skip
    assert set(rule) == {"-", " "}
    assert row.split()[3:] == [
        "inquiries", "golden.csv", ADMIN, "finished", "14", "6", "6", "0", "2", "CCW", "2026",
        str(tmp_path / "golden.rejects.csv"),
    ]  # fmt: skip
    assert footer == "1 import"
    assert history("--kind", "firmographics").stdout == "no firmographics imports yet\n"
    assert history("--limit", "1").stdout.splitlines()[-1] == "1 import (the latest 1)"
    (past,) = json.loads(history("--kind", "inquiries", "--json").stdout)
    assert (past["status"], past["rows"], past["campaign"], past["rejects"]) == (
        "finished", 14, "CCW 2026", "kept")  # fmt: skip
    assert past["what_to_do"] is None


@pytest.mark.parametrize(
    ("more", "says"),
    [
        (("--kind", "leads"), "there is no import kind 'leads' (kinds: inquiries, "
                              "firmographics, partner-feedback, partners)"),
        (("--limit", "0"), "'0' must be a positive number"),
        (("--limit", "many"), "'many' is not a whole number"),
        (("--limit", "5000"), "the limit must be between 1 and 1000"),
    ],
)  # fmt: skip
def test_the_history_command_refuses_bad_input_in_one_line(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    more: tuple[str, ...], says: str,
) -> None:  # fmt: skip
    ensure_admin(database_url)
    run = in_process(capsys, monkeypatch)
    refused(run("--db", database_url, "import", "history", *more, "--as", ADMIN,
                "--password-stdin", stdin=f"{PASSWORD}\n"), says)  # fmt: skip
