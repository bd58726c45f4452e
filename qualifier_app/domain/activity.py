"""The words of a call's result that the board and the reports count by.

A call attempt reached a person unless its disposition is one of the no-contact ones; a
lead became sales-ready when an attempt's outcome says so. Migration 0006 repeats these
values in the triggers that keep `activity_by_day`; change both together.
"""

from __future__ import annotations

NO_CONTACT_DISPOSITIONS = frozenset(
    {"no_answer", "busy", "voicemail", "voicemail_left", "wrong_number", "bad_number"}
)
SALES_READY_OUTCOME = "sales_ready"
CALLBACK_OUTCOME = "callback"


def is_contact(disposition: str) -> bool:
    return disposition not in NO_CONTACT_DISPOSITIONS
