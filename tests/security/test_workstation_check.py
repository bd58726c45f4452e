"""The workstation check after an installation, on PostgreSQL: `qualifier gui --smoke` with a
workstation's settings (a URL that names no login) connects as the sign-in role, which may
learn the schema version and nothing else (migration 0072), and passes only when the server
answers, the sign-in password works and the schema is this version's; `qualifier db current`
asks the sign-in role too.

The smoke test printed "the sign-in window is shown" and exited 0 with the server stopped,
through PgBouncer with the server down and on a schema from a newer Qualifier: the app opens
no connection before a sign-in, and the check only waited for the sign-in button.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from qualifier_app.cli.main import main
from qualifier_app.persistence import schema
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.settings import ENV_DATABASE_URL, ENV_SIGN_IN_PASSWORD
from scripts.throwaway_postgres import free_port, pgbouncer
from tests.support.databases import (
    PGBOUNCER_URL_ENV,
    libpq,
    on_the_server,
    required,
    server_url,
)

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
NEWER = "0999_from_a_newer_qualifier"
SHOWN = "smoke: the sign-in window is shown; Database: PostgreSQL "


def workstation_url(url: str, *, port: int | None = None) -> str:
    """`url` as a workstation's settings name it: no login, no password."""
    parsed = make_url(url)
    bare = URL.create(
        "postgresql",
        host=parsed.host,
        port=port or parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def through(bouncer_url: str, database_url: str) -> str:
    """The database of `database_url` through the PgBouncer of `bouncer_url`, as a
    workstation's settings name it (the pooler in `[database]`, not in the URL)."""
    parsed = make_url(bouncer_url).set(database=make_url(database_url).database)
    return workstation_url(parsed.render_as_string(hide_password=False))


def smoke(
    home: Path, url: str, *, pooler: bool = False, sign_in_password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`qualifier gui --smoke` on a workstation whose settings file names `url`."""
    home.mkdir(exist_ok=True)
    settings = home / "settings.toml"
    lines = ["[database]", f'url = "{url}"']
    if pooler:
        lines.append('pooler = "pgbouncer"')
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {ENV_DATABASE_URL, ENV_SIGN_IN_PASSWORD, "PGPASSWORD", "PGUSER"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QUALIFIER_CONFIG=str(settings),
        QUALIFIER_DATA_DIR=str(home / "data"),
        QUALIFIER_LANGUAGE="en",
    )
    if sign_in_password is not None:
        env[ENV_SIGN_IN_PASSWORD] = sign_in_password
    return subprocess.run(
        [sys.executable, "-m", "qualifier_app", "gui", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )


def passed(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert done.stdout.startswith(SHOWN), done.stdout
    return done.stdout


def failed(done: subprocess.CompletedProcess[str]) -> str:
    """The reason, in one line."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "smoke: the sign-in window is shown" not in done.stdout, done.stdout
    said = [line for line in done.stderr.splitlines() if line.startswith("qualifier:")]
    assert len(said) == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    prefix = "qualifier: smoke test failed: the sign-in window shows a problem: "
    assert said[0].startswith(prefix), said[0]
    return said[0].removeprefix(prefix)


def set_revision(url: str, revision: str) -> None:
    with psycopg.connect(libpq(on_the_server(url)), autocommit=True) as owner:
        owner.execute("UPDATE alembic_version SET version_num = %s", (revision,))


def shared_pgbouncer() -> str:
    """The test server's PgBouncer."""
    bouncer = os.environ.get(PGBOUNCER_URL_ENV)
    if not bouncer:
        required("PgBouncer (QUALIFIER_TEST_PGBOUNCER_URL)", "run the suite with `make test`")
    return bouncer


def test_the_check_passes_only_on_the_schema_this_version_expects(
    pg_url: str, tmp_path: Path
) -> None:
    url = workstation_url(pg_url)
    passed(smoke(tmp_path / "ok", url))

    set_revision(pg_url, NEWER)
    newer = failed(smoke(tmp_path / "newer", url))
    assert newer == (
        f"the database schema ({NEWER}) is newer than this version of Qualifier "
        f"({schema.head_revision()}); install the newer Qualifier instead"
    )

    # An older schema this version knows: the administrator upgrades it.
    set_revision(pg_url, "0071_names_found_without_accents")
    older = failed(smoke(tmp_path / "older", url))
    assert older.startswith("the database schema (0071_names_found_without_accents) is older")
    assert older.endswith("run `qualifier db upgrade`")

    # Older still: a schema made before the sign-in role could ask for the version.
    set_revision(pg_url, schema.head_revision())
    engine = create_db_engine(on_the_server(pg_url))
    try:
        schema.downgrade(engine, "0071_names_found_without_accents")
    finally:
        engine.dispose()
    before = failed(smoke(tmp_path / "before", url))
    assert "one older than this version of Qualifier" in before
    assert before.endswith("an administrator runs `qualifier db upgrade`")


def test_the_check_signs_in_with_the_workstations_sign_in_password(
    pg_url: str, tmp_path: Path
) -> None:
    refused = failed(smoke(tmp_path, workstation_url(pg_url), sign_in_password="not it"))
    assert refused == (
        "the database refuses this workstation's sign-in role qualifier_sign_in: ask an "
        "administrator for its password (sign_in_password in the settings)"
    )


def test_the_check_fails_where_no_server_answers(pg_url: str, tmp_path: Path) -> None:
    port = free_port()
    said = failed(smoke(tmp_path, workstation_url(pg_url, port=port)))
    assert said.startswith(
        f"cannot reach the database (PostgreSQL qualifier_sign_in@127.0.0.1:{port}"
    )
    assert "Connection refused" in said


@pytest.mark.direct_only  # starts PgBouncers of its own
def test_the_check_through_pgbouncer(pg_url: str, tmp_path: Path) -> None:
    """With `pooler = "pgbouncer"`: through a PgBouncer in front of the server it passes;
    with that PgBouncer stopped, or with the server behind it down, it says why."""
    passed(smoke(tmp_path / "shared", through(shared_pgbouncer(), pg_url), pooler=True))

    with pgbouncer(server_url()) as bouncer:
        url = through(bouncer, pg_url)
        passed(smoke(tmp_path / "up", url, pooler=True))
    stopped = failed(smoke(tmp_path / "stopped", url, pooler=True))
    assert stopped.startswith("cannot reach the database (PostgreSQL qualifier_sign_in@"), stopped
    assert "Connection refused" in stopped

    # PgBouncer answers, but nothing listens where it looks for the server.
    nowhere = make_url(server_url()).set(port=free_port()).render_as_string(False)
    with pgbouncer(nowhere) as bouncer:
        down = failed(smoke(tmp_path / "down", through(bouncer, pg_url), pooler=True))
    assert down.startswith("cannot reach the database (PostgreSQL qualifier_sign_in@"), down


def test_db_current_asks_the_sign_in_role_when_the_url_names_no_login(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workstation's settings name no login: `db current` asked for a password."""
    for name in (ENV_DATABASE_URL, ENV_SIGN_IN_PASSWORD, "PGPASSWORD", "PGUSER"):
        monkeypatch.delenv(name, raising=False)
    url = workstation_url(pg_url)
    assert main(["--db", url, "db", "current", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state == {
        "database": f"PostgreSQL {make_url(url).host}:{make_url(url).port}/"
        f"{make_url(url).database}",
        "current": schema.head_revision(),
        "head": schema.head_revision(),
        "up_to_date": True,
    }
    set_revision(pg_url, NEWER)
    assert main(["--db", url, "db", "current"]) == 0
    assert capsys.readouterr().out.endswith(
        f": schema {NEWER} (this Qualifier expects {schema.head_revision()})\n"
    )
