"""Entry point: `qualifier [--db URL] COMMAND …`; no command opens the desktop app."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from qualifier_app import __version__
from qualifier_app.cli import (
    audit,
    board,
    campaigns,
    center,
    check_calls,
    do_not_call,
    intake,
    keyring_passwords,
    leads,
    partners,
    person,
    purge,
    queue,
    reports,
    retry,
    scoring,
    scripts,
    session,
    setup,
    system,
    teams,
    users,
)
from qualifier_app.cli.arguments import check_out_file, check_rejects_file, database_url
from qualifier_app.cli.auth import add_user_options, authenticate, is_open
from qualifier_app.cli.context import warn_of_settings
from qualifier_app.cli.output import fail
from qualifier_app.domain.errors import NothingEligible, QualifierError

EXIT_NOTHING_ELIGIBLE = 3

Handler = Callable[[argparse.Namespace], int]
# Each feature module adds its commands here; see system for the pattern.
REGISTRARS = [
    system.register,
    users.register,
    queue.register,
    teams.register,  # after queue: adds to its group
    setup.register,
    intake.register,
    do_not_call.register,
    partners.register,
    campaigns.register,
    center.register,
    reports.register,
    check_calls.register,
    audit.register,
    scripts.register,
    scoring.register,
    retry.register,
    person.register,
    purge.register,
    session.register,
    leads.register,
    board.register,  # after leads: adds to its group
    keyring_passwords.register,
]


class CommandListFormatter(argparse.HelpFormatter):
    """argparse's help, but a list of commands or actions has one line each, however long
    its help text: a wrapped text's next line ("before any other command)") reads like
    another command to whoever scans the list, and `qualifier before` is none."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction):
            # argparse measures the names without the indentation they are listed with, so
            # a long one ("check-calls") got a line of its own, its help on the next.
            indented = self._current_indent + 2 * self._indent_increment
            longest = max((len(name) for name in action.choices), default=0)
            self._action_max_length = max(self._action_max_length, longest + indented)

    def _format_action(self, action: argparse.Action) -> str:
        if not isinstance(action, argparse._SubParsersAction._ChoicesPseudoAction):
            return super()._format_action(action)
        width = self._width
        self._width = sys.maxsize
        try:
            return super()._format_action(action)
        finally:
            self._width = width


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2, and a command or
    action may be given by the start of its name when only one begins so (`qualifier check
    due` is `qualifier check-calls due`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", CommandListFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(2)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        if isinstance(action, argparse._SubParsersAction) and arg_strings:
            # The full name goes on, so what runs and what needs a user is decided by it.
            arg_strings = [self._command_named(arg_strings[0], action.choices), *arg_strings[1:]]
        return super()._get_values(action, arg_strings)

    def _command_named(self, typed: str, names: Iterable[str]) -> str:
        names = list(names)
        if typed in names:
            return typed
        starting = [name for name in names if name.startswith(typed)]
        if len(starting) > 1:
            self.error(f"'{typed}' could be any of: {', '.join(starting)}")
        return starting[0] if starting else typed


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="qualifier",
        description="Qualifier: the Qualifying Center's lead refinery. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"qualifier {__version__}")
    parser.add_argument(
        "--db",
        type=database_url,
        metavar="URL",
        help="database URL: sqlite:///PATH or postgresql://USER@HOST[:PORT]/DATABASE "
        "(default: $QUALIFIER_DATABASE_URL, then the embedded database)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for register in REGISTRARS:
        register(commands)
    add_user_options(parser)
    return parser


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """Built once per process: building it costs about 20 ms, which a process that runs many
    commands (a test session, a script calling `main`) would otherwise pay for each."""
    return build_parser()


def main(argv: Sequence[str] | None = None) -> int:
    # What the libraries log (psycopg's "error ignored exiting…" after a Ctrl-C) is not for
    # the person at the command line, who gets one line and an exit code; Python would
    # print it on stderr where no logging is set up.
    if not logging.getLogger().handlers:
        logging.getLogger().addHandler(logging.NullHandler())
    args = _parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        args.command = "gui"
        handler = system.gui
    with _terminated_as_interrupted(enabled=handler is not system.gui) as terminated:
        code = _run(args, handler)
    return 128 + signal.SIGTERM if terminated else code


@contextmanager
def _terminated_as_interrupted(*, enabled: bool) -> Iterator[list[bool]]:
    """A command stopped by SIGTERM (a service manager, a container, `kill`) cleans up as
    after Ctrl-C (an import records what it kept, a setup leaves no empty database), says
    so in one line and exits 143; killed outright it left all that behind."""
    terminated: list[bool] = []

    def stop(_signal: int, _frame: object) -> None:
        terminated.append(True)
        raise KeyboardInterrupt

    in_main_thread = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGTERM, stop) if enabled and in_main_thread else None
    try:
        yield terminated
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)


def _run(args: argparse.Namespace, handler: Handler) -> int:
    try:
        warn_of_settings(args)
        if (out := getattr(args, "out", None)) is not None and hasattr(args, "force"):
            check_out_file(out, args.force, getattr(args, "format", None))
        if (rejects := getattr(args, "rejects", None)) is not None:
            check_rejects_file(rejects, args.force, getattr(args, "file", None))
        if not is_open(args):
            args.actor = authenticate(args)
        return handler(args)
    except NothingEligible as exc:
        return fail(str(exc), EXIT_NOTHING_ELIGIBLE)
    except QualifierError as exc:
        if handler is system.gui:
            return system.gui_problem(args, str(exc))
        return fail(str(exc))
    except KeyboardInterrupt as exc:
        # A command may say what the interruption left (an import: what to run again).
        return fail(str(exc) or "interrupted", 130)
    except BrokenPipeError:
        # The reader of our output went away (`qualifier … | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
