"""Ctrl-C during a long import: one line saying what was kept and what to run, exit code
130; run again, the import adds the rest and every row of the file is accounted for once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from tests.support.cli import ADMIN, ensure_admin
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


def test_ctrl_c_during_an_import_keeps_what_was_stored_and_says_what_to_run(
    database_url: str, tmp_path: Path
) -> None:
    ensure_admin(database_url)
    path = _inquiries(tmp_path / "inquiries.csv")
    env = {**os.environ, "QUALIFIER_DATA_DIR": str(tmp_path / "data")}
    # Small chunks: the import stores its first ones long before it ends.
    password = tmp_path / "password"
    password.write_text(f"{PASSWORD}\n")
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
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "qualifier: error: interrupted: the rows stored so far are kept; import "
        "inquiries.csv again to add the rest (the rows already imported are skipped)"
    ]
    kept = _leads(database_url)
    assert 0 < kept < ROWS

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
