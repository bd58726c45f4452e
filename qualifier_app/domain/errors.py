"""Errors that carry a message meant for the person at the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from qualifier_app.domain.text import listed, message


class QualifierError(Exception):
    """Base of every expected failure; the message is shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(QualifierError):
    """Input that cannot be accepted; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InvalidFields(InvalidInput):
    """Several fields that cannot be read: a form names each next to its own field; the
    command line says them all in one line."""

    def __init__(self, problems: Sequence[InvalidInput]) -> None:
        # Listed, not joined into plain text: each problem is said in the reader's language.
        super().__init__(listed((problem.message for problem in problems), "; "), problems[0].field)
        self.problems = tuple(problems)


T = TypeVar("T")


class Gathered:
    """Reads the fields of a form one check at a time, keeping each problem instead of
    stopping at the first; `done()` raises them (InvalidFields when there are several)."""

    def __init__(self) -> None:
        self.found: list[InvalidInput] = []

    def check(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except InvalidFields as exc:
            self.found.extend(exc.problems)
        except InvalidInput as exc:
            self.found.append(exc)
        # Never read: done() refuses the form once a problem is found.
        return None  # type: ignore[return-value]

    def add(self, problem: InvalidInput) -> None:
        """A problem found without a check to run (a field left empty, say)."""
        self.found.append(problem)

    def done(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise InvalidFields(self.found)


class PermissionDenied(QualifierError):
    pass


class NotFound(QualifierError):
    pass


class Conflict(QualifierError):
    """Somebody else changed the data first; nothing was written."""


class LeaseLost(Conflict):
    """The caller no longer holds the lead; `holder` names who does, if anybody; `erased`
    when the person's data was erased meanwhile (what the rep typed about them must go)."""

    def __init__(self, message: str, holder: str | None = None, *, erased: bool = False) -> None:
        super().__init__(message)
        self.holder = holder
        self.erased = erased


class NothingEligible(QualifierError):
    """The queue has no lead the caller may work now; `next_eligible_at` says when one will be."""

    def __init__(self, message: str, next_eligible_at: datetime | None = None) -> None:
        super().__init__(message)
        self.next_eligible_at = next_eligible_at


class AuthenticationFailed(QualifierError):
    pass


class AccountDeactivated(AuthenticationFailed):
    """The person signed in was deactivated (or their database login refused) meanwhile."""


class OneTimePassword(AuthenticationFailed):
    """The password typed is the login's one-time password: it opens nothing, its holder
    chooses their own with it first."""

    def __init__(self, login: str) -> None:
        super().__init__(
            message(
                "the password of {login} is a one-time password: choose your own first, "
                "with `qualifier password --as {login}` or at the desktop app's sign-in",
                login=login,
            )
        )
        self.login = login


class LoginThrottled(AuthenticationFailed):
    def __init__(self, message: str, retry_after_seconds: int) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


class DatabaseUnavailable(QualifierError):
    pass


class SchemaMismatch(QualifierError):
    pass
