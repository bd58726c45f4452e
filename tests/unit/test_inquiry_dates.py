"""Dates written with their month's name, as CRMs, web forms and spreadsheets export them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from qualifier_app.domain.inquiry_dates import parse_when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 Dec 2026", datetime(2026, 12, 3, tzinfo=UTC)),
        ("Dec 3, 2026", datetime(2026, 12, 3, tzinfo=UTC)),
        ("December 3rd, 2026", datetime(2026, 12, 3, tzinfo=UTC)),
        ("Sept. 3, 2026", datetime(2026, 9, 3, tzinfo=UTC)),
        ("30-Nov-2026", datetime(2026, 11, 30, tzinfo=UTC)),  # Excel's dd-mmm-yyyy
        ("30-Nov-26", datetime(2026, 11, 30, tzinfo=UTC)),
        ("Dec 3, 2026 2:30 PM", datetime(2026, 12, 3, 14, 30, tzinfo=UTC)),
        ("Mon, 30 Nov 2026 10:00:00 GMT", datetime(2026, 11, 30, 10, tzinfo=UTC)),
        ("Mon, 30 Nov 2026 10:00:00 +0100", datetime(2026, 11, 30, 9, tzinfo=UTC)),
        ("3. Dezember 2026", datetime(2026, 12, 3, tzinfo=UTC)),
        ("Montag, 30. November 2026 14:30 Uhr", datetime(2026, 11, 30, 14, 30, tzinfo=UTC)),
        ("3 févr. 2026", datetime(2026, 2, 3, tzinfo=UTC)),
        ("3 de diciembre de 2026", datetime(2026, 12, 3, tzinfo=UTC)),
        ("3 de março de 2026", datetime(2026, 3, 3, tzinfo=UTC)),
        ("3 maggio 2026", datetime(2026, 5, 3, tzinfo=UTC)),
        ("3 mei 2026", datetime(2026, 5, 3, tzinfo=UTC)),
    ],
)
def test_a_date_with_its_months_name_is_read(text: str, expected: datetime) -> None:
    assert parse_when(text, None, zone=UTC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "30 Nov",  # no year: which one is not for us to guess
        "Nov 2026",  # no day
        "May 32, 2026",
        "3 ju 2026",  # juin or juillet?
        "Dec 3 2026 or later",
        "Marketing 2026",
        "1 Dec 2 2026",
        # Before the calendar's first moment, or past its last, in UTC: no date, no error.
        "0001-01-01T00:00:00+01:00",
        "0001-01-01 00:00 CET",
        "Jan 1, 0001 00:00 +0100",
        "9999-12-31 23:00 EST",
    ],
)
def test_what_only_looks_like_a_named_date_is_none(text: str) -> None:
    assert parse_when(text, None, zone=UTC) is None


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("2026-12-03 10:00 CET", None, datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("03.12.2026 10:00 MESZ", "DE", datetime(2026, 12, 3, 8, tzinfo=UTC)),
        ("12/03/2026 10:00 AM EST", "US", datetime(2026, 12, 3, 15, tzinfo=UTC)),
        ("03/12/2026 10:00 -0300", "BR", datetime(2026, 12, 3, 13, tzinfo=UTC)),
        ("Dec 3, 2026 2:30 PM PDT", None, datetime(2026, 12, 3, 21, 30, tzinfo=UTC)),
        # CST is Central, China or Cuba: not read, the time stays as written.
        ("2026-12-03 10:00 CST", None, datetime(2026, 12, 3, 10, tzinfo=UTC)),
    ],
)
def test_a_zone_after_the_time_is_read(text: str, country: str | None, expected: datetime) -> None:
    """ "10:00 CET" was read as 10:00 UTC, an hour late."""
    assert parse_when(text, country, zone=UTC) == expected


NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "country", "zone", "expected"),
    [
        # A day alone starts at midnight where the center is: the 1st in New York is 05:00
        # UTC, not 19:00 the day before, which counted it in November's reports.
        ("2026-12-01", "US", NEW_YORK, datetime(2026, 12, 1, 5, tzinfo=UTC)),
        ("12/01/2026", "US", NEW_YORK, datetime(2026, 12, 1, 5, tzinfo=UTC)),
        ("2026-12-01 21:30", "US", NEW_YORK, datetime(2026, 12, 2, 2, 30, tzinfo=UTC)),
        ("11/30/2026 10:00 PM", "US", NEW_YORK, datetime(2026, 12, 1, 3, tzinfo=UTC)),
        # Summer time: the offset of that day, not today's.
        ("2026-07-01 12:00", "US", NEW_YORK, datetime(2026, 7, 1, 16, tzinfo=UTC)),
        ("01.12.2026 00:30", "DE", BERLIN, datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),
        ("Dec 1, 2026 9:15 AM", None, NEW_YORK, datetime(2026, 12, 1, 14, 15, tzinfo=UTC)),
        ("3. Juli 2026", "DE", BERLIN, datetime(2026, 7, 2, 22, tzinfo=UTC)),
        # A spreadsheet's date serial (46357.5 is 2026-12-01 12:00) has no zone either.
        ("46357.5", None, NEW_YORK, datetime(2026, 12, 1, 17, tzinfo=UTC)),
        # A time that says its offset or zone is read as it says, wherever the center is.
        ("2026-12-01T21:30:00Z", None, NEW_YORK, datetime(2026, 12, 1, 21, 30, tzinfo=UTC)),
        ("2026-12-01T21:30:00-08:00", None, BERLIN, datetime(2026, 12, 2, 5, 30, tzinfo=UTC)),
        ("2026-12-01 10:00 GMT", None, NEW_YORK, datetime(2026, 12, 1, 10, tzinfo=UTC)),
        ("2026-12-01 10:00 +0100", None, NEW_YORK, datetime(2026, 12, 1, 9, tzinfo=UTC)),
        ("Mon, 30 Nov 2026 10:00:00 GMT", None, BERLIN, datetime(2026, 11, 30, 10, tzinfo=UTC)),
    ],
)
def test_a_time_without_a_zone_is_the_centers_wall_clock(
    text: str, country: str | None, zone: ZoneInfo, expected: datetime
) -> None:
    assert parse_when(text, country, zone=zone) == expected
