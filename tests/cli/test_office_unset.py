"""A fresh data folder names no office: no demo letterhead in its configuration, its profile or
its sheets. Sheets refuse with a sentence that says what to set and how; ``jdih office set``
(or Pengaturan) names the office, and the sheets then carry that office's letterhead only."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from jdih_desktop.config import DEMO_OFFICE
from jdih_desktop.context import open_context
from jdih_desktop.demo import seed_demo
from jdih_desktop.domain.actor import SYSTEM
from tests.cli.conftest import ADMIN, Runner
from tests.printing.pdfcheck import page_texts
from tests.support.office import with_demo_office

BARRU = "Komisi Pemilihan Umum Kabupaten Barru"


def _request(jdih: Runner) -> None:
    added = jdih("users", "add", "andi", "--role", "operator", "--by", ADMIN)
    assert added.returncode == 0, added.stderr
    new = jdih("request", "new", "--pengusul", "Rahmat", "--hal", "Salinan SK 19", "--by", "andi")
    assert new.returncode == 0, new.stderr


@pytest.mark.usefixtures("admin")
def test_fresh_folder_prints_no_letterhead_until_the_office_is_named(
    jdih: Runner, data_dir: Path, tmp_path: Path
) -> None:
    config = tomllib.loads((data_dir / "config.toml").read_text(encoding="utf-8"))
    assert not any(str(value).strip() for value in config.get("office", {}).values())
    shown = jdih("office", "show")
    assert shown.returncode == 0 and "belum diisi" in shown.stdout
    assert "Soppeng" not in shown.stdout
    _request(jdih)

    for what in (
        ("print", "receipt", "1"),
        ("print", "disposition", "1"),
        ("print", "register", "--year", "2026"),
        ("report", "sla", "--month", "2026-02", "--format", "pdf"),
    ):
        refused = jdih(*what, "-o", str(tmp_path / "sheet.pdf"))
        assert refused.returncode == 1, (what, refused.stdout)
        assert "Profil kantor belum diisi" in refused.stderr, what
        assert "Pengaturan → Profil kantor" in refused.stderr
        assert "jdih office set" in refused.stderr
        assert not (tmp_path / "sheet.pdf").exists()

    unnamed = jdih("office", "set", "--by", ADMIN, "--city", "Barru")
    assert unnamed.returncode == 1 and "Nama kantor wajib diisi" in unnamed.stderr
    named = jdih("office", "set", "--by", ADMIN, "--name", BARRU, "--city", "Barru")
    assert named.returncode == 0, named.stderr
    shown = jdih("office", "show")
    assert BARRU in shown.stdout and f"Indonesia. {BARRU}" in shown.stdout
    printed = jdih("print", "receipt", "1", "-o", str(tmp_path / "receipt.pdf"))
    assert printed.returncode == 0, printed.stderr
    text = "\n".join(page_texts((tmp_path / "receipt.pdf").read_bytes()))
    assert "KABUPATEN BARRU" in text and "SOPPENG" not in text.upper()


@pytest.mark.usefixtures("admin")
def test_office_set_needs_an_administrator(jdih: Runner) -> None:
    added = jdih("users", "add", "andi", "--role", "operator", "--by", ADMIN)
    assert added.returncode == 0, added.stderr
    refused = jdih("office", "set", "--by", "andi", "--name", BARRU)
    assert refused.returncode == 1
    assert "belum diisi" in jdih("office", "show").stdout


def test_demo_adopts_the_demo_office_only_on_an_unnamed_folder(
    data_dir: Path, tmp_path: Path
) -> None:
    """``jdih-desktop --demo`` (``seed_demo``) names the demo office on a fresh folder; an office
    that has its name keeps it, whatever the demo or the configuration file say."""
    context = open_context(data_dir)
    try:
        assert not context.office.profile().is_set
        assert seed_demo(context) is not None
        assert context.office.profile().name == DEMO_OFFICE.name
    finally:
        context.close()

    other = tmp_path / "other"
    other.mkdir()
    context = open_context(other)
    try:
        admin = context.accounts.add_user(SYSTEM, "admin", "Admin", ["administrator"])
        context.office.update_profile(
            admin.as_actor(), replace(context.office.profile(), name=BARRU)
        )
        assert not context.office.adopt_if_unset(DEMO_OFFICE)  # what --demo calls
        assert context.office.profile().name == BARRU
    finally:
        context.close()
    # A demo office written into its configuration afterwards does not replace it either.
    with_demo_office(other)
    context = open_context(other)
    try:
        assert context.office.profile().name == BARRU
    finally:
        context.close()


def test_configuration_names_an_unnamed_office_at_the_next_open(data_dir: Path) -> None:
    """``[office]`` in config.toml, written after the folder was first opened, still names an
    office that has no name yet (the way an installer or a script sets a folder up)."""
    open_context(data_dir).close()
    with_demo_office(data_dir)
    context = open_context(data_dir)
    try:
        assert context.office.profile().name == DEMO_OFFICE.name
        assert context.printer.letterhead().name_lines[-1] == "KABUPATEN SOPPENG"
    finally:
        context.close()


@pytest.mark.usefixtures("demo_office", "admin")
def test_renaming_the_demo_office_keeps_none_of_its_letterhead(
    jdih: Runner, tmp_path: Path
) -> None:
    renamed = jdih("office", "set", "--by", ADMIN, "--name", BARRU, "--city", "Barru")
    assert renamed.returncode == 0, renamed.stderr
    shown = jdih("office", "show").stdout
    assert BARRU in shown and "Barru" in shown
    assert "Soppeng" not in shown and DEMO_OFFICE.address not in shown
    assert DEMO_OFFICE.phone not in shown and DEMO_OFFICE.website not in shown
