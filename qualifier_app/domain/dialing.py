"""Dialling a lead's number: through a URI the desktop hands to the softphone that owns its
scheme (`tel:`, `sip:`, `callto:`), or through a softphone's command line.

Templates name the number as `{number}` (E.164, `+` and digits) or `{digits}` (digits only),
and may place the extension with `{extension}` (its digits; empty when there is none). A
`tel:` URI carries an extension anyway, as RFC 3966's `;ext=` right after the number; the
other schemes and a command do only where the template places it, and otherwise the rep
is told to dial it when the switchboard answers (`carries_extension`).
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


def _extension_digits(extension: str | None) -> str:
    """The extension as digits; anything else in it is not dialled (nothing to dial)."""
    digits = (extension or "").strip()
    if digits and not re.fullmatch(r"\d{1,10}", digits):
        raise InvalidInput(
            message("{extension!r} is not an extension that can be dialled", extension=extension),
            "phone",
        )
    return digits


def _fill(text: str, number: str, extension: str) -> str:
    return (
        text.replace("{number}", number)
        .replace("{digits}", number.lstrip("+"))
        .replace("{extension}", extension)
    )


def carries_extension(template: str) -> bool:
    """Whether dialling through `template` dials the extension too."""
    return "{extension}" in template or template.strip().lower().startswith("tel:")


def dial_uri(template: str, phone: str, extension: str | None = None) -> str:
    number = quote(dialable(phone), safe="+")
    template, digits = check_uri_template(template), _extension_digits(extension)
    if digits and "{extension}" not in template and carries_extension(template):
        number = f"{number};ext={digits}"
    return _fill(template, number, digits)


def dial_command(template: str, phone: str, extension: str | None = None) -> tuple[str, ...]:
    number, digits = dialable(phone), _extension_digits(extension)
    return tuple(_fill(arg, number, digits) for arg in check_command_template(template))
