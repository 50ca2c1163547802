"""``jdih`` loads only the module of the command it runs: the map it uses must be right."""

from __future__ import annotations

import argparse
import importlib

import pytest

from jdih_desktop.cli.main import COMMANDS, MODULES, _command, build_parser


@pytest.mark.parametrize("module", MODULES)
def test_each_mapped_command_is_registered_by_its_module(module: str) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(f"jdih_desktop.cli.{module}").register(sub)
    mapped = {command for command, owner in COMMANDS.items() if owner == module}
    assert mapped and mapped <= set(sub.choices)


def test_the_command_word_is_found_after_the_global_options() -> None:
    assert _command(["--data-dir", "/x", "request", "list"]) == "request"
    assert _command(["--data-dir=/x", "search", "pemilih"]) == "search"
    assert _command(["--help"]) is None
    with pytest.raises(SystemExit):  # an unknown command still gets argparse's full message
        build_parser(["tidak-ada"]).parse_args(["tidak-ada"])
