"""A small threaded HTTP server for tests, with deterministic fault injection.

Apps are plain objects with ``handle(request) -> Response``; this module does the socket
work, so a fault can act at the transport level: answer with a status, drop the connection
halfway through the upload, or take the whole upload (and run the app: the record is
created) and then hang until the test releases it — the "timeout after the body was
received" case, made deterministic by an Event instead of a sleep.

Only ever binds 127.0.0.1.
"""

from __future__ import annotations

import json
import signal
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol, Self
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
RELEASE_TIMEOUT = 60.0  # upper bound only: tests release hung requests explicitly


class Clock:
    """Wall time plus an offset the test can advance (session expiry, lock-outs)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds


@dataclass
class UploadedFile:
    filename: str
    content: bytes
    content_type: str


@dataclass
class Request:
    method: str
    target: str  # as sent: a path, or an absolute URL when we are used as a proxy
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    cookies: dict[str, str]

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def form(self) -> tuple[dict[str, str], dict[str, UploadedFile]]:
        """Fields and files of an urlencoded or multipart body (like PHP's $_POST/$_FILES)."""
        content_type = self.header("content-type")
        if content_type.startswith("application/x-www-form-urlencoded"):
            parsed = parse_qs(self.body.decode("utf-8"), keep_blank_values=True)
            return {k: v[-1] for k, v in parsed.items()}, {}
        if not content_type.startswith("multipart/form-data"):
            return {}, {}
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + self.body
        )
        fields: dict[str, str] = {}
        files: dict[str, UploadedFile] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            raw = part.get_payload(decode=True)
            payload = raw if isinstance(raw, bytes) else b""
            filename = part.get_filename()
            if filename is not None:
                files[str(name)] = UploadedFile(
                    filename, payload, part.get_content_type()
                )
            else:
                fields[str(name)] = payload.decode("utf-8")
        return fields, files

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    chunked: bool = False  # no Content-Length: the client cannot know the size up front

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        return cls(status, text.encode("utf-8"))

    @classmethod
    def json_body(cls, data: Any, status: int = 200) -> Response:
        return cls(status, json.dumps(data).encode("utf-8"), "application/json")

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(302, b"", headers=[("Location", location)])

    def set_cookie(self, name: str, value: str) -> Response:
        self.headers.append(("Set-Cookie", f"{name}={value}; Path=/; HttpOnly"))
        return self


class App(Protocol):
    def handle(self, request: Request) -> Response: ...


@dataclass
class Fault:
    """One injected failure for requests matching ``method`` and a path starting with ``path``.

    Actions: ``status`` (answer ``status`` with ``headers`` without running the app),
    ``drop`` (read ``after_bytes`` of the body, then reset the connection), ``hang`` (read
    the body, run the app, then hold the connection until released and close it unanswered),
    ``delay`` (hold until released, then answer normally), ``before`` (call ``hook`` and then
    handle normally — e.g. advance the clock).
    """

    method: str
    path: str
    action: str
    status: int = 500
    headers: list[tuple[str, str]] = field(default_factory=list)
    times: int = 1
    after_bytes: int = 16 * 1024
    hook: Callable[[], None] | None = None
    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        return self.times != 0 and method == self.method and path.startswith(self.path)


class TestServer:
    """Serves ``app`` on 127.0.0.1 in a daemon thread; use as a context manager."""

    __test__ = False  # not a pytest class

    def __init__(self, app: App, port: int = 0, *, tls: ssl.SSLContext | None = None) -> None:
        self.app = app
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(
            (HOST, port), _make_handler(self), bind_and_activate=False
        )
        # A small, fixed receive buffer (inherited by accepted sockets) bounds how much of an
        # upload the kernel can swallow before a "drop" fault resets the connection, so a
        # large enough body is certain to be cut off mid-way.
        self._httpd.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
        self._httpd.server_bind()
        self._httpd.server_activate()
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://{HOST}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release_all()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_fault(self, method: str, path: str, action: str, **options: Any) -> Fault:
        fault = Fault(method.upper(), path, action, **options)
        with self._lock:
            self.faults.append(fault)
        return fault

    def release_all(self) -> None:
        with self._lock:
            for fault in self.faults:
                fault.release.set()

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.requests.append((method, path))
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    fault.hits += 1
                    return fault
        return None

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return sum(1 for m, p in self.requests if m == method and p.startswith(path))


def _make_handler(server: TestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Buffered: headers and body leave in one write (flushed after each request), which
        # avoids the Nagle/delayed-ACK stall of two small writes on a kept-alive connection.
        wbufsize = 64 * 1024

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def _dispatch(self) -> None:
            parts = urlsplit(self.path)
            fault = server.take_fault(self.command, parts.path)
            if fault is not None and fault.action == "drop":
                self._drop(fault)
                return
            if fault is not None and fault.action == "delay":
                fault.entered.set()
                fault.release.wait(RELEASE_TIMEOUT)
            if fault is not None and fault.action == "before" and fault.hook is not None:
                fault.hook()
            body = self._read_body()
            declared = self.headers.get("Content-Length")
            if declared and len(body) < int(declared):
                # The client went away mid-upload: like PHP, never run the app on half a body.
                self.close_connection = True
                return
            if fault is not None and fault.action == "status":
                self._send(Response(fault.status, b"fault", "text/plain", list(fault.headers)))
                return
            request = Request(
                method=self.command,
                target=self.path,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                cookies=_cookies(self.headers.get("Cookie", "")),
            )
            try:
                response = server.app.handle(request)
            except Exception as exc:  # a bug in a test app must show, not hang the client
                response = Response(500, repr(exc).encode(), "text/plain")
            if fault is not None and fault.action == "hang":
                fault.entered.set()
                fault.release.wait(RELEASE_TIMEOUT)
                self.close_connection = True
                return
            self._send(response)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _dispatch

        def _read_body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _drop(self, fault: Fault) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(min(length, fault.after_bytes))
            # Linger 0: closing with unread data sends a reset, like a crashed proxy.
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            fault.entered.set()
            self.close_connection = True

        def _send(self, response: Response) -> None:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            if response.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command == "HEAD":
                return
            if not response.chunked:
                self.wfile.write(response.body)
                return
            for start in range(0, len(response.body), 32 * 1024):
                chunk = response.body[start : start + 32 * 1024]
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")

    return Handler


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    jar.load(header)
    return {key: morsel.value for key, morsel in jar.items()}


def serve_until_interrupted(stop: Callable[[], None]) -> None:
    """Block until Ctrl+C (SIGINT) or SIGTERM, then ``stop()``: a standalone server's main loop.

    A process started in the background of a shell without job control inherits SIGINT as
    *ignored*, and Python then installs no KeyboardInterrupt handler, so Ctrl+C (or a test's
    SIGINT) would never stop the server. Both signals are set here, whatever was inherited.
    """

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        stop()
