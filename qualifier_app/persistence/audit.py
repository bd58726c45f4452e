"""Audit rows, written in the same transaction as the change they describe."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from qualifier_app.persistence.models import AuditEntry, Base, PersonKey

AUDIT_TABLE = Base.metadata.tables[AuditEntry.__tablename__]
KEYS_TABLE = Base.metadata.tables[PersonKey.__tablename__]
# Built once: building an INSERT with its values for every row cost more than writing it.
_APPEND = insert(AUDIT_TABLE)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


# For bulk inserts of audit rows, which must hold the same plain JSON as record() writes.
plain = _plain


def record(
    session: Session,
    *,
    at: datetime,
    actor_id: int | None,
    action: str,
    entity_type: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> None:
    lead_id = _lead_id(entity_type, entity_id)
    if lead_id is not None and (_personal(before) or _personal(after)):
        key_id, key = keys_for(session, [lead_id], at)[lead_id]
        before, after = _sealed(before, key_id, key), _sealed(after, key_id, key)
    # A plain INSERT, not a unit-of-work object: it is written at once, in order, in the
    # caller's transaction, without the cost of an ORM flush on hot paths such as claims.
    session.execute(
        _APPEND,
        {
            "at": at,
            "actor_id": actor_id,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "before": _plain(before) if before is not None else None,
            "after": _plain(after) if after is not None else None,
            "reason": reason,
        },
    )


# --- personal values: sealed with a per-lead key that erasure deletes ------------------------
#
# The audit log is append-only (triggers refuse UPDATE and DELETE), yet a person may ask to be
# erased. So the personal values an audit row about a lead carries in `before`/`after` (names,
# phone, e-mail, company, address …) are never stored in the clear: each is sealed with that
# lead's key from `person_keys` and stored as "sealed:v1:KEY_ID:TOKEN". Erasing the person
# deletes the key; the rows stay as they were, and their personal values can no longer be read.
#
# The cipher is the standard library's: a keystream of HMAC-SHA256(key, nonce ‖ counter)
# blocks XORed with the JSON of the value, and an HMAC-SHA256 tag over nonce and ciphertext.

PERSONAL_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "name",
        "contact",
        "contact_name",
        "person_key",
        "company",
        "company_key",
        "title",
        "phone",
        "phone_raw",
        "phone_e164",
        "phone_extension",
        "email",
        "email_raw",
        "email_normalized",
        "website",
        "city",
        "postal_code",
        "inquiry",
        "notes",
        "old_value",
        "new_value",
    }
)
SEALED = "sealed:v1:"
ERASED = "[erased]"
_NONCE, _TAG = 12, 16


def _stream(key: bytes, nonce: bytes, length: int) -> bytes:
    blocks = (
        hmac.new(key, b"s" + nonce + counter.to_bytes(4, "big"), hashlib.sha256).digest()
        for counter in range((length + 31) // 32)
    )
    return b"".join(blocks)[:length]


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def seal_value(key_id: int, key: bytes, value: Any) -> str:
    plain_bytes = json.dumps(_plain(value), ensure_ascii=False).encode("utf-8")
    nonce = secrets.token_bytes(_NONCE)
    cipher = _xor(plain_bytes, _stream(key, nonce, len(plain_bytes)))
    tag = hmac.new(key, b"t" + nonce + cipher, hashlib.sha256).digest()[:_TAG]
    token = base64.urlsafe_b64encode(nonce + cipher + tag).decode("ascii")
    return f"{SEALED}{key_id}:{token}"


def open_value(token: str, keys: Mapping[int, bytes]) -> Any:
    """The value a sealed token holds, or ERASED once its key is gone (or it was tampered)."""
    key_id_text, _, body = token[len(SEALED) :].partition(":")
    key = keys.get(int(key_id_text)) if key_id_text.isdigit() else None
    if key is None:
        return ERASED
    raw = base64.urlsafe_b64decode(body.encode("ascii"))
    nonce, cipher, tag = raw[:_NONCE], raw[_NONCE:-_TAG], raw[-_TAG:]
    expected = hmac.new(key, b"t" + nonce + cipher, hashlib.sha256).digest()[:_TAG]
    if not hmac.compare_digest(tag, expected):
        return ERASED
    return json.loads(_xor(cipher, _stream(key, nonce, len(cipher))))


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(SEALED)


def _personal(payload: Mapping[str, Any] | None) -> bool:
    if not payload:
        return False
    return any(
        name in PERSONAL_FIELDS and value not in (None, "") for name, value in payload.items()
    )


def keys_for(
    session: Session, lead_ids: Iterable[int], now: datetime
) -> dict[int, tuple[int, bytes]]:
    """Each lead's (key id, key), created where missing (a concurrent creator wins quietly)."""
    wanted = sorted(set(lead_ids))
    if not wanted:
        return {}
    found = _read_keys(session, wanted)
    missing = [lead_id for lead_id in wanted if lead_id not in found]
    if missing:
        dialect = session.get_bind().dialect.name
        make_insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        session.execute(
            make_insert(KEYS_TABLE).on_conflict_do_nothing(index_elements=["lead_id"]),
            [
                {"lead_id": lead_id, "secret": secrets.token_hex(32), "created_at": now}
                for lead_id in missing
            ],
        )
        found.update(_read_keys(session, missing))
    return found


def _read_keys(session: Session, lead_ids: Sequence[int]) -> dict[int, tuple[int, bytes]]:
    found: dict[int, tuple[int, bytes]] = {}
    for start in range(0, len(lead_ids), 500):
        rows = session.execute(
            select(KEYS_TABLE.c.lead_id, KEYS_TABLE.c.id, KEYS_TABLE.c.secret).where(
                KEYS_TABLE.c.lead_id.in_(lead_ids[start : start + 500])
            )
        )
        for lead_id, key_id, secret in rows:
            found[lead_id] = (key_id, bytes.fromhex(secret))
    return found


def _sealed(payload: dict[str, Any] | None, key_id: int, key: bytes) -> dict[str, Any] | None:
    if payload is None:
        return None
    return {
        name: seal_value(key_id, key, value)
        if name in PERSONAL_FIELDS and value not in (None, "") and not is_sealed(value)
        else value
        for name, value in payload.items()
    }


def _lead_id(entity_type: str, entity_id: object) -> int | None:
    if entity_type != "lead":
        return None
    try:
        return int(str(entity_id))
    except ValueError:
        return None


def seal_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Seal, in place, the personal values of audit rows about leads, for bulk writers that
    insert rows themselves (imports, enrichment): one key look-up for the whole batch."""
    needing = [
        (row, lead_id)
        for row in rows
        if (lead_id := _lead_id(row["entity_type"], row["entity_id"])) is not None
        and (_personal(row.get("before")) or _personal(row.get("after")))
    ]
    if not needing:
        return
    keys = keys_for(session, (lead_id for _, lead_id in needing), needing[0][0]["at"])
    for row, lead_id in needing:
        key_id, key = keys[lead_id]
        row["before"] = _sealed(row.get("before"), key_id, key)
        row["after"] = _sealed(row.get("after"), key_id, key)


def reveal(session: Session, payloads: Sequence[Any]) -> list[Any]:
    """The payloads with sealed values opened (ERASED where the person was erased)."""
    key_ids: set[int] = set()
    for payload in payloads:
        if isinstance(payload, dict):
            for value in payload.values():
                if is_sealed(value):
                    head = value[len(SEALED) :].partition(":")[0]
                    if head.isdigit():
                        key_ids.add(int(head))
    keys: dict[int, bytes] = {}
    if key_ids:
        rows = session.execute(
            select(KEYS_TABLE.c.id, KEYS_TABLE.c.secret).where(KEYS_TABLE.c.id.in_(key_ids))
        )
        keys = {key_id: bytes.fromhex(secret) for key_id, secret in rows}
    return [
        {n: open_value(v, keys) if is_sealed(v) else v for n, v in payload.items()}
        if isinstance(payload, dict)
        else payload
        for payload in payloads
    ]


def destroy_keys(session: Session, lead_ids: Iterable[int]) -> int:
    """Erase: delete the leads' keys, so what audit rows sealed with them is gone for good."""
    wanted = sorted(set(lead_ids))
    gone = 0
    for start in range(0, len(wanted), 500):
        result = session.execute(
            delete(KEYS_TABLE).where(KEYS_TABLE.c.lead_id.in_(wanted[start : start + 500]))
        )
        gone += int(getattr(result, "rowcount", 0) or 0)
    return gone
