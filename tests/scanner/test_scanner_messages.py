"""Every scanner error and notice reads well in Indonesian and in English."""

from __future__ import annotations

import string

import pytest

from scanner import Message, ScanError
from scanner.errors import ERROR_CODES
from scanner.messages import CATALOGUE, FEATURES


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_each_code_has_both_languages_with_the_same_placeholders(code: str) -> None:
    indonesian, english = CATALOGUE[code]
    assert indonesian.strip() and english.strip()
    assert indonesian != english
    assert _fields(indonesian) == _fields(english)


def test_every_error_code_is_in_the_catalogue() -> None:
    assert set(CATALOGUE) >= ERROR_CODES


def test_scan_error_renders_indonesian_by_default_and_english_on_request() -> None:
    error = ScanError("jammed", "Document feeder jammed", page=3)
    assert error.code == "jammed"
    assert str(error).startswith("Kertas macet")
    assert error.text("en").startswith("Paper jammed")
    assert error.detail == "Document feeder jammed"
    assert ScanError.from_dict(error.to_dict()).to_dict() == error.to_dict()


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_unsupported_feature_is_named_in_each_language(feature: str) -> None:
    error = ScanError("unsupported", feature=feature)
    assert FEATURES[feature][0] in error.text("id")
    assert FEATURES[feature][1] in error.text("en")


def test_parameters_fill_both_texts() -> None:
    message = Message("timeout", {"seconds": 15})
    assert "15 detik" in message.id
    assert "15 seconds" in message.en


def test_a_code_from_a_newer_worker_still_reads() -> None:
    assert (
        Message("laser_overheated", {"celsius": 90}).text("id") == "laser_overheated (celsius=90)"
    )


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        Message("jammed").text("fr")
