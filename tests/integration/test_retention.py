"""Retention: rejects files and outbox copies past their days go; younger ones stay."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import AuditEntry, ImportBatch
from qualifier_app.settings import load_settings


def _batch(services: Services, rejects: Path, days_ago: int) -> int:
    rejects.write_text("row,column,value,reason\n2,email,zed@example.org,not an address\n")
    with services.db.unit_of_work() as uow:
        batch = ImportBatch(
            kind="inquiries",
            file_name=rejects.name,
            file_sha256=os.urandom(32).hex(),
            started_at=services.clock.now() - timedelta(days=days_ago),
            status="done",
            rejects_file=str(rejects),
        )
        uow.session.add(batch)
        uow.session.flush()
        uow.commit()
        return batch.id


def _aged(path: Path, clock: ManualClock, days: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("To: partner\n\nPat Prospect\n")
    moment = (clock.now() - timedelta(days=days)).timestamp()
    os.utime(path, (moment, moment))
    return path


def test_purge_takes_what_is_older_than_the_retention_days(
    services: Services, clock: ManualClock, tmp_path: Path
) -> None:
    old_batch = _batch(services, tmp_path / "old.rejects.csv", 31)
    young_batch = _batch(services, tmp_path / "young.rejects.csv", 29)
    outbox = services.settings.outbox_dir
    old_mail = _aged(outbox / "sent" / "handoff-00000001.eml", clock, 40)
    young_mail = _aged(outbox / "handoff-00000002.eml", clock, 2)

    result = services.retention.purge(OPERATOR)

    assert (result.rejects_files, result.batches_cleared, result.outbox_files) == (1, 1, 1)
    assert not (tmp_path / "old.rejects.csv").exists() and not old_mail.exists()
    assert (tmp_path / "young.rejects.csv").exists() and young_mail.exists()
    with services.db.unit_of_work(write=False) as uow:
        files = dict(uow.session.execute(select(ImportBatch.id, ImportBatch.rejects_file)).all())
        actions = list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert files[old_batch] is None and files[young_batch] is not None
    assert actions == ["import_batch.rejects_purged", "outbox.purged"]
    assert services.retention.purge(OPERATOR).outbox_files == 0  # nothing left: nothing audited


@pytest.mark.parametrize("value", ["0", '"soon"', "1.5"])
def test_retention_settings_refuse_bad_days(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f"[retention]\noutbox_days = {value}\n")
    monkeypatch.setenv("QUALIFIER_CONFIG", str(config))
    with pytest.raises(Exception, match=r"\[retention\]"):
        load_settings("sqlite:///x.sqlite3")
