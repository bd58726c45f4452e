"""A fault in the app's own code, said to the person and kept for the administrator.

An exception that reached Qt's event loop was printed to a console the installed app does
not have: the click did nothing, and nobody heard of it. Now the person is told, in a window
that does not stop the app, and a report goes to `problems.log` in the data folder, readable
by this user only. The report holds where the fault happened (the exception's kind and the
code's lines), never its message or values, which may carry a prospect's name or number.
A fault in a service call on a worker thread is shown in its window's problem line
("Unexpected problem: KeyError") and kept in the same log.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from qualifier_app import __version__
from qualifier_app.domain.errors import QualifierError
from qualifier_app.paths import PRIVATE_FILE, private_folder

LOG_NAME = "problems.log"
# Past this the log starts again, the one before kept as problems.log.1.
MOST_LOG_BYTES = 1 << 20
_WRITING = threading.Lock()  # the GUI thread and the workers keep faults in the same file
_installed: list[UnexpectedProblems] = []


def keep(exc: BaseException) -> None:
    """Keep a fault a worker caught, unless it is one the app expects (a QualifierError says
    itself to the person); nothing before the desktop app installed its handler."""
    if _installed and not isinstance(exc, QualifierError):
        # A full disk or a folder taken away must not hide the fault from the person.
        with contextlib.suppress(OSError):
            _installed[-1].keep(type(exc).__name__, report(exc))


def report(exc: BaseException) -> str:
    """What the log keeps of a fault besides when it happened: the code's lines it went
    through, and the kinds of the exceptions that led to it and their lines, without the
    values and messages."""
    lines: list[str] = []
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain and len(chain) < 5:
        chain.append(seen)
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    for depth, link in enumerate(chain):
        if depth:
            lines.append(f"  from {type(link).__name__}:")
        frames = traceback.extract_tb(link.__traceback__)
        lines.extend(
            f"    {_where(frame.filename)}:{frame.lineno} in {frame.name}: {frame.line or ''}"
            for frame in frames
        )
    return "\n".join(lines) + "\n\n"


def _where(filename: str) -> str:
    """The file as the package names it (qualifier_app/ui/…), not this machine's path."""
    parts = Path(filename).parts
    for anchor in ("qualifier_app", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


class UnexpectedProblems(QObject):
    """Installed as `sys.excepthook` by the desktop app."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = folder / LOG_NAME
        self.window: QMessageBox | None = None
        self._before = sys.excepthook

    def install(self) -> None:
        self._before = sys.excepthook
        sys.excepthook = self.handle
        _installed.append(self)

    def remove(self) -> None:
        sys.excepthook = self._before
        _installed.remove(self)

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # A full disk or a folder taken away must not hide the fault from the person.
        with contextlib.suppress(OSError):
            self.keep(kind.__name__, report(exc))
        if sys.stderr is not None:  # the desktop executable has no console
            sys.stderr.write(
                f"qualifier: unexpected problem ({kind.__name__}); the details are in {self.log}\n"
            )
        if QApplication.instance() is not None:
            self._tell(kind.__name__)

    def keep(self, kind: str, lines: str) -> None:
        """The fault's `lines` under when (this workstation's clock: it decides nothing), the
        app's version and its `kind`."""
        with _WRITING:
            self._write(kind, lines)

    def _write(self, kind: str, lines: str) -> None:
        private_folder(self.log.parent)
        if self.log.exists() and self.log.stat().st_size > MOST_LOG_BYTES:
            os.replace(self.log, self.log.with_name(LOG_NAME + ".1"))
        descriptor = os.open(self.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
            stream.write(
                f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC, Qualifier {__version__}: {kind}\n"
                + lines
            )

    def _tell(self, kind: str) -> None:
        """One window however many faults follow it (a fault in a timer repeats)."""
        if self.window is not None:
            return
        window = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Qualifier: unexpected problem"),
            self.tr(
                "Something went wrong in Qualifier ({kind}): what you just did may not have "
                "finished. Check it before you go on; the answers of a call are kept in its "
                "draft.\n\nThe details, without any prospect's data, are in {log} for your "
                "administrator."
            ).format(kind=kind, log=self.log),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        window.finished.connect(self._closed)
        self.window = window
        window.open()

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
