"""Opening the app on a data folder: first run, unusable folders, env override, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.context import open_context
from jdih_desktop.db.migrate import head_revision
from jdih_desktop.errors import DataDirError


def test_first_run_creates_everything_in_the_data_folder(data_dir: Path) -> None:
    context = open_context(data_dir)
    try:
        assert (data_dir / "config.toml").exists()
        assert (data_dir / "jdih.sqlite3").exists()
        assert (data_dir / "logs" / "jdih.log").exists()
        # A new folder names no office (never the demo's letterhead) but has its profile row.
        profile = context.office.profile()
        assert not profile.is_set and profile.teu_badan == profile.address == ""
        assert profile.timezone == "Asia/Makassar"
        from jdih_desktop.db.migrate import current_revision

        assert current_revision(context.db) == head_revision()
    finally:
        context.close()
    # a second start seeds nothing twice
    again = open_context(data_dir)
    try:
        assert again.office.seed(again.config.office, "Asia/Makassar") is False
    finally:
        again.close()


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataDirError) as info:
        open_context(blocker / "data")
    assert str(blocker / "data") in str(info.value)
    assert "--data-dir" in str(info.value)
    assert blocker.read_text() == "a file where the data folder should be"


def test_env_variable_chooses_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JDIH_DATA_DIR", str(tmp_path / "from-env"))
    context = open_context()
    try:
        assert context.paths.data_dir == tmp_path / "from-env"
        assert (tmp_path / "from-env" / "jdih.sqlite3").exists()
    finally:
        context.close()
