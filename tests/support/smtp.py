"""A real SMTP server on loopback (aiosmtpd) that remembers what it received, and can
misbehave on purpose: refuse the message at DATA, or store it and then stall its answer past
the client's timeout; plus a server that accepts connections and never says a word."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from dataclasses import replace
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller

from qualifier_app.settings import MailSettings, Settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


OK, REFUSE, STORE_THEN_STALL = "ok", "refuse", "store-then-stall"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.mode = OK
        self.stall_seconds = 3.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.mode == REFUSE:
            return "451 4.3.0 try again later"
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        if self.mode == STORE_THEN_STALL:
            # Stored, but the answer comes after the client gave up waiting.
            await asyncio.sleep(self.stall_seconds)
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


class SilentServer:
    """Accepts TCP connections and never answers: a mail server that has hung."""

    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self.port = int(self._socket.getsockname()[1])
        self.connections = 0
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            self.connections += 1
            self._held.append(connection)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        self._socket.close()
        for connection in self._held:
            connection.close()
        self._thread.join()


def with_mail_server(settings: Settings, server: SmtpServer) -> Settings:
    """These settings with SMTP configured to deliver to `server` on loopback."""
    return replace(
        settings,
        mail=MailSettings(
            host="127.0.0.1",
            port=server.port,
            security="none",
            sender="Qualifying Center <qc@center.example>",
            attempts=2,
            retry_seconds=0,
            timeout_seconds=5,
        ),
    )
