"""argon2id password hashes."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

MIN_PASSWORD_LENGTH = 10
# A one-time password: 12 characters from an alphabet without look-alikes (0/O, 1/l/I).
ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the login is unknown, so a wrong login costs as long as a wrong password.
# Written out rather than hashed at import, which cost every command a quarter of a second of
# CPU; its parameters must be the hasher's (tests/unit/test_passwords.py checks they are).
UNKNOWN_LOGIN_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$B93PDo3qTgaNJ5mbp8yFxg"
    "$NY0voaJ5RPOyOJC/dk0++1leAeR6ZUzHFt7dFHYtgfA"
)
_DUMMY_HASH = UNKNOWN_LOGIN_HASH


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def check_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            message(
                "the password must have at least {MIN_PASSWORD_LENGTH} characters",
                MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
            ),
            "password",
        )
    if password.strip() != password:
        raise InvalidInput(message("the password must not start or end with spaces"), "password")


def check_new_password(login: str, password: str, current_hash: str | None = None) -> None:
    """The rules every password a person is given or chooses must pass (setup, user add,
    a reset, a change): a weak or reused one is refused, saying why."""
    check_strength(password)
    lowered = password.lower()
    if login and login.lower() in lowered:
        raise InvalidInput(message("the password must not contain the login"), "password")
    if len(set(password)) < 5:
        raise InvalidInput(
            message("the password is too simple: use more different characters"), "password"
        )
    if current_hash is not None and verify_password(current_hash, password):
        raise InvalidInput(message("choose a new password, not the current one again"), "password")


def one_time_password(login: str) -> str:
    """A random password for `login` that passes `check_new_password` (a short login could
    turn up in it by chance)."""
    while True:
        password = "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(12))
        try:
            check_new_password(login, password)
        except InvalidInput:
            continue
        return password
