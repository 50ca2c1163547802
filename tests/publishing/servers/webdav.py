"""A static JDIH site: a real WsgiDAV server for uploads, a plain web server for the public.

Both serve the same folder on 127.0.0.1: ``dav_url`` (basic auth, user ``jdih``) is where
the publisher writes, ``public_url`` is what visitors and the JDIHN harvester read. Faults
can be injected on either side (``dav_faults`` via a WSGI middleware, the public side via
:class:`TestServer`).

Standalone: ``python -m tests.publishing.servers.webdav --root /tmp/site --port 8125``
(public site on port+1).
"""

from __future__ import annotations

import argparse
import mimetypes
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

from tests.publishing.servers.base import (
    HOST,
    RELEASE_TIMEOUT,
    Fault,
    Request,
    Response,
    TestServer,
    serve_until_interrupted,
)

DEFAULT_USER = "jdih"
DEFAULT_PASSWORD = "dav-pass-for-tests"

StartResponse = Callable[..., Any]


class StaticSite:
    """The public web server of the folder: GET a file or 404, nothing else."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def handle(self, request: Request) -> Response:
        path = (self.root / unquote(request.path).lstrip("/")).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return Response.html("<h1>404 Not Found</h1>", 404)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return Response(200, path.read_bytes(), content_type)


class _FaultMiddleware:
    def __init__(self, app: Any, server: WebDavServer) -> None:
        self.app = app
        self.server = server

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        fault = self.server.take_dav_fault(method, path)
        if fault is not None and fault.action == "status":
            start_response(f"{fault.status} Fault", [("Content-Type", "text/plain")])
            return [b"fault"]
        if fault is not None and fault.action == "before" and fault.hook is not None:
            fault.hook()
        result = self.app(environ, start_response)
        if fault is not None and fault.action in ("hang", "delay"):
            result = list(result)  # let the app finish its work (e.g. the file is written)
            fault.entered.set()
            fault.release.wait(RELEASE_TIMEOUT)
        return result


class WebDavServer:
    def __init__(
        self,
        root: Path,
        *,
        username: str = DEFAULT_USER,
        password: str = DEFAULT_PASSWORD,
        port: int = 0,
        public_port: int = 0,
    ) -> None:
        self.root = root
        self.dav_faults: list[Fault] = []
        self.dav_requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        config = {
            "host": HOST,
            "port": port,
            "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": {"*": {username: {"password": password}}}},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": True,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
            "lock_storage": True,
            "property_manager": True,
        }
        app = _FaultMiddleware(WsgiDAVApp(config), self)
        self._dav = wsgi.Server((HOST, port), app, numthreads=8)
        self._dav.expiration_interval = 0.05  # how long stop() may wait for the serve loop
        self._dav.prepare()
        self._dav_thread = threading.Thread(target=self._dav.serve, daemon=True)
        self.public = TestServer(StaticSite(root), public_port)

    @property
    def dav_url(self) -> str:
        return f"http://{HOST}:{self._dav.bind_addr[1]}"

    @property
    def public_url(self) -> str:
        return self.public.url

    def add_dav_fault(self, method: str, path: str, action: str, **options: Any) -> Fault:
        fault = Fault(method.upper(), path, action, **options)
        with self._lock:
            self.dav_faults.append(fault)
        return fault

    def take_dav_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.dav_requests.append((method, path))
            for fault in self.dav_faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    fault.hits += 1
                    return fault
        return None

    def start(self) -> WebDavServer:
        self._dav_thread.start()
        self.public.start()
        return self

    def stop(self) -> None:
        with self._lock:
            for fault in self.dav_faults:
                fault.release.set()
        self.public.stop()
        self._dav.stop()
        self._dav_thread.join(timeout=10)

    def __enter__(self) -> WebDavServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_server(root: Path | None = None, **options: Any) -> WebDavServer:
    root = root or Path(tempfile.mkdtemp(prefix="jdih-webdav-"))
    return WebDavServer(root, **options).start()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="WebDAV + static JDIH test site (127.0.0.1)")
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--port", type=int, default=8125, help="0: any free port")
    args = parser.parse_args(argv)
    # The public site takes the next port; with --port 0 both take any free port (tests).
    server = run_server(args.root, port=args.port, public_port=args.port + 1 if args.port else 0)
    print(f"WebDAV on {server.dav_url}, public site on {server.public_url}", flush=True)
    serve_until_interrupted(server.stop)


if __name__ == "__main__":
    main()
