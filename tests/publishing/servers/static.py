"""Tiny apps for tests of downloads: fixed routes, and a forwarding proxy (127.0.0.1 only)."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from tests.publishing.servers.base import HOST, Request, Response


class RoutesApp:
    """Answers each path with a fixed :class:`Response`; anything else is a 404."""

    def __init__(self, routes: dict[str, Response] | None = None) -> None:
        self.routes: dict[str, Response] = dict(routes or {})

    def handle(self, request: Request) -> Response:
        return self.routes.get(request.path) or Response.html("<h1>404</h1>", 404)


class ForwardProxy:
    """An HTTP forward proxy: takes absolute-form requests and fetches them from 127.0.0.1."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def handle(self, request: Request) -> Response:
        target = urlsplit(request.target)
        if target.hostname != HOST:
            return Response(403, b"this test proxy only reaches 127.0.0.1", "text/plain")
        self.seen.append(request.target)
        with httpx.Client(trust_env=False) as client:
            answer = client.request(request.method, request.target, content=request.body)
        return Response(
            answer.status_code,
            answer.content,
            answer.headers.get("content-type", "application/octet-stream"),
        )
