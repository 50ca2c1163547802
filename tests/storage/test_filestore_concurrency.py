"""Two processes storing into one file store at once: nothing lost, nothing corrupt.

Before unique scratch names, two processes storing 300 files each saw hundreds of
"No such file or directory" failures and files whose bytes did not match their SHA-256 name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jdih_desktop.storage.filestore import FileStore

FILES = 150

WRITER = """
import json, sys, time
from pathlib import Path
from jdih_desktop.storage.filestore import FileStore
store, sources = FileStore(Path(sys.argv[1])), Path(sys.argv[2])
go, tag = Path(sys.argv[3]), sys.argv[4]
print("READY", flush=True)
while not go.exists():  # both writers start together: wait on the state, not a clock
    time.sleep(0.001)
stored, failed = {}, []
for i, source in enumerate(sorted(sources.iterdir())):
    try:
        # the same source path in both processes, and put_bytes (once a shared "<data>" name)
        data = source.read_bytes() + tag.encode()
        blob = store.put_file(source) if i % 2 else store.put_bytes(data)
        stored[source.name + ("" if i % 2 else tag)] = blob.sha256
    except Exception as exc:
        failed.append(repr(exc))
print(json.dumps({"stored": stored, "failed": failed}), flush=True)
"""


def test_two_processes_storing_at_once_lose_and_corrupt_nothing(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(FILES):
        (sources / f"f{i:03d}.pdf").write_bytes(f"%PDF-1.7 file {i}\n".encode() * (50 + i))
    root, go = tmp_path / "files", tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root), str(sources), str(go), tag],
            stdout=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "READY"
    go.touch()
    results = [json.loads(w.communicate(timeout=120)[0]) for w in writers]

    store = FileStore(root)
    failed = [f for r in results for f in r["failed"]]
    stored = {name: sha for r in results for name, sha in r["stored"].items()}
    corrupt = [name for name, sha in stored.items() if not store.verify(sha)]
    print(
        f"two writers x {FILES}: stored {len(stored)}, failed {len(failed)}, corrupt {len(corrupt)}"
    )
    assert failed == [] and corrupt == []
    assert len(stored) == FILES + FILES // 2  # shared put_file names collapse, tagged don't
    assert list((root / "incoming").iterdir()) == []


def test_a_killed_writers_scratch_file_is_swept_only_when_stale(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    store.put_bytes(b"first")
    leftover = tmp_path / "files" / "incoming" / "4242-abc.part"
    leftover.write_bytes(b"half a file")
    assert store.sweep_incoming() == 0 and leftover.exists()  # could be a live writer
    assert store.sweep_incoming(older_than=-1) == 1 and not leftover.exists()
