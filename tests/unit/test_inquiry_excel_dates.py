"""Inquiry dates written as Excel date serials, as a CSV exported from Excel carries them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from qualifier_app.domain.inquiry import Inquiry, read_inquiry
from qualifier_app.domain.inquiry_dates import excel_serial, parse_when

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def read(**values: str) -> Inquiry:
    result = read_inquiry(2, values, {name: name.title() for name in values}, NOW)
    assert isinstance(result, Inquiry), result
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45678", datetime(2025, 1, 21, tzinfo=UTC)),
        ("45678.5417", datetime(2025, 1, 21, 13, 0, 3, tzinfo=UTC)),  # to the second
        ("45678,5", datetime(2025, 1, 21, 12, tzinfo=UTC)),  # a German Excel's decimal comma
        (" 46000.25 ", datetime(2025, 12, 9, 6, tzinfo=UTC)),
        ("32874", datetime(1990, 1, 1, tzinfo=UTC)),
        ("73415", datetime(2100, 12, 31, tzinfo=UTC)),
    ],
)
def test_excel_date_serials_are_dates(text: str, expected: datetime) -> None:
    assert excel_serial(text) == expected
    assert parse_when(text, None, zone=UTC) == expected


@pytest.mark.parametrize(
    "text", ["32873", "73416", "2026", "123", "45678.5.1", "-45678", "4.5678E+04", "45 678"]
)
def test_other_numbers_are_not_excel_dates(text: str) -> None:
    assert excel_serial(text) is None


def test_a_serial_in_a_row_is_its_inquiry_date_and_a_number_out_of_range_is_flagged() -> None:
    dated = read(last_name="Doe", email="x@y.example", inquired_at="45678.5")
    assert dated.inquired_at == datetime(2025, 1, 21, 12, tzinfo=UTC)
    assert dated.flags == []
    undated = read(last_name="Doe", email="x@y.example", inquired_at="123456")
    assert undated.inquired_at is None
    assert [flag.reason for flag in undated.flags] == ["not a date; the import time is used"]
    # A serial past tomorrow is a date in the future, flagged as any other.
    future = read(last_name="Doe", email="x@y.example", inquired_at="73000")
    assert future.inquired_at is None
    assert [flag.reason for flag in future.flags] == ["in the future; the import time is used"]
