"""Do-not-call keys: what is stored is a hash, so an erased person leaves nothing readable."""

from __future__ import annotations

import hashlib
from enum import StrEnum


class DncKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"


def dnc_hash(kind: DncKind, normalized_value: str) -> str:
    """SHA-256 of the normalized value (E.164 phone, normalized e-mail) with its kind."""
    return hashlib.sha256(f"{kind.value}:{normalized_value.strip().lower()}".encode()).hexdigest()
