"""The reports a team lead or manager may look at, each behind the role check.

The figures themselves are computed in conversion.py, status_kpis.py and activity.py; the
tables for the screen and export in tables.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.reporting import Period
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.integrations.table_export import write_table
from qualifier_app.persistence.database import Database
from qualifier_app.services.center_days import center_currency, center_period, center_today
from qualifier_app.services.frame import Frame, Reading
from qualifier_app.services.reports import activity, conversion, filter_choices, status_kpis
from qualifier_app.services.reports import drill as drilldown
from qualifier_app.services.reports.dto import (
    CONVERSION_BY,
    CampaignConversion,
    PartnerConversion,
    RepConversion,
    ReportChoices,
    ReportFilters,
    ReportTable,
    StatusKpi,
    TrendPoint,
)
from qualifier_app.services.reports.lead_export import HEADER
from qualifier_app.services.reports.publication_drill import BY
from qualifier_app.services.reports.query_parts import bad_choice, without_jit
from qualifier_app.services.reports.report_export import export_report
from qualifier_app.services.reports.tables import (
    campaign_table,
    kpi_table,
    partner_table,
    rep_table,
)


class ReportService:
    def __init__(self, db: Database, clock: Clock, policy: RoutingPolicy | None = None) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy or RoutingPolicy()  # what the publication's weights are measured by

    @contextmanager
    def _reading(self, actor: Actor) -> Iterator[Reading]:
        with self._frame.read(actor, Action.VIEW_REPORTS) as reading:
            without_jit(reading.session)
            yield reading

    def fold_rollup(self, actor: Actor) -> None:
        """On PostgreSQL, the rollup's changes appended since the last fold, moved into it in
        a transaction of their own (see LeadStatusDayChange): the figures are the same
        either way, but the changes would otherwise pile up. Run before each status report
        and by the running app's periodic sweep."""
        if self._frame.db.dialect == "postgresql":
            self._frame.statement(actor, Action.VIEW_REPORTS).execute(status_kpis.FOLD, {})

    def conversion_by_rep(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[RepConversion]:
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            return conversion.by_rep(reading.session, actor, period, filters or ReportFilters())

    def conversion_by_campaign(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[CampaignConversion]:
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            today = center_today(reading.session, reading.now)
            return conversion.by_campaign(
                reading.session, actor, period, filters or ReportFilters(), today=today
            )

    def conversion_by_partner(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[PartnerConversion]:
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            return conversion.by_partner(reading.session, actor, period, filters or ReportFilters())

    def status_kpis(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> list[StatusKpi]:
        """% pending, % active, % unqualified, pipeline value and won revenue per group."""
        self.fold_rollup(actor)
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            return status_kpis.status_kpis(
                reading.session, actor, by, period, filters or ReportFilters()
            )

    def trend(
        self, actor: Actor, period: Period, filters: ReportFilters | None = None
    ) -> list[TrendPoint]:
        """Attempts, contacts and sales-ready outcomes per day, for the trend chart."""
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            return activity.trend(reading.session, actor, period, filters or ReportFilters())

    def conversion_table(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> ReportTable:
        if by == "rep":
            table = rep_table(self.conversion_by_rep(actor, period, filters), period)
        elif by == "campaign":
            table = campaign_table(self.conversion_by_campaign(actor, period, filters), period)
        elif by == "partner":
            table = partner_table(self.conversion_by_partner(actor, period, filters), period)
        else:
            raise bad_choice("by", by, CONVERSION_BY)
        return replace(table, currency=self.currency(actor))

    def kpi_table(
        self, actor: Actor, by: str, period: Period, filters: ReportFilters | None = None
    ) -> ReportTable:
        table = kpi_table(self.status_kpis(actor, by, period, filters), by, period)
        return replace(table, currency=self.currency(actor))

    def currency(self, actor: Actor) -> str:
        """What the reports' amounts count in: the center's currency."""
        with self._reading(actor) as reading:
            return center_currency(reading.session)

    def export(self, actor: Actor, table: ReportTable, path: Path, fmt: str | None = None) -> int:
        """A report as shown to the person, to CSV, XLSX or JSON; the export is audited (the
        report per rep is a judgement of people's work)."""
        with self._frame.change(actor, Action.VIEW_REPORTS) as change:
            count = export_report(table, path, fmt)
            change.audit(
                "report.exported",
                "export",
                fmt or path.suffix.lstrip("."),
                after={
                    "rows": count,
                    "file": path.name,
                    "report": str(table.title),
                    "period": str(table.period),
                },
            )
            return count

    def filter_ids(
        self, actor: Actor, *, team: str | None = None, campaign: str | None = None
    ) -> dict[str, int]:
        """Team and campaign ids for the names a person typed."""
        with self._reading(actor) as reading:
            return filter_choices.filter_ids(reading.session, actor, team=team, campaign=campaign)

    def choices(self, actor: Actor) -> ReportChoices:
        """Teams, campaigns and partners for the GUI's filter controls, and the center's date
        today (by the database's clock) for its default period."""
        with self._reading(actor) as reading:
            return filter_choices.choices(reading.session, actor, reading.now)

    def drill(
        self,
        actor: Actor,
        by: str,
        group: str,
        figure: str,
        period: Period,
        filters: ReportFilters | None = None,
    ) -> drilldown.Drill:
        """The leads behind one figure of a report (see docs/reports.md)."""
        with self._reading(actor) as reading:
            period = center_period(reading.session, period, reading.now)
            return drilldown.drill(
                reading.session,
                actor,
                by,
                group,
                figure,
                period,
                filters or ReportFilters(),
                policy=self._policy,
                now=reading.now,
            )

    def export_drill(
        self,
        actor: Actor,
        by: str,
        group: str,
        figure: str,
        period: Period,
        path: Path,
        fmt: str | None = None,
        filters: ReportFilters | None = None,
    ) -> int:
        """Every lead behind one figure to CSV or XLSX; the export is audited."""
        with self._frame.change(actor, Action.EXPORT_LEADS) as change:
            period = center_period(change.session, period, change.now)
            ids = drilldown.lead_ids(
                drilldown.items(
                    change.session,
                    actor,
                    by,
                    group,
                    figure,
                    period,
                    filters or ReportFilters(),
                    policy=self._policy,
                    now=change.now,
                )
            )
            count = write_table(
                path, HEADER, drilldown.export_rows(change.session, ids), fmt, sheet_title="Leads"
            )
            change.audit(
                "leads.exported",
                "export",
                path.suffix.lstrip(".") or fmt,
                after={
                    "rows": count,
                    "file": path.name,
                    "report": by
                    if by == BY
                    else by.replace(":", " by ")
                    if ":" in by
                    else f"status by {by}",
                    "group": group,
                    "figure": figure,
                    "period": period.text(),
                },
            )
            return count
