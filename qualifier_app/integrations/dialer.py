"""Starting a softphone's command line to dial: no shell, nothing inherited on stdin."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

from qualifier_app.domain.errors import QualifierError
from qualifier_app.domain.text import message


class DialFailed(QualifierError):
    pass


# Softphones started and maybe still running: kept so they are reaped, not left as zombies.
_started: list[subprocess.Popen[bytes]] = []


def run_dial_command(argv: Sequence[str]) -> None:
    """Start the softphone and leave it running; a program that cannot start is an error."""
    _started[:] = [process for process in _started if process.poll() is None]
    try:
        process = subprocess.Popen(  # noqa: S603 - a list of arguments, never a shell
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        raise DialFailed(
            message(
                "could not start the dial command {command!r}: {problem}",
                command=argv[0],
                problem=exc.strerror or str(exc),
            )
        ) from None
    _started.append(process)


def wait_for_dial_commands(timeout: float) -> list[int | None]:
    """Wait for the softphone commands started so far; their exit codes (for tests)."""
    codes: list[int | None] = []
    for process in _started:
        try:
            codes.append(process.wait(timeout))
        except subprocess.TimeoutExpired:
            codes.append(None)
    _started[:] = [process for process in _started if process.returncode is None]
    return codes
