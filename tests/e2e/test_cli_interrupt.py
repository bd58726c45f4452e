"""Ctrl-C during a long import: one line saying what was kept and what to run, exit code
130; run again, the import adds the rest and every row of the file is accounted for once.
An import process killed outright is shown as interrupted by `import history` once the
database's clock has moved on, as running before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from qualifier_app.services.intake.history import INTERRUPTED_AFTER
from tests.support.cli import ADMIN, ensure_admin, fake_database_clock, main_as
from tests.support.factories import PASSWORD

ROWS = 3000


def _inquiries(path: Path) -> Path:
    lines = ["first_name,last_name,email,phone,company,country"]
    lines += [
        f"Bo{i},Lind{i},bo{i}@lind{i}.example,+1646555{i:04d},Lind {i} Corp,US" for i in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _leads(database_url: str) -> int:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(sa.text("SELECT count(*) FROM leads")).scalar_one())
    finally:
        engine.dispose()


# A shell's background job (make, CI) starts with Ctrl-C ignored, and Python then keeps it
# so; the command must get it as it does from a terminal.
AS_FROM_A_TERMINAL = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('qualifier_app', run_name='__main__', alter_sys=True)"
)


def _import(database_url: str, path: Path, *more: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        AS_FROM_A_TERMINAL,
        "--db",
        database_url,
        "import",
        "inquiries",
        str(path),
        "--as",
        ADMIN,
        "--password-stdin",
        *more,
    ]


def _history(database_url: str, env: dict[str, str]) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "qualifier_app", "--db", database_url, "import", "history",
         "--json", "--as", ADMIN, "--password-stdin"],
        input=f"{PASSWORD}\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    imports: list[dict[str, object]] = json.loads(done.stdout)
    return imports


def _started(
    database_url: str, path: Path, env: dict[str, str], password: Path
) -> subprocess.Popen[str]:
    """The import, in small chunks: it stores its first ones long before it ends."""
    with password.open() as stdin:
        process = subprocess.Popen(
            _import(database_url, path, "--chunk-rows", "100"),
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
    deadline = time.monotonic() + 120
    while _leads(database_url) == 0 and process.poll() is None:
        assert time.monotonic() < deadline, "the import stored nothing"
        time.sleep(0.05)
    return process


def _stopped(
    database_url: str, tmp_path: Path, stop: signal.Signals, exit_code: int
) -> tuple[Path, dict[str, str]]:
    """An import under way stopped by `stop`: it says in one line what was kept and what to
    run, and exits with `exit_code`; the file and the environment it ran in."""
    ensure_admin(database_url)
    path = _inquiries(tmp_path / "inquiries.csv")
    env = {**os.environ, "QUALIFIER_DATA_DIR": str(tmp_path / "data")}
    password = tmp_path / "password"
    password.write_text(f"{PASSWORD}\n")
    process = _started(database_url, path, env, password)
    process.send_signal(stop)
    out, err = process.communicate(timeout=120)
    assert process.returncode == exit_code, (out, err)
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "qualifier: error: interrupted: the rows stored so far are kept; import "
        "inquiries.csv again to add the rest (the rows already imported are skipped)"
    ]
    return path, env


def test_ctrl_c_during_an_import_keeps_what_was_stored_and_says_what_to_run(
    database_url: str, tmp_path: Path
) -> None:
    path, env = _stopped(database_url, tmp_path, signal.SIGINT, 130)
    kept = _leads(database_url)
    assert 0 < kept < ROWS
    (stopped,) = _history(database_url, env)
    assert (stopped["status"], stopped["imported"]) == ("interrupted", kept)
    assert "run the same file again" in str(stopped["what_to_do"])

    again = subprocess.run(
        [*_import(database_url, path), "--json"],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["already_imported"] == kept
    assert summary["imported"] == ROWS - kept
    assert _leads(database_url) == ROWS


# How a command is stopped does not depend on the database: one of them is enough.
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_import_stopped_by_sigterm_cleans_up_as_after_ctrl_c(
    database_url: str, tmp_path: Path
) -> None:
    """A service manager's or a container's stop (SIGTERM) killed the import outright: its
    batch stayed "running" until the clock moved on, and a setup stopped so left an empty
    database behind."""
    _, env = _stopped(database_url, tmp_path, signal.SIGTERM, 128 + signal.SIGTERM)
    (stopped,) = _history(database_url, env)
    assert (stopped["status"], stopped["imported"]) == ("interrupted", _leads(database_url))


def test_an_import_killed_outright_reads_as_interrupted_once_the_clock_moved_on(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ensure_admin(database_url)
    path = _inquiries(tmp_path / "inquiries.csv")
    env = {**os.environ, "QUALIFIER_DATA_DIR": str(tmp_path / "data")}
    password = tmp_path / "password"
    password.write_text(f"{PASSWORD}\n")
    process = _started(database_url, path, env, password)
    process.kill()  # as a power cut: the import never gets to write its end
    process.communicate(timeout=120)
    kept = _leads(database_url)
    assert 0 < kept < ROWS
    (dead,) = _history(database_url, env)
    # Just now it was moving: as far as anyone can tell, it still runs.
    assert (dead["status"], dead["finished_at"], dead["imported"]) == ("running", None, kept)

    fake_database_clock(monkeypatch, datetime.now(UTC) + INTERRUPTED_AFTER + timedelta(minutes=1))
    capsys.readouterr()
    assert main_as(ADMIN, ["--db", database_url, "import", "history"]) == 0
    out = capsys.readouterr().out
    (line,) = [row for row in out.splitlines() if " inquiries.csv " in row]
    assert line.split()[0] == str(dead["batch_id"])
    assert " inquiries.csv " in line and " interrupted " in line and " running " not in line
    assert (
        f"  import {dead['batch_id']} (inquiries.csv, interrupted): the {kept:,} rows read so "
        "far are kept; run the same file again: rows already stored are not added twice"
    ) in out
    assert out.rstrip().endswith("1 import")


def test_an_import_killed_outright_is_over_once_its_lease_ran_out_and_its_file_runs_again(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A killed import renews its batch's lease no more: minutes later by the database's
    clock (not after a live import's longest wait) it reads as interrupted, and the next
    import of the file records it so, stores the rest and counts what it had stored."""
    ensure_admin(database_url)
    path = _inquiries(tmp_path / "inquiries.csv")
    env = {**os.environ, "QUALIFIER_DATA_DIR": str(tmp_path / "data")}
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "again"))
    password = tmp_path / "password"
    password.write_text(f"{PASSWORD}\n")
    process = _started(database_url, path, env, password)
    process.kill()
    process.communicate(timeout=120)
    kept = _leads(database_url)
    assert 0 < kept < ROWS

    fake_database_clock(monkeypatch, datetime.now(UTC) + timedelta(minutes=3))
    capsys.readouterr()
    assert main_as(ADMIN, ["--db", database_url, "import", "history", "--json"]) == 0
    (dead,) = json.loads(capsys.readouterr().out)
    assert (dead["status"], dead["finished_at"], dead["imported"]) == ("interrupted", None, kept)

    assert main_as(ADMIN, ["--db", database_url, "import", "inquiries", str(path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["rows"], summary["imported"], summary["already_imported"]) == (
        ROWS, ROWS - kept, kept)  # fmt: skip
    assert _leads(database_url) == ROWS
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            statuses = connection.execute(
                sa.text("SELECT status FROM import_batches ORDER BY id")
            ).scalars()
            assert list(statuses) == ["interrupted", "finished"]
    finally:
        engine.dispose()
