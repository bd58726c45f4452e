"""Asking on the terminal: what is typed, or a one-line refusal when the input ends."""

from __future__ import annotations

import getpass

from qualifier_app.domain.errors import InvalidInput


def _ended(prompt: str) -> InvalidInput:
    # Ctrl-D at a prompt answers nothing: the command stops as if the answer were refused.
    question = prompt.strip().rstrip(":").strip()
    return InvalidInput(f"no answer to '{question}': the input ended")


def ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        raise _ended(prompt) from None


def ask_secret(prompt: str) -> str:
    """Like `ask`, without echoing what is typed."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise _ended(prompt) from None
