"""Consent captured on the call: the recording notice and what the prospect agreed to.

A script marks the questions that ask for it (`"consent": "partner"` on a yes/no question);
the answers become consent records with the time, the rep and the script version. The
latest record of a channel is the one that counts; a "no" to passing the details to a
partner keeps the lead from being handed off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from qualifier_app.domain.text import message


class ConsentChannel(StrEnum):
    RECORDING = "recording"  # the recording notice was given
    PHONE = "phone"
    EMAIL = "email"
    PARTNER = "partner"  # passing the details to a channel partner

    @property
    def phrase(self) -> str:
        return {
            ConsentChannel.RECORDING: message("recording notice given"),
            ConsentChannel.PHONE: message("contact by phone"),
            ConsentChannel.EMAIL: message("contact by e-mail"),
            ConsentChannel.PARTNER: message("passing the details to a partner"),
        }[self]


CHANNELS = tuple(ConsentChannel)


@dataclass(frozen=True)
class ConsentRecord:
    channel: ConsentChannel
    granted: bool
    at: datetime
    rep: str
    script: str  # "name vN"

    @property
    def line(self) -> str:
        return message(
            "{channel}: {answer} ({when} UTC, {rep}, {script})",
            channel=self.channel.phrase,
            answer=message("yes") if self.granted else message("no"),
            when=f"{self.at:%Y-%m-%d %H:%M}",
            rep=self.rep,
            script=self.script,
        )


def latest(
    records: Mapping[ConsentChannel, ConsentRecord] | list[ConsentRecord],
) -> dict[ConsentChannel, ConsentRecord]:
    """The record that counts per channel: the newest one."""
    found: dict[ConsentChannel, ConsentRecord] = {}
    items = records.values() if isinstance(records, Mapping) else records
    for record in items:
        known = found.get(record.channel)
        if known is None or record.at >= known.at:
            found[record.channel] = record
    return found


def partner_refusal(record: ConsentRecord | None) -> str | None:
    """Why the lead cannot go to a partner, or None when nothing forbids it."""
    if record is None or record.granted:
        return None
    return message(
        "the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, "
        "{rep}): the lead cannot be handed off",
        at=record.at,
        rep=record.rep,
    )
