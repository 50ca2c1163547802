"""The house's layering as a test: every import of every module, read from its source.

- ``domain`` imports nothing of ours;
- nothing below ``ui`` imports Qt (``app.py`` and ``__main__`` build the GUI: they are above);
- ``scanner`` never imports ``jdih_desktop``;
- ``ui`` never imports ``db``, ``storage``, ``scanner`` or SQLAlchemy (it talks to services);
- ``printing`` (the renderers) never imports ``workflow`` or ``sheets`` (the gatherers).

Imports inside functions and under ``TYPE_CHECKING`` count too: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI_ROOTS = ("jdih_desktop/app.py", "jdih_desktop/__main__.py")
QT = ("PySide6", "shiboken6", "jdih_desktop.ui")


@dataclass(frozen=True)
class Rule:
    name: str
    applies_to: tuple[str, ...]  # path prefixes
    forbidden: tuple[str, ...]  # module prefixes
    except_paths: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()  # module prefixes allowed even if forbidden matches


RULES = (
    Rule("domain imports nothing of ours", ("jdih_desktop/domain/",),
         ("jdih_desktop", "scanner"), allowed=("jdih_desktop.domain",)),
    Rule("nothing below ui imports Qt", ("jdih_desktop/",), QT,
         except_paths=("jdih_desktop/ui/", *GUI_ROOTS)),
    Rule("scanner never imports jdih_desktop", ("scanner/",), ("jdih_desktop",)),
    Rule("ui talks to services only", ("jdih_desktop/ui/",),
         ("jdih_desktop.db", "jdih_desktop.storage", "scanner", "sqlalchemy", "alembic")),
    Rule("printing never imports workflow", ("jdih_desktop/printing/",),
         ("jdih_desktop.workflow", "jdih_desktop.sheets")),
)  # fmt: skip


def _matches(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def imported_modules(source: str, module: str) -> Iterator[tuple[str, int]]:
    """(absolute module name, line) of every import in ``source`` (relative ones resolved)."""
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield name, node.lineno
            for alias in node.names:  # ``from jdih_desktop import db`` imports a package
                yield f"{name}.{alias.name}", node.lineno


def violations(root: Path) -> list[str]:
    """One line per offending import statement and rule, e.g. ``ui/x.py:3 imports scanner``."""
    found: dict[tuple[str, int, str], str] = {}
    for top in ("jdih_desktop", "scanner"):
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            module = rel.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
            for imported, line in imported_modules(path.read_text(encoding="utf-8"), module):
                for rule in RULES:
                    if (
                        rel.startswith(rule.applies_to)
                        and not rel.startswith(rule.except_paths)
                        and _matches(imported, rule.forbidden)
                        and not _matches(imported, rule.allowed)
                    ):
                        found.setdefault((rel, line, rule.name), imported)
    return [f"{rel}:{line} imports {mod} ({rule})" for (rel, line, rule), mod in found.items()]


def test_the_house_keeps_its_layers() -> None:
    assert violations(ROOT) == []


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("jdih_desktop/domain/x.py", "from jdih_desktop.db import models\n"),
        ("jdih_desktop/workflow/x.py", "def f():\n    from PySide6.QtCore import QObject\n"),
        ("scanner/x.py", "import jdih_desktop.paths\n"),
        ("jdih_desktop/ui/x.py", "from jdih_desktop import storage\n"),
        ("jdih_desktop/ui/x.py", "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"),
        ("jdih_desktop/printing/x.py", "from ..workflow.requests import RequestView\n"),
    ],
)
def test_each_rule_catches_a_violation(tmp_path: Path, path: str, source: str) -> None:
    for top in ("jdih_desktop", "scanner"):
        (tmp_path / top).mkdir()
    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source, encoding="utf-8")
    assert {v.split(":")[0] for v in violations(tmp_path)} == {path}


#: What the command line's entry point must not load before it knows the command: each is
#: paid by ``jdih --version`` and by every command that does not use it.
CLI_ENTRY_AVOIDS = ("sqlalchemy", "alembic", "reportlab", "pikepdf", "pypdf", "PySide6", "holidays")
#: What listing requests (a typical command) must not load: it reads the database only.
REQUEST_LIST_AVOIDS = ("alembic", "reportlab", "pikepdf", "pypdf", "PySide6", "holidays", "PIL")


def _loaded_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level packages in ``sys.modules`` after running ``code`` in a fresh interpreter."""
    import json
    import os
    import subprocess
    import sys

    probe = (
        code
        + "\nimport json, sys\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_cli_entry_point_loads_no_heavy_library() -> None:
    loaded = _loaded_after(
        "import contextlib, io\n"
        "from jdih_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--version']) == 0\n"
    )
    assert "jdih_desktop" in loaded  # the probe really imported the entry point
    assert loaded.isdisjoint(CLI_ENTRY_AVOIDS), sorted(loaded & set(CLI_ENTRY_AVOIDS))


def test_listing_requests_loads_only_the_database(tmp_path: Path) -> None:
    from jdih_desktop.context import open_context

    open_context(tmp_path / "data").close()  # created and migrated: the command only reads
    loaded = _loaded_after(
        "import contextlib, io\n"
        "from jdih_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['request', 'list']) == 0\n",
        {"JDIH_DATA_DIR": str(tmp_path / "data")},
    )
    assert "sqlalchemy" in loaded  # the command really ran against a database
    assert loaded.isdisjoint(REQUEST_LIST_AVOIDS), sorted(loaded & set(REQUEST_LIST_AVOIDS))
