"""A To header's addresses as SMTP without SMTPUTF8 carries them."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from qualifier_app.integrations.mail import ascii_addresses


def test_a_scorecards_recipients_keep_a_domain_in_another_script_readable() -> None:
    """A weekly scorecard to a partner whose domain has accents went out with its To header
    encoded as UTF-8 words (alex@=?utf-8?b?...?=.example), which is no address."""
    to = ascii_addresses("a@x.example, Alex Morgan <alex@lumièretélécom.example>")
    assert to == "a@x.example, Alex Morgan <alex@xn--lumiretlcom-19aqb.example>"
    message = EmailMessage()
    message["To"] = to
    assert b"To: a@x.example, Alex Morgan <alex@xn--lumiretlcom-19aqb.example>" in (
        message.as_bytes(policy=SMTP)
    )


def test_what_cannot_be_carried_stays_as_written() -> None:
    """An address with accents before the @ is refused when sent; "no one" stays."""
    assert ascii_addresses("jürgen@rhein.example") == "jürgen@rhein.example"
    assert ascii_addresses("undisclosed-recipients:;") == "undisclosed-recipients:;"
