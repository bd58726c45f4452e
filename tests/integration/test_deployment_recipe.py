"""The README's recipes for a center on PostgreSQL, as written, on the test server.

Directly: the superuser's SQL that makes the owner role and the database, `db upgrade` as the
database administrator acting as the owner (which lets the groups connect), `setup`, a person
added and an import by the administrator, and a rep's claim, each on the command line.

Through PgBouncer: its SQL, its pg_hba.conf and pg_ident.conf lines and its pgbouncer.ini
(the server's own socket, a free port for the pooler). A rep signs in through that PgBouncer
with their own password and claims; a wrong password and the superuser are refused there, and
the look-up login can read no secret but through its function."""

from __future__ import annotations

import getpass
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from qualifier_app.app import build, sign_in_person
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import AuthenticationFailed, DatabaseUnavailable, InvalidInput
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import sync_login
from qualifier_app.persistence.models import User
from qualifier_app.services.accounts.first_run import CenterSetup
from qualifier_app.settings import Settings
from scripts.throwaway_postgres import as_server_user, find_bindir, free_port, running_pgbouncer
from tests.conftest import START
from tests.support.cli import Ran, in_process
from tests.support.databases import PostgresTemplates, libpq, postgres_required, required
from tests.support.factories import PASSWORD, Factory

# Each test sets up a center of its own on the server, directly: the pooler pass adds nothing.
pytestmark = [pytest.mark.postgres, pytest.mark.direct_only]

README = Path(__file__).resolve().parents[2] / "README.md"
FENCED = re.compile(r"^```[a-z]*\n(.*?)^```$", re.S | re.M)
# Where the README's blocks name the center's database, its server and its OS user.
DATABASE = re.compile(r"\bqualifier\b")
SERVER = "host=/var/run/postgresql port=5432"


def readme_block(first_line: str) -> str:
    for block in FENCED.findall(README.read_text(encoding="utf-8")):
        if block.startswith(first_line):
            return str(block)
    raise AssertionError(f"README.md has no block that starts with {first_line!r}")


@dataclass
class Server:
    url: str  # the center's database, as the test superuser
    database: str
    socket_dir: str
    port: int
    hba_file: Path
    ident_file: Path


@pytest.fixture
def server(postgres_templates: PostgresTemplates | None) -> Iterator[Server]:
    postgres_templates = postgres_required(postgres_templates)
    url = postgres_templates.fresh()
    with psycopg.connect(libpq(url), autocommit=True) as admin:
        settings = {
            name: str(admin.execute(f"SHOW {name}").fetchone()[0])  # type: ignore[index]
            for name in ("hba_file", "ident_file", "unix_socket_directories", "port")
        }
    hba_file, ident_file = Path(settings["hba_file"]), Path(settings["ident_file"])
    try:
        yield Server(
            url=url,
            database=str(make_url(url).database),
            socket_dir=settings["unix_socket_directories"].split(",")[0].strip(),
            port=int(settings["port"]),
            hba_file=hba_file,
            ident_file=ident_file,
        )
    finally:
        postgres_templates.drop(url)


def on_server(block: str, server: Server) -> str:
    """The block for the test's database and server (the socket's path may say "qualifier")."""
    named = DATABASE.sub(server.database, block)
    return named.replace(SERVER, f"host={server.socket_dir} port={server.port}")


def _tool(name: str) -> str:
    bindir = find_bindir()
    found = str(bindir / name) if bindir else shutil.which(name)
    assert found, f"{name} is needed to run the README's commands as written"
    return found


def psql_binary() -> str:
    return _tool("psql")


def as_lookup(server: Server, query: str) -> subprocess.CompletedProcess[str]:
    """`query` as PgBouncer's look-up login, over the server's socket, as PgBouncer's OS user."""
    return subprocess.run(
        as_server_user(
            [
                psql_binary(),
                *f"-X -A -t -h {server.socket_dir} -p {server.port} -U pgbouncer_auth".split(),
                *("-d", server.database, "-c", query),
            ]
        ),
        text=True,
        capture_output=True,
        check=False,
    )


def pooler_database_block() -> str:
    """The superuser's SQL that lets PgBouncer's look-up login into the center's database."""
    return readme_block("GRANT CONNECT ON DATABASE qualifier TO pgbouncer_auth;")


def readme_backup_command(dump: Path, database_url: str) -> list[str]:
    """The README's pg_dump, for `database_url` and into `dump`."""
    found = re.search(
        r"`\(umask 077; (pg_dump [^`]*?) > qualifier-before-upgrade\.dump\)`",
        README.read_text(encoding="utf-8"),
    )
    assert found, "README.md has no backup command"
    words = shlex.split(found[1])
    words[words.index("-d") + 1] = database_url
    return [_tool("pg_dump"), *words[1:], "-f", str(dump)]


def reload(server: Server) -> None:
    with psycopg.connect(libpq(server.url), autocommit=True) as admin:
        admin.execute("SELECT pg_reload_conf()")
        errors = admin.execute(
            "SELECT line_number, error FROM pg_hba_file_rules WHERE error IS NOT NULL"
        ).fetchall()
    assert errors == [], errors


@pytest.fixture
def recipe(server: Server) -> Iterator[None]:
    """The README's SQL run as a superuser with psql, and its lines added to the server's
    pg_hba.conf (first) and pg_ident.conf; all of it undone afterwards."""
    if not os.access(server.hba_file, os.W_OK) or not os.access(server.ident_file, os.W_OK):
        required("a pg_hba.conf this user may change", "run the suite as root or the server's user")
    sql = on_server(readme_block("-- PgBouncer's look-up") + pooler_database_block(), server)
    subprocess.run(
        [psql_binary(), libpq(server.url, "postgres"), "-X", "-q", "-v", "ON_ERROR_STOP=1"],
        input=sql,
        text=True,
        check=True,
        capture_output=True,
    )
    hba, ident = on_server(readme_block("# pg_hba.conf"), server).split("# pg_ident.conf\n")
    pooler_user = "postgres" if os.geteuid() == 0 else getpass.getuser()
    ident = ident.replace(" postgres ", f" {pooler_user} ")
    hba_before, ident_before = server.hba_file.read_text(), server.ident_file.read_text()
    try:
        server.hba_file.write_text(hba + hba_before)
        server.ident_file.write_text(ident_before + ident)
        reload(server)
        # The postmaster rereads its files on its own time: wait until the look-up login
        # gets in by the new lines (peer, mapped), as PgBouncer will.
        deadline = time.monotonic() + 30
        while (signed_in := as_lookup(server, "SELECT 1")).returncode != 0:
            assert time.monotonic() < deadline, signed_in.stderr
            time.sleep(0.1)
        yield
    finally:
        server.hba_file.write_text(hba_before)
        server.ident_file.write_text(ident_before)
        reload(server)
        with psycopg.connect(libpq(server.url), autocommit=True) as admin:
            admin.execute("DROP SCHEMA pgbouncer CASCADE")
            admin.execute(f'REVOKE CONNECT ON DATABASE "{server.database}" FROM pgbouncer_auth')
            admin.execute("DROP ROLE pgbouncer_auth")


def certificate(folder: Path, ca_folder: Path) -> None:
    """PgBouncer's certificate for 127.0.0.1 in `folder`, signed by a CA made for it whose
    certificate (the workstations' sslrootcert) is ca_folder/ca.pem."""
    openssl = shutil.which("openssl")
    if openssl is None:
        required("openssl", "install it (Debian: openssl) to make PgBouncer's certificate")

    def run(*arguments: str) -> None:
        subprocess.run([openssl, *arguments], check=True, capture_output=True)

    ca, ca_key = ca_folder / "ca.pem", ca_folder / "ca.key"
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca),
        "-days", "2", "-subj", "/CN=Center CA")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(folder / "pgbouncer.key"),
        "-out", str(ca_folder / "pgbouncer.csr"), "-subj", "/CN=127.0.0.1")  # fmt: skip
    names = ca_folder / "names.cnf"
    names.write_text("subjectAltName = IP:127.0.0.1\n")
    run("x509", "-req", "-in", str(ca_folder / "pgbouncer.csr"), "-CA", str(ca), "-CAkey",
        str(ca_key), "-CAcreateserial", "-out", str(folder / "pgbouncer.crt"), "-days", "2",
        "-extfile", str(names))  # fmt: skip


@pytest.fixture
def pooler(server: Server, recipe: None, tmp_path: Path) -> Iterator[int]:
    """PgBouncer with the README's pgbouncer.ini; only where it listens and keeps its files
    are this test's, and its certificate, whose CA is tmp_path/ca.pem. Yields its port."""
    root = Path(tempfile.mkdtemp(prefix="qualifier-recipe-"))
    certificate(root, tmp_path)
    port = free_port()
    ini = on_server(readme_block("; pgbouncer.ini"), server)
    ini = re.sub(r"(?m)^listen_addr = .*$", "listen_addr = 127.0.0.1", ini)
    ini = re.sub(r"(?m)^listen_port = .*$", f"listen_port = {port}", ini)
    ini = re.sub(r"(?m)^client_tls_(cert|key)_file = .*/", f"client_tls_\\1_file = {root}/", ini)
    ini += f"unix_socket_dir =\npidfile = {root}/pgbouncer.pid\nlogfile = {root}/pgbouncer.log\n"
    (root / "pgbouncer.ini").write_text(ini)
    with running_pgbouncer(root, port):
        yield port


def test_the_readmes_pgbouncer_recipe_signs_people_in_and_nobody_else(
    server: Server, pooler: int, tmp_path: Path
) -> None:
    owner = build(
        Settings(database_url=server.url), ManualClock(START), db=Database.from_url(server.url)
    )
    try:
        factory = Factory(owner)
        factory.user("rita")
        lead = factory.lead()
    finally:
        owner.close()
    tls = f"sslmode=verify-full&sslrootcert={tmp_path / 'ca.pem'}"
    through = f"postgresql://127.0.0.1:{pooler}/{server.database}?pooler=pgbouncer&{tls}"
    settings = Settings(database_url=through, data_dir=tmp_path / "ws")
    signed = sign_in_person(settings, "rita", PASSWORD, "ws", ManualClock(START))
    assert signed is not None
    services, signed_in = signed
    try:
        assert services.queue.claim_next(signed_in.actor).id == lead
    finally:
        services.close()
    with pytest.raises(AuthenticationFailed):
        sign_in_person(settings, "rita", "not the password", "ws", ManualClock(START))
    # Nobody gets in without TLS, not even to be told the password is wrong.
    without_tls = replace(settings, database_url=through.replace("verify-full", "disable"))
    with pytest.raises(DatabaseUnavailable, match="SSL required"):
        sign_in_person(without_tls, "rita", PASSWORD, "ws", ManualClock(START))
    # The function hands out no superuser's secret: the test superuser is trusted by the
    # server, yet PgBouncer does not let it in.
    superuser = str(make_url(server.url).username)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(
            f"postgresql://{superuser}@127.0.0.1:{pooler}/{server.database}?{tls}"
        ).close()

    # The look-up login, as PgBouncer signs it in, finds a person's secret through the
    # function, the superuser's not at all, and can read no secret directly.
    found = as_lookup(
        server,
        f"SELECT count(*) FROM pgbouncer.person_secret('rita') UNION ALL "
        f"SELECT count(*) FROM pgbouncer.person_secret('{superuser}')",
    )
    assert found.stdout.split() == ["1", "0"], found.stderr
    direct = as_lookup(server, "SELECT passwd FROM pg_shadow")
    assert direct.returncode != 0 and "permission denied" in direct.stderr, direct


INQUIRIES = (
    "First Name,Last Name,Company,Email,Phone,Country\n"
    "Joana,Silva,Lusitania Lda,joana@lusitania.example,+351 21 123 4567,PT\n"
)


def test_the_readmes_setup_of_a_center_on_postgresql_works_as_written(
    server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run = in_process(capsys, monkeypatch)

    def cli(command: str, stdin: str = "") -> Ran:
        return run(*shlex.split(command), stdin=stdin)

    center = f"{server.database}_center"
    # Logins of their own: roles belong to the server, and this center's database, made as
    # the README makes a center's, gives no login another database made (0059).
    ada, rita = f"ada_{server.database[-6:]}", f"rita_{server.database[-6:]}"
    dba, dba_password = "dba", "the administrators own 1"
    admin_password, rep_password = "Lisbon admin pw 9", "Calls all day 7"
    superuser = libpq(server.url, "postgres")

    def superuser_runs(sql: str) -> None:
        subprocess.run(
            [psql_binary(), superuser, "-X", "-q", "-v", "ON_ERROR_STOP=1"],
            input=DATABASE.sub(center, sql),
            text=True,
            check=True,
            capture_output=True,
        )

    def secrets_found_by_the_lookup() -> int:
        with psycopg.connect(libpq(server.url, center), autocommit=True) as admin:
            assert admin.execute(
                "SELECT has_database_privilege('pgbouncer_auth', current_database(), 'CONNECT')"
            ).fetchone() == (True,)
            admin.execute("SET ROLE pgbouncer_auth")
            found = admin.execute(f"SELECT count(*) FROM pgbouncer.person_secret('{rita}')")
            return int(found.fetchone()[0])  # type: ignore[index]

    with psycopg.connect(superuser, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {dba} LOGIN PASSWORD '{dba_password}'")
    try:
        sql = DATABASE.sub(center, readme_block("CREATE ROLE qualifier_owner NOLOGIN CREATEROLE;"))
        subprocess.run(
            [psql_binary(), superuser, "-X", "-q", "-v", "ON_ERROR_STOP=1"],
            input=sql,
            text=True,
            check=True,
            capture_output=True,
        )
        as_dba = f"postgresql://{dba}@127.0.0.1:{server.port}/{center}"
        monkeypatch.setenv("PGPASSWORD", dba_password)
        upgraded = cli(f"--db {as_dba} db upgrade")
        assert upgraded.returncode == 0, upgraded.stderr
        with psycopg.connect(libpq(server.url, center), autocommit=True) as admin:
            # Every object the upgrade made is the owner's, not the administrator's.
            owners = admin.execute(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
            assert owners == [("qualifier_owner",)]
            # The groups may connect though the recipe took the right from PUBLIC.
            allowed = admin.execute(
                "SELECT g, has_database_privilege(g, current_database(), 'CONNECT') FROM "
                "unnest(ARRAY['qualifier_rep', 'qualifier_team_lead', 'qualifier_supervisor', "
                "'qualifier_admin', 'pg_monitor']) g"
            ).fetchall()
            assert dict(allowed) == {
                "qualifier_rep": True,
                "qualifier_team_lead": True,
                "qualifier_supervisor": True,
                "qualifier_admin": True,
                "pg_monitor": False,
            }
        made = cli(
            f"--db {as_dba} setup --center Lisbon --admin {ada} --time-zone Europe/Lisbon "
            f'--window 00:00-23:59 --team "Team 1" --queue Main --password-stdin',
            stdin=f"{admin_password}\n{admin_password}\n",
        )
        assert made.returncode == 0, made.stderr
        assert made.stdout.startswith(
            f"PostgreSQL {dba}@127.0.0.1:{server.port}/{center}: set up Lisbon"
        ), made.stdout
        monkeypatch.delenv("PGPASSWORD")
        # From here on as the workstations do: the URL names the server, the person signs in.
        workstation = f"postgresql://127.0.0.1:{server.port}/{center}"
        added = cli(
            f'--db {workstation} user add {rita} --role rep --team "Team 1" '
            f"--as {ada} --password-stdin",
            stdin=f"{admin_password}\n{rep_password}\n",
        )
        assert added.returncode == 0, added.stderr
        inquiries = tmp_path / "inquiries.csv"
        inquiries.write_text(INQUIRIES)
        imported = cli(
            f"--db {workstation} import inquiries {inquiries} --as {ada} --password-stdin",
            stdin=f"{admin_password}\n",
        )
        assert imported.returncode == 0, imported.stderr
        claimed = cli(
            f"--db {workstation} queue claim --json --as {rita} --password-stdin",
            stdin=f"{rep_password}\n",
        )
        if claimed.returncode == 3:  # nothing eligible: only in the window's last minute
            assert datetime.now(ZoneInfo("Europe/Lisbon")).strftime("%H:%M") in {"23:59", "00:00"}
        else:
            assert claimed.returncode == 0, claimed.stderr
            assert json.loads(claimed.stdout)["email"] == "joana@lusitania.example"
        refused = cli(
            f"--db {workstation} queue claim --as {rita} --password-stdin",
            stdin="not the password\n",
        )
        assert refused.returncode == 2 and "wrong password" in refused.stderr

        # A center behind PgBouncer: the superuser's look-up is in its database.
        superuser_runs(readme_block("-- PgBouncer's look-up") + pooler_database_block())
        assert secrets_found_by_the_lookup() == 1
        # The README's backup, as the administrator, and its restore into the database made
        # again.
        dump = tmp_path / "qualifier-before-upgrade.dump"
        monkeypatch.setenv("PGPASSWORD", dba_password)
        backup = subprocess.run(
            readme_backup_command(dump, as_dba), check=False, capture_output=True, text=True
        )
        assert backup.returncode == 0, backup.stderr
        superuser_runs(readme_block("DROP DATABASE IF EXISTS qualifier WITH"))
        restore, upgrade = readme_block("pg_restore ").splitlines()
        restored = subprocess.run(
            [_tool("pg_restore"), *shlex.split(restore)[1:-2], as_dba, str(dump)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert restored.returncode == 0, restored.stderr
        assert upgrade.startswith("qualifier --db ") and upgrade.endswith(" db upgrade")
        upgraded = cli(f"--db {as_dba} db upgrade")
        assert upgraded.returncode == 0, upgraded.stderr
        monkeypatch.delenv("PGPASSWORD")
        # PgBouncer's look-up comes back as the superuser's, handing out people's secrets.
        superuser_runs(pooler_database_block())
        assert secrets_found_by_the_lookup() == 1
        with psycopg.connect(libpq(server.url, center), autocommit=True) as admin:
            owners = admin.execute(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
            assert owners == [("qualifier_owner",)]
            # Nobody else may make temporary tables (shadow tables: 0038).
            assert admin.execute(
                "SELECT has_database_privilege('pg_monitor', current_database(), 'TEMPORARY'), "
                "has_database_privilege('qualifier_rep', current_database(), 'TEMPORARY')"
            ).fetchone() == (False, False)
        again = cli(
            f"--db {workstation} queue claim --json --as {rita} --password-stdin",
            stdin=f"{rep_password}\n",
        )
        assert again.returncode in (0, 3), again.stderr
    finally:
        with psycopg.connect(superuser, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{center}" WITH (FORCE)')
            admin.execute(f"DROP ROLE IF EXISTS {dba}")
            admin.execute("DROP ROLE IF EXISTS pgbouncer_auth")
            admin.execute(f"DROP ROLE IF EXISTS {ada}, {rita}")
            admin.execute("DROP ROLE IF EXISTS qualifier_owner")


def test_a_second_center_on_the_server_gives_no_login_of_the_first(
    postgres_templates: PostgresTemplates | None, tmp_path: Path
) -> None:
    templates = postgres_required(postgres_templates)
    first, second = templates.fresh(), templates.fresh()
    login = f"nora_{uuid.uuid4().hex[:6]}"
    superuser = libpq(templates.server_url, "postgres")
    try:
        with psycopg.connect(superuser, autocommit=True) as admin:
            for url in (first, second):
                # Centers' databases, not the tests' own (which share their people's logins).
                admin.execute(f'ALTER DATABASE "{make_url(url).database}" RESET qualifier.logins')
        owner = build(Settings(database_url=first), ManualClock(START), db=Database.from_url(first))
        try:
            Factory(owner).user(login)
        finally:
            owner.close()
        owner = build(
            Settings(database_url=second), ManualClock(START), db=Database.from_url(second)
        )
        try:
            # The second center set up with that login for its administrator, or its
            # administrator adding a person under it, with a password of their choosing:
            # refused, as a role another database made.
            refused = f"a database role named {login} exists already; choose another login"
            with pytest.raises(InvalidInput, match=refused):
                owner.first_run.set_up(
                    CenterSetup(
                        "Porto", "Europe/Lisbon", dtime(9), dtime(18), login, "mine 9 ok, long"
                    )
                )
            with pytest.raises(InvalidInput, match=refused):
                owner.accounts.add_user(OPERATOR, login, "their own choice 9", "rep")
            # The database refuses it too, whatever the client checked.
            with owner.db.unit_of_work() as uow:
                uow.session.add(
                    User(login=login, display_name=login, role="rep", password_hash="x",
                         active=True, created_at=START)
                )  # fmt: skip
                uow.session.flush()
                with pytest.raises(DBAPIError, match="a login of another Qualifier database"):
                    sync_login(uow.session, login, "rep", active=True, password="their own 9")
        finally:
            owner.close()
        # The person signs in to the first center with their own password still.
        url = make_url(first)
        address = f"postgresql://{url.host}:{url.port}/{url.database}"
        signed = sign_in_person(
            Settings(database_url=address, data_dir=tmp_path / "ws"),
            login,
            PASSWORD,
            "ws",
            ManualClock(START),
        )
        assert signed is not None
        signed[0].close()
    finally:
        templates.drop(first)
        templates.drop(second)
        with psycopg.connect(superuser, autocommit=True) as admin:
            admin.execute(f"DROP ROLE IF EXISTS {login}")
