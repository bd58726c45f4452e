"""Normalizing what people type: names, company names, countries, regions, languages, domains.

Every function here is idempotent (normalizing twice changes nothing), which the property
tests check, so a value can be normalized again on any later import without drifting.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import pycountry

_SPACES = re.compile(r"\s+")
_NAME_PARTS = re.compile(r"([ \-'’])")
# Text a spreadsheet would run as a formula is kept exactly as typed; exports escape it.
FORMULA_STARTS = ("=", "+", "-", "@")

# Lower-case particles inside a surname ("Ludwig van Beethoven", "Maria de la Cruz").
# The words that begin a surname ("José da Silva", "Anna von der Heide", "Juan de la Cruz"):
# a full name's surname keeps them (the rep says "Mr. da Silva", never "Mr. Silva"), and a
# name re-cased keeps them in small letters inside it ("Ludwig van Beethoven").
SURNAME_PARTICLES = frozenset(
    {
        "van", "von", "der", "den", "de", "del", "della", "delle", "la", "le", "du", "da", "do",
        "dos", "das", "des", "di", "ter", "ten", "zu", "zum", "zur", "bin", "ibn", "al", "el",
        "los", "las",
    }
)  # fmt: skip
# Besides them, Spanish "y" between two surnames stays in small letters.
_LOWER_IN_NAMES = SURNAME_PARTICLES | {"y"}

# Legal forms, as the tokens they become in a company key. Only trailing ones are dropped.
LEGAL_FORMS = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited",
        "llc", "llp", "lp", "plc", "pllc", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "ohg", "ev",
        "sa", "sas", "sasu", "sarl", "srl", "spa", "sl", "sau", "bv", "nv", "vof", "oy", "oyj",
        "ab", "as", "asa", "aps", "pty", "pvt", "private", "kk", "ltda", "se", "sp", "zoo",
        "sro", "doo", "bhd", "sdn", "tbk", "pte", "holding", "holdings", "group", "the", "and",
    }
)  # fmt: skip
# How a legal form is spelled when a company name is re-cased.
_LEGAL_SPELLING = {
    "inc": "Inc", "inc.": "Inc.", "corp": "Corp", "corp.": "Corp.", "co": "Co", "co.": "Co.",
    "ltd": "Ltd", "ltd.": "Ltd.", "llc": "LLC", "llp": "LLP", "lp": "LP", "plc": "plc",
    "gmbh": "GmbH", "mbh": "mbH", "ag": "AG", "kg": "KG", "ug": "UG", "sa": "SA", "sas": "SAS",
    "sarl": "SARL", "srl": "SRL", "spa": "SpA", "s.p.a.": "S.p.A.", "bv": "BV", "b.v.": "B.V.",
    "nv": "NV", "n.v.": "N.V.", "oy": "Oy", "ab": "AB", "as": "AS", "aps": "ApS", "pty": "Pty",
    "pvt": "Pvt", "kk": "KK", "ltda": "Ltda", "se": "SE", "plc.": "plc",
}  # fmt: skip

# Names people use for countries that ISO does not list as a name.
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "deutschland": "DE", "allemagne": "DE", "germany (deutschland)": "DE",
    "österreich": "AT", "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "españa": "ES", "espana": "ES", "italia": "IT", "brasil": "BR", "méxico": "MX",
    "nederland": "NL", "holland": "NL", "the netherlands": "NL", "belgië": "BE", "belgique": "BE",
    "sverige": "SE", "norge": "NO", "danmark": "DK", "suomi": "FI", "polska": "PL",
    "česko": "CZ", "czech republic": "CZ", "russia": "RU", "south korea": "KR", "korea": "KR",
    "north korea": "KP", "vietnam": "VN", "taiwan": "TW", "iran": "IR", "syria": "SY",
    "turkey": "TR", "türkiye": "TR", "uae": "AE", "emirates": "AE", "ivory coast": "CI",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA", "moldova": "MD",
    "nippon": "JP", "日本": "JP", "中国": "CN", "prc": "CN", "hong kong": "HK",
    "ksa": "SA", "eire": "IE", "republic of ireland": "IE", "east timor": "TL",
    "mainland china": "CN", "p.r. china": "CN", "lao pdr": "LA", "hong kong sar": "HK",
    "macau sar": "MO", "macao sar": "MO", "vatican": "VA", "vatican city": "VA",
    "palestine": "PS", "macedonia": "MK", "fyrom": "MK", "cape verde": "CV", "bosnia": "BA",
    "korea, south": "KR", "korea (south)": "KR", "korea, north": "KP", "korea (north)": "KP",
    "dr congo": "CD", "d.r. congo": "CD", "drc": "CD", "congo (drc)": "CD",
    "congo-kinshasa": "CD", "congo-brazzaville": "CG", "czech": "CZ",
    "great britain and northern ireland": "GB", "saint martin": "MF", "sint maarten": "SX",
}  # fmt: skip

_LANGUAGE_ALIASES = {
    "deutsch": "de", "français": "fr", "francais": "fr", "español": "es", "espanol": "es",
    "italiano": "it", "português": "pt", "portugues": "pt", "nederlands": "nl", "日本語": "ja",
    "svenska": "sv", "polski": "pl", "chinese": "zh", "mandarin": "zh",
}  # fmt: skip

# Mailbox providers: their domain says nothing about the prospect's company.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de",
        "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.com",
        "web.de", "t-online.de", "mail.com", "proton.me", "protonmail.com", "yandex.ru",
        "mail.ru", "qq.com", "163.com", "126.com", "orange.fr", "free.fr", "laposte.net",
        "libero.it", "bigpond.com", "rediffmail.com", "zoho.com", "fastmail.com",
    }
)  # fmt: skip


# What a spreadsheet shows in a cell whose formula failed (#N/A: a lookup found nothing). A
# file exported from it holds the words, never data: such a cell is read as empty.
SPREADSHEET_ERRORS = frozenset(
    {
        "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!",
        "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA",
    }
)  # fmt: skip


def spreadsheet_error(value: str | None) -> str | None:
    """The spreadsheet error value a cell holds ("#N/A", "#VALUE!" …), None for data."""
    if not value or "#" not in value:
        return None
    code = value.strip().upper()
    return code if code in SPREADSHEET_ERRORS else None


def cell_text(value: str | None) -> str:
    """A cell of an imported file, cleaned; a spreadsheet error value is empty."""
    return "" if spreadsheet_error(value) else clean_text(value)


def clean_text(value: str | None) -> str:
    """Trimmed, inner runs of whitespace made one space, characters nobody sees taken out,
    Unicode in composed form."""
    if not value:
        return ""
    if value.isascii() and "  " not in value and value.isprintable() and value == value.strip():
        return value  # the common case, and bulk imports call this a lot
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value.translate(_INVISIBLE))).strip()


# Copied from web pages with the text: a zero-width space, a word joiner, a byte-order mark,
# a soft hyphen. Unseen, they split "Zero\u200bWidth" from "ZeroWidth" for matching and
# lookup. (Zero-width joiners are left: some scripts and emoji need them.)
_INVISIBLE = str.maketrans("", "", "\u200b\u2060\ufeff\u00ad")


_GROUPED_THOUSANDS = re.compile(r"[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*")
# Indian grouping: 12,34,567 (hundreds last, pairs before).
_LAKH_GROUPED = re.compile(r"[1-9]\d?(?:,\d\d)*,\d{3}")
# Spaces that group digits: plain, no-break, and the narrow no-break one French writes.
_DIGIT_SPACES = str.maketrans("", "", " \u00a0\u202f'")


def amount(text: str) -> Decimal | None:
    """A number written with thousands marks in any convention ("1,200", "1.200", "1 200",
    "1.234,5", "1,234.5", "12.5", "12,5", "12,34,567"); None when the text is no number. A
    mark followed by exactly three digits at the end, after groups of three, is a thousands
    mark (so "48.000" is forty-eight thousand, as a German or Brazilian writes it); with both
    marks the last one is the decimal mark. A mark repeated with no three digits after its
    last use ("3,000,00") could be read either way: None."""
    raw = text.strip().translate(_DIGIT_SPACES)
    sign, raw = ("-", raw[1:]) if raw.startswith("-") else ("", raw)
    if _GROUPED_THOUSANDS.fullmatch(raw):
        raw = raw.replace(",", "").replace(".", "")
    elif "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        raw = raw.replace(thousands, "").replace(decimal_mark, ".")
    elif raw.count(",") == 1:
        raw = raw.replace(",", ".")
    elif "," in raw:
        # Several commas group thousands (or lakhs) only when the last group has three
        # digits: "3,000,00" may be 3000.00 or 300000, and is no amount.
        if not _LAKH_GROUPED.fullmatch(raw):
            return None
        raw = raw.replace(",", "")
    try:
        return Decimal(sign + raw) if raw[:1].isdigit() or raw[:1] == "." else None
    except InvalidOperation:
        return None


def fold(value: str) -> str:
    """Lower-case ASCII-ish text for comparing: accents dropped, ß → ss, case folded."""
    if value.isascii():
        return value.casefold()
    # Compatibility characters can decompose into capitals (㍺ → IU): fold after decomposing.
    # Upper-casing first sends letters that case folding keeps apart to the same place as
    # their capital (dotless ı → I → i), so re-cased names fold to the same key.
    decomposed = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFKD", value).upper().casefold()
    )
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def _one_case(value: str) -> bool:
    """True when the text has letters and all of them are in one case (SMITH, smith)."""
    return value != value.swapcase() and (value == value.upper() or value == value.lower())


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def person_name(value: str | None) -> str:
    """Trim and, for text typed all in capitals or all in small letters, case it as a name:
    "o'BRIEN" stays as typed (mixed case is deliberate), "SMITH" and "smith" become "Smith",
    "jean-luc" "Jean-Luc", "van der berg" "Van der Berg" (inner particles stay small)."""
    return _recased(clean_text(value), _name_case)


def company_name(value: str | None) -> str:
    """Trim, and re-case a name typed all in small letters ("acme systems inc" → "Acme Systems
    Inc"). A name in capitals is kept as typed: nothing tells an acronym or a brand (KPMG,
    AT&T, IKEA, 3M) from shouting, and a wrong re-casing shows a prospect's company misspelt on
    every handoff, where shouting merely looks loud; matching ignores case anyway (see
    company_key). Mixed case is deliberate and kept too."""
    text = clean_text(value)
    if text != text.lower():
        return text
    return _recased(text, _company_case)


def _recased(text: str, recase: Callable[[str], str]) -> str:
    if not text or is_formula_like(text) or not _one_case(text):
        return text
    # Lower-casing can decompose a letter (İ → i + combining dot): compose it again.
    cased = unicodedata.normalize("NFC", recase(text))
    # Some characters change length or case class when capitalized (ß, ŉ, ligatures): a value
    # whose casing would not be stable is kept as typed, so normalizing twice changes nothing.
    if _one_case(cased) and unicodedata.normalize("NFC", recase(cased)) != cased:
        return text
    return cased


def _name_case(text: str) -> str:
    words: list[str] = []
    first_word = True
    for part in _NAME_PARTS.split(text.lower()):
        if not part or _NAME_PARTS.fullmatch(part):
            words.append(part)
            continue
        words.append(part if not first_word and part in _LOWER_IN_NAMES else _capitalize(part))
        first_word = False
    return "".join(words)


def _company_case(text: str) -> str:
    words: list[str] = []
    for word in text.split(" "):
        if word in _LEGAL_SPELLING:
            words.append(_LEGAL_SPELLING[word])
        elif "&" in word or any(char.isdigit() for char in word):
            words.append(word)  # "at&t", "3m": how its company writes it is not known
        else:
            words.append("-".join(_capitalize(piece) for piece in word.split("-")))
    return " ".join(words)


def company_key(value: str | None) -> str:
    """The company name reduced for matching: case, accents, punctuation, "&"/"and", a
    leading "The" and trailing legal forms (Inc., GmbH, Ltd …) removed.
    "ACME Systems, Inc." and "Acme systems GmbH" both become "acme systems"."""
    text = fold(clean_text(value)).replace("&", " and ").replace("+", " and ")
    # Dots inside legal forms ("S.A.", "B.V.") join their letters; other punctuation splits.
    text = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)
    tokens = [token for token in re.split(r"[\W_]+", text) if token]
    while len(tokens) > 1 and tokens[-1] in LEGAL_FORMS:
        tokens.pop()
    while len(tokens) > 1 and tokens[0] == "the":
        tokens.pop(0)
    return " ".join(tokens)


def person_key(first_name: str | None, last_name: str | None) -> str:
    """A blocking key for fuzzy matching across company names: the folded surname and first
    name. Fine-grained on purpose, so blocks stay small as the database grows; near-miss
    first names ("Jon"/"John") are found through the company block instead."""
    last = "".join(ch for ch in fold(clean_text(last_name)) if ch.isalnum())
    first = "".join(ch for ch in fold(clean_text(first_name)) if ch.isalnum())
    if not last:
        return ""
    return f"{last} {first}".strip()


# A form of address before a name is no part of it ("Mr. John Smith", "Frau Petra Klein");
# an academic title is, as the person is addressed (Dr. Klaus Weber) and stays. French "M."
# is left alone: it is as often an initial (M. Night Shyamalan).
_SALUTATIONS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "herr", "frau", "mme", "mlle", "sr", "sra", "srta"}
)
# These end a name rather than give a part of it ("John Smith, Jr.", "John Smith Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"})


def split_full_name(value: str | None) -> tuple[str, str]:
    """("First", "Last") from "First Last", "Last, First" or a single name (as surname); a
    leading form of address is dropped, a suffix (Jr., PhD) stays with the surname, and so
    do the particles that begin it (da Silva, van Gogh)."""
    text = clean_text(value)
    if not text:
        return "", ""
    before, comma, after = text.rpartition(",")
    suffix = clean_text(after) if comma and _is_suffix(after) else ""
    if suffix:
        text = clean_text(before)
    if "," in text:
        last, _, first = text.partition(",")
        first, last = _without_salutation(first), clean_text(last)
    else:
        words = _without_salutation(text).split(" ")
        if not suffix and len(words) > 2 and _is_suffix(words[-1]):
            suffix = words.pop()
        start = len(words) - 1
        while start > 1 and fold(words[start - 1]) in SURNAME_PARTICLES:
            start -= 1
        first, last = " ".join(words[:start]), " ".join(words[start:])
    last = f"{last} {suffix}" if suffix and last else last or suffix
    return clean_text(first), clean_text(last)


def _is_suffix(word: str) -> bool:
    return fold(clean_text(word)).replace(".", "") in _NAME_SUFFIXES


def _without_salutation(text: str) -> str:
    words = clean_text(text).split(" ")
    while len(words) > 1 and fold(words[0]).rstrip(".") in _SALUTATIONS:
        words.pop(0)
    return " ".join(words)


def complete_name(first: str, last: str, full: str) -> tuple[str, str]:
    """The first and last name of a row that may also have a full name: the full name,
    split, when neither is there; when one is, the rest of the full name around it is the
    other ("Ana Silva" beside the surname "Silva" gives "Ana"). A full name that does not
    hold the part given adds nothing: which of its words is which is not known."""
    full = clean_text(full)
    # A form of address typed into the first-name column is no part of it either: "Mr. Frank".
    first = _without_salutation(first) if first else first
    if not full or (first and last):
        return first, last
    if not (first or last):
        return split_full_name(full)
    split_first, split_last = split_full_name(full)
    if first:
        return first, _rest_of_name(full, first, split_first, split_last, leading=True)
    return _rest_of_name(full, last, split_last, split_first, leading=False), last


def _rest_of_name(full: str, given: str, part: str, other: str, *, leading: bool) -> str:
    if fold(part) == fold(given):
        return other
    folded, key = fold(full), fold(given)
    if len(folded) != len(full):  # folding changed the length: positions do not carry over
        return ""
    if leading and folded.startswith(key + " "):
        return clean_text(full[len(given) :])
    if not leading and folded.endswith(" " + key):
        return clean_text(full[: -len(given)])
    return ""


@lru_cache(maxsize=4096)
def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a code (DE, DEU, 276) or a name in English, a native name or
    a common alias; None when it is not recognised."""
    text = clean_text(value)
    if not text:
        return None
    key = _country_key(text)
    alias = _aliases().get(key)
    if alias:
        return alias
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        return str(found.alpha_2) if found else None
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
    return _country_names().get(key)


def _country_key(text: str) -> str:
    """A country's name as compared: "Trinidad & Tobago", "St. Kitts and Nevis", "Côte
    d'Ivoire", "The Gambia" and "Bahamas, The" read as their ISO names do."""
    key = fold(text).replace("&", " and ")
    key = _COUNTRY_MARKS.sub("", key)
    key = _COUNTRY_GAPS.sub(" ", key).strip()
    key = _COUNTRY_ARTICLE.sub("", key).strip()
    return _SAINT.sub("saint", key)


_COUNTRY_MARKS = re.compile(r"['’`.]")
_COUNTRY_GAPS = re.compile(r"[\s,()/-]+")
_COUNTRY_ARTICLE = re.compile(r"^the |\bthe$")
_SAINT = re.compile(r"\bst\b")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return {_country_key(alias): code for alias, code in _COUNTRY_ALIASES.items()}


def _names_of(country: Any) -> tuple[str, str, str]:
    return (
        country.name,
        getattr(country, "common_name", ""),
        getattr(country, "official_name", ""),
    )


def _name_keys(name: str) -> tuple[str, ...]:
    """A name's keys: as written, and turned the way people say it ("Korea, Republic of"
    is the Republic of Korea)."""
    head, comma, tail = name.partition(", ")
    return (_country_key(name), _country_key(f"{tail} {head}")) if comma else (_country_key(name),)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Name key → alpha-2: the English names, and those of the center's languages where no
    English name has the key."""
    names = dict(_translated_country_names())
    for country in pycountry.countries:
        for name in _names_of(country):
            for key in _name_keys(name) if name else ():
                names[key] = str(country.alpha_2)
    return names


# A center imports lists written in its own language ("Frankreich", "Estados Unidos",
# "Royaume-Uni"): the ISO 3166 names in the languages of Europe and the Americas, as
# translated by the iso-codes project that pycountry ships.
_COUNTRY_NAME_LANGUAGES = (
    "de", "fr", "es", "pt", "pt_BR", "it", "nl", "pl", "sv", "da", "nb", "fi", "cs",
)  # fmt: skip


@lru_cache(maxsize=1)
def _translated_country_names() -> dict[str, str]:
    """Translated name key → alpha-2; a name that is one country in one language and
    another in the next is none of them."""
    found: dict[str, str | None] = {}
    for language in _COUNTRY_NAME_LANGUAGES:
        try:
            catalogue = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:
            continue
        for country in pycountry.countries:
            code = str(country.alpha_2)
            for name in _names_of(country):
                translated = catalogue.gettext(name) if name else name
                if not translated or translated == name:
                    continue
                for key in _name_keys(translated):
                    found[key] = code if found.get(key, code) == code else None
    return {name: code for name, code in found.items() if code is not None}


@lru_cache(maxsize=256)
def _subdivisions(country: str) -> dict[str, str]:
    """Folded code or name → the code without its country prefix."""
    table: dict[str, str] = {}
    found = pycountry.subdivisions.get(country_code=country)  # type: ignore[no-untyped-call]
    for subdivision in found or ():
        code = str(subdivision.code).split("-", 1)[1]
        table.setdefault(fold(code), code)
        table.setdefault(fold(str(subdivision.name)), code)
    return table


# Countries whose postal codes are digits only, of one length, and may begin with zeros: a
# spreadsheet that took the column for numbers dropped them (01067 Dresden became 1067, 02134
# Boston 2134), and a partner covering the prefix 021 no longer matched.
_POSTAL_DIGITS = {
    "US": 5, "PR": 5, "DE": 5, "FR": 5, "IT": 5, "ES": 5, "FI": 5, "MX": 5, "MY": 5, "KR": 5,
    "NO": 4, "AU": 4, "NZ": 4, "ZA": 4, "CN": 6, "BR": 8,
}  # fmt: skip


def postal_code(value: str | None, country: str | None) -> str:
    """The postal code as written, upper case; in a country of digit-only codes, the leading
    zeros a spreadsheet dropped are put back (at most three: a shorter number is no code)."""
    text = clean_text(value).upper()
    length = _POSTAL_DIGITS.get(country or "")
    if length and text.isascii() and text.isdigit() and length - 3 <= len(text) < length:
        return text.zfill(length)
    return text


@lru_cache(maxsize=4096)
def region_code(country: str | None, value: str | None) -> str | None:
    """ISO 3166-2 subdivision code without the country prefix ("CA" for California, "NSW" for
    New South Wales); None when the country has no such subdivision."""
    text = clean_text(value)
    if not text or not country:
        return None
    folded = fold(text)
    if folded.startswith(fold(country) + "-"):
        folded = folded[len(country) + 1 :]
    return _subdivisions(country.upper()).get(folded)


@lru_cache(maxsize=1024)
def language_code(value: str | None) -> str | None:
    """ISO 639-1 code from a code ("de", "de-CH", "deu") or a language name ("German",
    "Deutsch"); None when unknown."""
    text = clean_text(value)
    if not text:
        return None
    lowered = text.casefold()
    if lowered in _LANGUAGE_ALIASES:
        return _LANGUAGE_ALIASES[lowered]
    base = re.split(r"[-_]", lowered, maxsplit=1)[0]
    candidates = (base, lowered) if len(base) in (2, 3) else (lowered,)
    for candidate in candidates:
        try:
            language = pycountry.languages.lookup(candidate)
        except LookupError:
            continue
        code = getattr(language, "alpha_2", None)
        if code:
            return str(code)
    return None


def web_domain(value: str | None) -> str | None:
    """The host of a web address or e-mail domain, lower case, without "www."."""
    text = clean_text(value).lower()
    if not text:
        return None
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = re.split(r"[/?#:\s]", text, maxsplit=1)[0].strip(".")
    while text.startswith("www."):
        text = text[4:]
    if "." not in text or not re.fullmatch(r"[0-9a-z.-]+", text):
        return None
    return text


@lru_cache(maxsize=65536)
def company_domain(email_or_site: str | None) -> str | None:
    """A domain that says which company someone works for: not a free mailbox provider."""
    domain = web_domain(email_or_site)
    if domain is None or domain in FREE_MAIL_DOMAINS:
        return None
    return domain
