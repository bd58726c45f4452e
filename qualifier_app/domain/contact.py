"""Phone numbers and e-mail addresses as value objects: parsed, validated, normalized."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import (
    CountryCodeSource,
    PhoneNumber,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
)
from rapidfuzz.distance import DamerauLevenshtein

from qualifier_app.domain.normalize import FREE_MAIL_DOMAINS, clean_text
from qualifier_app.domain.text import Message, message
from qualifier_app.domain.time_zones import zones_for_number

_TYPE_NAMES = {
    PhoneNumberType.FIXED_LINE: message("fixed line"),
    PhoneNumberType.MOBILE: message("mobile"),
    PhoneNumberType.FIXED_LINE_OR_MOBILE: message("fixed line or mobile"),
    PhoneNumberType.TOLL_FREE: message("toll free"),
    PhoneNumberType.PREMIUM_RATE: message("premium rate"),
    PhoneNumberType.SHARED_COST: message("shared cost"),
    PhoneNumberType.VOIP: message("VoIP"),
    PhoneNumberType.PERSONAL_NUMBER: message("personal number"),
    PhoneNumberType.PAGER: message("pager"),
    PhoneNumberType.UAN: message("UAN"),
    PhoneNumberType.VOICEMAIL: message("voicemail"),
    PhoneNumberType.UNKNOWN: message("unknown type"),
}

# The most a lead keeps of a phone number or an e-mail address as typed (the columns
# leads.phone_raw and leads.email_raw): a valid number with a long note beside it is longer.
TYPED_MOST = {"phone": 60, "email": 320}
TOO_LONG = message("too long")


def typed_too_long(field: str, text: str) -> bool:
    """Whether `text`, typed as a lead's phone or e-mail, is longer than the lead keeps."""
    return len(text.strip()) > TYPED_MOST[field]


# A number written the national way, read where no country is known: on a lead card the fix
# is the lead's country; elsewhere (the do-not-call list, a person's data) the caller's.
NO_COUNTRY = message("no country: add a +country code or set the lead's country")
NO_COUNTRY_GIVEN = message("no country: write it with its +country code, or give its country")


def reason_without_a_lead(reason: str) -> str:
    """Why a number cannot be read, with the fix one can make where no lead is at hand."""
    return NO_COUNTRY_GIVEN if reason == NO_COUNTRY else reason


_PARSE_REASONS = {
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: NO_COUNTRY,
    phonenumbers.NumberParseException.NOT_A_NUMBER: message("not a phone number"),
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: message(
        "too short after the international prefix"
    ),
    phonenumbers.NumberParseException.TOO_SHORT_NSN: message("too short"),
    phonenumbers.NumberParseException.TOO_LONG: message("too long"),
}


# Lengths that say nothing of another country: digits left out (a local number, say).
_NOT_ABROAD = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY)


def _length_reason(length: int, region: str) -> Message:
    if length == ValidationResult.TOO_SHORT:
        return message("too short for {region}", region=region)
    if length == ValidationResult.TOO_LONG:
        return message("too long for {region}", region=region)
    if length == ValidationResult.INVALID_LENGTH:
        return message("wrong length for {region}", region=region)
    if length == ValidationResult.INVALID_COUNTRY_CODE:
        return message("unknown country code")
    return message("not a valid number in {region}", region=region)


@dataclass(frozen=True)
class PhoneCheck:
    raw: str
    valid: bool
    reason: str = ""
    e164: str | None = None
    extension: str | None = None
    international: str = ""
    national: str = ""
    number_type: str = ""
    region: str | None = None
    time_zones: tuple[str, ...] = ()


def check_phone(raw: str, country: str | None, *, details: bool = True) -> PhoneCheck:
    checked = _check_phone(raw, country, details=details)
    if checked.valid or not _SEVERAL_NUMBERS.search(raw or ""):
        return checked
    parts = [part.strip() for part in _SEVERAL_NUMBERS.split(raw.strip()) if part.strip()]
    if len(parts) > 1 and all(_check_phone(part, country, details=False).valid for part in parts):
        reason = _several("phone numbers", parts, "Phone 2")
        return PhoneCheck(raw=raw, valid=False, reason=reason)
    return checked


def reading_country(country: str | None, on_file: str | None) -> str | None:
    """The country a number typed for a lead is read in: the lead's; for a lead imported
    without one, that of its valid number on file (E.164), so "212 555 0199" typed for a lead
    reached on +1 212 … is read in the US and not refused for want of a country."""
    if country or not on_file:
        return country
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(on_file, None))
    except phonenumbers.NumberParseException:
        return None
    # "ZZ" for no country, "001" for the worldwide numbers (+800): no country to read in.
    return region if region and region.isalpha() and region != phonenumbers.UNKNOWN_REGION else None


def _check_phone(raw: str, country: str | None, *, details: bool) -> PhoneCheck:
    """Parse `raw` as dialled from `country` (ISO alpha-2). Never guesses: an invalid number
    comes back with valid=False and the reason, and no E.164. Digits that begin with the
    country's calling code, without "+" (lost in a spreadsheet: 491701234567 in Germany),
    are read as the international number when that is valid and the national reading is
    not, or lacks the trunk prefix ("0") the country's national numbers are written with.
    Without `details` the display formats and type name are left empty (bulk imports do not
    need them)."""
    text = (raw or "").strip()
    if not text:
        return PhoneCheck(raw=raw, valid=False, reason=message("no phone number"))
    text, lost = _as_spreadsheet_wrote_it(_without_annotations(text))
    if lost:
        return PhoneCheck(raw=raw, valid=False, reason=lost)
    region = (country or "").upper() or None
    try:
        number = phonenumbers.parse(text, region, keep_raw_input=True)
    except phonenumbers.NumberParseException as exc:
        return PhoneCheck(
            raw=raw,
            valid=False,
            reason=_typo(text) or _PARSE_REASONS.get(exc.error_type, message("not a phone number")),
        )
    if region and number.country_code_source == CountryCodeSource.FROM_DEFAULT_COUNTRY:
        number = _international_without_plus(text, number, region) or number
    number_region = phonenumbers.region_code_for_number(number)
    # The type of a number is UNKNOWN exactly when is_valid_number() says no, so one pass over
    # the number patterns answers both questions.
    kind = phonenumbers.number_type(number) if number_region else PhoneNumberType.UNKNOWN
    read_in_region = number.country_code_source == CountryCodeSource.FROM_DEFAULT_COUNTRY
    if kind == PhoneNumberType.UNKNOWN and region and read_in_region:
        abroad = _dialled_with_00(text)
        if abroad is not None:
            number, number_region = abroad, phonenumbers.region_code_for_number(abroad)
            kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        length = phonenumbers.is_possible_number_with_reason(number)
        reason = _length_reason(length, number_region or region or message("its country"))
        if typo := _typo(text):
            reason = typo
        elif region and read_in_region and length not in _NOT_ABROAD:
            # Read as a number of the lead's country; it may well be one of another.
            reason = message(
                "{reason}; a number in another country starts with + and its country code",
                reason=reason,
            )
        return PhoneCheck(raw=raw, valid=False, reason=reason, region=number_region)
    return PhoneCheck(
        raw=raw,
        valid=True,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        extension=number.extension or None,
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        if details
        else "",
        national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if details else "",
        number_type=_TYPE_NAMES.get(kind, message("unknown type")),
        region=number_region,
        time_zones=zones_for_number(number, kind),
    )


# A word in brackets beside a number says what it is, "(mobile)" or "(Zentrale)"; read as
# letters of a vanity number it made the number too long.
_ANNOTATION = re.compile(r"\s*\((?:[^\W\d_]|[\s.'-])+\)\s*")
# An extension written in a center's own language ("poste 12", "ramal 12"): the library
# reads "ext.", "x" and "anexo" only, and took the word for letters of a vanity number. In
# Germany the "Durchwahl" is dialled straight after the number, as in 030 9876543-12.
_EXTENSION_WORD = r"poste|ramal|interno|int\.|nebenstelle|nst\.?|apparat|app\.|toestel|tst\.?"
_EXTENSION_WORDS = re.compile(rf"\s*\b(?:{_EXTENSION_WORD})\s*[:.]?\s*(?=\d)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_DIRECT_DIAL_WORDS = re.compile(r"\s*\b(?:durchwahl|dw)\b\.?\s*[:.]?\s*(?=\d)", re.IGNORECASE)


def _without_annotations(text: str) -> str:
    if not _LETTER.search(text):
        return text  # digits and punctuation: nearly every number of a file
    if "(" in text:
        text = _ANNOTATION.sub(" ", text).strip()
    text = _DIRECT_DIAL_WORDS.sub("-", text)
    return _EXTENSION_WORDS.sub(" ext. ", text)


# What a number that is not one was most likely meant to be: a letter typed among its digits
# (42I9, 3O5: an I for a 1, an O for a 0), or an extension's word with no number after it.
# The library read the first as the end of the number (too short), the second as letters of
# a vanity number (too long).
_LETTER_AMONG_DIGITS = re.compile(
    r"(?<=\d)([^\W\d_xX])(?=\d)|(?<=\d)([^\W\d_xX])$|^([^\W\d_])(?=\d)"
)
_EXTENSION_WITHOUT_NUMBER = re.compile(
    rf"(?:\b(?:ext|extension|anexo|{_EXTENSION_WORD})\b\.?|[xX#])[\s:.]*[^\W\d_]*\s*$",
    re.IGNORECASE,
)


def _typo(text: str) -> Message | None:
    found = _LETTER_AMONG_DIGITS.search(text)
    if found:
        letter = next(group for group in found.groups() if group)
        return message("a letter ({letter}) where a digit belongs", letter=letter)
    if _EXTENSION_WITHOUT_NUMBER.search(text) and re.search(r"\d{4}", text):
        return message("an extension's mark without its number")
    return None


# A spreadsheet that took a phone number for a number writes it as one: 4155550123.0 (a
# float's ".0"), or 4.15555E+09 (scientific notation, shown to so many digits).
_FLOAT_WRITTEN = re.compile(r"(\+?\d{5,})\.0+")
_SCIENTIFIC = re.compile(r"\+?(\d)(?:[.,](\d+))?[eE]\+?(\d{1,2})")


def _as_spreadsheet_wrote_it(text: str) -> tuple[str, str]:
    """The text to read as a phone number, and why it is none ("" when it may be one): a
    number a spreadsheet wrote as a float is its digits, unless its scientific notation
    dropped some of them."""
    if written := _FLOAT_WRITTEN.fullmatch(text):
        return written.group(1), ""
    if scientific := _SCIENTIFIC.fullmatch(text):
        first, rest, exponent = scientific.group(1), scientific.group(2) or "", scientific.group(3)
        if len(rest) > int(exponent):
            return text, ""
        if len(rest) < int(exponent):
            return text, (
                "written in scientific notation by a spreadsheet, which dropped its last "
                f"{int(exponent) - len(rest)} digits; format the column as text and export it again"
            )
        return ("+" if text.startswith("+") else "") + first + rest, ""
    return text, ""


def _international_without_plus(
    text: str, national: PhoneNumber, region: str
) -> PhoneNumber | None:
    """The international reading of digits that start with `region`'s calling code, when it
    is the likelier one. Where national numbers have no trunk prefix (Italy, Poland), a
    valid national reading stands: "483024610" is a number in Radom, written as Poles do."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    digits = phonenumbers.normalize_digits_only(text)
    if metadata is None or not digits.startswith(str(metadata.country_code)):
        return None
    trunk = metadata.national_prefix
    if trunk and digits.startswith(trunk):
        return None  # written as a national number, trunk prefix and all
    try:
        international = phonenumbers.parse("+" + text.lstrip("+"), None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(international):
        return None
    if trunk or not phonenumbers.is_valid_number(national):
        return international
    return None


def _dialled_with_00(text: str) -> PhoneNumber | None:
    """The number `text` is when its "00" is the international prefix, as most of the world
    dials abroad, where the lead's country dials otherwise (011 from the US): "0044 20 7946
    0958" for a lead in the US. Only a valid number: a national reading was no number."""
    if not text.startswith("00"):
        return None
    try:
        number = phonenumbers.parse("+" + text[2:], None, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


@dataclass(frozen=True)
class EmailCheck:
    raw: str
    valid: bool
    normalized: str | None = None
    reason: str = ""
    # A well-formed address with a typo people make in its domain (gmail.con, gmial.com): the
    # address they most likely meant. Only a person can tell, so the address stays as given.
    likely_meant: str | None = None

    @property
    def domain(self) -> str | None:
        return self.normalized.rsplit("@", 1)[1] if self.normalized else None


def check_email(raw: str, *, check_deliverability: bool = False) -> EmailCheck:
    """Syntax check and normalization; DNS lookups only when explicitly asked for. A mail
    link or a display name around the address, as mail programs copy it
    ("mailto:bob@example.com", "Frank <frank@example.com>"), is taken off."""
    text = _bare_address(clean_text(raw))
    if not text:
        return EmailCheck(raw=raw, valid=False, reason=message("no e-mail address"))
    try:
        result = validate_email(text, check_deliverability=check_deliverability)
    except EmailNotValidError as exc:
        addresses = [part for part in _SEVERAL_ADDRESSES.split(text) if "@" in part]
        if len(addresses) > 1:
            return EmailCheck(
                raw=raw, valid=False, reason=_several("e-mail addresses", addresses, "Email 2")
            )
        return EmailCheck(raw=raw, valid=False, reason=_email_reason(str(exc)))
    # The domain part is case-insensitive and email-validator lowercases it; the local part
    # is lowercased too because no real mail system we hand leads to treats it as distinct.
    normalized = result.normalized.lower()
    return EmailCheck(
        raw=raw, valid=True, normalized=normalized, likely_meant=_likely_meant(normalized)
    )


# Endings typed for .com, .org and .net that are no top-level domain: nothing sent there
# arrives. (Near misses that are real, such as .co, .cm, .om and .ne, are not listed.)
_MISTYPED_ENDINGS = {
    "con": "com", "cmo": "com", "ocm": "com", "comm": "com", "coom": "com", "cpm": "com",
    "vom": "com", "xom": "com", "cim": "com", "clm": "com", "ogr": "org", "rog": "org",
    "orgg": "org", "prg": "org", "nte": "net", "nett": "net",
}  # fmt: skip
# Mailbox providers whose names are long enough that one letter off is a typo, not another
# company's domain (mw.com is one letter from me.com, and a real company).
_PROVIDERS_ONE_TYPO_FROM = tuple(sorted(d for d in FREE_MAIL_DOMAINS if len(d) >= 9))
# Real domains one letter from one of them (Yahoo's ymail.com, mail.com's email.com, and a
# company's cloud.com): mail to them arrives.
_REAL_NEIGHBOURS = frozenset({"ymail.com", "email.com", "cloud.com"})


def _likely_meant(address: str) -> str | None:
    local, _, domain = address.rpartition("@")
    name, _, ending = domain.rpartition(".")
    if ending in _MISTYPED_ENDINGS:
        domain = f"{name}.{_MISTYPED_ENDINGS[ending]}"
    if domain not in FREE_MAIL_DOMAINS and domain not in _REAL_NEIGHBOURS:
        one_off = (
            provider
            for provider in _PROVIDERS_ONE_TYPO_FROM
            if DamerauLevenshtein.distance(domain, provider, score_cutoff=1) == 1
        )
        domain = next(one_off, domain)
    meant = f"{local}@{domain}"
    return meant if meant != address else None


def _email_reason(said: str) -> str:
    """What email-validator said, in the catalogue's words where it is a typo people make
    (it speaks English only); anything rarer as it said it."""
    for pattern, reason in _EMAIL_REASONS:
        if found := re.fullmatch(pattern, said):
            return reason(*found.groups())
    return said


_EMAIL_REASONS: tuple[tuple[str, Callable[..., Message]], ...] = (
    (r"An email address must have an @-sign\.", lambda: message("there is no @ in it")),
    (r"There must be something before the @-sign\.", lambda: message("nothing before the @")),
    (r"There must be something after the @-sign\.", lambda: message("nothing after the @")),
    (
        r"The part after the @-sign is not valid\. It should have a period\.",
        lambda: message("the part after the @ needs a period, as in example.com"),
    ),
    (
        r"An email address cannot have two periods in a row\.",
        lambda: message("two periods in a row"),
    ),
    # One at the end is taken off before the address is read (_bare_address).
    (r"An email address cannot start with a period\.", lambda: message("a period at the start")),
    (
        r"An email address cannot have a period immediately (before|after) the @-sign\.",
        lambda where: (
            message("a period just before the @")
            if where == "before"
            else message("a period just after the @")
        ),
    ),
    (
        r"The email address contains invalid characters before the @-sign: (.*)\.",
        lambda characters: message(
            "characters not allowed before the @: {characters}", characters=characters
        ),
    ),
    (
        r"The part after the @-sign contains invalid characters: (.*)\.",
        lambda characters: message(
            "characters not allowed after the @: {characters}", characters=characters
        ),
    ),
    (
        r"The part after the @-sign is a special-use or reserved name that cannot be used with "
        r"email\.",
        lambda: message("the part after the @ is a reserved name that receives no e-mail"),
    ),
    (
        r"The domain name (.*) does not exist\.",
        lambda domain: message("the domain {domain} does not exist", domain=domain),
    ),
    (
        r"The domain name (.*) does not (?:accept|send) email\.",
        lambda domain: message("the domain {domain} receives no e-mail", domain=domain),
    ),
)


_NAMED_ADDRESS = re.compile(r"[^<>@]*<([^<>]+)>")
# What people put between two addresses or numbers typed into one cell.
_SEVERAL_ADDRESSES = re.compile(r"[;,\s]+")
_SEVERAL_NUMBERS = re.compile(r"\s*(?:[;,|\n]|\s/\s|\bor\b|\boder\b|\bou\b|\bo\b)\s*")


def _several(what: str, parts: list[str], column: str) -> str:
    """Why a cell holding several addresses or numbers is none: which one the lead gets is
    for a person to say, never picked here."""
    return (
        f"the cell holds {len(parts)} {what} ({'; '.join(parts)}); keep one in it and put the "
        f"others in columns of their own (such as {column}), then import the row again"
    )


# What is typed around one address in a cell: a label ("E-Mail:"), quotes or brackets, a
# note in brackets after it ("(private)"), the full stop or comma that ended a sentence.
_LABEL = re.compile(r"^[^\W\d_][\w -]{0,20}:\s*(?=[^\s@]+@[^\s@]+$)")
_ENCLOSED = re.compile(r"""^(["'(\[])\s*([^\s@]+@[^\s@]+?)\s*(["')\]])$""")
_PAIRS = {'"': '"', "'": "'", "(": ")", "[": "]"}
_EXCEL_TEXT = re.compile(r'="(.*)"')
_NOTE_AFTER = re.compile(r"^([^\s@]+@[^\s@]+)\s+\((?:[^\W\d_]|[\s.'-])+\)$")


def _bare_address(text: str) -> str:
    if excel_text := _EXCEL_TEXT.fullmatch(text):  # ="ann@example.com" keeps a cell text
        text = excel_text[1].strip()
    # Excel's mark of a text cell ('ann@example.com), written out by some exports.
    text = text[1:] if text.startswith("'") and not text.endswith("'") else text
    # No address ends in one of these: an address's domain ends in a letter or a digit.
    text = text.rstrip(".,;:").rstrip()
    if text[:7].casefold() == "mailto:":
        text = text[7:].split("?", 1)[0].strip()
    if named := _NAMED_ADDRESS.fullmatch(text):
        text = named.group(1).strip()
    if ":" in text:
        text = _LABEL.sub("", text)
    if text[:1] in _PAIRS and (enclosed := _ENCLOSED.fullmatch(text)):
        text = enclosed[2] if _PAIRS[enclosed[1]] == enclosed[3] else text
    if text.endswith(")") and (noted := _NOTE_AFTER.fullmatch(text)):
        text = noted[1]
    return text


class ContactChecks:
    """Phone and e-mail checks for one import, each distinct value checked once: files
    repeat switchboard numbers, placeholders ("n/a"), and the same people (duplicates, lists
    imported again). The results are frozen, so sharing them is safe."""

    def __init__(self, limit: int = 250_000) -> None:
        self._limit = limit
        self._phones: dict[tuple[str, str | None], PhoneCheck] = {}
        self._emails: dict[str, EmailCheck] = {}

    def phone(self, raw: str, country: str | None) -> PhoneCheck:
        key = (raw, country)
        found = self._phones.get(key)
        if found is None:
            found = check_phone(raw, country, details=False)
            self._remember(self._phones, key, found)
        return found

    def email(self, raw: str) -> EmailCheck:
        found = self._emails.get(raw)
        if found is None:
            found = check_email(raw)
            self._remember(self._emails, raw, found)
        return found

    def _remember(self, memo: dict[Any, Any], key: Any, value: Any) -> None:
        if self._limit <= 0:
            return
        if len(memo) >= self._limit:
            memo.clear()  # a bound on memory; the next values are simply checked again
        memo[key] = value


# More zones than this are counted, not named: a toll-free number of North America has 42,
# which filled the lead card down to the bottom of the screen.
ZONES_NAMED = 3


def phone_details(phone: PhoneCheck) -> str:
    """The formats, type and time zones of a valid number, as the rep sees them."""
    zones: str = ", ".join(phone.time_zones)
    if not phone.time_zones:
        zones = message("time zone unknown")
    elif len(phone.time_zones) > ZONES_NAMED:
        zones = message("{count} time zones", count=len(phone.time_zones))
    return message(
        "{international} · national {national} · {type} · {zones}",
        international=phone.international,
        national=phone.national,
        type=phone.number_type,
        zones=zones,
    )
