"""Errors that carry a message meant for the person at the keyboard."""

from __future__ import annotations

from datetime import datetime

from qualifier_app.domain.text import message


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
