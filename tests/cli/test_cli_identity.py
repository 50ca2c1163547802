"""Who acts on the command line: ``--by`` or the account linked to the OS user, never an
implicit Administrator; the first Administrator of a new folder is the one exception; reading
commands stay open; the role table decides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import ADMIN, ADMIN_PASSWORD, Runner


def _usernames(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "jdih.sqlite3") as raw:
        return [r[0] for r in raw.execute("SELECT username FROM users ORDER BY username")]


def _last_audit(data_dir: Path) -> tuple[str, str, str]:
    with sqlite3.connect(data_dir / "jdih.sqlite3") as raw:
        row = raw.execute(
            "SELECT action, actor_name, after FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1]), str(row[2])


def _refused(result: object, *texts: str) -> None:
    code, err = result.returncode, result.stderr  # type: ignore[attr-defined]
    assert code == 1, err
    assert "Traceback" not in err
    for text in texts:
        assert text in err, err


@pytest.mark.usefixtures("admin")
def test_without_by_or_link_a_changing_command_is_refused(jdih: Runner, data_dir: Path) -> None:
    nobody = {"LOGNAME": "tamu"}
    _refused(
        jdih("users", "add", "penyusup", "--role", "administrator", env=nobody),
        "perlu akun",
        "jdih users link tamu NAMA",
    )
    assert _usernames(data_dir) == [ADMIN]
    _refused(jdih("documents", "reindex", env=nobody), "--by NAMA")
    _refused(jdih("backup", "-o", str(data_dir.parent / "x.zip"), env=nobody), "perlu akun")
    assert not (data_dir.parent / "x.zip").exists()
    _refused(jdih("outbox", "run", "--once", env=nobody), "perlu akun")


def test_the_first_administrator_needs_no_by_but_only_once(jdih: Runner, data_dir: Path) -> None:
    # Without a password the first Administrator is refused (as the GUI's first-run dialog).
    _refused(jdih("users", "add", "kepala", "--role", "administrator"), "kata sandi")
    # A non-administrator cannot be the first account either: nobody can vouch for it.
    _refused(jdih("users", "add", "andi", "--role", "operator"), "perlu akun")
    first = jdih(
        "users", "add", "kepala", "--role", "administrator", "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    second = jdih(
        "users", "add", "kedua", "--role", "administrator", "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    _refused(second, "perlu akun")
    assert _usernames(data_dir) == ["kepala"]
    by_admin = jdih(
        "users", "add", "kedua", "--role", "administrator", "--by", "kepala",
        "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert by_admin.returncode == 0, by_admin.stderr
    assert _usernames(data_dir) == ["kedua", "kepala"]


def test_a_linked_os_account_acts_as_its_app_account(
    jdih: Runner, admin: str, data_dir: Path
) -> None:
    assert jdih("users", "add", "siti", "--role", "operator", "--by", admin).returncode == 0
    linked = jdih("users", "link", "siti.os", "siti", "--by", admin)
    assert linked.returncode == 0, linked.stderr
    assert "siti.os" in jdih("users", "links").stdout
    as_siti = {"LOGNAME": "siti.os"}
    reindexed = jdih("documents", "reindex", env=as_siti)
    assert reindexed.returncode == 0, reindexed.stderr
    backup = data_dir.parent / "siti.zip"
    assert jdih("backup", "-o", str(backup), env=as_siti).returncode == 0
    assert backup.is_file()
    # The operator's account decides, not the OS account: it may not manage users.
    _refused(
        jdih("users", "add", "budi", "--role", "operator", env=as_siti),
        "tidak boleh mengelola pengguna",
    )
    _refused(jdih("users", "link", "siti.os", ADMIN, env=as_siti), "tidak boleh")
    action, actor, details = _last_audit(data_dir)
    assert (action, actor) == ("user.link", ADMIN) and "siti.os" in details
    assert jdih("users", "unlink", "siti.os", "--by", admin).returncode == 0
    _refused(jdih("documents", "reindex", env=as_siti), "perlu akun")


@pytest.mark.usefixtures("admin")
def test_reading_commands_stay_open(jdih: Runner, data_dir: Path) -> None:
    nobody = {"LOGNAME": "tamu"}
    for args in (
        ("users", "list"),
        ("users", "links"),
        ("verify",),
        ("search", "pemilih"),
        ("documents", "list"),
        ("sop", "list"),
        ("outbox", "list"),
        ("recover", "--json"),
        ("db", "check"),
        ("db", "upgrade"),
    ):
        result = jdih(*args, env=nobody)
        assert result.returncode == 0, (args, result.stderr)


def test_the_role_table_decides(jdih: Runner, admin: str, data_dir: Path) -> None:
    for name, role in (("rahmat", "pengusul"), ("andi", "operator"), ("dimas", "desainer")):
        assert jdih("users", "add", name, "--role", role, "--by", admin).returncode == 0
    archive = data_dir.parent / "cadangan.zip"
    _refused(
        jdih("backup", "-o", str(archive), "--by", "rahmat"),
        "tidak boleh membuat cadangan",
        "Operator",
    )
    _refused(jdih("documents", "reindex", "--by", "dimas"), "tidak boleh mengubah arsip")
    _refused(jdih("outbox", "run", "--once", "--by", "rahmat"), "tidak boleh menerbitkan")
    assert not archive.exists()
    made = jdih("backup", "-o", str(archive), "--by", "andi")
    assert made.returncode == 0, made.stderr
    _refused(jdih("users", "add", "x1", "--role", "operator", "--by", "nobody"), "tidak ditemukan")


def test_a_refusal_is_one_english_sentence_when_the_office_speaks_english(
    jdih: Runner, admin: str, data_dir: Path
) -> None:
    (data_dir / "config.toml").write_text('[general]\nlanguage = "en"\n')
    refused = jdih("documents", "reindex", env={"LOGNAME": "tamu"})
    _refused(refused, "This command changes data and needs an account", "--by NAME")
    assert len(refused.stderr.strip().splitlines()) == 1
