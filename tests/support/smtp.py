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
        self.envelopes: list[list[str]] = []  # each message's RCPT TO addresses
        self.mode = OK
        self.stall_seconds = 3.0
        self.refusal = "451 4.3.0 try again later"
        self.refused: list[Message] = []  # each message refused at DATA, as often as it was
        # The answer to MAIL FROM when not empty: the center's sender refused.
        self.sender_refusal = ""
        self.senders_refused = 0
        # Addresses refused for good at RCPT TO (a mailbox that no longer exists).
        self.unknown_addresses: set[str] = set()

    async def handle_MAIL(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: Any
    ) -> str:
        if self.sender_refusal:
            self.senders_refused += 1
            return self.sender_refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address in self.unknown_addresses:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.mode == REFUSE:
            self.refused.append(message_from_bytes(envelope.original_content or envelope.content))
            return self.refusal
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        self.envelopes.append(list(envelope.rcpt_tos))
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


class SlowServer:
    """Answers every SMTP step, each after `delay` seconds (less than a client's timeout per
    step), and the end of DATA with `final`: a server that is busy, not dead."""

    def __init__(self, delay: float, final: str = "451 4.3.0 try again later") -> None:
        self.delay, self.final = delay, final
        self.conversations = 0
        self.message_ids: list[str] = []  # of every message sent to it in full
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def start() -> None:
            self._server = await asyncio.start_server(self._talk, "127.0.0.1", 0)
            self.port = int(self._server.sockets[0].getsockname()[1])
            ready.set()

        def run() -> None:
            self._loop.run_until_complete(start())
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait()

    async def _say(self, writer: asyncio.StreamWriter, text: str) -> None:
        await asyncio.sleep(self.delay)
        writer.write((text + "\r\n").encode())
        await writer.drain()

    async def _talk(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.conversations += 1
        try:
            await self._say(writer, "220 slow.example ESMTP")
            while line := await reader.readline():
                command = line.decode().strip().upper()
                if command.startswith(("EHLO", "HELO")):
                    await self._say(writer, "250 slow.example")
                elif command == "DATA":
                    await self._say(writer, "354 go ahead")
                    lines = []
                    while (data := await reader.readline()) not in (b".\r\n", b""):
                        lines.append(data)
                    self.message_ids.append(str(message_from_bytes(b"".join(lines))["Message-ID"]))
                    await self._say(writer, self.final)
                elif command == "QUIT":
                    await self._say(writer, "221 bye")
                    break
                else:
                    await self._say(writer, "250 OK")
        except OSError:
            pass  # the client gave up on us
        finally:
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    def stop(self) -> None:
        async def shut() -> None:
            self._server.close()
            talks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for talk in talks:
                talk.cancel()
            await asyncio.gather(*talks, return_exceptions=True)
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shut(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


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
            # A loopback server that works answers at once; on a host loaded by parallel
            # tests a whole conversation once took more than 5 s and left a handoff pending.
            timeout_seconds=30,
        ),
    )
