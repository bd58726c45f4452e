"""Run the whole test suite in shards at once, and the installer bundle's build beside them.

Usage: python scripts/run_suite.py [--bundle] [PYTEST ARGS...]

The suite has two halves that share nothing but the PostgreSQL server: the tests marked
`postgres` and the rest (SQLite, pure logic, the command line). They run as two pytest
processes at the same time, each with its own temporary folder, because one process keeps
only one core busy and the machines that run the suite have at least two. PostgreSQL's
cluster-wide objects (login roles) are touched only by the `postgres` half, so the halves
cannot collide there. When the server has a PgBouncer in front of it
(QUALIFIER_TEST_PGBOUNCER_URL), the PostgreSQL integration tests run once more through a
PgBouncer, at the same time, on a second throwaway server of their own (so again no two
processes share a cluster's login roles). With --bundle, the PyInstaller bundle is built
meanwhile and its smoke test runs once the build is done. Each part's output is printed
whole when it ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
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
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )
        handle.close()

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


def pytest(name: str, args: list[str], work: Path) -> Job:
    basetemp = work / f"tmp-{name}"
    command = [sys.executable, "-m", "pytest", f"--basetemp={basetemp}", "--durations=15", *args]
    return Job(name, command, work / f"{name}.log")


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


def wait(jobs: list[Job]) -> None:
    pending = list(jobs)
    while pending:
        for job in list(pending):
            if job.poll():
                job.report()
                pending.remove(job)
        time.sleep(0.5)


def main(argv: list[str]) -> int:
    with_bundle = "--bundle" in argv
    extra = [arg for arg in argv if arg != "--bundle"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUALIFIER_BUNDLE": str(BUNDLE)}
    with tempfile.TemporaryDirectory(prefix="qualifier-suite-") as folder, ExitStack() as stack:
        work = Path(folder)
        halves = [
            pytest("postgresql", ["-m", "postgres", "--ignore=tests/installer", *extra], work),
            pytest("sqlite", ["-m", "not postgres", "--ignore=tests/installer", *extra], work),
        ]
        build = bundle_build(work) if with_bundle else None
        if build is not None:
            (ROOT / "dist").mkdir(exist_ok=True)
            build.start(env)
        for job in halves:
            job.start(env)
        jobs = [*halves, *([build] if build is not None else [])]
        if os.environ.get("QUALIFIER_TEST_PGBOUNCER_URL"):
            second = stack.enter_context(throwaway_postgres.server())
            through_pooler = pytest(
                "postgresql-pgbouncer", ["-m", "postgres", "tests/integration", *extra], work
            )
            through_pooler.start(
                {
                    **env,
                    "QUALIFIER_TEST_PG_URL": second,
                    "QUALIFIER_TEST_PGBOUNCER_URL": stack.enter_context(
                        throwaway_postgres.pgbouncer(second)
                    ),
                    "QUALIFIER_TEST_THROUGH_POOLER": "1",
                }
            )
            jobs.append(through_pooler)
        wait(jobs)
        jobs = [job for job in jobs if job is not build]
        if build is not None and build.returncode == 0:
            smoke = pytest("installer", ["tests/installer", *extra], work)
            smoke.start(env)
            wait([smoke])
            jobs.append(smoke)
        failed = [job.name for job in jobs if job.returncode not in (0, 5)]
        if build is not None and build.returncode != 0:
            failed.append(build.name)
        verdict = "failed: " + ", ".join(failed) if failed else "passed"
        print(f"\n===== suite: {verdict} =====")
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
