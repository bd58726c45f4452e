"""The hash a wrong login is checked against costs what a person's password costs."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from qualifier_app.services.accounts import passwords


def test_the_unknown_login_hash_has_the_hashers_parameters() -> None:
    # The suite swaps in cheap parameters (tests/conftest.py); the app keeps the defaults.
    assert not PasswordHasher().check_needs_rehash(passwords.UNKNOWN_LOGIN_HASH)


@pytest.mark.parametrize("guess", ["", "password123", "not a real password"])
def test_common_guesses_do_not_open_the_unknown_login_hash(guess: str) -> None:
    with pytest.raises(VerifyMismatchError):
        PasswordHasher().verify(passwords.UNKNOWN_LOGIN_HASH, guess)


def test_a_one_time_password_passes_the_rules_whatever_the_login() -> None:
    # A two-letter login turns up in about one random password in a hundred.
    for _ in range(2000):
        passwords.check_new_password("ab", passwords.one_time_password("ab"))
