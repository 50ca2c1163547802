"""A JDIH site with the upload API of ``jdih_desktop.publishing.api`` (contract v1), 127.0.0.1.

Checks the bearer token, validates ``metadata`` against
``resources/schemas/publication-metadata.schema.json``, honours ``Idempotency-Key``, and
serves the uploaded files publicly at ``/files/<name>`` and pages at ``/documents/<id>``.

Standalone: ``python -m tests.publishing.servers.api --port 8124 --token T``.
"""

from __future__ import annotations

import argparse
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

import jsonschema

from tests.publishing.servers.base import Request, Response, TestServer, serve_until_interrupted
from tests.publishing.servers.control import control

SCHEMA = Path(__file__).resolve().parents[3] / "resources" / "schemas"
DEFAULT_TOKEN = "api-token-for-tests"


@dataclass
class ApiState:
    token: str = DEFAULT_TOKEN
    records: dict[str, dict[str, object]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # Idempotency-Key → record id
    next_id: int = 100
    honour_idempotency: bool = True
    lock: threading.RLock = field(default_factory=threading.RLock)


class ApiApp:
    def __init__(self, state: ApiState) -> None:
        self.state = state
        self.base_url = ""
        schema = json.loads(
            (SCHEMA / "publication-metadata.schema.json").read_text(encoding="utf-8")
        )
        self.validator = jsonschema.Draft7Validator(
            schema, format_checker=jsonschema.FormatChecker()
        )

    def handle(self, request: Request) -> Response:
        with self.state.lock:
            path = request.path
            if path.startswith("/files/"):
                content = self.state.files.get(unquote(path.removeprefix("/files/")))
                if content is None:
                    return Response.html("<h1>404</h1>", 404)
                return Response(200, content, "application/pdf")
            if path.startswith("/documents/"):
                record = self.state.records.get(path.removeprefix("/documents/"))
                if record is None:
                    return Response.html("<h1>404</h1>", 404)
                return Response.html(f"<h1>{record['judul']}</h1>")
            if not path.startswith("/api/documents"):
                return Response.html("<h1>404</h1>", 404)
            if request.header("authorization") != f"Bearer {self.state.token}":
                return Response.json_body({"error": "invalid token"}, 401)
            if path == "/api/documents" and request.method == "POST":
                return self._create(request)
            if path == "/api/documents" and request.method == "GET":
                return self._lookup(request)
            if request.method == "DELETE":
                record_id = path.removeprefix("/api/documents/")
                if self.state.records.pop(record_id, None) is None:
                    return Response.json_body({"error": "not found"}, 404)
                return Response(204, b"", "application/json")
            return Response.json_body({"error": "method not allowed"}, 405)

    def _create(self, request: Request) -> Response:
        key = request.header("idempotency-key")
        if key and self.state.honour_idempotency and key in self.state.keys:
            return Response.json_body(self._public(self.state.keys[key]), 200)
        fields, files = request.form()
        try:
            metadata = json.loads(fields.get("metadata", ""))
        except ValueError:
            return Response.json_body({"error": "metadata is not JSON"}, 400)
        errors = [e.message for e in self.validator.iter_errors(metadata)]
        if "file" not in files:
            errors.append("file is required")
        if errors:
            return Response.json_body({"error": "; ".join(errors)}, 422)
        record_id = str(self.state.next_id)
        self.state.next_id += 1
        names = {}
        for part, role in (("file", "main"), ("abstract", "abstrak")):
            if part in files:
                self.state.files[files[part].filename] = files[part].content
                names[role] = files[part].filename
        self.state.records[record_id] = {
            "id": record_id,
            "nomor": metadata["nomor"],
            "tahun": str(metadata["tahun"]),
            "judul": metadata["judul"],
            "names": names,
        }
        if key:
            self.state.keys[key] = record_id
        return Response.json_body(self._public(record_id), 201)

    def _lookup(self, request: Request) -> Response:
        nomor, tahun = request.arg("nomor"), request.arg("tahun")
        limit = int(request.arg("limit", "100") or 100)
        found = [
            self._public(record_id)
            for record_id, record in self.state.records.items()
            if (not nomor or record["nomor"] == nomor) and (not tahun or record["tahun"] == tahun)
        ]
        return Response.json_body(found[:limit])

    def _public(self, record_id: str) -> dict[str, object]:
        record = self.state.records[record_id]
        names = record["names"]
        assert isinstance(names, dict)
        return {
            "id": record_id,
            "url": f"{self.base_url}/documents/{record_id}",
            "nomor": record["nomor"],
            "tahun": record["tahun"],
            "judul": record["judul"],
            "files": {role: f"{self.base_url}/files/{quote(n)}" for role, n in names.items()},
        }


class ApiServer(TestServer):
    def __init__(self, port: int = 0, *, token: str = DEFAULT_TOKEN) -> None:
        self.state = ApiState(token=token)
        app = ApiApp(self.state)
        super().__init__(_WithControl(app, self), port)
        app.base_url = self.url


class _WithControl:
    def __init__(self, app: ApiApp, server: ApiServer) -> None:
        self.app = app
        self.server = server

    def handle(self, request: Request) -> Response:
        if request.path.startswith("/__control__/"):
            return control(self.server, self.server.state, request)
        return self.app.handle(request)


def run_server(port: int = 0, *, token: str = DEFAULT_TOKEN) -> ApiServer:
    server = ApiServer(port, token=token)
    server.start()
    return server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="JDIH upload-API test server (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8124)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args(argv)
    server = run_server(args.port, token=args.token)
    print(f"API test server on {server.url} (Ctrl+C to stop)", flush=True)
    serve_until_interrupted(server.stop)


if __name__ == "__main__":
    main()
