"""Seconds and logins per publication through the outbox, ILDIS and the upload API.

    .venv/bin/python benchmarks/publish_throughput.py [--publications 50] [--login-delay 0.7]

The loopback ILDIS test server (``tests/publishing/servers/ildis.py``) charges each login
``--login-delay`` seconds, standing for ILDIS's bcrypt cost 13 (~0.7 s on a server CPU; 1.2
to 2.2 s were observed on a real ILDIS 4 on this loaded 2-core machine). Three runs of the
same decrees in one process, each through ``Outbox.run_until_idle``:

* ILDIS, operator + verifier accounts (create, TEU, subjects, publish, prove);
* ILDIS, operator only (records wait for the site's verifier);
* the upload API (no login): the reference the ILDIS figures are divided by.

Prints seconds per publication, logins per publication (goal: 1 per account) and the share
of the ILDIS time spent in logins. Nothing is asserted: figures, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def run(kind: str, publications: int, login_delay: float, *, verifier: bool) -> dict[str, float]:
    from jdih_desktop.publishing import CredentialStore, HttpSettings, account_name
    from tests.publishing.outbox_env import ildis_options, open_office, store_ildis_passwords
    from tests.publishing.servers.api import ApiServer
    from tests.publishing.servers.ildis import IldisServer
    from tests.publishing.servers.keyrings import MemoryKeyring

    work = Path(tempfile.mkdtemp(prefix="jdih-publish-bench-"))
    data = work / "data"
    data.mkdir()
    credentials = CredentialStore(MemoryKeyring())
    http = HttpSettings(connect_timeout=5, read_timeout=30, write_timeout=30, trust_env=False)
    server: ApiServer | IldisServer
    if kind == "ildis":
        server = IldisServer(login_delay=login_delay).start()
        store_ildis_passwords(credentials, server)
        options = ildis_options(server, **({} if verifier else {"verifier_username": ""}))
    else:
        server = ApiServer().start()
        credentials.set_secret(account_name("api", server.url), server.state.token)
        options = {"base_url": server.url}
    office = open_office(data, credentials, http, kind=kind, options=options)
    try:
        documents = [office.decree(at_step_4=False)[0] for _ in range(publications)]
        for document_id in documents:
            office.outbox.enqueue(office.operator, document_id)
        started = time.perf_counter()
        office.outbox.run_until_idle()
        elapsed = time.perf_counter() - started
        states = [row.state for row in office.outbox.store.rows()]
        logins = len(getattr(server.state, "login_attempts", []))
    finally:
        office.context.close()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return {
        "seconds": elapsed / publications,
        "logins": logins / publications,
        "login_share": logins * login_delay / elapsed if kind == "ildis" else 0.0,
        "done": sum(state in ("published", "awaiting") for state in states) / publications,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--publications", type=int, default=50)
    parser.add_argument("--login-delay", type=float, default=0.7, help="seconds per login")
    args = parser.parse_args()
    n, delay = args.publications, args.login_delay
    api = run("api", n, delay, verifier=False)
    both = run("ildis", n, delay, verifier=True)
    operator = run("ildis", n, delay, verifier=False)
    print(f"{n} publications each, login delay {delay:.2f} s")
    print(f"{'target':34} {'s/publication':>13} {'logins/pub':>10} {'login share':>11} "
          f"{'vs API':>7} {'ok':>5}")
    for name, figures in (
        ("API (reference, no login)", api),
        ("ILDIS operator + verifier", both),
        ("ILDIS operator only (awaiting)", operator),
    ):
        print(
            f"{name:34} {figures['seconds']:13.3f} {figures['logins']:10.2f} "
            f"{figures['login_share']:10.0%} {figures['seconds'] / api['seconds']:6.1f}x "
            f"{figures['done']:5.0%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
