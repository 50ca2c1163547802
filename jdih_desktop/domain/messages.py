"""One message catalogue for the layers below the UI.

Qt widgets translate through ``tr`` and the ``.ts`` files in ``resources/i18n``; services,
the CLI and errors cannot use Qt, so every user-facing sentence there is a :class:`Msg`
that carries its Indonesian text (the default) and its English translation side by side.
Keeping both texts at the call site means a message can never be added without its
translation, and a test can check every message object for both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("id", "en")
_state = {"language": "id"}


def set_language(language: str) -> None:
    """Choose the language of every message rendered from now on ("id" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    _state["language"] = language


def current_language() -> str:
    return _state["language"]


@dataclass(frozen=True)
class Msg:
    """A user-facing sentence in Indonesian and English, with named fields to fill in."""

    id: str
    en: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        template = self.en if (language or current_language()) == "en" else self.id
        return template.format(**self.params) if self.params else template

    def __str__(self) -> str:
        return self.render()


def msg(id_text: str, en_text: str, **params: Any) -> Msg:
    """Build a message; ``params`` fill ``{name}`` fields in both texts."""
    return Msg(id_text, en_text, dict(params))
