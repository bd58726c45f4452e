"""Importing inquiries: read, validate, normalize, match, merge, enrich, score and queue.

Rows are read and normalized without the database, then matched a window at a time and
stored a chunk (several windows) at a time: one transaction per chunk, bulk inserts (COPY on
PostgreSQL, executemany on SQLite; see persistence/bulk.py) and never one ORM commit per row.
Every accepted row leaves a touch whose
`dedupe_key` is derived from the row itself, so an import that was interrupted can simply be
run again: the rows already stored are recognised and skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, case, literal, select, update
from sqlalchemy.orm import Session

from qualifier_app.domain import inquiry as inq
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.countries import chosen_country
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.inquiry_columns import (
    FIELDS,
    ColumnMapping,
    Overrides,
    apply_overrides,
    check_mapping,
    is_header,
    no_header_found,
    suggest_mapping,
)
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.integrations import tabular
from qualifier_app.integrations.files import read_json
from qualifier_app.integrations.tabular import (
    HEADER_SEARCH_ROWS,
    HeaderRule,
    count_rows,
    read_table,
)
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Campaign, ImportBatch
from qualifier_app.persistence.turns import storing_inquiries
from qualifier_app.persistence.types import UTCDateTime
from qualifier_app.services.admin import campaigns
from qualifier_app.services.center_days import center_currency, center_zone
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake import cells as raw_cells
from qualifier_app.services.intake.batch_lease import renewed_while_running
from qualifier_app.services.intake.batches import file_sha256
from qualifier_app.services.intake.dto import ImportPreview, ImportProgress, ImportSummary
from qualifier_app.services.intake.history import INTERRUPTED, lease_from, stalled
from qualifier_app.services.intake.import_run import Accepted, Run, new_campaign
from qualifier_app.services.intake.rejects import (
    batch_rejects_file,
    check_rejects_path,
    write_rejects,
)
from qualifier_app.services.intake.scoring import RulesSource, checked
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.intake.window_writer import write_window
from qualifier_app.settings import QueuePolicy

# Rows committed together (one transaction)…
CHUNK_ROWS = 5000
# …and matched together (and reported to the progress bar): a duplicate's other keys (a
# second e-mail, another phone) help find further duplicates within its window only, so the
# window, not the transaction, decides what matches. Committing several windows at once
# writes each index page once, not once per window; the SQLite write lock is held a second or
# two at a time.
WINDOW_ROWS = 1000
Progress = Callable[[ImportProgress], None]
Cancelled = Callable[[], bool]


def read_mapping_file(path: Path) -> dict[str, str | list[str] | None]:
    """A column mapping: {"column header in the file": "inquiry field" or null to ignore};
    phone and e-mail may also name their columns in the order they are tried:
    {"phone": ["Mobile", "Phone"]}."""
    data = read_json(path, "mapping")
    if not isinstance(data, dict) or not all(
        isinstance(value, str | None)
        or (isinstance(value, list) and value and all(isinstance(v, str) for v in value))
        for value in data.values()
    ):
        raise InvalidInput(
            message(
                (
                    "{name}: a mapping is an object like "
                    '{{"Column header": "email", "phone": ["Mobile", "Phone"]}}'
                ),
                name=path.name,
            ),
            "mapping",
        )
    return {str(key): value for key, value in data.items()}


class IntakeService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        policy: QueuePolicy,
        rules: RulesSource = load_rules,
        data_dir: Path | None = None,
    ) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy
        self._rules = rules
        self._data_dir = data_dir or Path.cwd()

    # --- preview ----------------------------------------------------------------------------

    def preview(
        self,
        actor: Actor,
        path: Path,
        mapping: Overrides | None = None,
        rows: int = 20,
    ) -> ImportPreview:
        """The file's first rows and the mapping its headers suggest (for the wizard)."""
        require(actor, Action.IMPORT_INQUIRIES)
        rule = _header_rule(mapping)
        with read_table(path, rule=rule) as table:
            columns = _mapping(table.header, mapping, None)
            sample = tuple(tuple(row) for row in islice(table.rows, rows))
        total, hidden = count_rows(path, rule)
        with self._frame.read(actor) as reading:
            zone = center_zone(reading.session)
        return ImportPreview(
            file_name=path.name,
            header=tuple(table.header),
            rows=sample,
            mapping=columns.fields(),
            fields=tuple((spec.name, spec.label) for spec in FIELDS),
            encoding=table.encoding,
            delimiter=table.delimiter,
            total_rows=total,
            hidden_rows=hidden,
            header_row=table.header_row,
            sheet=table.sheet,
            passed_sheets=table.passed_sheets,
            unread_sheets=table.unread_sheets,
            time_zone=zone.key,
        )

    # --- import -----------------------------------------------------------------------------

    def import_inquiries(
        self,
        actor: Actor,
        path: Path,
        *,
        campaign: str | None = None,
        country: str | None = None,
        mapping: Overrides | None = None,
        fields: Sequence[str | None] | None = None,
        rules: Mapping[str, Any] | None = None,
        rejects_path: Path | None = None,
        progress: Progress | None = None,
        cancel: Cancelled | None = None,
        chunk_rows: int = CHUNK_ROWS,
    ) -> ImportSummary:
        """Import the file's rows. `mapping` is a mapping file's overrides of the suggested
        mapping; `fields` the field of every column, as a person chose them in the preview;
        `country` the country the file is from, where its rows that name none are read as
        written (their national phone numbers, their dates) and placed."""
        require(actor, Action.IMPORT_INQUIRIES)
        check_rejects_path(rejects_path, path)
        assumed = chosen_country(country)
        rules = checked(rules if rules is not None else self._rules())
        campaign = (campaign or "").strip() or None
        if campaign and len(campaign) > 120:
            raise InvalidInput(
                message("the campaign name is longer than 120 characters"), "campaign"
            )
        rule = _header_rule(mapping)
        with read_table(path, rule=rule) as table:
            try:
                columns = _mapping(table.header, mapping, fields)
                check_mapping(columns)
            except InvalidInput:
                # Columns chosen by hand were chosen on the header the preview showed.
                if table.header_found or fields is not None:
                    raise
                raise no_header_found(path.name, HEADER_SEARCH_ROWS) from None
            total, _hidden = count_rows(path, rule)
            if not total:
                raise InvalidInput(
                    message("{name} has a header row but no rows to import", name=path.name), "file"
                )
            run = self._start(actor, path, campaign, rules, columns, total, table)
            run.assumed_country = assumed
            run.hidden_rows = table.hidden_rows
            return self._run(run, table, path, rejects_path, progress, cancel, chunk_rows)

    def _run(
        self,
        run: Run,
        table: tabular.Table,
        path: Path,
        rejects_path: Path | None,
        progress: Progress | None,
        cancel: Cancelled | None,
        chunk_rows: int,
    ) -> ImportSummary:
        assert table.numbered is not None
        status = "finished"
        try:
            # The batch is held for this run while it reads and stores, however long a chunk
            # takes; once the run is gone (ended, killed, cut off) the renewals stop.
            with renewed_while_running(self._frame, run.actor, run.batch_id):
                for chunk in _chunks(table.numbered, chunk_rows):
                    if cancel is not None and cancel():
                        status = "cancelled"
                        break
                    # Validated before the transaction starts: the write lock is for storing.
                    items = [self._read(run, number, cells) for number, cells in chunk]
                    if self._import_chunk(run, items, progress, cancel):
                        status = "cancelled"
                        break
                    if progress is not None:
                        progress(run.progress())
        except BaseException as stopped:
            # Stopped by the person (Ctrl-C) or by a fault: the chunks committed are kept, as
            # on Cancel. Its end is recorded when it can be; when it cannot (the server gone
            # with the connection, a Ctrl-C that broke off a transaction still holding
            # SQLite's write lock), the batch reads as interrupted once its lease runs out
            # (history.stalled), and what stopped the import is what its caller hears, not
            # the recording's failure.
            ended = INTERRUPTED if isinstance(stopped, KeyboardInterrupt) else "failed"
            with contextlib.suppress(Exception):
                self._finish(run, path, rejects_path, ended)
            raise
        return self._finish(run, path, rejects_path, status)

    def _start(
        self,
        actor: Actor,
        path: Path,
        campaign: str | None,
        rules: Mapping[str, Any],
        columns: ColumnMapping,
        total: int,
        table: tabular.Table,
    ) -> Run:
        digest = file_sha256(path)
        with self._frame.change(actor) as change:
            session, now = change.session, change.now
            known = {
                campaigns.name_key(name): (cid, channel)
                for cid, name, channel in session.execute(
                    select(Campaign.id, Campaign.name, Campaign.channel)
                )
            }
            chosen = None
            if campaign:
                key = campaigns.name_key(campaign)
                cid, channel = known.get(key) or new_campaign(
                    session, campaign, now, actor.audit_id
                )
                known[key] = (cid, channel)
                chosen = (cid, campaign, channel)
            batch = ImportBatch(
                kind="inquiries",
                file_name=path.name[:300],
                file_sha256=digest,
                campaign_id=chosen[0] if chosen else None,
                started_by_id=actor.audit_id,
                started_at=now,
                progressed_at=now,
                lease_until=lease_from(now),
                status="running",
            )
            session.add(batch)
            session.flush()
            # An earlier run of this file whose lease ran out died without recording its end:
            # it is recorded as interrupted now (this run stores the rows it had not).
            _record_interrupted(session, digest, batch.id, now)
            zone, currency = center_zone(session), center_currency(session)
        return Run(
            batch_id=batch.id,
            file_name=path.name,
            file_sha256=digest,
            actor=actor,
            actor_id=actor.audit_id,
            now=now,
            rules=rules,
            mapping=columns,
            columns=columns.titles(),
            campaign=chosen,
            total=total,
            campaigns=known,
            header_row=table.header_row,
            sheet=table.sheet,
            delimiter=table.delimiter,
            passed_sheets=table.passed_sheets,
            unread_sheets=table.unread_sheets,
            zone=zone,
            currency=currency,
        )

    def _read(self, run: Run, number: int, cells: list[str]) -> Accepted | inq.Rejected:
        if isinstance(cells, tabular.UnreadableRow):
            return raw_cells.unreadable(number, cells)
        header = run.mapping.header
        if repeated := raw_cells.header_again(number, cells, header):
            return repeated
        run.note_unread(cells)
        values: dict[str, str] = {}
        further: dict[str, list[tuple[str, str]]] = {}
        for name, indexes in run.mapping.columns.items():
            texts = [cells[index] if index < len(cells) else "" for index in indexes]
            values[name] = texts[0]
            if len(indexes) > 1:
                further[name] = [
                    (header[index], text)
                    for index, text in zip(indexes[1:], texts[1:], strict=True)
                ]
        named = [(name, run.columns[name], text) for name, text in values.items()]
        named += [(name, column, text) for name, more in further.items() for column, text in more]
        if problems := raw_cells.problems(named):
            return inq.Rejected(number, tuple(problems))
        result = inq.read_inquiry(
            number,
            values,
            run.columns,
            run.now,
            run.checks,
            further,
            run.assumed_country,
            zone=run.zone,
            currency=run.currency,
        )
        if isinstance(result, inq.Rejected):
            return raw_cells.another_separator(number, cells, header, run.delimiter) or result
        campaign = run.campaign[1] if run.campaign else (result.campaign or None)
        # The n-th identical row of a file is its own touch; the same n-th row seen again
        # (an interrupted import run twice) has the same key and is skipped.
        occurrence_key = (result.content_key, campaign or "")
        run.occurrences[occurrence_key] += 1
        seed = f"{result.content_key}|{campaign or ''}|{run.occurrences[occurrence_key]}"
        return Accepted(result, hashlib.sha256(seed.encode()).hexdigest(), campaign)

    def _import_chunk(
        self,
        run: Run,
        chunk: list[Accepted | inq.Rejected],
        progress: Progress | None,
        cancel: Cancelled | None,
    ) -> bool:
        """Match and store the rows of one chunk in one transaction, a window at a time.
        Progress is reported, and Cancel honoured, after every window; True when cancelled
        (the windows done so far are kept)."""
        restore = run.counts()
        try:
            return self._store_chunk(run, chunk, progress, cancel)
        except BaseException:
            restore()
            raise

    def _store_chunk(
        self,
        run: Run,
        chunk: list[Accepted | inq.Rejected],
        progress: Progress | None,
        cancel: Cancelled | None,
    ) -> bool:
        cancelled = False
        # Every row is stored with the run's time (run.now), not the time this chunk began.
        with self._frame.change(run.actor) as change:
            session = change.session
            storing_inquiries(session)
            for start in range(0, len(chunk), WINDOW_ROWS):
                if start:
                    if progress is not None:
                        progress(run.progress())
                    if cancel is not None and cancel():
                        cancelled = True
                        break
                window = chunk[start : start + WINDOW_ROWS]
                run.count([_row_of(item) for item in window])
                accepted = self._accepted(run, window)
                if accepted:
                    write_window(run, session, self._policy, accepted)
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == run.batch_id)
                .values(
                    rows=run.rows,
                    imported=run.imported,
                    merged=run.merged,
                    rejected=run.rejected,
                    progressed_at=change.now,
                    lease_until=_renewed(lease_from(change.now)),
                )
            )
        return cancelled

    def _accepted(self, run: Run, rows: list[Accepted | inq.Rejected]) -> list[Accepted]:
        accepted: list[Accepted] = []
        for item in rows:
            if isinstance(item, inq.Rejected):
                run.rejected += 1
                run.rejects.extend(
                    (item.row, problem.column, problem.value, problem.reason)
                    for problem in item.problems
                )
            else:
                accepted.append(item)
        return accepted

    def _finish(
        self, run: Run, source: Path, rejects_path: Path | None, status: str
    ) -> ImportSummary:
        unwritten: InvalidInput | None = None
        try:
            rejects_file = write_rejects(run.rejects, source, self._data_dir, rejects_path)
        except InvalidInput as exc:
            # The rows are stored: the batch must still say so, and not stay "running".
            rejects_file, unwritten = None, exc
        summary = ImportSummary(
            batch_id=run.batch_id,
            file=run.file_name,
            rows=run.rows,
            imported=run.imported,
            merged=run.merged,
            rejected=run.rejected,
            rejects_file=rejects_file,
            already_imported=run.already,
            flagged=run.flagged,
            do_not_call=run.do_not_call,
            enriched=run.enriched,
            blank=run.blank,
            hidden=run.hidden(finished=status == "finished"),
            cancelled=status == "cancelled",
            campaign=run.campaign[1] if run.campaign else None,
            queues=dict(sorted(run.queues.items())),
            created_queues=tuple(run.created_queues),
            unworked_queues=tuple(sorted(run.unworked_queues)),
            unworked_teams={
                q: run.unworked_teams[q] for q in run.unworked_queues if q in run.unworked_teams
            },
            header_row=run.header_row,
            sheet=run.sheet,
            passed_sheets=run.passed_sheets,
            unread_sheets=run.unread_sheets,
            unread_columns=run.unread_columns(),
            assumed_country=run.assumed_country,
            dates_read_on=str(run.zone) if "inquired_at" in run.mapping.columns else None,
        )
        with self._frame.change(run.actor) as change:
            if status in (INTERRUPTED, "failed"):
                # Stopped by a Ctrl-C or a fault, the counts in memory may not be what was
                # stored: a chunk can commit and be interrupted before it returns, and its
                # counts are then put back. The batch's own, written in each chunk's
                # transaction, are.
                run.rows, run.imported, run.merged, run.rejected = change.session.execute(
                    select(
                        ImportBatch.rows,
                        ImportBatch.imported,
                        ImportBatch.merged,
                        ImportBatch.rejected,
                    ).where(ImportBatch.id == run.batch_id)
                ).one()
            change.session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == run.batch_id)
                .values(
                    status=status,
                    finished_at=change.now,
                    progressed_at=change.now,
                    rows=run.rows,
                    imported=run.imported,
                    merged=run.merged,
                    rejected=run.rejected,
                    rejects_file=batch_rejects_file(rejects_file),
                )
            )
            if status == "finished":
                # An earlier run of this file that died while this one ran is over now too.
                _record_interrupted(change.session, run.file_sha256, run.batch_id, change.now)
            change.audit(
                f"inquiries.import_{status}",
                "import_batch",
                run.batch_id,
                after={
                    "file": run.file_name,
                    "rows": run.rows,
                    "imported": run.imported,
                    "merged": run.merged,
                    "rejected": run.rejected,
                    "already_imported": run.already,
                    "do_not_call": run.do_not_call,
                    **({"assumed_country": run.assumed_country} if run.assumed_country else {}),
                },
            )
        if unwritten is not None:
            raise unwritten
        return summary


def _renewed(until: datetime) -> ColumnElement[datetime]:
    """The batch's lease renewed until `until`, never shortened: a chunk's time is its start,
    and the renewals while it ran may hold the batch for longer already."""
    renewed = literal(until, UTCDateTime())
    return case((ImportBatch.lease_until < renewed, renewed), else_=ImportBatch.lease_until)


def _record_interrupted(session: Session, sha256: str, batch_id: int, now: datetime) -> None:
    """Record the other runs of the file whose lease ran out by `now` as interrupted."""
    session.execute(
        update(ImportBatch)
        .where(
            ImportBatch.kind == "inquiries",
            ImportBatch.file_sha256 == sha256,
            ImportBatch.id != batch_id,
            stalled(now),
        )
        .values(status=INTERRUPTED)
        .execution_options(synchronize_session=False)
    )


def _header_rule(mapping: Overrides | None) -> HeaderRule:
    return HeaderRule(lambda cells: is_header(cells, mapping))


def _mapping(
    header: Sequence[str], mapping: Overrides | None, fields: Sequence[str | None] | None
) -> ColumnMapping:
    if fields is not None:
        return ColumnMapping.of(header, fields)
    suggested = suggest_mapping(header)
    return apply_overrides(header, suggested, mapping or {})


def _chunks(
    rows: Iterator[tuple[int, list[str]]], size: int
) -> Iterator[list[tuple[int, list[str]]]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _row_of(item: Accepted | inq.Rejected) -> int:
    return item.row if isinstance(item, inq.Rejected) else item.inquiry.row
