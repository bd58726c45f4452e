"""The OS keyring, as every part of the app reaches it.

The keyring library picks its backend from `PYTHON_KEYRING_BACKEND` or the user's
`keyringrc.cfg`; one that names a backend this installation does not hold (keyrings.alt,
set up for another program) made the library raise ImportError, ValueError or
AttributeError on first use, which no caller expects: every command that looks at the
keyring ended in a traceback. Such a machine is one without a usable keyring: the library's
own "fail" backend stands in, whose every call raises the NoKeyringError the callers
already turn into one line ("no OS keyring on this machine: …")."""

from __future__ import annotations

from typing import Protocol, cast


class Keyring(Protocol):
    """What the app asks of the keyring library."""

    def get_password(self, service_name: str, username: str) -> str | None: ...

    def set_password(self, service_name: str, username: str, password: str) -> None: ...

    def delete_password(self, service_name: str, username: str) -> None: ...


def os_keyring() -> Keyring:
    import keyring  # noqa: PLC0415 - slow to import; only the commands that need it
    import keyring.backends.fail  # noqa: PLC0415

    try:
        keyring.get_keyring()
    except (ImportError, ValueError, AttributeError, TypeError):
        keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    return cast(Keyring, keyring)
