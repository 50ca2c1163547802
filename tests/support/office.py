"""The demo office for tests that read a letterhead: a bare data folder names no office."""

from __future__ import annotations

from pathlib import Path


def with_demo_office(data_dir: Path) -> Path:
    """Name the demo office (KPU Kabupaten Soppeng) in ``data_dir``'s configuration, keeping
    whatever else it holds. The profile takes it when the folder is next opened, as long as it
    names no office yet (a bare data folder names none: its sheets refuse to print)."""
    import tomllib
    from dataclasses import asdict

    import tomli_w

    from jdih_desktop.config import DEMO_OFFICE

    path = data_dir / "config.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    raw["office"] = asdict(DEMO_OFFICE)
    path.write_text(tomli_w.dumps(raw), encoding="utf-8")
    return data_dir
