"""``jdih publish|outbox|verify-url|feed`` against the ILDIS test server.

``jdih`` runs in this process (:func:`tests.support.cli_runner.run_jdih`: its own streams,
environment and working folder), with the file-backed test keyring set for each call and read
afresh, as a new process would. Two tests start real processes: the uploader killed with
SIGKILL mid-upload, and ``site password`` on a headless PC, where the keyring is chosen by
``PYTHON_KEYRING_BACKEND`` at start-up.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from jdih_desktop.paths import resolve_paths
from jdih_desktop.publishing import CredentialStore, HttpSettings, account_name, validate_feed
from jdih_desktop.publishing.outbox_store import UPLOADING
from tests.publishing.outbox_env import (
    ildis_options,
    open_office,
    store_ildis_passwords,
    write_config,
)
from tests.publishing.servers.ildis import IldisServer
from tests.publishing.servers.keyrings import FILE_ENV, FileKeyring
from tests.support.cli_runner import run_jdih

ROOT = Path(__file__).resolve().parents[2]
CREATE = "/backend/peraturan/create"
Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture()
def keyring_file(tmp_path: Path) -> Path:
    return tmp_path / "keyring.json"


@pytest.fixture()
def file_credentials(keyring_file: Path) -> CredentialStore:
    return CredentialStore(FileKeyring(keyring_file))


@pytest.fixture()
def cli_env(keyring_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("JDIH_DATA_DIR", None)
    env.update(
        {
            "PYTHON_KEYRING_BACKEND": "tests.publishing.servers.keyrings.FileKeyring",
            FILE_ENV: str(keyring_file),
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


@pytest.fixture()
def jdih(data_dir: Path, cli_env: dict[str, str], keyring_file: Path) -> Runner:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        previous = keyring.get_keyring()
        # What a new process would find: the file as the tests' store last wrote it.
        keyring.set_keyring(FileKeyring(keyring_file))
        try:
            return run_jdih([*args, "--data-dir", str(data_dir)], env=cli_env, cwd=ROOT)
        finally:
            keyring.set_keyring(previous)

    return run


def prepare(
    data_dir: Path,
    server: IldisServer,
    credentials: CredentialStore,
    http: HttpSettings,
    main_size: int = 8192,
    **targets: Any,
) -> tuple[int, int, str]:
    """An office with one archived decree whose request waits at step 4; (doc, request, sha)."""
    store_ildis_passwords(credentials, server)
    options = ildis_options(server, max_upload_bytes=64 * 1024 * 1024)
    office = open_office(data_dir, credentials, http, options=options, **targets)
    try:
        document_id, request_id = office.decree(main_size=main_size)
        archived = office.context.archive.get(document_id).file("main")
        assert archived is not None and request_id is not None
        return document_id, request_id, archived.sha256
    finally:
        office.context.close()


def outbox_rows(jdih: Runner) -> list[dict[str, Any]]:
    listing = jdih("outbox", "list", "--all", "--json")
    assert listing.returncode == 0, listing.stderr
    rows: list[dict[str, Any]] = json.loads(listing.stdout)
    return rows


def test_jdih_publish_wait_creates_one_record_and_completes_step_4(
    data_dir: Path,
    ildis_server: IldisServer,
    file_credentials: CredentialStore,
    http_settings: HttpSettings,
    jdih: Runner,
    tmp_path: Path,
) -> None:
    document_id, request_id, sha = prepare(data_dir, ildis_server, file_credentials, http_settings)

    result = jdih("publish", str(document_id), "--by", "andi", "--wait")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    (record,) = ildis_server.state.records.values()
    url = f"{ildis_server.url}/dokumen/view?id={record['id']}"
    assert lines[0] == "1"
    assert f"terbit di {url}" in result.stdout and sha[:12] in result.stdout
    assert f"Langkah 4 permohonan {request_id} selesai: {url}" in result.stdout
    served = ildis_server.state.files[str(record["main_file"])]
    assert hashlib.sha256(served).hexdigest() == sha
    shown = jdih("request", "show", str(request_id))
    step_4 = next(line for line in shown.stdout.splitlines() if line.startswith("4 "))
    assert "selesai" in step_4 and "andi" in step_4
    assert url in shown.stdout  # the timeline shows the proof of publication
    (row,) = outbox_rows(jdih)
    assert row["state"] == "published" and row["url"] == url and row["verified_sha256"] == sha
    # Publishing again: already published, nothing sent.
    again = jdih("publish", str(document_id), "--by", "andi", "--wait")
    assert again.returncode == 0 and "terbit" in again.stdout
    assert ildis_server.count("POST", CREATE) == 1

    feed_file = tmp_path / "document.json"
    feed = jdih("feed", "-o", str(feed_file))
    assert feed.returncode == 0, feed.stderr
    records = json.loads(feed_file.read_text(encoding="utf-8"))
    validate_feed(records)
    assert [r["noPeraturan"] for r in records] == [str(record["fields"]["nomor_peraturan"])]
    # The site's record id and page, never the archive's document id.
    assert [(r["idData"], r["urlDetailPeraturan"]) for r in records] == [
        (row["remote_id"], row["url"])
    ]


def test_outbox_cancel_retry_and_run_once(
    data_dir: Path,
    ildis_server: IldisServer,
    file_credentials: CredentialStore,
    http_settings: HttpSettings,
    jdih: Runner,
) -> None:
    document_id, _, _ = prepare(data_dir, ildis_server, file_credentials, http_settings)
    queued = jdih("publish", str(document_id), "--by", "andi")
    assert queued.returncode == 0 and "antrean" in queued.stdout.lower()
    publication = queued.stdout.splitlines()[0]
    assert "antre" in jdih("outbox", "list").stdout
    assert jdih("outbox", "cancel", publication, "--by", "andi").returncode == 0
    assert jdih("outbox", "list").stdout.strip() == "Antrean penerbitan kosong."
    assert jdih("outbox", "run", "--once", "--by", "andi").returncode == 0
    assert ildis_server.state.records == {}
    assert jdih("outbox", "retry", publication, "--by", "andi").returncode == 0
    run = jdih("outbox", "run", "--once", "--by", "andi")
    assert run.returncode == 0, run.stderr
    assert "terbit" in run.stdout
    assert len(ildis_server.state.records) == 1
    assert jdih("outbox", "cancel", publication, "--by", "andi").returncode == 1


def test_export_then_verify_url_or_override(
    data_dir: Path,
    ildis_server: IldisServer,
    file_credentials: CredentialStore,
    http_settings: HttpSettings,
    jdih: Runner,
    tmp_path: Path,
) -> None:
    drive = tmp_path / "flashdisk"
    drive.mkdir()
    ekspor = {"kind": "export", "target_dir": str(drive), "site_base_url": ildis_server.url}
    document_id, request_id, sha = prepare(
        data_dir, ildis_server, file_credentials, http_settings, ekspor=ekspor
    )
    exported = jdih("publish", str(document_id), "--to", "ekspor", "--by", "andi", "--wait")
    assert exported.returncode == 0, exported.stderr
    assert "menunggu" in exported.stdout and "jdih verify-url" in exported.stdout
    (package,) = [p for p in drive.iterdir() if p.is_dir()]
    main_pdf = next(p for p in package.glob("*.pdf") if "abstrak" not in p.name)
    # A site that cannot be reached: refused, unless the operator gives a reason.
    dead = "http://127.0.0.1:9/common/dokumen/x.pdf"
    refused = jdih("verify-url", str(document_id), dead, "--to", "ekspor", "--by", "andi")
    assert refused.returncode == 1 and "terhubung" in refused.stderr
    # The operator uploads by hand, then pastes the file's URL: it is downloaded and proven.
    ildis_server.state.files[main_pdf.name] = main_pdf.read_bytes()
    file_url = f"{ildis_server.url}/common/dokumen/{main_pdf.name}"
    proven = jdih("verify-url", str(document_id), file_url, "--to", "ekspor", "--by", "andi")
    assert proven.returncode == 0, proven.stderr
    assert sha[:12] in proven.stdout and f"permohonan {request_id} selesai" in proven.stdout
    (row,) = outbox_rows(jdih)
    assert row["state"] == "published" and row["verified_sha256"] == sha


def test_override_when_the_site_cannot_be_reached(
    data_dir: Path,
    ildis_server: IldisServer,
    file_credentials: CredentialStore,
    http_settings: HttpSettings,
    jdih: Runner,
) -> None:
    document_id, request_id, _ = prepare(data_dir, ildis_server, file_credentials, http_settings)
    dead = "http://127.0.0.1:9/dokumen/view?id=7"
    result = jdih(
        "verify-url",
        str(document_id),
        dead,
        "--by",
        "andi",
        "--override-reason",
        "Situs diblokir proxy kantor",
    )
    assert result.returncode == 0, result.stderr
    assert "tanpa bukti" in result.stdout and f"permohonan {request_id} selesai" in result.stdout
    (row,) = outbox_rows(jdih)
    assert row["state"] == "published" and row["verified_at"] is None
    assert row["note"] == "override: Situs diblokir proxy kantor"


@pytest.fixture()
def big_ildis() -> Iterator[IldisServer]:
    with IldisServer(upload_max=64 * 1024 * 1024) as server:
        yield server


@pytest.mark.parametrize("moment", ["mid-body", "after-body"])
def test_kill_9_mid_upload_then_restart_publishes_exactly_once(
    moment: str,
    data_dir: Path,
    big_ildis: IldisServer,
    file_credentials: CredentialStore,
    http_settings: HttpSettings,
    cli_env: dict[str, str],
    jdih: Runner,
) -> None:
    """``jdih outbox run`` is killed while the server holds its upload; a restart finishes.

    ``mid-body``: the server stalls before reading a 6 MB body, so the client is blocked
    half-way through sending it. ``after-body``: the server took the whole body and created
    the record, and stalls before answering. Either way the kill lands at that exact point
    (the server's ``entered`` event), not after a guessed sleep.
    """
    document_id, request_id, sha = prepare(
        data_dir, big_ildis, file_credentials, http_settings, main_size=6 * 1024 * 1024
    )
    assert jdih("publish", str(document_id), "--by", "andi").returncode == 0
    stall = big_ildis.add_fault("POST", CREATE, "delay" if moment == "mid-body" else "hang")
    log = data_dir.parent / "worker.log"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jdih_desktop.cli.main",
            "outbox",
            "run",
            "--by",
            "andi",
            "--data-dir",
            str(data_dir),
        ],
        env=cli_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if not stall.entered.wait(120):  # an upper bound only: set when the upload is held
            app_logs = resolve_paths(data_dir).log_dir.glob("*")
            details = "".join(p.read_text(errors="replace") for p in app_logs if p.is_file())
            pytest.fail("the worker never reached the upload:\n" + log.read_text() + details)
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    finally:
        if worker.poll() is None:
            worker.kill()
    stall.release.set()
    (row,) = outbox_rows(jdih)
    assert row["state"] == UPLOADING  # the dead worker's row, as a crash leaves it
    expected_before = 0 if moment == "mid-body" else 1
    assert len(big_ildis.state.records) == expected_before

    restart = jdih("outbox", "run", "--once", "--by", "andi")

    assert restart.returncode == 0, restart.stderr + restart.stdout
    (row,) = outbox_rows(jdih)
    assert row["state"] == "published" and row["verified_sha256"] == sha
    assert row["attempts"] == 2
    (record,) = big_ildis.state.records.values()  # exactly one record on the site
    served = big_ildis.state.files[str(record["main_file"])]
    assert hashlib.sha256(served).hexdigest() == sha
    creates = big_ildis.count("POST", CREATE)
    assert creates == (2 if moment == "mid-body" else 1)
    shown = jdih("request", "show", str(request_id))
    step_4 = next(line for line in shown.stdout.splitlines() if line.startswith("4 "))
    assert "selesai" in step_4


def test_site_password_headless_from_stdin(
    data_dir: Path,
    ildis_server: IldisServer,
    cli_env: dict[str, str],
    keyring_file: Path,
) -> None:
    """A PC with no desktop and no GUI: both ILDIS passwords from standard input."""
    write_config(data_dir, "ildis", ildis_options(ildis_server))
    done = subprocess.run(
        [sys.executable, "-m", "jdih_desktop.cli.main", "site", "password", "--check",
         "--data-dir", str(data_dir)],
        input="operator-pass\nverifikator-pass\n",
        capture_output=True,
        text=True,
        env=cli_env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "operator-pass" not in done.stdout + done.stderr  # never echoed
    stored = CredentialStore(FileKeyring(keyring_file))  # what the process wrote
    for user, secret in (("operator", "operator-pass"), ("verifikator", "verifikator-pass")):
        assert stored.get_secret(account_name("ildis", ildis_server.url, user)) == secret
    assert [ok for _, ok in ildis_server.state.login_attempts] == [True, True]  # --check
    # An empty line is refused with a message, nothing stored.
    empty = subprocess.run(
        [sys.executable, "-m", "jdih_desktop.cli.main", "site", "password", "--user",
         "verifikator", "--data-dir", str(data_dir)],
        input="\n", capture_output=True, text=True, env=cli_env, cwd=ROOT, timeout=120,
    )
    assert empty.returncode != 0 and "tidak boleh kosong" in empty.stderr
