"""Qt Linguist catalogues: extract (update), compile (.qm), and check completeness.

Indonesian is the source language of every ``tr()`` string; ``resources/i18n/jdih_en.ts`` holds
the English translation. Usage: python scripts/i18n.py update|compile|check
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)
#: Qt's own texts (standard buttons, file and print dialogs, context menus) for languages Qt
#: ships no ``qtbase_<lang>.qm`` for: kept by hand, English source, installed beside ours.
QT_OWN = "qtbase"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "jdih_desktop" / "ui").rglob("*.py"))
    return [str(p) for p in files]


def update(target_dir: Path = I18N) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts = target_dir / f"jdih_{language}.ts"
        if target_dir != I18N and (I18N / ts.name).exists():
            shutil.copy(I18N / ts.name, ts)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-source-language",
                "id",
                "-target-language",
                language,
                "-no-obsolete",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        written.append(ts)
    return written


def compile_all() -> list[Path]:
    out = []
    for ts in sorted([*I18N.glob("jdih_*.ts"), *I18N.glob(f"{QT_OWN}_*.ts")]):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        out.append(qm)
    return out


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type attribute) for every message in a .ts file."""
    result: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            result[(name, message.findtext("source") or "")] = (text, kind)
    return result


def problems() -> list[str]:
    """Strings in the code missing from the catalogue, and untranslated entries."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in update(Path(tmp)):
            committed = I18N / fresh.name
            have = messages(committed) if committed.exists() else {}
            for key, (_text, _kind) in messages(fresh).items():
                if key not in have:
                    found.append(f"{fresh.name}: not in the catalogue: {key}")
                elif not have[key][0] or have[key][1] in ("unfinished", "vanished", "obsolete"):
                    found.append(f"{fresh.name}: untranslated: {key}")
    for own in sorted(I18N.glob(f"{QT_OWN}_*.ts")):
        for key, (text, kind) in messages(own).items():
            if not text or kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{own.name}: untranslated: {key}")
    return found


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "check"
    if action == "update":
        print("\n".join(str(p) for p in update()))
    elif action == "compile":
        print("\n".join(str(p) for p in compile_all()))
    elif action == "check":
        issues = problems()
        print("\n".join(issues) or "all strings translated")
        sys.exit(1 if issues else 0)
    else:
        raise SystemExit(__doc__)
