"""Argument types shared by the commands; argparse turns their errors into one line."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from qualifier_app.domain.closed_loop import parse_money
from qualifier_app.domain.errors import InvalidInput


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def positive(text: str) -> int:
    value = whole_number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive number")
    return value


def non_negative(text: str) -> int:
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def amount(text: str) -> Decimal:
    """Money as people type it: 12500, 12,500.00, $12,500, 1234,50."""
    try:
        value = parse_money(text, "amount")
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if value is None:
        raise argparse.ArgumentTypeError("the amount is empty")
    return value
