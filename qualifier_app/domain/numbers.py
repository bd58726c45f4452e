"""Bounds of the whole numbers the center stores."""

from __future__ import annotations

# Ids, versions, scores, priorities and counts are INTEGER columns: 32 bits on PostgreSQL.
LARGEST_WHOLE = 2**31 - 1
