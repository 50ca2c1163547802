"""``/__control__/`` endpoints: steer a test server running in another process.

* ``POST /__control__/advance?seconds=N`` — move the server clock (session expiry, lock-out)
* ``POST /__control__/fault`` — JSON ``{"method", "path", "action", "status", "times"}``
* ``POST /__control__/release`` — release hung/delayed requests
* ``GET /__control__/state`` — records, stored file names and login attempts as JSON
"""

from __future__ import annotations

import json
from typing import Any

from tests.publishing.servers.base import Request, Response, TestServer


def control(server: TestServer, state: Any, request: Request) -> Response:
    action = request.path.removeprefix("/__control__/")
    if action == "advance" and request.method == "POST" and hasattr(state, "clock"):
        state.clock.advance(float(request.arg("seconds", "0")))
        return Response.json_body({"ok": True})
    if action == "fault" and request.method == "POST":
        spec = request.json()
        server.add_fault(
            spec["method"],
            spec["path"],
            spec.get("action", "status"),
            status=int(spec.get("status", 500)),
            times=int(spec.get("times", 1)),
            headers=[tuple(h) for h in spec.get("headers", [])],
        )
        return Response.json_body({"ok": True})
    if action == "release" and request.method == "POST":
        server.release_all()
        return Response.json_body({"ok": True})
    if action == "state" and request.method == "GET":
        with state.lock:
            summary = {
                "records": [
                    {k: v for k, v in record.items() if k != "updated"}
                    for record in state.records.values()
                ],
                "files": sorted(state.files),
                "login_attempts": getattr(state, "login_attempts", []),
            }
        return Response(200, json.dumps(summary, default=str).encode(), "application/json")
    return Response.json_body({"error": "unknown control action"}, 404)
