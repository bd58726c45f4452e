"""Two supervisors importing the same file at the same moment, on SQLite and PostgreSQL: the
one that comes second finds the other's rows already imported, and both end normally."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from qualifier_app.app import Services
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import ImportBatch, Lead, Touch
from qualifier_app.services.intake import inquiries
from qualifier_app.services.intake.dto import ImportSummary
from tests.support.factories import Factory

ROWS = 40


def _inquiry_file(folder: Path) -> Path:
    path = folder / "inquiries.csv"
    lines = ["First Name,Last Name,Company,Email,Phone,Country,State"]
    lines += [
        f"Ann{n},Lee{n},Firm {n},ann{n}@firm{n}.example,+1 415 555 {1000 + n},US,CA"
        for n in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _someone_waits_on_a_lock(services: Services) -> bool:
    with services.db.unit_of_work(write=False) as uow:
        return bool(
            uow.session.execute(
                text(
                    "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database())"
                )
            ).scalar_one()
        )


def test_the_same_file_imported_twice_at_once_is_stored_once_and_both_imports_end(
    services: Services, factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    ines = factory.user("ines", Role.SUPERVISOR, team=None, queues=())
    source = _inquiry_file(tmp_path)
    written, go_on = threading.Event(), threading.Event()
    write_window: Callable[..., None] = inquiries.write_window

    def first_window_written_then_wait(*args: object) -> None:
        write_window(*args)
        if not written.is_set():
            # sam's rows are stored but not committed while ines's import starts.
            written.set()
            go_on.wait(timeout=60)

    monkeypatch.setattr(inquiries, "write_window", first_window_written_then_wait)
    summaries: dict[str, ImportSummary] = {}
    failures: list[BaseException] = []

    def run(who: str, actor: object) -> threading.Thread:
        def guarded() -> None:
            try:
                summaries[who] = services.intake.import_inquiries(actor, source)  # type: ignore[arg-type]
            except BaseException as exc:
                failures.append(exc)

        thread = threading.Thread(target=guarded)
        thread.start()
        return thread

    first = run("sam", sam)
    assert written.wait(timeout=60)
    second = run("ines", ines)
    if not services.db.is_sqlite:
        # Wait until ines's import waits for sam's (SQLite: for the write lock, unseen here).
        deadline = time.monotonic() + 30
        while second.is_alive() and not _someone_waits_on_a_lock(services):
            assert time.monotonic() < deadline, "the second import neither ended nor waited"
            time.sleep(0.05)
    go_on.set()
    first.join(timeout=60)
    second.join(timeout=60)

    assert failures == []
    assert summaries["sam"].imported == ROWS
    assert (summaries["ines"].imported, summaries["ines"].already_imported) == (0, ROWS)
    with services.db.unit_of_work(write=False) as uow:
        session = uow.session
        assert session.execute(select(func.count()).select_from(Lead)).scalar_one() == ROWS
        assert session.execute(select(func.count()).select_from(Touch)).scalar_one() == ROWS
        assert session.scalars(select(ImportBatch.status)).all() == ["finished", "finished"]
