"""The configuration file: an unset office by default, strict validation, errors that name
file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.config import AppConfig, load_config
from jdih_desktop.errors import ConfigError


def test_missing_file_names_no_office_and_is_written(tmp_path: Path) -> None:
    """A new folder's configuration names no office (never the demo's letterhead): the
    first-run setup or Pengaturan fills it."""
    path = tmp_path / "config.toml"
    config = load_config(path)
    assert not config.office.is_set
    assert config.office.name == config.office.address == config.office.regency_code == ""
    assert config.general.timezone == "Asia/Makassar"
    assert path.exists()
    assert load_config(path) == config


def test_values_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[office]\nname = "KPU Kabupaten Wajo"\n[general]\nlanguage = "en"\n')
    config = load_config(path)
    assert config.office.name == "KPU Kabupaten Wajo"
    assert config.general.language == "en"
    assert config.office.regency_code == AppConfig().office.regency_code


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[office\nname = 1", "rusak"),
        ('[kantor]\nname = "x"\n', "[kantor]"),
        ('[office]\nnama = "x"\n', "office.nama"),
        ("[office]\nname = 5\n", "office.name"),
        ('[general]\ntimezone = "Mars/Olympus"\n', "general.timezone"),
        ('[general]\nlanguage = "fr"\n', "general.language"),
        ('[database]\nurl = "mysql://h/db"\n', "database.url"),
        ('[database]\nurl = "postgresql://u:secret@h/db"\n', "keyring"),
        ('[office]\nname = "  "\n', "office.name"),
    ],
)
def test_malformed_config_names_file_and_key(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content)
    before = path.read_bytes()
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)
    assert path.read_bytes() == before  # nothing changed


def test_error_speaks_english_when_asked(tmp_path: Path) -> None:
    from jdih_desktop.domain.messages import set_language

    path = tmp_path / "config.toml"
    path.write_text('[office]\nnama = "x"\n')
    set_language("en")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "unknown key" in str(info.value)
