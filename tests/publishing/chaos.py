"""Random faults for a running test server, from a seeded RNG (repeatable soak runs).

Uses the server's own fault machinery (:class:`tests.publishing.servers.base.Fault`): each
request to a matching path rolls the dice for each fault listed for that path, and gets the
first that comes up. Hung requests are pre-released, so the server creates the record and then drops
the connection unanswered — the ambiguous case — without any test waiting on a timer.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tests.publishing.servers.api import ApiServer
from tests.publishing.servers.base import Fault, TestServer
from tests.publishing.servers.ildis import IDLE_SECONDS, IldisServer


@dataclass(frozen=True)
class FaultKind:
    """``chance``: how often a request to ``method path…`` gets this fault."""

    name: str
    method: str
    path: str
    make: Callable[[], Fault]
    chance: float = 0.03


def ildis_faults(server: IldisServer) -> list[FaultKind]:
    def status(method: str, path: str, code: int) -> Callable[[], Fault]:
        return lambda: Fault(method, path, "status", status=code)

    def answered_then_dropped() -> Fault:
        fault = Fault("POST", "/backend/peraturan/create", "hang")
        fault.release.set()  # created, then the connection closes without an answer
        return fault

    def expire_session() -> Fault:
        return Fault(
            "POST",
            "/backend/peraturan/create",
            "before",
            hook=lambda: server.state.clock.advance(IDLE_SECONDS + 1),
        )

    create = "/backend/peraturan/create"
    return [
        FaultKind("create 500", "POST", create, status("POST", create, 500), 0.07),
        FaultKind("create 504 (gateway)", "POST", create, status("POST", create, 504), 0.07),
        FaultKind(
            "create dropped mid-upload",
            "POST",
            create,
            lambda: Fault("POST", create, "drop", after_bytes=512),
            0.07,
        ),
        FaultKind("create done, answer lost", "POST", create, answered_then_dropped, 0.1),
        FaultKind("session expired (401 → login)", "POST", create, expire_session, 0.07),
        FaultKind(
            "login 503",
            "POST",
            "/backend/site/login",
            status("POST", "/backend/site/login", 503),
            0.02,
        ),
        FaultKind(
            "look-up 502",
            "GET",
            "/backend/peraturan/index",
            status("GET", "/backend/peraturan/index", 502),
        ),
        FaultKind(
            "publish 500",
            "POST",
            "/backend/verifikasi/publish-view",
            status("POST", "/backend/verifikasi/publish-view", 500),
        ),
        FaultKind("file 503", "GET", "/common/dokumen/", status("GET", "/common/dokumen/", 503)),
        FaultKind(
            "file served as HTML",
            "GET",
            "/common/dokumen/",
            status("GET", "/common/dokumen/", 200),
        ),
        FaultKind(
            "public page 404", "GET", "/dokumen/view", status("GET", "/dokumen/view", 404), 0.05
        ),
    ]


def api_faults(server: ApiServer) -> list[FaultKind]:
    """The upload API without server-side idempotency: a repeated POST makes a duplicate."""
    server.state.honour_idempotency = False
    documents = "/api/documents"

    def status(method: str, path: str, code: int) -> Callable[[], Fault]:
        return lambda: Fault(method, path, "status", status=code)

    def answered_then_dropped() -> Fault:
        fault = Fault("POST", documents, "hang")
        fault.release.set()
        return fault

    return [
        FaultKind("create 500", "POST", documents, status("POST", documents, 500), 0.04),
        FaultKind("create 504 (gateway)", "POST", documents, status("POST", documents, 504), 0.04),
        FaultKind(
            "create dropped mid-upload",
            "POST",
            documents,
            lambda: Fault("POST", documents, "drop", after_bytes=512),
            0.04,
        ),
        FaultKind("create done, answer lost", "POST", documents, answered_then_dropped, 0.06),
        FaultKind("look-up 502", "GET", documents, status("GET", documents, 502)),
        FaultKind("file 503", "GET", "/files/", status("GET", "/files/", 503)),
        FaultKind("file served as HTML", "GET", "/files/", status("GET", "/files/", 200)),
        FaultKind("public page 404", "GET", "/documents/", status("GET", "/documents/", 404)),
    ]


class Chaos:
    """Installs itself on ``server``; ``injected`` counts the faults served, by kind."""

    def __init__(self, server: TestServer, kinds: list[FaultKind], seed: int) -> None:
        self.kinds = kinds
        self.injected: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._original = server.take_fault
        server.take_fault = self._take  # type: ignore[method-assign]

    @property
    def total(self) -> int:
        return sum(self.injected.values())

    def _take(self, method: str, path: str) -> Fault | None:
        fault = self._original(method, path)
        if fault is not None:
            return fault
        candidates = [k for k in self.kinds if k.method == method and path.startswith(k.path)]
        if not candidates:
            return None
        with self._lock:
            for kind in candidates:
                if self._rng.random() < kind.chance:
                    self.injected[kind.name] += 1
                    return kind.make()
        return None
