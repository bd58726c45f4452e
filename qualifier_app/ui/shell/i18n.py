"""The person's language: Qt translators for the windows and the services' messages, and
the locale that formats dates, times, numbers and money.

One catalogue per language, `resources/translations/qualifier_<lang>.qm`, built from the `.ts`
files by `scripts/translations.py`. Services stay free of Qt: their messages are
`domain.text.Message`s, translated here when shown (context "Messages").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from qualifier_app.domain.errors import QualifierError
from qualifier_app.domain.text import CONTEXT, Message
from qualifier_app.paths import resources_dir

# The languages the app ships, in their own words (the settings' `language` takes these codes).
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "de": "Deutsch",
    "fr": "Français",
}
SYSTEM = "system"
PSEUDO = "pseudo"

_installed: list[QTranslator] = []
_catalogues: list[str] = []  # the names of the .qm files in force, for the smoke test
_GROUPED = re.compile(r"\{(\w+):,(?:\.(\d+)f)?\}")  # {count:,} {size:,.1f}
_DATED = re.compile(r"\{(\w+):(%[^{}]*)\}")  # {at:%a %d %b %H:%M}
_TIME_CODES = ("%H", "%I", "%M")
_DATE_CODES = ("%d", "%b", "%B", "%m", "%y", "%Y", "%j")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose(setting: str, system: str | None = None) -> str:
    """The shipped language for a setting: a code of LANGUAGES, `system` (or empty) for the
    system's, `pseudo` for the pseudo-translation. A system language we do not ship falls back
    to another variant of it (es_MX → es, pt_PT → pt_BR), then to English."""
    wanted = setting.strip() or SYSTEM
    if wanted == PSEUDO:
        return PSEUDO
    if wanted == SYSTEM:
        wanted = system or QLocale.system().name()
    wanted = wanted.replace("-", "_")
    if wanted in LANGUAGES:
        return wanted
    language = wanted.split("_", 1)[0].lower()
    for code in LANGUAGES:
        if code.split("_", 1)[0] == language:
            return code
    return "en"


def install(language: str, folder: Path | None = None) -> str:
    """Put the language's translators on the running application and make its locale the
    default for formatting; returns the language in force. `folder` holds the .qm files
    (the shipped ones by default)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _catalogues.clear()
    chosen = choose(language)
    if chosen == PSEUDO:
        _installed.append(PseudoTranslator())
        QLocale.setDefault(QLocale("en_US"))
    else:
        QLocale.setDefault(QLocale(chosen))
        if chosen != "en":
            _installed.extend(_load(chosen, folder or translations_dir()))
    for translator in _installed:
        app.installTranslator(translator)
    return chosen


def catalogues() -> list[str]:
    """The catalogues the language in force was loaded from ("qualifier_es", "qtbase_es")."""
    return list(_catalogues)


def _load(language: str, folder: Path) -> list[QTranslator]:
    # Qt's own words (qtbase): the buttons of message boxes and file dialogs, the context
    # menus of text fields. The installer bundles them for the shipped languages only.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for name, where in ((f"qualifier_{language}", str(folder)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator()
        if translator.load(name, where):
            found.append(translator)
            _catalogues.append(name)
    return found


# --- the pseudo-translation ----------------------------------------------------------------

PSEUDO_OPEN = "[!!"
PSEUDO_CLOSE = "!!]"
# The innermost wrapped text: a translated text put into another one is wrapped twice.
_PSEUDO = re.compile(r"\[!!(?:(?!\[!!).)*?!!\]", re.DOTALL)


def pseudo(text: str) -> str:
    """`text` wrapped in markers and padded to 130 % of its length; placeholders, mnemonics and
    tags stay as they are, so the wrapped text still works where the original did."""
    if not text:
        return text
    padding = "~" * max(0, math.ceil(len(text) * 0.3) - len(PSEUDO_OPEN + PSEUDO_CLOSE) - 2)
    return f"{PSEUDO_OPEN} {text}{padding} {PSEUDO_CLOSE}"


def untranslated(text: str) -> str:
    """What of a shown text did not pass through the pseudo-translator."""
    while True:
        rest = _PSEUDO.sub("", text)
        if rest == text:
            return rest
        text = rest


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo form: a test finds what was never translated,
    and what is clipped once a translation is longer than English."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


# --- what services say, in the person's language ----------------------------------------


def translated(text: str) -> str:
    """A service's message (or a domain label) in the person's language; other text as is."""
    if not isinstance(text, Message):
        return text
    values = {
        key: translated(value) if isinstance(value, Message) else value
        for key, value in text.values.items()
    }
    wording = QCoreApplication.translate(CONTEXT, text.source)
    # "{count:,}" groups digits and "{at:%a %d %b}" names days the English way: the locale's
    # digits, dates and times instead.
    for key, decimals in _GROUPED.findall(wording):
        values[key] = number(values[key], int(decimals or 0))  # type: ignore[arg-type]
    wording = _GROUPED.sub(r"{\1}", wording)
    for key, pattern in _DATED.findall(wording):
        if isinstance(values.get(key), date):
            values[key] = _dated(values[key], pattern)  # type: ignore[arg-type]
    wording = _DATED.sub(
        lambda found: "{" + found[1] + "}" if isinstance(values.get(found[1]), str) else found[0],
        wording,
    )
    return wording.format(**values) if values else wording


def _dated(value: date, pattern: str) -> str:
    """A date or time the way the locale writes what a strftime pattern asked for."""
    timed = isinstance(value, datetime) and any(code in pattern for code in _TIME_CODES)
    dated = any(code in pattern for code in _DATE_CODES)
    if timed and dated:
        return moment(value)  # type: ignore[arg-type]
    if timed:
        if "%a" in pattern:
            return weekday_time(value)  # type: ignore[arg-type]
        return time_with_seconds(value) if "%S" in pattern else time_of_day(value)  # type: ignore[arg-type]
    return day(value)


def problem_text(exc: BaseException) -> str:
    """What to tell the person about a failure: an expected one in their language, anything
    else by its kind only (its text may hold data, and is in no catalogue)."""
    if isinstance(exc, QualifierError):
        return translated(exc.message)
    return QCoreApplication.translate("Problems", "Unexpected problem: {kind}").format(
        kind=type(exc).__name__
    )


# --- formats ---------------------------------------------------------------------------------


def workstation_zone() -> tzinfo:
    """This workstation's time zone with its rules, so that a day or a week that began before
    a change to or from summer time begins at the offset it had then (`astimezone()` gives
    only today's offset)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


def number(value: int | float | Decimal, decimals: int = 0) -> str:
    locale = QLocale()
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def money(value: Decimal | float | int, decimals: int = 2) -> str:
    """An amount with the locale's separators; the center keeps one currency, so no symbol."""
    return QLocale().toString(float(value), "f", decimals)


def day(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def moment(value: datetime) -> str:
    """A date and time as it is on the wall where `value`'s zone is (no conversion)."""
    wall = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return QLocale().toString(wall, QLocale.FormatType.ShortFormat)


def local_day(value: datetime) -> str:
    """A moment's day as the wall here shows it: an inquiry at 21:30 in New York is on the
    1st there, though on the 2nd in UTC."""
    return day(value.astimezone())


def local_moment(value: datetime) -> str:
    """A moment as the wall here shows it: on a New York workstation, a handoff sent at
    15:00 UTC was sent at 10:00. What is shown in UTC says so instead."""
    return moment(value.astimezone())


def weekday_time(value: datetime, near: datetime | None = None) -> str:
    """The short day name and the time, as on the wall where `value`'s zone is; a moment
    more than six days from `near` with its date instead ("Jan 12 3:00 PM"): a day name
    alone says this week's."""
    if near is not None and abs((value.date() - near.astimezone(value.tzinfo).date()).days) > 6:
        return f"{day_month(value.date())} {time_of_day(value)}"
    locale = QLocale()
    weekday = locale.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {time_of_day(value)}"


def time_of_day(value: datetime) -> str:
    return QLocale().toString(
        QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat
    )


def time_with_seconds(value: datetime) -> str:
    """The time with its seconds, for what changes live (the locale's long format would add
    a time-zone name the value may not have)."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    pattern = short if "ss" in short else short.replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(value.hour, value.minute, value.second), pattern)


def day_month(value: date) -> str:
    """Day and short month name without the year, in the locale's order ("Nov 10",
    "10 de nov.", "10. Nov."): the locale's long date without its weekday and year."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[^dMy']*", "", pattern)  # the weekday and what follows it
    pattern = re.sub(r"[\s,.]*(?:'[^']*'\s*)?y+[^dM]*$", "", pattern)  # the year at the end
    if "d" not in pattern or "M" not in pattern:  # a year first (not a shipped language)
        return day(value)
    pattern = pattern.replace("MMMM", "MMM")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def percent(value: float, decimals: int = 0) -> str:
    return f"{number(value, decimals) if decimals else number(round(value))} {QLocale().percent()}"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks text kept in a table (titles, captions) for the catalogue; translated where it
    is shown, with the same context."""
    return source


def columns(titles: Iterable[str]) -> list[str]:
    """Column titles as shown: the services' as messages, the windows' from context Columns."""
    return [
        translated(title)
        if isinstance(title, Message)
        else QCoreApplication.translate("Columns", title)
        for title in titles
    ]


def yes_no(value: bool) -> str:
    """ "yes" or "no" in the person's language (a table's "active" column, say)."""
    if value:
        return QCoreApplication.translate("Messages", "yes")
    return QCoreApplication.translate("Messages", "no")


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many` ("{n} lead", "{n} leads", marked for context Counts) in the person's
    language, with the count in the locale's digits. Two forms fit every shipped language."""
    return QCoreApplication.translate("Counts", one if count == 1 else many).format(n=number(count))
