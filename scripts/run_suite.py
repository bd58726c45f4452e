"""Run the whole test suite in parallel processes, and the installer bundle's build beside it.

Usage: python scripts/run_suite.py [--bundle] [PYTEST ARGS...]

One pytest run holds every test but the installer's, spread by pytest-xdist over worker
processes, a test file at a time, because one process keeps only one core busy and the
workers that end early take the files still waiting. When PostgreSQL is available
(QUALIFIER_TEST_PG_URL), each worker gets a throwaway server of its own: login roles belong to
a server, not to a database, so two workers on one server would change each other's people.
These servers do not flush commits to disk; their data dies with them, and lives in memory
(tmpfs) where the machine has room, as do the tests' own files. When the server has a
PgBouncer in front of it (QUALIFIER_TEST_PGBOUNCER_URL), so does each worker's server, and the
PostgreSQL integration tests run once more, at the same time, with every database reached
through its worker's PgBouncer.
With --bundle, the PyInstaller bundle is built meanwhile and its smoke test runs as soon as
the build is done, on the server of QUALIFIER_TEST_PG_URL. Each part's output is printed whole
when it ends.

QUALIFIER_TEST_WORKERS and QUALIFIER_TEST_POOLER_WORKERS set the number of workers of the two
runs (by default 4 and 2, for two cores: the tests also wait on servers, subprocesses and
timers, so a core runs more than one of them; with 3, the cores stood a tenth to a quarter
idle once the pooler pass had ended).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import throwaway_postgres  # scripts/, beside this file

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "qualifier"


@dataclass
class Job:
    name: str
    command: list[str]
    log: Path
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    returncode: int | None = None

    def start(self, env: dict[str, str]) -> None:
        handle: IO[bytes] = self.log.open("wb")
        self.started = time.monotonic()
        # A process group of its own, so that stopping the job stops its workers too.
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()

    def stop(self) -> None:
        """End the job and every process it started, if it still runs."""
        if self.process is None or self.process.poll() is not None:
            return
        for signum, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signum)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(wait)
                return

    def poll(self) -> bool:
        assert self.process is not None
        if self.returncode is None:
            self.returncode = self.process.poll()
        return self.returncode is not None

    def report(self) -> None:
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        print(f"\n===== {self.name}: exit {self.returncode} after {minutes} min {seconds} s =====")
        sys.stdout.flush()
        sys.stdout.buffer.write(self.log.read_bytes())
        sys.stdout.flush()


def pytest(name: str, args: list[str], work: Path, workers: int = 0) -> Job:
    basetemp = work / f"tmp-{name}"
    spread = ["-n", str(workers), "--dist", "loadfile"] if workers else []
    command = [
        sys.executable,
        "-m",
        "pytest",
        f"--basetemp={basetemp}",
        "--durations=15",
        *spread,
        *args,
    ]
    return Job(name, command, work / f"{name}.log")


def workers_setting(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        print(f"{name} must be a whole number of at least 1, not {raw!r}", file=sys.stderr)
        raise SystemExit(2)
    return int(raw)


def servers(stack: ExitStack, count: int) -> list[str]:
    """`count` throwaway servers started at once, stopped when `stack` closes; their URLs."""
    if count == 0:
        return []
    started = [throwaway_postgres.server(durable=False) for _ in range(count)]
    with ThreadPoolExecutor(count) as pool:
        futures = [pool.submit(manager.__enter__) for manager in started]
    for manager, future in zip(started, futures, strict=True):
        if future.exception() is None:
            stack.push(manager)
    return [future.result() for future in futures]


def worker_servers(stack: ExitStack, count: int, with_pooler: bool) -> dict[str, str]:
    """What the workers of a run are told of their servers: one each (and a PgBouncer in front
    of each, for the tests that try the pooler), none without PostgreSQL."""
    if not os.environ.get("QUALIFIER_TEST_PG_URL"):
        return {}
    direct = servers(stack, count)
    if not with_pooler:
        return {"QUALIFIER_TEST_PG_URLS": " ".join(direct)}
    return {
        "QUALIFIER_TEST_PG_URLS": " ".join(direct),
        "QUALIFIER_TEST_PGBOUNCER_URLS": " ".join(
            stack.enter_context(throwaway_postgres.pgbouncer(url)) for url in direct
        ),
    }


def bundle_build(work: Path) -> Job:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "build_installer.spec"),
    ]
    return Job("installer bundle build", command, work / "bundle.log")


def collected_once(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A first collection of the suite, started at once, that leaves every module compiled
    (the test modules with their asserts rewritten) for the workers: each worker collects the
    whole suite, which took 13 s of a core from source and 4 s from the compiled files."""
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    return subprocess.Popen(
        [*command, "tests"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run_to_the_end(
    jobs: list[Job], build: Job | None, work: Path, env: dict[str, str], extra: list[str]
) -> None:
    """Wait for every job, printing each one's output when it ends; the installer's smoke
    test starts as soon as its bundle is built (and joins `jobs`)."""
    pending = [*jobs, *([build] if build is not None else [])]
    while pending:
        for job in [job for job in pending if job.poll()]:
            job.report()
            pending.remove(job)
            if job is build and build.returncode == 0:
                smoke = pytest("installer", ["tests/installer", *extra], work)
                smoke.start(env)
                jobs.append(smoke)
                pending.append(smoke)
        time.sleep(0.5)


def stop_as_on_ctrl_c(signum: int, _frame: object) -> None:
    """A SIGTERM or SIGHUP (a cancelled CI job, a closed terminal) ends the run as Ctrl+C
    does: its jobs stop and its servers are removed on the way out, where the default would
    end this process at once and leave them running."""
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_as_on_ctrl_c)
    with_bundle = "--bundle" in argv
    extra = [arg for arg in argv if arg != "--bundle"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUALIFIER_BUNDLE": str(BUNDLE)}
    # Compiled modules are kept even where the environment says not to write them: every
    # worker and every command the tests start would compile the same sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    workers = workers_setting("QUALIFIER_TEST_WORKERS", 4)
    pooler_workers = workers_setting("QUALIFIER_TEST_POOLER_WORKERS", 2)
    # The tests' own files (SQLite databases, exports, logs) in memory too, where there is room.
    memory = throwaway_postgres.memory_folder()
    with (
        tempfile.TemporaryDirectory(prefix="qualifier-suite-", dir=memory) as folder,
        ExitStack() as stack,
    ):
        work = Path(folder)
        build = bundle_build(work) if with_bundle else None
        jobs: list[Job] = []
        collecting = collected_once(env)
        try:
            if build is not None:
                (ROOT / "dist").mkdir(exist_ok=True)
                build.start(env)
            with_pooler = all(
                os.environ.get(name)
                for name in ("QUALIFIER_TEST_PG_URL", "QUALIFIER_TEST_PGBOUNCER_URL")
            )
            everything = pytest("suite", ["--ignore=tests/installer", *extra], work, workers)
            jobs.append(everything)
            suite_servers = worker_servers(stack, workers, with_pooler)
            collecting.wait()  # its errors, if any, are the suite's to report
            everything.start({**env, **suite_servers})
            if with_pooler:
                through_pooler = pytest(
                    "postgresql-pgbouncer",
                    ["-m", "postgres", "tests/integration", *extra],
                    work,
                    pooler_workers,
                )
                jobs.append(through_pooler)
                through_pooler.start(
                    {
                        **env,
                        **worker_servers(stack, pooler_workers, with_pooler),
                        "QUALIFIER_TEST_THROUGH_POOLER": "1",
                    }
                )
            run_to_the_end(jobs, build, work, env, extra)
        finally:
            if collecting.poll() is None:
                collecting.kill()
                collecting.wait()
            # Before the servers stop (the stack), so that no job outlives them.
            for job in [*jobs, *([build] if build is not None else [])]:
                job.stop()
        failed = [job.name for job in jobs if job.returncode not in (0, 5)]
        if build is not None and build.returncode != 0:
            failed.append(build.name)
        verdict = "failed: " + ", ".join(failed) if failed else "passed"
        print(f"\n===== suite: {verdict} =====")
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
