"""``jdih --version``, ``db upgrade``, ``db check``, ``users add/list`` on an empty folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jdih_desktop import __version__
from jdih_desktop.db.migrate import head_revision
from tests.cli.conftest import Runner


def test_version(jdih: Runner) -> None:
    result = jdih("--version", data=None)
    assert result.returncode == 0
    assert result.stdout.strip() == f"jdih {__version__}"


def test_db_upgrade_and_check_on_an_empty_folder(jdih: Runner, data_dir: Path) -> None:
    result = jdih("db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert head_revision() in result.stdout
    check = jdih("db", "check")
    assert check.returncode == 0, check.stderr
    assert "baik" in check.stdout


def test_db_check_fails_on_a_broken_reference(jdih: Runner, data_dir: Path) -> None:
    assert jdih("db", "upgrade").returncode == 0
    with sqlite3.connect(data_dir / "jdih.sqlite3") as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO user_roles (user_id, role) VALUES (42, 'operator')")
    result = jdih("db", "check")
    assert result.returncode == 1
    assert "user_roles" in result.stdout


def test_users_add_and_list(jdih: Runner, admin: str) -> None:
    added = jdih(
        "users",
        "add",
        "--by",
        admin,
        "hasnah",
        "--role",
        "kasubag",
        "--role",
        "tim_jdih",
        "--full-name",
        "Hasnah, S.H.",
        "--nip",
        "198001012005012001",
        "--password-stdin",
        stdin="rahasia123\n",
    )
    assert added.returncode == 0, added.stderr
    user_id = added.stdout.splitlines()[0]
    assert user_id.isdigit()
    listing = jdih("users", "list")
    assert listing.returncode == 0
    assert "hasnah" in listing.stdout
    assert "Kasubag Hukum" in listing.stdout
    assert "Tim JDIH" in listing.stdout
    assert "rahasia123" not in listing.stdout


def test_user_errors_exit_1_with_a_message(jdih: Runner, admin: str) -> None:
    assert jdih("users", "add", "andi", "--role", "operator", "--by", admin).returncode == 0
    again = jdih("users", "add", "andi", "--role", "operator", "--by", admin)
    assert again.returncode == 1
    assert "sudah dipakai" in again.stderr
    assert "Traceback" not in again.stderr


def test_usage_errors_exit_2(jdih: Runner) -> None:
    assert jdih("users", "add", "andi", "--role", "raja").returncode == 2
    assert jdih("tidak-ada").returncode == 2


def test_data_dir_from_environment(jdih: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "env-data"
    result = jdih("db", "upgrade", env={"JDIH_DATA_DIR": str(folder)}, data=None)
    assert result.returncode == 0, result.stderr
    assert (folder / "jdih.sqlite3").exists()


def test_english_output_follows_the_config(jdih: Runner, data_dir: Path) -> None:
    (data_dir / "config.toml").write_text('[general]\nlanguage = "en"\n')
    result = jdih("users", "list")
    assert result.returncode == 0
    assert "No users yet." in result.stdout


def test_malformed_config_exits_1_naming_the_file(jdih: Runner, data_dir: Path) -> None:
    (data_dir / "config.toml").write_text("[office\n")
    result = jdih("users", "list")
    assert result.returncode == 1
    assert str(data_dir / "config.toml") in result.stderr
    assert not (data_dir / "jdih.sqlite3").exists()
