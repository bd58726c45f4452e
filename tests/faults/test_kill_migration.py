"""`qualifier db upgrade` on a fresh SQLite file, killed with SIGKILL while it runs: the file
stays intact, and running the upgrade again completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine

pytestmark = pytest.mark.slow


def upgrade(url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "qualifier_app", "--db", url, "db", "upgrade"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("wait_for", ["file", "wal"])
def test_a_killed_migration_leaves_an_intact_file_and_runs_again(
    tmp_path: Path, wait_for: str
) -> None:
    path = tmp_path / "qualifier.sqlite3"
    url = f"sqlite:///{path}"
    child = upgrade(url)
    watched = path if wait_for == "file" else Path(f"{path}-wal")
    deadline = time.monotonic() + 60
    while not watched.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # killed while running, not after

    if path.exists():
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = upgrade(url)
    assert again.wait(timeout=120) == 0
    engine = create_db_engine(url)
    try:
        assert schema.current_revision(engine) == schema.head_revision()
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
