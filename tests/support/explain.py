"""The plans PostgreSQL runs, nested statements included, as auto_explain reports them."""

from __future__ import annotations

from typing import Any

import psycopg


def explain_every_statement(
    conn: psycopg.Connection[Any], plans: list[str], *settings: str
) -> None:
    """auto_explain on this connection: each statement's plan, nested ones too, into `plans`
    (each notice: "duration: … ms  plan:", then the plan)."""
    conn.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
    conn.execute("LOAD 'auto_explain'")
    for setting in (
        "log_min_duration = 0",
        "log_nested_statements = on",
        "log_level = notice",
        *settings,
    ):
        conn.execute(f"SET auto_explain.{setting}")
