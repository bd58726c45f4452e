"""A real SMTP server on loopback (aiosmtpd) that remembers what it received."""

from __future__ import annotations

import socket
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.messages]


class SmtpServer:
    """Start, stop and start again on the same port, keeping one inbox."""

    def __init__(self, authenticator: Any = None) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self._authenticator = authenticator
        self._controller: Controller | None = None

    def start(self) -> None:
        extra: dict[str, Any] = {}
        if self._authenticator is not None:
            extra = {"authenticator": self._authenticator, "auth_require_tls": False}
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **extra)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
