"""A partner's directory entry as typed by a person or read from a file, and its checks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import phonenumbers

from qualifier_app.domain.contact import check_email
from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.domain.normalize import country_code, region_code
from qualifier_app.domain.partner_matching import normalize_postal, normalize_word
from qualifier_app.domain.scoring import SEGMENTS
from qualifier_app.domain.text import message

TIERS = ("platinum", "gold", "silver", "bronze")
# The tiers as a person reads them (the stored value is the code above).
TIER_LABELS = {
    "platinum": message("platinum"),
    "gold": message("gold"),
    "silver": message("silver"),
    "bronze": message("bronze"),
}
MAX_SLA_HOURS = 24 * 30
# More leads than a partner could take in a lifetime: "no limit" is an empty field.
MAX_CAPACITY = 1_000_000
_REGION = re.compile(r"^([A-Z]{2})-([A-Z0-9]{1,3})$")
_PREFIX = re.compile(r"^(?:([A-Z]{2}):)?([A-Z0-9]{1,10})$")
_REP = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<(?P<email>[^<>]+)>\s*$")
_LIST_SPLIT = re.compile(r"[,;|\n]")
COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)


@dataclass(frozen=True)
class RepDraft:
    name: str
    email: str
    active: bool = True
    rep_id: int | None = None


@dataclass(frozen=True)
class PartnerDraft:
    """Everything as typed: lists may be given as text ("US, CA") or as sequences."""

    name: str
    tier: str = "silver"
    countries: str | Iterable[str] = ""
    regions: str | Iterable[str] = ""
    postal_prefixes: str | Iterable[str] = ""
    products: str | Iterable[str] = ""
    segments: str | Iterable[str] = ""
    capacity_open: str | int | None = None
    capacity_week: str | int | None = None
    sla_hours: str | int = 48
    channel_manager: str = ""  # a login; empty for none
    active: bool = True
    reps: tuple[RepDraft, ...] = ()


@dataclass(frozen=True)
class ValidPartner:
    name: str
    tier: str
    countries: list[str]
    regions: list[str]
    postal_prefixes: list[str]
    products: list[str]
    segments: list[str]
    capacity_open: int | None
    capacity_week: int | None
    sla_hours: int
    channel_manager: str
    active: bool
    reps: tuple[RepDraft, ...] = field(default=())


def split_list(value: str | Iterable[str]) -> list[str]:
    items = _LIST_SPLIT.split(value) if isinstance(value, str) else list(value)
    seen: list[str] = []
    for item in items:
        text = str(item).strip()
        if text and text not in seen:
            seen.append(text)
    return seen


def parse_reps(text: str) -> tuple[RepDraft, ...]:
    """`Alex Morgan <alex@partner.example>; jordan@partner.example`"""
    reps = []
    for chunk in re.split(r"[;\n]", text):
        if not chunk.strip():
            continue
        found = _REP.match(chunk)
        name, email = (found["name"], found["email"]) if found else ("", chunk.strip())
        reps.append(RepDraft(name=name.strip().strip('"'), email=email.strip()))
    return tuple(reps)


def _whole(
    value: str | int | None, field_name: str, label: str, low: int, high: int | None = MAX_CAPACITY
) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InvalidInput(
            message(
                "{label} {strip!r} is not a whole number", label=label, strip=str(value).strip()
            ),
            field_name,
        ) from None
    if number < low:
        raise InvalidInput(
            message("{label} must be at least {low}", label=label, low=low), field_name
        )
    if high is not None and number > high:
        # The column holds a 32-bit number on PostgreSQL: more would fail the whole save.
        raise InvalidInput(
            message("{label} must be at most {high:,}", label=label, high=high), field_name
        )
    return number


def _geography(draft: PartnerDraft) -> tuple[list[str], list[str], list[str]]:
    countries = []
    for typed in split_list(draft.countries):
        # A name as imports take it ("Germany", "USA", "Deutschland"): the code is stored.
        code = country_code(typed)
        if code is None or code not in COUNTRIES:
            raise InvalidInput(
                message(
                    "{value!r} is not a country Qualifier knows: give its two-letter ISO code, "
                    "such as DE or US, or its name",
                    value=typed,
                ),
                "countries",
            )
        if code not in countries:
            countries.append(code)
    regions = [r.upper().replace(" ", "") for r in split_list(draft.regions)]
    for region in regions:
        found = _REGION.match(region)
        if not found or found[1] not in COUNTRIES:
            raise InvalidInput(
                message(
                    "{region!r} is not a region; write country-region, like US-CA", region=region
                ),
                "regions",
            )
        if region_code(found[1], found[2]) != found[2]:
            raise InvalidInput(
                message(
                    "{region!r} is not a region of {country} (ISO 3166-2, like US-CA)",
                    region=region,
                    country=found[1],
                ),
                "regions",
            )
        if countries and found[1] not in countries:
            raise InvalidInput(
                message(
                    "{region!r} is in {country}, which the partner's countries do not list",
                    region=region,
                    country=found[1],
                ),
                "regions",
            )
    if not countries and not regions:
        raise InvalidInput(
            message("name at least one country or region the partner covers"), "countries"
        )
    # A partner of regions only covers those regions' countries in part.
    covered = set(countries) or {region.split("-", 1)[0] for region in regions}
    prefixes = []
    for raw in split_list(draft.postal_prefixes):
        scope, _, value = raw.upper().rpartition(":")
        text = f"{scope}:{normalize_postal(value)}" if scope else normalize_postal(value)
        found = _PREFIX.match(text)
        if not found or (found[1] and found[1] not in COUNTRIES):
            raise InvalidInput(
                message(
                    "{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)",
                    raw=raw,
                ),
                "postal_prefixes",
            )
        if found[1] and found[1] not in covered:
            raise InvalidInput(
                message(
                    "{raw!r} is for {country}, which the partner does not cover",
                    raw=raw,
                    country=found[1],
                ),
                "postal_prefixes",
            )
        prefixes.append(text)
    return countries, regions, prefixes


def _reps(draft: PartnerDraft) -> tuple[RepDraft, ...]:
    reps = []
    emails: set[str] = set()
    for rep in draft.reps:
        checked = check_email(rep.email)
        if not checked.valid or checked.normalized is None:
            raise InvalidInput(
                message(
                    "sales rep e-mail {strip!r} is not valid: {reason}",
                    strip=rep.email.strip(),
                    reason=checked.reason,
                ),
                "reps",
            )
        if checked.normalized in emails:
            raise InvalidInput(
                message("sales rep {normalized} is listed twice", normalized=checked.normalized),
                "reps",
            )
        emails.add(checked.normalized)
        reps.append(
            RepDraft(
                name=" ".join(rep.name.split())[:120] or checked.normalized.split("@")[0],
                email=checked.normalized,
                active=rep.active,
                rep_id=rep.rep_id,
            )
        )
    if draft.active and not any(rep.active for rep in reps):
        raise InvalidInput(
            message("an active partner needs at least one active sales rep to send leads to"),
            "reps",
        )
    return tuple(reps)


def validate_partner(draft: PartnerDraft) -> ValidPartner:
    """Check a draft; its problems raise InvalidInput naming the field (InvalidFields when
    there are several: a form marks each field, a directory file's row names them all)."""
    gathered = Gathered()
    name = gathered.check(lambda: _name(draft))
    tier = gathered.check(lambda: _tier(draft))
    countries, regions, prefixes = gathered.check(lambda: _geography(draft)) or ([], [], [])
    products = [normalize_word(p) for p in split_list(draft.products)]
    segments = gathered.check(lambda: _segments(draft))
    capacity_open = gathered.check(
        lambda: _whole(draft.capacity_open, "capacity_open", "open handoffs at most", 0)
    )
    capacity_week = gathered.check(
        lambda: _whole(draft.capacity_week, "capacity_week", "handoffs per week", 0)
    )
    sla = gathered.check(lambda: _sla_hours(draft))
    reps = gathered.check(lambda: _reps(draft))
    gathered.done()
    return ValidPartner(
        name=name,
        tier=tier,
        countries=countries,
        regions=regions,
        postal_prefixes=prefixes,
        products=products,
        segments=segments,
        capacity_open=capacity_open,
        capacity_week=capacity_week,
        sla_hours=sla,
        channel_manager=draft.channel_manager.strip().lower(),
        active=draft.active,
        reps=reps,
    )


def _name(draft: PartnerDraft) -> str:
    name = " ".join(draft.name.split())
    if not name:
        raise InvalidInput(message("the partner needs a name"), "name")
    if len(name) > 200:
        raise InvalidInput(message("the name is longer than 200 characters"), "name")
    return name


def _tier(draft: PartnerDraft) -> str:
    tier = draft.tier.strip().lower() or "silver"
    if tier not in TIERS:
        raise InvalidInput(
            message("tier {tier!r} is unknown; use {join}", tier=draft.tier, join=", ".join(TIERS)),
            "tier",
        )
    return tier


def _segments(draft: PartnerDraft) -> list[str]:
    segments = [normalize_word(s) for s in split_list(draft.segments)]
    for segment in segments:
        if segment not in SEGMENTS:
            raise InvalidInput(
                message(
                    "segment {segment!r} is unknown; use {join}",
                    segment=segment,
                    join=" or ".join(SEGMENTS),
                ),
                "segments",
            )
    return segments


def _sla_hours(draft: PartnerDraft) -> int:
    sla = _whole(draft.sla_hours, "sla_hours", "the acceptance SLA (hours)", 1, high=None)
    if sla is None:
        raise InvalidInput(message("the acceptance SLA (hours) is missing"), "sla_hours")
    if sla > MAX_SLA_HOURS:
        raise InvalidInput(
            message(
                "the acceptance SLA must be at most {MAX_SLA_HOURS} hours",
                MAX_SLA_HOURS=MAX_SLA_HOURS,
            ),
            "sla_hours",
        )
    return sla
