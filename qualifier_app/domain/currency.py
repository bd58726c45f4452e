"""The one currency a center counts every amount in (campaign costs, pipeline, revenue), and
the currency an amount says it is in ("€48.000", "USD 12,000"). Amounts are never converted:
an amount marked in another currency is refused, not counted as if it were the center's."""

from __future__ import annotations

import re

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import message

DEFAULT_CURRENCY = "USD"
# ISO 4217 codes of the currencies in use where qualifying centers call.
CURRENCY_CODES = frozenset((
    "AED", "ARS", "AUD", "BGN", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP",
    "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KES", "KRW", "MAD", "MXN",
    "MYR", "NGN", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "SAR", "SEK",
    "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
))  # fmt: skip
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "TWD"})
# Longest first: "R$" and "US$" before "$".
_SYMBOLS: tuple[tuple[str, frozenset[str]], ...] = (
    ("US$", frozenset({"USD"})),
    ("CA$", frozenset({"CAD"})),
    ("AU$", frozenset({"AUD"})),
    ("R$", frozenset({"BRL"})),
    ("C$", frozenset({"CAD"})),
    ("A$", frozenset({"AUD"})),
    ("$", _DOLLARS),
    ("€", frozenset({"EUR"})),
    ("£", frozenset({"GBP"})),
    ("¥", frozenset({"JPY", "CNY"})),
    ("₹", frozenset({"INR"})),
    ("₩", frozenset({"KRW"})),
    ("zł", frozenset({"PLN"})),
    ("Kč", frozenset({"CZK"})),
)
_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])")


def check_currency(typed: str) -> str:
    """The currency code as kept (upper case), or InvalidInput saying what one is."""
    code = typed.strip().upper()
    if code not in CURRENCY_CODES:
        raise InvalidInput(
            message(
                "{typed!r} is not a currency code: give one of ISO 4217's, such as USD, EUR, "
                "GBP or CHF",
                typed=typed.strip(),
            ),
            "currency",
        )
    return code


def without_currency(text: str) -> tuple[str, frozenset[str]]:
    """The amount's text with its currency marks taken off, and the currencies they may mean
    (none when it has no mark; "$" may be any dollar)."""
    meant: set[str] = set()
    for symbol, currencies in _SYMBOLS:
        if symbol in text:
            text = text.replace(symbol, " ")
            meant |= currencies

    def code(found: re.Match[str]) -> str:
        word = found.group(0).upper()
        if word not in CURRENCY_CODES:
            return found.group(0)
        meant.add(word)
        return " "

    return _CODE.sub(code, text), frozenset(meant)


def check_in_currency(text: str, meant: frozenset[str], currency: str | None, field: str) -> None:
    """An amount marked in a currency other than the center's is refused: counting 48,000 €
    as 48,000 dollars would be wrong by the exchange rate."""
    if currency is None or not meant or currency in meant:
        return
    raise InvalidInput(
        message(
            "{field} {text!r} is in {marked}, but the center counts in {currency}: amounts "
            "are not converted; give it in {currency}",
            field=field.replace("_", " "),
            text=text.strip(),
            marked="dollars" if meant == _DOLLARS else " or ".join(sorted(meant)),
            currency=currency,
        ),
        field,
    )


_NAMED = re.compile(r"\s*\(([A-Za-z]{3})\)\s*$")


def currency_text(text: str, currency: str) -> str:
    """A title of amounts that names `currency`: "Approximate budget (CHF)", also where it
    named another ("Approximate budget (USD)", as the shipped script said before a center
    could choose its currency)."""
    named = _NAMED.search(text)
    if named is not None and named.group(1).upper() in CURRENCY_CODES:
        text = text[: named.start()]
    return f"{text} ({currency})"
