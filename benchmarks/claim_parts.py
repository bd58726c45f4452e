"""Where the claim statement's time goes on the server: the app's claim, with its parts taken
out in turn, next to the hand-written SKIP LOCKED claim, on one PostgreSQL.

`qualifier_claim_next` (the statement for a center without per-number call caps, read from the
database with `pg_get_functiondef`) is sent as a plain statement from psycopg, prepared, in
autocommit, as the schema owner (the function runs with its owner's rights), with:
  - everything (the app's claim);
  - without the three picks tried before the queue (the lead the rep still holds, the rep's
    own leads, the queue's callbacks: each an index probe that usually finds nothing);
  - without the audit row;
  - without both;
and, as the baseline, the hand-written claim of `benchmarks/claim.py`; also the function call
itself, to show what the function around the statement costs. The statement's variants are
planned once (`plan_cache_mode = force_generic_plan`), as the function's statement is. Each
claim is followed by the hand-written outcome (the lead leaves the queue). Variants take
turns for --rounds rounds of --seconds each on 20,000 queued leads and claim.py's 20,000 earlier
call attempts (reset between turns);
printed: the claim's p50 and p99 in each round and its p50 against the hand-written claim's of
the same round.

    python scripts/throwaway_postgres.py -- python benchmarks/claim_parts.py [--rounds 3]

These variants are measurements only: without the picks a held lead would not come back
first, without the audit row a claim would go unrecorded.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claim  # the claim benchmark's database, reps and hand-written claim

from qualifier_app.settings import QueuePolicy

FUNCTION = "qualifier_claim_next"
NO_CAPS = "IF cardinality(p_cap_profiles) = 0 THEN\nRETURN QUERY"
PICKS_START = "(SELECT coalesce("
QUEUE_PICK = "(SELECT pick.id FROM"
PICKS_END = "LIMIT 1)))"
AUDIT_START = "), audited AS ("
AUDIT_END = "SELECT verdict.refusal"
HAND_WRITTEN = "hand-written SKIP LOCKED"
FUNCTION_CALL = "the function call"
# The function's parameters and variables, as the plain statement's placeholders.
NAMES = {
    "p_rep": "%(rep)s",
    "p_valid_from": "%(valid_from)s",
    "p_valid_until": "%(valid_until)s",
    "p_open_profiles": "%(open_profiles)s",
    "p_file_max_attempts": "%(file_max_attempts)s",
    "p_default_max_attempts": "%(default_max_attempts)s",
    "p_blocked_countries": "%(blocked_countries)s",
    "v_now": "%(now)s",
    "v_until": "%(until)s",
}


def claim_statement(url: str) -> str:
    """The function's statement for a center without call caps, as a plain statement."""
    with psycopg.connect(claim._libpq(url), autocommit=True) as c:
        row = c.execute(f"SELECT pg_get_functiondef('{FUNCTION}'::regproc)").fetchone()
    assert row is not None
    definition = str(row[0])
    if NO_CAPS not in definition:
        raise SystemExit(f"{FUNCTION} is not as this script expects (no call-cap branch)")
    start = definition.index(NO_CAPS) + len(NO_CAPS)
    body = definition[start : definition.index("\nELSE\n", start)].strip().rstrip(";")
    body = "\n".join(line.split("--")[0] for line in body.splitlines())  # no comments
    body = body.replace("%", "%%")
    for name, placeholder in NAMES.items():
        body = re.sub(rf"\b{name}\b", placeholder, body)
    return body


def without_picks(statement: str) -> str:
    """The claim taking the queue's pick only."""
    start = statement.index(PICKS_START)
    queue = statement.index(QUEUE_PICK, start)
    end = statement.index(PICKS_END, queue) + len(PICKS_END)
    return f"{statement[:start]}{statement[queue : end - 2]}{statement[end:]}"


def without_audit(statement: str) -> str:
    start = statement.index(AUDIT_START)
    return f"{statement[:start]})\n{statement[statement.index(AUDIT_END, start) :]}"


def variants(url: str) -> dict[str, str]:
    full = claim_statement(url)
    return {
        HAND_WRITTEN: claim.SKIP_LOCKED_CLAIM,
        "the app's claim": full,
        "without the three picks": without_picks(full),
        "without the audit row": without_audit(full),
        "without both": without_audit(without_picks(full)),
        FUNCTION_CALL: claim.claim_call_sql(),
    }


def params(url: str) -> dict[str, Any]:
    with psycopg.connect(claim._libpq(url), autocommit=True) as c:
        rep = c.execute("SELECT id FROM users WHERE login = 'bench0'").fetchone()
        profiles = [int(r[0]) for r in c.execute("SELECT id FROM calling_profiles").fetchall()]
    assert rep is not None
    lease = timedelta(minutes=QueuePolicy().lease_minutes)
    # The names the hand-written claim and the bare statement use besides the call's.
    extra = {"rep": int(rep[0]), "until": claim.AT + lease}
    return {**claim.claim_call_params(int(rep[0]), profiles), **extra}


def measure(
    url: str, sql: str, values: dict[str, Any], seconds: float, *, generic: bool
) -> list[float]:
    """Claim and release for `seconds`; the claims' latencies in ms. `generic`: planned once,
    as the function's own setting has its statement planned."""
    claim.reset(url)
    took: list[float] = []
    with psycopg.connect(claim._libpq(url), autocommit=True) as c:
        if generic:
            c.execute("SET plan_cache_mode = force_generic_plan")
        ends = time.monotonic() + seconds
        # Untimed: the first plans, and PostgreSQL's choice of a plan after five custom ones.
        warm = 10
        while time.monotonic() < ends or warm > 0:
            began = time.perf_counter()
            row = c.execute(sql, values, prepare=True).fetchone()
            elapsed = (time.perf_counter() - began) * 1000
            lead = _lead(row)
            if lead is None:
                raise SystemExit("the queue ran dry: give it more --leads or fewer --seconds")
            c.execute(claim.SKIP_LOCKED_DONE, {"lead": lead, "rep": values["rep"]})
            if warm > 0:
                warm -= 1
            else:
                took.append(elapsed)
    return took


def _lead(row: Any) -> int | None:
    if row is None:
        return None
    # The hand-written claim returns the id alone; the app's claim starts with refusal, db_now,
    # fresh, campaign, id.
    if len(row) == 1:
        return int(row[0])
    if row[0] is not None:
        raise SystemExit(f"the claim was refused: {row[0]}")
    return None if row[4] is None else int(row[4])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("QUALIFIER_TEST_PG_URL"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--leads", type=int, default=20_000)
    args = parser.parse_args()
    problems = [
        said
        for wrong, said in (
            (not args.pg, "no PostgreSQL: --pg or QUALIFIER_TEST_PG_URL"),
            (args.rounds < 1, "--rounds must be at least 1"),
            (args.seconds <= 0, "--seconds must be positive"),
            (args.leads < 10, "--leads must be at least 10"),
        )
        if wrong
    ]
    if problems:
        print(f"claim_parts: {problems[0]}", file=sys.stderr)
        return 2
    url = claim.fresh_postgres(args.pg)
    claim.prepare(url, args.leads, 1, claim.HISTORY_ATTEMPTS)
    statements = variants(url)
    values = params(url)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in statements}
    for _ in range(args.rounds):
        for name, sql in statements.items():
            generic = name not in {HAND_WRITTEN, FUNCTION_CALL}
            took = measure(url, sql, values, args.seconds, generic=generic)
            runs[name].append((percentile(took, 0.5), percentile(took, 0.99), len(took)))
    print(
        f"{args.leads:,} queued leads, {args.rounds} rounds of {args.seconds:g} s, "
        f"{os.cpu_count()} CPU cores; claim p50 / p99 ms (claims) in each round, and p50 "
        "against the hand-written claim's of the same round\n"
    )
    rounds = " | ".join(f"round {n + 1}" for n in range(args.rounds))
    print(f"| claim | {rounds} | × hand-written |")
    print("|---|" + "---:|" * (args.rounds + 1))
    hand = runs[HAND_WRITTEN]
    for name, figures in runs.items():
        cells = " | ".join(f"{p50:.2f} / {p99:.2f} ({n:,})" for p50, p99, n in figures)
        ratios = [p50 / base[0] for (p50, _, _), base in zip(figures, hand, strict=True)]
        print(f"| {name} | {cells} | {min(ratios):.2f}–{max(ratios):.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
