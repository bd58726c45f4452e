"""A script's text filled in: "{contact_name}", "{rep_name}" … as the rep reads them out, with
a lead's values in the Workspace and with sample ones in the Scripts area's preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class _Template(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a placeholder the app does not know stays as written


def script_values(
    *,
    contact_name: str,
    company: str,
    rep_name: str,
    first_name: str | None = None,
    product_interest: str | None = None,
    partner: str | None = None,
) -> dict[str, str]:
    """What the script's placeholders say; what a lead lacks is said in general words."""
    return {
        "contact_name": contact_name,
        "contact_first_name": first_name or contact_name,
        "company": company,
        "rep_name": rep_name,
        "product_interest": product_interest
        or QCoreApplication.translate("LeadSession", "our products"),
        "partner": partner or QCoreApplication.translate("LeadSession", "our partner"),
    }


def fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(_Template(values))
