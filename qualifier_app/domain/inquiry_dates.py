"""Reading the date of an inquiry, or of a partner's report, as files write it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal

from qualifier_app.domain.normalize import fold

_DAY_FIRST_EXCEPT = frozenset({"US", "CA", "PH"})

# Excel's 1900 date system counts days from 1899-12-30 for every date after February 1900
# (it holds a 29 February 1900 that never was); the fraction is the time of day. Only the
# serials of 1990 to 2100 are read as dates: other plain numbers are not dates people write.
_EXCEL_EPOCH = datetime(1899, 12, 30, tzinfo=UTC)
_FIRST_SERIAL = (datetime(1990, 1, 1, tzinfo=UTC) - _EXCEL_EPOCH).days
_LAST_SERIAL = (datetime(2100, 12, 31, tzinfo=UTC) - _EXCEL_EPOCH).days
# Five digits, so a comma can only be a decimal comma (a German Excel's "45678,5417").
_SERIAL = re.compile(r"(\d{5})(?:[.,](\d+))?")


def excel_serial(text: str) -> datetime | None:
    """The date and time of an Excel date serial ("45678" is 2025-01-21, "45678.5417" 13:00
    that day, to the second), as a CSV exported from Excel writes a date cell formatted as a
    number; None for anything else."""
    serial = _SERIAL.fullmatch(text.strip())
    if serial is None or not _FIRST_SERIAL <= int(serial.group(1)) <= _LAST_SERIAL:
        return None
    fraction = Decimal(f"0.{serial.group(2) or 0}")
    seconds = int((fraction * 86_400).to_integral_value())
    return _EXCEL_EPOCH + timedelta(days=int(serial.group(1)), seconds=seconds)


_DATE = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?"
)


def parse_when(text: str, country: str | None, *, zone: tzinfo) -> datetime | None:
    """An inquiry date, in UTC: ISO 8601 first, then day/month/year (month first in the US and
    Canada when both readings are possible), the time on a 24- or 12-hour clock ("10:15 PM"),
    then a spreadsheet's date serial ("45678.5417", see `excel_serial`), then a date with
    its month's name ("3 Dec 2026", "Dec 3, 2026", "30-Nov-2026", "3. Dezember 2026", "Mon,
    30 Nov 2026 10:00:00 GMT"). An offset or a zone's abbreviation after the time is read
    ("10:00 CET", "10:00 -0300"); a time without either, and a day without a time (its
    start), is the wall clock in `zone`: a spreadsheet's date cell, and most exports, are
    written where the center is, not in UTC."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if (serial := excel_serial(text)) is not None:
            return _on_the_wall(serial, zone)
        if match := _DATE.match(text.strip()):
            return _numbered_date(match, country, zone)
        return named_month_date(text, zone)
    return _on_the_wall(parsed, zone) if parsed.tzinfo is None else _in_utc(parsed)


def _numbered_date(match: re.Match[str], country: str | None, zone: tzinfo) -> datetime | None:
    """A date in numbers as `_DATE` matched it, with its time and the offset after it."""
    rest, offset = _without_offset(fold(" " + match.string[match.end() :]))
    a, b, c, hour, minute, second, half = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c) + (2000 if len(c) == 2 else 0)
        first, second_part = int(a), int(b)
        dotted = "." in match.string[: match.end(3)]
        month_first = (country or "US") in _DAY_FIRST_EXCEPT and not dotted
        if first > 12 or (not month_first and second_part <= 12):
            day, month = first, second_part
        else:
            month, day = first, second_part
    hours = int(hour or 0)
    if half:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half in "Pp" else 0)
    try:  # the wall clock's reading, in no zone yet (UTC is only its placeholder)
        wall = datetime(year, month, day, hours, int(minute or 0), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None
    if offset is not None and not rest.strip():  # an offset after the time, nothing else
        return _shifted(wall, offset)
    return _on_the_wall(wall, zone)


def _in_utc(moment: datetime) -> datetime | None:
    """`moment` in UTC; None past the calendar's ends (a system's "no date", 0001-01-01, an
    hour ahead of UTC is no date either, rather than an error that stops the import)."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


def _shifted(wall: datetime, offset: timedelta) -> datetime | None:
    """The `wall` time (its zone, if any, set aside), `offset` ahead of UTC, in UTC."""
    try:
        return (wall.replace(tzinfo=None) - offset).replace(tzinfo=UTC)
    except OverflowError:
        return None


def _on_the_wall(wall: datetime, zone: tzinfo) -> datetime | None:
    """The `wall` time (its zone, if any, set aside) as a clock in `zone` shows it, in UTC."""
    return _in_utc(wall.replace(tzinfo=zone))


# The months' names in the languages a center's lists come in, folded (accents off). A word
# is a month when it is one of these or the start (three letters at least) of only one
# month's names: "Dec", "Dez.", "dic", "févr", "Sept".
_MONTH_NAMES = (
    ("january", "januar", "janvier", "enero", "janeiro", "gennaio", "januari", "janner"),
    ("february", "februar", "fevrier", "febrero", "fevereiro", "febbraio", "februari"),
    ("march", "marz", "mars", "marzo", "marco", "maart"),
    ("april", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maio", "maggio", "mei"),
    ("june", "juni", "juin", "junio", "junho", "giugno"),
    ("july", "juli", "juillet", "julio", "julho", "luglio"),
    ("august", "aout", "agosto", "augustus"),
    ("september", "septembre", "septiembre", "setiembre", "setembro", "settembre"),
    ("october", "oktober", "octobre", "octubre", "outubro", "ottobre"),
    ("november", "novembre", "noviembre", "novembro"),
    ("december", "dezember", "decembre", "diciembre", "dezembro", "dicembre"),
)
_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "segunda", "terca", "quarta", "quinta", "sexta", "feira",
)  # fmt: skip
# Words between the parts: "3 de diciembre de 2026", "the 3rd of December", "um 10:00 Uhr".
_FILLERS = frozenset({"de", "del", "of", "the", "um", "uhr", "a", "at", "le", "el", "h"})
# Zone abbreviations after a time, by their hours from UTC; only those that stand for one
# zone in the lists a center gets (CST, IST and BST each name two or three, and are not read).
_ZONE_HOURS = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "west": 1, "cet": 1, "cest": 2, "mez": 1, "mesz": 2,
    "eet": 2, "eest": 3, "brt": -3, "art": -3, "est": -5, "edt": -4, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "jst": 9, "aest": 10, "aedt": 11,
}  # fmt: skip
_TRAILING_ZONE = re.compile(r"\s([a-z]{1,4})$")
_NAMED_TIME = re.compile(r"(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?(?![\w])")
_NAMED_OFFSET = re.compile(r"(?<![\w:])([+-])(\d{2}):?(\d{2})$")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|e|o|a)$")


def _month(word: str) -> int | None:
    if len(word) < 3:
        return None
    found = {
        number
        for number, names in enumerate(_MONTH_NAMES, start=1)
        if any(name.startswith(word) for name in names)
    }
    return found.pop() if len(found) == 1 else None


def _weekday(word: str) -> bool:
    return len(word) >= 2 and any(day.startswith(word) for day in _WEEKDAYS)


def named_month_date(text: str, zone: tzinfo) -> datetime | None:
    """A date written with its month's name, in any order of day, month and year, with a
    weekday, a time and an offset (or GMT) if it has them, in UTC (without an offset, the
    wall clock in `zone`); None for anything else."""
    folded, offset = _without_offset(fold(text).strip())
    clock = _NAMED_TIME.search(folded)
    hour = minute = second = 0
    if clock:
        hour, minute, second = (int(part or 0) for part in clock.group(1, 2, 3))
        if half := clock.group(4):
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half == "p" else 0)
        folded = folded[: clock.start()] + " " + folded[clock.end() :]
    found = _day_month_year(re.split(r"[\s,./-]+", folded))
    if found is None:
        return None
    year, month, day = found
    try:  # the wall clock's reading, in no zone yet (UTC is only its placeholder)
        wall = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    return _on_the_wall(wall, zone) if offset is None else _shifted(wall, offset)


def _without_offset(text: str) -> tuple[str, timedelta | None]:
    """The text without its trailing offset (+0100, -03:00) or zone abbreviation (CET, EST),
    and that offset from UTC (None when it has neither)."""
    if zone := _NAMED_OFFSET.search(text):
        sign = -1 if zone.group(1) == "-" else 1
        return text[: zone.start()], sign * timedelta(
            hours=int(zone.group(2)), minutes=int(zone.group(3))
        )
    if (named := _TRAILING_ZONE.search(text)) and named.group(1) in _ZONE_HOURS:
        return text[: named.start()], timedelta(hours=_ZONE_HOURS[named.group(1)])
    return text, None


def _day_month_year(words: list[str]) -> tuple[int, int, int] | None:
    """(year, month, day) from the words of a date: two numbers, one month's name, and
    weekdays or fillers only besides."""
    month: int | None = None
    numbers: list[str] = []
    for word in words:
        if not word or word in _FILLERS:
            continue
        ordinal = _ORDINAL.match(word)
        digits = ordinal.group(1) if ordinal else word
        if digits.isdigit() and len(digits) in (1, 2, 4):
            numbers.append(digits)
        elif word.isalpha() and month is None and (named := _month(word)):
            month = named
        elif not (word.isalpha() and _weekday(word)):
            return None
    years = [number for number in numbers if len(number) == 4]
    if month is None or len(numbers) != 2 or len(years) > 1:
        return None
    year_text = years[0] if years else numbers[1]
    day_text = numbers[1] if year_text is numbers[0] else numbers[0]
    return int(year_text) + (2000 if len(year_text) == 2 else 0), month, int(day_text)
