"""Files that hold prospects' names, phones and BANT answers are readable only by their user:
the SQLite database and its folder, the outbox, rejects files, drafts and migration backups."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from qualifier_app.integrations.drafts import DraftStore
from qualifier_app.integrations.files import write_text_atomically
from qualifier_app.integrations.mail import Outbox
from qualifier_app.integrations.table_export import write_table
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.services.intake.rejects import write_rejects

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual umask, under which a file is created readable by everyone unless made private."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_data_folder_and_the_sqlite_database(tmp_path: Path) -> None:
    data = tmp_path / "home" / "Qualifier"
    env = {**os.environ, "QUALIFIER_DATA_DIR": str(data), "QUALIFIER_CONFIG": str(tmp_path / "x")}
    env.pop("QUALIFIER_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "qualifier_app", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert mode(data) == 0o700
    assert mode(data.parent) == 0o700, "missing parents are made private too"
    files = sorted(data.glob("qualifier.sqlite3*"))
    assert files, "the database was created"
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}


def _upgrade(tmp_path: Path, data: Path, home: Path) -> None:
    env = {
        **os.environ,
        "QUALIFIER_DATA_DIR": str(data),
        "QUALIFIER_CONFIG": str(tmp_path / "x"),
        "HOME": str(home),
    }
    env.pop("QUALIFIER_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "qualifier_app", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_a_data_folder_that_already_exists_is_made_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / "Qualifier"
    data.mkdir(parents=True, mode=0o755)
    os.chmod(data, 0o755)
    _upgrade(tmp_path, data, home)
    assert mode(data) == 0o700
    assert mode(home) == 0o755, "a folder above the data folder is not the app's"


def test_a_data_folder_that_is_the_home_folder_is_left_as_it_is(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    _upgrade(tmp_path, home, home)
    assert mode(home) == 0o755
    assert mode(home / "qualifier.sqlite3") == 0o600


def test_a_new_sqlite_database_and_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        wal = Path(f"{path}-wal")
        assert wal.exists() and mode(wal) == 0o600
    assert mode(path) == 0o600
    backup = schema.backup_sqlite(engine)
    engine.dispose()
    assert backup is not None and mode(backup) == 0o600
    assert schema.backup_sqlite(create_db_engine(f"sqlite:///{backup}")) is not None


def test_outbox_messages(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    outbox = Outbox(folder)
    message = EmailMessage()
    message["Subject"] = "Sales-ready lead: Pat Prospect, +1 212 555 0100"
    message.set_content("Budget: yes")
    eml = outbox.put("handoff-1", message, {"phone": "+1 212 555 0100"})
    assert mode(folder) == 0o700
    assert mode(eml) == 0o600
    assert mode(folder / "handoff-1.json") == 0o600
    outbox.mark_sent("handoff-1")
    assert mode(folder / "sent") == 0o700
    assert mode(folder / "sent" / "handoff-1.eml") == 0o600


def test_drafts(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    saved = DraftStore(folder, database="sqlite:///qualifier.db").save(
        "rita", 7, {"answers": {"budget": "yes"}}
    )
    assert mode(folder) == 0o700
    assert mode(saved) == 0o600


def test_rejects_files(tmp_path: Path) -> None:
    source = tmp_path / "inquiries.csv"
    source.write_text("company,phone\nACME,12\n")
    written = write_rejects([(2, "phone", "12", "too short")], source, tmp_path / "data")
    assert written is not None
    assert mode(Path(written)) == 0o600
    assert Path(written).read_text("utf-8-sig").splitlines()[1].startswith("2,phone")
    # The umask is back to what it was: other files are not made private.
    other = tmp_path / "other.txt"
    other.write_text("x")
    assert mode(other) == 0o644


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_of_leads_reports_and_the_audit_log(tmp_path: Path, fmt: str) -> None:
    """Every export is written by one writer (`written_whole`): it came out readable by every
    user of the machine, and `--force` over a private file made it readable again."""
    out = tmp_path / f"leads.{fmt}"
    write_table(out, ["Name", "Phone"], [["Pat Lee", "+12125550123"]], fmt)
    assert mode(out) == 0o600
    os.chmod(out, 0o644)  # a file someone left readable is replaced by a private one
    write_table(out, ["Name", "Phone"], [["Pat Lee", "+12125550123"]], fmt)
    assert mode(out) == 0o600
    text = tmp_path / "leads.json"
    write_text_atomically(text, lambda handle: handle.write("[]"))
    assert mode(text) == 0o600
