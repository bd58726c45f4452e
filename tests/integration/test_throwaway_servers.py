"""The test command's throwaway servers do not outlive it, however it is ended."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from scripts.throwaway_postgres import find_bindir
from tests.support.databases import libpq, required

# It starts a server of its own, directly: the pooler pass adds nothing.
pytestmark = [pytest.mark.postgres, pytest.mark.direct_only]

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "throwaway_postgres.py"
WAITS = "import os, time\nprint(os.environ['QUALIFIER_TEST_PG_URL'], flush=True)\ntime.sleep(300)\n"


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 1).close()
    except OSError:
        return False
    return True


def test_a_run_ended_by_sigterm_stops_its_server_and_removes_its_folder() -> None:
    """As a CI job that is cancelled or runs out of time ends it (SIGHUP takes the same path)."""
    if find_bindir() is None:
        required("PostgreSQL's binaries", "install PostgreSQL or run the suite with `make test`")
    with subprocess.Popen(
        [sys.executable, str(SCRIPT), "--", sys.executable, "-c", WAITS],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as run:
        try:
            assert run.stdout is not None
            url = run.stdout.readline().strip()
            port = make_url(url).port
            assert port is not None
            with psycopg.connect(libpq(url)) as connection:
                row = connection.execute("SHOW data_directory").fetchone()
            assert row is not None
            folder = Path(row[0]).parent
            assert folder.is_dir() and listening(port)

            run.send_signal(signal.SIGTERM)
            # The command was told too and ended by it, as a shell reports a signal's end.
            assert run.wait(60) == 128 + signal.SIGTERM
            assert not listening(port)
            assert not folder.exists()
        finally:
            if run.poll() is None:
                run.kill()
