"""What an import that stopped early tells to do: its count grouped as every other count of
the command line ("2,800 rows", never "2800"), in the singular for one row."""

from __future__ import annotations

from datetime import UTC, datetime

from qualifier_app.services.intake.history import INTERRUPTED, PastImport


def _stopped(rows: int) -> PastImport:
    at = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    return PastImport(
        batch_id=1,
        kind="inquiries",
        file_name="inquiries.csv",
        started_at=at,
        finished_at=None,
        last_progress=at,
        started_by=None,
        status=INTERRUPTED,
        rows=rows,
        imported=rows,
        merged=0,
        rejected=0,
        rejects_file=None,
        rejects=None,
    )


def test_the_rows_kept_are_counted_with_their_thousands_grouped() -> None:
    assert str(_stopped(2800).what_to_do()).startswith("the 2,800 rows read so far are kept;")
    assert str(_stopped(1).what_to_do()).startswith("the 1 row read so far is kept;")
