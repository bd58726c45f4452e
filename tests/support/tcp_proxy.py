"""A TCP proxy on loopback that injects network faults between the app and PostgreSQL.

Every accepted connection gets two pump threads (client -> server, server -> client).
Faults are set on the proxy and apply to the chunks that pass from then on:

- `delay`: each chunk waits this long before it is forwarded;
- `freeze()` / `thaw()`: nothing is forwarded while frozen, the sockets stay open;
- `reset_all()`: every open connection is closed with an RST;
- `server_down()` / `server_up()`: as a stopped server: the open connections are reset and
  new ones refused at once, until it is up again;
- `cut_after(n)`: a connection is reset once n more bytes went from client to server;
- `cut_before_commit()`: the next client chunk that carries a COMMIT is not forwarded and
  the connection is reset, so the server never sees the COMMIT (it rolls back);
- `cut_after_commit()`: the next COMMIT is forwarded, but the server's reply to it is
  dropped and the connection reset: the transaction committed, the client never heard.
Both take the text of a statement that runs in autocommit instead, whose commit point is the
statement itself (the claim on PostgreSQL): cut before it reaches the server, or after the
server ran it.

Commit faults are one-shot and count how often they fired (`fired`). Everything is bounded
in time: sockets have timeouts and `close()` stops every thread.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.engine import make_url

LOOPBACK = "127.0.0.1"
CHUNK = 65536
POLL_SECONDS = 0.05
# Simple-query COMMIT from psycopg, and the server's "command complete: COMMIT" reply.
COMMIT_QUERY = b"Q\x00\x00\x00\x0bCOMMIT\x00"
COMMIT_DONE = b"C\x00\x00\x00\x0bCOMMIT\x00"


@dataclass
class _Pair:
    client: socket.socket
    server: socket.socket
    sent_up: int = 0
    closed: threading.Event = field(default_factory=threading.Event)
    awaiting_commit_reply: bool = False


def _reset(sock: socket.socket) -> None:
    """Close with an RST (SO_LINGER 0), as a dropped NAT entry or a crashed router does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, *, timeout: float = 30.0) -> None:
        self.target = (target_host, target_port)
        self.timeout = timeout
        self.delay = 0.0
        self._frozen = threading.Event()
        self._down = threading.Event()
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._cut_after: int | None = None
        self._cut_before_commit = False
        self._cut_after_commit = False
        self._commit_point = COMMIT_QUERY
        self.fired: dict[str, int] = {"before_commit": 0, "after_commit": 0, "after_bytes": 0}
        self._stop = threading.Event()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(POLL_SECONDS)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._spawn(self._accept_loop)

    # -- faults ---------------------------------------------------------------------------
    def freeze(self) -> None:
        self._frozen.set()

    def thaw(self) -> None:
        self._frozen.clear()

    def cut_after(self, n_bytes: int) -> None:
        with self._lock:
            self._cut_after = n_bytes
            for pair in self._pairs:
                pair.sent_up = 0

    def cut_before_commit(self, autocommit_statement: bytes = COMMIT_QUERY) -> None:
        with self._lock:
            self._cut_before_commit = True
            self._commit_point = autocommit_statement

    def cut_after_commit(self, autocommit_statement: bytes = COMMIT_QUERY) -> None:
        with self._lock:
            self._cut_after_commit = True
            self._commit_point = autocommit_statement

    def clear(self) -> None:
        with self._lock:
            self._cut_after = None
            self._cut_before_commit = self._cut_after_commit = False
            self._commit_point = COMMIT_QUERY
        self.delay = 0.0
        self.thaw()

    def server_down(self) -> None:
        self._down.set()
        self.reset_all()

    def server_up(self) -> None:
        self._down.clear()

    def reset_all(self) -> None:
        with self._lock:
            pairs = list(self._pairs)
        for pair in pairs:
            self._drop(pair)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return sum(1 for pair in self._pairs if not pair.closed.is_set())

    def url_for(self, database_url: str) -> str:
        """`database_url` (a PostgreSQL URL) rerouted through this proxy, without TLS so the
        proxy can see the protocol."""
        url = make_url(database_url).set(host=LOOPBACK, port=self.port)
        url = url.update_query_dict({"sslmode": "disable"})
        return url.render_as_string(hide_password=False)

    # -- plumbing -------------------------------------------------------------------------
    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._down.is_set():
                _reset(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=self.timeout)
            except OSError:
                _reset(client)
                continue
            for sock in (client, server):
                sock.settimeout(POLL_SECONDS)
            pair = _Pair(client, server)
            with self._lock:
                self._pairs.append(pair)
            self._spawn(self._pump, pair, True)
            self._spawn(self._pump, pair, False)

    def _drop(self, pair: _Pair) -> None:
        pair.closed.set()
        _reset(pair.client)
        _reset(pair.server)

    def _pump(self, pair: _Pair, upstream: bool) -> None:
        source, sink = (pair.client, pair.server) if upstream else (pair.server, pair.client)
        while not self._stop.is_set() and not pair.closed.is_set():
            if self._frozen.is_set():
                self._stop.wait(POLL_SECONDS)
                continue
            try:
                data = source.recv(CHUNK)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            if self.delay:
                self._stop.wait(self.delay)
            while self._frozen.is_set() and not self._stop.is_set():
                self._stop.wait(POLL_SECONDS)
            if not self._let_through(pair, data, upstream):
                self._drop(pair)
                return
            try:
                sink.sendall(data)
            except OSError:
                break
        self._drop(pair)

    def _let_through(self, pair: _Pair, data: bytes, upstream: bool) -> bool:
        """False when a fault fires on this chunk: it is not forwarded, the pair is reset."""
        with self._lock:
            if upstream:
                if self._cut_after is not None:
                    pair.sent_up += len(data)
                    if pair.sent_up > self._cut_after:
                        self._cut_after = None
                        self.fired["after_bytes"] += 1
                        return False
                if self._commit_point in data:
                    if self._cut_before_commit:
                        self._cut_before_commit = False
                        self.fired["before_commit"] += 1
                        return False
                    if self._cut_after_commit:
                        self._cut_after_commit = False
                        pair.awaiting_commit_reply = True
            elif pair.awaiting_commit_reply and (
                COMMIT_DONE in data or self._commit_point != COMMIT_QUERY
            ):
                pair.awaiting_commit_reply = False
                self.fired["after_commit"] += 1
                return False
        return True

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self.reset_all()
        for thread in self._threads:
            thread.join(timeout=2)


@contextlib.contextmanager
def proxy_to(database_url: str) -> Iterator[TcpProxy]:
    """A proxy in front of the PostgreSQL server of `database_url`, closed afterwards."""
    url = make_url(database_url)
    proxy = TcpProxy(url.host or LOOPBACK, url.port or 5432)
    try:
        yield proxy
    finally:
        proxy.close()
