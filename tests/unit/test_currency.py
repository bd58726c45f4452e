"""Amounts in the center's one currency: a mark of another is refused, never converted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qualifier_app.domain.closed_loop import parse_money
from qualifier_app.domain.currency import check_currency, without_currency
from qualifier_app.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("typed", "currency", "amount"),
    [
        ("48.000 €", "EUR", Decimal(48000)),
        ("EUR 48,000", "EUR", Decimal(48000)),
        ("eur 5", "EUR", Decimal(5)),
        ("$12,500", "USD", Decimal(12500)),
        ("$12,500", "CAD", Decimal(12500)),  # a dollar sign is any dollar's
        ("US$ 12,500", "USD", Decimal(12500)),
        ("R$ 1.234,56", "BRL", Decimal("1234.56")),
        ("CHF 12'500", "CHF", Decimal(12500)),
        ("£3,000", "GBP", Decimal(3000)),
        ("12,500.00", "JPY", Decimal(12500)),  # no mark: the center's
        ("12,500.00", None, Decimal(12500)),
    ],
)
def test_an_amount_in_the_center_s_currency_is_read(
    typed: str, currency: str | None, amount: Decimal
) -> None:
    assert parse_money(typed, "cost", currency) == amount


@pytest.mark.parametrize(
    ("typed", "currency", "says"),
    [
        ("48.000 €", "USD", "is in EUR, but the center counts in USD"),
        ("$48,000", "EUR", "is in dollars, but the center counts in EUR"),
        ("US$ 100", "CAD", "is in USD, but the center counts in CAD"),
        ("R$ 100", "USD", "is in BRL"),
        ("GBP 100", "EUR", "is in GBP"),
    ],
)
def test_an_amount_in_another_currency_is_refused(typed: str, currency: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says) as refused:
        parse_money(typed, "revenue", currency)
    assert refused.value.field == "revenue"
    assert "not converted" in refused.value.message


def test_a_word_of_three_letters_is_no_currency_unless_it_is_one() -> None:
    # "abc" is no amount, whatever the currency: refused as no amount, not as a currency.
    with pytest.raises(InvalidInput, match="is not an amount"):
        parse_money("abc 12", "cost", "USD")
    assert without_currency("12 EURO")[1] == frozenset()  # four letters: no code


def test_a_currency_code_is_iso_4217() -> None:
    assert check_currency(" chf ") == "CHF"
    for typed in ("", "franc", "XXX", "€"):
        with pytest.raises(InvalidInput, match="is not a currency code"):
            check_currency(typed)
