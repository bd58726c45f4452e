"""What a duplicate inquiry changes on the lead it matched (README: "how duplicates are merged").

A duplicate never becomes a second lead and never overwrites good data silently: it fills
fields that are empty, replaces a phone or e-mail only when the stored one is invalid and the
new one valid, and keeps every differing value aside (on its touch) instead of writing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qualifier_app.domain.normalize import company_key, fold, person_key

# Filled when empty; a different non-empty value is kept aside as a conflict.
FILL_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "title",
    "website",
    "country",
    "language",
    "employees",
    "annual_revenue",
    "industry",
    "product_interest",
    "inquiry",
)
# Filled only when the countries agree: a region of another country would be nonsense.
ADDRESS_FIELDS = ("region", "city", "postal_code")
PHONE_FIELDS = ("phone_raw", "phone_e164", "phone_extension", "phone_valid")
EMAIL_FIELDS = ("email_raw", "email_normalized", "email_valid")


@dataclass
class MergePlan:
    changes: dict[str, Any] = field(default_factory=dict)  # column → new value
    filled: list[str] = field(default_factory=list)  # fields that were empty
    upgraded: list[str] = field(default_factory=list)  # invalid contact data replaced
    conflicts: dict[str, Any] = field(default_factory=dict)  # field → the value not taken

    @property
    def changed_fields(self) -> list[str]:
        return [*self.filled, *self.upgraded]


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _same(name: str, old: Any, new: Any) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if name == "company":
            return company_key(old) == company_key(new)
        return fold(old).strip() == fold(new).strip()
    return bool(old == new)


def plan_merge(existing: Mapping[str, Any], incoming: Mapping[str, Any]) -> MergePlan:
    """The changes a duplicate inquiry (`incoming`, in lead columns) makes to `existing`."""
    plan = MergePlan()
    countries_agree = (
        _empty(existing.get("country"))
        or _empty(incoming.get("country"))
        or (existing.get("country") == incoming.get("country"))
    )
    for name in FILL_FIELDS + (ADDRESS_FIELDS if countries_agree else ()):
        old, new = existing.get(name), incoming.get(name)
        if _empty(new) or (not _empty(old) and _same(name, old, new)):
            continue
        if _empty(old):
            plan.changes[name] = new
            plan.filled.append(name)
        else:
            plan.conflicts[name] = new
    if not countries_agree:
        plan.conflicts["country"] = incoming.get("country")

    _contact(plan, existing, incoming, "phone", PHONE_FIELDS, "phone_valid", "phone_e164")
    _contact(plan, existing, incoming, "email", EMAIL_FIELDS, "email_valid", "email_normalized")

    consent_old, consent_new = existing.get("consent", "unknown"), incoming.get("consent")
    # A refusal always counts, whenever it arrives; consent only fills "unknown".
    if consent_new == "refused" and consent_old != "refused":
        plan.changes["consent"] = "refused"
        plan.upgraded.append("consent")
    elif consent_new == "given" and consent_old == "unknown":
        plan.changes["consent"] = "given"
        plan.filled.append("consent")

    merged = {**existing, **plan.changes}
    if {"first_name", "last_name"} & plan.changes.keys():
        plan.changes["person_key"] = person_key(merged.get("first_name"), merged.get("last_name"))
    if "company" in plan.changes:
        plan.changes["company_key"] = company_key(merged.get("company"))
    return plan


def _contact(
    plan: MergePlan,
    existing: Mapping[str, Any],
    incoming: Mapping[str, Any],
    label: str,
    columns: tuple[str, ...],
    valid: str,
    key: str,
) -> None:
    raw = columns[0]
    if _empty(incoming.get(raw)):
        return
    old_valid, new_valid = bool(existing.get(valid)), bool(incoming.get(valid))
    if old_valid and new_valid and existing.get(key) == incoming.get(key):
        return
    if _empty(existing.get(raw)) or (new_valid and not old_valid):
        for column in columns:
            plan.changes[column] = incoming.get(column)
        (plan.filled if _empty(existing.get(raw)) else plan.upgraded).append(label)
    elif not _same(raw, existing.get(raw), incoming.get(raw)):
        plan.conflicts[label] = incoming.get(key) or incoming.get(raw)
