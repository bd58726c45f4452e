"""Running `qualifier` on a real terminal (a pseudo-terminal), keys typed at its prompts."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

CTRL_D = b"\x04"


@dataclass(frozen=True)
class Session:
    exit_code: int
    screen: str  # what the terminal showed: prompts, output and errors together


def _read(fd: int, deadline: float) -> bytes:
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
    if not ready:
        raise TimeoutError("the terminal showed nothing new in time")
    try:
        return os.read(fd, 4096)
    except OSError:  # Linux: the other end closed
        return b""


def on_terminal(
    argv: Sequence[str], keys: Sequence[tuple[str, bytes]], timeout: float = 60.0
) -> Session:
    """`python -m qualifier_app ARGV` with a terminal as its controlling one; for each
    (prompt, keys), once `prompt` has shown, the keys are typed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: never returns
        os.execv(sys.executable, [sys.executable, "-m", "qualifier_app", *argv])
    deadline = time.monotonic() + timeout
    screen = b""
    answered = 0  # where the next prompt is looked for: after the last one answered
    try:
        for prompt, typed in keys:
            while (at := screen.find(prompt.encode(), answered)) < 0:
                chunk = _read(fd, deadline)
                if not chunk:
                    raise AssertionError(f"ended before {prompt!r}: {screen.decode()}")
                screen += chunk
            answered = at + len(prompt)
            os.write(fd, typed)
        while chunk := _read(fd, deadline):
            screen += chunk
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return Session(os.waitstatus_to_exitcode(status), screen.decode(errors="replace"))
