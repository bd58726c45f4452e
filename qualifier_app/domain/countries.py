"""Countries as a person chooses them: the one an import assumes for the rows of a file
that name none, and the list to choose it from."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.normalize import country_code, region_code
from qualifier_app.domain.text import message


def chosen_country(text: str | None) -> str | None:
    """The ISO alpha-2 code of the country a person gave ("de", "DE", "Germany",
    "Deutschland"); None when they gave none. One nobody knows is refused, never ignored: a
    file read in no country is not what they asked for."""
    if text is None or not text.strip():
        return None
    code = country_code(text)
    if code is None:
        raise InvalidInput(
            message(
                "{value!r} is not a country Qualifier knows: give its two-letter ISO code, such as "
                "DE or US, or its name",
                value=text.strip(),
            ),
            "country",
        )
    return code


def chosen_region(text: str | None) -> tuple[str | None, str | None]:
    """The country and subdivision a person gave to look for ("DE", "Germany", "US-NY",
    "us-ny", "Guinea-Bissau"): ISO codes, the subdivision without its country's prefix.
    One nobody knows is refused: looking for it would find nothing and say nothing."""
    if text is None or not text.strip():
        return None, None
    whole = country_code(text)
    if whole is not None:
        return whole, None
    country_text, _, subdivision_text = text.strip().partition("-")
    country = chosen_country(country_text)
    if not subdivision_text.strip():
        return country, None
    subdivision = region_code(country, subdivision_text)
    if subdivision is None:
        raise InvalidInput(
            message(
                "{value!r} is not a region of {country} Qualifier knows: give its ISO code, "
                "such as US-NY",
                value=text.strip(),
                country=country,
            ),
            "region",
        )
    return country, subdivision


@lru_cache(maxsize=8)
def country_names(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(ISO alpha-2, name in `language`) of every country, by name; the English names
    where the language has none."""
    names = gettext.translation(
        "iso3166-1",
        pycountry.LOCALES_DIR,
        languages=[language, language.split("_", 1)[0]],
        fallback=True,
    )
    found = [
        (str(country.alpha_2), names.gettext(str(getattr(country, "common_name", country.name))))
        for country in pycountry.countries
    ]
    return tuple(sorted(found, key=lambda pair: pair[1].casefold()))
