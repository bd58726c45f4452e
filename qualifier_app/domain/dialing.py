"""Dialling a lead's number: through a URI the desktop hands to the softphone that owns its
scheme (`tel:`, `sip:`, `callto:`), or through a softphone's command line.

Templates name the number as `{number}` (E.164, `+` and digits) or `{digits}` (digits only).
A command template is split into arguments *before* the number goes in, and it runs without
a shell, so nothing in a lead's data can add an argument or a command.
"""

from __future__ import annotations

import re
import shlex
from urllib.parse import quote

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

SCHEMES = ("tel", "sip", "callto")
DEFAULT_URI_TEMPLATE = "tel:{number}"
PLACEHOLDERS = ("{number}", "{digits}")


def _has_placeholder(text: str) -> bool:
    return any(p in text for p in PLACEHOLDERS)


def check_uri_template(template: str) -> str:
    template = template.strip()
    scheme = template.partition(":")[0].lower()
    if scheme not in SCHEMES or not _has_placeholder(template):
        raise InvalidInput(
            message(
                "the dial URI template must start with tel:, sip: or callto: and contain "
                "{{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}",
                template=template,
            ),
            "dial_uri_template",
        )
    return template


def check_command_template(template: str) -> tuple[str, ...]:
    """The template's arguments; empty when no command is configured."""
    try:
        argv = tuple(shlex.split(template))
    except ValueError as exc:
        raise InvalidInput(
            message(
                "the dial command template cannot be split into arguments ({problem}): "
                "{template!r}",
                problem=str(exc),
                template=template,
            ),
            "dial_command",
        ) from None
    if argv and not any(_has_placeholder(arg) for arg in argv[1:]):
        raise InvalidInput(
            message(
                "the dial command template must pass the number as an argument ({{number}} or "
                "{{digits}}), e.g. softphone --dial {{number}}; not {template!r}",
                template=template,
            ),
            "dial_command",
        )
    return argv


def dialable(phone: str) -> str:
    """The number as `+` and digits; refuses anything else (nothing to dial)."""
    number = re.sub(r"[\s().\-/]", "", phone.strip())
    if not re.fullmatch(r"\+?\d{3,17}", number):
        raise InvalidInput(
            message("{phone!r} is not a number that can be dialled", phone=phone), "phone"
        )
    return number


def _fill(text: str, number: str) -> str:
    return text.replace("{number}", number).replace("{digits}", number.lstrip("+"))


def dial_uri(template: str, phone: str) -> str:
    number = quote(dialable(phone), safe="+")
    return _fill(check_uri_template(template), number)


def dial_command(template: str, phone: str) -> tuple[str, ...]:
    number = dialable(phone)
    return tuple(_fill(arg, number) for arg in check_command_template(template))
