"""``kill -9`` at random points during import, OCR import, publish, backup and scan; then the
next start. Prints, per operation and database engine, how many trials recovered.

    .venv/bin/python benchmarks/kill_trials.py [--trials 50] [--ops import,ocr,publish,backup,scan]
                                               [--engines sqlite,postgres] [--seed 1]

Each trial starts the real ``jdih`` command as its own process, waits a random time between 0
and the time one uninterrupted run of the same operation took (measured first, in this run),
and sends SIGKILL. Then the next start, ``jdih verify`` (it opens the data folder as the app
does, which sweeps what dead processes left, then checks the audit chain, every stored file and
the database). A trial is

* **inconsistent** when ``jdih verify`` fails, or scanned pages are lost (a spooled page that
  the next start does not offer, or cannot read);
* **left junk** when, after that start, ``<data>/tmp`` or the system temp folder (``TMPDIR``,
  one per office here) still holds a dead process's files or folders, or the store holds a file
  the database does not know;
* **orphans** counts the killed process's children still alive 10 s after the kill;
* **recovered** otherwise.

PostgreSQL runs on a throwaway cluster (``tests/support/postgres.py``), as the tests do.
Nothing is asserted: figures, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.processes import descendants, process_gone  # noqa: E402

ADMIN, PASSWORD = "admin", "rahasia-admin-1"
OPS = ("import", "ocr", "publish", "backup", "scan")


@dataclass
class Office:
    data: Path
    env: dict[str, str]
    work: Path
    serial: int = 0
    documents: list[int] = field(default_factory=list)
    server: object | None = None

    def jdih(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.command(*args)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
            check=False,
        )

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "jdih_desktop.cli.main", *args, "--data-dir", str(self.data)]


# --- the operations: each returns the command of one trial -----------------------------------


def _decree_pdf(office: Office, scanned: bool) -> Path:
    from tests.documents.decree_pdfs import decree_text, scanned_decree_pdf, text_decree_pdf

    office.serial += 1
    text = decree_text("01_dpt_soppeng_2023").replace(
        "NOMOR 19 TAHUN 2023", f"NOMOR {100 + office.serial} TAHUN 2023"
    )
    path = office.work / f"sk-{office.serial}.pdf"
    if scanned:
        return scanned_decree_pdf(text, path, pages=1)
    return text_decree_pdf(text, path)


def op_import(office: Office) -> list[str]:
    return office.command("import", str(_decree_pdf(office, False)), "--by", ADMIN)


def op_ocr(office: Office) -> list[str]:
    return office.command("import", str(_decree_pdf(office, True)), "--by", ADMIN)


def op_backup(office: Office) -> list[str]:
    office.serial += 1
    return office.command(
        "backup", "-o", str(office.work / f"b-{office.serial}.zip"), "--by", ADMIN
    )


def op_scan(office: Office) -> list[str]:
    office.serial += 1
    out = office.work / f"scan-{office.serial}"
    return office.command(
        "scan",
        "--device",
        "sane:test:0",
        "--source",
        "adf",
        "--mode",
        "gray",
        "--dpi",
        "75",
        "--page-size",
        "custom:100x100",
        "--option",
        "read-delay=yes",
        "--option",
        "read-delay-duration=100000",
        "-o",
        str(out),
    )


def op_publish(office: Office) -> list[str]:
    document = office.documents.pop()
    return office.command("publish", str(document), "--by", "andi", "--wait")


# --- offices ---------------------------------------------------------------------------------


@contextlib.contextmanager
def engine_env(engine: str) -> Iterator[Callable[[], dict[str, str]]]:
    """Yields a maker of environments, each pointing at a fresh database of ``engine``."""
    base = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    base.pop("JDIH_DATA_DIR", None)
    base.pop("JDIH_DATABASE_URL", None)
    base["PYTHONPATH"] = str(ROOT)
    base["OMP_THREAD_LIMIT"] = "1"
    if engine == "sqlite":
        yield lambda: dict(base)
        return
    from tests.support.postgres import running_cluster

    with running_cluster() as cluster:
        yield lambda: {**base, "JDIH_DATABASE_URL": cluster.create_database()}


def make_office(op: str, env: dict[str, str], root: Path) -> Office:
    work = Path(tempfile.mkdtemp(prefix=f"{op}-", dir=root))
    data = work / "data"
    data.mkdir()
    office = Office(data, env, work)
    system_tmp = work / "system-tmp"  # the system temp folder, as these processes see it
    system_tmp.mkdir()
    env["TMPDIR"] = str(system_tmp)
    if op == "scan":
        sane = work / "sane.d"
        sane.mkdir()
        (sane / "dll.conf").write_text("test\n")
        shutil.copy("/etc/sane.d/test.conf", sane / "test.conf")
        env["SANE_CONFIG_DIR"] = str(sane)
    if op == "publish":
        return publishing_office(office)
    made = subprocess.run(
        office.command("users", "add", ADMIN, "--role", "administrator", "--password-stdin"),
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if made.returncode != 0:
        raise SystemExit(made.stderr)
    if op == "backup":  # something to back up
        for _ in range(3):
            office.jdih("import", str(_decree_pdf(office, False)), "--by", ADMIN)
    return office


def publishing_office(office: Office) -> Office:
    """An office with decrees waiting at step 4 and the loopback ILDIS test server."""
    from jdih_desktop.publishing import CredentialStore, HttpSettings
    from tests.publishing.outbox_env import ildis_options, open_office, store_ildis_passwords
    from tests.publishing.servers.ildis import run_server
    from tests.publishing.servers.keyrings import FILE_ENV, FileKeyring

    keyring_file = office.work / "keyring.json"
    office.env.update(
        {
            "PYTHON_KEYRING_BACKEND": "tests.publishing.servers.keyrings.FileKeyring",
            FILE_ENV: str(keyring_file),
        }
    )
    server = run_server()
    credentials = CredentialStore(FileKeyring(keyring_file))
    store_ildis_passwords(credentials, server)
    url = office.env.get("JDIH_DATABASE_URL")
    with _env({"JDIH_DATABASE_URL": url} if url else {}):
        opened = open_office(
            office.data,
            credentials,
            HttpSettings(connect_timeout=5, read_timeout=10, write_timeout=10, trust_env=False),
            options=ildis_options(server, max_upload_bytes=64 * 1024 * 1024),
        )
        try:
            for _ in range(TRIALS + 1):
                document, _request = opened.decree()
                office.documents.append(document)
        finally:
            opened.context.close()
    office.server = server
    return office


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


# --- one trial -------------------------------------------------------------------------------


def lost_pages(office: Office) -> tuple[int, int]:
    """(sessions offered, pages lost) in the spool after the next start; the sessions go."""
    from PIL import Image

    from scanner import ScanClient

    spool = office.data / "spool"
    if not spool.is_dir():
        return 0, 0
    offered, lost = 0, 0
    on_disk = {
        p for p in spool.rglob("*") if p.is_file() and p.suffix in (".png", ".tif", ".tiff", ".jpg")
    }
    sessions = ScanClient.recover(spool, wait=20.0)
    seen: set[Path] = set()
    for session in sessions:
        offered += 1
        for page in session.pages:
            seen.add(Path(page.path))
            try:
                with Image.open(page.path) as image:
                    image.load()
            except Exception:
                lost += 1
        session.discard()
    lost += len({p for p in on_disk if p.exists() and p not in seen and ".tmp" not in p.name})
    return offered, lost


def _junk(office: Office) -> set[Path]:
    """Files and empty folders left in ``<data>/tmp``, the system temp folder, and beside the
    backups (a backup's scratch and unfinished zip live beside its output file)."""
    found = {
        p
        for folder in (office.data / "tmp", office.work / "system-tmp")
        if folder.exists()
        for p in folder.rglob("*")
        if p.is_file() or (p.is_dir() and not any(p.iterdir()))
    }
    return found | {
        p
        for p in office.work.rglob("*")
        if any(n.startswith((".jdih-backup", ".b-")) for n in p.relative_to(office.work).parts)
        and (p.is_file() or (p.is_dir() and not any(p.iterdir())))
    }


def trial(
    op: str, office: Office, build: Callable[[Office], list[str]], limit: float, rng: random.Random
) -> Counter[str]:
    outcome: Counter[str] = Counter()
    junk_before = _junk(office)  # count only what this trial leaves
    proc = subprocess.Popen(
        build(office), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=office.env
    )
    deadline = time.monotonic() + rng.uniform(0.0, limit)
    family: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        family |= descendants(proc.pid)
        time.sleep(0.02)
    if proc.poll() is None:
        family |= descendants(proc.pid)
        proc.kill()
        outcome["killed"] += 1
    else:
        outcome["finished first"] += 1
    proc.wait()
    ends = time.monotonic() + 10
    while any(not process_gone(p) for p in family) and time.monotonic() < ends:
        time.sleep(0.05)
    survivors = [p for p in family if not process_gone(p)]
    outcome["orphans"] += len(survivors)
    for pid in survivors:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    check = office.jdih("verify")  # the next start, then the check
    pages_lost = lost_pages(office)[1] if op == "scan" else 0
    if op == "backup":  # a backup's leftovers beside its file go with the next backup there
        subprocess.run(op_backup(office), capture_output=True, env=office.env, check=False)
    junk = sorted(_junk(office) - junk_before)
    unknown = "tidak tercatat" in check.stdout + check.stderr
    if check.returncode != 0 or pages_lost:
        outcome["inconsistent"] += 1
        said = (check.stdout + check.stderr)[-600:]
        print(f"  {op}: verify {check.returncode}, pages lost {pages_lost}: {said}", flush=True)
    elif junk or unknown:
        outcome["left junk"] += 1
        names = [str(p.relative_to(office.work)) for p in junk][:3]
        print(f"  {op}: junk {names}, a stored file the database does not know: {unknown}")
    else:
        outcome["recovered"] += 1
    return outcome


BUILDERS: dict[str, Callable[[Office], list[str]]] = {
    "import": op_import,
    "ocr": op_ocr,
    "publish": op_publish,
    "backup": op_backup,
    "scan": op_scan,
}
TRIALS = 50


def run(engine: str, ops: list[str], trials: int, seed: int) -> dict[str, Counter[str]]:
    rng = random.Random(seed)
    results: dict[str, Counter[str]] = {}
    root = Path(tempfile.mkdtemp(prefix=f"jdih-kill-{engine}-"))
    try:
        with engine_env(engine) as new_env:
            for op in ops:
                office = make_office(op, new_env(), root)
                started = time.monotonic()
                reference = subprocess.run(
                    BUILDERS[op](office),
                    capture_output=True,
                    text=True,
                    env=office.env,
                    check=False,
                )
                limit = time.monotonic() - started
                if reference.returncode != 0:
                    print(f"{engine} {op}: the uninterrupted run failed: {reference.stderr[-600:]}")
                    continue
                if op == "scan":
                    lost_pages(office)
                print(f"{engine} {op}: one uninterrupted run {limit:.1f} s", flush=True)
                total: Counter[str] = Counter()
                for _ in range(trials):
                    total += trial(op, office, BUILDERS[op], limit, rng)
                results[op] = total
                if office.server is not None:
                    office.server.stop()  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    global TRIALS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    TRIALS = args.trials
    table: list[tuple[str, str, Counter[str]]] = []
    for engine in args.engines.split(","):
        for op, counts in run(engine, args.ops.split(","), args.trials, args.seed).items():
            table.append((engine, op, counts))
    print()
    print(
        f"{'engine':9} {'operation':9} {'trials':>6} {'killed':>6} {'recovered':>9} "
        f"{'inconsistent':>12} {'left junk':>9} {'orphans':>7}"
    )
    for engine, op, c in table:
        trials = c["killed"] + c["finished first"]
        print(
            f"{engine:9} {op:9} {trials:6d} {c['killed']:6d} {c['recovered']:9d} "
            f"{c['inconsistent']:12d} {c['left junk']:9d} {c['orphans']:7d}"
        )
    print(json.dumps({f"{e}/{o}": dict(c) for e, o, c in table}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
