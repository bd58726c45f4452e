"""Start a throwaway PostgreSQL server, run a command against it, stop the server.

Usage: python scripts/throwaway_postgres.py [--pgbouncer] -- COMMAND [ARGS...]

The command sees QUALIFIER_TEST_PG_URL. The server lives in a temporary folder, listens on
loopback on a free port, trusts local connections, and is removed afterwards. initdb refuses
to run as root, so as root the server runs as the `postgres` user (installed with apt-get
when missing).

With --pgbouncer, a PgBouncer in transaction pooling mode is started in front of it (Debian's
`pgbouncer` package, installed with apt-get when missing) and the command also sees
QUALIFIER_TEST_PGBOUNCER_URL: the same database through the pooler. The pooler authenticates
people as the server would (SCRAM, looking their secret up with `auth_query`) and trusts the
test superuser, like the server's own pg_hba.conf.

The server allows 200 connections; QUALIFIER_PG_MAX_CONNECTIONS asks for another number (the
center simulation connects 500 workstations directly), QUALIFIER_PGBOUNCER_POOL_SIZE for
another number of the pooler's server connections (40). QUALIFIER_PG_STAT_STATEMENTS=1 loads
`pg_stat_statements` (top-level and nested statements), for finding where a benchmark's server
time goes; the suite runs without it. QUALIFIER_PGBOUNCER_IDLE_TIMEOUT sets the pooler's
`server_idle_timeout` in seconds (30).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SEARCH = [
    "/usr/lib/postgresql/*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/bin",
    "/usr/local/bin",
]


MAX_CONNECTIONS_ENV = "QUALIFIER_PG_MAX_CONNECTIONS"
POOL_SIZE_ENV = "QUALIFIER_PGBOUNCER_POOL_SIZE"
STATEMENTS_ENV = "QUALIFIER_PG_STAT_STATEMENTS"
IDLE_TIMEOUT_ENV = "QUALIFIER_PGBOUNCER_IDLE_TIMEOUT"


def fail(message: str) -> None:
    print(f"throwaway PostgreSQL: {message}", file=sys.stderr)
    raise SystemExit(2)


def find_bindir() -> Path | None:
    if env := os.environ.get("QUALIFIER_PG_BINDIR"):
        return Path(env)
    for pattern in SEARCH:
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if (Path(candidate) / "initdb").exists():
                return Path(candidate)
    return None


def ensure_installed() -> Path:
    bindir = find_bindir()
    if bindir:
        return bindir
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        fail(
            "no PostgreSQL server found (looked for initdb in "
            + ", ".join(SEARCH)
            + "); install the postgresql package or set QUALIFIER_PG_BINDIR"
        )
    apt_install("postgresql")
    bindir = find_bindir()
    if not bindir:
        fail("apt-get installed postgresql but initdb is still missing")
    assert bindir is not None
    return bindir


def apt_install(package: str) -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        fail(f"{package} is not installed and cannot be installed here (needs root and apt-get)")
    print(f"throwaway PostgreSQL: installing {package} with apt-get", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", package],
        check=True,
        env=env,
    )


def positive_setting(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        fail(f"{name} must be a whole number of at least 1, not {raw!r}")
    return int(raw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


# Room a test server needs in memory: its template, the copies made ahead and what tests write.
MEMORY_NEEDED = 2 * 1024**3


def memory_folder() -> str | None:
    """A folder in memory (tmpfs) with room for a test server, if the machine has one. The
    tests create and drop a database of about 1,500 files each; on ext4, creating files where
    so many were just deleted made every copy cost about half a second of the server's CPU
    (the kernel's search for a free inode skips recently deleted ones), 15 ms in memory."""
    folder = "/dev/shm"
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if not os.access(folder, os.W_OK) or stats.f_bavail * stats.f_frsize < MEMORY_NEEDED:
        return None
    return folder


@contextlib.contextmanager
def server(*, durable: bool = True) -> Iterator[str]:
    """A server on a free port; yields its URL. Not `durable`: commits are not flushed to disk
    and the data lives in memory where there is room (the test suite's servers, whose data dies
    with them; a killed client or server process still loses nothing, only a crash of the
    machine would)."""
    bindir = ensure_installed()
    root = Path(tempfile.mkdtemp(prefix="qualifier-pg-", dir=None if durable else memory_folder()))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    max_connections = positive_setting(MAX_CONNECTIONS_ENV, 200)
    try:
        subprocess.run(
            as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "qualifier",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # The test superuser is trusted; everyone else (the per-person login roles of the
        # security tests) must present their SCRAM password, as on a real server.
        hba = data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            "host all qualifier 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        if os.geteuid() == 0:
            shutil.chown(hba, "postgres", "postgres")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} "
            f"-c max_connections={max_connections} -c shared_buffers=256MB "
            + ("-c fsync=on" if durable else "-c fsync=off -c full_page_writes=off")
        )
        if os.environ.get(STATEMENTS_ENV, "").strip() == "1":
            options += (
                " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
            )
        subprocess.run(
            as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(root / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready = subprocess.run(
                [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                capture_output=True,
                check=False,
            )
            if ready.returncode == 0:
                break
            time.sleep(0.2)
        else:
            fail(f"server did not become ready; see {root / 'server.log'}")
        subprocess.run(
            [
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "qualifier",
                "qualifier_test",
            ],
            check=True,
        )
        yield f"postgresql+psycopg://qualifier@127.0.0.1:{port}/qualifier_test"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                as_server_user(
                    [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
                ),
                check=False,
                stdout=subprocess.DEVNULL,
            )
        shutil.rmtree(root, ignore_errors=True)


BOUNCER_CONFIG = """\
[databases]
* = host=127.0.0.1 port={pg_port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
pidfile = {root}/pgbouncer.pid
logfile = {root}/pgbouncer.log
auth_type = hba
auth_hba_file = {root}/bouncer_hba.conf
auth_file = {root}/userlist.txt
auth_user = qualifier
auth_query = SELECT usename, passwd FROM pg_catalog.pg_shadow WHERE usename = $1
pool_mode = transaction
max_client_conn = 5000
default_pool_size = {pool_size}
max_db_connections = {pool_size}
server_idle_timeout = {idle_timeout}
ignore_startup_parameters = extra_float_digits
admin_users = qualifier
stats_users = qualifier
"""


@contextlib.contextmanager
def pgbouncer(url: str, pool_size: int = 40, idle_timeout: int = 30) -> Iterator[str]:
    """PgBouncer in transaction pooling mode in front of the server at `url`; yields the URL
    of the same database through it. `pool_size` server connections at most per database."""
    pg_port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    root = Path(tempfile.mkdtemp(prefix="qualifier-pgbouncer-"))
    port = free_port()
    (root / "pgbouncer.ini").write_text(
        BOUNCER_CONFIG.format(
            pg_port=pg_port, port=port, root=root, pool_size=pool_size, idle_timeout=idle_timeout
        )
    )
    (root / "bouncer_hba.conf").write_text(
        "host all qualifier 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
    )
    (root / "userlist.txt").write_text('"qualifier" ""\n')
    with running_pgbouncer(root, port):
        yield url.replace(f":{pg_port}/", f":{port}/")


@contextlib.contextmanager
def running_pgbouncer(root: Path, port: int) -> Iterator[None]:
    """PgBouncer on `root`/pgbouncer.ini, which listens on 127.0.0.1:`port`, as the server's
    user, until the block ends; `root` is removed then."""
    binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not Path(binary).exists():
        apt_install("pgbouncer")
        binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    # Debian's package starts a system-wide pooler on port 6432; ours has a port of its own.
    subprocess.run(["systemctl", "stop", "pgbouncer"], check=False, capture_output=True)
    if os.geteuid() == 0:
        for path in [root, *root.iterdir()]:
            shutil.chown(path, "postgres", "postgres")
    # What PgBouncer says before its log is open (a refused configuration) goes here.
    with (root / "stderr").open("w") as stderr:
        process = subprocess.Popen(
            as_server_user([binary, str(root / "pgbouncer.ini")]),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if process.poll() is not None:
                said = [root / "stderr", root / "pgbouncer.log"]
                text = "".join(path.read_text() for path in said if path.exists())
                fail(f"pgbouncer exited with {process.returncode}: {text[-500:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.1)
        else:
            fail(f"pgbouncer did not start; see {root / 'pgbouncer.log'}")
        yield
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)
        if process.poll() is None:
            process.kill()
        shutil.rmtree(root, ignore_errors=True)


def run_until_done(command: list[str], env: dict[str, str]) -> int:
    """Run `command` to its end. A SIGTERM or SIGHUP (a cancelled CI job, a closed terminal)
    is passed on to it and waited out, as Ctrl+C is, so that the command stops what it
    started and the server is removed afterwards: the default would end this process at once
    and leave the server running."""
    child = subprocess.Popen(command, env=env)

    def pass_on(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, pass_on)
    # Ctrl+C reaches the command as well (the terminal signals the whole process group).
    signal.signal(signal.SIGINT, lambda _signum, _frame: None)
    code = child.wait()
    return 128 - code if code < 0 else code  # ended by a signal: as a shell reports it


def main(argv: list[str]) -> int:
    if "--" not in argv:
        fail("usage: throwaway_postgres.py [--pgbouncer] -- COMMAND [ARGS...]")
    options = argv[: argv.index("--")]
    command = argv[argv.index("--") + 1 :]
    unknown = [option for option in options if option != "--pgbouncer"]
    if unknown:
        fail(f"unknown option {unknown[0]}; usage: throwaway_postgres.py [--pgbouncer] -- COMMAND")
    try:
        with server() as url, contextlib.ExitStack() as stack:
            env = {**os.environ, "QUALIFIER_TEST_PG_URL": url}
            print(f"throwaway PostgreSQL: {url}", file=sys.stderr)
            if "--pgbouncer" in options:
                env["QUALIFIER_TEST_PGBOUNCER_URL"] = stack.enter_context(
                    pgbouncer(
                        url,
                        positive_setting(POOL_SIZE_ENV, 40),
                        positive_setting(IDLE_TIMEOUT_ENV, 30),
                    )
                )
                print(
                    f"throwaway PgBouncer: {env['QUALIFIER_TEST_PGBOUNCER_URL']}", file=sys.stderr
                )
            return run_until_done(command, env)
    except subprocess.CalledProcessError as exc:
        fail(f"{' '.join(map(str, exc.cmd))} failed with exit code {exc.returncode}")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
