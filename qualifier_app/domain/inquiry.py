"""One imported row turned into a clean inquiry, or the reasons it cannot be one.

Each row, its columns mapped to inquiry fields (inquiry_columns.py), is validated and
normalized here, without any database, so the same code serves the import, its preview and
the benchmark's measurements.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from qualifier_app.domain import normalize as norm
from qualifier_app.domain.contact import ContactChecks
from qualifier_app.domain.currency import check_in_currency, without_currency
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry_columns import FIELD_SPECS
from qualifier_app.domain.inquiry_dates import parse_when


@dataclass(frozen=True)
class Problem:
    """Why a value was not accepted: the column as named in the file, the value, the reason."""

    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class OtherContact:
    """A valid phone (E.164) or e-mail (normalized) of the row that the lead did not take."""

    field: str
    column: str
    value: str


@dataclass(slots=True)
class Inquiry:
    row: int
    content_key: str
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    company_key: str = ""
    person_key: str = ""
    title: str = ""
    phone_raw: str = ""
    phone_e164: str | None = None
    phone_extension: str | None = None
    phone_valid: bool = False
    phone_zones: tuple[str, ...] = ()
    email_raw: str = ""
    email_normalized: str | None = None
    email_valid: bool = False
    website: str = ""
    country: str | None = None
    region: str | None = None
    city: str = ""
    postal_code: str = ""
    language: str | None = None
    employees: int | None = None
    annual_revenue: Decimal | None = None
    industry: str = ""
    product_interest: str = ""
    inquiry: str = ""
    source: str = ""
    campaign: str = ""
    inquired_at: datetime | None = None
    consent: str = "unknown"
    # The country the import assumed for a row that names none (read as written there).
    country_assumed: str | None = None
    flags: list[Problem] = field(default_factory=list)
    # Where phone and e-mail were read from several columns: the column each was taken from,
    # and the valid values of the other columns (the lead holds one phone and one e-mail).
    contact_columns: dict[str, str] = field(default_factory=dict)
    other_contacts: list[OtherContact] = field(default_factory=list)

    def lead_fields(self) -> dict[str, Any]:
        """The inquiry in the lead's own columns (what a new lead gets, or a merge offers)."""
        return {name: getattr(self, name) for name in LEAD_COLUMNS}

    @property
    def email_domain(self) -> str | None:
        return norm.company_domain(self.email_normalized)

    @property
    def website_domain(self) -> str | None:
        return norm.company_domain(self.website)


LEAD_COLUMNS = (
    "first_name",
    "last_name",
    "company",
    "company_key",
    "person_key",
    "title",
    "phone_raw",
    "phone_e164",
    "phone_extension",
    "phone_valid",
    "email_raw",
    "email_normalized",
    "email_valid",
    "website",
    "country",
    "region",
    "city",
    "postal_code",
    "language",
    "employees",
    "annual_revenue",
    "industry",
    "product_interest",
    "inquiry",
    "consent",
)


@dataclass(frozen=True)
class Rejected:
    row: int
    problems: tuple[Problem, ...]


def content_key(values: Mapping[str, str]) -> str:
    """A fingerprint of the row's mapped values, independent of column order and spacing."""
    return _fingerprint({name: norm.clean_text(value) for name, value in values.items()})


def _fingerprint(clean: Mapping[str, str]) -> str:
    text = "\x1f".join(f"{name}\x1e{clean[name]}" for name in sorted(clean))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A consent column's yes and no, folded, as forms and spreadsheets write them in the
# languages of a center's lists ("sí", "não", "x" for a ticked box).
_CONSENT_YES = frozenset(
    {
        "yes", "y", "true", "1", "x", "opt in", "opted in", "given", "granted", "agreed",
        "accepted", "subscribed", "ja", "wahr", "oui", "vrai", "si", "verdadero", "sim",
        "verdadeiro", "vero", "waar",
    }
)  # fmt: skip
_CONSENT_NO = frozenset(
    {
        "no", "n", "false", "0", "opt out", "opted out", "refused", "declined", "denied",
        "unsubscribed", "nein", "falsch", "non", "faux", "falso", "nao", "nee", "onwaar",
    }
)  # fmt: skip


ERROR_VALUE = "the cell holds the spreadsheet error {error}, a formula that found no value"


@dataclass(frozen=True)
class _Cell:
    rank: int  # 0 for a field's first column, then the order its other columns are tried in
    column: str
    value: str
    text: str


class _Cells:
    """The mapped cells of one row, and problems named the way the file names its columns."""

    def __init__(
        self,
        values: Mapping[str, str],
        columns: Mapping[str, str],
        further: Mapping[str, Sequence[tuple[str, str]]],
    ) -> None:
        self.values = values
        self.columns = columns
        self.clean = {name: norm.cell_text(value) for name, value in values.items()}
        self.further = {
            name: [
                _Cell(rank, column, value, norm.cell_text(value))
                for rank, (column, value) in enumerate(cells, 1)
            ]
            for name, cells in further.items()
        }

    def text(self, name: str) -> str:
        return self.clean.get(name, "")

    def problem(self, name: str, reason: str) -> Problem:
        column = self.columns.get(name, FIELD_SPECS[name].label)
        value = self.values.get(name, "")
        if error := norm.spreadsheet_error(value):
            reason = f"{reason} ({ERROR_VALUE.format(error=error)})"
        return Problem(column, value, reason)

    def lacking(self, reason: str, *names: str) -> Problem:
        """Why the row lacks what the fields `names` give it, named after the first of their
        cells that held a spreadsheet error (the error, not the file, left it empty), else
        after the first field."""
        for name in names:
            if norm.spreadsheet_error(self.values.get(name)):
                return self.problem(name, reason)
            if _uncalculated(self.values.get(name, "")):
                return self.problem(name, f"{reason} ({_UNCALCULATED})")
            for cell in self.further.get(name, ()):
                if error := norm.spreadsheet_error(cell.value):
                    return Problem(
                        cell.column, cell.value, f"{reason} ({ERROR_VALUE.format(error=error)})"
                    )
        return self.problem(names[0], reason)

    def errors(self) -> list[Problem]:
        """The cells holding a spreadsheet error value (read as empty), for the flags."""
        cells = [
            (self.columns.get(name, FIELD_SPECS[name].label), value)
            for name, value in self.values.items()
        ]
        cells += [(cell.column, cell.value) for more in self.further.values() for cell in more]
        return [
            Problem(column, value, f"{ERROR_VALUE.format(error=error)}; left empty")
            for column, value in cells
            if (error := norm.spreadsheet_error(value))
        ]

    def tried(self, name: str) -> list[_Cell]:
        """The field's cells that hold something, in the order its columns are tried."""
        first = _Cell(
            0,
            self.columns.get(name, FIELD_SPECS[name].label),
            self.values.get(name, ""),
            self.text(name),
        )
        return [cell for cell in (first, *self.further.get(name, ())) if cell.text]

    def fingerprinted(self) -> dict[str, str]:
        # Empty further columns leave the key as it was before they were read, so a file
        # imported then is recognised as already imported now.
        extra = {
            f"{name}#{cell.rank + 1}": cell.text
            for name, cells in self.further.items()
            for cell in cells
            if cell.text
        }
        return {**self.clean, **extra}


def read_inquiry(
    row: int,
    values: Mapping[str, str],
    columns: Mapping[str, str],
    now: datetime,
    checks: ContactChecks | None = None,
    further: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    assumed_country: str | None = None,
    zone: tzinfo = UTC,
    currency: str | None = None,
) -> Inquiry | Rejected:
    """Validate and normalize one row. `values` maps field names to the cell text, `columns`
    field names to the file's header (for messages); `further` holds the other columns of
    phone and e-mail, (header, cell text) in the order they are tried; `checks` remembers the
    phones and e-mails already checked (one per import). Contact data is never guessed: an
    invalid phone is kept as typed and flagged; a row nobody can contact is rejected.
    `assumed_country` (ISO alpha-2), the country the importer says the file is from, is
    where a row with no country of its own is read as written: its national phone numbers
    and its dates, and its country unless an international number names another. `zone` is
    the center's time zone, whose wall clock a date without an offset is read on, and
    `currency` the one it counts in: a revenue marked in another is flagged, not counted."""
    cells = _Cells(values, columns, further or {})
    problems: list[Problem] = []
    flags: list[Problem] = []
    for name, text in cells.clean.items():
        limit = FIELD_SPECS[name].max_length
        if limit is not None and len(text) > limit:
            problems.append(cells.problem(name, f"longer than {limit} characters"))
    for name, more in cells.further.items():
        limit = FIELD_SPECS[name].max_length
        problems.extend(
            Problem(cell.column, cell.value, f"longer than {limit} characters")
            for cell in more
            if limit is not None and len(cell.text) > limit
        )

    inquiry = Inquiry(row=row, content_key=_fingerprint(cells.fingerprinted()))
    flags.extend(cells.errors())
    _read_stand_ins(cells, flags)
    _read_country(inquiry, cells, flags, assumed_country)

    first, last = norm.complete_name(
        cells.text("first_name"), cells.text("last_name"), cells.text("full_name")
    )
    inquiry.first_name = norm.person_name(first)
    inquiry.last_name = norm.person_name(last)
    inquiry.company = norm.company_name(cells.text("company"))
    inquiry.company_key = norm.company_key(inquiry.company)
    inquiry.person_key = norm.person_key(inquiry.first_name, inquiry.last_name)
    if not (inquiry.first_name or inquiry.last_name or inquiry.company):
        problems.append(
            cells.lacking(
                "no name and no company: nobody to ask for",
                "company",
                "first_name",
                "last_name",
                "full_name",
            )
        )

    problems.extend(_read_contact(inquiry, cells, flags, checks or ContactChecks(limit=0)))
    if inquiry.country is None:
        inquiry.country = inquiry.country_assumed

    if region_text := cells.text("region"):
        inquiry.region = norm.region_code(inquiry.country, region_text)
        if inquiry.region is None:
            where = inquiry.country or "an unknown country"
            flags.append(cells.problem("region", f"not a region of {where}; left empty"))
    if language_text := cells.text("language"):
        inquiry.language = norm.language_code(language_text)
        if inquiry.language is None:
            flags.append(cells.problem("language", "not a language Qualifier knows; left empty"))

    inquiry.title = cells.text("title")
    inquiry.website = cells.text("website")
    inquiry.city = norm.person_name(cells.text("city"))
    inquiry.postal_code = norm.postal_code(cells.text("postal_code"), inquiry.country)
    inquiry.industry = cells.text("industry")
    inquiry.product_interest = cells.text("product_interest")
    inquiry.inquiry = (values.get("inquiry") or "").strip()
    inquiry.source = cells.text("source")
    inquiry.campaign = cells.text("campaign")
    consent = " ".join(norm.fold(cells.text("consent")).replace("-", " ").split())
    inquiry.consent = (
        "given" if consent in _CONSENT_YES else "refused" if consent in _CONSENT_NO else "unknown"
    )
    if consent and inquiry.consent == "unknown":
        # Said, not read: a refusal in words nobody listed must not pass unnoticed.
        flags.append(cells.problem("consent", "not a yes or a no; the consent is unknown"))
    _read_figures(inquiry, cells, flags, now, zone, currency)
    if problems:
        return Rejected(row, tuple(problems))
    inquiry.flags = flags
    return inquiry


# What a list writes where it knows nothing: never a person's or a company's name.
PLACEHOLDERS = frozenset(
    {"n/a", "n.a.", "-", "--", "---", ".", "..", "...", "?", "??", "none", "null", "nil"}
)
_PLACEHOLDER_FIELDS = ("first_name", "last_name", "full_name", "company", "title", "city")
# A formula's value is a number, a date, a full name to split or an address only once a
# spreadsheet has calculated it: its text split as a name gave first name '=PROPER(C3)&"'.
_CALCULATED_FIELDS = ("employees", "annual_revenue", "inquired_at", "full_name", "email", "phone")
_FORMULA_FIELDS = (
    "first_name", "last_name", "company", "title", "city",
    "website", "industry", "product_interest", "source",
)  # fmt: skip
_UNCALCULATED = "the cell holds a formula no spreadsheet calculated"
_TEXT_FORCED = re.compile(r'="[^"]*"')  # ="0170 1234567": a spreadsheet's way to keep text


def _uncalculated(text: str) -> bool:
    """A formula as written, not its value (="0170 1234567" is a spreadsheet's text)."""
    text = text.strip()
    return text.startswith("=") and not _TEXT_FORCED.fullmatch(text)


def _read_stand_ins(cells: _Cells, flags: list[Problem]) -> None:
    """Cells that stand in for a value: a placeholder ("N/A", "-") is read as empty, a
    formula no spreadsheet calculated is kept as its text (never run) or, where a number, a
    date, a full name or a contact is read, left empty; each flagged. A row that is placeholders
    only then has no name and no company."""
    for name in _PLACEHOLDER_FIELDS:
        if cells.clean.get(name) and cells.clean[name].casefold() in PLACEHOLDERS:
            flags.append(cells.problem(name, "a placeholder, not a name; read as empty"))
            cells.clean[name] = ""
    for name in (*_FORMULA_FIELDS, *_CALCULATED_FIELDS):
        text = cells.clean.get(name, "")
        if not _uncalculated(text):
            continue
        if name in _CALCULATED_FIELDS:
            flags.append(cells.problem(name, "a formula no spreadsheet calculated; left empty"))
            cells.clean[name] = ""
        else:
            flags.append(cells.problem(name, "a formula, kept as its text (never run)"))


def _read_country(
    inquiry: Inquiry, cells: _Cells, flags: list[Problem], assumed: str | None
) -> None:
    """The row's own country; else the one assumed for the file, which the phone and the
    dates are read in and the inquiry gets unless its number says another."""
    if country_text := cells.text("country"):
        inquiry.country = norm.country_code(country_text)
        if inquiry.country is None:
            flags.append(cells.problem("country", "not a country Qualifier knows; left empty"))
    elif assumed:
        inquiry.country_assumed = assumed


def _read_contact(
    inquiry: Inquiry, cells: _Cells, flags: list[Problem], checks: ContactChecks
) -> list[Problem]:
    """Fill the phone and e-mail; returns the problems that reject the row (nothing valid to
    contact), and adds the ones merely flagged (one of the two is valid) to `flags`. Of
    several columns, the first valid value is taken, else the first one there is (kept as
    typed and flagged, like an only column)."""
    found = _read_phone(inquiry, cells, flags, checks) + _read_email(inquiry, cells, checks)
    if inquiry.phone_valid or inquiry.email_valid:
        flags.extend(found)
        return []
    return found or [cells.lacking("no phone number and no e-mail address", "phone", "email")]


def _read_phone(
    inquiry: Inquiry, cells: _Cells, flags: list[Problem], checks: ContactChecks
) -> list[Problem]:
    phones = []
    for cell in cells.tried("phone"):
        extension = cells.text("extension") if cell.rank == 0 else ""
        dialled = f"{cell.text} ext. {extension}" if extension else cell.text
        dialled_from = inquiry.country or inquiry.country_assumed
        phones.append((cell, checks.phone(dialled, dialled_from)))
    taken = next((pair for pair in phones if pair[1].valid), phones[0] if phones else None)
    if taken is not None:
        cell, checked = taken
        inquiry.phone_raw = cell.text
        if "phone" in cells.further:
            inquiry.contact_columns["phone"] = cell.column
        if checked.valid:
            inquiry.phone_e164 = checked.e164
            inquiry.phone_extension = checked.extension
            inquiry.phone_valid = True
            inquiry.phone_zones = checked.time_zones
            if inquiry.country is None and checked.region and checked.region != "001":
                inquiry.country = checked.region
        if cell.rank and cells.text("extension"):
            first = cells.columns.get("phone", "the phone")
            reason = f"the extension of {first}, whose number was not taken; left out"
            flags.append(cells.problem("extension", reason))
    found: list[Problem] = []
    for pair in phones:
        cell, checked = pair
        if not checked.valid:
            reason = f"not a valid phone number: {checked.reason}"
            found.append(Problem(cell.column, cell.value, reason))
        elif pair is not taken:
            _keep_other(inquiry, "phone", cell.column, checked.e164 or "", inquiry.phone_e164)
    return found


def _read_email(inquiry: Inquiry, cells: _Cells, checks: ContactChecks) -> list[Problem]:
    emails = [(cell, checks.email(cell.text)) for cell in cells.tried("email")]
    taken = next((pair for pair in emails if pair[1].valid), emails[0] if emails else None)
    if taken is not None:
        cell, email = taken
        inquiry.email_raw = cell.text
        if "email" in cells.further:
            inquiry.contact_columns["email"] = cell.column
        if email.valid:
            inquiry.email_normalized = email.normalized
            inquiry.email_valid = True
    found: list[Problem] = []
    for pair in emails:
        cell, email = pair
        if not email.valid:
            reason = f"not a valid e-mail address: {email.reason}"
            found.append(Problem(cell.column, cell.value, reason))
        elif email.likely_meant and pair is taken:
            reason = f"may be a typo for {email.likely_meant}; kept as given, for a rep to ask"
            found.append(Problem(cell.column, cell.value, reason))
        elif pair is not taken:
            normalized = email.normalized or ""
            _keep_other(inquiry, "email", cell.column, normalized, inquiry.email_normalized)
    return found


def _keep_other(inquiry: Inquiry, name: str, column: str, value: str, taken: str | None) -> None:
    known = {taken, *(other.value for other in inquiry.other_contacts if other.field == name)}
    if value not in known:
        inquiry.other_contacts.append(OtherContact(name, column, value))


def _read_figures(
    inquiry: Inquiry,
    cells: _Cells,
    flags: list[Problem],
    now: datetime,
    zone: tzinfo,
    currency: str | None,
) -> None:
    if employees_text := cells.text("employees"):
        employees = read_employees(employees_text)
        if isinstance(employees, str):
            flags.append(cells.problem("employees", f"{employees}; left empty"))
        else:
            inquiry.employees = employees
    if revenue_text := cells.text("annual_revenue"):
        revenue = read_revenue(revenue_text, currency)
        if isinstance(revenue, str):
            flags.append(cells.problem("annual_revenue", f"{revenue}; left empty"))
        else:
            inquiry.annual_revenue = revenue
    if date_text := cells.text("inquired_at"):
        inquiry.inquired_at = parse_when(date_text, inquiry.country, zone=zone)
        if inquiry.inquired_at is None:
            flags.append(cells.problem("inquired_at", "not a date; the import time is used"))
        elif inquiry.inquired_at > now + timedelta(days=1):
            flags.append(cells.problem("inquired_at", "in the future; the import time is used"))
            inquiry.inquired_at = None
        elif inquiry.inquired_at < EARLIEST_INQUIRY:
            flags.append(
                cells.problem(
                    "inquired_at",
                    f"before {EARLIEST_INQUIRY.year}, not a real inquiry date; "
                    "the import time is used",
                )
            )
            inquiry.inquired_at = None


# Older dates are a system's "no date" (0001-01-01) or a typing slip ("15/03/226"), not when
# someone asked: recency scoring would rank them last, and no web form is that old.
EARLIEST_INQUIRY = datetime(1990, 1, 1, tzinfo=UTC)

_NUMBER = re.compile(r"\d[\d.,'\s]*")


def _digits_number(text: str) -> Decimal | None:
    """The first number in the text, its thousands marks in any convention (`norm.amount`)."""
    match = _NUMBER.search(text)
    return norm.amount(match.group(0)) if match else None


_SCALE = {"k": Decimal(1_000), "m": Decimal(1_000_000), "mm": Decimal(1_000_000),
          "mio": Decimal(1_000_000), "million": Decimal(1_000_000), "b": Decimal(10**9),
          "bn": Decimal(10**9), "billion": Decimal(10**9), "mrd": Decimal(10**9)}  # fmt: skip


# A figure a spreadsheet wrote in scientific notation: 2.5E+07 is 25 million, not 2.5.
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?[eE][+]?\d{1,2}")


def _scaled(text: str) -> Decimal | None:
    plain = without_currency(text)[0].strip()
    if _SCIENTIFIC.fullmatch(plain):
        return Decimal(plain.replace(",", "."))
    lowered = norm.fold(text)
    number = _digits_number(lowered)
    if number is None:
        return None
    suffix = re.search(r"\d\s*([a-z]+)\b", lowered.replace(",", "").replace(".", ""))
    if suffix and suffix.group(1) in _SCALE:
        number *= _SCALE[suffix.group(1)]
    return number


# Beyond any company (the largest employ about 2.3 million people and earn under 10**15 in
# any currency), and within what the columns hold (a 32-bit integer; cents in 64 bits).
MOST_EMPLOYEES = 10_000_000
MOST_REVENUE = Decimal(10**16)
# A leading minus, an accountant's brackets, "(500)" and "$(1,000)", or a trailing minus.
_NEGATIVE = re.compile(r"[-\u2212]\s*\d.*|\(\s*\d[\d.,'\s]*\)|.*\d\s*[-\u2212]")


def _negative(text: str) -> bool:
    return _NEGATIVE.fullmatch(without_currency(text)[0].strip()) is not None


def read_employees(text: str) -> int | str:
    """ "1,200", "1200+", "500-999" (the lower bound), "10k" → the number; else why not."""
    if _negative(text):
        return "a negative number of employees"
    number = _scaled(text)
    if number is None or number < 0:
        return "not a number of employees"
    if number > MOST_EMPLOYEES:
        return f"more than {MOST_EMPLOYEES:,} employees, more than any company has"
    return int(number)


def read_revenue(text: str, currency: str | None = None) -> Decimal | str:
    """ "$12,500,000", "12.5M", "EUR 3 Mio", "1.2bn" → the amount; else why not. Marked in
    a currency other than `currency` (the center's, where known), not an amount it counts."""
    try:
        check_in_currency(text, without_currency(text)[1], currency, "annual_revenue")
    except InvalidInput as refused:
        return refused.message
    if _negative(text):
        return "a negative amount"
    number = _scaled(text)
    if number is None:
        return "not an amount"
    if number > MOST_REVENUE:
        return f"more than {MOST_REVENUE:,}, more than any company's annual revenue"
    return number.quantize(Decimal("0.01"))
