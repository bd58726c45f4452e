"""The weekly publication's messages: a short HTML e-mail with the scorecard as an XLSX
attachment, and the supervisors' summary."""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage
from email.utils import parseaddr
from html import escape
from typing import Any

from qualifier_app.domain.text import count_of
from qualifier_app.integrations.mail import ascii_addresses
from qualifier_app.integrations.table_export import escape_formula
from qualifier_app.integrations.workbook import workbook_bytes
from qualifier_app.services.reports.publication_cards import Card, Edition

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def message_id(week: str, kind: str, recipient_id: int, sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "qualifier.invalid"
    return f"<scorecard-{week}.{kind}-{recipient_id}@{domain}>"


def shown(value: Any) -> str:
    """A figure as the e-mail shows it."""
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:.0%}" if 0 <= value <= 1 else f"{value:,.1f}"
    return escape(str(value))


def _figure_rows(figures: list[tuple[str, Any]]) -> str:
    return "".join(
        f"<tr><td>{escape(label)}</td><td align='right'>{shown(value)}</td></tr>"
        for label, value in figures
    )


def scorecard_xlsx(card: Card, week: str) -> bytes:
    def cell(value: Any) -> Any:
        return float(value) if isinstance(value, Decimal) else value

    sheets: list[tuple[str, list[list[Any]]]] = [
        (
            "Scorecard",
            [
                ["Figure", "Value"],
                ["Week", week],
                ["Recipient", escape_formula(card.name)],
                *([label, cell(value)] for label, value in card.figures),
            ],
        )
    ]
    if card.partners:
        labels = [label for label, _ in card.partners[0].figures]
        sheets.append(
            (
                "Partners",
                [
                    ["Partner", *labels],
                    *(
                        [escape_formula(p.name), *(cell(v) for _, v in p.figures)]
                        for p in card.partners
                    ),
                ],
            )
        )
    if card.stale:
        sheets.append(
            (
                "No news",
                [
                    ["Partner rep", "E-mail", "Open handoffs with no news"],
                    *(
                        [escape_formula(rep), escape_formula(email), n]
                        for rep, email, n in card.stale
                    ),
                ],
            )
        )
    return workbook_bytes(sheets)


def compose_scorecard(
    card: Card, week: str, sender: str, to: str, msg_id: str, *, center: str = ""
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ascii_addresses(to)
    message["Subject"] = f"Your lead scorecard for {week}: {card.name}"
    message["Message-ID"] = msg_id
    message["X-Qualifier-Scorecard"] = f"{week} {card.kind} {card.recipient_id}"
    stale = ""
    if card.stale:
        items = "".join(
            f"<li>{escape(rep)}: {count}</li>" for rep, _email, count in card.stale[:10]
        )
        stale = f"<p>Open handoffs with no news, per rep:</p><ul>{items}</ul>"
    partners = ""
    if card.partners:
        partners = (
            f"<p>{count_of(len(card.partners), 'partner', 'partners')}; each one's figures are "
            "in the attachment.</p>"
        )
    html = (
        f"<html><body><p>Hello {escape(card.name)},</p>"
        f"<p>here is the scorecard for {week}{center}. Please bring the leads with no news up "
        "to date: partners that report get more leads.</p>"
        f"<table border='1' cellpadding='4' cellspacing='0'>{_figure_rows(card.figures)}"
        f"</table>{stale}{partners}</body></html>"
    )
    message.set_content(
        "\n".join(f"{label}: {shown(value)}" for label, value in card.figures)
        + f"\n\nThe scorecard for {week} is attached.\n"
    )
    message.add_alternative(html, subtype="html")
    message.add_attachment(
        scorecard_xlsx(card, week),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=f"scorecard-{week}-{card.kind}-{card.recipient_id}.xlsx",
    )
    return message


def compose_summary(edition: Edition, sender: str, to: str, msg_id: str) -> EmailMessage:
    week = edition.week.text()
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ascii_addresses(to)
    message["Subject"] = f"Partners not updating their leads, {week}"
    message["Message-ID"] = msg_id
    message["X-Qualifier-Scorecard"] = f"{week} supervisors 0"
    rows = "".join(
        f"<tr><td>{escape(lag.partner)}</td><td>{escape(lag.channel_manager)}</td>"
        f"<td align='right'>{lag.reporting:.0%}</td>"
        f"<td align='right'>{lag.weight_before:.2f} → {lag.weight_now:.2f}</td></tr>"
        for lag in edition.laggards
    )
    lines = [
        f"{lag.partner} ({lag.channel_manager}): reporting {lag.reporting:.0%}, routing weight "
        f"{lag.weight_before:.2f} -> {lag.weight_now:.2f}"
        for lag in edition.laggards
    ]
    intro = (
        f"The bottom 20 % by reporting compliance: {len(edition.laggards)} of the "
        f"{count_of(edition.measured, 'partner', 'partners')} whose reporting could be judged "
        f"in {week}. Scorecards went to {count_of(len(edition.partners), 'partner', 'partners')} "
        f"and {count_of(len(edition.managers), 'channel manager', 'channel managers')}."
    )
    message.set_content(intro + "\n\n" + ("\n".join(lines) or "Nobody to name.") + "\n")
    message.add_alternative(
        f"<html><body><p>{escape(intro)}</p><table border='1' cellpadding='4' "
        "cellspacing='0'><tr><th>Partner</th><th>Channel manager</th>"
        "<th>Reporting</th><th>Routing weight (week before → now)</th></tr>"
        f"{rows}</table></body></html>",
        subtype="html",
    )
    return message
